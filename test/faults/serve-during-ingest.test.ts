import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { CORPUS_DIR } from '../support/corpus';
import { buildTestApp, buildTestDatabase, type TestDatabase } from '../support/test-database';
import { exitWithin, peekReportCount, spawnIngest } from './fault-support';

/**
 * The server (this process, on a real socket) answers from the database it has while the ingest
 * CLI, in another process, writes a whole year into the same file. WAL lets readers go on while
 * one writer commits; nothing may fail or wait for the ingest.
 */
let fixture: TestDatabase;
let server: Server;
let base: string;

beforeAll(async () => {
  fixture = await buildTestDatabase();
  server = createServer(buildTestApp(fixture.store)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await fixture.close();
});

const GETS = [
  '/v1/countries',
  '/v1/countries/RW/score?year=2023',
  '/v1/countries/SV/score',
  '/v1/countries/XK/history',
  '/v1/countries/SV/evidence?q=prison&limit=5',
  '/v1/countries/CN/evidence?category=torture',
  '/readyz',
];

async function call(url: string): Promise<{ url: string; status: number; ms: number; body: string }> {
  const started = performance.now();
  const init: RequestInit =
    url === 'batch'
      ? {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ countries: ['RW', 'SV', 'NO', 'XK', 'KE'] }),
        }
      : {};
  const response = await fetch(`${base}${url === 'batch' ? '/v1/scores/batch' : url}`, {
    ...init,
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.text();
  return { url, status: response.status, ms: performance.now() - started, body };
}

describe('serving while an ingest runs in another process', () => {
  test('every request made during a whole-year ingest into the same file answers 200, and untouched reports answer as before', async () => {
    const unchangedBefore = await call('/v1/countries/RW/score?year=2023');
    const reportsBefore = await fixture.store.countReports();
    const ingest = spawnIngest(fixture.file, [path.join(CORPUS_DIR, 'state-dept-hrr-2019.tar.gz')]);

    const answers: Array<Awaited<ReturnType<typeof call>>> = [];
    const countsSeen = new Set<number>();
    let round = 0;
    while (ingest.child.exitCode === null && ingest.child.signalCode === null && round < 2_000) {
      const urls = [...GETS, 'batch'].map((_u, i, all) => all[(round + i) % all.length] ?? '/healthz');
      answers.push(...(await Promise.all(urls.map(call))));
      countsSeen.add((await peekReportCount(fixture.file)) ?? -1);
      round += 1;
    }
    const exit = await exitWithin(ingest, 120_000);
    expect({ code: exit.code, stderr: exit.code === 0 ? '' : ingest.stderr().slice(-2000) }).toEqual({
      code: 0,
      stderr: '',
    });

    const failures = answers
      .filter((answer) => answer.status !== 200)
      .map((a) => `${a.url} → ${a.status} ${a.body.slice(0, 200)}`);
    expect(failures).toEqual([]);
    // The requests really overlapped the ingest: many of them, seeing the report count grow.
    expect(answers.length).toBeGreaterThan(100);
    expect(countsSeen.size).toBeGreaterThan(3);
    for (const answer of answers.filter((a) => a.url === unchangedBefore.url))
      expect(answer.body).toBe(unchangedBefore.body);
    const slowest = Math.max(...answers.map((a) => a.ms));
    process.stdout.write(
      `serve-during-ingest: ${answers.length} requests during the ingest, slowest ${slowest.toFixed(0)} ms, report count seen at ${countsSeen.size} values from ${Math.min(...countsSeen)} to ${Math.max(...countsSeen)}\n`,
    );
    // How slow the slowest answer was is a figure to read in the log, not to assert: it depends on the machine.

    // And once the ingest commits, the server sees the new year without a restart.
    expect(await fixture.store.countReports()).toBeGreaterThan(reportsBefore + 150);
    const year2019 = await call('/v1/countries?year=2019');
    expect(JSON.parse(year2019.body).countries.length).toBeGreaterThan(150);
  });
});
