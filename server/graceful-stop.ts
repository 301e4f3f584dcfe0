import type { IncomingMessage, Server, ServerResponse } from 'http';

/**
 * Stops a server behind a proxy without failing a request the proxy sent it. `server.close()` alone
 * stops accepting and drops idle keep-alive connections, but a response finished during the drain
 * leaves its connection open for reuse (Node keeps it alive), so the proxy may send the next request
 * on it just as the process exits. Here every answer sent once the stop has begun says
 * `Connection: close`, and a connection is closed as soon as its response is done, so the proxy
 * opens its next connection elsewhere. After `graceMs`, whatever is still open is cut.
 */
export function prepareGracefulStop(server: Server, graceMs: number): { stop(): Promise<void> } {
  const inFlight = new Set<ServerResponse>();
  // One listener for every response (no closure per request: this runs on the hot path).
  function forget(this: ServerResponse): void {
    inFlight.delete(this);
  }
  let stopping = false;
  // First among the request listeners: the application may answer synchronously (cached replays).
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping) {
      res.setHeader('Connection', 'close');
      return;
    }
    inFlight.add(res);
    res.on('close', forget);
  });
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        stopping = true;
        for (const res of inFlight) {
          if (!res.headersSent) res.setHeader('Connection', 'close');
          // Headers already out said keep-alive: close the connection once the body is done.
          else res.once('finish', () => server.closeIdleConnections());
        }
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), graceMs).unref();
      });
      return stopped;
    },
  };
}
