import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  listen,
  runAxe,
  screenshot,
  seriousOrCritical,
  startService,
  type RunningServer,
} from './browser-harness';

let service: Awaited<ReturnType<typeof startService>>;
let host: RunningServer;
let browser: Browser;
let base: string;

const COMPARED = 'SV,RW,SZ,LY';

/** A newsroom's article on another origin with the comparison element, in a column `widthPx` wide. */
function hostPage(widthPx: number, countries: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Where the deportation flights go</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Where the deportation flights go</h1><p>Article text before the comparison.</p>
<div id="box" style="width:${widthPx}px">
<hr-risk-compare countries="${countries}"></hr-risk-compare>
<script async src="${base}/widget.js"></script>
</div><p>Article text after the comparison.</p></main></body></html>`;
}

beforeAll(async () => {
  service = await startService();
  base = service.server.url;
  host = await listen((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(Number(query.get('width') ?? 600), query.get('countries') ?? COMPARED));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await service?.close();
});

/** The batch API's scores for the same countries: the order the embed must show, from another route. */
async function batchScores(countries: string[]): Promise<Array<{ name: string; score: number }>> {
  const response = await fetch(`${base}/v1/scores/batch`, {
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
    const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/embed/compare?countries=${COMPARED}`);

    const shown = await rows(page);
    const expected = (await batchScores(COMPARED.split(','))).sort(
      (a, b) => b.score - a.score || a.name.localeCompare(b.name, 'en'),
    );
    expect(shown.map(({ name, score }) => ({ name, score }))).toEqual(expected);
    expect(new Set(shown.map((row) => row.name)).size).toBe(4);
    for (const row of shown) {
      expect(row.band).toMatch(/^(Low|Moderate|Elevated|High|Severe) risk$/);
      expect(row.href).toMatch(new RegExp(`^${base}/country/[A-Z]{2}$`));
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
    expect(new URL(host.url).origin).not.toBe(new URL(base).origin);
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const heights: number[] = [];
    for (const width of [600, 300]) {
      await page.goto(`${host.url}/?width=${width}`);
      const iframe = page.locator('hr-risk-compare iframe');
      await iframe.waitFor();
      // The embed's own title (names and scores) replaces the generic one.
      await page.waitForFunction(() =>
        /^Deportation risk compared: .*El Salvador \d+/.test(
          document.querySelector('hr-risk-compare iframe')?.getAttribute('title') ?? '',
        ),
      );
      const frame = await (await iframe.elementHandle())?.contentFrame();
      expect(frame).toBeTruthy();
      await frame?.locator('ol.r > li').nth(3).waitFor();
      await page.waitForFunction(() => {
        const el = document.querySelector('hr-risk-compare iframe') as HTMLIFrameElement | null;
        return el !== null && el.height !== '260';
      });
      const content =
        (await frame?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))) ??
        0;
      const box = await iframe.boundingBox();
      expect(Math.abs((box?.height ?? 0) - content)).toBeLessThanOrEqual(1);
      expect(box?.width).toBe(width);
      const scrolls = await frame?.evaluate(
        () => document.documentElement.scrollHeight > window.innerHeight + 1,
      );
      expect(scrolls).toBe(false);
      heights.push(box?.height ?? 0);
      await screenshot(page, `compare-host-${width}px`);
    }
    expect(heights[1]).toBeGreaterThan(heights[0] ?? Infinity);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('bad input is a 400 page that names every problem: an unknown name, a country given twice, a profile we do not have', async () => {
    const context = await browser.newContext({ viewport: { width: 480, height: 600 } });
    const page = await context.newPage();
    const response = await page.goto(
      `${base}/embed/compare?countries=SV,Atlantis,Swaziland,SZ&profile=astronauts`,
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
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/#compare`);
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
      `<hr-risk-compare countries="${codes.join(',')}"></hr-risk-compare>\n<script async src="${base}/widget.js"></script>`,
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
    test(`axe-core finds no violation at ${width} px, on the embed, on its error page and on a host page framing it`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${base}/embed/compare?countries=${COMPARED}&profile=lgbtqi`);
      expect(await runAxe(page)).toEqual([]);
      await page.goto(`${base}/embed/compare?countries=SV`);
      expect(await runAxe(page)).toEqual([]);
      await page.goto(`${host.url}/?width=${Math.min(width - 20, 600)}`);
      await page.waitForFunction(() =>
        /El Salvador \d+/.test(document.querySelector('hr-risk-compare iframe')?.getAttribute('title') ?? ''),
      );
      expect(seriousOrCritical(await runAxe(page))).toEqual([]);
      await screenshot(page, `compare-host-axe-${width}px`);
      await context.close();
    });
  }
});
