import type { IncomingMessage, RequestListener, ServerResponse } from 'http';
import type { Store } from 'express-rate-limit';
import fresh from 'fresh';
import Negotiator from 'negotiator';
import type { CachedBody, ContentCoding, ResponseCache } from './response-cache';

/** Bodies smaller than this go out uncompressed, as with the compression middleware. */
export const COMPRESSION_THRESHOLD = 1024;
const CODINGS = ['br', 'gzip', 'identity'];
const PREFERRED_CODINGS = ['br', 'gzip'];

/** Headers that belong to one response and are never replayed from another. */
const PER_RESPONSE_HEADERS = new Set([
  'x-request-id',
  'ratelimit',
  'ratelimit-policy',
  'content-length',
  'content-encoding',
  'vary',
  'set-cookie',
  'date',
]);

// negotiator 0.6.4 takes the server's preference order as a second argument (as the compression
// middleware uses it); its published types predate that.
const negotiateEncoding = Negotiator.prototype.encoding as (
  this: Negotiator,
  available: string[],
  preferred: string[],
) => string | undefined;

/** br, then gzip, then none, as the client accepts; undefined when it accepts none of them. */
function negotiateCoding(req: IncomingMessage): ContentCoding | 'identity' | undefined {
  return negotiateEncoding.call(new Negotiator(req), CODINGS, PREFERRED_CODINGS) as
    ContentCoding | 'identity' | undefined;
}

/**
 * What Express has set on a cached response so far, less what belongs to this one request, as the
 * name/value pairs `writeHead` takes, made once per cached body. Vary is added because a replay,
 * like the compression middleware, may answer in br or gzip.
 */
export function snapshotHeaders(res: ServerResponse): string[] {
  const list: string[] = [];
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) list.push(name, String(item));
  }
  // A route that negotiates the type (JSON or CSV) has said Vary: Accept; keep it beside Accept-Encoding.
  const routeVary = String(res.getHeader('vary') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && name.toLowerCase() !== 'accept-encoding');
  list.push('Vary', [...routeVary, 'Accept-Encoding'].join(', '));
  return list;
}

/** Whether the client would rather have CSV than JSON: the cache holds JSON only, so Express answers it. */
function prefersCsv(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  if (accept === undefined || !accept.includes('csv')) return false;
  return new Negotiator(req).mediaType(['application/json', 'text/csv']) === 'text/csv';
}

/** The same limit, store and client key the Express rate-limit middleware uses, so replays count too. */
export interface ReplayRateLimit {
  store: Store;
  limit: number;
  windowMs: number;
  keyFor(req: IncomingMessage): string;
}

export interface ReplayOptions {
  cache: ResponseCache;
  /** Answers everything that cannot be replayed: the Express application. */
  fallback: RequestListener;
  /**
   * The request's id (sent back as X-Request-Id with the replayed headers), after starting whatever
   * the access log keeps of it.
   */
  logRequest(req: IncomingMessage, res: ServerResponse): string;
  rateLimit?: ReplayRateLimit;
}

/**
 * Puts the response cache in front of Express. A GET for a URL whose JSON body is cached, and whose
 * headers Express recorded when it first sent it, is answered from memory: same headers, same body,
 * the same 304, compression and rate limit. At this service's sizes Express's own routing and
 * middleware cost several times the work of sending a cached body, and score lookups are nearly
 * all cache hits. Everything else, including any request that differs in a way the replay does
 * not model (a body, an unsupported coding, over the limit), goes to Express.
 */
export function createReplayingListener(options: ReplayOptions): RequestListener {
  const { cache, fallback, logRequest, rateLimit } = options;
  const replay = (
    req: IncomingMessage,
    res: ServerResponse,
    key: string,
    entry: CachedBody,
    list: readonly string[],
    coding: ContentCoding | 'identity',
    limitHeaders: readonly string[],
  ) => {
    // Every header goes to writeHead in one list: a header set beforehand with setHeader would make
    // Node store and check each listed header one by one.
    const headers: string[] = ['X-Request-Id', logRequest(req, res)];
    if (fresh(req.headers, { etag: entry.etag })) {
      // As Express does for 304, the headers less the body's type (Vary stays, as RFC 9110 asks).
      for (let i = 0; i + 1 < list.length; i += 2) {
        const name = list[i] ?? '';
        if (name.toLowerCase() !== 'content-type') headers.push(name, list[i + 1] ?? '');
      }
      for (const item of limitHeaders) headers.push(item);
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = coding === 'identity' ? entry.body : cache.encode(key, entry, coding);
    for (const item of list) headers.push(item);
    if (coding !== 'identity') headers.push('Content-Encoding', coding);
    headers.push('Content-Length', String(body.length));
    for (const item of limitHeaders) headers.push(item);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return (req, res) => {
    const key = req.url;
    const replayable =
      (req.method === 'GET' || req.method === 'HEAD') &&
      key !== undefined &&
      req.headers['content-length'] === undefined &&
      req.headers['transfer-encoding'] === undefined &&
      !prefersCsv(req);
    const entry = replayable ? cache.lookupReplayable(key) : undefined;
    const headers = entry?.headers;
    if (!entry || !headers || key === undefined) {
      fallback(req, res);
      return;
    }
    const coding =
      req.method === 'HEAD' ||
      entry.body.length < COMPRESSION_THRESHOLD ||
      req.headers['accept-encoding'] === undefined
        ? 'identity'
        : negotiateCoding(req);
    if (coding === undefined) {
      fallback(req, res);
      return;
    }
    if (!rateLimit) {
      replay(req, res, key, entry, headers, coding, []);
      return;
    }
    Promise.resolve(rateLimit.store.increment(rateLimit.keyFor(req))).then(
      ({ totalHits, resetTime }) => {
        // Over the limit: Express's limiter counts it again and sends the 429 problem.
        if (totalHits > rateLimit.limit) {
          fallback(req, res);
          return;
        }
        const resetSeconds = resetTime
          ? Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1000))
          : Math.ceil(rateLimit.windowMs / 1000);
        replay(req, res, key, entry, headers, coding, [
          'RateLimit-Policy',
          `${rateLimit.limit};w=${Math.ceil(rateLimit.windowMs / 1000)}`,
          'RateLimit',
          `limit=${rateLimit.limit}, remaining=${Math.max(0, rateLimit.limit - totalHits)}, reset=${resetSeconds}`,
        ]);
      },
      () => fallback(req, res),
    );
  };
}
