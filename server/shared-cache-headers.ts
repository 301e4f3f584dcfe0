import type { RequestHandler } from 'express';
import type { AppSettings } from './config';
import type { CountryService } from './country-service';

/** Seconds a shared cache (nginx, a CDN) keeps an answer, and serves it stale while it refetches. */
export const DEFAULT_S_MAXAGE = 3600;
export const DEFAULT_STALE_SECONDS = 86400;

/**
 * Cache-Control for every cacheable GET: browsers keep an answer CACHE_MAX_AGE seconds; shared caches
 * keep it longer, since the data only changes with a release, and purge by surrogate key when it does.
 */
export function formatCacheControl(settings: AppSettings): string {
  const shared = settings.CACHE_S_MAXAGE ?? DEFAULT_S_MAXAGE;
  const stale = settings.CACHE_STALE_SECONDS ?? DEFAULT_STALE_SECONDS;
  return `public, max-age=${settings.CACHE_MAX_AGE}, s-maxage=${shared}, stale-while-revalidate=${stale}`;
}

// The paths whose answer is about one country: the API's, the page's and the widget's.
const COUNTRY_PATH = /^\/(?:v1\/countries|country|embed)\/([^/?]+)/;

/**
 * Surrogate keys (Fastly's Surrogate-Key, Cloudflare's Cache-Tag) so a purge can target one country
 * (`country-SV`), every answer of a release (`release-<digest>`), or the lists and pages (`site`).
 * The name in the path is resolved first, so /v1/countries/slv/score and /embed/SV share `country-SV`.
 */
export function tagSurrogateKeys(service: CountryService, release: string | undefined): RequestHandler {
  const releaseKey = release ? ` release-${release.slice(0, 16)}` : '';
  return (req, res, next) => {
    if (release) res.setHeader('X-Data-Release', release);
    if (req.method === 'GET' || req.method === 'HEAD') {
      const match = COUNTRY_PATH.exec(req.path);
      let key = 'site';
      if (match?.[1]) {
        let name = match[1];
        try {
          name = decodeURIComponent(name);
        } catch {
          // An undecodable name is answered 404 by its route; the key only has to be valid.
        }
        const resolved = service.resolve(name);
        key = resolved.ok ? `country-${resolved.country.code}` : 'unknown-country';
      }
      const keys = `${key}${releaseKey}`;
      res.setHeader('Surrogate-Key', keys);
      res.setHeader('Cache-Tag', keys.replaceAll(' ', ','));
    }
    next();
  };
}
