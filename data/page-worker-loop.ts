import { parentPort } from 'worker_threads';
import type { ProcessedPage } from './page-processor';

/** What a page worker sends back: `ready` once its code has loaded, then one answer per page. */
export type PageWorkerMessage =
  { ready: true } | { id: number; result: ProcessedPage } | { id: number; error: string };

/**
 * The worker side of the page pool: answers `{id, raw}` with `{id, result}` (or `{id, error}` for a
 * page that threw), one page at a time. Announces itself first, so the pool can tell a worker that
 * could not load its code from one that crashed on a page.
 */
export function servePages(process: (raw: Buffer) => ProcessedPage): void {
  const port = parentPort;
  if (!port) throw new Error('servePages runs in a worker thread');
  port.on('message', (message: { id: number; raw: Uint8Array }) => {
    const raw = Buffer.from(message.raw.buffer, message.raw.byteOffset, message.raw.byteLength);
    let answer: PageWorkerMessage;
    try {
      answer = { id: message.id, result: process(raw) };
    } catch (error) {
      answer = { id: message.id, error: (error as Error).stack ?? String(error) };
    }
    port.postMessage(answer);
  });
  port.postMessage({ ready: true } satisfies PageWorkerMessage);
}
