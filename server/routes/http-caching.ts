import type { Request, Response } from 'express';
import type { CachedBody } from '../response-cache';
import { formatCacheControl } from '../shared-cache-headers';
import { snapshotHeaders } from '../response-replay';
import type { RouteDeps } from './route-registry';

/** Lets browsers keep the response CACHE_MAX_AGE seconds and shared caches CACHE_S_MAXAGE. */
export function setCacheable(res: Response, deps: RouteDeps): void {
  res.setHeader('Cache-Control', formatCacheControl(deps.settings));
}

/**
 * Answers a GET from the response cache, computing the body on a miss. The headers of the first
 * answer are kept with the body so the replay can answer the next one before Express runs; Express
 * answers 304 itself when If-None-Match matches the ETag.
 */
export async function sendRemembered(
  req: Request,
  res: Response,
  deps: RouteDeps,
  compute: () => Promise<unknown>,
): Promise<void> {
  const cached: CachedBody = await deps.cache.remember(req.originalUrl, compute);
  setCacheable(res, deps);
  res.setHeader('ETag', cached.etag);
  res.type('application/json');
  cached.headers ??= snapshotHeaders(res);
  res.send(cached.body);
}

/** For answers that depend on the request body or change each time. */
export function setNoStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
}
