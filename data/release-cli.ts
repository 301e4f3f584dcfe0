import { fetchOptionsFrom } from './app-config';
import { loadConfigAndSources, runCommand } from './cli-setup';
import { buildRelease, checkRelease } from './data-release';

const USAGE = `usage:
  npm run build:release [-- <source...>]   ingest the sources (default: REPORT_SOURCES, or data/reports/ and
                                           ../shared/corpus/state-dept/) into releases/<date>-<digest>.sqlite
                                           with its manifest beside it (RELEASES_DIR overrides the folder)
  npm run verify:release -- <file>         check a release against its manifest (digest recomputed from every row)`;

async function build(args: readonly string[]): Promise<number> {
  const setup = loadConfigAndSources(args, USAGE);
  if (!setup.ok) return setup.exitCode;
  const built = await buildRelease({
    sources: setup.sources,
    outDir: process.env.RELEASES_DIR ?? 'releases',
    ingest: { fetch: fetchOptionsFrom(setup.config) },
  });
  if (!built.ok) {
    process.stderr.write(`${built.message}\n`);
    return 1;
  }
  const years = Object.entries(built.manifest.reportsPerYear)
    .map(([year, n]) => `${year}: ${n}`)
    .join(', ');
  process.stdout.write(
    `${built.file}\n${built.manifestFile}\ndigest ${built.manifest.digest}\nreports by year: ${years}\n`,
  );
  if (built.failedPages > 0) process.stderr.write(`${built.failedPages} pages could not be ingested\n`);
  return 0;
}

async function verify(args: readonly string[]): Promise<number> {
  const [file] = args;
  if (!file || args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const checked = await checkRelease(file, { full: true });
  if (!checked.ok) {
    process.stderr.write(`${checked.message}\n`);
    return 1;
  }
  process.stdout.write(`${file}: matches its manifest (digest ${checked.manifest.digest})\n`);
  return 0;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'build') return build(args);
  if (command === 'verify') return verify(args);
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

runCommand('release command', main);
