import type { Browser, Request } from 'playwright-core';
import {
  launchBrowser,
  listen,
  runAxe,
  screenshot,
  seriousOrCritical,
  startService,
  type RunningServer,
} from './browser-harness';

/** Bytes moved to show an embed (HTML, CSS, JS; headers and bodies as served, compressed). */
const EMBED_BUDGETS = [
  { path: '/embed/SV', budget: 15 * 1024 },
  { path: '/embed/compare?countries=SV,RW,SZ,LY', budget: 25 * 1024 },
  { path: `/embed/compare?countries=${'SV,RW,SZ,LY,CN,IL,XK,NO,SS,KE'}`, budget: 25 * 1024 },
];

let service: Awaited<ReturnType<typeof startService>>;
let host: RunningServer;
let browser: Browser;
let base: string;

/** A publisher's article on another origin (another port), embedding the widget as the snippet says. */
function hostPage(widthPx: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Deported to El Salvador</h1><p>Article text before the widget.</p>
<div id="box" style="width:${widthPx}px">
<hr-risk-score country="SV"></hr-risk-score>
<script async src="${base}/widget.js"></script>
<noscript><a href="${base}/country/SV"><img src="${base}/v1/countries/SV/badge.svg" alt="El Salvador: deportation risk"></a></noscript>
</div><p>Article text after the widget.</p></main></body></html>`;
}

beforeAll(async () => {
  service = await startService();
  base = service.server.url;
  host = await listen((req, res) => {
    const width = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('width') ?? 480);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(width));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await service?.close();
});

describe('the embeddable widget', () => {
  test('a host page on another origin that embeds <hr-risk-score country="SV"> gets a titled iframe that resizes to its content', async () => {
    expect(new URL(host.url).origin).not.toBe(new URL(base).origin);
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const heights: number[] = [];
    for (const width of [480, 260]) {
      await page.goto(`${host.url}/?width=${width}`);
      const iframe = page.locator('hr-risk-score iframe');
      await iframe.waitFor();
      // The title starts generic and becomes the child's own description (country, score, band).
      await page.waitForFunction(() =>
        /El Salvador: \d+ of 100/.test(
          document.querySelector('hr-risk-score iframe')?.getAttribute('title') ?? '',
        ),
      );
      const frame = await (await iframe.elementHandle())?.contentFrame();
      expect(frame).toBeTruthy();
      await frame?.locator('h1', { hasText: 'El Salvador' }).waitFor();
      // Resized: the iframe's height equals the height of the document inside it (pym.js "height" messages).
      await page.waitForFunction(() => {
        const el = document.querySelector('hr-risk-score iframe') as HTMLIFrameElement | null;
        return el !== null && el.height !== '260';
      });
      const content =
        (await frame?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))) ??
        0;
      const box = await iframe.boundingBox();
      expect(box).not.toBeNull();
      expect(Math.abs((box?.height ?? 0) - content)).toBeLessThanOrEqual(1);
      expect(box?.width).toBe(width);
      // Nothing is cut off: the frame does not need to scroll.
      const scrolls = await frame?.evaluate(
        () => document.documentElement.scrollHeight > window.innerHeight + 1,
      );
      expect(scrolls).toBe(false);
      heights.push(box?.height ?? 0);
      await screenshot(page, `widget-host-${width}px`);
    }
    // Narrower container, taller widget: it really follows its content.
    expect(heights[1]).toBeGreaterThan(heights[0] ?? Infinity);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each(EMBED_BUDGETS)(
    '$path moves at most $budget bytes in all, CSS and JS included, and requests nothing from another origin',
    async ({ path, budget }) => {
      const context = await browser.newContext({ viewport: { width: 480, height: 600 } });
      const page = await context.newPage();
      const requests: Request[] = [];
      page.on('requestfinished', (request) => requests.push(request));
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      // A refusal would be small for the wrong reason.
      expect(response?.status()).toBe(200);

      const origin = new URL(base).origin;
      const urls = requests.map((request) => request.url());
      expect(urls.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(failed).toEqual([]);
      expect(urls.some((url) => url.endsWith('/assets/embed.css'))).toBe(true);
      expect(urls.some((url) => url.endsWith('/assets/embed.js'))).toBe(true);

      let total = 0;
      const lines: string[] = [];
      for (const request of requests) {
        const sizes = await request.sizes();
        const bytes =
          sizes.requestHeadersSize +
          sizes.requestBodySize +
          sizes.responseHeadersSize +
          sizes.responseBodySize;
        total += bytes;
        lines.push(`${bytes}\t${new URL(request.url()).pathname}`);
      }
      console.log(`embed transfer for ${path}: ${total} bytes (budget ${budget})\n${lines.join('\n')}`);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(budget);
      await screenshot(page, `embed-${path.replace(/\W+/g, '-')}`);
      await context.close();
    },
  );

  test('the widget carries its own CSP that lets any site frame it; the page may not be framed', async () => {
    const embed = await fetch(`${base}/embed/SV`);
    const csp = embed.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const page = await fetch(`${base}/country/SV`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(embed.headers.get('set-cookie')).toBeNull();
    const missing = await fetch(`${base}/embed/Atlantis`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not a country we know');
  });

  test('badges: SVG and a shields.io endpoint', async () => {
    const svg = await fetch(`${base}/v1/countries/el%20salvador/badge.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await svg.text();
    expect(text).toMatch(
      /^<svg [^>]*role="img" aria-label="deportation risk: El Salvador: \d+\/100 (low|moderate|elevated|high|severe)"/,
    );
    expect(text).toContain('<title>');

    const json = await fetch(`${base}/v1/countries/SV/badge.json`);
    const body = (await json.json()) as Record<string, unknown>;
    expect(body).toEqual({
      schemaVersion: 1,
      label: 'deportation risk: El Salvador',
      message: expect.stringMatching(/^\d+\/100 (low|moderate|elevated|high|severe)$/),
      color: expect.stringMatching(/^[0-9a-f]{6}$/),
      cacheSeconds: expect.any(Number),
    });
    const unknown = await fetch(`${base}/v1/countries/Rwnda/badge.json`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test('oEmbed: a rich iframe snippet for a country page; 404 for other addresses; 501 for XML', async () => {
    const pageUrl = `${base}/country/SV`;
    const response = await fetch(
      `${base}/oembed?url=${encodeURIComponent(pageUrl)}&format=json&maxwidth=320`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 320,
      provider_name: expect.any(String),
    });
    expect(body.html).toMatch(
      new RegExp(
        `^<iframe src="${base}/embed/SV" title="Deportation risk score for El Salvador[^"]*" width="320"`,
      ),
    );
    const alias = await fetch(`${base}/oembed?url=${encodeURIComponent(`${base}/?country=Swaziland`)}`);
    expect(((await alias.json()) as { html: string }).html).toContain('/embed/SZ');
    const elsewhere = await fetch(
      `${base}/oembed?url=${encodeURIComponent('https://example.com/country/SV')}&format=json`,
    );
    expect(elsewhere.status).toBe(404);
    const unknown = await fetch(
      `${base}/oembed?url=${encodeURIComponent(`${base}/country/Atlantis`)}&format=json`,
    );
    expect(unknown.status).toBe(404);
    const xml = await fetch(`${base}/oembed?url=${encodeURIComponent(pageUrl)}&format=xml`);
    expect(xml.status).toBe(501);
    expect(xml.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test('without JavaScript the snippet shows the badge, linked to the full page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${host.url}/?width=480`);
    const badge = page.locator('noscript a img, a > img[alt*="El Salvador"]').first();
    await badge.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector('a > img') as HTMLImageElement | null;
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await expect(page.locator('a:has(img)').getAttribute('href')).resolves.toBe(`${base}/country/SV`);
    await screenshot(page, 'widget-noscript-badge');
    await context.close();
  });

  test('axe-core finds no serious or critical violation on the widget and on a host page framing it', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 600 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/embed/SV`);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await page.goto(`${host.url}/?width=320`);
    await page.waitForFunction(() =>
      /El Salvador/.test(document.querySelector('hr-risk-score iframe')?.getAttribute('title') ?? ''),
    );
    const violations = await runAxe(page);
    expect(violations.filter((v) => v.id === 'frame-title')).toEqual([]);
    expect(seriousOrCritical(violations)).toEqual([]);
    await context.close();
  });
});
