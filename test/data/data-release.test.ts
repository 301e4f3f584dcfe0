import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import pino from 'pino';
import request from 'supertest';
import { getCountryRegistry } from '../../data/country-registry';
import { buildRelease, checkRelease, hashFile, manifestPathFor } from '../../data/data-release';
import { openReportReader } from '../../data/report-reader';
import { createApp } from '../../server/app';
import { extractCorpusPages } from '../support/corpus';

jest.setTimeout(240_000);

const PAGES = ['2023/el-salvador.html', '2023/norway.html'];

async function build(sources: string[]) {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'release-test-'));
  const built = await buildRelease({ sources, outDir, ingest: { threads: 1 } });
  if (!built.ok) throw new Error(built.message);
  return built;
}

describe('data releases', () => {
  let sources: string[];
  let first: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    sources = [await extractCorpusPages(PAGES)];
    first = await build(sources);
  });

  test('a release is named by its date and digest, with a manifest of reports per year and source pages', async () => {
    expect(path.basename(first.file)).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{16}\.sqlite$/);
    expect(path.basename(first.file)).toContain(first.manifest.digest.slice(0, 16));
    expect(first.manifest.reportsPerYear).toEqual({ '2023': 2 });
    expect(first.manifest.sources).toHaveLength(2);
    for (const source of first.manifest.sources) expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.manifest.fileSha256).toBe(await hashFile(first.file));
    expect(JSON.parse(await fs.readFile(manifestPathFor(first.file), 'utf8'))).toEqual(first.manifest);
  });

  test('building twice from the same pages, copied to another folder, gives the same data digest', async () => {
    const second = await build([await extractCorpusPages(PAGES)]);
    expect(second.manifest.digest).toBe(first.manifest.digest);
  });

  test('a release matches its manifest, row by row', async () => {
    const checked = await checkRelease(first.file, { full: true });
    expect(checked).toEqual({ ok: true, manifest: first.manifest });
  });

  test('a manifest with another digest is refused, naming both digests', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'release-bad-'));
    const copy = path.join(dir, path.basename(first.file));
    await fs.copyFile(first.file, copy);
    const other = 'f'.repeat(64);
    await fs.writeFile(manifestPathFor(copy), JSON.stringify({ ...first.manifest, digest: other }));
    const checked = await checkRelease(copy);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.code).toBe('mismatch');
    expect(checked.message).toContain(first.manifest.digest);
    expect(checked.message).toContain(other);
  });

  test('a release of an older schema is refused, saying to run npm run build:release', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'release-old-'));
    const copy = path.join(dir, path.basename(first.file));
    await fs.copyFile(first.file, copy);
    await fs.writeFile(manifestPathFor(copy), JSON.stringify({ ...first.manifest, schemaVersion: 0 }));
    const checked = await checkRelease(copy);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.code).toBe('old_schema');
    expect(checked.message).toMatch(/npm run build:release/);
  });

  test('served immutable: the digest in /readyz and a header, ETags from it, surrogate keys per country, file unchanged', async () => {
    const before = await hashFile(first.file);
    const opened = await openReportReader(first.file, { immutable: true });
    if (!opened.ok) throw new Error(opened.message);
    const app = createApp({
      store: opened.reader,
      registry: getCountryRegistry(),
      config: { RATE_LIMIT_PER_MINUTE: 0, CACHE_MAX_AGE: 300, CACHE_S_MAXAGE: 600, CACHE_STALE_SECONDS: 60 },
      logger: pino({ level: 'silent' }),
      release: first.manifest.digest,
    });
    try {
      const ready = await request(app).get('/readyz').expect(200);
      expect(ready.body.release).toBe(first.manifest.digest);
      const byName = await request(app).get('/v1/countries/El%20Salvador/score').expect(200);
      const byCode = await request(app).get('/v1/countries/SV/score').expect(200);
      const again = await request(app).get('/v1/countries/SV/score').expect(200);
      for (const res of [byName, byCode, again]) {
        expect(res.headers['x-data-release']).toBe(first.manifest.digest);
        expect(res.headers['etag']).toMatch(new RegExp(`^"${first.manifest.digest.slice(0, 12)}-`));
        expect(res.headers['surrogate-key']).toBe(`country-SV release-${first.manifest.digest.slice(0, 16)}`);
        expect(res.headers['cache-tag']).toBe(`country-SV,release-${first.manifest.digest.slice(0, 16)}`);
        expect(res.headers['cache-control']).toBe(
          'public, max-age=300, s-maxage=600, stale-while-revalidate=60',
        );
      }
      expect(again.headers['etag']).toBe(byCode.headers['etag']);
      const embed = await request(app).get('/embed/SV').expect(200);
      expect(embed.headers['surrogate-key']).toContain('country-SV');
      expect(embed.headers['etag']).toMatch(new RegExp(`^"${first.manifest.digest.slice(0, 12)}-`));
      const list = await request(app).get('/v1/countries').expect(200);
      expect(list.headers['surrogate-key']).toMatch(/^site /);
    } finally {
      await opened.reader.close();
    }
    expect(await hashFile(first.file)).toBe(before);
  });
});
