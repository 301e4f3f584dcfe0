import pino from 'pino';
import { getCountryRegistry } from '../../data/country-registry';
import { openDatabase, type Database } from '../../data/database';
import { ingestSources, type IngestSummary } from '../../data/report-ingester';
import { openReportReader, type ReportReader } from '../../data/report-reader';
import { ReportWriter } from '../../data/report-writer';
import { createApp } from '../../server/app';
import { extractCorpusPages, tempFile } from './corpus';

/**
 * A small but real fixture: several years and both layouts, an odd slug (swaziland), multi-territory
 * pages (China, Israel), Kosovo (XK), the countries the browser tests use, and El Salvador across
 * the 2024 cut.
 */
export const FIXTURE_PAGES = [
  '2016/swaziland.html',
  '2022/el-salvador.html',
  '2023/el-salvador.html',
  '2024/el-salvador.html',
  '2023/eswatini.html',
  '2024/eswatini.html',
  '2023/rwanda.html',
  '2024/rwanda.html',
  '2023/china.html',
  '2023/israel-west-bank-and-gaza.html',
  '2023/kosovo.html',
  '2023/norway.html',
  '2023/south-sudan.html',
  '2023/libya.html',
  '2024/kenya.html',
];

export interface TestDatabase {
  file: string;
  /** The ingest's read-write connection, for tests that inspect or change tables directly. */
  db: Database;
  /** What the server reads through: a read-only connection, as in production. */
  store: ReportReader;
  summary: IngestSummary;
  close(): Promise<void>;
}

export async function buildTestDatabase(pages: readonly string[] = FIXTURE_PAGES): Promise<TestDatabase> {
  const folder = await extractCorpusPages(pages);
  const file = tempFile('reports.sqlite');
  const opened = await openDatabase(file, { create: true });
  if (!opened.ok) throw new Error(opened.message);
  // Fifteen pages: parsing them on this thread is quicker than starting worker threads, each of which
  // loads the TypeScript sources anew (the threaded path has its own tests).
  const summary = await ingestSources(new ReportWriter(opened.db), [folder], { threads: 1 });
  const reader = await openReportReader(file);
  if (!reader.ok) throw new Error(reader.message);
  const store = reader.reader;
  return {
    file,
    db: opened.db,
    store,
    summary,
    close: async () => {
      await store.close();
      await opened.db.close();
    },
  };
}

export interface EmptyTestStore {
  store: ReportReader;
  close(): Promise<void>;
}

/** A migrated database with no report: enough for routes that read no data (/openapi.json). */
export async function buildEmptyTestStore(): Promise<EmptyTestStore> {
  const file = tempFile('empty.sqlite');
  const created = await openDatabase(file, { create: true });
  if (!created.ok) throw new Error(created.message);
  await created.db.close();
  const opened = await openReportReader(file);
  if (!opened.ok) throw new Error(opened.message);
  return { store: opened.reader, close: () => opened.reader.close() };
}

export function buildTestApp(store: ReportReader, overrides: { RATE_LIMIT_PER_MINUTE?: number } = {}) {
  return createApp({
    store,
    registry: getCountryRegistry(),
    config: { RATE_LIMIT_PER_MINUTE: overrides.RATE_LIMIT_PER_MINUTE ?? 0, CACHE_MAX_AGE: 300 },
    logger: pino({ level: 'silent' }),
  });
}
