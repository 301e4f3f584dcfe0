import { mkdirSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { buildTestApp, buildTestDatabase, type TestDatabase } from '../support/test-database';

/** Debian's Chromium; never a downloaded browser. `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.resolve(__dirname, '..', '..', 'test-artifacts');
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(handler: http.RequestListener): Promise<RunningServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The real app over a database ingested from a few real corpus pages. */
export async function startService(): Promise<{
  server: RunningServer;
  database: TestDatabase;
  close(): Promise<void>;
}> {
  const database = await buildTestDatabase();
  const server = await listen(buildTestApp(database.store));
  return {
    server,
    database,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, plus best practices) in the page; returns every violation.
 * addScriptTag injects an inline script, which our CSP (script-src 'self') rightly blocks: open pages
 * to audit in a context made with `{ bypassCSP: true }`. With a selector, only that part of the page.
 */
export async function runAxe(page: Page, selector?: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(within ? { include: [within] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}),
      })),
    }));
  }, selector);
}

export function seriousOrCritical(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * A page of our service that records script errors, CSP refusals and requests to another origin, so a test can also
 * prove the page needs no inline code and calls no one else.
 */
export async function openWatchedPage(
  browser: Browser,
  base: string,
  options: { width?: number; bypassCSP?: boolean; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text()))
      problems.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:'))
      problems.push(`request to another origin: ${url}`);
  });
  return { context, page, problems };
}

/**
 * Opens the suite's host page at each of two column widths, wider first, and checks that the embed's
 * iframe takes the embed's own title, shows its content (`ready`), is as wide as the column and as tall
 * as the document in it without scrolling, and grows taller in the narrower column: it follows its
 * content. No script error on the way.
 */
export async function expectEmbedFollowsContent(
  suite: BrowserSuite,
  embed: {
    /** The custom element on the host page, such as `hr-risk-score`. */
    element: string;
    widths: readonly [number, number];
    /** The embed's own title, which replaces the generic one the element starts with. */
    title: RegExp;
    ready: (frame: Frame | null | undefined) => Promise<void>;
    /** The screenshot's name, before `-<width>px`. */
    screenshotName: string;
  },
): Promise<void> {
  expect(new URL(suite.host.url).origin).not.toBe(new URL(suite.base).origin);
  const context = await suite.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const selector = `${embed.element} iframe`;
  const heights: number[] = [];
  for (const width of embed.widths) {
    await page.goto(`${suite.host.url}/?width=${width}`);
    const iframe = page.locator(selector);
    await iframe.waitFor();
    await page.waitForFunction(
      ([within, source, flags]) =>
        new RegExp(source, flags).test(document.querySelector(within)?.getAttribute('title') ?? ''),
      [selector, embed.title.source, embed.title.flags] as const,
    );
    const frame = await (await iframe.elementHandle())?.contentFrame();
    expect(frame).toBeTruthy();
    await embed.ready(frame);
    // Resized: the iframe's height equals the height of the document inside it (pym.js "height" messages).
    await page.waitForFunction((within) => {
      const el = document.querySelector(within) as HTMLIFrameElement | null;
      return el !== null && el.height !== '260';
    }, selector);
    const content =
      (await frame?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))) ?? 0;
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
    await screenshot(page, `${embed.screenshotName}-${width}px`);
  }
  // Narrower column, taller embed: it really follows its content.
  expect(heights[1]).toBeGreaterThan(heights[0] ?? Infinity);
  expect(errors).toEqual([]);
  await context.close();
}

/** A page on another origin (another port) that embeds our service, written from its address's query. */
export type HostPage = (query: URLSearchParams, base: string) => string;

/** What a browser test file works with; read it inside tests and hooks, once the suite's beforeAll has run. */
export interface BrowserSuite {
  /** The service's address, `http://127.0.0.1:<port>`. */
  readonly base: string;
  readonly browser: Browser;
  /** The server of the host page; only for a suite set up with `hostPage`. */
  readonly host: RunningServer;
  /** A page of the service that records problems (see openWatchedPage). */
  openPage(options?: Parameters<typeof openWatchedPage>[2]): ReturnType<typeof openWatchedPage>;
}

/**
 * Registers the beforeAll and afterAll of a browser test file: the service, with `hostPage` a host page
 * on another origin, and Chromium; all closed after the file's tests.
 */
export function setUpBrowserSuite(options: { hostPage?: HostPage } = {}): BrowserSuite {
  let service: Awaited<ReturnType<typeof startService>> | undefined;
  let host: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    service = await startService();
    const base = service.server.url;
    const { hostPage } = options;
    if (hostPage) {
      host = await listen((req, res) => {
        const query = new URL(req.url ?? '/', 'http://x').searchParams;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(hostPage(query, base));
      });
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await service?.close();
  });

  // Read before beforeAll ran, or a host asked of a suite without one: a mistake in the test file.
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running here`);
    return value;
  };
  const suite: BrowserSuite = {
    get base() {
      return started(service, 'the service').server.url;
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    get host() {
      return started(host, 'the host page');
    },
    openPage: (pageOptions) => openWatchedPage(suite.browser, suite.base, pageOptions),
  };
  return suite;
}
