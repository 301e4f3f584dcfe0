/**
 * Load benchmark (issue 6): the real server, in its own process, on a database of the whole corpus,
 * under a mixed workload for 60 s at 100 connections — 80% score lookups rotating through every
 * country, 10% batches of 20 random countries, 10% evidence searches — with the rate limit off.
 * Samples the server's resident memory every second, prints the figures and writes them into
 * BENCHMARKS.md between `<!-- load-bench:start -->` and `<!-- load-bench:end -->`.
 *
 *   npm run bench:load
 *   DATABASE_PATH=var/reports.sqlite npm run bench:load          (an existing database)
 *   LOAD_SECONDS=20 LOAD_CONNECTIONS=50 npm run bench:load        (a shorter or lighter run)
 *   LOAD_PROFILE=1 npm run bench:load                             (also a CPU profile of the server)
 *   LOAD_SERVER_ARGS=--max-old-space-size=128 npm run bench:load  (node flags for the server only)
 */
import { execSync } from 'child_process';
import { mkdirSync, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import autocannon from 'autocannon';
import { writeBenchmarkSection } from './bench-report';
import { buildServer, ensureDatabase, ROOT, startServer } from './bench-server';

const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 60);
const CONNECTIONS = Number(process.env['LOAD_CONNECTIONS'] ?? 100);
// Long enough for the mix's 197 score URLs and ~1,600 evidence URLs to be asked at least once, so
// the measured minute is the service's steady state; the warm-up's own figures are reported too.
const WARMUP_SECONDS = Number(process.env['LOAD_WARMUP_SECONDS'] ?? 30);
const PROFILE = process.env['LOAD_PROFILE'] === '1';
const SEARCH_WORDS = [
  'prison',
  'torture',
  'detention',
  'journalist',
  'police',
  'killing',
  'disappeared',
  'refugee',
];

type Kind = 'score' | 'batch' | 'evidence';

function rssMiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Least-squares slope of y over x. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** The mixed workload as one autocannon request whose setup picks the kind each time. */
function workload(
  base: string,
  codes: readonly string[],
  counts: Record<Kind, { sent: number; non2xx: number }>,
) {
  let rotation = 0;
  const pick = () => codes[Math.floor(Math.random() * codes.length)] ?? 'RW';
  return {
    url: base,
    connections: CONNECTIONS,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        setupRequest: (request: autocannon.Request, context: Record<string, unknown>) => {
          const roll = Math.random();
          const kind: Kind = roll < 0.8 ? 'score' : roll < 0.9 ? 'batch' : 'evidence';
          context['kind'] = kind;
          counts[kind].sent += 1;
          if (kind === 'score') {
            rotation = (rotation + 1) % codes.length;
            return {
              ...request,
              method: 'GET',
              path: `/v1/countries/${codes[rotation]}/score`,
              body: undefined,
              headers: { accept: 'application/json' },
            };
          }
          if (kind === 'batch') {
            const countries = Array.from({ length: 20 }, pick);
            return {
              ...request,
              method: 'POST',
              path: '/v1/scores/batch',
              body: JSON.stringify({ countries }),
              headers: { 'content-type': 'application/json' },
            };
          }
          const word = SEARCH_WORDS[Math.floor(Math.random() * SEARCH_WORDS.length)] ?? 'prison';
          return {
            ...request,
            method: 'GET',
            path: `/v1/countries/${pick()}/evidence?q=${word}`,
            body: undefined,
            headers: { accept: 'application/json' },
          };
        },
        onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
          if (status < 200 || status >= 300) counts[(context['kind'] as Kind) ?? 'score'].non2xx += 1;
        },
      },
    ],
  } as autocannon.Options;
}

/** Top functions by self time in a V8 .cpuprofile. */
function summariseProfile(dir: string): string[] {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort()
    .pop();
  if (!file) return ['(no CPU profile written)'];
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const key = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(`file://${ROOT}/`, '')}:${frame.lineNumber + 1}`
      : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([key, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}

async function main(): Promise<void> {
  const started = new Date();
  const { file: database, how } = ensureDatabase();
  buildServer();
  const port = 4000 + Math.floor(Math.random() * 900);
  const profileDir = PROFILE ? path.join(ROOT, 'var', `profile-${Date.now()}`) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const loadBefore = os.loadavg();
  const server = await startServer(database, port, profileDir);
  const pid = server.pid ?? -1;
  const base = `http://127.0.0.1:${port}`;
  try {
    const codes = (
      (await (await fetch(`${base}/v1/countries`)).json()) as { countries: Array<{ code: string }> }
    ).countries.map((c) => c.code);
    if (codes.length === 0) throw new Error('the database has no country with a report');
    const rssIdle = rssMiB(pid);

    const warmCounts = {
      score: { sent: 0, non2xx: 0 },
      batch: { sent: 0, non2xx: 0 },
      evidence: { sent: 0, non2xx: 0 },
    };
    let warm: autocannon.Result | undefined;
    if (WARMUP_SECONDS > 0) {
      process.stderr.write(`warm-up: ${WARMUP_SECONDS} s\n`);
      warm = await autocannon({ ...workload(base, codes, warmCounts), duration: WARMUP_SECONDS });
    }

    const counts = {
      score: { sent: 0, non2xx: 0 },
      batch: { sent: 0, non2xx: 0 },
      evidence: { sent: 0, non2xx: 0 },
    };
    const samples: Array<[number, number]> = [];
    const t0 = Date.now();
    const sampleRss = () => {
      const mib = rssMiB(pid);
      if (mib !== undefined) samples.push([(Date.now() - t0) / 1000, mib]);
    };
    sampleRss();
    const sampler = setInterval(sampleRss, 1000);
    process.stderr.write(`measuring: ${SECONDS} s at ${CONNECTIONS} connections against pid ${pid}\n`);
    const instance = autocannon({ ...workload(base, codes, counts), duration: SECONDS });
    const result = await instance;
    clearInterval(sampler);
    sampleRss();

    const rss = samples.map(([, mib]) => mib);
    const half = samples.filter(([t]) => t >= SECONDS / 2);
    const rssStart = rss[0] ?? NaN;
    const rssEnd = rss[rss.length - 1] ?? NaN;
    const rssMax = Math.max(...rss);
    const slopeAll = slope(samples) * 60;
    const slopeLate = slope(half) * 60;
    const failures = result.errors + result.timeouts + result.non2xx;
    const targets = {
      errors: failures === 0,
      p99: result.latency.p99 <= 50,
      memory: Math.abs(slopeLate) <= 5 && rssEnd - rssStart <= 25,
    };
    const command = `npm run bench:load${process.env['DATABASE_PATH'] ? ` (DATABASE_PATH=${process.env['DATABASE_PATH']})` : ''}`;
    const freeH = (() => {
      try {
        return execSync('free -h', { encoding: 'utf8' })
          .trim()
          .split('\n')
          .slice(0, 2)
          .join(' / ')
          .replace(/\s+/g, ' ');
      } catch {
        return `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB total`;
      }
    })();
    const yes = (ok: boolean) => (ok ? 'met' : '**missed**');
    const lines = [
      '## Load: mixed workload (issue 6)',
      '',
      `Command: \`${command}\` (\`tsx bench/load-bench.ts\`), ${started.toISOString()}. Compiled server (\`node --max-semi-space-size=64 dist/server/main.js\`, what \`npm start\` runs), one process, \`RATE_LIMIT_PER_MINUTE=0\`, on ${how} (${codes.length} countries). autocannon: ${CONNECTIONS} connections, pipelining 1, ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up; 80% \`GET /v1/countries/{code}/score\` rotating through every code of \`GET /v1/countries\`, 10% \`POST /v1/scores/batch\` of 20 random countries, 10% \`GET /v1/countries/{code}/evidence?q=<word>\` (${SEARCH_WORDS.join(', ')}).`,
      '',
      `Machine: \`nproc\` ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown CPU'}); \`free -h\`: ${freeH}; Node ${process.version}; load average before the run ${loadBefore.map((n) => n.toFixed(2)).join(' ')} (autocannon shares the 2 cores with the server, and other work may be running).`,
      '',
      '| figure | value | target |',
      '|---|---|---|',
      ...(warm
        ? [
            `| warm-up (${WARMUP_SECONDS} s from a cold start, caches filling; not in the figures below) | ${warm.requests.total} requests, ${warm.errors + warm.timeouts + warm.non2xx} failed; p50 / p99 / max ${warm.latency.p50} / ${warm.latency.p99} / ${warm.latency.max} ms | |`,
          ]
        : []),
      `| requests | ${result.requests.total} (score ${counts.score.sent}, batch ${counts.batch.sent}, evidence ${counts.evidence.sent}) | |`,
      `| requests/s | mean ${result.requests.average.toFixed(0)}, min ${result.requests.min}, max ${result.requests.max} | |`,
      `| errors + timeouts + non-2xx | ${result.errors} + ${result.timeouts} + ${result.non2xx} (non-2xx by kind: score ${counts.score.non2xx}, batch ${counts.batch.non2xx}, evidence ${counts.evidence.non2xx}) | 0: ${yes(targets.errors)} |`,
      `| latency p50 / p90 / p99 / max | ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms | p99 ≤ 50 ms: ${yes(targets.p99)} |`,
      `| server RSS idle → start / end / max | ${rssIdle?.toFixed(0) ?? '?'} → ${rssStart.toFixed(0)} / ${rssEnd.toFixed(0)} / ${rssMax.toFixed(0)} MiB (${samples.length} samples, 1 s apart) | flat: ${yes(targets.memory)} |`,
      `| RSS slope | ${slopeAll.toFixed(2)} MiB/min over the run, ${slopeLate.toFixed(2)} MiB/min over its second half | ≈ 0 (flat: \\|slope\\| ≤ 5 MiB/min in the second half and end − start ≤ 25 MiB) |`,
    ];
    if (profileDir) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      lines.push(
        '',
        'CPU profile of the server (self time, top 15):',
        '',
        '```',
        ...summariseProfile(profileDir),
        '```',
      );
    }
    await writeBenchmarkSection('load-bench', lines.join('\n'));
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!targets.errors || !targets.p99 || !targets.memory) process.exitCode = 1;
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
