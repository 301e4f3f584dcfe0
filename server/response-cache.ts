import { createHash } from 'crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'zlib';

const MAX_ENTRIES = 4000;
/**
 * Default bound on the cached bodies and their compressed forms, so memory stays flat however many
 * distinct URLs are asked for. Every country's score (about 4 MB) and a few thousand searches fit.
 */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/**
 * How old, at most, the last look at SQLite's data_version (did another connection, an ingest,
 * commit?) may be for a cached body to be answered without looking again.
 */
export const CHECK_INTERVAL_MS = 500;
/**
 * Past this age a replayed hit starts the next look in the background, so under steady traffic the
 * look is renewed before it is due and hits never wait for SQLite or fall through to Express.
 */
export const REFRESH_AHEAD_MS = CHECK_INTERVAL_MS / 2;
/**
 * While a look is running, hits are still replayed from the previous one up to this age: a saturated
 * server gets SQLite's answer late, and sending every request through Express meanwhile would only
 * saturate it further.
 */
export const MAX_REPLAY_AGE_MS = 5 * CHECK_INTERVAL_MS;

export type ContentCoding = 'br' | 'gzip';

/** A response body serialised once, with its strong ETag, so hits cost neither JSON.stringify nor hashing. */
export interface CachedBody {
  body: Buffer;
  etag: string;
  /**
   * The headers Express had set when it first sent this body (security, CORS, caching, type), as
   * name/value pairs, so a later hit can be answered before Express runs. Absent until sent once.
   */
  headers?: readonly string[];
  /** Compressed forms, made on first request for each coding and kept with the body. */
  encoded: Partial<Record<ContentCoding, Buffer>>;
}

/**
 * A strong ETag from the body and, when serving a data release, the release's digest: replicas on the
 * same release give the same ETag for the same answer, and a new release never matches an old one.
 */
export function computeEtag(body: Buffer | string, salt?: string): string {
  const hash = createHash('sha1');
  if (salt) hash.update(salt);
  const tag = hash.update(body).digest('base64url').slice(0, 27);
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  return salt ? `"${salt.slice(0, 12)}-${tag}"` : `"${length.toString(16)}-${tag}"`;
}

export function toCachedBody(value: unknown, salt?: string): CachedBody {
  const body = Buffer.from(JSON.stringify(value));
  return { body, etag: computeEtag(body, salt), encoded: {} };
}

function sizeOf(entry: CachedBody): number {
  return entry.body.length + (entry.encoded.br?.length ?? 0) + (entry.encoded.gzip?.length ?? 0);
}

/**
 * Keeps recent GET response bodies in memory. Scores change only when the data does, so the cache
 * is emptied as soon as SQLite's data_version says another connection committed.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  /** Parsed data the service reuses across requests (a table of every headline score), same lifetime as the bodies. */
  private readonly values = new Map<string, Promise<unknown>>();
  private bytes = 0;
  /** Counts clears, so a body computed across one (from data older than the clear) is not stored. */
  private generation = 0;
  private dataVersion: number | undefined;
  private lastCheck = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | undefined;

  private readonly maxBytes: number;
  private readonly now: () => number;
  private readonly etagSalt: string | undefined;
  private readonly immutable: boolean;

  /**
   * `readDataVersion` is the store's data_version (see `ReportReader.dataVersion`): it moves when
   * another connection commits.
   */
  constructor(
    private readonly readDataVersion: () => Promise<number>,
    options: { maxBytes?: number; now?: () => number; etagSalt?: string; immutable?: boolean } = {},
  ) {
    this.immutable = options.immutable ?? false;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.etagSalt = options.etagSalt;
    this.now = options.now ?? Date.now;
  }

  private async checkDataVersion(): Promise<void> {
    // A data release never changes under the server: one check, then never again.
    if (this.immutable && this.dataVersion !== undefined) return;
    if (this.now() - this.lastCheck < CHECK_INTERVAL_MS) return;
    await this.startCheck();
  }

  /** One look at data_version at a time; the bodies are emptied when it moved. */
  private startCheck(): Promise<void> {
    this.checking ??= (async () => {
      // The data is known current as of when the look began, not when it ended.
      const startedAt = this.now();
      const version = await this.readDataVersion();
      if (version !== this.dataVersion) {
        this.dataVersion = version;
        this.entries.clear();
        this.values.clear();
        this.generation += 1;
        this.bytes = 0;
      }
      this.lastCheck = startedAt;
    })().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /** The cached body for `key`, computing and storing it on a miss. */
  async remember(key: string, compute: () => Promise<unknown>): Promise<CachedBody> {
    await this.checkDataVersion();
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh recency so the Map's insertion order works as an LRU.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const generation = this.generation;
    const value = toCachedBody(await compute(), this.etagSalt);
    // Another connection committed while this was computed: answer with it once, but do not keep it.
    if (generation !== this.generation) return value;
    const raced = this.entries.get(key);
    if (raced) this.bytes -= sizeOf(raced);
    this.entries.set(key, value);
    this.bytes += sizeOf(value);
    this.evict();
    return value;
  }

  /**
   * A value computed once per state of the database, for data read on every request of a kind.
   * Keys must come from a small fixed set (not from user input): values are never evicted.
   */
  async rememberValue<T>(key: string, compute: () => Promise<T>): Promise<T> {
    await this.checkDataVersion();
    let value = this.values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.values.set(key, value);
      // A failed read is not remembered; the next request tries again.
      value.catch(() => {
        if (this.values.get(key) === value) this.values.delete(key);
      });
    }
    return value;
  }

  /**
   * A body that can be replayed without waiting for SQLite: one whose headers were recorded, while
   * the last data_version look is recent enough. A look older than REFRESH_AHEAD_MS is renewed in
   * the background; one older than CHECK_INTERVAL_MS (after a quiet spell) sends the request the
   * long way, where it waits for the look, unless a look is already running and the last one is
   * younger than MAX_REPLAY_AGE_MS.
   */
  lookupReplayable(key: string): CachedBody | undefined {
    if (!(this.immutable && this.dataVersion !== undefined)) {
      const age = this.now() - this.lastCheck;
      if (age >= CHECK_INTERVAL_MS && !(this.checking && age < MAX_REPLAY_AGE_MS)) return undefined;
      if (age >= REFRESH_AHEAD_MS && !this.checking) {
        // A failed look is not remembered: the next one is due sooner, and past CHECK_INTERVAL_MS
        // nothing is replayed.
        this.startCheck().catch(() => undefined);
      }
    }
    const hit = this.entries.get(key);
    return hit?.headers ? hit : undefined;
  }

  /** The body cached under `key` compressed with `coding`, compressed once and then kept (and counted) with the entry. */
  encode(key: string, entry: CachedBody, coding: ContentCoding): Buffer {
    const done = entry.encoded[coding];
    if (done) return done;
    const encoded =
      coding === 'br'
        ? brotliCompressSync(entry.body, {
            params: {
              // Paid once per body, so a better ratio than per-response compression can afford.
              [zlibConstants.BROTLI_PARAM_QUALITY]: 9,
              [zlibConstants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
            },
          })
        : gzipSync(entry.body, { level: 9 });
    entry.encoded[coding] = encoded;
    // Only an entry still in the map counts; one evicted meanwhile is garbage after this response.
    if (this.entries.get(key) === entry) {
      this.bytes += encoded.length;
      this.evict();
    }
    return encoded;
  }

  private evict(): void {
    while (this.entries.size > MAX_ENTRIES || this.bytes > this.maxBytes) {
      const oldest = this.entries.entries().next();
      if (oldest.done) break;
      this.bytes -= sizeOf(oldest.value[1]);
      this.entries.delete(oldest.value[0]);
    }
  }
}
