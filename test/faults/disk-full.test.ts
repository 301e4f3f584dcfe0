import path from 'path';
import { openDatabase } from '../../data/database';
import { CORPUS_DIR, extractCorpusPages } from '../support/corpus';
import {
  checkConsistency,
  exitWithin,
  mountTmpfs,
  remount,
  spawnIngest,
  tempDir,
  unmount,
} from './fault-support';

/**
 * The database lives on a 3 MB tmpfs. A few reports fit; a whole year does not. The ingest must
 * stop with a clear message and a non-zero exit, and leave what was stored before intact.
 */
const dir = tempDir('full-disk-');
const mounted = mountTmpfs(dir, 'size=3m');
const file = path.join(dir, 'reports.sqlite');
const diskTest = mounted.ok ? test : test.skip;
if (!mounted.ok) process.stdout.write(`skipping the full-disk tests: ${mounted.reason}\n`);

afterAll(() => {
  if (mounted.ok) unmount(dir);
});

type Snapshot = Array<{
  country_code: string;
  year: number;
  sha256: string;
  sections: number;
  paragraphs: number;
  evidence: number;
  score: number;
}>;

async function snapshot(): Promise<Snapshot> {
  const opened = await openDatabase(file, { create: false });
  if (!opened.ok) throw new Error(opened.message);
  try {
    return await opened.db.all(
      `SELECT r.country_code, r.year, r.sha256,
         (SELECT count(*) FROM sections s WHERE s.report_id = r.id) AS sections,
         (SELECT count(*) FROM paragraphs p WHERE p.report_id = r.id) AS paragraphs,
         (SELECT count(*) FROM evidence e WHERE e.report_id = r.id) AS evidence,
         (SELECT score FROM report_scores s WHERE s.report_id = r.id) AS score
       FROM reports r ORDER BY r.country_code, r.year`,
    );
  } finally {
    await opened.db.close();
  }
}

describe('a disk that fills during an ingest (a 3 MB tmpfs)', () => {
  let before: Snapshot = [];

  diskTest('a few reports fit and are stored', async () => {
    const folder = await extractCorpusPages(['2023/norway.html', '2024/kenya.html']);
    const ingest = spawnIngest(file, [folder]);
    const exit = await exitWithin(ingest, 60_000);
    expect({ code: exit.code, stderr: exit.code === 0 ? '' : ingest.stderr() }).toEqual({
      code: 0,
      stderr: '',
    });
    before = await snapshot();
    expect(before.map((r) => `${r.country_code} ${r.year}`)).toEqual(['KE 2024', 'NO 2023']);
  });

  diskTest(
    'an ingest of a whole year fails cleanly: non-zero exit, one clear message, no stack trace',
    async () => {
      const ingest = spawnIngest(file, [path.join(CORPUS_DIR, 'state-dept-hrr-2024.tar.gz')]);
      const exit = await exitWithin(ingest, 120_000);
      const stderr = ingest.stderr();
      process.stdout.write(
        `disk-full ingest stderr (last lines):\n${stderr.trim().split('\n').slice(-4).join('\n')}\n`,
      );
      expect(exit.code).not.toBe(0);
      expect(exit.signal).toBeNull();
      expect(stderr).toMatch(/ingest stopped: .*(SQLITE_FULL|disk is full|no space)/i);
      expect(stderr).toMatch(/stored before this point are intact/);
      expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    },
  );

  diskTest(
    'the full database still opens, passes its integrity checks and keeps every earlier report unchanged',
    async () => {
      const state = await checkConsistency(file);
      expect(state.problems).toEqual([]);
      const after = await snapshot();
      for (const report of before) expect(after).toContainEqual(report);
    },
  );

  diskTest('with room again, a rerun completes and stores the whole year', async () => {
    remount(dir, 'size=64m');
    const ingest = spawnIngest(file, [path.join(CORPUS_DIR, 'state-dept-hrr-2024.tar.gz')]);
    const exit = await exitWithin(ingest, 120_000);
    expect({ code: exit.code, stderr: exit.code === 0 ? '' : ingest.stderr().slice(-2000) }).toEqual({
      code: 0,
      stderr: '',
    });
    const state = await checkConsistency(file);
    expect(state.problems).toEqual([]);
    expect(state.reports).toBe(197); // 196 pages of 2024 + Norway 2023
  });
});
