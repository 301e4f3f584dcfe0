import { mkdtempSync, promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { readSource } from '../../data/report-sources';

/** The real State Department pages, read at test time from ../shared (never copied into the repository). */
export const CORPUS_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'state-dept');
export const LABELS_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'labels',
  'expert-scores-train.csv',
);

export function archiveFor(year: number): string {
  return path.join(CORPUS_DIR, `state-dept-hrr-${year}.tar.gz`);
}

export interface ManifestRow {
  path: string;
  year: number;
  slug: string;
  countryTitle: string;
  bytes: number;
  sha256: string;
}

export function readManifest(): ManifestRow[] {
  const lines = readFileSync(path.join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean);
  return lines.map((line) => {
    const [file = '', year = '0', slug = '', countryTitle = '', bytes = '0', sha256 = ''] = line.split('\t');
    return { path: file, year: Number(year), slug, countryTitle, bytes: Number(bytes), sha256 };
  });
}

/** Reads chosen pages (archive paths such as "2023/el-salvador.html") straight from the archives. */
export async function readCorpusPages(paths: readonly string[]): Promise<Map<string, Buffer>> {
  const wanted = new Set(paths);
  const years = [...new Set(paths.map((p) => Number(p.slice(0, 4))))];
  const found = new Map<string, Buffer>();
  for (const year of years) {
    for await (const page of readSource(archiveFor(year))) {
      if (!page.ok) continue;
      const entry = page.origin.split('!')[1] ?? '';
      if (wanted.has(entry)) found.set(entry, page.raw);
      if ([...wanted].every((p) => found.has(p) || !p.startsWith(String(year)))) break;
    }
  }
  const missing = paths.filter((p) => !found.has(p));
  if (missing.length) throw new Error(`pages not in the corpus: ${missing.join(', ')}`);
  return found;
}

/** Copies chosen corpus pages into a fresh temporary folder (kept out of the repository). */
export async function extractCorpusPages(paths: readonly string[]): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  for (const [entry, raw] of await readCorpusPages(paths)) {
    const target = path.join(dir, entry);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, raw);
  }
  return dir;
}

export function tempFile(name: string): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'risk-test-')), name);
}
