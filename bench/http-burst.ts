/**
 * A bounded burst of HTTP requests for the real-parts test (.ci/real-parts-test.sh): sends `total`
 * requests over `concurrency` keep-alive connections, cycling through a mix of cached GETs, uncached
 * GETs and batch POSTs, and prints one JSON line: how many succeeded, every failure, and which data
 * release answered how often. Exits 1 if any request failed. With a total of 0 it keeps sending
 * until SIGTERM or SIGINT, so a burst can span a rollout however long it takes; it writes `sending`
 * to stderr once the first answer is in, so a script can wait for the burst to be under way.
 *
 *   tsx bench/http-burst.ts <base-url> <total> <concurrency>
 */
import { request as httpRequest, Agent } from 'http';

interface Outcome {
  status: number;
  release: string | undefined;
  error?: string;
}

const MIX: ReadonlyArray<{ method: 'GET' | 'POST'; path: string; body?: string }> = [
  { method: 'GET', path: '/v1/countries/SV/score' },
  { method: 'GET', path: '/v1/countries' },
  { method: 'GET', path: '/readyz' },
  { method: 'POST', path: '/v1/scores/batch', body: JSON.stringify({ countries: ['SV', 'Norway'] }) },
];

function send(base: URL, agent: Agent, index: number): Promise<Outcome> {
  const item = MIX[index % MIX.length] ?? MIX[0]!;
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method: item.method,
        path: item.path,
        agent,
        headers: item.body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(item.body) }
          : {},
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const release = res.headers['x-data-release'];
          resolve({
            status: res.statusCode ?? 0,
            release: typeof release === 'string' ? release : undefined,
          });
        });
        res.on('error', (error) => resolve({ status: 0, release: undefined, error: error.message }));
      },
    );
    req.on('error', (error) => resolve({ status: 0, release: undefined, error: error.message }));
    req.end(item.body);
  });
}

async function main(): Promise<number> {
  const [baseArg, totalArg, concurrencyArg] = process.argv.slice(2);
  if (!baseArg) {
    process.stderr.write('usage: tsx bench/http-burst.ts <base-url> <total> <concurrency>\n');
    return 2;
  }
  const base = new URL(baseArg);
  const total = Number(totalArg ?? 2000) || Number.POSITIVE_INFINITY;
  const concurrency = Number(concurrencyArg ?? 16);
  let stopped = false;
  const stopSending = () => {
    stopped = true;
  };
  process.on('SIGTERM', stopSending);
  process.on('SIGINT', stopSending);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const failures: string[] = [];
  const releases: Record<string, number> = {};
  let next = 0;
  let ok = 0;
  const lane = async () => {
    while (next < total && !stopped) {
      const index = next++;
      const outcome = await send(base, agent, index);
      if (ok + failures.length === 0) process.stderr.write('sending\n');
      if (outcome.status >= 200 && outcome.status < 400) ok += 1;
      else failures.push(`${MIX[index % MIX.length]?.path}: ${outcome.status} ${outcome.error ?? ''}`.trim());
      const key = outcome.release ?? 'none';
      releases[key] = (releases[key] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  process.stdout.write(
    `${JSON.stringify({ total: ok + failures.length, ok, failed: failures.length, failures: failures.slice(0, 20), releases })}\n`,
  );
  return failures.length === 0 ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
