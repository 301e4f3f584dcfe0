import path from 'path';
import { openDatabase } from '../../data/database';
import { CORPUS_DIR, readManifest, tempFile } from '../support/corpus';
import {
  checkConsistency,
  countriesWithoutHeadline,
  exitWithin,
  peekReportCount,
  sleep,
  spawnIngest,
} from './fault-support';

/**
 * The real ingest CLI, in its own process, is killed with SIGKILL (no handler, no cleanup) while it
 * writes. SQLite's WAL and the one-transaction-per-report design must leave only whole reports.
 */
const ARCHIVE = path.join(CORPUS_DIR, 'state-dept-hrr-2024.tar.gz');
const PAGES = readManifest().filter((row) => row.year === 2024).length;

/** Starts an ingest and SIGKILLs it as soon as `extra` more reports than before are visible to another process. */
async function killMidway(file: string, extra: number): Promise<{ before: number; atKill: number }> {
  const before = (await peekReportCount(file)) ?? 0;
  const ingest = spawnIngest(file, [ARCHIVE]);
  const deadline = Date.now() + 90_000;
  let seen = before;
  while (Date.now() < deadline) {
    seen = (await peekReportCount(file)) ?? seen;
    if (seen >= before + extra) break;
    if (ingest.child.exitCode !== null) break;
    await sleep(25);
  }
  ingest.child.kill('SIGKILL');
  const exit = await exitWithin(ingest, 30_000);
  if (exit.signal !== 'SIGKILL')
    throw new Error(
      `the ingest ended before it could be killed (code ${exit.code}): ${ingest.stderr().slice(-1000)}`,
    );
  return { before, atKill: seen };
}

describe('an ingest killed with SIGKILL in the middle', () => {
  const file = tempFile('killed.sqlite');

  test('three kills at different points: each time the database opens, passes integrity checks and holds only whole reports', async () => {
    let previous = 0;
    for (const extra of [5, 40, 60]) {
      const { atKill } = await killMidway(file, extra);
      const state = await checkConsistency(file);
      expect(state.problems).toEqual([]);
      // Nothing stored before the kill was lost, and the kill really landed mid-run.
      expect(state.reports).toBeGreaterThanOrEqual(Math.max(previous, atKill));
      expect(state.reports).toBeLessThan(PAGES);
      previous = state.reports;
    }
    const opened = await openDatabase(file, { create: false });
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.db.close();
  });

  test('a rerun completes: every page of the archive is stored once, consistently, exit code 0', async () => {
    const rerun = spawnIngest(file, [ARCHIVE]);
    const exit = await exitWithin(rerun, 120_000);
    expect({ code: exit.code, stderr: exit.code === 0 ? '' : rerun.stderr().slice(-2000) }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(rerun.stderr()).toMatch(new RegExp(`${PAGES} pages read`));
    const state = await checkConsistency(file);
    expect(state).toEqual({ reports: PAGES, problems: [] });
  });

  test('after the rerun every country with a report has its headline score (reports stored before the kill included)', async () => {
    expect(await countriesWithoutHeadline(file)).toEqual([]);
  });
});
