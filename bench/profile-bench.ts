/**
 * Risk-profile benchmark (issue 12), in process: a cached score lookup with and without three
 * profiles, and a batch of 250 entries with three profiles, 40 times. Writes BENCHMARKS.md between
 * `<!-- profile-bench:start -->` and `<!-- profile-bench:end -->`.
 *
 *   DATABASE_PATH=/tmp/full.sqlite npx tsx bench/profile-bench.ts   # a full-corpus database (npm run ingest)
 *   npx tsx bench/profile-bench.ts                                  # the test fixture (15 pages)
 *
 * Profile findings are stored at ingest, so a lookup only combines stored per-year summaries; the
 * cost of a batch grows with its entries, not with the size of the database.
 */
import type { AddressInfo } from 'net';
import { createServer } from 'http';
import { openReportReader, type ReportReader } from '../data/report-reader';
import { buildTestApp, buildTestDatabase } from '../test/support/test-database';
import { describeMachine, percentile, publishSection, runBenchmark, sectionHeading } from './bench-report';

const PROFILES = 'lgbtqi,criminal_deportee,gang_perceived';
const LOOKUPS = 2000;

async function main(): Promise<void> {
  const machine = describeMachine();
  const database = await openBenchDatabase(process.env.DATABASE_PATH);
  const server = createServer(buildTestApp(database.store, { RATE_LIMIT_PER_MINUTE: 0 }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timeGets = async (path: string): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < LOOKUPS; i += 1) {
      const t0 = performance.now();
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      times.push(performance.now() - t0);
    }
    return times;
  };
  try {
    // Interleaved rounds, so a change of machine load hits both sides alike.
    const plain: number[] = [];
    const profiled: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      plain.push(...(await timeGets('/v1/countries/SV/score')));
      profiled.push(...(await timeGets(`/v1/countries/SV/score?profiles=${PROFILES}`)));
    }
    const countries = (
      (await (await fetch(`${base}/v1/countries`)).json()) as { countries: Array<{ code: string }> }
    ).countries.map((c) => c.code);
    const entries = Array.from({ length: 250 }, (_, i) => countries[i % countries.length] ?? 'SV');
    const batchTimes: number[] = [];
    for (let i = 0; i < 41; i += 1) {
      const t0 = performance.now();
      const response = await fetch(`${base}/v1/scores/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ countries: entries, profiles: PROFILES.split(',') }),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`batch answered ${response.status}`);
      if (i > 0) batchTimes.push(performance.now() - t0); // the first fills the memo of stored findings
    }
    const median = (values: number[]) => percentile(values, 50);
    const added = median(profiled) / median(plain) - 1;
    const batchP99 = percentile(batchTimes, 99);
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    await publishSection('profile-bench', [
      ...sectionHeading('## Risk profiles (issue 12)', 'profile-bench.ts', machine, {
        command: `${process.env.DATABASE_PATH ? 'DATABASE_PATH=… ' : ''}npx tsx bench/profile-bench.ts`,
        run: `In process (createApp on ${database.description}, rate limit off), one request at a time; ${5 * LOOKUPS} cached lookups per variant in 5 interleaved rounds; a batch of 250 entries (${countries.length} countries${countries.length < 250 ? ', repeated' : ''}) with profiles ${PROFILES}, 40 times after one warm-up.`,
      }),
      '| measure | p50 | p99 | target | met |',
      '|---|---|---|---|---|',
      `| cached GET /v1/countries/SV/score | ${ms(median(plain))} | ${ms(percentile(plain, 99))} | reference | |`,
      `| same with ?profiles=${PROFILES} | ${ms(median(profiled))} | ${ms(percentile(profiled, 99))} | ≤ +25% | ${added <= 0.25 ? 'yes' : 'no'} (${(100 * added).toFixed(1)}% at p50) |`,
      `| batch of 250 × 3 profiles | ${ms(median(batchTimes))} | ${ms(batchP99)} | ≤ 400 ms | ${batchP99 <= 400 ? 'yes' : 'no'} |`,
      '',
    ]);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  }
}

/** The full-corpus database at `file` (read-only), or the test fixture when none is given. */
async function openBenchDatabase(
  file: string | undefined,
): Promise<{ store: ReportReader; description: string; close: () => Promise<void> }> {
  if (!file) {
    const fixture = await buildTestDatabase();
    return {
      store: fixture.store,
      description: 'the fixture database of test/support (15 pages)',
      close: () => fixture.close(),
    };
  }
  const opened = await openReportReader(file);
  if (!opened.ok) throw new Error(`cannot open ${file}: ${opened.code}`);
  const reports = (await opened.reader.listHeadlineScores()).length;
  return {
    store: opened.reader,
    description: `a full-corpus database (${reports} countries, 2016–2024)`,
    close: () => opened.reader.close(),
  };
}

runBenchmark('profile-bench', main);
