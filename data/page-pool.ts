import path from 'path';
import { Worker } from 'worker_threads';
import { processPage, type ProcessedPage } from './page-processor';
import type { PageWorkerMessage } from './page-worker-loop';

/** A page goes to a worker at most this often: once, and once more if the worker died under it. */
const ATTEMPTS = 2;
// A worker handles one page at a time, which needs far less than V8's default old space: with a cap it collects
// instead of growing. Measured on the full corpus: peak RSS 539 MB uncapped, 373 MB at 128 MB, same speed; at 48 MB
// every page still passes but garbage collection doubles the time.
const WORKER_OLD_SPACE_MB = 128;

interface Task {
  id: number;
  raw: Buffer;
  attempts: number;
  resolve(page: ProcessedPage): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The worker's code has loaded; until then it gets no page. */
  ready: boolean;
  /** The one page this worker is on, so a crash fails that page and no other. */
  task: Task | undefined;
  crash: string | undefined;
}

export interface PagePoolOptions {
  /**
   * The module each worker thread runs (default: `page-worker` next to this file). It must call
   * `servePages`. Tests pass one that crashes on a page of their choosing.
   */
  workerScript?: string;
}

/**
 * Parses and scores pages on worker threads so that an ingest uses every core while the main
 * thread reads sources and writes SQLite. Each worker holds one page at a time. A worker that dies
 * (an uncaught error, running out of memory, `process.exit`) fails only its own page, which is
 * retried once on a fresh worker and then answered as `worker_crashed`; the pool replaces the
 * worker. Where no worker can load its code, pages are parsed on the calling thread instead.
 */
export class PagePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private readonly script: string;
  private nextId = 0;
  private closing = false;
  private inThread: boolean;

  constructor(size: number, options: PagePoolOptions = {}) {
    this.script = options.workerScript ?? path.join(__dirname, `page-worker${path.extname(__filename)}`);
    this.inThread = size <= 1;
    if (!this.inThread) for (let i = 0; i < size; i += 1) this.spawn();
  }

  /** Whether pages are parsed on worker threads (false once no worker could start). */
  get threaded(): boolean {
    return !this.inThread;
  }

  process(raw: Buffer): Promise<ProcessedPage> {
    if (this.inThread) return Promise.resolve().then(() => processPage(raw));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, raw, attempts: 0, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    const unfinished = [...slots.flatMap((slot) => (slot.task ? [slot.task] : [])), ...this.queue.splice(0)];
    for (const task of unfinished) task.reject(new Error('the page pool was closed'));
  }

  private spawn(): void {
    // A TypeScript worker (under tsx or ts-jest) registers tsx's loader first; compiled code runs as is.
    const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } };
    const worker = this.script.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(this.script)});`, { ...options, eval: true })
      : new Worker(this.script, options);
    const slot: Slot = { worker, ready: false, task: undefined, crash: undefined };
    this.slots.add(slot);
    worker.on('message', (message: PageWorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
      } else if (slot.task?.id === message.id) {
        const task = slot.task;
        slot.task = undefined;
        if ('result' in message) task.resolve(message.result);
        else task.reject(new Error(message.error));
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      slot.crash = error.message;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private onExit(slot: Slot, code: number): void {
    if (this.closing || !this.slots.delete(slot)) return;
    const reason = slot.crash ?? `exit code ${code}`;
    if (!slot.ready) {
      // It never loaded its code, so a replacement would fail the same way. Once none is left,
      // parse here: slower, but the ingest goes on.
      if (this.slots.size === 0) this.fallBackToThisThread();
      return;
    }
    const task = slot.task;
    if (task) {
      task.attempts += 1;
      if (task.attempts >= ATTEMPTS) {
        task.resolve({
          ok: false,
          code: 'worker_crashed',
          message: `the worker thread parsing this page died ${ATTEMPTS} times (last: ${reason}); the page was not stored`,
        });
      } else {
        this.queue.unshift(task);
      }
    }
    this.spawn();
    this.dispatch();
  }

  private fallBackToThisThread(): void {
    this.inThread = true;
    for (const task of this.queue.splice(0)) {
      try {
        task.resolve(processPage(task.raw));
      } catch (error) {
        task.reject(error as Error);
      }
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, raw: task.raw });
    }
  }
}
