import type { Request } from 'playwright-core';
import {
  expectEmbedFollowsContent,
  runAxe,
  screenshot,
  seriousOrCritical,
  setUpBrowserSuite,
} from './browser-harness';

/** Bytes moved to show an embed (HTML, CSS, JS; headers and bodies as served, compressed). */
const EMBED_BUDGETS = [
  { path: '/embed/SV', budget: 15 * 1024 },
  { path: '/embed/compare?countries=SV,RW,SZ,LY', budget: 25 * 1024 },
  { path: `/embed/compare?countries=${'SV,RW,SZ,LY,CN,IL,XK,NO,SS,KE'}`, budget: 25 * 1024 },
  { path: '/embed/SV?lang=es', budget: 15 * 1024 },
  { path: '/embed/compare?countries=SV,RW,SZ,LY&lang=es', budget: 25 * 1024 },
];

/**
 * A publisher's article on another origin (another port), embedding the widget as the snippet says;
 * with `lang`, the element asks for that language (`<hr-risk-score lang="es">`) in an English article.
 */
function hostPage(base: string, widthPx: number, lang: string | null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Deported to El Salvador</h1><p>Article text before the widget.</p>
<div id="box" style="width:${widthPx}px">
<hr-risk-score country="SV"${lang ? ` lang="${lang}"` : ''}></hr-risk-score>
<script async src="${base}/widget.js"></script>
<noscript><a href="${base}/country/SV"><img src="${base}/v1/countries/SV/badge.svg" alt="El Salvador: deportation risk"></a></noscript>
</div><p>Article text after the widget.</p></main></body></html>`;
}

const suite = setUpBrowserSuite({
  hostPage: (query, base) => hostPage(base, Number(query.get('width') ?? 480), query.get('lang')),
});

describe('the embeddable widget', () => {
  test('a host page on another origin that embeds <hr-risk-score country="SV"> gets a titled iframe that resizes to its content', async () => {
    await expectEmbedFollowsContent(suite, {
      element: 'hr-risk-score',
      widths: [480, 260],
      // The child's own description: country, score, band.
      title: /El Salvador: \d+ of 100/,
      ready: async (frame) => frame?.locator('h1', { hasText: 'El Salvador' }).waitFor(),
      screenshotName: 'widget-host',
    });
  });

  test.each(EMBED_BUDGETS)(
    '$path moves at most $budget bytes in all, CSS and JS included, and requests nothing from another origin',
    async ({ path, budget }) => {
      const context = await suite.browser.newContext({ viewport: { width: 480, height: 600 } });
      const page = await context.newPage();
      const requests: Request[] = [];
      page.on('requestfinished', (request) => requests.push(request));
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      const response = await page.goto(`${suite.base}${path}`, { waitUntil: 'networkidle' });
      // A refusal would be small for the wrong reason.
      expect(response?.status()).toBe(200);

      const origin = new URL(suite.base).origin;
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
    const embed = await fetch(`${suite.base}/embed/SV`);
    const csp = embed.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const page = await fetch(`${suite.base}/country/SV`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(embed.headers.get('set-cookie')).toBeNull();
    const missing = await fetch(`${suite.base}/embed/Atlantis`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not a country we know');
  });

  test('badges: SVG and a shields.io endpoint', async () => {
    const svg = await fetch(`${suite.base}/v1/countries/el%20salvador/badge.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await svg.text();
    expect(text).toMatch(
      /^<svg [^>]*role="img" aria-label="deportation risk: El Salvador: \d+\/100 (low|moderate|elevated|high|severe)"/,
    );
    expect(text).toContain('<title>');

    const json = await fetch(`${suite.base}/v1/countries/SV/badge.json`);
    const body = (await json.json()) as Record<string, unknown>;
    expect(body).toEqual({
      schemaVersion: 1,
      label: 'deportation risk: El Salvador',
      message: expect.stringMatching(/^\d+\/100 (low|moderate|elevated|high|severe)$/),
      color: expect.stringMatching(/^[0-9a-f]{6}$/),
      cacheSeconds: expect.any(Number),
    });
    const unknown = await fetch(`${suite.base}/v1/countries/Rwnda/badge.json`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test('oEmbed: a rich iframe snippet for a country page; 404 for other addresses; 501 for XML', async () => {
    const pageUrl = `${suite.base}/country/SV`;
    const response = await fetch(
      `${suite.base}/oembed?url=${encodeURIComponent(pageUrl)}&format=json&maxwidth=320`,
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
        `^<iframe src="${suite.base}/embed/SV" title="Deportation risk score for El Salvador[^"]*" width="320"`,
      ),
    );
    const alias = await fetch(
      `${suite.base}/oembed?url=${encodeURIComponent(`${suite.base}/?country=Swaziland`)}`,
    );
    expect(((await alias.json()) as { html: string }).html).toContain('/embed/SZ');
    const elsewhere = await fetch(
      `${suite.base}/oembed?url=${encodeURIComponent('https://example.com/country/SV')}&format=json`,
    );
    expect(elsewhere.status).toBe(404);
    const unknown = await fetch(
      `${suite.base}/oembed?url=${encodeURIComponent(`${suite.base}/country/Atlantis`)}&format=json`,
    );
    expect(unknown.status).toBe(404);
    const xml = await fetch(`${suite.base}/oembed?url=${encodeURIComponent(pageUrl)}&format=xml`);
    expect(xml.status).toBe(501);
    expect(xml.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test('without JavaScript the snippet shows the badge, linked to the full page', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/?width=480`);
    const badge = page.locator('noscript a img, a > img[alt*="El Salvador"]').first();
    await badge.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector('a > img') as HTMLImageElement | null;
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await expect(page.locator('a:has(img)').getAttribute('href')).resolves.toBe(`${suite.base}/country/SV`);
    await screenshot(page, 'widget-noscript-badge');
    await context.close();
  });

  test('axe-core finds no serious or critical violation on the widget and on a host page framing it, in English and Spanish', async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 400, height: 600 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    for (const lang of ['en', 'es']) {
      await page.goto(`${suite.base}/embed/SV?lang=${lang}`);
      expect(seriousOrCritical(await runAxe(page))).toEqual([]);
      await page.goto(`${suite.host.url}/?width=320&lang=${lang}`);
      await page.waitForFunction(() =>
        /El Salvador/.test(document.querySelector('hr-risk-score iframe')?.getAttribute('title') ?? ''),
      );
      const violations = await runAxe(page);
      expect(violations.filter((v) => v.id === 'frame-title')).toEqual([]);
      expect(seriousOrCritical(violations)).toEqual([]);
    }
    await context.close();
  });

  test('<hr-risk-score country="SV" lang="es"> shows the Spanish widget: its words, its title, the quote in English', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/?width=480&lang=es`);
    const iframe = page.locator('hr-risk-score iframe');
    await iframe.waitFor();
    expect(new URL((await iframe.getAttribute('src')) ?? '').searchParams.get('lang')).toBe('es');
    // The child's own title, in Spanish, replaces the first one.
    await page.waitForFunction(() =>
      /^Puntuación de riesgo de deportación para El Salvador: \d+ de 100, riesgo /.test(
        document.querySelector('hr-risk-score iframe')?.getAttribute('title') ?? '',
      ),
    );
    const frame = await (await iframe.elementHandle())?.contentFrame();
    await expect(frame?.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(frame?.locator('.k').textContent()).resolves.toBe(
      'Riesgo en el país de destino de una deportación',
    );
    await expect(frame?.locator('.c').textContent()).resolves.toMatch(
      /^Riesgo (bajo|moderado|considerable|alto|grave)$/,
    );
    await expect(frame?.locator('blockquote').getAttribute('lang')).resolves.toBe('en');
    await expect(frame?.locator('.f a').getAttribute('href')).resolves.toMatch(/\/country\/SV\?lang=es$/);
    await screenshot(page, 'widget-host-es');
    await context.close();
  });
});
