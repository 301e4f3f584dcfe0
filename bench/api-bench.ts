import autocannon from 'autocannon';
import { describeMachine, gitRevision, percentile, writeBenchmarkSection } from './bench-report';
import { buildServer, ensureDatabase, startServer } from './bench-server';

async function cannon(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 50, duration: seconds, pipelining: 1 });
}

async function main(): Promise<void> {
  const { file: database } = ensureDatabase();
  buildServer();
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer(database, port);
  const base = `http://127.0.0.1:${port}`;
  const machine = describeMachine();
  try {
    await cannon(`${base}/v1/countries/RW/score`, 3); // warm-up
    const health = await cannon(`${base}/healthz`, 15);
    const score = await cannon(`${base}/v1/countries/RW/score`, 15);
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
    const ratio = score.requests.average / health.requests.average;
    const lines = [
      '## HTTP API (issue 4)',
      '',
      `Command: \`npm run bench\` (\`tsx bench/api-bench.ts\`; autocannon, 50 connections, 15 s per route, compiled server, one process, rate limit off), ${new Date().toISOString()}, commit ${gitRevision()}.`,
      `Machine: ${machine} (autocannon runs on the same 2 cores as the server).`,
      '',
      '| route | requests/s (mean) | p50 | p99 | errors + non-2xx | target |',
      '|---|---|---|---|---|---|',
      `| GET /healthz | ${health.requests.average.toFixed(0)} | ${health.latency.p50} ms | ${health.latency.p99} ms | ${health.errors + health.non2xx} | reference |`,
      `| GET /v1/countries/RW/score | ${score.requests.average.toFixed(0)} | ${score.latency.p50} ms | ${score.latency.p99} ms | ${score.errors + score.non2xx} | ≥ 50% of /healthz, p99 ≤ 25 ms |`,
      '',
      `Score lookups reach **${(100 * ratio).toFixed(0)}%** of /healthz throughput.`,
      '',
      `Batch of every country (${countries.length} entries), 40 sequential requests: p50 ${percentile(batchTimes, 50).toFixed(1)} ms, p99 ${percentile(batchTimes, 99).toFixed(1)} ms, max ${Math.max(...batchTimes).toFixed(1)} ms (target ≤ 250 ms).`,
    ];
    await writeBenchmarkSection('api-bench', lines.join('\n'));
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    server.kill('SIGTERM');
  }
}

void main();
