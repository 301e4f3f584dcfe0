import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { promisify } from 'util';
import { openDatabase } from '../../data/database';
import { ingestSources } from '../../data/report-ingester';
import { ReportWriter } from '../../data/report-writer';
import { openReportReader } from '../../data/report-reader';
import { extractCorpusPages, readCorpusPages, tempFile } from '../support/corpus';
import { combinedTerritoryPage } from '../support/territory-page';

const run = promisify(execFile);
const GOOD = ['2023/norway.html', '2023/rwanda.html', '2024/rwanda.html'];
/**
 * A few pages: parsing them on this thread is quicker than starting worker threads, each of which
 * loads the TypeScript sources anew. The threaded path has its own tests (page-pool.test.ts).
 */
const IN_THREAD = { threads: 1 };

async function freshStore() {
  const file = tempFile('ingest.sqlite');
  const opened = await openDatabase(file, { create: true });
  if (!opened.ok) throw new Error(opened.message);
  return { store: new ReportWriter(opened.db), db: opened.db, file };
}

async function folderWithBadPages(): Promise<string> {
  const folder = await extractCorpusPages(GOOD);
  const norway = (await readCorpusPages(['2023/norway.html'])).get('2023/norway.html') ?? Buffer.alloc(0);
  await fs.mkdir(path.join(folder, 'bad'), { recursive: true });
  await fs.writeFile(path.join(folder, 'bad', 'truncated.html'), norway.subarray(0, 5000));
  await fs.writeFile(path.join(folder, 'bad', 'binary.html'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  await fs.writeFile(path.join(folder, 'bad', 'empty.html'), '');
  await fs.writeFile(
    path.join(folder, 'bad', 'press-release.html'),
    '<html><body><h1>Press release</h1><p>Words.</p></body></html>',
  );
  return folder;
}

describe('ingesting pages into the store', () => {
  test('bad pages are named with their reason while the good ones still go in', async () => {
    const { store, db, file } = await freshStore();
    const summary = await ingestSources(store, [await folderWithBadPages()], IN_THREAD);
    expect(summary.stored).toBe(3);
    expect(summary.failed.map((f) => [path.basename(f.origin), f.code]).sort()).toEqual([
      ['binary.html', 'binary'],
      ['empty.html', 'empty'],
      ['press-release.html', 'not_a_country_report'],
      ['truncated.html', 'truncated'],
    ]);
    expect(await store.countReports()).toBe(3);
    const reader = await openReportReader(file);
    if (!reader.ok) throw new Error(reader.message);
    expect(await reader.reader.findHeadlineScore('RW')).toMatchObject({ year: 2024 });
    await reader.reader.close();
    await db.close();
  });

  test('a rerun on unchanged pages skips every page by its sha256', async () => {
    const { store, db } = await freshStore();
    const folder = await extractCorpusPages(GOOD);
    await ingestSources(store, [folder], IN_THREAD);
    const again = await ingestSources(store, [folder], IN_THREAD);
    expect(again).toMatchObject({ stored: 0, unchanged: 3, rescored: 0 });
    expect(again.failed).toEqual([]);
    await db.close();
  });

  test('a changed page replaces its report: same count, new digest', async () => {
    const { store, db } = await freshStore();
    const folder = await extractCorpusPages(GOOD);
    await ingestSources(store, [folder], IN_THREAD);
    const before = await store.findReportDigest('NO', 2023);
    const file = path.join(folder, '2023', 'norway.html');
    await fs.appendFile(file, '\n<!-- saved again -->\n');
    const summary = await ingestSources(store, [folder], IN_THREAD);
    expect(summary).toMatchObject({ stored: 1, unchanged: 2 });
    const after = await store.findReportDigest('NO', 2023);
    expect(after?.sha256).not.toBe(before?.sha256);
    expect(await store.countReports()).toBe(3);
    await db.close();
  });

  test('two pages for the same country and year: the second is reported as a duplicate', async () => {
    const { store, db } = await freshStore();
    const folder = await extractCorpusPages(['2023/norway.html']);
    await fs.copyFile(
      path.join(folder, '2023', 'norway.html'),
      path.join(folder, '2023', 'norway-copy.html'),
    );
    const summary = await ingestSources(store, [folder], IN_THREAD);
    expect(summary.failed).toEqual([expect.objectContaining({ code: 'duplicate_report' })]);
    await db.close();
  });

  test('a failure in the middle of storing a report leaves nothing of it and keeps what was stored', async () => {
    const { store, db } = await freshStore();
    await ingestSources(store, [await extractCorpusPages(['2023/norway.html'])], IN_THREAD);
    const original = db.insertMany.bind(db);
    db.insertMany = async (table, columns, rows) => {
      if (table === 'paragraphs') throw new Error('disk full (simulated)');
      return original(table, columns, rows);
    };
    await expect(
      ingestSources(store, [await extractCorpusPages(['2023/rwanda.html'])], IN_THREAD),
    ).rejects.toThrow('disk full');
    db.insertMany = original;
    expect(await store.findReportDigest('RW', 2023)).toBeUndefined();
    expect(
      await db.get('SELECT count(*) AS n FROM sections WHERE report_id NOT IN (SELECT id FROM reports)'),
    ).toEqual({ n: 0 });
    expect(await store.findReportDigest('NO', 2023)).toBeDefined();
    await db.close();
  });

  test('npm run ingest ends with a summary and a non-zero exit when a page is bad', async () => {
    const folder = await folderWithBadPages();
    const env = { ...process.env, DATABASE_PATH: tempFile('cli.sqlite'), LOG_LEVEL: 'silent' };
    const tsx = path.resolve('node_modules/.bin/tsx');
    const result = await run(tsx, ['data/ingest-cli.ts', folder], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/truncated\.html: the page ends before <\/html>/);
    expect(result.stderr).toMatch(/3 stored, 0 rescored, 0 unchanged, 4 failed/);
  });

  test('a page printing the West Bank and Gaza part in full stores two reports: IL and PS, one page digest and address', async () => {
    const { store, db, file } = await freshStore();
    const folder = path.dirname(tempFile('x'));
    await fs.writeFile(path.join(folder, 'combined.html'), combinedTerritoryPage());
    const summary = await ingestSources(store, [folder]);
    expect(summary.failed).toEqual([]);
    expect(summary.stored).toBe(2);
    const opened = await openReportReader(file);
    if (!opened.ok) throw new Error(opened.message);
    const { reader } = opened;
    const israel = await reader.findReport('IL', 2021);
    const territory = await reader.findReport('PS', 2021);
    if (!israel || !territory) throw new Error('a part was not stored');
    expect(territory.sha256).toBe(israel.sha256);
    expect(territory.sourceUrl).toBe(israel.sourceUrl);
    const israelText = await reader.reportText(israel.id);
    const territoryText = await reader.reportText(territory.id);
    expect(israelText).toMatch(/^Executive Summary/);
    expect(israelText).not.toMatch(/journalist/);
    expect(territoryText).toMatch(/^West Bank and Gaza/);
    expect(territoryText).toMatch(/journalist was taken/);
    await reader.close();
    const again = await ingestSources(store, [folder]);
    expect(again.failed).toEqual([]);
    expect(await store.countReports()).toBe(2);
    await db.close();
  });
});
