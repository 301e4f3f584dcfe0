import { existsSync, readFileSync } from 'fs';
import path from 'path';
import express, { type Express, type Request, type Response } from 'express';
import type { CountryService } from '../country-service';
import { getCardWords } from '../presenters/card-words';
import { presentScore } from '../presenters/score-presenter';
import { problemForFailure } from '../problem';
import type { Band } from '../../scoring/score-model';
import { PROFILE_IDS, type ProfileId } from '../../scoring/profile-model';
import { escapeHtml } from './html-escape';
import { countryShareTags, renderShareTags, siteShareTags } from './share-tags';
import { BAND_WORDS } from './shared/vocabulary';
import { VOCABULARY_MODULE } from './vocabulary-module';
import { mountCompareEmbed } from './compare-embed-route';

export interface WebOptions {
  service: CountryService;
  cacheMaxAge: number;
  /** The Cache-Control of every page, asset and widget answer. */
  cacheControl: string;
  publicDir: string;
}

/** Band colours: each passes 4.5:1 against white text, and the band is always written out too. */
export const BAND_COLOURS: Record<Band, string> = {
  low: '#1a7f37',
  moderate: '#7a5c00',
  elevated: '#b04a00',
  high: '#c0262d',
  severe: '#6e1423',
};

/**
 * The widget's own policy: it is meant to be framed by any site, so frame-ancestors is open; it
 * loads nothing but its own stylesheet and script and cannot submit forms or reach other origins.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const STRONGEST_QUOTE_MAX = 320;

export { escapeHtml };

/** The public origin as the caller sees it (honours X-Forwarded-* from the loopback proxy only). */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.host || 'localhost'}`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:]+$/, '')}…`;
}

/** Country input from a page URL of this service: /country/SV, /?country=SV or /embed/SV. */
export function countryFromPageUrl(raw: string, expectedHost: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.host.toLowerCase() !== expectedHost.toLowerCase()) return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const match = /^\/(?:country|embed)\/([^/]+)\/?$/.exec(url.pathname);
  if (match?.[1]) {
    try {
      return decodeURIComponent(match[1]);
    } catch {
      return undefined;
    }
  }
  if (url.pathname === '/' && url.searchParams.get('country'))
    return url.searchParams.get('country') ?? undefined;
  return undefined;
}

/** Approximate width of Verdana 11px text, as shields.io badges use; `textLength` makes it exact. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[ilj.,:;'|!]/.test(char)) width += 3.5;
    else if (/[mwMW]/.test(char)) width += 10;
    else if (/[A-Z0-9]/.test(char)) width += 7.5;
    else if (char === ' ') width += 3.9;
    else width += 6.6;
  }
  return Math.ceil(width);
}

/** A flat badge in the shields.io style, readable by screen readers (role img, title). */
export function renderBadgeSvg(label: string, message: string, colour: string): string {
  const labelWidth = textWidth(label) + 10;
  const messageWidth = textWidth(message) + 10;
  const width = labelWidth + messageWidth;
  const text = `${label}: ${message}`;
  const l = escapeHtml(label);
  const m = escapeHtml(message);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeHtml(text)}" viewBox="0 0 ${width} 20"><title>${escapeHtml(text)}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${colour}"/><rect width="${width}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="${labelWidth / 2}" y="15" fill="#010101" fill-opacity=".3" textLength="${labelWidth - 10}">${l}</text><text x="${labelWidth / 2}" y="14" textLength="${labelWidth - 10}">${l}</text><text x="${labelWidth + messageWidth / 2}" y="15" fill="#010101" fill-opacity=".3" textLength="${messageWidth - 10}">${m}</text><text x="${labelWidth + messageWidth / 2}" y="14" textLength="${messageWidth - 10}">${m}</text></g></svg>`;
}

/** The snippet publishers paste: the custom element, its script, and a badge for readers without JavaScript. */
export function embedSnippet(
  origin: string,
  code: string,
  name: string,
  score?: number,
  band?: Band,
): string {
  const alt =
    score !== undefined && band
      ? `${name}: deportation risk ${score}/100, ${BAND_WORDS[band].toLowerCase()}`
      : `${name}: deportation risk`;
  return [
    `<hr-risk-score country="${escapeHtml(code)}"></hr-risk-score>`,
    `<script async src="${origin}/widget.js"></script>`,
    `<noscript><a href="${origin}/country/${escapeHtml(code)}"><img src="${origin}/v1/countries/${escapeHtml(code)}/badge.svg" alt="${escapeHtml(alt)}"></a></noscript>`,
  ].join('\n');
}

export function iframeSnippet(
  origin: string,
  code: string,
  name: string,
  width: number,
  height: number,
): string {
  return `<iframe src="${origin}/embed/${escapeHtml(code)}" title="Deportation risk score for ${escapeHtml(name)}, from U.S. State Department human-rights reports" width="${width}" height="${height}" frameborder="0" loading="lazy"></iframe>`;
}

interface EmbedModel {
  origin: string;
  code: string;
  name: string;
  year: number;
  score: number;
  band: Band;
  /** Set when the widget shows a risk profile's score rather than the country's. */
  profile?: { id: ProfileId; label: string };
  quote?: { text: string; year: number; heading: string; sourceUrl: string };
  note?: string;
}

/** `?profile=` of the widget: a known profile id, none, or an id we do not know (answered with the list). */
function embedProfile(raw: unknown): { ok: true; id?: ProfileId } | { ok: false } {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: true };
  const id = PROFILE_IDS.find((known) => known === raw.trim());
  return id ? { ok: true, id } : { ok: false };
}

function renderEmbed(model: EmbedModel): string {
  const profileQuery = model.profile ? `?profiles=${model.profile.id}` : '';
  const pageUrl = `${model.origin}/country/${encodeURIComponent(model.code)}${profileQuery}`;
  const forWhom = model.profile ? `, ${model.profile.label}` : '';
  const newTab = '<span class="v"> (opens in a new tab)</span>';
  const quote = model.quote
    ? `<figure><blockquote cite="${escapeHtml(model.quote.sourceUrl)}"><p>“${escapeHtml(model.quote.text)}”</p></blockquote><figcaption>${model.quote.year} report, ${escapeHtml(model.quote.heading)}. <a href="${escapeHtml(model.quote.sourceUrl)}" target="_blank" rel="noopener">Read it on state.gov${newTab}</a></figcaption></figure>`
    : '<p>No sentence in this report asserts abuse in the seven categories.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Deportation risk: ${escapeHtml(model.name)}</title>
<link rel="stylesheet" href="/assets/embed.css"><script src="/assets/embed.js" defer></script></head>
<body><main class="w b-${model.band}" data-title="Deportation risk score for ${escapeHtml(model.name)}${escapeHtml(forWhom)}: ${model.score} of 100, ${BAND_WORDS[model.band].toLowerCase()}">
<p class="k">Deportation destination risk</p>
<h1>${escapeHtml(model.name)}</h1>${model.profile ? `\n<p class="x">Risk profile: <strong>${escapeHtml(model.profile.label)}</strong></p>` : ''}
<p class="s"><span class="n">${model.score}</span><span class="o">/100</span> <span class="c">${BAND_WORDS[model.band]}</span></p>
${model.note ? `<p class="x">${escapeHtml(model.note)}</p>` : ''}${quote}
<p class="f"><a href="${escapeHtml(pageUrl)}" target="_blank" rel="noopener">All evidence, history and method${newTab}</a><br>Source: U.S. State Department Country Reports on Human Rights Practices, ${model.year}.</p>
</main></body></html>
`;
}

function renderEmbedMissing(origin: string, message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Deportation risk: not found</title>
<link rel="stylesheet" href="/assets/embed.css"><script src="/assets/embed.js" defer></script></head>
<body><main class="w" data-title="Deportation risk score: not found">
<p class="k">Deportation destination risk</p>
<h1>Not found</h1><p>${escapeHtml(message)}</p>
<p class="f"><a href="${escapeHtml(origin)}/" target="_blank" rel="noopener">Search all countries<span class="v"> (opens in a new tab)</span></a></p>
</main></body></html>
`;
}

/** The advocates' page, the embeddable widget and the methodology document (badges and oEmbed are API routes). */
export function mountWeb(app: Express, options: WebOptions): void {
  const { service } = options;
  // Compiled code runs from dist/server/web, where the static files are not copied: use the sources'.
  const publicDir = existsSync(options.publicDir)
    ? options.publicDir
    : path.resolve(__dirname, '..', '..', '..', 'server', 'web', 'public');
  const { cacheControl } = options;
  const cacheable = (res: Response) => res.setHeader('Cache-Control', cacheControl);

  // Generated, not a file: the page's category labels and band words are the server's own.
  app.get('/assets/vocabulary.js', (_req, res) => {
    cacheable(res);
    res.type('text/javascript; charset=utf-8').send(VOCABULARY_MODULE);
  });
  app.use(
    '/assets',
    express.static(path.join(publicDir, 'assets'), {
      index: false,
      cacheControl: false,
      // Validators from file times would differ between replicas; assets live by Cache-Control alone.
      etag: false,
      lastModified: false,
      setHeaders: (res) => res.setHeader('Cache-Control', cacheControl),
    }),
  );

  let indexTemplate: string | undefined;
  const template = () => (indexTemplate ??= readFileSync(path.join(publicDir, 'index.html'), 'utf8'));

  /**
   * The page, with the country's canonical link, oEmbed discovery link and share tags (its card as
   * the picture) when one is addressed; the site's share tags otherwise.
   */
  const sendPage = async (req: Request, res: Response, input: string | undefined) => {
    const origin = originOf(req);
    const words = getCardWords('en');
    let head = renderShareTags(siteShareTags(origin, words));
    let status = 200;
    if (input !== undefined) {
      const resolved = service.resolve(input);
      if (resolved.ok) {
        const pageUrl = `${origin}/country/${resolved.country.code}`;
        const name = escapeHtml(resolved.country.name);
        const score = await service.getScore(resolved.country.code, { evidencePerCategory: 0 });
        const figures = score.ok
          ? { score: Math.round(score.value.score), band: score.value.band }
          : undefined;
        head = [
          `<link rel="canonical" href="${pageUrl}">`,
          `<link rel="alternate" type="application/json+oembed" href="${origin}/oembed?url=${encodeURIComponent(pageUrl)}&amp;format=json" title="Deportation risk: ${name}">`,
          `<meta name="description" content="Deportation destination risk for ${name}, with the State Department report sentences behind the score.">`,
          renderShareTags(countryShareTags(origin, resolved.country, figures, words)),
        ].join('\n');
        res.locals.title = `${resolved.country.name} — Deportation destination risk`;
      } else {
        status = 404;
        head = '';
      }
    }
    const title =
      typeof res.locals.title === 'string' ? escapeHtml(res.locals.title) : 'Deportation destination risk';
    const html = template()
      .replace('<!--head-->', head)
      .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
    cacheable(res);
    res.status(status).type('html').send(html);
  };

  app.get('/', async (req, res) => {
    const country =
      typeof req.query.country === 'string' && req.query.country.trim()
        ? req.query.country.trim()
        : undefined;
    await sendPage(req, res, country);
  });
  app.get('/country/:country', (req, res) => sendPage(req, res, req.params.country));

  app.get('/widget.js', (_req, res) => {
    cacheable(res);
    res.type('application/javascript; charset=utf-8').sendFile(path.join(publicDir, 'widget.js'));
  });

  // Before /embed/:country, which would read "compare" as a country.
  mountCompareEmbed(app, {
    service,
    originOf,
    prepare: (res) => {
      res.setHeader('Content-Security-Policy', EMBED_CSP);
      res.removeHeader('X-Frame-Options');
      cacheable(res);
    },
  });
  app.get('/embed/:country', async (req, res) => {
    const origin = originOf(req);
    const yearParam = typeof req.query.year === 'string' ? Number(req.query.year) : undefined;
    const year =
      yearParam !== undefined && Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100
        ? yearParam
        : undefined;
    res.setHeader('Content-Security-Policy', EMBED_CSP);
    res.removeHeader('X-Frame-Options');
    cacheable(res);
    const profile = embedProfile(req.query.profile);
    if (!profile.ok) {
      const message = `That is not a risk profile we know; the profiles are ${PROFILE_IDS.join(', ')}.`;
      res.status(400).type('html').send(renderEmbedMissing(origin, message));
      return;
    }
    const result = await service.getScore(req.params.country, {
      evidencePerCategory: 1,
      ...(year !== undefined ? { year } : {}),
      ...(profile.id ? { profiles: [profile.id] } : {}),
    });
    if (!result.ok) {
      const problem = problemForFailure(result);
      const suggestions = problem.extra.suggestions?.map((s) => s.name).join(', ');
      const message = `${problem.detail ?? problem.title}${suggestions ? `; did you mean ${suggestions}?` : '.'}`;
      res.status(404).type('html').send(renderEmbedMissing(origin, message));
      return;
    }
    const value = presentScore(result.value);
    const shown = value.profiles?.[0];
    // Evidence comes in ranked order (the scorer's for the country, the stored rank for a profile): the
    // profile's first quote when a sentence targets the group, otherwise the country's.
    const strongest = shown?.evidence.length ? shown.evidence[0] : value.evidence[0];
    const untargeted = shown && shown.evidence.length === 0 ? shown.explanation : undefined;
    const note = [value.note, untargeted].filter(Boolean).join(' ');
    res.type('html').send(
      renderEmbed({
        origin,
        code: value.country.code,
        name: value.country.name,
        year: value.year,
        score: Math.round(shown?.score ?? value.score),
        band: shown?.band ?? value.band,
        ...(shown ? { profile: { id: shown.id, label: shown.label } } : {}),
        ...(strongest
          ? {
              quote: {
                text: truncate(strongest.quote, STRONGEST_QUOTE_MAX),
                year: strongest.year,
                heading: strongest.heading,
                sourceUrl: strongest.sourceUrl,
              },
            }
          : {}),
        ...(note ? { note } : {}),
      }),
    );
  });

  app.get('/methodology', (_req, res) => {
    cacheable(res);
    res.type('text/markdown; charset=utf-8').sendFile(path.resolve('METHODOLOGY.md'));
  });
}
