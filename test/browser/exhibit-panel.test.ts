import path from 'path';
import type { Page } from 'playwright-core';
import type { z } from 'zod';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../scoring/categories';
import { PROFILE_IDS } from '../../scoring/profile-model';
import type { CountryChangesResponseSchema } from '../../server/api-schemas';
import { ARTIFACTS_DIR, runAxe, setUpBrowserSuite } from './browser-harness';

type CountryChanges = z.infer<typeof CountryChangesResponseSchema>;

const suite = setUpBrowserSuite();
const { openPage } = suite;

/** The path and query of a link on the page. */
async function hrefOf(page: Page, name: string): Promise<string> {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  if (href === null) throw new Error(`the ${name} link has no href`);
  return href;
}

// Picked in the address out of the server's order; the page names them in the server's order.
const PICKED = ['gang_perceived', 'journalist'] as const;
const PICKED_IN_ORDER = PROFILE_IDS.filter((id) => (PICKED as readonly string[]).includes(id)).join(',');

describe('the exhibit panel', () => {
  test('Download PDF and Download Word follow the profiles picked, the year chosen and the categories ticked', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/country/SV?profiles=${PICKED.join(',')}`);
    await page.getByRole('link', { name: 'Download PDF', exact: true }).waitFor();
    expect(await hrefOf(page, 'Download PDF')).toBe(`/v1/countries/SV/brief.pdf?profiles=${PICKED_IN_ORDER}`);
    expect(await hrefOf(page, 'Download Word')).toBe(
      `/v1/countries/SV/brief.docx?profiles=${PICKED_IN_ORDER}`,
    );

    await page.getByLabel('Report year', { exact: true }).selectOption('2023');
    await page.getByRole('checkbox', { name: CATEGORY_LABELS.torture, exact: true }).uncheck();
    const kept = CATEGORY_IDS.filter((id) => id !== 'torture').join(',');
    const query = `?year=2023&profiles=${PICKED_IN_ORDER}&categories=${kept}`;
    expect(await hrefOf(page, 'Download PDF')).toBe(`/v1/countries/SV/brief.pdf${query}`);
    expect(await hrefOf(page, 'Download Word')).toBe(`/v1/countries/SV/brief.docx${query}`);

    // The link works: the browser downloads the packet the server names for that country and year.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Word', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('exhibit-el-salvador-2023.docx');
    expect(download.url()).toBe(`${suite.base}/v1/countries/SV/brief.docx${query}`);
    expect(await download.failure()).toBeNull();

    // Ticking every category again drops the parameter: all categories is the server's default.
    await page.getByRole('checkbox', { name: CATEGORY_LABELS.torture, exact: true }).check();
    await page.getByLabel('Report year', { exact: true }).selectOption('');
    expect(await hrefOf(page, 'Download PDF')).toBe(`/v1/countries/SV/brief.pdf?profiles=${PICKED_IN_ORDER}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('with no profile picked the links carry none', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/country/SV`);
    await page.getByRole('link', { name: 'Download PDF', exact: true }).waitFor();
    expect(await hrefOf(page, 'Download PDF')).toBe('/v1/countries/SV/brief.pdf');
    expect(await hrefOf(page, 'Download Word')).toBe('/v1/countries/SV/brief.docx');
    await context.close();
  });

  test('"What the 2024 report no longer says" lists the dropped topics and the 2023 quotes with their citations, and passes axe', async () => {
    const api = (await (
      await fetch(`${suite.base}/v1/countries/SV/changes?from=2023&to=2024`)
    ).json()) as CountryChanges;
    expect(api.changes.droppedTopics).toEqual(
      expect.arrayContaining(['prison_conditions', 'political_prisoners']),
    );
    const { context, page, problems } = await openPage({ bypassCSP: true });
    await page.goto(`${suite.base}/country/SV`);
    const panel = page.getByRole('region', { name: 'What the 2024 report no longer says' });
    await panel.locator('.no-longer-says').first().waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(
      `Topics in 2023 and not in 2024: ${api.changes.droppedTopics.map((key) => key.replace(/_/g, ' ')).join(', ')}.`,
    );
    const groups = panel.locator('.no-longer-says');
    expect(await groups.count()).toBe(api.noLongerSays.length);
    for (const [index, group] of api.noLongerSays.entries()) {
      const shown = groups.nth(index);
      expect(await shown.locator('h3').textContent()).toContain(CATEGORY_LABELS[group.category]);
      expect(await shown.locator('blockquote').allTextContents()).toEqual(group.quotes.map((q) => q.quote));
      const links = shown.locator('.citation a');
      for (const [at, quote] of group.quotes.entries()) {
        expect(await links.nth(at).textContent()).toBe(quote.citation);
        expect(await links.nth(at).getAttribute('href')).toBe(quote.sourceUrl);
      }
    }
    await page.locator('#exhibit').screenshot({ path: path.join(ARTIFACTS_DIR, 'exhibit-panel.png') });
    expect(await runAxe(page, '#exhibit')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
