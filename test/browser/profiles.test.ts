import { readFileSync } from 'fs';
import path from 'path';
import type { Page, Request } from 'playwright-core';
import type { z } from 'zod';
import { ARTIFACTS_DIR, runAxe, screenshot, seriousOrCritical, setUpBrowserSuite } from './browser-harness';
import type {
  BatchResponseSchema,
  ProfileListResponseSchema,
  ScoreResponseSchema,
} from '../../server/api-schemas';

type Score = z.infer<typeof ScoreResponseSchema>;
type Profile = NonNullable<Score['profiles']>[number];

const WIDGET_BUDGET_BYTES = 15 * 1024;

/** A newsroom's article on another origin with the widget for one profile (`?profile=`, lgbtqi by default). */
const suite = setUpBrowserSuite({
  hostPage: (query, base) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title></head>
<body><main><h1>Deported to Eswatini</h1><div style="width:480px">
<hr-risk-score country="SZ" profile="${query.get('profile') ?? 'lgbtqi'}"></hr-risk-score>
<script async src="${base}/widget.js"></script></div></main></body></html>`,
});
const { openPage } = suite;
let labels: Map<string, string>;

beforeAll(async () => {
  const list = (await (await fetch(`${suite.base}/v1/profiles`)).json()) as z.infer<
    typeof ProfileListResponseSchema
  >;
  labels = new Map(list.profiles.map((p) => [p.id, p.label]));
});

/** The API's own answer, which the page and the widget must show. */
async function apiProfiles(country: string, ids: string[]): Promise<Profile[]> {
  const response = await fetch(
    `${suite.base}/v1/countries/${country}/score?evidence=3&profiles=${ids.join(',')}`,
  );
  const body = (await response.json()) as Score;
  return body.profiles ?? [];
}

function label(id: string): string {
  const found = labels.get(id);
  if (!found) throw new Error(`GET /v1/profiles does not list ${id}`);
  return found;
}

/** The path and query of the page's address. */
function address(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

describe('"Who is being deported?" on the page', () => {
  test('the picker lists every profile of GET /v1/profiles, with its definition', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/`);
    const picker = page.getByRole('group', { name: 'Who is being deported?' });
    await picker.getByRole('checkbox').first().waitFor();
    expect(await picker.getByRole('checkbox').count()).toBe(labels.size);
    for (const [, text] of labels) {
      await expect(picker.getByRole('checkbox', { name: text, exact: true }).isChecked()).resolves.toBe(
        false,
      );
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('/country/SZ?profiles=lgbtqi opens with that profile ticked and its card showing the API’s score and quotes', async () => {
    const { context, page, problems } = await openPage();
    const [expected] = await apiProfiles('SZ', ['lgbtqi']);
    expect(expected).toBeDefined();
    await page.goto(`${suite.base}/country/SZ?profiles=lgbtqi`);
    const card = page.locator('.profile-card[data-profile="lgbtqi"]');
    await card.waitFor();
    await expect(
      page.getByRole('checkbox', { name: label('lgbtqi'), exact: true }).isChecked(),
    ).resolves.toBe(true);
    expect(await page.locator('.profile-card').count()).toBe(1);
    await expect(card.locator('h3').textContent()).resolves.toBe(label('lgbtqi'));
    await expect(card.locator('.score-number').textContent()).resolves.toBe(
      String(Math.round(expected?.score ?? -1)),
    );
    const quotes = card.locator('blockquote');
    expect(await quotes.count()).toBe(expected?.evidence.length);
    if (expected?.evidence.length) {
      await expect(quotes.first().textContent()).resolves.toBe(`“${expected.evidence[0]?.quote}”`);
      await expect(card.locator('.cite a').first().getAttribute('href')).resolves.toBe(
        expected.evidence[0]?.sourceUrl,
      );
      await expect(card.locator('.cite').first().textContent()).resolves.toContain(
        expected.evidence[0]?.pinpoint.text,
      );
      await expect(card.locator('.why').first().textContent()).resolves.toBe(expected.evidence[0]?.reason);
    } else {
      await expect(card.textContent()).resolves.toContain('No report sentence targets this group.');
    }
    // One profile picked: the embed snippet and its preview show that profile.
    await expect(page.locator('#embed-snippet').inputValue()).resolves.toContain(
      '<hr-risk-score country="SZ" profile="lgbtqi"></hr-risk-score>',
    );
    await expect(page.locator('#embed-preview hr-risk-score').getAttribute('profile')).resolves.toBe(
      'lgbtqi',
    );
    await screenshot(page, 'profiles-eswatini-lgbtqi');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('ticking and unticking profiles changes the address and the cards, in the order of the list', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/country/SZ?profiles=lgbtqi`);
    await page.locator('.profile-card[data-profile="lgbtqi"]').waitFor();

    await page.getByRole('checkbox', { name: label('criminal_deportee'), exact: true }).check();
    await page.locator('.profile-card[data-profile="criminal_deportee"]').waitFor();
    expect(address(page)).toBe('/country/SZ?profiles=lgbtqi,criminal_deportee');
    // The widget has room for one profile: with two, the snippet is the country's.
    await expect(page.locator('#embed-snippet').inputValue()).resolves.toContain(
      '<hr-risk-score country="SZ"></hr-risk-score>',
    );
    await expect(
      page.locator('.profile-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-profile'))),
    ).resolves.toEqual(['lgbtqi', 'criminal_deportee']);

    await page.getByRole('checkbox', { name: label('lgbtqi'), exact: true }).uncheck();
    await page.waitForFunction(() => !document.querySelector('.profile-card[data-profile="lgbtqi"]'));
    expect(address(page)).toBe('/country/SZ?profiles=criminal_deportee');

    await page.getByRole('checkbox', { name: label('criminal_deportee'), exact: true }).uncheck();
    await page.waitForFunction(() => document.getElementById('profiles')?.hidden === true);
    expect(address(page)).toBe('/country/SZ');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('profiles ticked before a search go with it: the address names them and the cards show', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/`);
    await page.getByRole('checkbox', { name: label('journalist'), exact: true }).check();
    expect(address(page)).toBe('/?profiles=journalist');
    await page.getByRole('combobox', { name: 'Country' }).fill('Swaziland');
    await page.keyboard.press('Enter');
    await page.locator('.profile-card[data-profile="journalist"]').waitFor();
    expect(address(page)).toBe('/country/SZ?profiles=journalist');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('compare ranks by a chosen profile: its scores, highest first, as the batch API gives them, and a CSV with its column', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/#compare`);
    await page.getByLabel('Rank by').waitFor();
    const candidates = ['SV', 'SZ', 'RW', 'NO', 'SS'];
    await page.getByLabel(/Candidate countries/).fill(candidates.join('\n'));
    await page.getByLabel('Rank by').selectOption('criminal_deportee');
    await page.getByRole('button', { name: 'Rank by risk' }).click();
    const rows = page.locator('#compare-table tbody tr');
    await rows.first().waitFor();
    await expect(page.locator('#compare-table caption').textContent()).resolves.toContain(
      label('criminal_deportee'),
    );
    const shown = (await rows.locator('td:nth-child(3)').allTextContents()).map(Number);
    expect(shown).toHaveLength(5);
    expect([...shown].sort((a, b) => b - a)).toEqual(shown);

    const batch = (await (
      await fetch(`${suite.base}/v1/scores/batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ countries: candidates, profiles: ['criminal_deportee'] }),
      })
    ).json()) as z.infer<typeof BatchResponseSchema>;
    const byName = new Map(
      batch.results.map((r) => [r.country.name, Math.round(r.profiles?.[0]?.score ?? -1)]),
    );
    const names = await rows.locator('th a').allTextContents();
    expect(names.map((n) => byName.get(n))).toEqual(shown);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const file = path.join(ARTIFACTS_DIR, 'compare-criminal-deportee.csv');
    await download.saveAs(file);
    const header = readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
    expect(header).toContain('criminal_deportee');
    await screenshot(page, 'profiles-compare');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the printable brief includes each chosen profile with its score, coverage and quotes', async () => {
    const { context, page } = await openPage();
    const expected = await apiProfiles('SZ', ['lgbtqi', 'criminal_deportee']);
    await page.goto(`${suite.base}/country/SZ?profiles=lgbtqi,criminal_deportee`);
    await page.locator('.profile-card[data-profile="criminal_deportee"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#brief').isVisible()).resolves.toBe(true);
    const brief = page.locator('#brief');
    await expect(brief.locator('h2', { hasText: 'Risk profiles' }).count()).resolves.toBe(1);
    const headings = await brief.locator('h3').allTextContents();
    expect(headings).toEqual(expected.map((p) => p.label));
    const text = (await brief.textContent()) ?? '';
    for (const p of expected) {
      expect(text).toContain(`${Math.round(p.score)} out of 100`);
      for (const ev of p.evidence) expect(text).toContain(ev.quote);
    }
    await page.pdf({ path: path.join(ARTIFACTS_DIR, 'brief-eswatini-profiles.pdf'), format: 'A4' });
    await context.close();
  });

  test('axe-core finds no serious or critical violation with the picker and two profile cards', async () => {
    const { context, page } = await openPage({ bypassCSP: true });
    await page.goto(`${suite.base}/country/SZ?profiles=lgbtqi,women_girls`);
    await page.locator('.profile-card[data-profile="women_girls"]').waitFor();
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await context.close();
  });
});

describe('the widget with a profile', () => {
  test('<hr-risk-score country="SZ" profile="lgbtqi"> shows the profile’s score, band and label', async () => {
    const [expected] = await apiProfiles('SZ', ['lgbtqi']);
    const context = await suite.browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.host.url}/?profile=lgbtqi`);
    const title = `Eswatini, ${label('lgbtqi')}: ${Math.round(expected?.score ?? -1)} of 100`;
    await page.waitForFunction(
      (t) => (document.querySelector('hr-risk-score iframe')?.getAttribute('title') ?? '').includes(t),
      title,
    );
    const frame = await (await page.locator('hr-risk-score iframe').elementHandle())?.contentFrame();
    await expect(frame?.locator('.n').textContent()).resolves.toBe(String(Math.round(expected?.score ?? -1)));
    await expect(frame?.locator('main').textContent()).resolves.toContain(label('lgbtqi'));
    await expect(frame?.locator('.f a').getAttribute('href')).resolves.toMatch(
      /\/country\/SZ\?profiles=lgbtqi$/,
    );
    await screenshot(page, 'widget-host-profile');
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`/embed/SZ?profile=lgbtqi still moves at most ${WIDGET_BUDGET_BYTES} bytes, CSS and JS included`, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 480, height: 600 } });
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto(`${suite.base}/embed/SZ?profile=lgbtqi`, { waitUntil: 'networkidle' });
    let total = 0;
    for (const request of requests) {
      const sizes = await request.sizes();
      total +=
        sizes.requestHeadersSize + sizes.requestBodySize + sizes.responseHeadersSize + sizes.responseBodySize;
    }
    console.log(
      `widget transfer for /embed/SZ?profile=lgbtqi: ${total} bytes (budget ${WIDGET_BUDGET_BYTES})`,
    );
    expect(requests.some((r) => r.url().endsWith('/assets/embed.js'))).toBe(true);
    expect(total).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES);
    await context.close();
  });

  test('an unknown profile is refused with the list of valid ones; the axe audit of a profile widget is clean', async () => {
    const unknown = await fetch(`${suite.base}/embed/SZ?profile=astronaut`);
    expect(unknown.status).toBe(400);
    const text = await unknown.text();
    for (const id of labels.keys()) expect(text).toContain(id);

    const context = await suite.browser.newContext({
      viewport: { width: 400, height: 600 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${suite.base}/embed/SZ?profile=criminal_deportee`);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await context.close();
  });
});
