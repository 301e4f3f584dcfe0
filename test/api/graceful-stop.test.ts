import http, { type IncomingMessage } from 'http';
import type { AddressInfo } from 'net';
import { prepareGracefulStop } from '../../server/graceful-stop';

/** A server whose handler answers only when `release` is called, so a request is surely in flight. */
function startHeldServer(): Promise<{
  server: http.Server;
  port: number;
  release: () => void;
  arrived: Promise<void>;
}> {
  let release: () => void = () => undefined;
  let signalArrived: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (signalArrived = resolve));
  const held = new Promise<void>((resolve) => (release = resolve));
  const server = http.createServer((req, res) => {
    if (req.url === '/held') {
      signalArrived();
      void held.then(() => res.end('held answer'));
    } else res.end('quick answer');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, release: () => release(), arrived }),
    ),
  );
}

function get(port: number, path: string, agent: http.Agent): Promise<IncomingMessage & { text: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(Object.assign(res, { text })));
      })
      .on('error', reject);
  });
}

test('a response in flight when the stop begins says Connection: close, and the stop completes without the grace period', async () => {
  const { server, port, release, arrived } = await startHeldServer();
  // A grace period far beyond the test's timeout: the stop must finish because every connection closed.
  const graceful = prepareGracefulStop(server, 3_600_000);
  const agent = new http.Agent({ keepAlive: true });
  // An idle keep-alive connection besides the busy one.
  const warm = await get(port, '/quick', agent);
  expect(warm.headers.connection).toBe('keep-alive');
  const inFlight = get(port, '/held', agent);
  await arrived;
  const stopped = graceful.stop();
  release();
  const answer = await inFlight;
  expect(answer.text).toBe('held answer');
  expect(answer.headers.connection).toBe('close');
  await stopped;
  expect(server.listening).toBe(false);
  agent.destroy();
});

test('a stop while nothing is in flight closes the idle keep-alive connections at once', async () => {
  const { server, port } = await startHeldServer();
  const graceful = prepareGracefulStop(server, 3_600_000);
  const agent = new http.Agent({ keepAlive: true });
  await get(port, '/quick', agent);
  await get(port, '/quick', agent);
  await graceful.stop();
  expect(server.listening).toBe(false);
  agent.destroy();
});
