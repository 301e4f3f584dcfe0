import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import sqlite3 from 'sqlite3';
import { Database, openDatabase } from '../../data/database';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Spawned {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs a TypeScript entry point of the project (the real CLI or server) as a child process with
 * tsx's loader, as `npm run ingest` / `npm run dev` do. `node --require tsx/cjs` rather than the
 * `tsx` launcher, because the launcher runs the program in a second process: a SIGKILL sent to the
 * launcher would leave the real ingest running.
 */
export function spawnTsx(script: string, args: readonly string[], env: Record<string, string>): Spawned {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...env };
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for the child to exit; kills it (and fails) when it takes longer than `ms`. */
export async function exitWithin(
  spawned: Spawned,
  ms: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      spawned.child.kill('SIGKILL');
      reject(new Error(`still running after ${ms} ms; stderr: ${spawned.stderr().slice(-2000)}`));
    }, ms);
  });
  try {
    return await Promise.race([spawned.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The ingest CLI, exactly as `npm run ingest -- <sources>` runs it. */
export function spawnIngest(
  databasePath: string,
  sources: readonly string[],
  env: Record<string, string> = {},
): Spawned {
  return spawnTsx('data/ingest-cli.ts', sources, { DATABASE_PATH: databasePath, ...env });
}

/** Counts reports through a read-only connection (what another process sees), or undefined while the file is not readable yet. */
export async function peekReportCount(file: string): Promise<number | undefined> {
  try {
    const db = await Database.openFile(file, sqlite3.OPEN_READONLY);
    try {
      await db.exec('PRAGMA busy_timeout = 2000');
      return (await db.get<{ n: number }>('SELECT count(*) AS n FROM reports'))?.n;
    } finally {
      await db.close();
    }
  } catch {
    return undefined;
  }
}

export interface Consistency {
  reports: number;
  problems: string[];
}

/**
 * Opens the database as the server does and lists everything that would betray a half-written
 * report: SQLite integrity, foreign keys, the FTS5 index against its content table, reports
 * without sections, paragraphs or a score, and rows that belong to no report.
 */
export async function checkConsistency(file: string): Promise<Consistency> {
  const opened = await openDatabase(file, { create: false });
  if (!opened.ok) return { reports: 0, problems: [`does not open: ${opened.code}: ${opened.message}`] };
  const db = opened.db;
  const problems: string[] = [];
  try {
    const integrity = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
    if (integrity.map((row) => row.integrity_check).join() !== 'ok')
      problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
    const foreign = await db.all('PRAGMA foreign_key_check');
    if (foreign.length > 0)
      problems.push(`foreign_key_check: ${foreign.length} rows, e.g. ${JSON.stringify(foreign[0])}`);
    try {
      await db.run("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')");
    } catch (error) {
      problems.push(`FTS5 index does not match the paragraphs: ${(error as Error).message}`);
    }
    const queries: Array<[string, string]> = [
      [
        'reports without sections',
        'SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM sections s WHERE s.report_id = r.id)',
      ],
      [
        'reports without paragraphs',
        'SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.report_id = r.id)',
      ],
      [
        'reports without a score',
        'SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_scores s WHERE s.report_id = r.id)',
      ],
      [
        'sections of no report',
        'SELECT count(*) AS n FROM sections s WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = s.report_id)',
      ],
      [
        'paragraphs of no report',
        'SELECT count(*) AS n FROM paragraphs p WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = p.report_id)',
      ],
      [
        'paragraphs in a section of another report',
        'SELECT count(*) AS n FROM paragraphs p JOIN sections s ON s.id = p.section_id WHERE s.report_id <> p.report_id',
      ],
      [
        'paragraphs of no section',
        'SELECT count(*) AS n FROM paragraphs p WHERE NOT EXISTS (SELECT 1 FROM sections s WHERE s.id = p.section_id)',
      ],
      [
        'evidence of no report',
        'SELECT count(*) AS n FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = e.report_id)',
      ],
      [
        'scores of no report',
        'SELECT count(*) AS n FROM report_scores s WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = s.report_id)',
      ],
    ];
    for (const [label, sql] of queries) {
      const n = (await db.get<{ n: number }>(sql))?.n ?? 0;
      if (n > 0) problems.push(`${n} ${label}`);
    }
    const reports = (await db.get<{ n: number }>('SELECT count(*) AS n FROM reports'))?.n ?? 0;
    return { reports, problems };
  } finally {
    await db.close();
  }
}

/** Countries that have reports but no headline score (the list and score endpoints read headline scores). */
export async function countriesWithoutHeadline(file: string): Promise<string[]> {
  const opened = await openDatabase(file, { create: false });
  if (!opened.ok) throw new Error(opened.message);
  try {
    const rows = await opened.db.all<{ code: string }>(
      'SELECT DISTINCT r.country_code AS code FROM reports r WHERE NOT EXISTS (SELECT 1 FROM country_scores c WHERE c.country_code = r.country_code) ORDER BY 1',
    );
    return rows.map((row) => row.code);
  } finally {
    await opened.db.close();
  }
}

/** A fresh temporary directory. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Mounts a size-limited tmpfs (root only); returns why not when the machine does not allow it. */
export function mountTmpfs(dir: string, options: string): { ok: true } | { ok: false; reason: string } {
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (result.error) return { ok: false, reason: `mount not available: ${result.error.message}` };
  if (result.status !== 0) return { ok: false, reason: `mount -t tmpfs refused: ${result.stderr.trim()}` };
  return { ok: true };
}

export function remount(dir: string, options: string): void {
  const result = spawnSync('mount', ['-o', `remount,${options}`, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`remount ${options} failed: ${result.stderr}`);
}

export function unmount(dir: string): void {
  const result = spawnSync('umount', [dir], { encoding: 'utf8' });
  if (result.status !== 0) spawnSync('umount', ['-l', dir]);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
