/**
 * Share-card benchmark (issue 14): `GET /v1/countries/{c}/card.png` uncached and cached, over HTTP
 * on loopback, in process on the test fixture database. Each round starts a fresh app (so a fresh
 * PNG cache) and asks each country's card once (uncached: score lookup, SVG, resvg render, PNG
 * encode), then asks each card again many times (cached). Writes BENCHMARKS.md between
 * `<!-- card-bench:start -->` and `<!-- card-bench:end -->`.
 *
 *   npx tsx bench/card-bench.ts
 */
import type { AddressInfo } from 'net';
import { createServer, type Server } from 'http';
import { buildTestApp, buildTestDatabase, type TestDatabase } from '../test/support/test-database';
import { describeMachine, percentile, publishSection, runBenchmark, sectionHeading } from './bench-report';

const COUNTRIES = ['SV', 'RW', 'SZ', 'LY', 'CN'];
const ROUNDS = 10;
const CACHED_PER_ROUND = 40;
const TARGET_MS = 150;

async function startServer(fixture: TestDatabase): Promise<{ server: Server; base: string }> {
  const server = createServer(buildTestApp(fixture.store));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Wall time of one GET, and the CPU time the whole process (client, server and resvg's threads) spent on it. */
async function timeGet(url: string): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok || response.headers.get('content-type') !== 'image/png' || body.length === 0)
    throw new Error(`${url} answered ${response.status}`);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const fixture = await buildTestDatabase();
  const uncached: number[] = [];
  const uncachedCpu: number[] = [];
  const cached: number[] = [];
  const cachedCpu: number[] = [];
  try {
    // Round 0 warms the process (JIT, the font files in the page cache, the registry) and is not counted.
    for (let round = 0; round <= ROUNDS; round += 1) {
      const { server, base } = await startServer(fixture);
      try {
        for (const code of COUNTRIES) {
          const { wall, cpu } = await timeGet(`${base}/v1/countries/${code}/card.png`);
          if (round > 0) uncached.push(wall);
          if (round > 0) uncachedCpu.push(cpu);
        }
        for (let i = 0; i < CACHED_PER_ROUND; i += 1) {
          for (const code of COUNTRIES) {
            const { wall, cpu } = await timeGet(`${base}/v1/countries/${code}/card.png`);
            if (round > 0) cached.push(wall);
            if (round > 0) cachedCpu.push(cpu);
          }
        }
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    }
  } finally {
    await fixture.close();
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const row = (label: string, times: number[], cpu: number[], target: string, met: string) =>
    `| ${label} | ${times.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(cpu, 50))} | ${target} | ${met} |`;
  const uncachedP95 = percentile(uncached, 95);
  await publishSection('card-bench', [
    ...sectionHeading('## Share cards (issue 14)', 'card-bench.ts', machine, {
      command: 'npx tsx bench/card-bench.ts',
      run: `In process (createApp on the fixture database of test/support, rate limit off), over HTTP on loopback, one request at a time, cards of ${COUNTRIES.join(', ')}. ${ROUNDS} rounds after one warm-up round, each on a fresh app (an empty PNG cache): each card once uncached, then ${CACHED_PER_ROUND} times each cached.`,
    }),
    '| GET /v1/countries/{c}/card.png | requests | median | p95 | CPU median | target (wall p95) | met |',
    '|---|---|---|---|---|---|---|',
    row(
      'uncached (score, SVG, resvg render, PNG)',
      uncached,
      uncachedCpu,
      `≤ ${TARGET_MS} ms`,
      uncachedP95 <= TARGET_MS ? 'yes' : 'no',
    ),
    row(
      'cached (PNG from memory)',
      cached,
      cachedCpu,
      'a tenth of uncached or less (median)',
      percentile(cached, 50) <= percentile(uncached, 50) / 10 ? 'yes' : 'no',
    ),
    '',
    "CPU is the process's user and system time during the request (client, server and the resvg thread together), so it",
    'stays near what one request costs when other work makes the wall times long.',
  ]);
}

runBenchmark('card-bench', main);
