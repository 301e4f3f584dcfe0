import type { IncomingMessage } from 'http';
import type { Socket } from 'net';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit';
import proxyAddr from 'proxy-addr';
import { problemBody, rateLimited, sendProblem } from './problem';
import type { ReplayRateLimit } from './response-replay';

const WINDOW_MS = 60_000;

/**
 * The per-address limit: the Express middleware and the replay's settings, sharing one store and
 * one client key so replayed and routed requests count alike. Undefined when the limit is off.
 */
export function createRateLimit(
  limitPerMinute: number,
  trustProxy: Parameters<typeof proxyAddr>[1],
  /** Paths of routes declared `rateLimited: false` (health checks). */
  unlimitedPaths: ReadonlySet<string>,
): { middleware: RequestHandler; replay: ReplayRateLimit } | undefined {
  if (limitPerMinute <= 0) return undefined;
  const keyByConnection = new WeakMap<Socket, string>();
  const replay: ReplayRateLimit = {
    store: new MemoryStore(),
    limit: limitPerMinute,
    windowMs: WINDOW_MS,
    keyFor: (req: IncomingMessage) => {
      if (req.headers['x-forwarded-for'] !== undefined) return ipKeyGenerator(proxyAddr(req, trustProxy));
      // Without X-Forwarded-For the key depends on the connection alone: worked out once per connection.
      let key = keyByConnection.get(req.socket);
      if (key === undefined) {
        key = ipKeyGenerator(proxyAddr(req, trustProxy));
        keyByConnection.set(req.socket, key);
      }
      return key;
    },
  };
  const middleware = rateLimit({
    windowMs: replay.windowMs,
    limit: replay.limit,
    store: replay.store,
    keyGenerator: replay.keyFor,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (req) => unlimitedPaths.has(req.path),
    handler: (req, res, _next, options) => {
      res.setHeader('Retry-After', String(Math.ceil(options.windowMs / 1000)));
      sendProblem(req, res, problemBody(rateLimited(limitPerMinute)));
    },
  });
  return { middleware, replay };
}
