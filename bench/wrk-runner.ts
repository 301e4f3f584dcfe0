import { execFileSync, spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

/**
 * The HTTP benchmarks drive the server with wrk (Debian's `wrk` package): a C load generator that
 * needs a fraction of the CPU a Node one does, which matters on a 2-core machine where it shares the
 * cores with the server it measures. One wrk thread, keep-alive connections, one request at a time
 * per connection.
 */
export interface WrkResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Socket errors (connect, read, write), timeouts, and answers outside 2xx–3xx. */
  errors: { connect: number; read: number; write: number; timeout: number; status: number };
  /** Milliseconds. */
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Requests sent per kind, for a mixed workload. */
  sent: Record<string, number>;
}

/** wrk's version ("wrk 4.1.0"), or a clear error when it is not installed. */
export function requireWrk(): string {
  let output: string;
  try {
    output = execFileSync('wrk', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // wrk prints its version and exits 1.
    output = String((error as { stdout?: string }).stdout ?? '');
    if (!output.startsWith('wrk')) {
      throw new Error(
        'wrk is not installed: apt-get install -y wrk (the HTTP benchmarks use it as the load generator)',
        { cause: error },
      );
    }
  }
  const version = /\d+\.\d+\.\d+/.exec(output)?.[0];
  return version ? `wrk ${version}` : 'wrk';
}

/**
 * Lua for wrk's `done` hook: prints the figures as one JSON line, and the per-kind counts that
 * `request` kept in each thread.
 */
const REPORT_LUA = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local sent = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("sent") or {}
    for kind, n in pairs(counts) do sent[kind] = (sent[kind] or 0) + n end
  end
  local parts = {}
  for kind, n in pairs(sent) do table.insert(parts, string.format('"%s":%d', kind, n)) end
  local e = summary.errors
  io.write(string.format(
    '\\nWRK-RESULT {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d,' ..
    '"mean":%f,"p50":%d,"p90":%d,"p99":%d,"max":%d,"sent":{%s}}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    table.concat(parts, ",")))
end
`;

/** `script` defines wrk's `request()` (and may count kinds in a global table `sent`). */
export async function runWrk(options: {
  url: string;
  connections: number;
  seconds: number;
  script?: string;
  onTick?: () => void;
}): Promise<WrkResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wrk-'));
  const scriptFile = path.join(dir, 'workload.lua');
  writeFileSync(scriptFile, `${options.script ?? ''}\n${REPORT_LUA}`);
  const args = [
    '-t1',
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    '--timeout',
    '10s',
    '-s',
    scriptFile,
    options.url,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    const ticker = options.onTick ? setInterval(options.onTick, 1000) : undefined;
    child.on('error', reject);
    child.on('exit', (code) => {
      if (ticker) clearInterval(ticker);
      if (code === 0) resolve(text);
      else reject(new Error(`wrk exited with ${code}:\n${text}`));
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
  const line = output.split('\n').find((l) => l.startsWith('WRK-RESULT '));
  if (!line) throw new Error(`wrk printed no result:\n${output}`);
  const raw = JSON.parse(line.slice('WRK-RESULT '.length)) as {
    requests: number;
    duration_us: number;
    connect: number;
    read: number;
    write: number;
    timeout: number;
    status: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    sent: Record<string, number>;
  };
  const seconds = raw.duration_us / 1e6;
  const ms = (us: number) => Math.round(us / 10) / 100;
  return {
    requests: raw.requests,
    seconds,
    requestsPerSecond: raw.requests / seconds,
    errors: {
      connect: raw.connect,
      read: raw.read,
      write: raw.write,
      timeout: raw.timeout,
      status: raw.status,
    },
    latency: { mean: ms(raw.mean), p50: ms(raw.p50), p90: ms(raw.p90), p99: ms(raw.p99), max: ms(raw.max) },
    sent: raw.sent,
  };
}

export function failures(result: WrkResult): number {
  const e = result.errors;
  return e.connect + e.read + e.write + e.timeout + e.status;
}
