import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import { processPage, type ProcessedPage } from './page-processor';

type Pending = { resolve: (value: ProcessedPage) => void; reject: (error: Error) => void };

/**
 * Parses and scores pages on worker threads (one per core) so that an ingest uses both cores while
 * the main thread reads sources and writes SQLite. Falls back to the calling thread where workers
 * cannot load this code (e.g. under the test runner's TypeScript transform).
 */
export class PagePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private turn = 0;

  constructor(size: number) {
    const script = path.join(__dirname, `page-worker${path.extname(__filename)}`);
    const canUseWorkers = size > 1 && existsSync(script) && process.env['JEST_WORKER_ID'] === undefined;
    if (!canUseWorkers) return;
    for (let i = 0; i < size; i += 1) {
      // Under tsx (npm run ingest) the worker registers the same TypeScript loader; compiled code runs as is.
      const worker = script.endsWith('.ts')
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true })
        : new Worker(script);
      worker.on('message', (message: { id: number; result?: ProcessedPage; error?: string }) => {
        const waiting = this.pending.get(message.id);
        if (!waiting) return;
        this.pending.delete(message.id);
        if (message.result) waiting.resolve(message.result);
        else waiting.reject(new Error(message.error ?? 'worker failed'));
      });
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
    }
  }

  get threaded(): boolean {
    return this.workers.length > 0;
  }

  process(raw: Buffer): Promise<ProcessedPage> {
    const worker = this.workers[this.turn++ % Math.max(1, this.workers.length)];
    if (!worker) return Promise.resolve().then(() => processPage(raw));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, raw });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }
}
