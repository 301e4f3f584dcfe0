import pino, { type Logger } from 'pino';

/**
 * JSON logs on stdout; each request's lines carry its id through pino-http's child logger. Writes are
 * buffered (asynchronous) so logging does not stall the event loop under load; call `flush` before exit.
 */
export function createLogger(level: string): Logger {
  return pino(
    { level, base: { service: 'deportation-risk' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ dest: 1, sync: false }),
  );
}
