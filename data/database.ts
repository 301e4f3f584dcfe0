import { promises as fs } from 'fs';
import path from 'path';
import sqlite3 from 'sqlite3';

/**
 * Migrations, applied in order; `PRAGMA user_version` records how many ran. Never edit one that
 * has shipped: add another.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    iso3 TEXT NOT NULL UNIQUE,
    numeric TEXT NOT NULL,
    name TEXT NOT NULL
  );
  CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES countries(code),
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    page_country_name TEXT NOT NULL,
    layout TEXT NOT NULL,
    source_url TEXT NOT NULL,
    origin TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    retrieved_at TEXT NOT NULL,
    parser_version TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (country_code, year)
  );
  CREATE INDEX reports_sha256 ON reports(sha256);
  CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    key TEXT NOT NULL,
    heading TEXT NOT NULL,
    heading_path TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
  );
  CREATE INDEX sections_report ON sections(report_id, ord);
  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
  );
  CREATE INDEX paragraphs_report ON paragraphs(report_id, ord);
  CREATE INDEX paragraphs_section ON paragraphs(section_id);
  CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, content='paragraphs', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
  CREATE TABLE report_scores (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    method_version TEXT NOT NULL,
    score REAL NOT NULL,
    band TEXT NOT NULL,
    confidence REAL NOT NULL,
    result TEXT NOT NULL
  );
  CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    rank INTEGER NOT NULL,
    quote TEXT NOT NULL,
    section_key TEXT NOT NULL,
    heading TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    weight REAL NOT NULL,
    cue TEXT NOT NULL
  );
  CREATE INDEX evidence_report ON evidence(report_id, category, rank);
  CREATE TABLE country_scores (
    country_code TEXT PRIMARY KEY REFERENCES countries(code),
    method_version TEXT NOT NULL,
    year INTEGER NOT NULL,
    score REAL NOT NULL,
    band TEXT NOT NULL,
    confidence REAL NOT NULL,
    result TEXT NOT NULL
  );
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  // Issue 12: what each report says about each risk profile, computed at ingest (data/profile-findings.ts).
  `
  CREATE TABLE report_profiles (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    profile_version TEXT NOT NULL,
    result TEXT NOT NULL
  );
  CREATE TABLE profile_evidence (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    profile TEXT NOT NULL,
    rank INTEGER NOT NULL,
    category TEXT,
    harm TEXT,
    quote TEXT NOT NULL,
    section_key TEXT NOT NULL,
    heading TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    weight REAL NOT NULL,
    cue TEXT NOT NULL,
    group_cue TEXT NOT NULL
  );
  CREATE INDEX profile_evidence_report ON profile_evidence(report_id, profile, rank);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export type DatabaseOpenResult =
  | { ok: true; db: Database }
  | { ok: false; code: 'missing' | 'unreadable' | 'read_only' | 'newer_schema' | 'corrupt'; message: string };

type Params = ReadonlyArray<string | number | null | Buffer> | Record<string, string | number | null>;

/** A promise-based handle on one SQLite file (WAL, foreign keys on). Bound parameters only. */
export class Database {
  private constructor(
    private readonly handle: sqlite3.Database,
    readonly file: string,
  ) {}

  static async openFile(file: string, mode: number): Promise<Database> {
    const handle = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db: sqlite3.Database = new sqlite3.Database(file, mode, (error) =>
        error ? reject(error) : resolve(db),
      );
    });
    return new Database(handle, file);
  }

  run(sql: string, params: Params = []): Promise<{ lastID: number; changes: number }> {
    return new Promise((resolve, reject) => {
      this.handle.run(sql, params, function onRun(this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }

  get<T>(sql: string, params: Params = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.handle.get(sql, params, (error: Error | null, row: T | undefined) =>
        error ? reject(error) : resolve(row),
      );
    });
  }

  all<T>(sql: string, params: Params = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.handle.all(sql, params, (error: Error | null, rows: T[]) =>
        error ? reject(error) : resolve(rows),
      );
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.handle.exec(sql, (error) => (error ? reject(error) : resolve())),
    );
  }

  /**
   * Inserts many rows with multi-row INSERT statements (far fewer round trips than one per row).
   * `columns` are quoted; values are always bound.
   */
  async insertMany(
    table: string,
    columns: readonly string[],
    rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  ): Promise<void> {
    const perStatement = Math.max(1, Math.floor(30000 / columns.length));
    const columnList = columns.map((column) => `"${column}"`).join(', ');
    const placeholder = `(${columns.map(() => '?').join(', ')})`;
    for (let offset = 0; offset < rows.length; offset += perStatement) {
      const chunk = rows.slice(offset, offset + perStatement);
      await this.run(
        `INSERT INTO ${table} (${columnList}) VALUES ${chunk.map(() => placeholder).join(', ')}`,
        chunk.flat(),
      );
    }
  }

  /** A prepared statement for bulk inserts inside a transaction. */
  async prepare(sql: string): Promise<PreparedStatement> {
    return new Promise((resolve, reject) => {
      const statement: sqlite3.Statement = this.handle.prepare(sql, (error) =>
        error ? reject(error) : resolve(new PreparedStatement(statement)),
      );
    });
  }

  /**
   * Runs `work` in one IMMEDIATE transaction: all of it is stored or none of it. Calls are
   * serialised, so two transactions never interleave on this connection.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.queue;
    let release: () => void = () => undefined;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      await this.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        await this.exec('COMMIT');
        return result;
      } catch (error) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      release();
    }
  }
  private queue: Promise<void> = Promise.resolve();

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.handle.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

export class PreparedStatement {
  constructor(private readonly statement: sqlite3.Statement) {}
  run(params: Params): Promise<{ lastID: number; changes: number }> {
    return new Promise((resolve, reject) => {
      this.statement.run(params, function onRun(this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }
  finalize(): Promise<void> {
    return new Promise((resolve) => this.statement.finalize(() => resolve()));
  }
}

async function applyMigrations(db: Database): Promise<DatabaseOpenResult> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  const current = row?.user_version ?? 0;
  if (current > SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'newer_schema',
      message: `database ${db.file} has schema version ${current}, newer than this program's ${SCHEMA_VERSION}; upgrade the program or point DATABASE_PATH at another file`,
    };
  }
  for (let version = current; version < SCHEMA_VERSION; version += 1) {
    await db.transaction(async () => {
      await db.exec(MIGRATIONS[version] ?? '');
      await db.exec(`PRAGMA user_version = ${version + 1}`);
    });
  }
  return { ok: true, db };
}

export interface OpenOptions {
  /** Create the file and apply migrations; otherwise it must exist and be current. */
  create: boolean;
  readOnly?: boolean;
}

/**
 * Opens (and when asked, creates and migrates) the database. Expected problems — a missing,
 * unreadable or read-only file, a newer schema — come back as `{ok:false}` with a clear message.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<DatabaseOpenResult> {
  const exists = await fs
    .access(file)
    .then(() => true)
    .catch(() => false);
  if (!exists && !options.create) {
    return {
      ok: false,
      code: 'missing',
      message: `database ${file} does not exist; run \`npm run ingest\` first`,
    };
  }
  if (exists) {
    try {
      await fs.access(file, options.readOnly ? fs.constants.R_OK : fs.constants.R_OK | fs.constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return (code === 'EACCES' || code === 'EROFS') && !options.readOnly
        ? { ok: false, code: 'read_only', message: `database ${file} is not writable by this process` }
        : {
            ok: false,
            code: 'unreadable',
            message: `database ${file} cannot be read: ${(error as Error).message}`,
          };
    }
  } else {
    try {
      await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    } catch (error) {
      return {
        ok: false,
        code: 'missing',
        message: `database ${file} cannot be created: ${(error as Error).message}`,
      };
    }
  }
  const mode = options.readOnly
    ? sqlite3.OPEN_READONLY
    : sqlite3.OPEN_READWRITE | (options.create ? sqlite3.OPEN_CREATE : 0);
  let db: Database;
  try {
    db = await Database.openFile(file, mode);
    await db.exec('PRAGMA busy_timeout = 5000');
    if (!options.readOnly) await db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    await db.exec('PRAGMA foreign_keys = ON');
    await db.get('SELECT count(*) FROM sqlite_master');
  } catch (error) {
    const message = (error as Error).message;
    if (/SQLITE_READONLY|readonly/i.test(message)) {
      return { ok: false, code: 'read_only', message: `database ${file} is read-only: ${message}` };
    }
    return { ok: false, code: 'corrupt', message: `database ${file} cannot be opened: ${message}` };
  }
  if (options.readOnly) {
    const row = await db.get<{ user_version: number }>('PRAGMA user_version');
    if ((row?.user_version ?? 0) > SCHEMA_VERSION) {
      await db.close();
      return {
        ok: false,
        code: 'newer_schema',
        message: `database ${file} has a newer schema (${row?.user_version}) than this program (${SCHEMA_VERSION})`,
      };
    }
    return { ok: true, db };
  }
  try {
    const migrated = await applyMigrations(db);
    if (!migrated.ok) await db.close();
    return migrated;
  } catch (error) {
    await db.close();
    return {
      ok: false,
      code: 'read_only',
      message: `database ${file} cannot be migrated: ${(error as Error).message}`,
    };
  }
}
