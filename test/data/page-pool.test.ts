import { promises as fs } from 'fs';
import path from 'path';
import { openDatabase } from '../../data/database';
import { PagePool } from '../../data/page-pool';
import { ingestSources } from '../../data/report-ingester';
import { ReportWriter } from '../../data/report-writer';
import { extractCorpusPages, readCorpusPages, tempFile } from '../support/corpus';

const CRASHING_WORKER = path.resolve(__dirname, '..', 'support', 'crashing-page-worker.ts');
const UNLOADABLE_WORKER = path.resolve(__dirname, '..', 'support', 'unloadable-page-worker.ts');
const PAGES = ['2023/norway.html', '2023/rwanda.html', '2024/rwanda.html'];

async function freshWriter() {
  const opened = await openDatabase(tempFile('pool.sqlite'), { create: true });
  if (!opened.ok) throw new Error(opened.message);
  return { writer: new ReportWriter(opened.db), close: () => opened.db.close() };
}

/** The test pages in a folder, Norway's carrying `marker`, which the crashing worker acts on. */
async function pagesWithMarkedNorway(marker: string): Promise<string> {
  const folder = await extractCorpusPages(PAGES);
  await fs.appendFile(path.join(folder, '2023', 'norway.html'), `\n${marker}\n`);
  return folder;
}

describe('the page pool when a worker thread dies', () => {
  test('a page that kills its worker every time fails on its own, and the other pages still ingest', async () => {
    const { writer, close } = await freshWriter();
    try {
      const summary = await ingestSources(writer, [await pagesWithMarkedNorway('<!-- crash-always -->')], {
        threads: 2,
        pageWorker: CRASHING_WORKER,
      });
      expect(summary.failed.map((f) => [path.basename(f.origin), f.code])).toEqual([
        ['norway.html', 'worker_crashed'],
      ]);
      expect(summary.failed[0]?.message).toMatch(/died 2 times \(last: exit code 70\)/);
      expect(summary.stored).toBe(2);
      expect(await writer.findReportDigest('RW', 2023)).toBeDefined();
      expect(await writer.findReportDigest('RW', 2024)).toBeDefined();
      expect(await writer.findReportDigest('NO', 2023)).toBeUndefined();
    } finally {
      await close();
    }
  });

  test('a page whose worker dies once is retried on a fresh worker and stored', async () => {
    const { writer, close } = await freshWriter();
    const flag = tempFile('crashed-once.flag');
    try {
      const summary = await ingestSources(
        writer,
        [await pagesWithMarkedNorway(`<!-- crash-once:${flag} -->`)],
        {
          threads: 2,
          pageWorker: CRASHING_WORKER,
        },
      );
      await expect(fs.access(flag)).resolves.toBeUndefined(); // the worker did die once
      expect(summary.failed).toEqual([]);
      expect(summary.stored).toBe(3);
      expect(await writer.findReportDigest('NO', 2023)).toBeDefined();
    } finally {
      await close();
    }
  });

  test('every page after a crash is still answered: the pool replaces the dead worker', async () => {
    const pages = await readCorpusPages(['2023/norway.html', '2023/rwanda.html']);
    const norway = pages.get('2023/norway.html') ?? Buffer.alloc(0);
    const rwanda = pages.get('2023/rwanda.html') ?? Buffer.alloc(0);
    const doomed = Buffer.concat([norway, Buffer.from('\n<!-- crash-always -->\n')]);
    // The doomed page kills two workers in turn; the pages queued around it are all still answered.
    const pool = new PagePool(2, { workerScript: CRASHING_WORKER });
    try {
      const results = await Promise.all([doomed, rwanda, norway, rwanda].map((raw) => pool.process(raw)));
      expect(results.map((r) => (r.ok ? r.reports[0]?.report.pageCountryName : r.code))).toEqual([
        'worker_crashed',
        expect.stringMatching(/Rwanda/),
        expect.stringMatching(/Norway/),
        expect.stringMatching(/Rwanda/),
      ]);
      expect(pool.threaded).toBe(true);
    } finally {
      await pool.close();
    }
  });

  test('workers that cannot load their code leave the pages to the calling thread', async () => {
    const pages = await readCorpusPages(['2023/rwanda.html']);
    const pool = new PagePool(2, { workerScript: UNLOADABLE_WORKER });
    try {
      const result = await pool.process(pages.get('2023/rwanda.html') ?? Buffer.alloc(0));
      expect(result).toMatchObject({ ok: true });
      expect(pool.threaded).toBe(false);
    } finally {
      await pool.close();
    }
  });
});
