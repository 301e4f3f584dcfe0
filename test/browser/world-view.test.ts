import type { BrowserContext, Page } from 'playwright-core';
import { runAxe, seriousOrCritical, setUpBrowserSuite } from './browser-harness';
import { BAND_FILLS } from '../../server/presenters/world-map-presenter';

/** The home page's ranked table of every country (server/web/public/assets/world-view.js). */

const suite = setUpBrowserSuite();

async function openHome(
  options: { width?: number; bypassCSP?: boolean; lang?: string } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await suite.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(suite.base)) problems.push(`request to another origin: ${request.url()}`);
  });
  await page.goto(`${suite.base}/${options.lang ? `?lang=${options.lang}` : ''}`);
  await page.locator('#world-table tbody tr').first().waitFor();
  return { context, page, problems };
}

/** The table's rows as the reader sees them. */
async function rows(page: Page): Promise<Array<{ name: string; score: number; band: string }>> {
  return page.locator('#world-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.querySelector('th')?.textContent ?? '',
      score: Number(tr.children[2]?.textContent),
      band: tr.querySelector('.band-text')?.className.replace(/.*band-/, '') ?? '',
    })),
  );
}

describe('the world map on the home page', () => {
  test('has a shape for every country with a report, filled with its band colour and named with its score', async () => {
    const { context, page, problems } = await openHome();
    await page.locator('#world-map svg a').first().waitFor();
    const listed = (await (await fetch(`${suite.base}/v1/countries`)).json()) as {
      countries: Array<{ code: string; band: keyof typeof BAND_FILLS; name: string }>;
    };
    const shapes = await page.locator('#world-map svg a').evaluateAll((links) =>
      links.map((a) => ({
        code: a.getAttribute('data-code'),
        fill: a.querySelector('path')?.getAttribute('fill'),
        label: a.getAttribute('aria-label'),
      })),
    );
    expect(shapes).toHaveLength(listed.countries.length);
    for (const country of listed.countries) {
      const shape = shapes.find((s) => s.code === country.code);
      expect(shape?.fill).toBe(BAND_FILLS[country.band]);
      expect(shape?.label).toMatch(new RegExp(`^${country.name}: \\d+ out of 100, `));
    }
    await expect(page.locator('#world-map svg .legend text').allTextContents()).resolves.toContain(
      'No report',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the keyboard reaches a country on the map and Enter opens it', async () => {
    const { context, page } = await openHome();
    await page.locator('#world-map svg a').first().waitFor();
    await page.locator('#country-input').focus();
    // Tab on from the search box until a country of the map has the focus.
    let code: string | null = null;
    for (let i = 0; i < 40 && !code; i += 1) {
      await page.keyboard.press('Tab');
      code = await page.evaluate(() =>
        document.activeElement?.closest('#world-map')
          ? document.activeElement.getAttribute('data-code')
          : null,
      );
    }
    expect(code).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${suite.base}/country/${code}`);
    await page.locator('#card-title').waitFor();
    await context.close();
  });
});

describe('the ranked table of every country', () => {
  test('lists every country of GET /v1/countries, highest score first, each linking to its page', async () => {
    const { context, page, problems } = await openHome();
    const listed = (await (await fetch(`${suite.base}/v1/countries`)).json()) as { countries: unknown[] };
    const shown = await rows(page);
    expect(shown).toHaveLength(listed.countries.length);
    const scores = shown.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await expect(page.locator('#world-table th[aria-sort]').getAttribute('aria-sort')).resolves.toBe(
      'descending',
    );
    await expect(
      page.locator('#world-table tbody th a', { hasText: 'Rwanda' }).getAttribute('href'),
    ).resolves.toBe('/country/RW');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('sorts by name, then by score both ways, and says so with aria-sort', async () => {
    const { context, page } = await openHome();
    await page.getByRole('button', { name: 'Country' }).click();
    const byName = (await rows(page)).map((r) => r.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en')));
    await expect(
      page.locator('#world-table th', { has: page.locator('[data-sort=name]') }).getAttribute('aria-sort'),
    ).resolves.toBe('ascending');

    await page.getByRole('button', { name: 'Score' }).click();
    await page.getByRole('button', { name: 'Score' }).click();
    const ascending = (await rows(page)).map((r) => r.score);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(ascending[ascending.length - 1] ?? 0);
    await context.close();
  });

  test('sorts by a category with the keyboard, keeping focus on the button', async () => {
    const { context, page } = await openHome();
    const torture = page.locator('#world-table button[data-sort=torture]');
    await torture.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-sort'))).resolves.toBe(
      'torture',
    );
    const column = await page
      .locator('#world-table tbody tr')
      .evaluateAll((trs, index) => trs.map((tr) => Number(tr.children[index]?.textContent)), 5 + 2);
    expect(column).toEqual([...column].sort((a, b) => b - a));
    await context.close();
  });

  test('filters by band and by region; the status says how many are shown', async () => {
    const { context, page } = await openHome();
    const all = await rows(page);
    const band = all[0]?.band ?? 'low';
    await page.getByLabel('Band', { exact: true }).selectOption(band);
    const banded = await rows(page);
    expect(banded.length).toBeGreaterThan(0);
    expect(banded.every((r) => r.band === band)).toBe(true);
    await expect(page.locator('#world-status').textContent()).resolves.toBe(
      `${banded.length} of ${all.length} countries shown.`,
    );

    await page.getByLabel('Band', { exact: true }).selectOption('');
    await page.getByLabel('Region').selectOption('Europe');
    const european = (await rows(page)).map((r) => r.name);
    expect(european).toContain('Kosovo');
    expect(european).not.toContain('Rwanda');
    await context.close();
  });

  test('offers CSV and JSON downloads of every country', async () => {
    const { context, page } = await openHome();
    const csv = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const json = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');
    const csvResponse = await fetch(`${suite.base}${csv}`);
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    const jsonResponse = await fetch(`${suite.base}${json}`);
    expect(jsonResponse.headers.get('content-type')).toMatch(/^application\/json/);
    await context.close();
  });

  test.each(['en', 'es'])(
    'axe finds no serious or critical violation in the map and table in %s (desktop and 320 px), and 320 px does not scroll sideways',
    async (lang) => {
      for (const width of [1280, 320]) {
        const { context, page } = await openHome({ width, bypassCSP: true, lang });
        await page.locator('#world-map svg a').first().waitFor();
        const violations = await runAxe(page);
        expect(seriousOrCritical(violations)).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      }
    },
  );

  test('in Spanish the map, the table and the filters speak Spanish, and their links keep ?lang=es', async () => {
    const { context, page, problems } = await openHome({ lang: 'es' });
    await page.locator('#world-map svg a').first().waitFor();
    await expect(page.locator('#world-map svg').getAttribute('aria-label')).resolves.toBe(
      'Mapa mundial del riesgo de deportación por nivel',
    );
    await expect(page.locator('#world-map svg a').first().getAttribute('aria-label')).resolves.toMatch(
      /: \d+ de 100, Riesgo (bajo|moderado|considerable|alto|grave)$/,
    );
    await expect(page.locator('#world-map svg a').first().getAttribute('href')).resolves.toMatch(
      /^\/country\/[A-Z]{2}\?lang=es$/,
    );
    await expect(page.locator('#world-table caption').textContent()).resolves.toBe(
      'Todos los países con informe, última puntuación',
    );
    await expect(page.locator('#world-region option').allTextContents()).resolves.toEqual([
      'Cualquier región',
      'África',
      'América',
      'Asia',
      'Europa',
      'Oceanía',
    ]);
    await expect(page.locator('#world-status').textContent()).resolves.toMatch(
      /^Se muestran \d+ de \d+ países\.$/,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
