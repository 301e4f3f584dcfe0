import request from 'supertest';
import type { RequestListener } from 'http';
import { CATEGORY_IDS } from '../../scoring/categories';
import { callChecked, startContractApp, type CallArgs } from '../support/contract-app';
import { buildTestApp, type TestDatabase } from '../support/test-database';
import type { OpenApiValidator } from '../support/openapi-validator';

let fixture: TestDatabase;
let app: RequestListener;
let contract: OpenApiValidator;

/** Every response in this file goes through here, so each one is checked against /openapi.json. */
const call = (...args: CallArgs) => callChecked(app, contract, ...args);

beforeAll(async () => ({ fixture, app, contract } = await startContractApp()));
afterAll(() => fixture.close());

describe('GET /v1/countries', () => {
  test('lists every country with a report, with ISO codes (Kosovo XK / XKX)', async () => {
    const response = await call('get', '/v1/countries');
    expect(response.status).toBe(200);
    const kosovo = response.body.countries.find((c: { code: string }) => c.code === 'XK');
    expect(kosovo).toMatchObject({ iso3: 'XKX', name: 'Kosovo', year: 2023 });
    expect(response.body.countries.find((c: { code: string }) => c.code === 'SV')).toMatchObject({
      year: 2024,
    });
    const eswatini = response.body.countries.find((c: { code: string }) => c.code === 'SZ');
    expect(eswatini.aliases).toContain('Swaziland');
  });

  test('with a year, lists that year’s reports only', async () => {
    const response = await call('get', '/v1/countries?year=2016');
    expect(response.body.countries.map((c: { code: string }) => c.code)).toEqual(['SZ']);
  });

  test('gives each country its region and a score per category, for the ranked table', async () => {
    const response = await call('get', '/v1/countries');
    const rwanda = response.body.countries.find((c: { code: string }) => c.code === 'RW');
    expect(rwanda.region).toBe('Africa');
    expect(Object.keys(rwanda.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    const kosovo = response.body.countries.find((c: { code: string }) => c.code === 'XK');
    expect(kosovo.region).toBe('Europe');
  });

  test('with Accept: text/csv or format=csv answers a CSV ranked by score, a column per category', async () => {
    const json = await call('get', '/v1/countries');
    const byAccept = await call('get', '/v1/countries', undefined, { Accept: 'text/csv' });
    const byQuery = await call('get', '/v1/countries?format=csv');
    for (const response of [byAccept, byQuery]) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="risk-scores-latest.csv"');
      expect(response.headers.vary).toMatch(/accept/i);
    }
    expect(byQuery.text).toBe(byAccept.text);
    const lines = byAccept.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      ['code', 'iso3', 'name', 'region', 'year', 'score', 'band', 'confidence', ...CATEGORY_IDS].join(','),
    );
    expect(lines).toHaveLength(json.body.countries.length + 1);
    const scores = lines.slice(1).map((line) => Number(line.split(',')[5]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('format=json answers JSON even to a client that prefers CSV; an unknown format is refused', async () => {
    const json = await call('get', '/v1/countries?format=json', undefined, { Accept: 'text/csv' });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body.countries.length).toBeGreaterThan(0);
    const refused = await call('get', '/v1/countries?format=xlsx');
    expect(refused.status).toBe(400);
  });

  test('the CSV of one year names the year in its file name', async () => {
    const response = await call('get', '/v1/countries?year=2016&format=csv');
    expect(response.headers['content-disposition']).toBe('attachment; filename="risk-scores-2016.csv"');
    expect(response.text.trimEnd().split('\r\n')).toHaveLength(2);
  });
});

describe('GET /v1/countries/{country}/score', () => {
  test('answers for alpha-2, alpha-3, name and alias alike', async () => {
    for (const input of ['RW', 'rwa', 'Rwanda', 'RWANDA']) {
      const response = await call('get', `/v1/countries/${encodeURIComponent(input)}/score`);
      expect(response.status).toBe(200);
      expect(response.body.country).toEqual({ code: 'RW', iso3: 'RWA', name: 'Rwanda' });
    }
    const alias = await call('get', '/v1/countries/Swaziland/score');
    expect(alias.body.country.code).toBe('SZ');
    const accented = await call('get', `/v1/countries/${encodeURIComponent('Côte d’Ivoire')}/score`);
    expect(accented.status).toBe(404);
    expect(accented.body.title).toBe('No report');
  });

  test("the executive summary's list sentence is given once as the report's summary, never as a category's quote", async () => {
    const response = await call('get', '/v1/countries/SV/score?year=2023&evidence=3');
    expect(response.status).toBe(200);
    const summary = response.body.summary as {
      quote: string;
      section: string;
      year: number;
      sourceUrl: string;
    };
    expect(summary).toMatchObject({ section: 'executive_summary', year: 2023 });
    expect(summary.sourceUrl).toContain('#:~:text=');
    const quotes = (response.body.evidence as Array<{ quote: string; category: string }>).map((e) => e.quote);
    expect(quotes.length).toBeGreaterThan(3);
    expect(quotes).not.toContain(summary.quote);
  });

  test('evidence comes in the scorer\u2019s order: each category\u2019s first quote before any second one', async () => {
    const response = await call('get', '/v1/countries/SV/evidence?year=2023&limit=50');
    const categories = (response.body.items as Array<{ category: string }>).map((item) => item.category);
    const firstSeen = new Set<string>();
    let secondRoundStarted = false;
    for (const category of categories) {
      if (firstSeen.has(category)) secondRoundStarted = true;
      else expect(secondRoundStarted).toBe(false);
      firstSeen.add(category);
    }
  });

  test('always has the seven categories, evidence per category and provenance', async () => {
    const response = await call('get', '/v1/countries/RW/score?year=2023&evidence=2');
    expect(Object.keys(response.body.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(response.body.report).toMatchObject({
      year: 2023,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(response.body.methodology.version).toEqual(expect.any(String));
    for (const id of CATEGORY_IDS) {
      expect(
        response.body.evidence.filter((e: { category: string }) => e.category === id).length,
      ).toBeLessThanOrEqual(2);
    }
    for (const item of response.body.evidence) {
      expect(item.sourceUrl).toMatch(
        /^https:\/\/www\.state\.gov\/reports\/2023-country-reports-on-human-rights-practices\/rwanda\/#:~:text=/,
      );
    }
  });

  test('evidence quotes are verbatim slices of the stored report text at their offsets', async () => {
    const response = await call('get', '/v1/countries/SV/score?year=2023&evidence=50');
    const report = await fixture.store.findReport('SV', 2023);
    const text = (await fixture.store.reportText(report?.id ?? -1)) ?? '';
    expect(response.body.evidence.length).toBeGreaterThan(5);
    for (const item of response.body.evidence) expect(text.slice(item.start, item.end)).toBe(item.quote);
  });

  test('El Salvador: the shortened 2024 report does not erase the 2023 prison findings, and says so', async () => {
    const response = await call('get', '/v1/countries/SV/score');
    expect(response.body.year).toBe(2024);
    expect(response.body.categories.detention_conditions.year).toBe(2023);
    expect(response.body.coverage.carriedForward).toEqual(
      expect.arrayContaining([expect.objectContaining({ category: 'detention_conditions', fromYear: 2023 })]),
    );
    expect(response.body.coverage.notes.join(' ')).toMatch(
      /2024 report has no section on harsh or life-threatening detention conditions; this figure uses the 2023 report/,
    );
  });

  test('an unknown country is a 404 problem with up to three suggestions ("Rwnda" suggests Rwanda)', async () => {
    const response = await call('get', '/v1/countries/Rwnda/score');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.suggestions[0]).toMatchObject({ code: 'RW' });
    expect(response.body.suggestions.length).toBeLessThanOrEqual(3);
    expect(response.body.requestId).toEqual(expect.any(String));
  });

  test('a year without a report is a 404 naming the years there are', async () => {
    const response = await call('get', '/v1/countries/RW/score?year=2019');
    expect(response.status).toBe(404);
    expect(response.body.detail).toMatch(/2023, 2024/);
  });

  test('bad query values are a 400 naming each bad field', async () => {
    const response = await call('get', '/v1/countries/RW/score?evidence=500&year=abc');
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'query.evidence',
      'query.year',
    ]);
  });

  test('a territory reported inside another country’s page answers with that page and a note', async () => {
    const response = await call('get', '/v1/countries/Hong%20Kong/score');
    expect(response.status).toBe(200);
    expect(response.body.country.code).toBe('CN');
    expect(response.body.note).toMatch(/report "China \(Includes Hong Kong, Macau, and Tibet\)"/);
    expect(response.body.note).toMatch(/they describe China, not Hong Kong/);
  });

  test('Gaza answers with the report "Israel, West Bank and Gaza" and says the figures describe Israel', async () => {
    for (const input of ['Gaza', 'West%20Bank', 'Palestine', 'PS', 'PSE']) {
      const response = await call('get', `/v1/countries/${input}/score`);
      expect(response.status).toBe(200);
      expect(response.body.country.code).toBe('IL');
      expect(response.body.note).toMatch(/report "Israel, West Bank and Gaza", as a separate part/);
      expect(response.body.note).toMatch(/they describe Israel, not the West Bank and Gaza\.$/);
    }
  });
});

describe('caching headers', () => {
  test('GETs carry an ETag and Cache-Control and answer 304 to If-None-Match', async () => {
    const first = await call('get', '/v1/countries/NO/score');
    expect(first.headers['etag']).toBeDefined();
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    const second = await request(app)
      .get('/v1/countries/NO/score')
      .set('If-None-Match', first.headers['etag'] as string);
    expect(second.status).toBe(304);
  });

  test('GETs are open to other origins (CORS) and compressed when asked', async () => {
    const response = await request(app)
      .get('/v1/countries/SV/score?evidence=20')
      .set('Accept-Encoding', 'br, gzip')
      .set('Origin', 'https://news.example');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['content-encoding']).toMatch(/br|gzip/);
  });
});

describe('GET /v1/countries/{country}/history', () => {
  test('gives the score, band and category scores of every report year, oldest first', async () => {
    const response = await call('get', '/v1/countries/SV/history');
    expect(response.body.years.map((y: { year: number }) => y.year)).toEqual([2022, 2023, 2024]);
    for (const year of response.body.years)
      expect(Object.keys(year.categories).sort()).toEqual([...CATEGORY_IDS].sort());
  });
});

describe('GET /v1/countries/{country}/evidence', () => {
  test('pages through evidence with a cursor, without repeating items', async () => {
    const first = await call('get', '/v1/countries/SV/evidence?limit=5');
    expect(first.body.items).toHaveLength(5);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call('get', `/v1/countries/SV/evidence?limit=5&cursor=${first.body.nextCursor}`);
    const seen = new Set(
      first.body.items.map((i: { start: number; year: number }) => `${i.year}:${i.start}`),
    );
    for (const item of second.body.items) expect(seen.has(`${item.year}:${item.start}`)).toBe(false);
  });

  test('filters by category and year', async () => {
    const response = await call('get', '/v1/countries/SV/evidence?category=torture&year=2023&limit=50');
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(
      response.body.items.every(
        (i: { category: string; year: number }) => i.category === 'torture' && i.year === 2023,
      ),
    ).toBe(true);
  });

  test('q searches the report paragraphs and returns passages with section and link', async () => {
    const response = await call('get', '/v1/countries/SV/evidence?q=state%20of%20exception&year=2023');
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items[0].quote.toLowerCase()).toContain('exception');
    expect(response.body.items[0].sourceUrl).toContain('#:~:text=');
  });

  test('FTS syntax in q is treated as words, never as a query error', async () => {
    const response = await call(
      'get',
      `/v1/countries/SV/evidence?q=${encodeURIComponent('prison" OR NEAR( * -')}`,
    );
    expect(response.status).toBe(200);
  });

  test('a forged cursor is a 400', async () => {
    const response = await call('get', '/v1/countries/SV/evidence?cursor=AAAA');
    expect(response.status).toBe(400);
  });
});

describe('POST /v1/scores/batch', () => {
  test('scores in input order with per-entry errors and suggestions', async () => {
    const response = await call('post', '/v1/scores/batch', {
      countries: ['SV', 'Burma', 'Rwnda', 'Swaziland', 'xk'],
    });
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { input: string }) => r.input)).toEqual(['SV', 'Swaziland', 'xk']);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ input: 'Burma', status: 404, title: 'No report' }),
      expect.objectContaining({
        input: 'Rwnda',
        status: 404,
        suggestions: expect.arrayContaining([expect.objectContaining({ code: 'RW' })]),
      }),
    ]);
  });

  test('a blank or whitespace-only entry is an error of its own and the other entries are answered', async () => {
    const response = await call('post', '/v1/scores/batch', { countries: ['RW', '', '   ', 'NO'] });
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { input: string }) => r.input)).toEqual(['RW', 'NO']);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ input: '', status: 400, type: '/problems/blank-entry', suggestions: [] }),
      expect.objectContaining({ input: '   ', status: 400, type: '/problems/blank-entry', suggestions: [] }),
    ]);
    const csv = await call('post', '/v1/scores/batch', { countries: ['RW', ' '] }, { Accept: 'text/csv' });
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^RW,RW,RWA,Rwanda,/);
    expect(lines[2]).toMatch(/^ ,,.*the entry is empty/);
  });

  test('an entry given twice is answered twice, in JSON and in CSV', async () => {
    const json = await call('post', '/v1/scores/batch', { countries: ['SV', 'Atlantis', 'SV', 'Atlantis'] });
    expect(json.body.results.map((r: { input: string }) => r.input)).toEqual(['SV', 'SV']);
    expect(json.body.errors.map((e: { input: string }) => e.input)).toEqual(['Atlantis', 'Atlantis']);
    const csv = await call(
      'post',
      '/v1/scores/batch',
      { countries: ['SV', 'Atlantis', 'SV'] },
      { Accept: 'text/csv' },
    );
    const rows = csv.text.trim().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(',')[0])).toEqual(['SV', 'Atlantis', 'SV']);
    expect(rows[0]).toBe(rows[2]);
  });

  test('a batch error reads as the same problem the single-country route answers', async () => {
    const single = await call('get', '/v1/countries/Rwnda/score');
    const unknown = await call('post', '/v1/scores/batch', { countries: ['Rwnda'] });
    expect(unknown.body.errors[0]).toEqual({
      input: 'Rwnda',
      type: single.body.type,
      status: single.body.status,
      title: single.body.title,
      detail: single.body.detail,
      suggestions: single.body.suggestions,
    });
    const noReport = await call('get', '/v1/countries/Burma/score');
    const batch = await call('post', '/v1/scores/batch', { countries: ['Burma'] });
    expect(batch.body.errors[0]).toMatchObject({
      type: noReport.body.type,
      title: noReport.body.title,
      detail: noReport.body.detail,
    });
  });

  test('?sort=score ranks the results, highest risk first', async () => {
    const response = await call('post', '/v1/scores/batch?sort=score', {
      countries: ['NO', 'RW', 'SV', 'SS', 'LY'],
    });
    const scores = response.body.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(response.body.results[response.body.results.length - 1].country.code).toBe('NO');
  });

  test('with Accept: text/csv answers CSV, a row per input and a column per category', async () => {
    const response = await call(
      'post',
      '/v1/scores/batch',
      { countries: ['NO', 'Atlantis'] },
      { Accept: 'text/csv' },
    );
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trim().split('\r\n');
    expect(lines[0]).toBe(`input,code,iso3,name,year,score,band,confidence,${CATEGORY_IDS.join(',')},error`);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^Atlantis,/);
  });

  test('an empty list or more than 250 entries is a 400 naming the field', async () => {
    const empty = await call('post', '/v1/scores/batch', { countries: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].path).toBe('body.countries');
    const many = await call('post', '/v1/scores/batch', {
      countries: Array.from({ length: 251 }, () => 'NO'),
    });
    expect(many.status).toBe(400);
  });

  test('malformed JSON is a 400, a non-JSON body a 415, a body over 1 MB a 413', async () => {
    const malformed = await request(app)
      .post('/v1/scores/batch')
      .set('Content-Type', 'application/json')
      .send('{"countries": [');
    expect(malformed.status).toBe(400);
    expect(malformed.body.type).toBe('/problems/malformed-json');
    const wrongType = await request(app)
      .post('/v1/scores/batch')
      .set('Content-Type', 'text/plain')
      .send('NO');
    expect(wrongType.status).toBe(415);
    const big = await request(app)
      .post('/v1/scores/batch')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ countries: ['NO'], padding: 'x'.repeat(1_100_000) }));
    expect(big.status).toBe(413);
    for (const response of [malformed, wrongType, big]) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      contract.assertResponse('post', '/v1/scores/batch', response);
    }
  });
});

describe('POST /v1/analyze', () => {
  test('marks asserted signals in pasted text, and a denial is not asserted', async () => {
    const text =
      'Police officers beat detainees during interrogations. There were no reports of enforced disappearances.';
    const response = await call('post', '/v1/analyze', { text });
    expect(response.status).toBe(200);
    const all = response.body.sentences.flatMap(
      (s: { signals: Array<{ category: string; status: string }> }) => s.signals,
    );
    expect(all).toEqual(
      expect.arrayContaining([expect.objectContaining({ category: 'torture', status: 'asserted' })]),
    );
    const disappearance = all.filter((s: { category: string }) => s.category === 'disappearance');
    expect(disappearance.every((s: { status: string }) => s.status !== 'asserted')).toBe(true);
    for (const sentence of response.body.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  test("with the report's country, a killing the text places in another country is abroad, not asserted", async () => {
    const text = 'Soldiers of the army killed dozens of civilians in eastern Ukraine.';
    const killingsOf = (body: {
      sentences: Array<{ signals: Array<{ category: string; status: string }> }>;
    }) => body.sentences.flatMap((s) => s.signals).find((s) => s.category === 'killings');
    const withoutCountry = await call('post', '/v1/analyze', { text });
    expect(killingsOf(withoutCountry.body)?.status).toBe('asserted');
    const inRussiasReport = await call('post', '/v1/analyze', { text, country: 'RU', year: 2023 });
    expect(inRussiasReport.status).toBe(200);
    expect(killingsOf(inRussiasReport.body)?.status).toBe('institutional');
    const inUkrainesReport = await call('post', '/v1/analyze', { text, country: 'Ukraine' });
    expect(killingsOf(inUkrainesReport.body)?.status).toBe('asserted');
  });

  test('an unknown country is a 404 that suggests near names', async () => {
    const response = await call('post', '/v1/analyze', { text: 'Police beat detainees.', country: 'Rusia' });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(response.body.suggestions)).toContain('Russia');
  });

  test('more than 100,000 characters is a 400', async () => {
    const response = await call('post', '/v1/analyze', { text: 'a'.repeat(100_001) });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('body.text');
  });
});

describe('health, docs and errors', () => {
  test('healthz and readyz answer', async () => {
    expect((await call('get', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await call('get', '/readyz')).body).toMatchObject({ status: 'ready' });
  });

  test('/openapi.json is OpenAPI 3.1 and /docs is readable HTML without a CDN', async () => {
    const openapi = await request(app).get('/openapi.json');
    expect(openapi.body.openapi).toBe('3.1.0');
    const docs = await request(app).get('/docs');
    expect(docs.text).toContain('/v1/scores/batch');
    expect(docs.text).not.toMatch(/https?:\/\/(?!www\.state\.gov)[^"']+\.(js|css)/);
  });

  test('an unknown route is a problem document with a request id, never a stack trace', async () => {
    const response = await request(app).get('/v2/nothing');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.requestId).toEqual(expect.any(String));
    expect(response.text).not.toMatch(/at .*\.ts:\d+/);
  });

  test('the rate limit answers 429 with Retry-After as a problem document', async () => {
    const limited = buildTestApp(fixture.store, { RATE_LIMIT_PER_MINUTE: 2 });
    await request(limited).get('/v1/countries');
    await request(limited).get('/v1/countries');
    const response = await request(limited).get('/v1/countries');
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBeDefined();
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  test('health checks are not rate limited, so an orchestrator over the limit still sees the process', async () => {
    const limited = buildTestApp(fixture.store, { RATE_LIMIT_PER_MINUTE: 1 });
    await request(limited).get('/v1/countries');
    expect((await request(limited).get('/v1/countries')).status).toBe(429);
    for (let i = 0; i < 3; i += 1) {
      expect((await request(limited).get('/healthz')).status).toBe(200);
      expect((await request(limited).get('/readyz')).status).toBe(200);
    }
  });

  test('security headers are set; the main page may not be framed', async () => {
    const response = await request(app).get('/');
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('badges and oEmbed follow the contract too', () => {
  test('badge.json is a shields.io endpoint and badge.svg an SVG', async () => {
    const json = await call('get', '/v1/countries/SV/badge.json');
    expect(json.body).toMatchObject({ schemaVersion: 1, message: expect.stringMatching(/^\d+\/100 /) });
    const svg = await call('get', '/v1/countries/SV/badge.svg');
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect((await call('get', '/v1/countries/Rwnda/badge.json')).status).toBe(404);
  });

  test('oEmbed answers a rich snippet for a country page and 501 for XML', async () => {
    const host = { Host: 'risk.example' };
    const page = encodeURIComponent('http://risk.example/country/SV');
    const response = await call('get', `/oembed?url=${page}&format=json`, undefined, host);
    expect(response.status).toBe(200);
    expect(response.body.html).toContain('<iframe');
    const xml = await call('get', `/oembed?url=${page}&format=xml`, undefined, host);
    expect(xml.status).toBe(501);
  });

  test('behind the loopback proxy, oEmbed takes the public host from X-Forwarded-Host and links the widget there', async () => {
    const page = encodeURIComponent('https://risk.example/country/SV');
    const response = await call('get', `/oembed?url=${page}&format=json`, undefined, {
      'X-Forwarded-Host': 'risk.example',
      'X-Forwarded-Proto': 'https',
    });
    expect(response.status).toBe(200);
    expect(response.body.html).toContain('https://risk.example/embed/SV');
  });
});

describe('client errors raised by the framework keep their own status', () => {
  test('a byte range past the end of a static file is a 416 problem with its Content-Range, not a body error', async () => {
    const response = await request(app).get('/assets/embed.css').set('Range', 'bytes=99999999-');
    expect(response.status).toBe(416);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 416, type: expect.stringContaining('client-error') });
    expect(response.headers['content-range']).toMatch(/^bytes \*\/\d+$/);
  });
});
