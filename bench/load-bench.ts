/**
 * Load benchmark (issue 6): the real server, in its own process, on a database of the whole corpus,
 * under a mixed workload for 60 s at 100 connections — 80% score lookups rotating through every
 * country, 10% batches of 20 random countries, 10% evidence searches — with the rate limit off.
 * The load comes from wrk (Debian's `wrk`; see bench/wrk-runner.ts), after a warm-up of the same mix.
 * Samples the server's resident memory every second, prints the figures and writes them into
 * BENCHMARKS.md between `<!-- load-bench:start -->` and `<!-- load-bench:end -->`.
 *
 *   npm run bench:load
 *   DATABASE_PATH=var/reports.sqlite npm run bench:load          (an existing database)
 *   LOAD_SECONDS=20 LOAD_CONNECTIONS=50 npm run bench:load        (a shorter or lighter run)
 *   LOAD_PROFILE=1 npm run bench:load                             (also a CPU profile of the server)
 *   LOAD_SERVER_ARGS=--max-old-space-size=128 npm run bench:load  (node flags for the server only)
 */
import { mkdirSync, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { describeMachine, publishSection, runBenchmark, sectionHeading } from './bench-report';
import {
  buildServer,
  describeServerCommand,
  describeServerProcesses,
  ensureDatabase,
  ROOT,
  startServer,
} from './bench-server';
import { failures as failuresOf, requireWrk, runWrk } from './wrk-runner';

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

/** Resident memory of a process and its children (the cluster's workers), MiB. */
function rssMiB(pid: number): number | undefined {
  try {
    const own = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    let total = own?.[1] ? Number(own[1]) / 1024 : 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) total += rssMiB(Number(child)) ?? 0;
    }
    return total;
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

function luaString(value: string): string {
  return JSON.stringify(value);
}

/** The mixed workload as wrk's `request()`: each call rolls which kind of request to send. */
function workloadScript(codes: readonly string[]): string {
  return `
local codes = {${codes.map(luaString).join(',')}}
local words = {${SEARCH_WORDS.map(luaString).join(',')}}
sent = { score = 0, batch = 0, evidence = 0 }
local rotation = 0
local get_headers = { ["Accept"] = "application/json" }
local post_headers = { ["Content-Type"] = "application/json" }
function init(args) math.randomseed(os.time()) end
function request()
  local roll = math.random()
  if roll < 0.8 then
    rotation = rotation % #codes + 1
    sent.score = sent.score + 1
    return wrk.format("GET", "/v1/countries/" .. codes[rotation] .. "/score", get_headers)
  elseif roll < 0.9 then
    local picked = {}
    for i = 1, 20 do picked[i] = '"' .. codes[math.random(#codes)] .. '"' end
    sent.batch = sent.batch + 1
    return wrk.format("POST", "/v1/scores/batch", post_headers, '{"countries":[' .. table.concat(picked, ",") .. ']}')
  else
    sent.evidence = sent.evidence + 1
    local path = "/v1/countries/" .. codes[math.random(#codes)] .. "/evidence?q=" .. words[math.random(#words)]
    return wrk.format("GET", path, get_headers)
  end
end
`;
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
  const machine = describeMachine();
  const wrkVersion = requireWrk();
  const { file: database, how } = ensureDatabase();
  buildServer();
  const port = 4000 + Math.floor(Math.random() * 900);
  const profileDir = PROFILE ? path.join(ROOT, 'var', `profile-${Date.now()}`) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const server = await startServer(database, port, profileDir);
  const pid = server.pid ?? -1;
  const base = `http://127.0.0.1:${port}`;
  try {
    const codes = (
      (await (await fetch(`${base}/v1/countries`)).json()) as { countries: Array<{ code: string }> }
    ).countries.map((c) => c.code);
    if (codes.length === 0) throw new Error('the database has no country with a report');
    const rssIdle = rssMiB(pid);

    const script = workloadScript(codes);
    let warm: Awaited<ReturnType<typeof runWrk>> | undefined;
    if (WARMUP_SECONDS > 0) {
      process.stderr.write(`warm-up: ${WARMUP_SECONDS} s\n`);
      warm = await runWrk({ url: base, connections: CONNECTIONS, seconds: WARMUP_SECONDS, script });
    }

    const samples: Array<[number, number]> = [];
    const t0 = Date.now();
    const sampleRss = () => {
      const mib = rssMiB(pid);
      if (mib !== undefined) samples.push([(Date.now() - t0) / 1000, mib]);
    };
    sampleRss();
    process.stderr.write(`measuring: ${SECONDS} s at ${CONNECTIONS} connections against pid ${pid}\n`);
    const result = await runWrk({
      url: base,
      connections: CONNECTIONS,
      seconds: SECONDS,
      script,
      onTick: sampleRss,
    });
    sampleRss();

    const rss = samples.map(([, mib]) => mib);
    const half = samples.filter(([t]) => t >= SECONDS / 2);
    const rssStart = rss[0] ?? NaN;
    const rssEnd = rss[rss.length - 1] ?? NaN;
    const rssMax = Math.max(...rss);
    const slopeAll = slope(samples) * 60;
    const slopeLate = slope(half) * 60;
    const failures = failuresOf(result);
    const targets = {
      errors: failures === 0,
      p99: result.latency.p99 <= 50,
      memory: Math.abs(slopeLate) <= 5 && rssEnd - rssStart <= 25,
    };
    const overrides = [
      'DATABASE_PATH',
      'LOAD_SECONDS',
      'LOAD_CONNECTIONS',
      'LOAD_WARMUP_SECONDS',
      'LOAD_SERVER_ARGS',
      'LOAD_PROFILE',
      'WEB_CONCURRENCY',
    ]
      .filter((name) => process.env[name] !== undefined)
      .map((name) => `${name}=${process.env[name]}`);
    const command = [...overrides, 'npm run bench:load'].join(' ');
    const yes = (ok: boolean) => (ok ? 'met' : '**missed**');
    const lines = [
      ...sectionHeading('## Load: mixed workload (issue 6)', 'load-bench.ts', machine, {
        command,
        run: `Compiled server (\`${describeServerCommand()}\`, what \`npm start\` runs), ${describeServerProcesses()}, \`RATE_LIMIT_PER_MINUTE=0\`, on ${how} (${codes.length} countries). Load: ${wrkVersion}, one thread, ${CONNECTIONS} keep-alive connections, one request at a time on each, ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up of the same mix; 80% \`GET /v1/countries/{code}/score\` rotating through every code of \`GET /v1/countries\`, 10% \`POST /v1/scores/batch\` of 20 random countries, 10% \`GET /v1/countries/{code}/evidence?q=<word>\` (${SEARCH_WORDS.join(', ')}).`,
        machine: `(wrk shares the ${os.cpus().length} cores with the server).`,
      }),
      '| figure | value | target |',
      '|---|---|---|',
      ...(warm
        ? [
            `| warm-up (${WARMUP_SECONDS} s from a cold start, caches filling; not in the figures below) | ${warm.requests} requests, ${failuresOf(warm)} failed; p50 / p99 / max ${warm.latency.p50} / ${warm.latency.p99} / ${warm.latency.max} ms | |`,
          ]
        : []),
      `| requests sent | ${Object.values(result.sent).reduce((a, b) => a + b, 0)} (score ${result.sent['score'] ?? 0}, batch ${result.sent['batch'] ?? 0}, evidence ${result.sent['evidence'] ?? 0}); ${result.requests} answered | |`,
      `| requests/s | ${result.requestsPerSecond.toFixed(0)} | |`,
      `| socket errors + timeouts + answers outside 2xx–3xx | ${result.errors.connect + result.errors.read + result.errors.write} + ${result.errors.timeout} + ${result.errors.status} | 0: ${yes(targets.errors)} |`,
      `| latency mean / p50 / p90 / p99 / max | ${result.latency.mean} / ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms | p99 ≤ 50 ms: ${yes(targets.p99)} |`,
      `| server RSS (all processes) idle → start / end / max | ${rssIdle?.toFixed(0) ?? '?'} → ${rssStart.toFixed(0)} / ${rssEnd.toFixed(0)} / ${rssMax.toFixed(0)} MiB (${samples.length} samples, 1 s apart) | flat: ${yes(targets.memory)} |`,
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
    await publishSection('load-bench', lines);
    if (!targets.errors || !targets.p99 || !targets.memory) process.exitCode = 1;
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
  }
}

runBenchmark('load bench', main);
