import { promises as fs } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { gzipSync } from 'zlib';
import * as tarStream from 'tar-stream';
import { readSource, DEFAULT_ARCHIVE_LIMITS, type SourcePage } from '../../data/report-sources';
import { extractCountryLinks } from '../../data/state-gov-fetcher';
import { readCorpusPages, tempFile } from '../support/corpus';

type Entry = {
  name: string;
  body?: Buffer | string;
  type?: tarStream.Header['type'];
  linkname?: string;
  size?: number;
};

/** Builds a .tar.gz in memory from entries written by the test (hostile ones included). */
async function makeArchive(entries: Entry[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const entry of entries) {
    const body = entry.body === undefined ? undefined : Buffer.from(entry.body);
    await new Promise<void>((resolve, reject) =>
      pack.entry(
        {
          name: entry.name,
          type: entry.type ?? 'file',
          ...(entry.linkname ? { linkname: entry.linkname } : {}),
          ...(entry.size !== undefined ? { size: entry.size } : {}),
        },
        body as Buffer,
        (error) => (error ? reject(error) : resolve()),
      ),
    );
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

async function collect(
  source: string,
  options: Parameters<typeof readSource>[1] = {},
): Promise<SourcePage[]> {
  const pages: SourcePage[] = [];
  for await (const page of readSource(source, options)) pages.push(page);
  return pages;
}

async function writeArchive(entries: Entry[]): Promise<string> {
  const file = tempFile('hostile.tar.gz');
  await fs.writeFile(file, await makeArchive(entries));
  return file;
}

describe('reading archives safely', () => {
  test('a regular archive yields its pages, named archive!entry, without unpacking to disk', async () => {
    const file = await writeArchive([
      { name: '2023/', type: 'directory' },
      { name: '2023/a.html', body: '<html>a</html>' },
      { name: '2023/b.html', body: '<html>b</html>' },
      { name: '2023/notes.txt', body: 'ignored' },
    ]);
    const pages = await collect(file);
    expect(pages.map((p) => p.origin)).toEqual([`${file}!2023/a.html`, `${file}!2023/b.html`]);
    expect(pages.every((p) => p.ok)).toBe(true);
  });

  test('an entry whose path climbs out of the archive (..) is refused and the others still read', async () => {
    const file = await writeArchive([
      { name: '../../etc/evil.html', body: '<html>x</html>' },
      { name: '2023/good.html', body: '<html>ok</html>' },
    ]);
    const pages = await collect(file);
    expect(pages[0]).toMatchObject({
      ok: false,
      code: 'unsafe_archive_entry',
      message: expect.stringContaining('..'),
    });
    expect(pages[1]).toMatchObject({ ok: true });
  });

  test('absolute paths, symbolic links and hard links are refused', async () => {
    const file = await writeArchive([
      { name: '/abs/page.html', body: '<html>x</html>' },
      { name: '2023/link.html', type: 'symlink', linkname: '/etc/passwd' },
      { name: '2023/hard.html', type: 'link', linkname: '2023/other.html' },
    ]);
    const pages = await collect(file);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => !p.ok && p.code === 'unsafe_archive_entry')).toBe(true);
  });

  test('an entry larger than the size limit is refused from its header', async () => {
    const file = await writeArchive([{ name: '2023/huge.html', body: Buffer.alloc(64 * 1024, 0x61) }]);
    const pages = await collect(file, { archiveLimits: { ...DEFAULT_ARCHIVE_LIMITS, maxEntryBytes: 1024 } });
    expect(pages[0]).toMatchObject({
      ok: false,
      code: 'unsafe_archive_entry',
      message: expect.stringContaining('limit'),
    });
  });

  test('a decompression bomb (absurd ratio) is stopped before it is read whole', async () => {
    const file = await writeArchive([{ name: '2023/bomb.html', body: Buffer.alloc(20 * 1024 * 1024, 0) }]);
    const compressed = (await fs.stat(file)).size;
    expect(compressed).toBeLessThan(200 * 1024);
    const pages = await collect(file, {
      archiveLimits: { ...DEFAULT_ARCHIVE_LIMITS, maxEntryBytes: 64 * 1024 * 1024 },
    });
    expect(pages[0]).toMatchObject({
      ok: false,
      code: 'archive_bomb',
      message: expect.stringContaining('ratio'),
    });
  });

  test('too many entries are refused past the limit', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      name: `2023/p${i}.html`,
      body: '<html></html>',
    }));
    const pages = await collect(await writeArchive(entries), {
      archiveLimits: { ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 10 },
    });
    expect(pages.filter((p) => p.ok)).toHaveLength(10);
    expect(pages[pages.length - 1]).toMatchObject({ ok: false, code: 'archive_too_many_entries' });
  });

  test('a corrupt archive is reported, not thrown', async () => {
    const file = tempFile('corrupt.tar.gz');
    await fs.writeFile(file, Buffer.from('this is not gzip at all'));
    const pages = await collect(file);
    expect(pages).toEqual([expect.objectContaining({ ok: false, code: 'corrupt_archive' })]);
  });

  test('a folder yields its pages and the pages inside its archives', async () => {
    const folder = path.dirname(tempFile('x'));
    await fs.writeFile(path.join(folder, 'one.html'), '<html>1</html>');
    await fs.writeFile(
      path.join(folder, 'bundle.tar.gz'),
      await makeArchive([{ name: 'two.html', body: '<html>2</html>' }]),
    );
    const pages = await collect(folder);
    expect(pages.map((p) => path.basename(p.origin))).toEqual(['bundle.tar.gz!two.html', 'one.html']);
  });

  test('a missing source is reported with its path', async () => {
    const pages = await collect('/nonexistent/folder');
    expect(pages).toEqual([
      expect.objectContaining({ ok: false, code: 'not_found', origin: '/nonexistent/folder' }),
    ]);
  });
});

describe('fetching from a state.gov-like server (local, never the internet)', () => {
  let server: http.Server;
  let base: string;
  const requests: Array<{ url: string; userAgent: string | undefined }> = [];
  let failuresLeft = 0;
  let pages: Map<string, Buffer>;
  let endlessSent: () => number = () => 0;

  beforeAll(async () => {
    pages = await readCorpusPages(['2023/rwanda.html', '2023/norway.html']);
    server = http.createServer((req, res) => {
      requests.push({ url: req.url ?? '', userAgent: req.headers['user-agent'] });
      const match = /^\/reports\/2023-country-reports-on-human-rights-practices\/([a-z-]*)\/?$/.exec(
        req.url ?? '',
      );
      if (!match) return void res.writeHead(404).end();
      if (match[1] === '') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><body><a href="/reports/2023-country-reports-on-human-rights-practices/rwanda/">Rwanda</a>
          <a href="${base}/reports/2023-country-reports-on-human-rights-practices/norway/#top">Norway</a>
          <a href="/reports/2022-country-reports-on-human-rights-practices/norway/">other year</a>
          <a href="https://elsewhere.example/reports/2023-country-reports-on-human-rights-practices/x/">other site</a></body></html>`);
        return;
      }
      if (match[1] === 'moved') {
        // Another origin (a different port on the same host) stands in for a spoofed or hijacked site.
        const elsewhere = `http://localhost:${(server.address() as AddressInfo).port}/reports/2023-country-reports-on-human-rights-practices/norway/`;
        return void res.writeHead(302, { location: elsewhere }).end();
      }
      if (match[1] === 'relocated') {
        return void res
          .writeHead(301, { location: '/reports/2023-country-reports-on-human-rights-practices/rwanda/' })
          .end();
      }
      if (match[1] === 'endless') {
        // No declared length: only counting while reading can stop it.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 64 && !res.destroyed) {
            sent += 1;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
        endlessSent = () => sent;
        return;
      }
      if (match[1] === 'norway' && failuresLeft > 0) {
        failuresLeft -= 1;
        return void res.writeHead(503).end();
      }
      const body = pages.get(`2023/${match[1]}.html`);
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const options = (cacheDir: string) => ({
    fetch: {
      cacheDir,
      userAgent: 'risk-test-agent/1.0',
      timeoutMs: 5000,
      retries: 3,
      delayMs: 0,
      backoffMs: 10,
    },
  });

  test('the year index yields each linked country page of that year and site, once, with our User-Agent', async () => {
    requests.length = 0;
    failuresLeft = 0;
    const cacheDir = path.dirname(tempFile('x'));
    const fetched = await collect(
      `${base}/reports/2023-country-reports-on-human-rights-practices/`,
      options(cacheDir),
    );
    expect(fetched.map((p) => p.origin)).toEqual([
      `${base}/reports/2023-country-reports-on-human-rights-practices/rwanda/`,
      `${base}/reports/2023-country-reports-on-human-rights-practices/norway/`,
    ]);
    expect(fetched.every((p) => p.ok)).toBe(true);
    expect(requests.every((r) => r.userAgent === 'risk-test-agent/1.0')).toBe(true);
  });

  test('a server error is retried with back-off, and the page arrives', async () => {
    failuresLeft = 2;
    const cacheDir = path.dirname(tempFile('x'));
    const fetched = await collect(
      `${base}/reports/2023-country-reports-on-human-rights-practices/norway/`,
      options(cacheDir),
    );
    expect(fetched[0]).toMatchObject({ ok: true });
    expect(failuresLeft).toBe(0);
  });

  test('a rerun reads pages from the disk cache instead of fetching them again', async () => {
    failuresLeft = 0;
    const cacheDir = path.dirname(tempFile('x'));
    await collect(`${base}/reports/2023-country-reports-on-human-rights-practices/`, options(cacheDir));
    requests.length = 0;
    const again = await collect(
      `${base}/reports/2023-country-reports-on-human-rights-practices/`,
      options(cacheDir),
    );
    expect(again.filter((p) => p.ok)).toHaveLength(2);
    expect(requests.map((r) => r.url)).toEqual(['/reports/2023-country-reports-on-human-rights-practices/']);
  });

  test('a page that keeps failing is reported after the retries, not thrown', async () => {
    failuresLeft = 100;
    const cacheDir = path.dirname(tempFile('x'));
    const fetched = await collect(
      `${base}/reports/2023-country-reports-on-human-rights-practices/norway/`,
      options(cacheDir),
    );
    expect(fetched[0]).toMatchObject({
      ok: false,
      code: 'fetch_failed',
      message: expect.stringContaining('4 attempts'),
    });
    failuresLeft = 0;
  });

  test('a redirect to another site is refused before that site is asked anything', async () => {
    const cacheDir = path.dirname(tempFile('x'));
    requests.length = 0;
    const fetched = await collect(
      `${base}/reports/2023-country-reports-on-human-rights-practices/moved/`,
      options(cacheDir),
    );
    expect(fetched[0]).toMatchObject({
      ok: false,
      code: 'fetch_failed',
      message: expect.stringContaining('redirected off the site'),
    });
    expect(requests.map((r) => r.url)).toEqual([
      '/reports/2023-country-reports-on-human-rights-practices/moved/',
    ]);
  });

  test('a redirect within the site is followed to the page', async () => {
    const cacheDir = path.dirname(tempFile('x'));
    const fetched = await collect(
      `${base}/reports/2023-country-reports-on-human-rights-practices/relocated/`,
      options(cacheDir),
    );
    expect(fetched[0]).toMatchObject({ ok: true });
  });

  test('a page with no declared length is dropped as soon as it passes the size limit', async () => {
    const cacheDir = path.dirname(tempFile('x'));
    const fetched = await collect(
      `${base}/reports/2023-country-reports-on-human-rights-practices/endless/`,
      options(cacheDir),
    );
    expect(fetched[0]).toMatchObject({
      ok: false,
      code: 'fetch_failed',
      message: expect.stringContaining('over the 8388608-byte limit'),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(endlessSent()).toBeLessThan(64);
  });

  test('link extraction keeps only same-site country pages of the index year', () => {
    const links = extractCountryLinks(
      '<a href="/reports/2023-country-reports-on-human-rights-practices/chad/">a</a><a href="/reports/2023-country-reports-on-human-rights-practices/chad/#x">dup</a><a href="/about/">b</a>',
      'https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/',
    );
    expect(links).toEqual([
      'https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/chad/',
    ]);
  });
});
