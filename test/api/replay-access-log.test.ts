import { EventEmitter } from 'events';
import type { IncomingMessage, ServerResponse } from 'http';
import pino from 'pino';
import { createReplayAccessLog } from '../../server/replay-access-log';

/** A pino logger whose lines land in `lines`, parsed. */
function capturedLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

/** Just enough of a request and a response for the access log: headers in, 'finish' out. */
function exchange(
  url: string,
  requestId?: string,
): { req: IncomingMessage; res: ServerResponse & EventEmitter } {
  const req = {
    method: 'GET',
    url,
    headers: requestId ? { 'x-request-id': requestId } : {},
  } as unknown as IncomingMessage;
  const res = Object.assign(new EventEmitter(), { statusCode: 200 }) as unknown as ServerResponse &
    EventEmitter;
  return { req, res };
}

test('replayed answers get a request id each but share one summary line', () => {
  const { logger, lines } = capturedLogger();
  const log = createReplayAccessLog(logger, { slowMs: 1000, now: () => 0 });
  for (let i = 0; i < 3; i += 1) {
    const { req, res } = exchange('/v1/countries/SV/score');
    expect(log.logRequest(req, res)).toMatch(/^[0-9a-f-]{36}$/);
    if (i === 2) res.statusCode = 304;
    res.emit('finish');
  }
  expect(lines).toHaveLength(0);
  log.flush();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ msg: 'cached answers replayed', replayed: 3, notModified: 1 });
  log.flush();
  expect(lines).toHaveLength(1);
});

test('a slow replayed answer is logged alone, at warn, with its request id', () => {
  const { logger, lines } = capturedLogger();
  let now = 0;
  const log = createReplayAccessLog(logger, { slowMs: 1000, now: () => now });
  const { req, res } = exchange('/v1/countries/NO/score', 'caller-id-7');
  expect(log.logRequest(req, res)).toBe('caller-id-7');
  now += 1500;
  res.emit('finish');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    level: 40,
    msg: 'slow cached answer',
    req: { id: 'caller-id-7', method: 'GET', url: '/v1/countries/NO/score' },
    res: { statusCode: 200 },
    responseTime: 1500,
  });
});
