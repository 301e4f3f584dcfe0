import { spawn, execFileSync, type ChildProcess } from 'child_process';
import { existsSync, statSync } from 'fs';
import path from 'path';
import autocannon from 'autocannon';
import { describeMachine, gitRevision, percentile, writeBenchmarkSection } from './bench-report';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** The database to serve: DATABASE_PATH when it holds data, else var/bench.sqlite built from the corpus. */
function ensureDatabase(): string {
  const given = process.env['DATABASE_PATH'];
  if (given && existsSync(given) && statSync(given).size > 0) return given;
  const file = path.join(ROOT, 'var', 'bench.sqlite');
  execFileSync(TSX, ['data/ingest-cli.ts', path.resolve(ROOT, '..', 'shared', 'corpus', 'state-dept')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: file },
    stdio: 'inherit',
  });
  return file;
}

async function startServer(database: string, port: number): Promise<ChildProcess> {
  const child = spawn('node', [path.join(ROOT, 'dist', 'server', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_PATH: database,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

async function cannon(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 50, duration: seconds, pipelining: 1 });
}

async function main(): Promise<void> {
  const database = ensureDatabase();
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
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
