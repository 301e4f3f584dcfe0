import http, { type IncomingHttpHeaders, type RequestListener, type Server } from 'http';
import type { AddressInfo } from 'net';
import { brotliDecompressSync, gunzipSync } from 'zlib';
import { openDatabase, type Database } from '../../data/database';
import { CHECK_INTERVAL_MS, ResponseCache } from '../../server/response-cache';
import { COMPRESSION_THRESHOLD } from '../../server/response-replay';
import { buildTestApp, buildTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * The replay in front of Express (server/response-replay.ts), over real sockets. Whether a response
 * came from Express or from the replay is told by ResponseCache.remember: every cached API route
 * calls it, the replay never does.
 */

const SCORE_URL = '/v1/countries/RW/score';
/** Headers that belong to one response; everything else must be the same whichever path answered. */
const PER_RESPONSE_HEADERS = ['date', 'x-request-id', 'ratelimit', 'ratelimit-policy'];

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, never decompressed. */
  body: Buffer;
}

let fixture: TestDatabase;
let server: Server;
let port: number;
let remember: jest.SpyInstance;

function listen(listener: RequestListener): Promise<Server> {
  return new Promise((resolve) => {
    const started = http.createServer(listener).listen(0, '127.0.0.1', () => resolve(started));
  });
}

function portOf(target: Server): number {
  return (target.address() as AddressInfo).port;
}

function closeServer(target: Server): Promise<void> {
  return new Promise((resolve, reject) => target.close((error) => (error ? reject(error) : resolve())));
}

/** One request on its own connection; the body comes back exactly as sent (no decompression). */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  options: { port?: number; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: options.port ?? port, method, path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the cache's last data_version check is stale, so the next request cannot be replayed
 * and Express answers it (which renews the check); asserts that Express did.
 */
async function viaExpress(request: () => Promise<RawResponse>): Promise<RawResponse> {
  await sleep(CHECK_INTERVAL_MS + 100);
  const before = remember.mock.calls.length;
  const response = await request();
  expect(remember.mock.calls.length).toBeGreaterThan(before);
  return response;
}

/** Runs a request that must be answered by the replay: no cached route in Express ran for it. */
async function replayed(request: () => Promise<RawResponse>): Promise<RawResponse> {
  const before = remember.mock.calls.length;
  const response = await request();
  expect(remember.mock.calls.length).toBe(before);
  return response;
}

/** Runs a request that must not be replayed: Express's cached route ran for it. */
async function notReplayed(request: () => Promise<RawResponse>): Promise<RawResponse> {
  const before = remember.mock.calls.length;
  const response = await request();
  expect(remember.mock.calls.length).toBeGreaterThan(before);
  return response;
}

function stableHeaders(headers: IncomingHttpHeaders): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !PER_RESPONSE_HEADERS.includes(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

beforeAll(async () => {
  fixture = await buildTestDatabase();
  server = await listen(buildTestApp(fixture.store));
  port = portOf(server);
  remember = jest.spyOn(ResponseCache.prototype, 'remember');
  // Computes and caches the score body, and records its headers, before any test relies on it.
  const warm = await send('GET', SCORE_URL);
  expect(warm.status).toBe(200);
});

afterAll(async () => {
  remember.mockRestore();
  await closeServer(server);
  await fixture.close();
});

describe('replayed API responses are the ones Express sent', () => {
  test('a replayed GET of the score has the status, body bytes and headers Express sent, less date, request id and rate limit', async () => {
    const fromExpress = await viaExpress(() => send('GET', SCORE_URL));
    const fromReplay = await replayed(() => send('GET', SCORE_URL));

    expect(fromExpress.status).toBe(200);
    expect(fromReplay.status).toBe(fromExpress.status);
    expect(fromReplay.body.equals(fromExpress.body)).toBe(true);
    expect(JSON.parse(fromReplay.body.toString('utf8')).country).toEqual({
      code: 'RW',
      iso3: 'RWA',
      name: 'Rwanda',
    });
    expect(stableHeaders(fromReplay.headers)).toEqual(stableHeaders(fromExpress.headers));

    for (const response of [fromExpress, fromReplay]) {
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(response.headers['cache-control']).toBe('public, max-age=300');
      expect(response.headers.etag).toMatch(/^"[0-9a-f]+-[\w-]+"$/);
      expect(response.headers['content-type']).toMatch(/^application\/json\b/);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['content-length']).toBe(String(response.body.length));
      expect(response.headers['x-request-id']).toEqual(expect.any(String));
      expect(response.headers.date).toEqual(expect.any(String));
    }
    expect(fromReplay.headers['x-request-id']).not.toBe(fromExpress.headers['x-request-id']);
  });

  test('every replayed response gets its own X-Request-Id, and a caller’s plain X-Request-Id is echoed', async () => {
    await viaExpress(() => send('GET', SCORE_URL));
    const first = await replayed(() => send('GET', SCORE_URL));
    const second = await replayed(() => send('GET', SCORE_URL));
    expect(first.headers['x-request-id']).toEqual(expect.any(String));
    expect(second.headers['x-request-id']).toEqual(expect.any(String));
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);

    const echoed = await replayed(() => send('GET', SCORE_URL, { 'X-Request-Id': 'trace-42.replay' }));
    expect(echoed.headers['x-request-id']).toBe('trace-42.replay');
  });

  test('the country list is replayed too, with the same body and headers', async () => {
    await send('GET', '/v1/countries');
    const fromExpress = await viaExpress(() => send('GET', '/v1/countries'));
    const fromReplay = await replayed(() => send('GET', '/v1/countries'));
    expect(fromReplay.status).toBe(200);
    expect(fromReplay.body.equals(fromExpress.body)).toBe(true);
    expect(stableHeaders(fromReplay.headers)).toEqual(stableHeaders(fromExpress.headers));
    expect(fromReplay.headers.vary).toMatch(/^accept, accept-encoding$/i);
  });

  test('a client that asks the country list for CSV gets CSV, not the JSON the replay holds for that URL', async () => {
    await send('GET', '/v1/countries');
    await replayed(() => send('GET', '/v1/countries'));
    const csv = await send('GET', '/v1/countries', { Accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.toString('utf8')).toMatch(/^code,iso3,name,region,/);
  });
});

describe('conditional and HEAD requests on the replayed path', () => {
  test('If-None-Match with the ETag is a 304 with no body and no content type, with the headers Express sends plus Vary', async () => {
    const full = await viaExpress(() => send('GET', SCORE_URL));
    const etag = String(full.headers.etag);
    const fromExpress = await viaExpress(() => send('GET', SCORE_URL, { 'If-None-Match': etag }));
    const fromReplay = await replayed(() => send('GET', SCORE_URL, { 'If-None-Match': etag }));

    expect(fromExpress.status).toBe(304);
    expect(fromReplay.status).toBe(304);
    expect(fromReplay.body.length).toBe(0);
    expect(fromReplay.headers.etag).toBe(etag);
    expect(fromReplay.headers['content-type']).toBeUndefined();
    expect(fromReplay.headers['content-length']).toBeUndefined();
    // A 304 carries the Vary a 200 would (RFC 9110 §15.4.5); Express's 304 omits it, the replay does not.
    expect(fromReplay.headers.vary).toMatch(/accept-encoding/i);
    const { vary: _replayVary, ...replayRest } = stableHeaders(fromReplay.headers);
    const { vary: _expressVary, ...expressRest } = stableHeaders(fromExpress.headers);
    expect(replayRest).toEqual(expressRest);
  });

  test('If-None-Match with another ETag is a full 200 on the replayed path', async () => {
    const full = await viaExpress(() => send('GET', SCORE_URL));
    const other = await replayed(() => send('GET', SCORE_URL, { 'If-None-Match': '"0-not-this-body"' }));
    expect(other.status).toBe(200);
    expect(other.body.equals(full.body)).toBe(true);
  });

  test('HEAD is replayed with the GET headers, the identity content-length and no body', async () => {
    const get = await viaExpress(() => send('GET', SCORE_URL));
    const head = await replayed(() => send('HEAD', SCORE_URL));
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(get.body.length));
    expect(stableHeaders(head.headers)).toEqual(stableHeaders(get.headers));

    // HEAD is never compressed (nor by Express): the length is still that of the plain body.
    const gzipHead = await replayed(() => send('HEAD', SCORE_URL, { 'Accept-Encoding': 'gzip' }));
    expect(gzipHead.headers['content-encoding']).toBeUndefined();
    expect(gzipHead.headers['content-length']).toBe(String(get.body.length));
    expect(gzipHead.body.length).toBe(0);
  });
});

describe('compression on the replayed path', () => {
  let identity: Buffer;

  beforeAll(async () => {
    identity = (await send('GET', SCORE_URL, { 'Accept-Encoding': 'identity' })).body;
  });

  test('the score body is above the compression threshold, so the coding tests below compress', () => {
    expect(identity.length).toBeGreaterThanOrEqual(COMPRESSION_THRESHOLD);
  });

  test('Accept-Encoding: br is replayed brotli-compressed and decompresses to exactly the plain body', async () => {
    await viaExpress(() => send('GET', SCORE_URL));
    const response = await replayed(() => send('GET', SCORE_URL, { 'Accept-Encoding': 'br' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['content-length']).toBe(String(response.body.length));
    expect(response.body.length).toBeLessThan(identity.length);
    expect(brotliDecompressSync(response.body).equals(identity)).toBe(true);
  });

  test('Accept-Encoding: gzip is replayed gzip-compressed and decompresses to exactly the plain body', async () => {
    await viaExpress(() => send('GET', SCORE_URL));
    const response = await replayed(() => send('GET', SCORE_URL, { 'Accept-Encoding': 'gzip' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['content-length']).toBe(String(response.body.length));
    expect(gunzipSync(response.body).equals(identity)).toBe(true);
  });

  test('a client accepting br and gzip gets br, the preferred coding', async () => {
    await viaExpress(() => send('GET', SCORE_URL));
    const response = await replayed(() => send('GET', SCORE_URL, { 'Accept-Encoding': 'gzip, deflate, br' }));
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.body).equals(identity)).toBe(true);
  });

  test('Accept-Encoding: identity is replayed uncompressed', async () => {
    await viaExpress(() => send('GET', SCORE_URL));
    const response = await replayed(() => send('GET', SCORE_URL, { 'Accept-Encoding': 'identity' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-length']).toBe(String(identity.length));
    expect(response.body.equals(identity)).toBe(true);
  });
});

describe('rate limit on the replayed path', () => {
  let limited: Server;

  beforeAll(async () => {
    limited = await listen(buildTestApp(fixture.store, { RATE_LIMIT_PER_MINUTE: 5 }));
  });
  afterAll(() => closeServer(limited));

  test('replayed requests count against the limit and carry RateLimit headers; the 6th request in the minute is a 429 problem with Retry-After', async () => {
    const get = () => send('GET', SCORE_URL, {}, { port: portOf(limited) });
    // 1: computes and caches the body in this listener's own cache; 2: Express again, renewing the check.
    const first = await get();
    expect(first.status).toBe(200);
    const fromExpress = await viaExpress(get);
    expect(fromExpress.status).toBe(200);
    expect(fromExpress.headers['ratelimit-policy']).toBe('5;w=60');
    expect(fromExpress.headers.ratelimit).toMatch(/^limit=5, remaining=3, reset=\d+$/);

    // 3, 4, 5: replayed, each one counted.
    for (const remaining of [2, 1, 0]) {
      const response = await replayed(get);
      expect(response.status).toBe(200);
      expect(response.body.equals(fromExpress.body)).toBe(true);
      expect(response.headers['ratelimit-policy']).toBe('5;w=60');
      expect(response.headers.ratelimit).toMatch(new RegExp(`^limit=5, remaining=${remaining}, reset=\\d+$`));
      expect(stableHeaders(response.headers)).toEqual(stableHeaders(fromExpress.headers));
    }

    // 6: over the limit.
    const over = await get();
    expect(over.status).toBe(429);
    expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(over.headers['retry-after']).toBe('60');
    const problem = JSON.parse(over.body.toString('utf8'));
    expect(problem).toMatchObject({ status: 429, title: 'Too many requests' });
  });
});

describe('requests the replay does not model go to Express', () => {
  test('a GET with a request body (content-length) is answered by Express, not replayed', async () => {
    const plain = await viaExpress(() => send('GET', SCORE_URL));
    // The entry is replayable right now: a plain GET would be replayed...
    await replayed(() => send('GET', SCORE_URL));
    // ...but one with a body is not.
    const withBody = await notReplayed(() =>
      // Set explicitly: Node adds no Content-Length to a GET by itself.
      send(
        'GET',
        SCORE_URL,
        { 'Content-Type': 'application/json', 'Content-Length': '7' },
        { body: '{"x":1}' },
      ),
    );
    expect(withBody.status).toBe(200);
    expect(withBody.body.equals(plain.body)).toBe(true);
  });

  test('a GET with a chunked request body is answered by Express, not replayed', async () => {
    await viaExpress(() => send('GET', SCORE_URL));
    await replayed(() => send('GET', SCORE_URL));
    const chunked = await notReplayed(() =>
      send(
        'GET',
        SCORE_URL,
        { 'Transfer-Encoding': 'chunked', 'Content-Type': 'application/json' },
        { body: '{}' },
      ),
    );
    expect(chunked.status).toBe(200);
  });

  test('a POST to a cached URL is not replayed: Express answers 404 problem+json', async () => {
    await viaExpress(() => send('GET', SCORE_URL));
    await replayed(() => send('GET', SCORE_URL));
    const post = await send('POST', SCORE_URL, { 'Content-Type': 'application/json' }, { body: '{}' });
    expect(post.status).toBe(404);
    expect(post.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(post.body.toString('utf8'))).toMatchObject({ status: 404, title: 'Not found' });
  });
});

describe('replay after the database changes', () => {
  let writer: Database;

  beforeAll(async () => {
    const opened = await openDatabase(fixture.file, { create: false });
    if (!opened.ok) throw new Error(opened.message);
    writer = opened.db;
  });
  afterAll(() => writer.close());

  const scoreOf = (response: RawResponse) =>
    (JSON.parse(response.body.toString('utf8')) as { score: number }).score;

  test('a commit from another connection is served, not the replayed stale body, once the check interval has passed', async () => {
    const row = await writer.get<{ result: string }>(
      "SELECT result FROM country_scores WHERE country_code = 'RW'",
    );
    if (!row) throw new Error('no headline score for RW in the fixture');
    const original = row.result;
    const originalScore = (JSON.parse(original) as { score: number }).score;
    const changedScore = originalScore < 50 ? originalScore + 7.25 : originalScore - 7.25;

    // Before the change: the body is cached and replayable.
    const before = await viaExpress(() => send('GET', SCORE_URL));
    expect(scoreOf(before)).toBe(originalScore);
    expect(scoreOf(await replayed(() => send('GET', SCORE_URL)))).toBe(originalScore);

    try {
      const changed = await writer.run(
        "UPDATE country_scores SET result = json_set(result, '$.score', ?) WHERE country_code = 'RW'",
        [changedScore],
      );
      expect(changed.changes).toBe(1);

      await sleep(CHECK_INTERVAL_MS + 100);
      const after = await send('GET', SCORE_URL);
      expect(after.status).toBe(200);
      expect(scoreOf(after)).toBe(changedScore);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      // And the new body is what is replayed from then on.
      const replay = await replayed(() => send('GET', SCORE_URL));
      expect(scoreOf(replay)).toBe(changedScore);
      expect(replay.headers.etag).toBe(after.headers.etag);
    } finally {
      await writer.run("UPDATE country_scores SET result = ? WHERE country_code = 'RW'", [original]);
    }

    await sleep(CHECK_INTERVAL_MS + 100);
    const restored = await send('GET', SCORE_URL);
    expect(scoreOf(restored)).toBe(originalScore);
    expect(restored.headers.etag).toBe(before.headers.etag);
  });
});
