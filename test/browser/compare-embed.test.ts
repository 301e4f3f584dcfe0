import type { Page } from 'playwright-core';
import {
  expectEmbedFollowsContent,
  runAxe,
  screenshot,
  seriousOrCritical,
  setUpBrowserSuite,
} from './browser-harness';

const COMPARED = 'SV,RW,SZ,LY';

/**
 * A newsroom's article on another origin with the comparison element, in a column `widthPx` wide; with
 * `lang`, the article is in that language (`<html lang>`), which the element follows.
 */
function hostPage(base: string, widthPx: number, countries: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Where the deportation flights go</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Where the deportation flights go</h1><p>Article text before the comparison.</p>
<div id="box" style="width:${widthPx}px">
<hr-risk-compare countries="${countries}"></hr-risk-compare>
<script async src="${base}/widget.js"></script>
</div><p>Article text after the comparison.</p></main></body></html>`;
}

const suite = setUpBrowserSuite({
  hostPage: (query, base) =>
    hostPage(
      base,
      Number(query.get('width') ?? 600),
      query.get('countries') ?? COMPARED,
      query.get('lang') ?? 'en',
    ),
});

/** The batch API's scores for the same countries: the order the embed must show, from another route. */
async function batchScores(countries: string[]): Promise<Array<{ name: string; score: number }>> {
  const response = await fetch(`${suite.base}/v1/scores/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ countries }),
  });
  const body = (await response.json()) as { results: Array<{ country: { name: string }; score: number }> };
  return body.results.map((item) => ({ name: item.country.name, score: Math.round(item.score) }));
}

async function rows(page: Page) {
  return page.locator('ol.r > li').evaluateAll((items) =>
    items.map((li) => ({
      name: li.querySelector('a')?.firstChild?.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      score: Number(li.querySelector('b')?.firstChild?.textContent),
      band: li.querySelector('.c')?.textContent ?? '',
      barWidth: li.querySelector('svg.g rect')?.getBoundingClientRect().width ?? -1,
      trackWidth: li.querySelector('svg.g')?.getBoundingClientRect().width ?? -1,
    })),
  );
}

describe('the comparison embed', () => {
  test('/embed/compare lists the countries as text from the highest score down, each bar as long as its score, each name linking to its page', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 640, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.base}/embed/compare?countries=${COMPARED}`);

    const shown = await rows(page);
    const expected = (await batchScores(COMPARED.split(','))).sort(
      (a, b) => b.score - a.score || a.name.localeCompare(b.name, 'en'),
    );
    expect(shown.map(({ name, score }) => ({ name, score }))).toEqual(expected);
    expect(new Set(shown.map((row) => row.name)).size).toBe(4);
    for (const row of shown) {
      expect(row.band).toMatch(/^(Low|Moderate|Elevated|High|Severe) risk$/);
      expect(row.href).toMatch(new RegExp(`^${suite.base}/country/[A-Z]{2}$`));
      // The bar is drawn to scale: its share of the track is the score out of 100.
      expect(Math.abs(row.barWidth / row.trackWidth - row.score / 100)).toBeLessThan(0.02);
    }
    for (let i = 1; i < shown.length; i++)
      expect(shown[i]?.barWidth).toBeLessThanOrEqual(shown[i - 1]?.barWidth ?? 0);

    // The mini-map marks exactly the compared countries, in their bands' colours.
    const marks = await page.locator('svg.m circle').count();
    expect(marks).toBe(4);
    await expect(page.locator('svg.m').getAttribute('aria-label')).resolves.toContain('El Salvador');
    expect(errors).toEqual([]);
    await screenshot(page, 'compare-embed-640px');
    await context.close();
  });

  test('a host page with <hr-risk-compare> gets an iframe that follows its content at two column widths', async () => {
    await expectEmbedFollowsContent(suite, {
      element: 'hr-risk-compare',
      widths: [600, 300],
      // Names and scores.
      title: /^Deportation risk compared: .*El Salvador \d+/,
      ready: async (frame) => frame?.locator('ol.r > li').nth(3).waitFor(),
      screenshotName: 'compare-host',
    });
  });

  test('bad input is a 400 page that names every problem: an unknown name, a country given twice, a profile we do not have', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 480, height: 600 } });
    const page = await context.newPage();
    const response = await page.goto(
      `${suite.base}/embed/compare?countries=SV,Atlantis,Swaziland,SZ&profile=astronauts`,
    );
    expect(response?.status()).toBe(400);
    const lines = await page.locator('main li').allTextContents();
    expect(lines).toEqual([
      expect.stringContaining('"astronauts" is not a risk profile we know'),
      expect.stringContaining('"Atlantis" is not a country we know'),
      expect.stringContaining('"SZ" names Eswatini a second time'),
    ]);
    await context.close();
  });

  test('the page’s compare view offers the comparison’s snippet, in its ranked order, with a live preview', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${suite.base}/#compare`);
    // Swaziland and SZ are one country: the snippet names it once.
    await page.fill('#compare-input', 'El Salvador\nRwanda\nSwaziland\nLibya\nSZ');
    await page.click('#compare-form button[type="submit"]');
    const snippet = page.locator('#compare-embed-snippet');
    await snippet.waitFor();
    const ranked = await page
      .locator('#compare-table tbody th a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')?.split('/').pop() ?? ''));
    const codes = [...new Set(ranked)];
    expect(codes).toHaveLength(4);
    expect(await snippet.inputValue()).toBe(
      `<hr-risk-compare countries="${codes.join(',')}"></hr-risk-compare>\n<script async src="${suite.base}/widget.js"></script>`,
    );
    await page.waitForFunction(() =>
      /El Salvador \d+/.test(
        document.querySelector('.compare-embed hr-risk-compare iframe')?.getAttribute('title') ?? '',
      ),
    );
    await screenshot(page, 'compare-view-embed-snippet');
    await context.close();
  });

  for (const width of [1280, 320]) {
    for (const lang of ['en', 'es']) {
      test(`axe-core finds no violation at ${width} px in ${lang}, on the embed, on its error page and on a host page framing it`, async () => {
        const context = await suite.browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${suite.base}/embed/compare?countries=${COMPARED}&profile=lgbtqi&lang=${lang}`);
        expect(await runAxe(page)).toEqual([]);
        await page.goto(`${suite.base}/embed/compare?countries=SV&lang=${lang}`);
        expect(await runAxe(page)).toEqual([]);
        await page.goto(`${suite.host.url}/?width=${Math.min(width - 20, 600)}&lang=${lang}`);
        await page.waitForFunction(() =>
          /El Salvador \d+/.test(
            document.querySelector('hr-risk-compare iframe')?.getAttribute('title') ?? '',
          ),
        );
        expect(seriousOrCritical(await runAxe(page))).toEqual([]);
        await screenshot(page, `compare-host-axe-${width}px-${lang}`);
        await context.close();
      });
    }
  }

  test('in a Spanish article <hr-risk-compare> is Spanish; the Spanish page’s snippet says lang="es"', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/?width=600&lang=es`);
    await page.waitForFunction(() =>
      /^Riesgo de deportación comparado: .*El Salvador \d+/.test(
        document.querySelector('hr-risk-compare iframe')?.getAttribute('title') ?? '',
      ),
    );
    const frame = await (await page.locator('hr-risk-compare iframe').elementHandle())?.contentFrame();
    await expect(frame?.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(frame?.locator('h1').textContent()).resolves.toBe('4 destinos comparados');

    await page.goto(`${suite.base}/?lang=es#compare`);
    await page.fill('#compare-input', 'El Salvador\nRwanda');
    await page.click('#compare-form button[type="submit"]');
    const snippet = page.locator('#compare-embed-snippet');
    await snippet.waitFor();
    expect(await snippet.inputValue()).toMatch(
      /^<hr-risk-compare countries="[A-Z]{2},[A-Z]{2}" lang="es"><\/hr-risk-compare>/,
    );
    await expect(page.locator('#compare-embed-title').textContent()).resolves.toBe(
      'Insertar esta comparación',
    );
    await context.close();
  });
});
