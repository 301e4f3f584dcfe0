import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { openDatabase } from '../../data/database';
import { tempFile } from '../support/corpus';
import { exitWithin, mountTmpfs, remount, spawnTsx, tempDir, unmount } from './fault-support';

/**
 * The server's start (`server/main.ts`, as `npm start` runs it, with DATABASE_PATH and PORT=0) on
 * a database it cannot use must say why on stderr, without a stack trace, and exit non-zero
 * instead of serving or crashing. REPORT_SOURCES is empty so that no test builds a database.
 */
async function start(databasePath: string, env: Record<string, string> = {}) {
  const server = spawnTsx('server/main.ts', [], {
    DATABASE_PATH: databasePath,
    PORT: '0',
    HOST: '127.0.0.1',
    REPORT_SOURCES: '',
    ...env,
  });
  const exit = await exitWithin(server, 60_000);
  return { code: exit.code, stderr: server.stderr() };
}

function expectClearFailure(result: { code: number | null; stderr: string }, message: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBeNull();
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
}

describe('starting the server on a database it cannot use: a clear message and a non-zero exit', () => {
  test('missing database and no report source: says how to ingest and exits 1', async () => {
    const result = await start(tempFile('missing.sqlite'));
    expectClearFailure(
      result,
      /No reports in the database and no source to build it from[\s\S]*npm run ingest/,
    );
    expect(result.code).toBe(1);
  });

  test('missing database whose folder cannot be created (a file stands in its way): names the path', async () => {
    const blocker = tempFile('not-a-folder');
    writeFileSync(blocker, 'x');
    const result = await start(path.join(blocker, 'reports.sqlite'));
    expectClearFailure(result, /cannot (open|create) the database.*not-a-folder/);
  });

  test('unreadable database (a directory in place of the file): "cannot open the database" with the path', async () => {
    const dir = tempFile('reports.sqlite');
    mkdirSync(dir);
    const result = await start(dir);
    expectClearFailure(
      result,
      new RegExp(`cannot open the database: database ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `),
    );
  });

  test('unreadable database (garbage bytes, e.g. a damaged copy): "cannot open the database … not a database"', async () => {
    const file = tempFile('garbage.sqlite');
    writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_v, i) => (i * 7919) % 251)));
    const result = await start(file);
    expectClearFailure(result, /cannot open the database: .*(not a database|cannot be opened)/);
  });

  test('database from a newer schema (PRAGMA user_version = 99): says so and exits 1', async () => {
    const file = tempFile('newer.sqlite');
    const opened = await openDatabase(file, { create: true });
    if (!opened.ok) throw new Error(opened.message);
    await opened.db.exec('PRAGMA user_version = 99');
    await opened.db.close();
    const result = await start(file);
    expectClearFailure(result, /schema version 99, newer than this program/);
    expect(result.code).toBe(1);
  });

  describe('read-only database (a read-only tmpfs: root ignores file modes, not a read-only mount)', () => {
    const dir = tempDir('ro-db-');
    const mounted = mountTmpfs(dir, 'size=8m');
    afterAll(() => {
      if (mounted.ok) unmount(dir);
    });

    const readOnlyTest = mounted.ok ? test : test.skip;
    if (!mounted.ok) process.stdout.write(`skipping the read-only database test: ${mounted.reason}\n`);

    readOnlyTest(
      'a database on a read-only file system: says it is read-only and exits non-zero',
      async () => {
        const file = path.join(dir, 'reports.sqlite');
        const opened = await openDatabase(file, { create: true });
        if (!opened.ok) throw new Error(opened.message);
        await opened.db.close();
        remount(dir, 'ro');
        const result = await start(file);
        expectClearFailure(
          result,
          /cannot open the database: database .*reports\.sqlite (is not writable|.*read-only)/,
        );
        // The same failure, as the code sees it: classified read-only, not "cannot be read".
        expect(await openDatabase(file, { create: false })).toMatchObject({ ok: false, code: 'read_only' });
      },
    );
  });
});
