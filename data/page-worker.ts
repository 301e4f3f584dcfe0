import { parentPort } from 'worker_threads';
import { processPage } from './page-processor';

// Receives { id, raw } and answers { id, result } for each page, until the pool terminates it.
parentPort?.on('message', (message: { id: number; raw: Uint8Array }) => {
  try {
    const result = processPage(
      Buffer.from(message.raw.buffer, message.raw.byteOffset, message.raw.byteLength),
    );
    parentPort?.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: (error as Error).stack ?? String(error) });
  }
});
