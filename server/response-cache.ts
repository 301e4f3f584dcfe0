import { createHash } from 'crypto';
import type { Request } from 'express';
import type { Database } from '../data/database';

const MAX_ENTRIES = 2000;
/** Upper bound on the cached JSON, so memory stays flat however many distinct URLs are asked for. */
const MAX_BYTES = 32 * 1024 * 1024;
/** How often, at most, SQLite is asked whether another connection (an ingest) committed. */
const CHECK_INTERVAL_MS = 500;

/** A response body serialised once, with its strong ETag, so hits cost neither JSON.stringify nor hashing. */
export interface CachedBody {
  json: string;
  etag: string;
}

export function toCachedBody(value: unknown): CachedBody {
  const json = JSON.stringify(value);
  const hash = createHash('sha1').update(json).digest('base64url').slice(0, 27);
  return { json, etag: `"${Buffer.byteLength(json).toString(16)}-${hash}"` };
}

/**
 * Keeps recent GET response bodies in memory. Scores change only when the data does, so the cache
 * is emptied as soon as SQLite's data_version says another connection committed.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  private bytes = 0;
  private dataVersion: number | undefined;
  private lastCheck = 0;
  private checking: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  private async checkDataVersion(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCheck < CHECK_INTERVAL_MS) return;
    this.checking ??= (async () => {
      const row = await this.db.get<{ data_version: number }>('PRAGMA data_version');
      this.lastCheck = Date.now();
      if (row && row.data_version !== this.dataVersion) {
        this.dataVersion = row.data_version;
        this.entries.clear();
        this.bytes = 0;
      }
    })().finally(() => {
      this.checking = undefined;
    });
    await this.checking;
  }

  async remember(req: Request, compute: () => Promise<unknown>): Promise<CachedBody> {
    await this.checkDataVersion();
    const key = req.originalUrl;
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh recency so the Map's insertion order works as an LRU.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = toCachedBody(await compute());
    const raced = this.entries.get(key);
    if (raced) this.bytes -= raced.json.length;
    this.entries.set(key, value);
    this.bytes += value.json.length;
    while (this.entries.size > MAX_ENTRIES || this.bytes > MAX_BYTES) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.bytes -= this.entries.get(oldest.value)?.json.length ?? 0;
      this.entries.delete(oldest.value);
    }
    return value;
  }
}
