import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import fc from 'fast-check';
import request from 'supertest';
import type { Response } from 'supertest';
import ts from 'typescript';
import type { RequestListener } from 'http';
import { buildTestApp, buildTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Property-based fuzzing of every endpoint's inputs, in process, against a small real database.
 * Whatever arrives, the service must answer: never a 5xx, always a request id, a JSON or
 * problem+json body on the API (the HTML and SVG routes keep their own types), within a deadline,
 * and without changing what any other request gets back.
 */

let fixture: TestDatabase;
let app: RequestListener;

/** Per-request deadline: a request that takes longer counts as a hang. */
const TIMEOUT = { response: 5_000, deadline: 10_000 };
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const KNOWN = ['RW', 'rwa', 'Rwanda', 'SV', 'NO', 'XK', 'Kosovo', 'Swaziland', 'CN', 'IL', 'KE', 'LY', 'SS'];

// ---------------------------------------------------------------------------------------------
// Arbitraries

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const oddCharacter = fc.constantFrom(
  '\u0000',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ufffd',
  '\uffff',
  'İ',
  'ß',
  'ǅ',
  'ﬁ',
  'é',
  'é',
  '\u0301\u0301\u0301',
  '🏳️‍🌈',
  '👩🏽‍⚖️',
  '𝕏',
  '﷽',
  'ᄀᄀᄀ',
  '%',
  '%25',
  '/',
  '\\',
  '?',
  '#',
  '&',
  '=',
  '+',
  '"',
  "'",
  '`',
  '<',
  '>',
  ';',
  '*',
  '^',
  ':',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '\r\n',
  '\t',
  ' ',
);
const TRAVERSAL = [
  '..',
  '.',
  '..%2F..%2Fetc%2Fpasswd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%2e%2e',
  '..%5C..%5Cwindows%5Cwin.ini',
  '....%2F%2F....%2F%2Fetc%2Fpasswd',
  '..%252F..%252Fetc%252Fpasswd',
  '%2Fetc%2Fpasswd',
  '%00',
  'RW%00.json',
  '..%00%2F',
  '%C0%AE%C0%AE%2F',
  '%E0%80%AE%E0%80%AE%2F',
  'file%3A%2F%2F%2Fetc%2Fpasswd',
];
const SQL = [
  "' OR 1=1 --",
  "RW' OR '1'='1",
  "RW'; DROP TABLE reports; --",
  '" OR ""="',
  '1; DELETE FROM reports',
  "' UNION SELECT sql FROM sqlite_master --",
  "RW' AND (SELECT count(*) FROM reports) > 0 --",
  '*',
  'NEAR(prison torture)',
  'prison OR 1=1',
  'text:prison',
  '"unterminated',
  'prison AND',
  '^prison',
  'prison*',
  '-prison',
  '(((',
  "'",
  '\\',
  '%',
  '_',
];
const HUGE_NUMBERS = [
  '1e400',
  '-1e400',
  '9'.repeat(400),
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x7e8',
  '0b1',
  '2024.5',
  ' 2024 ',
  '2024abc',
  '+2024',
  '2e3',
  '9007199254740993',
  '-9007199254740993',
  '1'.padEnd(40, '0'),
  '0',
  '-1',
  '',
];
const PROTO = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
];

/** Strings a hostile or careless client sends: odd Unicode, lone surrogates, long runs, injections, numbers. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.oneof(oddCharacter, loneSurrogate, fc.string({ minLength: 1, maxLength: 3 })),
      maxLength: 30,
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 3000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'x'.repeat(101),
      'é'.repeat(5000),
      '\u0301'.repeat(2000),
      '🏳️‍🌈'.repeat(500),
      'a '.repeat(4000),
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...SQL, ...PROTO, ...HUGE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...KNOWN) },
);

/** Percent-encodes the UTF-8 bytes of a string (lone surrogates become U+FFFD, as a browser would send). */
function encode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Raw percent-encoded bytes, usually not valid UTF-8 (overlong forms, stray continuation bytes, truncated sequences). */
const invalidUtf8Encoded = fc.oneof(
  fc
    .uint8Array({ minLength: 1, maxLength: 12 })
    .map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
  fc.constantFrom(
    '%FF',
    '%C0%80',
    '%ED%A0%80',
    '%E0%A4%A',
    '%F4%90%80%80',
    '%80',
    '%C3',
    '%',
    '%G1',
    '%%',
    'RW%FF',
    '%FE%FF',
    '%EF%BB%BF',
  ),
);

/** A `{country}` path segment, always a valid request line (the server has to cope with what it decodes to). */
const countrySegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.filter((s) => s.length > 0).map(encode) },
  { weight: 2, arbitrary: fc.constantFrom(...TRAVERSAL) },
  { weight: 2, arbitrary: invalidUtf8Encoded },
  { weight: 1, arbitrary: fc.constantFrom(...KNOWN) },
);

const QUERY_KEYS = [
  'year',
  'evidence',
  'category',
  'q',
  'limit',
  'cursor',
  'sort',
  'country',
  'url',
  'format',
  'maxwidth',
  'maxheight',
];
const queryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map(encode) },
  { weight: 1, arbitrary: invalidUtf8Encoded },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2023',
      '2024',
      '2016',
      '0',
      '50',
      '51',
      '100',
      'prison',
      'torture',
      'killings',
      'score',
      'json',
      'xml',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'http%3A%2F%2F127.0.0.1%2Fcountry%2FRW',
      'javascript%3Aalert(1)',
      'b%3A1',
      'bzox',
      'AAAA',
      Buffer.from("o:1' OR 1=1").toString('base64url'),
    ),
  },
);
/** A query string: known parameters, hostile keys, duplicates (which arrive as arrays), bare keys. */
const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) },
        { weight: 1, arbitrary: fc.constantFrom(...PROTO, 'year[]', 'q[a]', 'a.b', '') },
        { weight: 1, arbitrary: hostileString.map(encode) },
      ),
      fc.option(queryValue, { nil: undefined, freq: 8 }),
    ),
    { maxLength: 4 },
  )
  .map((pairs) =>
    pairs.length === 0
      ? ''
      : `?${pairs.map(([key, value]) => (value === undefined ? key : `${key}=${value}`)).join('&')}`,
  );

/** JSON text built by hand so that `__proto__` and `constructor` really appear as keys on the wire. */
type JsonNode =
  { k: 'obj'; e: Array<[string, JsonNode]> } | { k: 'arr'; i: JsonNode[] } | { k: 'lit'; v: string };
const jsonLiteral = fc.oneof(
  hostileString.map((s) => JSON.stringify(s)),
  fc.double().map((n) => (Number.isFinite(n) ? String(n) : '1e999')),
  fc.constantFrom(
    'null',
    'true',
    'false',
    '0',
    '-0',
    '1e400',
    '-1e400',
    '2023',
    '2024.0',
    '99999999999999999999999999999',
    '1E-400',
    '"2023"',
  ),
);
const { node: jsonNode } = fc.letrec<{ node: JsonNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonLiteral.map((v): JsonNode => ({ k: 'lit', v })),
    fc.array(tie('node'), { maxLength: 4 }).map((i): JsonNode => ({ k: 'arr', i })),
    fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...PROTO, 'countries', 'year', 'text', 'sort'), hostileString),
          tie('node'),
        ),
        { maxLength: 4 },
      )
      .map((e): JsonNode => ({ k: 'obj', e })),
  ),
}));
function toJson(node: JsonNode): string {
  if (node.k === 'lit') return node.v;
  if (node.k === 'arr') return `[${node.i.map(toJson).join(',')}]`;
  return `{${node.e.map(([key, value]) => `${JSON.stringify(key)}:${toJson(value)}`).join(',')}}`;
}
const deepNesting = fc
  .integer({ min: 1_000, max: 200_000 })
  .chain((depth) =>
    fc.constantFrom(
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `{"countries":${'['.repeat(depth)}"RW"${']'.repeat(depth)}}`,
      `{"text":${'{"text":'.repeat(depth)}"x"${'}'.repeat(depth)}}`,
    ),
  );

/** A request body for the two POST endpoints, as raw bytes, with the content type it claims. */
interface RawBody {
  contentType: string | undefined;
  contentEncoding?: string;
  bytes: Buffer;
}
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  undefined,
];
function postBody(shape: (countries: string[], year: string, text: string) => string): fc.Arbitrary<RawBody> {
  const text: fc.Arbitrary<Buffer> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.array(hostileString, { minLength: 0, maxLength: 30 }), jsonLiteral, hostileString)
        .map(([c, y, t]) => Buffer.from(shape(c, y, t))),
    },
    { weight: 3, arbitrary: jsonNode.map((node) => Buffer.from(toJson(node))) },
    { weight: 1, arbitrary: deepNesting.map((s) => Buffer.from(s)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '{"__proto__":{"polluted":"yes"},"countries":["RW"]}',
          '{"constructor":{"prototype":{"polluted":"yes"}},"text":"x"}',
          '{"countries":["RW"],"__proto__":[]}',
          '{"countries":["RW","__proto__","constructor","toString"]}',
          '{"countries":[' + Array.from({ length: 251 }, () => '"RW"').join(',') + ']}',
          '{"countries":' +
            JSON.stringify(Array.from({ length: 250 }, (_v, i) => (i % 2 ? 'RW' : 'x'.repeat(100)))) +
            '}',
          '{"text":' + JSON.stringify('The police tortured detainees. '.repeat(3200).slice(0, 100_000)) + '}',
          '{"text":' + JSON.stringify('x'.repeat(100_001)) + '}',
          '{"countries":["RW"],"year":1e400}',
          '{"countries":["RW"],"year":"2023"}',
          '{"countries":["RW"]',
          '',
          'null',
          '"RW"',
          '{"a":1,"a":2}',
        )
        .map((s) => Buffer.from(s)),
    },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => Buffer.concat([Buffer.from('{"text":"'), Buffer.from(bytes), Buffer.from('"}')])),
    },
    {
      weight: 1,
      arbitrary: fc.constant(
        Buffer.concat([Buffer.from('{"countries":["'), Buffer.alloc(1_100_000, 0x41), Buffer.from('"]}')]),
      ),
    },
  );
  return fc.record({
    contentType: fc.oneof(
      { weight: 6, arbitrary: fc.constant('application/json') },
      { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    ),
    contentEncoding: fc.option(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-bogus'), {
      nil: undefined,
      freq: 10,
    }),
    bytes: text,
  });
}

// ---------------------------------------------------------------------------------------------
// Checks

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Node's HTTP parser refuses a request line plus headers over 16 KiB (`--max-http-header-size`)
 * with a bare 431 before Express runs, so such answers carry no request id. Only URLs that long
 * may get it.
 */
const NODE_HEADER_LIMIT = 16 * 1024;

function bodyText(response: Response): string {
  if (typeof response.text === 'string') return response.text;
  return Buffer.isBuffer(response.body) ? response.body.toString('utf8') : '';
}

/** What every answer must satisfy, whatever the input. */
function assertSane(label: string, response: Response, allowed: RegExp, urlLength = 0): void {
  const where = `${label} → ${response.status}`;
  if (response.status === 431 && urlLength > NODE_HEADER_LIMIT - 1024) return;
  if (response.status >= 500 && response.status !== 501)
    throw new Error(`${where}: server error ${bodyText(response).slice(0, 300)}`);
  const id = String(response.headers['x-request-id'] ?? '');
  if (!REQUEST_ID.test(id)) throw new Error(`${where}: no request id`);
  const type = String(response.headers['content-type'] ?? '');
  if (!allowed.test(type)) throw new Error(`${where}: content type "${type}" not allowed here`);
  if (type.startsWith('application/problem+json')) {
    const body = JSON.parse(bodyText(response)) as { status?: number; requestId?: string; title?: string };
    if (body.status !== response.status || body.requestId !== id || !body.title)
      throw new Error(`${where}: problem document incomplete ${bodyText(response).slice(0, 300)}`);
  }
  if (/\n\s+at [\w.<>]+ \(|node_modules\//.test(bodyText(response)))
    throw new Error(`${where}: a stack trace leaked`);
}

const JSON_ONLY = /^application\/(problem\+)?json; charset=utf-8$/;
const HTML_OR_PROBLEM = /^(text\/html|application\/problem\+json); charset=utf-8$/;
const SVG_OR_PROBLEM = /^(image\/svg\+xml|application\/problem\+json); charset=utf-8$/;
const PNG_OR_PROBLEM = /^(image\/png|application\/problem\+json; charset=utf-8)$/;

function get(url: string) {
  return request(app)
    .get(url)
    .timeout(TIMEOUT)
    .ok(() => true);
}

function post(url: string, body: RawBody) {
  let pending = request(app)
    .post(url)
    .timeout(TIMEOUT)
    .ok(() => true);
  if (body.contentType !== undefined) pending = pending.set('Content-Type', body.contentType);
  if (body.contentEncoding !== undefined) pending = pending.set('Content-Encoding', body.contentEncoding);
  // Raw bytes on the wire: no serialisation by the test client.
  return pending.serialize((data: unknown) => data as string).send(body.bytes as unknown as string);
}

/** Requests whose answers must not change, whatever the fuzzing did in between. */
const REFERENCE: Array<{ method: 'get' | 'post'; url: string; body?: string }> = [
  { method: 'get', url: '/v1/countries' },
  { method: 'get', url: '/v1/countries?year=2023' },
  { method: 'get', url: '/v1/countries/RW/score' },
  { method: 'get', url: '/v1/countries/SV/score?year=2023&evidence=5' },
  { method: 'get', url: '/v1/countries/XK/history' },
  { method: 'get', url: '/v1/countries/SV/evidence?q=prison&limit=5' },
  { method: 'get', url: '/v1/countries/CN/evidence?category=torture' },
  { method: 'get', url: '/v1/countries/RW/badge.json' },
  { method: 'post', url: '/v1/scores/batch', body: '{"countries":["RW","NO","SV","XK","Atlantis"]}' },
  {
    method: 'post',
    url: '/v1/analyze',
    body: '{"text":"Police tortured detainees in Kigali. The government denied it."}',
  },
];
async function referenceAnswers(): Promise<string[]> {
  const answers: string[] = [];
  for (const ref of REFERENCE) {
    const response =
      ref.method === 'get'
        ? await get(ref.url)
        : await post(ref.url, { contentType: 'application/json', bytes: Buffer.from(ref.body ?? '') });
    answers.push(
      `${ref.method} ${ref.url} ${response.status} ${response.headers['etag'] ?? ''} ${response.text.replace(/"requestId":"[^"]*"/, '')}`,
    );
  }
  return answers;
}

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'countries',
    'reports',
    'sections',
    'paragraphs',
    'evidence',
    'report_scores',
    'country_scores',
    'meta',
  ]) {
    const row = await fixture.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

let referenceBefore: string[];
let countsBefore: Record<string, number>;
let prototypeBefore: string[];

beforeAll(async () => {
  fixture = await buildTestDatabase();
  app = buildTestApp(fixture.store);
  referenceBefore = await referenceAnswers();
  countsBefore = await tableCounts();
  prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => fixture.close());

// ---------------------------------------------------------------------------------------------
// Properties, one per endpoint

const GET_ENDPOINTS: Array<{
  route: string;
  build: (country: string, query: string) => string;
  allowed: RegExp;
}> = [
  { route: 'GET /v1/countries', build: (_c, q) => `/v1/countries${q}`, allowed: JSON_ONLY },
  {
    route: 'GET /v1/countries/{country}/score',
    build: (c, q) => `/v1/countries/${c}/score${q}`,
    allowed: JSON_ONLY,
  },
  {
    route: 'GET /v1/countries/{country}/history',
    build: (c, q) => `/v1/countries/${c}/history${q}`,
    allowed: JSON_ONLY,
  },
  {
    route: 'GET /v1/countries/{country}/evidence',
    build: (c, q) => `/v1/countries/${c}/evidence${q}`,
    allowed: JSON_ONLY,
  },
  {
    route: 'GET /v1/countries/{country}/badge.json',
    build: (c, q) => `/v1/countries/${c}/badge.json${q}`,
    allowed: JSON_ONLY,
  },
  {
    route: 'GET /v1/countries/{country}/badge.svg',
    build: (c, q) => `/v1/countries/${c}/badge.svg${q}`,
    allowed: SVG_OR_PROBLEM,
  },
  {
    route: 'GET /v1/countries/{country}/card.svg',
    build: (c, q) => `/v1/countries/${c}/card.svg${q}`,
    allowed: SVG_OR_PROBLEM,
  },
  {
    route: 'GET /v1/countries/{country}/card.png',
    build: (c, q) => `/v1/countries/${c}/card.png${q}`,
    allowed: PNG_OR_PROBLEM,
  },
  { route: 'GET /country/{country}', build: (c, q) => `/country/${c}${q}`, allowed: HTML_OR_PROBLEM },
  { route: 'GET /embed/{country}', build: (c, q) => `/embed/${c}${q}`, allowed: HTML_OR_PROBLEM },
  {
    route: 'GET /embed/compare',
    build: (c, q) => `/embed/compare?countries=${c},SV,${c}${q.replace('?', '&')}`,
    allowed: HTML_OR_PROBLEM,
  },
  {
    route: 'GET /?country=',
    build: (c, q) => `/?country=${c}${q.replace('?', '&')}`,
    allowed: HTML_OR_PROBLEM,
  },
  {
    route: 'GET /oembed',
    build: (c, q) => `/oembed?url=${encode(`http://127.0.0.1/country/`)}${c}${q.replace('?', '&')}`,
    allowed: JSON_ONLY,
  },
  {
    route: 'GET /healthz, /readyz, /openapi.json, /docs and unknown routes',
    build: (c, q) =>
      [`/healthz${q}`, `/readyz${q}`, `/openapi.json${q}`, `/docs${q}`, `/v1/${c}${q}`, `/${c}/${c}${q}`][
        c.length % 6
      ] ?? '/',
    allowed: /^(application\/(problem\+)?json|text\/html); charset=utf-8$/,
  },
];

describe('fuzzing every endpoint with hostile input: never a 5xx, always a request id and the right content type, never a hang', () => {
  for (const endpoint of GET_ENDPOINTS) {
    test(`${endpoint.route}: odd Unicode, long strings, huge numbers, invalid UTF-8 and path traversal in the path and query`, async () => {
      await fc.assert(
        fc.asyncProperty(countrySegment, queryString, async (country, query) => {
          const url = endpoint.build(country, query);
          assertSane(`GET ${url.slice(0, 200)}`, await get(url), endpoint.allowed, url.length);
        }),
        { numRuns: RUNS },
      );
    });
  }

  test('path traversal in {country} never reaches the file system: every variant is an unknown country or a 400', async () => {
    for (const segment of TRAVERSAL) {
      for (const url of [
        `/v1/countries/${segment}/score`,
        `/embed/${segment}`,
        `/country/${segment}`,
        `/v1/countries/${segment}/badge.svg`,
        `/v1/countries/${segment}/card.png`,
      ]) {
        const response = await get(url);
        assertSane(`GET ${url}`, response, /./);
        expect([400, 404]).toContain(response.status);
        expect(bodyText(response)).not.toMatch(/root:x:0:0|\[fonts\]/);
      }
    }
  });

  test('a URL longer than Node’s 16 KiB header limit gets a prompt 431 from Node’s parser, not a hang', async () => {
    const started = Date.now();
    const response = await get(`/v1/countries/${'%C3%A9'.repeat(3000)}/score`);
    expect(response.status).toBe(431);
    expect(Date.now() - started).toBeLessThan(TIMEOUT.response);
  });

  test('POST /v1/scores/batch: wrong types, deep nesting, __proto__/constructor keys, invalid UTF-8, odd content types and sizes', async () => {
    const body = postBody((countries, year) => `{"countries":${JSON.stringify(countries)},"year":${year}}`);
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('', '?sort=score', '?sort=input', '?sort=__proto__', '?sort=score&sort=input'),
        fc.constantFrom('application/json', 'text/csv', '*/*'),
        async (raw, query, accept) => {
          const response = await post(`/v1/scores/batch${query}`, raw).set('Accept', accept);
          assertSane(
            `POST /v1/scores/batch${query} ${raw.contentType} ${raw.contentEncoding ?? ''} ${raw.bytes.subarray(0, 120).toString('latin1')}`,
            response,
            /^(application\/(problem\+)?json|text\/csv); charset=utf-8$/,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('POST /v1/analyze: wrong types, deep nesting, __proto__/constructor keys, invalid UTF-8, 100,000-character texts', async () => {
    const body = postBody((_countries, _year, text) => `{"text":${JSON.stringify(text)}}`);
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const response = await post('/v1/analyze', raw);
        assertSane(
          `POST /v1/analyze ${raw.contentType} ${raw.contentEncoding ?? ''} ${raw.bytes.subarray(0, 120).toString('latin1')}`,
          response,
          JSON_ONLY,
        );
      }),
      { numRuns: RUNS },
    );
  });

  test('POST /v1/analyze answers a 100,000-character hostile text within the deadline', async () => {
    const text =
      fc.sample(
        fc.string({
          unit: fc.oneof(
            oddCharacter,
            fc.constantFrom('tortured', 'detained', 'not', 'no', '.', ' ', 'police', 'prison', '!', '?'),
            loneSurrogate,
          ),
          minLength: 30_000,
          maxLength: 30_000,
        }),
        { numRuns: 1, seed: 42 },
      )[0] ?? '';
    const body = Buffer.from(JSON.stringify({ text: text.slice(0, 100_000) }));
    const started = Date.now();
    const response = await post('/v1/analyze', { contentType: 'application/json', bytes: body });
    assertSane('POST /v1/analyze (100k hostile)', response, JSON_ONLY);
    expect([200, 400]).toContain(response.status);
    expect(Date.now() - started).toBeLessThan(TIMEOUT.response);
  });
});

describe('isolation: fuzzing leaves every other request’s result, the database and Object.prototype unchanged', () => {
  test('reference requests answer byte for byte as before the fuzz run, with the same ETag', async () => {
    const after = await referenceAnswers();
    for (const [index, answer] of after.entries()) expect(answer).toBe(referenceBefore[index]);
  });

  test('no table gained or lost a row and Object.prototype gained no property', async () => {
    expect(await tableCounts()).toEqual(countsBefore);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('framing and Content-Security-Policy', () => {
  test('the page may not be framed (frame-ancestors none, X-Frame-Options DENY); the widget may be framed anywhere', async () => {
    for (const url of ['/', '/country/RW', '/docs', '/v1/countries/RW/score']) {
      const response = await get(url);
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
    const widget = await get('/embed/RW');
    expect(widget.status).toBe(200);
    expect(widget.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(widget.headers['x-frame-options']).toBeUndefined();
  });

  test('no policy allows inline or eval’d script, and no served HTML carries inline script or event-handler attributes', async () => {
    for (const url of [
      '/',
      '/country/RW',
      '/embed/RW',
      '/embed/Atlantis',
      '/embed/compare?countries=RW,SV',
      '/embed/compare?countries=RW,Atlantis',
      '/docs',
    ]) {
      const response = await get(url);
      const csp = String(response.headers['content-security-policy'] ?? '');
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
      const html = bodyText(response);
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\bsrc=/);
      expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// SQL: user input reaches SQLite only through bound parameters

describe('user input reaches SQL only through bound parameters', () => {
  test('SQL and FTS5 injection strings in country, q and cursor get ordinary 200/400/404 answers and change no row', async () => {
    const before = await tableCounts();
    for (const attack of SQL) {
      const country = await get(`/v1/countries/${encode(attack)}/score`);
      assertSane(`country ${attack}`, country, JSON_ONLY);
      expect(country.status).toBe(404);
      const search = await get(`/v1/countries/SV/evidence?q=${encode(attack)}`);
      assertSane(`q ${attack}`, search, JSON_ONLY);
      expect([200, 400]).toContain(search.status);
      const cursor = await get(
        `/v1/countries/SV/evidence?cursor=${encode(Buffer.from(`o:1 ${attack}`).toString('base64url'))}`,
      );
      assertSane(`cursor ${attack}`, cursor, JSON_ONLY);
      expect(cursor.status).toBe(400);
      const batch = await post('/v1/scores/batch', {
        contentType: 'application/json',
        bytes: Buffer.from(JSON.stringify({ countries: [attack, 'RW'] })),
      });
      assertSane(`batch ${attack}`, batch, JSON_ONLY);
      expect(batch.status).toBe(200);
      expect(batch.body.results).toHaveLength(1);
    }
    // An FTS5 operator in q is searched as plain words, not run as query syntax.
    const words = await get('/v1/countries/SV/evidence?q=prison');
    const operators = await get(`/v1/countries/SV/evidence?q=${encode('prison" OR "zzzz')}`);
    expect(words.status).toBe(200);
    expect(words.body.items.length).toBeGreaterThan(0);
    expect(operators.status).toBe(200);
    expect(operators.body.items).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  /**
   * A static check, honest about its reach: it parses every .ts file under data/ and server/ with
   * the TypeScript compiler and finds each SQL string (a template or string literal containing SQL
   * keywords). Any `${…}` inside such a template must be one of a short list of expressions that
   * cannot carry user input (placeholder lists, column/table names fixed in code, a migration
   * counter); and SQL text may only be extended with `+`/`+=` by literals. It does not follow data
   * flow, so a new allow-list entry needs a reviewer's eye; the list says why each one is safe.
   */
  const SQL_KEYWORDS = /\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|MATCH|WHERE|VALUES)\b/;
  const ALLOWED_INTERPOLATIONS: Record<string, string> = {
    "options.years.map(() => '?').join(',')": 'a list of ? placeholders, one per year',
    table: 'insertMany table name; every caller passes a string literal (checked below)',
    columnList: 'insertMany column names, quoted; every caller passes literal arrays (checked below)',
    "chunk.map(() => placeholder).join(', ')": 'rows of ? placeholders',
    'version + 1': 'the migration counter',
    where:
      'ReportWriter.findDigest WHERE clause (private); every caller passes a string literal (checked below)',
  };

  function findUnsafeSql(file: string, source: string): string[] {
    const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
    const problems: string[] = [];
    const line = (node: ts.Node) =>
      `${path.relative(process.cwd(), file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const isLiteral = (node: ts.Node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
    const visit = (node: ts.Node) => {
      if (ts.isTemplateExpression(node)) {
        const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
        if (SQL_KEYWORDS.test(text)) {
          for (const span of node.templateSpans) {
            const expression = span.expression.getText(sourceFile);
            if (!(expression in ALLOWED_INTERPOLATIONS))
              problems.push(`${line(span)} interpolates \${${expression}} into SQL`);
          }
        }
      }
      if (
        ts.isBinaryExpression(node) &&
        (node.operatorToken.kind === ts.SyntaxKind.PlusToken ||
          node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
      ) {
        const sides = [node.left, node.right];
        const sqlSide = sides.some(
          (side) =>
            (isLiteral(side) || ts.isTemplateExpression(side)) && SQL_KEYWORDS.test(side.getText(sourceFile)),
        );
        const sqlTarget =
          node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken &&
          /^sql$/i.test(node.left.getText(sourceFile));
        if ((sqlSide || sqlTarget) && !isLiteral(node.right))
          problems.push(
            `${line(node)} builds SQL with + from ${node.right.getText(sourceFile).slice(0, 60)}`,
          );
      }
      if (
        ts.isCallExpression(node) &&
        /\.insertMany$/.test(node.expression.getText(sourceFile)) &&
        node.arguments.length >= 2
      ) {
        const [table, columns] = node.arguments;
        const literalArray =
          columns && ts.isArrayLiteralExpression(columns) && columns.elements.every(isLiteral);
        if (!(table && isLiteral(table)) || !literalArray)
          problems.push(`${line(node)} calls insertMany with a table or columns not fixed in code`);
      }
      if (
        ts.isCallExpression(node) &&
        /\.findDigest$/.test(node.expression.getText(sourceFile)) &&
        !(node.arguments[0] && isLiteral(node.arguments[0]))
      ) {
        problems.push(`${line(node)} calls findDigest with a WHERE clause not fixed in code`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return problems;
  }

  function tsFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'public' ? [] : tsFiles(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });
  }

  test('static check: SQL templates in data/ and server/ interpolate only placeholder lists and names fixed in code', () => {
    const root = path.resolve(__dirname, '..', '..');
    const files = [...tsFiles(path.join(root, 'data')), ...tsFiles(path.join(root, 'server'))];
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) => findUnsafeSql(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  test('the static check does catch an interpolated value, a concatenated value and a non-literal table name', () => {
    const bad = [
      "db.all(`SELECT * FROM reports WHERE country_code = '${code}'`);",
      "let sql = 'SELECT * FROM reports'; sql += ' WHERE year = ' + year;",
      "db.get('SELECT id FROM reports WHERE title = \"' + title + '\"');",
      "await this.db.insertMany(userTable, ['a'], rows);",
      'return this.findDigest(`r.title = ${title}`, []);',
    ];
    for (const source of bad) expect(findUnsafeSql('synthetic.ts', source)).not.toEqual([]);
    expect(
      findUnsafeSql('synthetic.ts', "db.all('SELECT * FROM reports WHERE country_code = ?', [code]);"),
    ).toEqual([]);
  });
});
