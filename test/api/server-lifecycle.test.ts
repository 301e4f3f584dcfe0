import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import http from 'http';
import { buildTestDatabase, type TestDatabase } from '../support/test-database';

let fixture: TestDatabase;

beforeAll(async () => {
  fixture = await buildTestDatabase(['2023/norway.html', '2023/rwanda.html']);
  await fixture.close();
});

function startServer(env: Record<string, string>): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
} {
  // Run node itself (not the tsx launcher, which forks) so that signals reach the server process.
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('an invalid setting stops the start with a message naming the variable', async () => {
  const server = startServer({ DATABASE_PATH: fixture.file, PORT: 'not-a-port' });
  expect(await server.exited).toBe(2);
  expect(server.output()).toMatch(/invalid configuration: PORT: /);
});

test('SIGTERM lets an in-flight request finish, then closes the database and exits 0', async () => {
  const port = 4100 + Math.floor(Math.random() * 500);
  const server = startServer({ DATABASE_PATH: fixture.file, PORT: String(port) });
  await waitFor(() => server.output().includes('"msg":"listening"'));
  // A request whose body is still arriving is certainly in flight when SIGTERM lands.
  const body = JSON.stringify({ text: 'Police beat detainees in custody.' });
  const request = http.request({
    host: '127.0.0.1',
    port,
    path: '/v1/analyze',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const status = new Promise<number>((resolve, reject) => {
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
  request.write(body.slice(0, 10));
  await new Promise((resolve) => setTimeout(resolve, 300));
  server.child.kill('SIGTERM');
  await waitFor(() => server.output().includes('draining in-flight requests'));
  request.end(body.slice(10));
  expect(await status).toBe(200);
  expect(await server.exited).toBe(0);
  expect(server.output()).toMatch(/"msg":"draining in-flight requests"[\s\S]*"msg":"stopped"/);
  const lines = server
    .output()
    .split('\n')
    .filter((line) => line.includes('"req":'));
  for (const line of lines) expect(JSON.parse(line)).toHaveProperty('req.id');
});
