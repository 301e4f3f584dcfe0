import { createHash } from 'crypto';
import { createReadStream, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { z } from 'zod';
import { METHOD_VERSION } from '../scoring/report-scorer';
import { openDatabase, SCHEMA_VERSION, type Database } from './database';
import { ingestSources, type IngestOptions } from './report-ingester';
import { ReportWriter } from './report-writer';

/** The meta keys a release carries about itself; they are left out of its own digest. */
const META_DIGEST = 'release_digest';
const META_SCHEMA = 'release_schema';

/**
 * What a release is, next to it as `<release>.manifest.json`. `digest` covers the data (see
 * `computeDataDigest`), `fileSha256` the exact bytes of the file as built.
 */
export const ReleaseManifestSchema = z.object({
  release: z.string(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  schemaVersion: z.number().int(),
  methodVersion: z.string(),
  reportsPerYear: z.record(z.string(), z.number().int()),
  sources: z.array(z.object({ url: z.string(), sha256: z.string() })),
  builtAt: z.string(),
});
export type ReleaseManifest = z.infer<typeof ReleaseManifestSchema>;

export type ReleaseCheck =
  | { ok: true; manifest: ReleaseManifest }
  | {
      ok: false;
      code: 'no_manifest' | 'bad_manifest' | 'old_schema' | 'mismatch' | 'unreadable';
      message: string;
    };

/** `releases/2026-11-30-ab12….sqlite` → `releases/2026-11-30-ab12….manifest.json`. */
export function manifestPathFor(releaseFile: string): string {
  return releaseFile.replace(/\.sqlite$/, '') + '.manifest.json';
}

// Each table read through its natural key, never through row ids, and without origin and
// retrieved_at (where and when this copy of a page was read, not what it says): the same pages and
// code give the same rows wherever and whenever they are built.
const CANONICAL_QUERIES: ReadonlyArray<readonly [string, string]> = [
  ['countries', 'SELECT code, iso3, numeric, name FROM countries ORDER BY code'],
  [
    'reports',
    `SELECT country_code, year, title, page_country_name, layout, source_url, sha256, parser_version, text
     FROM reports ORDER BY country_code, year`,
  ],
  [
    'sections',
    `SELECT r.country_code, r.year, s.ord, s.key, s.heading, s.heading_path, s.start, s."end"
     FROM sections s JOIN reports r ON r.id = s.report_id ORDER BY r.country_code, r.year, s.ord`,
  ],
  [
    'paragraphs',
    `SELECT r.country_code, r.year, s.ord AS section_ord, p.ord, p.text, p.start, p."end"
     FROM paragraphs p JOIN reports r ON r.id = p.report_id JOIN sections s ON s.id = p.section_id
     ORDER BY r.country_code, r.year, p.ord`,
  ],
  [
    'report_scores',
    `SELECT r.country_code, r.year, x.method_version, x.score, x.band, x.confidence, x.result
     FROM report_scores x JOIN reports r ON r.id = x.report_id ORDER BY r.country_code, r.year`,
  ],
  [
    'evidence',
    `SELECT r.country_code, r.year, e.category, e.rank, e.quote, e.section_key, e.heading, e.start, e."end", e.weight, e.cue
     FROM evidence e JOIN reports r ON r.id = e.report_id
     ORDER BY r.country_code, r.year, e.category, e.rank, e.start, e."end", e.quote`,
  ],
  [
    'country_scores',
    'SELECT country_code, method_version, year, score, band, confidence, result FROM country_scores ORDER BY country_code',
  ],
  ['meta', `SELECT key, value FROM meta WHERE key NOT IN ('${META_DIGEST}', '${META_SCHEMA}') ORDER BY key`],
];

/**
 * SHA-256 of the data in canonical order (schema version, then each table's rows as JSON lines),
 * independent of row ids, page order of the build and the file's layout on disk.
 */
export async function computeDataDigest(db: Database): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`schema ${SCHEMA_VERSION}\n`);
  for (const [table, sql] of CANONICAL_QUERIES) {
    hash.update(`table ${table}\n`);
    await db.each<Record<string, unknown>>(sql, (row) => {
      hash.update(JSON.stringify(Object.values(row)));
      hash.update('\n');
    });
  }
  return hash.digest('hex');
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface BuildReleaseOptions {
  sources: readonly string[];
  outDir: string;
  /** The build's clock (the file name's date and `builtAt`). */
  now?: () => Date;
  ingest?: Pick<IngestOptions, 'threads' | 'fetch'>;
}

export type BuildReleaseResult =
  | { ok: true; file: string; manifestFile: string; manifest: ReleaseManifest; failedPages: number }
  | { ok: false; message: string };

/**
 * Builds a data release: ingests the sources into a scratch database, records the data digest in
 * it, merges the search index, analyses, and writes a VACUUMed copy `<date>-<digest>.sqlite` (no
 * WAL, so it can be opened immutable) with its manifest beside it.
 */
export async function buildRelease(options: BuildReleaseOptions): Promise<BuildReleaseResult> {
  const now = options.now ?? (() => new Date());
  const scratchDir = await fs.mkdtemp(path.join(os.tmpdir(), 'release-build-'));
  const scratch = path.join(scratchDir, 'build.sqlite');
  try {
    const opened = await openDatabase(scratch, { create: true });
    if (!opened.ok) return { ok: false, message: opened.message };
    const db = opened.db;
    try {
      const summary = await ingestSources(new ReportWriter(db), options.sources, options.ingest ?? {});
      const stored = summary.stored + summary.rescored + summary.unchanged;
      if (stored === 0)
        return { ok: false, message: `no report could be stored from ${options.sources.join(', ')}` };
      const digest = await computeDataDigest(db);
      await db.run('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?), (?, ?)', [
        META_DIGEST,
        digest,
        META_SCHEMA,
        String(SCHEMA_VERSION),
      ]);
      await db.exec("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES('optimize'); ANALYZE;");
      const builtAt = now();
      const name = `${builtAt.toISOString().slice(0, 10)}-${digest.slice(0, 16)}.sqlite`;
      await fs.mkdir(options.outDir, { recursive: true });
      const file = path.join(options.outDir, name);
      await fs.rm(file, { force: true });
      await db.run('VACUUM INTO ?', [file]);
      await setRollbackJournal(file);
      const perYear = await db.all<{ year: number; n: number }>(
        'SELECT year, count(*) AS n FROM reports GROUP BY year ORDER BY year',
      );
      const sources = await db.all<{ url: string; sha256: string }>(
        'SELECT DISTINCT source_url AS url, sha256 FROM reports ORDER BY source_url, sha256',
      );
      const manifest: ReleaseManifest = {
        release: name,
        digest,
        fileSha256: await hashFile(file),
        schemaVersion: SCHEMA_VERSION,
        methodVersion: METHOD_VERSION,
        reportsPerYear: Object.fromEntries(perYear.map((row) => [String(row.year), row.n])),
        sources,
        builtAt: builtAt.toISOString(),
      };
      const manifestFile = manifestPathFor(file);
      await fs.writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      return { ok: true, file, manifestFile, manifest, failedPages: summary.failed.length };
    } finally {
      await db.close();
    }
  } finally {
    await fs.rm(scratchDir, { recursive: true, force: true });
  }
}

/** A VACUUM INTO copy keeps the WAL flag of its source; an immutable reader wants none. */
async function setRollbackJournal(file: string): Promise<void> {
  const opened = await openDatabase(file, { create: false });
  if (!opened.ok) throw new Error(opened.message);
  await opened.db.exec('PRAGMA journal_mode = DELETE');
  await opened.db.close();
}

async function readManifest(file: string): Promise<ReleaseCheck> {
  const manifestFile = manifestPathFor(file);
  let raw: string;
  try {
    raw = await fs.readFile(manifestFile, 'utf8');
  } catch {
    return { ok: false, code: 'no_manifest', message: `release ${file} has no manifest at ${manifestFile}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return {
      ok: false,
      code: 'bad_manifest',
      message: `manifest ${manifestFile} is not JSON: ${(error as Error).message}`,
    };
  }
  const parsed = ReleaseManifestSchema.safeParse(json);
  return parsed.success
    ? { ok: true, manifest: parsed.data }
    : {
        ok: false,
        code: 'bad_manifest',
        message: `manifest ${manifestFile} is not a release manifest: ${parsed.error.issues[0]?.message}`,
      };
}

const rebuildAdvice = (file: string) =>
  `rebuild it with this program's \`npm run build:release\` (REPORT_SOURCES=<the release's sources> npm run build:release) and point DATA_RELEASE at the new file instead of ${path.basename(file)}`;

/**
 * Checks a release before serving it, on an immutable connection, without reading all of it: the
 * schema is this program's, and the digest recorded in the file and the file's bytes are the
 * manifest's. `full` also recomputes the data digest from every row (`npm run verify:release`).
 */
export async function checkRelease(file: string, options: { full?: boolean } = {}): Promise<ReleaseCheck> {
  const read = await readManifest(file);
  if (!read.ok) return read;
  const { manifest } = read;
  if (manifest.schemaVersion < SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'old_schema',
      message: `release ${file} was built with schema version ${manifest.schemaVersion}, older than this program's ${SCHEMA_VERSION}; ${rebuildAdvice(file)}`,
    };
  }
  const opened = await openDatabase(file, { create: false, immutable: true });
  if (!opened.ok) return { ok: false, code: 'unreadable', message: opened.message };
  try {
    const version = await opened.db.get<{ user_version: number }>('PRAGMA user_version');
    if ((version?.user_version ?? 0) < SCHEMA_VERSION) {
      return {
        ok: false,
        code: 'old_schema',
        message: `release ${file} has schema version ${version?.user_version ?? 0}, older than this program's ${SCHEMA_VERSION}; ${rebuildAdvice(file)}`,
      };
    }
    const recorded = await opened.db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [
      META_DIGEST,
    ]);
    const inFile = recorded?.value ?? '(none)';
    if (inFile !== manifest.digest) {
      return {
        ok: false,
        code: 'mismatch',
        message: `release ${file} does not match its manifest: the file records data digest ${inFile}, the manifest says ${manifest.digest}`,
      };
    }
    const fileSha256 = await hashFile(file);
    if (fileSha256 !== manifest.fileSha256) {
      return {
        ok: false,
        code: 'mismatch',
        message: `release ${file} does not match its manifest: the file's SHA-256 is ${fileSha256}, the manifest says ${manifest.fileSha256} (data digest ${manifest.digest})`,
      };
    }
    if (options.full) {
      const computed = await computeDataDigest(opened.db);
      if (computed !== manifest.digest) {
        return {
          ok: false,
          code: 'mismatch',
          message: `release ${file} does not match its manifest: its data digests to ${computed}, the manifest says ${manifest.digest}`,
        };
      }
    }
    return { ok: true, manifest };
  } finally {
    await opened.db.close();
  }
}
