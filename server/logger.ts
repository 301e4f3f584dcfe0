import pino, { type Logger } from 'pino';

/** JSON logs on stdout; each request's lines carry its id through pino-http's child logger. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'deportation-risk' }, timestamp: pino.stdTimeFunctions.isoTime });
}
