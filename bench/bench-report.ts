import { execSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import os from 'os';

/** Machine description for BENCHMARKS.md: cores, memory, CPU model, Node version. */
export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = `${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
  const load = ` load average at start ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')};`;
  return `${os.cpus().length} cores (${cpu}), ${memory} RAM, Node ${process.version}, ${os.platform()} ${os.release()};${load}`;
}

export function gitRevision(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The lines that open a section of BENCHMARKS.md: its title, the command and commit that produced
 * it, and the machine (described when the benchmark started, before it loaded the machine itself).
 */
export function sectionHeading(
  title: string,
  script: string,
  machine: string,
  notes: { command?: string; run?: string; machine?: string } = {},
): string[] {
  return [
    title,
    '',
    `Command: \`${notes.command ?? 'npm run bench'}\` (\`tsx bench/${script}\`), ${new Date().toISOString()}, commit ${gitRevision()}.${notes.run ? ` ${notes.run}` : ''}`,
    `Machine: ${machine}${notes.machine ? ` ${notes.machine}` : ''}`,
    '',
  ];
}

/** Writes a benchmark's section into BENCHMARKS.md and prints it. */
export async function publishSection(name: string, lines: readonly string[]): Promise<void> {
  await writeBenchmarkSection(name, lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Runs a benchmark's main, reporting a failure on stderr with a non-zero exit code. */
export function runBenchmark(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${name} failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in BENCHMARKS.md (appends the section when absent). */
export async function writeBenchmarkSection(
  name: string,
  body: string,
  file = 'BENCHMARKS.md',
): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(file) ? await fs.readFile(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  await fs.writeFile(file, next);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
