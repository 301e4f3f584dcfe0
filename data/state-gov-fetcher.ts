import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import { MAX_PAGE_BYTES } from './report-parser';
import type { SourcePage } from './report-sources';

export interface FetchOptions {
  /** Raw pages are kept here so an interrupted run resumes without fetching them again. */
  cacheDir: string;
  userAgent: string;
  timeoutMs: number;
  retries: number;
  /** Pause between two requests to the same host, to be polite. */
  delayMs: number;
  /** First back-off after a failed attempt; doubles on each retry. */
  backoffMs: number;
}

const REPORT_PATH = /\/reports\/(\d{4})-country-reports-on-human-rights-practices\/([^/?#]+)\/?$/;
const INDEX_PATH = /\/reports\/(\d{4})-country-reports-on-human-rights-practices\/?$/;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function cacheFile(cacheDir: string, url: string): string {
  const digest = createHash('sha256').update(url).digest('hex').slice(0, 16);
  const slug = url
    .replace(/^https?:\/\//, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .slice(-80);
  return path.join(cacheDir, `${slug}-${digest}.html`);
}

type FetchOutcome = { ok: true; body: Buffer } | { ok: false; message: string };

const MAX_REDIRECTS = 5;

/** Reads a body, giving up as soon as it passes the page limit rather than after reading it all. */
async function readCapped(response: Response): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > MAX_PAGE_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(Buffer.from(value));
  }
}

async function fetchOnce(
  url: string,
  options: FetchOptions,
): Promise<FetchOutcome & { retryable?: boolean }> {
  try {
    const site = new URL(url).origin;
    let target = url;
    let response: Response;
    // Redirects are followed by hand so that one leading off the site is refused before it is requested.
    for (let hop = 0; ; hop += 1) {
      response = await fetch(target, {
        headers: { 'user-agent': options.userAgent, accept: 'text/html' },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'manual',
      });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) break;
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, target);
      if (next.origin !== site)
        return { ok: false, message: `redirected off the site to ${next.href}`, retryable: false };
      if (hop >= MAX_REDIRECTS)
        return { ok: false, message: `more than ${MAX_REDIRECTS} redirects`, retryable: false };
      target = next.href;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        message: `HTTP ${response.status}`,
        retryable: response.status >= 500 || response.status === 429,
      };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_PAGE_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        message: `page of ${declared} bytes is over the ${MAX_PAGE_BYTES}-byte limit`,
        retryable: false,
      };
    }
    const body = await readCapped(response);
    if (!body)
      return { ok: false, message: `page is over the ${MAX_PAGE_BYTES}-byte limit`, retryable: false };
    return { ok: true, body };
  } catch (error) {
    return { ok: false, message: (error as Error).message, retryable: true };
  }
}

async function fetchWithRetries(url: string, options: FetchOptions): Promise<FetchOutcome> {
  let last: FetchOutcome = { ok: false, message: 'not attempted' };
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    if (attempt > 0) await sleep(options.backoffMs * 2 ** (attempt - 1));
    const outcome = await fetchOnce(url, options);
    if (outcome.ok || !outcome.retryable) return outcome;
    last = outcome;
  }
  return { ok: false, message: `${last.ok ? '' : last.message} after ${options.retries + 1} attempts` };
}

/** Fetches a page, from the disk cache when an earlier run already fetched it. */
async function fetchCached(
  url: string,
  options: FetchOptions,
  politeness: { last: number },
): Promise<FetchOutcome> {
  const file = cacheFile(options.cacheDir, url);
  try {
    return { ok: true, body: await fs.readFile(file) };
  } catch {
    // not cached yet
  }
  const wait = politeness.last + options.delayMs - Date.now();
  if (wait > 0) await sleep(wait);
  const outcome = await fetchWithRetries(url, options);
  politeness.last = Date.now();
  if (outcome.ok) {
    await fs.mkdir(options.cacheDir, { recursive: true });
    const partial = `${file}.part`;
    await fs.writeFile(partial, outcome.body);
    await fs.rename(partial, file);
  }
  return outcome;
}

/** Country-page addresses linked from a state.gov year index, in page order, without duplicates. */
export function extractCountryLinks(indexHtml: string, indexUrl: string): string[] {
  const base = new URL(indexUrl);
  const indexYear = INDEX_PATH.exec(base.pathname)?.[1];
  const links = new Set<string>();
  for (const match of indexHtml.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
    const href = match[1];
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    const report = REPORT_PATH.exec(url.pathname);
    if (url.origin !== base.origin || !report || (indexYear && report[1] !== indexYear)) continue;
    url.hash = '';
    url.search = '';
    links.add(url.toString());
  }
  return [...links];
}

/**
 * Fetches a state.gov year index (every country page it links to) or a single country page,
 * one request at a time, with timeouts, retries with back-off, a clear User-Agent and a disk cache.
 */
export async function* fetchStateGovPages(url: string, options: FetchOptions): AsyncGenerator<SourcePage> {
  const politeness = { last: 0 };
  const pathname = new URL(url).pathname;
  if (!INDEX_PATH.test(pathname)) {
    const page = await fetchCached(url, options, politeness);
    yield page.ok
      ? { ok: true, origin: url, raw: page.body }
      : { ok: false, origin: url, code: 'fetch_failed', message: page.message };
    return;
  }
  const index = await fetchWithRetries(url, options);
  // The index counts as a request to the site: the first country page waits its turn after it.
  politeness.last = Date.now();
  if (!index.ok) {
    yield { ok: false, origin: url, code: 'fetch_failed', message: `year index: ${index.message}` };
    return;
  }
  const links = extractCountryLinks(index.body.toString('utf8'), url);
  if (links.length === 0) {
    yield { ok: false, origin: url, code: 'no_links', message: 'the year index links to no country report' };
    return;
  }
  for (const link of links) {
    const page = await fetchCached(link, options, politeness);
    yield page.ok
      ? { ok: true, origin: link, raw: page.body }
      : { ok: false, origin: link, code: 'fetch_failed', message: page.message };
  }
}
