import type { RequestListener } from 'http';
import { PROFILE_IDS } from '../../scoring/profile-model';
import { callChecked, startContractApp, type CallArgs } from '../support/contract-app';
import type { TestDatabase } from '../support/test-database';
import type { OpenApiValidator } from '../support/openapi-validator';

let fixture: TestDatabase;
let app: RequestListener;
let contract: OpenApiValidator;

/** Every response in this file goes through here, so each one is checked against /openapi.json. */
const call = (...args: CallArgs) => callChecked(app, contract, ...args);

beforeAll(async () => ({ fixture, app, contract } = await startContractApp()));
afterAll(() => fixture.close());

interface ProfileBody {
  id: string;
  score: number;
  countryScore: number;
  targetedScore: number;
  explanation: string;
  evidence: Array<{
    quote: string;
    year: number;
    harm: string | null;
    category: string | null;
    groupCue: string;
    cue: string;
    reason: string;
    pinpoint: { section: string | null; paragraph: number | null; text: string };
    citation: string;
  }>;
  coverage: {
    countryScoreYear: number;
    evidenceYear: number | null;
    carriedForward: unknown[];
    notes: string[];
  };
}

describe('GET /v1/profiles', () => {
  test('lists the ten profiles with a label and a definition', async () => {
    const response = await call('get', '/v1/profiles');
    expect(response.status).toBe(200);
    expect(response.body.profiles.map((p: { id: string }) => p.id)).toEqual([...PROFILE_IDS]);
    for (const profile of response.body.profiles) expect(profile.definition.length).toBeGreaterThan(20);
  });
});

describe('GET /v1/countries/{country}/score?profiles=', () => {
  test('adds a score per asked profile, in the order asked, never below the country score', async () => {
    const response = await call('get', '/v1/countries/SV/score?profiles=gang_perceived,lgbtqi,journalist');
    expect(response.status).toBe(200);
    const profiles = response.body.profiles as ProfileBody[];
    expect(profiles.map((p) => p.id)).toEqual(['gang_perceived', 'lgbtqi', 'journalist']);
    for (const profile of profiles) {
      expect(profile.countryScore).toBe(response.body.score);
      expect(profile.score).toBeGreaterThanOrEqual(response.body.score);
    }
  });

  test('El Salvador’s gang-perceived profile quotes the report and scores above the country', async () => {
    const response = await call('get', '/v1/countries/SV/score?profiles=gang_perceived');
    const [gang] = response.body.profiles as ProfileBody[];
    expect(gang?.evidence.length).toBeGreaterThan(0);
    expect(gang?.score).toBeGreaterThan(response.body.score);
    const text = await fixture.store.reportText(
      (await fixture.store.findReport('SV', gang?.evidence[0]?.year ?? 0))?.id ?? -1,
    );
    for (const item of gang?.evidence ?? []) expect(text).toContain(item.quote);
  });

  test('each profile evidence item carries its § ¶ pinpoint, the citation and why it counts', async () => {
    const response = await call('get', '/v1/countries/SV/score?profiles=gang_perceived');
    const [gang] = response.body.profiles as ProfileBody[];
    expect(gang?.evidence.length).toBeGreaterThan(0);
    for (const item of gang?.evidence ?? []) {
      expect(item.pinpoint.paragraph).toEqual(expect.any(Number));
      expect(item.pinpoint.text).toMatch(/¶ \d+$/);
      expect(item.citation).toContain(`${item.pinpoint.text} (retrieved `);
      expect(item.reason).toContain(`“${item.groupCue}”`);
      expect(item.reason).toContain(`“${item.cue}”`);
    }
  });

  test('the 2024 report that dropped the LGBTQI+ topic carries it forward from 2023 and says why', async () => {
    const response = await call('get', '/v1/countries/SZ/score?profiles=lgbtqi');
    const [lgbtqi] = response.body.profiles as ProfileBody[];
    expect(lgbtqi?.coverage.countryScoreYear).toBe(2024);
    expect(lgbtqi?.coverage.evidenceYear).toBe(2023);
    expect(lgbtqi?.coverage.carriedForward).toEqual([
      expect.objectContaining({ profile: 'lgbtqi', fromYear: 2023 }),
    ]);
    expect(lgbtqi?.coverage.notes.join(' ')).toMatch(/2023/);
  });

  test('a profile no sentence targets equals the country score and says so', async () => {
    const response = await call('get', '/v1/countries/NO/score?profiles=gang_perceived');
    const [gang] = response.body.profiles as ProfileBody[];
    expect(gang?.score).toBe(response.body.score);
    expect(gang?.evidence).toEqual([]);
    expect(gang?.explanation).toMatch(/no report sentence targets this group/i);
  });

  test('without profiles the answer has no profiles field', async () => {
    const response = await call('get', '/v1/countries/SV/score');
    expect(response.body).not.toHaveProperty('profiles');
  });

  test('an unknown profile id is a 400 that lists the valid ids', async () => {
    const response = await call('get', '/v1/countries/SV/score?profiles=lgbtqi,astronaut');
    expect(response.status).toBe(400);
    const messages = JSON.stringify(response.body.errors);
    for (const id of PROFILE_IDS) expect(messages).toContain(id);
  });
});

describe('POST /v1/scores/batch with profiles', () => {
  test('each result gets the asked profiles’ scores', async () => {
    const response = await call('post', '/v1/scores/batch', {
      countries: ['SV', 'Norway'],
      profiles: ['gang_perceived', 'lgbtqi'],
    });
    expect(response.status).toBe(200);
    const [sv, no] = response.body.results;
    expect(sv.profiles.map((p: { id: string }) => p.id)).toEqual(['gang_perceived', 'lgbtqi']);
    expect(sv.profiles[0].score).toBeGreaterThan(sv.score);
    expect(no.profiles[0].score).toBeGreaterThanOrEqual(no.score);
  });

  test('the CSV gets a column per profile', async () => {
    const response = await call(
      'post',
      '/v1/scores/batch',
      { countries: ['SV', 'nowhere'], profiles: ['gang_perceived'] },
      { Accept: 'text/csv' },
    );
    const [header, sv, failed] = response.text.trim().split('\r\n');
    expect(header?.split(',')).toContain('profile_gang_perceived');
    const column = header?.split(',').indexOf('profile_gang_perceived') ?? -1;
    expect(Number(sv?.split(',')[column])).toBeGreaterThan(0);
    // A failed entry leaves the profile column empty (its error detail may itself hold commas).
    expect(failed?.split(',').slice(0, column + 1)).toEqual(['nowhere', ...Array<string>(column).fill('')]);
  });

  test('an unknown profile id in a batch is a 400 that lists the valid ids', async () => {
    const response = await call('post', '/v1/scores/batch', { countries: ['SV'], profiles: ['astronaut'] });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toContain('criminal_deportee');
  });
});
