import { execFile } from 'child_process';
import path from 'path';
import { promisify } from 'util';
import { openDatabase, type Database } from '../../data/database';
import { openReportReader, type ReportReader } from '../../data/report-reader';
import { readManifest, tempFile, CORPUS_DIR } from '../support/corpus';

/**
 * The whole corpus, through the real command: all nine years, 1,748 pages. Slow (about a minute),
 * so everything that needs the full store is checked here, on one database.
 */
const run = promisify(execFile);
let db: Database;
let store: ReportReader;
let ingestOutput = '';

/**
 * Reports that lack a section the layout normally has, and why. Each entry is a page as the State
 * Department published it; the parser is not at fault.
 */
const SECTION_EXCEPTIONS: Record<string, string> = {};

beforeAll(async () => {
  const file = tempFile('full.sqlite');
  const tsx = path.resolve('node_modules/.bin/tsx');
  const result = await run(tsx, ['data/ingest-cli.ts', CORPUS_DIR], {
    env: { ...process.env, DATABASE_PATH: file, LOG_LEVEL: 'silent' },
    maxBuffer: 64 * 1024 * 1024,
  });
  ingestOutput = result.stderr;
  const opened = await openDatabase(file, { create: false });
  if (!opened.ok) throw new Error(opened.message);
  db = opened.db;
  const reader = await openReportReader(file);
  if (!reader.ok) throw new Error(reader.message);
  store = reader.reader;
}, 900_000);
afterAll(async () => {
  await store?.close();
  await db?.close();
});

test('all 1,748 pages ingest with no error', () => {
  expect(ingestOutput).toMatch(/1748 pages read, 1748 stored, 0 rescored, 0 unchanged, 0 failed/);
});

test('reports per year equal the pages per year in MANIFEST.tsv', async () => {
  const expected = new Map<number, number>();
  for (const row of readManifest()) expected.set(row.year, (expected.get(row.year) ?? 0) + 1);
  expect(await store.reportsPerYear()).toEqual(expected);
});

test('every report has a country with ISO alpha-2, alpha-3 and numeric codes', async () => {
  const rows = await db.all<{ code: string | null; iso3: string | null; numeric: string | null }>(
    'SELECT c.code, c.iso3, c.numeric FROM reports r LEFT JOIN countries c ON c.code = r.country_code',
  );
  expect(rows).toHaveLength(1748);
  for (const row of rows) {
    expect(row.code).toMatch(/^[A-Z]{2}$/);
    expect(row.iso3).toMatch(/^[A-Z]{3}$/);
    expect(row.numeric).toMatch(/^\d{3}$/);
  }
});

test('every 2016–2023 report has killings, disappearance, torture and arbitrary_arrest sections, and every 2024 report killings, disappearance and torture, but for the listed exceptions', async () => {
  const rows = await db.all<{ code: string; year: number; keys: string }>(
    `SELECT r.country_code AS code, r.year, group_concat(DISTINCT s.key) AS keys FROM reports r JOIN sections s ON s.report_id = r.id GROUP BY r.id`,
  );
  const missing: Record<string, string[]> = {};
  for (const row of rows) {
    const keys = new Set(row.keys.split(','));
    const required =
      row.year >= 2024
        ? ['killings', 'disappearance', 'torture']
        : ['killings', 'disappearance', 'torture', 'arbitrary_arrest'];
    const absent = required.filter((key) => !keys.has(key));
    if (absent.length) missing[`${row.code}:${row.year}`] = absent;
  }
  expect(Object.keys(missing).sort()).toEqual(Object.keys(SECTION_EXCEPTIONS).sort());
});

test('every stored paragraph of the 2023 reports equals the slice of its report text at its offsets', async () => {
  const reports = await db.all<{ id: number; text: string }>(
    'SELECT id, text FROM reports WHERE year = 2023',
  );
  let checked = 0;
  for (const report of reports) {
    const paragraphs = await db.all<{ text: string; start: number; end: number }>(
      'SELECT text, start, "end" FROM paragraphs WHERE report_id = ? ORDER BY ord',
      [report.id],
    );
    for (const paragraph of paragraphs) {
      if (report.text.slice(paragraph.start, paragraph.end) !== paragraph.text)
        throw new Error(`report ${report.id} offset ${paragraph.start}`);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(20_000);
});

test('every evidence quote of every 2023 report is a verbatim substring of that report at its offsets', async () => {
  const rows = await db.all<{ text: string; quote: string; start: number; end: number }>(
    'SELECT r.text, e.quote, e.start, e."end" FROM evidence e JOIN reports r ON r.id = e.report_id WHERE r.year = 2023',
  );
  expect(rows.length).toBeGreaterThan(5_000);
  const wrong = rows.filter((row) => row.text.slice(row.start, row.end) !== row.quote);
  expect(wrong).toEqual([]);
});

test('every country with a report has a headline score made with the current method', async () => {
  const headlines = await store.listHeadlineScores();
  expect(headlines.length).toBe(197);
  const countries = await db.get<{ n: number }>('SELECT count(DISTINCT country_code) AS n FROM reports');
  expect(countries?.n).toBe(197);
});

test('a rerun on the unchanged corpus stores nothing and reports every page unchanged', async () => {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const result = await run(tsx, ['data/ingest-cli.ts', CORPUS_DIR], {
    env: { ...process.env, DATABASE_PATH: db.file, LOG_LEVEL: 'silent' },
  });
  expect(result.stderr).toMatch(/1748 pages read, 0 stored, 0 rescored, 1748 unchanged, 0 failed/);
}, 300_000);
