/**
 * The origin against its ceiling (issue 15, item 7): a cached score lookup on one replica, against
 * bench/same-bytes-server.ts sending that replica's exact status, headers and body, both driven by
 * wrk in alternating runs, for a replica on a data release and for one on a mutable database (the
 * response cache then checks SQLite's data_version as it goes). Prints each run, the load average
 * before it, and the ratio route / same-bytes per round and its median: of requests per second,
 * and of CPU time per request (each server's user + system time over the run, from /proc, divided
 * by the requests it answered), which a machine shared with other work disturbs far less.
 *
 *   npx tsx bench/origin-ratio-bench.ts [release.sqlite]
 *
 * Without a release it builds a small one in a scratch folder from the El Salvador page of every
 * year in ../shared/corpus/state-dept (read at run time). ROUNDS (3), SECONDS (5), CONNECTIONS (100).
 * The replica runs as operators run it: LOG_LEVEL=info (to /dev/null), request ids, the rate limit
 * counting every request (set high enough that wrk is never refused).
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { copyFileSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { loadavg } from 'os';
import { createServer } from 'net';
import path from 'path';
import { failures, requireWrk, runWrk, type WrkResult } from './wrk-runner';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS = Number(process.env.SECONDS_PER_RUN ?? process.env.SECONDS ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const SCORE_PATH = '/v1/countries/SV/score';
const CORPUS = process.env.CORPUS ?? path.join('..', 'shared', 'corpus', 'state-dept');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A small release from one country's page of every year, built the way operators build one. */
function buildRelease(scratch: string): string {
  const pages = path.join(scratch, 'pages');
  mkdirSync(pages);
  for (const archive of readdirSync(CORPUS).filter((name) => name.endsWith('.tar.gz'))) {
    execFileSync('tar', [
      '-xzf',
      path.join(CORPUS, archive),
      '-C',
      pages,
      '--wildcards',
      '*/el-salvador.html',
    ]);
  }
  const out = path.join(scratch, 'release');
  execFileSync('npx', ['tsx', 'data/release-cli.ts', 'build', pages], {
    env: { ...process.env, RELEASES_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const file = readdirSync(out).find((name) => name.endsWith('.sqlite'));
  if (!file) throw new Error('the release build wrote no .sqlite');
  return path.join(out, file);
}

async function waitForHttp(url: string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const ok = await fetch(url).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

function startReplica(port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--require', 'tsx/cjs', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
      WEB_CONCURRENCY: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function startSameBytes(replicaUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', 'bench/same-bytes-server.ts', replicaUrl, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`same-bytes server exited with ${code}`)));
  });
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** User + system CPU time of a process so far, in microseconds (Linux: /proc/<pid>/stat, 100 ticks a second). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

interface Run {
  requestsPerSecond: number;
  cpuPerRequest: number;
}

async function measure(label: string, url: string, pid: number): Promise<Run> {
  const before = load();
  const cpuBefore = cpuMicros(pid);
  const result: WrkResult = await runWrk({ url, connections: CONNECTIONS, seconds: SECONDS });
  const cpuPerRequest = (cpuMicros(pid) - cpuBefore) / Math.max(1, result.requests);
  const bad = failures(result);
  process.stdout.write(
    `  ${label.padEnd(14)} ${Math.round(result.requestsPerSecond).toString().padStart(7)} req/s  ` +
      `${Math.round(cpuPerRequest).toString().padStart(4)} µs CPU/request  p99 ${result.latency.p99} ms` +
      `${bad ? `  (${bad} errors)` : ''}  load before: ${before}\n`,
  );
  return { requestsPerSecond: result.requestsPerSecond, cpuPerRequest };
}

interface Ratios {
  throughput: number[];
  cpu: number[];
}

async function compare(mode: string, env: Record<string, string>): Promise<Ratios> {
  const replicaPort = await freePort();
  const barePort = await freePort();
  const replica = startReplica(replicaPort, env);
  let bare: ChildProcess | undefined;
  try {
    const route = `http://127.0.0.1:${replicaPort}${SCORE_PATH}`;
    await waitForHttp(route);
    // Twice: the first answer computes and caches the body, the second is already a replay.
    await fetch(route).then((res) => res.arrayBuffer());
    bare = await startSameBytes(route, barePort);
    const same = `http://127.0.0.1:${barePort}${SCORE_PATH}`;
    process.stdout.write(`${mode}: ${CONNECTIONS} connections, ${SECONDS} s runs, alternating\n`);
    // A warm-up of each, not counted.
    await runWrk({ url: route, connections: CONNECTIONS, seconds: 2 });
    await runWrk({ url: same, connections: CONNECTIONS, seconds: 2 });
    const ratios: Ratios = { throughput: [], cpu: [] };
    for (let round = 1; round <= ROUNDS; round += 1) {
      const ours = await measure(`route #${round}`, route, replica.pid ?? 0);
      const ceiling = await measure(`same bytes #${round}`, same, bare.pid ?? 0);
      ratios.throughput.push(ours.requestsPerSecond / ceiling.requestsPerSecond);
      ratios.cpu.push(ceiling.cpuPerRequest / ours.cpuPerRequest);
    }
    const show = (values: number[]) =>
      `${values.map((r) => r.toFixed(2)).join(', ')} (median ${median(values).toFixed(2)}×)`;
    process.stdout.write(`  ratio of req/s per round: ${show(ratios.throughput)}\n`);
    process.stdout.write(`  ratio of CPU per request (same bytes / route): ${show(ratios.cpu)}\n`);
    return ratios;
  } finally {
    bare?.kill();
    replica.kill();
  }
}

async function main(): Promise<void> {
  const wrk = requireWrk();
  const scratch = mkdtempSync('/tmp/origin-ratio-');
  try {
    const release = process.argv[2] ?? buildRelease(scratch);
    // The same data as a plain database: no manifest beside it, so the server treats it as mutable.
    const mutable = path.join(scratch, 'mutable.sqlite');
    copyFileSync(release, mutable);
    chmodSync(mutable, 0o644);
    process.stdout.write(`${wrk}, node ${process.version}, release ${path.basename(release)}\n`);
    const onRelease = await compare('data release (immutable)', { DATA_RELEASE: release });
    const onMutable = await compare('mutable database', { DATABASE_PATH: mutable });
    process.stdout.write(
      `RATIO req/s: release ${median(onRelease.throughput).toFixed(2)}×, mutable ${median(onMutable.throughput).toFixed(2)}×; ` +
        `CPU per request: release ${median(onRelease.cpu).toFixed(2)}×, mutable ${median(onMutable.cpu).toFixed(2)}× (target ≥ 0.80×)\n`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
