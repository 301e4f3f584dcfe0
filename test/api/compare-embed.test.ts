import type { RequestListener } from 'http';
import request from 'supertest';
import { ProblemSchema } from '../../server/api-schemas';
import { MAX_COMPARED } from '../../server/comparison-service';
import { buildTestApp, buildTestDatabase, type TestDatabase } from '../support/test-database';

let fixture: TestDatabase;
let app: RequestListener;

beforeAll(async () => {
  fixture = await buildTestDatabase();
  app = buildTestApp(fixture.store);
});
afterAll(() => fixture.close());

/** The route's problem document, checked against the API's problem schema. */
async function problemFor(query: string) {
  const response = await request(app)
    .get(`/embed/compare?${query}`)
    .set('Accept', 'application/problem+json');
  expect(response.status).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return ProblemSchema.parse(JSON.parse(response.text));
}

describe('/embed/compare', () => {
  test('answers a framable page ranking the countries, with the widget’s policy and no cookie', async () => {
    const response = await request(app).get('/embed/compare?countries=sv, Rwanda ,Swaziland,LY,');
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
    const names = [...response.text.matchAll(/<li class="b-\w+"><a [^>]*>([^<]+)</g)].map((m) => m[1]);
    expect([...names].sort()).toEqual(['El Salvador', 'Eswatini', 'Libya', 'Rwanda']);
    const scores = [...response.text.matchAll(/<b>(\d+)</g)].map((m) => Number(m[1]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('a risk profile ranks by that profile’s scores, says which one, and links to the pages with it ticked', async () => {
    const response = await request(app).get('/embed/compare?countries=SV,RW,SZ,LY&profile=lgbtqi');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/Risk profile: <strong>[^<]+<\/strong>/);
    expect(response.text).toContain('/country/SV?profiles=lgbtqi');
  });

  test('names every problem at once, each under its query field', async () => {
    const problem = await problemFor('countries=SV,Atlantis,Swaziland,SZ,Hong%20Kong,CN&profile=astronauts');
    expect(problem.type).toBe('/problems/invalid-comparison');
    expect(problem.title).toBe('Invalid comparison');
    expect(problem.errors).toEqual([
      { path: 'query.profile', message: expect.stringContaining('"astronauts" is not a risk profile') },
      { path: 'query.countries', message: expect.stringContaining('"Atlantis" is not a country we know') },
      { path: 'query.countries', message: '"SZ" names Eswatini a second time' },
      // Hong Kong is reported in China's page, so China given after it is the same report twice.
      { path: 'query.countries', message: '"CN" names China a second time' },
    ]);
    expect(problem.detail).toContain('"Atlantis" is not a country we know');
  });

  test(`refuses fewer than two and more than ${MAX_COMPARED} countries, saying how many it got`, async () => {
    const none = await problemFor('countries=');
    expect(none.detail).toBe('name at least 2 countries to compare, separated by commas (0 given)');
    const many = Array.from({ length: MAX_COMPARED + 1 }, () => 'SV').join(',');
    const tooMany = await problemFor(`countries=${many}`);
    expect(tooMany.detail).toBe(
      `name at most ${MAX_COMPARED} countries to compare (${MAX_COMPARED + 1} given)`,
    );
  });

  test('a known country without a report is named as such', async () => {
    const problem = await problemFor('countries=SV,France');
    expect(problem.detail).toBe('there is no State Department report for France ("France")');
  });

  test('a frame asking for HTML gets the same messages as a 400 page it can show', async () => {
    const response = await request(app)
      .get('/embed/compare?countries=SV,Atlantis')
      .set('Accept', 'text/html');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(response.text).toContain('<li>&#34;Atlantis&#34; is not a country we know');
  });

  test('a name longer than any country is refused by the query schema before any look-up', async () => {
    const problem = await problemFor(`countries=SV,${'x'.repeat(101)}`);
    expect(problem.type).toBe('/problems/validation');
    expect(problem.errors?.[0]?.path).toBe('query.countries.1');
  });
});
