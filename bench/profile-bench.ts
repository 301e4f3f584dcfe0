/**
 * Risk-profile benchmark (issue 12), in process on the test fixture database (15 pages, both
 * layouts, the 2024 cut): a cached score lookup with and without three profiles, and a batch of
 * 250 entries with three profiles, 40 times. Writes BENCHMARKS.md between `<!-- profile-bench:start -->`
 * and `<!-- profile-bench:end -->`.
 *
 *   npx tsx bench/profile-bench.ts
 *
 * Profile findings are stored at ingest, so a lookup only combines stored per-year summaries; the
 * cost of a batch grows with its entries, not with the size of the database.
 */
import type { AddressInfo } from 'net';
import { createServer } from 'http';
import { buildTestApp, buildTestDatabase } from '../test/support/test-database';
import { describeMachine, percentile, publishSection, runBenchmark, sectionHeading } from './bench-report';

const PROFILES = 'lgbtqi,criminal_deportee,gang_perceived';
const LOOKUPS = 2000;

async function main(): Promise<void> {
  const machine = describeMachine();
  const fixture = await buildTestDatabase();
  const server = createServer(buildTestApp(fixture.store, { RATE_LIMIT_PER_MINUTE: 0 }));
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
        command: 'npx tsx bench/profile-bench.ts',
        run: `In process (createApp on the fixture database of test/support, rate limit off), one request at a time; ${5 * LOOKUPS} cached lookups per variant in 5 interleaved rounds; a batch of 250 entries (the fixture's ${countries.length} countries repeated) with profiles ${PROFILES}, 40 times after one warm-up.`,
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
    await fixture.close();
  }
}

runBenchmark('profile-bench', main);
