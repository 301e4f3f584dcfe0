import { createReadStream, promises as fs } from 'fs';
import path from 'path';
import { createGunzip } from 'zlib';
import { Transform } from 'stream';
import * as tarStream from 'tar-stream';
import { MAX_PAGE_BYTES } from './report-parser';
import { fetchStateGovPages, type FetchOptions } from './state-gov-fetcher';

/** One page read from a source, or the reason it could not be read. `origin` names the file, archive entry or URL. */
export type SourcePage =
  { ok: true; origin: string; raw: Buffer } | { ok: false; origin: string; code: string; message: string };

export interface ArchiveLimits {
  /** Largest single page accepted, in bytes (real pages are under 1 MB). */
  maxEntryBytes: number;
  /** Most entries read from one archive. */
  maxEntries: number;
  /** Most bytes decompressed from one archive. */
  maxTotalBytes: number;
  /** Highest decompressed/compressed ratio tolerated once past 1 MB decompressed. */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntryBytes: MAX_PAGE_BYTES,
  maxEntries: 5000,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
};

export interface SourceOptions {
  archiveLimits?: ArchiveLimits;
  fetch?: FetchOptions;
  /** Called with the number of source bytes (compressed, for archives) consumed, for progress bars. */
  onBytes?: (bytes: number) => void;
}

/** Total size in bytes of the local pages and archives a source holds (0 for web addresses). */
export async function measureSource(source: string): Promise<number> {
  if (/^https?:\/\//i.test(source)) return 0;
  const stat = await fs.stat(source).catch(() => undefined);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const entry of await fs.readdir(source, { withFileTypes: true })) {
    const full = path.join(source, entry.name);
    if (entry.isDirectory()) total += await measureSource(full);
    else if (
      PAGE_EXTENSIONS.test(entry.name) ||
      EDITION_EXTENSIONS.test(entry.name) ||
      ARCHIVE_EXTENSIONS.test(entry.name)
    )
      total += (await fs.stat(full)).size;
  }
  return total;
}

const PAGE_EXTENSIONS = /\.(html?|xhtml)$/i;
const ARCHIVE_EXTENSIONS = /\.(tar\.gz|tgz)$/i;
/** A report's PDF edition, or a plain-text export of one (read by data/edition-parser.ts). */
const EDITION_EXTENSIONS = /\.(pdf|txt)$/i;

/** Whether a source string names something that exists or can be fetched. */
export async function sourceExists(source: string): Promise<boolean> {
  if (/^https?:\/\//i.test(source)) return true;
  try {
    await fs.access(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads every page a source holds: a page file, a folder of pages and/or archives, a `.tar.gz`
 * (streamed, never unpacked to disk) or an http(s) address on state.gov. A folder's `.pdf` and
 * `.txt` files are read too: PDF editions and plain-text exports of reports.
 */
export async function* readSource(source: string, options: SourceOptions = {}): AsyncGenerator<SourcePage> {
  if (/^https?:\/\//i.test(source)) {
    if (!options.fetch) throw new Error('fetch options are required to read an http(s) source');
    yield* fetchStateGovPages(source, options.fetch);
    return;
  }
  let stat;
  try {
    stat = await fs.stat(source);
  } catch (error) {
    yield {
      ok: false,
      origin: source,
      code: 'not_found',
      message: `cannot read source: ${(error as Error).message}`,
    };
    return;
  }
  if (stat.isDirectory()) {
    yield* readFolder(source, options);
  } else if (ARCHIVE_EXTENSIONS.test(source)) {
    yield* readArchive(source, options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS, options.onBytes);
  } else {
    yield await readPageFile(source, options.onBytes);
  }
}

async function readPageFile(file: string, onBytes?: (bytes: number) => void): Promise<SourcePage> {
  try {
    const raw = await fs.readFile(file);
    onBytes?.(raw.length);
    return { ok: true, origin: file, raw };
  } catch (error) {
    return {
      ok: false,
      origin: file,
      code: 'unreadable',
      message: `cannot read file: ${(error as Error).message}`,
    };
  }
}

async function* readFolder(folder: string, options: SourceOptions): AsyncGenerator<SourcePage> {
  const entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* readFolder(full, options);
    else if (entry.isFile() && ARCHIVE_EXTENSIONS.test(entry.name)) {
      yield* readArchive(full, options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS, options.onBytes);
    } else if (entry.isFile() && (PAGE_EXTENSIONS.test(entry.name) || EDITION_EXTENSIONS.test(entry.name)))
      yield await readPageFile(full, options.onBytes);
  }
}

/** Why an archive entry is refused, or undefined when it is safe to read. */
export function checkArchiveEntry(header: tarStream.Header, limits: ArchiveLimits): string | undefined {
  const name = header.name;
  if (header.type !== 'file')
    return `entry type "${header.type}" is not a regular file (links and devices are refused)`;
  if (path.isAbsolute(name) || /^[a-zA-Z]:/.test(name)) return 'absolute path';
  if (name.split(/[\\/]+/).includes('..')) return 'path leaves the archive (..)';
  if (name.includes('\0')) return 'NUL byte in path';
  if ((header.size ?? 0) > limits.maxEntryBytes) {
    return `entry of ${header.size} bytes is larger than the ${limits.maxEntryBytes}-byte limit`;
  }
  return undefined;
}

/** Counts bytes flowing through, so the decompression ratio can be watched. */
class ByteCounter extends Transform {
  bytes = 0;
  constructor(private readonly onBytes?: (bytes: number) => void) {
    super();
  }
  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null, data?: Buffer) => void,
  ) {
    this.bytes += chunk.length;
    this.onBytes?.(chunk.length);
    callback(null, chunk);
  }
}

async function* readArchive(
  file: string,
  limits: ArchiveLimits,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<SourcePage> {
  const compressed = new ByteCounter(onBytes);
  const gunzip = createGunzip();
  const extract = tarStream.extract();
  const input = createReadStream(file);
  input.on('error', (error) => extract.destroy(error));
  gunzip.on('error', (error) => extract.destroy(error));
  input.pipe(compressed).pipe(gunzip).pipe(extract);

  let entries = 0;
  let total = 0;
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const origin = `${file}!${header.name}`;
      entries += 1;
      if (entries > limits.maxEntries) {
        yield {
          ok: false,
          origin: file,
          code: 'archive_too_many_entries',
          message: `more than ${limits.maxEntries} entries; rest refused`,
        };
        entry.resume();
        break;
      }
      if (header.type === 'directory') {
        entry.resume();
        continue;
      }
      const refusal = checkArchiveEntry(header, limits);
      if (refusal) {
        entry.resume();
        yield { ok: false, origin, code: 'unsafe_archive_entry', message: refusal };
        continue;
      }
      if (!PAGE_EXTENSIONS.test(header.name)) {
        entry.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let refused: string | undefined;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        size += chunk.length;
        total += chunk.length;
        if (size > limits.maxEntryBytes) refused = `entry grew past the ${limits.maxEntryBytes}-byte limit`;
        else if (total > limits.maxTotalBytes)
          refused = `archive decompresses past ${limits.maxTotalBytes} bytes`;
        else if (total > 1024 * 1024 && total / Math.max(1, compressed.bytes) > limits.maxRatio) {
          refused = `decompression ratio above ${limits.maxRatio}:1 (a decompression bomb?)`;
        }
        if (refused) break;
        chunks.push(chunk);
      }
      if (refused) {
        yield { ok: false, origin, code: 'archive_bomb', message: refused };
        break;
      }
      yield { ok: true, origin, raw: Buffer.concat(chunks, size) };
    }
  } catch (error) {
    yield {
      ok: false,
      origin: file,
      code: 'corrupt_archive',
      message: `archive cannot be read: ${(error as Error).message}`,
    };
  } finally {
    input.destroy();
    extract.destroy();
  }
}
