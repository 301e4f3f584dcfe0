import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'fs';
import { availableParallelism } from 'os';
import path from 'path';

/** Shared by the HTTP benchmarks: the database they serve and the compiled server they measure. */
export const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'state-dept');

/** DATABASE_PATH when it names a non-empty file; else var/bench.sqlite, built (or brought up to date) by the ingest CLI from the whole corpus. */
export function ensureDatabase(): { file: string; how: string } {
  const given = process.env['DATABASE_PATH'];
  if (given && existsSync(given) && statSync(given).size > 0)
    return { file: path.resolve(given), how: `DATABASE_PATH=${given}` };
  const file = path.join(ROOT, 'var', 'bench.sqlite');
  mkdirSync(path.dirname(file), { recursive: true });
  process.stderr.write(
    `building ${path.relative(ROOT, file)} from ${CORPUS} (a rerun on an up-to-date file only checks digests)\n`,
  );
  execFileSync(TSX, ['data/ingest-cli.ts', CORPUS], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: file },
    stdio: 'inherit',
  });
  return { file, how: `var/bench.sqlite built by \`npm run ingest -- ${path.relative(ROOT, CORPUS)}\`` };
}

/** How the benchmarked server runs, for BENCHMARKS.md. */
export function describeServerProcesses(): string {
  const setting = process.env['WEB_CONCURRENCY'] ?? 'auto';
  const count = setting === 'auto' ? availableParallelism() : Number(setting);
  return `\`WEB_CONCURRENCY=${setting}\` (${count === 1 ? 'one process' : `${count} worker processes`})`;
}

/** The command line of the benchmarked server, for BENCHMARKS.md. */
export function describeServerCommand(): string {
  return ['node', ...startFlags(), ...extraServerArgs(), 'dist/server/main.js'].join(' ');
}

/** Node flags for the server only, from LOAD_SERVER_ARGS. */
function extraServerArgs(): string[] {
  return (process.env['LOAD_SERVER_ARGS'] ?? '').split(/\s+/).filter(Boolean);
}

/** The node flags of `npm start`, so the benchmarks run the server as it ships. */
function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const start = manifest.scripts['start'] ?? '';
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/**
 * The compiled server (what `npm start` runs, with its node flags), rate limit off, one process per
 * core (`WEB_CONCURRENCY=auto`, the setting for a multi-core host) unless WEB_CONCURRENCY says otherwise.
 */
export async function startServer(
  database: string,
  port: number,
  profileDir?: string,
): Promise<ChildProcess> {
  const args = [
    ...startFlags(),
    ...extraServerArgs(),
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    path.join(ROOT, 'dist', 'server', 'main.js'),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_PATH: database,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '0',
      WEB_CONCURRENCY: process.env['WEB_CONCURRENCY'] ?? 'auto',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

/** Compiles the server as `npm start` does, so benchmarks measure what ships. */
export function buildServer(): void {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
