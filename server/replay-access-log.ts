import type { IncomingMessage, ServerResponse } from 'http';
import type { Logger } from 'pino';
import { requestIdFor } from './http-middleware';

/** SLOW_REQUEST_MS when the settings give none. */
export const DEFAULT_SLOW_REQUEST_MS = 1000;
/** How often the count of replayed answers is written. */
export const REPLAY_SUMMARY_INTERVAL_MS = 60_000;

export interface ReplayAccessLog {
  /** Counts the request (a slow answer gets a line of its own) and gives its id for X-Request-Id. */
  logRequest(req: IncomingMessage, res: ServerResponse): string;
  /** Writes the counts since the last summary, if any (also every REPLAY_SUMMARY_INTERVAL_MS). */
  flush(): void;
}

/**
 * The access log of answers replayed from the response cache: a summary line per interval instead
 * of a line per answer, since a line (a child logger, two JSON serialisations) costs about as much
 * as the replay itself and these answers are all 200 or 304 from memory. A replay slower than
 * `slowMs` is logged on its own with its request id, at warn so it shows at any usual level. Errors
 * cannot come from a replay: whatever might fail goes through Express, which logs every request.
 */
export function createReplayAccessLog(
  logger: Logger,
  options: { slowMs: number; summaryIntervalMs?: number; now?: () => number },
): ReplayAccessLog {
  const now = options.now ?? Date.now;
  let replayed = 0;
  let notModified = 0;
  let slowestMs = 0;
  let since = now();
  const flush = () => {
    if (replayed > 0) {
      logger.info(
        { replayed, notModified, slowestMs, seconds: Math.round((now() - since) / 1000) },
        'cached answers replayed',
      );
    }
    replayed = 0;
    notModified = 0;
    slowestMs = 0;
    since = now();
  };
  setInterval(flush, options.summaryIntervalMs ?? REPLAY_SUMMARY_INTERVAL_MS).unref();
  return {
    logRequest(req, res) {
      const id = requestIdFor(req);
      const start = now();
      // 'finish' comes once per response; `on` spares the wrapper `once` would allocate.
      res.on('finish', () => {
        const ms = now() - start;
        replayed += 1;
        if (res.statusCode === 304) notModified += 1;
        if (ms > slowestMs) slowestMs = ms;
        if (ms >= options.slowMs) {
          logger.warn(
            {
              req: { id, method: req.method, url: req.url },
              res: { statusCode: res.statusCode },
              responseTime: ms,
            },
            'slow cached answer',
          );
        }
      });
      return id;
    },
    flush,
  };
}
