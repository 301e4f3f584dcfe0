/**
 * Home page and embed weight (issue 14): the compiled server on a database of the whole corpus, the
 * home page opened in Debian's headless Chromium with an empty cache, RUNS times. Records what moved
 * over the wire (every resource, headers and bodies as served, i.e. compressed), first paint and first
 * contentful paint from the Performance API, on loopback and under an emulated slow 4G link; then the
 * bytes of the comparison embed and the score widget. Writes BENCHMARKS.md between
 * `<!-- home-page-bench:start -->` and `<!-- home-page-bench:end -->`.
 *
 *   npx tsx bench/home-page-bench.ts
 *   DATABASE_PATH=var/reports.sqlite npx tsx bench/home-page-bench.ts   (an existing database)
 */
import os from 'os';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { describeMachine, percentile, publishSection, runBenchmark, sectionHeading } from './bench-report';
import { buildServer, describeServerProcesses, ensureDatabase, startServer } from './bench-server';

const RUNS = 7;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const EMBEDS = [
  '/embed/compare?countries=SV,RW,SZ,LY',
  '/embed/compare?countries=BJ,SZ,XK,LY,MD,MN,RW,SV,SS,GH,UG,CN',
  '/embed/SV',
];

interface PageLoad {
  /** Bytes on the wire by Chromium's count: request and response headers and bodies. */
  wireBytes: number;
  /** Sum of the Performance API's transferSize over the navigation and every resource. */
  transferSize: number;
  requests: number;
  firstPaint: number;
  firstContentfulPaint: number;
  byPath: Array<[string, number]>;
}

async function loadOnce(browser: Browser, url: string, slow: boolean): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  // A string, not a function: tsx's transform would wrap a function's inner helpers in a `__name`
  // the page does not have.
  const timing = (await page.evaluate(`(() => {
    const paints = performance.getEntriesByType('paint');
    const at = (name) => paints.find((entry) => entry.name === name)?.startTime ?? NaN;
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      firstPaint: at('first-paint'),
      firstContentfulPaint: at('first-contentful-paint'),
      transferSize: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
    };
  })()`)) as { firstPaint: number; firstContentfulPaint: number; transferSize: number };
  let wireBytes = 0;
  const byPath: Array<[string, number]> = [];
  for (const request of finished) {
    const sizes = await request.sizes();
    const bytes =
      sizes.requestHeadersSize + sizes.requestBodySize + sizes.responseHeadersSize + sizes.responseBodySize;
    wireBytes += bytes;
    const address = new URL(request.url());
    byPath.push([`${address.pathname}${address.search}`, bytes]);
  }
  await context.close();
  return { wireBytes, requests: finished.length, byPath, ...timing };
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  const machine = describeMachine();
  const { file: database, how } = ensureDatabase();
  buildServer();
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer(database, port);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    // One visit first, so the server's caches are warm and every measured run sees the same server.
    await loadOnce(browser, `${base}/`, false);
    const fast: PageLoad[] = [];
    const slow: PageLoad[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      fast.push(await loadOnce(browser, `${base}/`, false));
      slow.push(await loadOnce(browser, `${base}/`, true));
    }
    const embeds = [];
    for (const path of EMBEDS) embeds.push({ path, load: await loadOnce(browser, `${base}${path}`, false) });
    const loadAtEnd = os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');

    const first = fast[0];
    if (!first) throw new Error('no run');
    const row = (label: string, loads: PageLoad[]) =>
      `| ${label} | ${kb(median(loads.map((l) => l.wireBytes)))} | ${kb(median(loads.map((l) => l.transferSize)))} | ${median(loads.map((l) => l.requests))} | ${ms(median(loads.map((l) => l.firstPaint)))} (${ms(Math.min(...loads.map((l) => l.firstPaint)))}–${ms(Math.max(...loads.map((l) => l.firstPaint)))}) | ${ms(median(loads.map((l) => l.firstContentfulPaint)))} (${ms(Math.min(...loads.map((l) => l.firstContentfulPaint)))}–${ms(Math.max(...loads.map((l) => l.firstContentfulPaint)))}) |`;
    const heaviest = [...first.byPath].sort((a, b) => b[1] - a[1]).slice(0, 6);
    const lines = [
      ...sectionHeading('## Home page and embeds (issue 14)', 'home-page-bench.ts', machine, {
        command: 'npx tsx bench/home-page-bench.ts',
        run: `Compiled server as \`npm start\` runs it, ${describeServerProcesses()}, database: ${how}. Debian's Chromium ${browser.version()} (headless, playwright-core) on the same machine, 1280×900, a new browser context (empty cache) per load, ${RUNS} loads per row after one warm-up load; medians, with the range in brackets.`,
        machine: `load average at the end ${loadAtEnd} (other sessions share the machine).`,
      }),
      '| home page `/` | on the wire (Chromium: headers + bodies) | Performance API `transferSize` | requests | first paint | first contentful paint |',
      '|---|---|---|---|---|---|',
      row('loopback', fast),
      row('slow 4G (150 ms RTT, 1.6 Mbit/s down; emulated by Chromium)', slow),
      '',
      `Heaviest resources of the home page (first measured load): ${heaviest.map(([path, bytes]) => `\`${path}\` ${kb(bytes)}`).join(', ')}.`,
      '',
      '| embed | on the wire (all resources) | requests | budget |',
      '|---|---|---|---|',
      ...embeds.map(
        ({ path, load }) =>
          `| \`${path}\` | ${load.wireBytes} B (${kb(load.wireBytes)}: ${load.byPath.map(([p, b]) => `${p.split('?')[0]} ${b}`).join(', ')}) | ${load.requests} | ${path.startsWith('/embed/compare') ? '25 KB' : '15 KB'} |`,
      ),
    ];
    await publishSection('home-page-bench', lines);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

runBenchmark('home page bench', main);
