/**
 * HTTP API benchmark (issue 4): the compiled server on a database of the whole corpus, driven by wrk
 * at 50 connections — `GET /healthz` and `GET /v1/countries/RW/score` in the same run, each after a
 * warm-up — then a batch of every country, 40 times in a row. Writes BENCHMARKS.md between
 * `<!-- api-bench:start -->` and `<!-- api-bench:end -->`.
 *
 *   npm run bench                          (with the ingest and scoring benchmarks)
 *   npx tsx bench/api-bench.ts             (this one alone)
 *   WEB_CONCURRENCY=1 npx tsx bench/api-bench.ts   (one server process instead of one per core)
 */
import os from 'os';
import { describeMachine, percentile, publishSection, runBenchmark, sectionHeading } from './bench-report';
import { buildServer, describeServerProcesses, ensureDatabase, startServer } from './bench-server';
import { failures, requireWrk, runWrk } from './wrk-runner';

const CONNECTIONS = 50;
const SECONDS = 15;
const WARMUP_SECONDS = 5;

async function main(): Promise<void> {
  const machine = describeMachine();
  const wrk = requireWrk();
  const { file: database } = ensureDatabase();
  buildServer();
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer(database, port);
  const base = `http://127.0.0.1:${port}`;
  const measure = async (path: string) => {
    await runWrk({ url: `${base}${path}`, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
    return runWrk({ url: `${base}${path}`, connections: CONNECTIONS, seconds: SECONDS });
  };
  try {
    const health = await measure('/healthz');
    const score = await measure('/v1/countries/RW/score');
    const countries = (
      (await (await fetch(`${base}/v1/countries`)).json()) as { countries: Array<{ code: string }> }
    ).countries;
    const batchTimes: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const t0 = performance.now();
      const response = await fetch(`${base}/v1/scores/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ countries: countries.map((c) => c.code) }),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`batch answered ${response.status}`);
      batchTimes.push(performance.now() - t0);
    }
    const ratio = score.requestsPerSecond / health.requestsPerSecond;
    const row = (route: string, result: Awaited<ReturnType<typeof runWrk>>, target: string) =>
      `| ${route} | ${result.requestsPerSecond.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.latency.max} ms | ${failures(result)} | ${target} |`;
    const lines = [
      ...sectionHeading('## HTTP API (issue 4)', 'api-bench.ts', machine, {
        run: `Compiled server as \`npm start\` runs it, ${describeServerProcesses()}, rate limit off. Load: ${wrk}, one thread, ${CONNECTIONS} keep-alive connections, ${SECONDS} s per route after a ${WARMUP_SECONDS} s warm-up of that route.`,
        machine: `(wrk runs on the same ${os.cpus().length} cores as the server).`,
      }),
      '| route | requests/s | p50 | p99 | max | errors + non-2xx | target |',
      '|---|---|---|---|---|---|---|',
      row('GET /healthz', health, 'reference'),
      row('GET /v1/countries/RW/score', score, '≥ 50% of /healthz, p99 ≤ 25 ms'),
      '',
      `Score lookups reach **${(100 * ratio).toFixed(0)}%** of /healthz throughput. (A repeat score lookup is answered from the response cache before Express runs; /healthz goes through Express and its middleware, which is why it is the slower of the two.)`,
      '',
      `Batch of every country (${countries.length} entries), 40 sequential requests: p50 ${percentile(batchTimes, 50).toFixed(1)} ms, p99 ${percentile(batchTimes, 99).toFixed(1)} ms, max ${Math.max(...batchTimes).toFixed(1)} ms (target ≤ 250 ms).`,
    ];
    await publishSection('api-bench', lines);
  } finally {
    server.kill('SIGTERM');
  }
}

runBenchmark('api bench', main);
