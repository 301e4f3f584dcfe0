import { loadConfigAndSources, runCommand } from './cli-setup';
import { runIngest } from './ingest-runner';

const USAGE = `usage: npm run ingest -- <source...>
  a source is a state.gov page file, a folder of pages and/or .tar.gz archives, a .tar.gz archive,
  a report's PDF edition (.pdf) or plain-text export (.txt), a folder of those,
  or a state.gov address (a PDF edition's address, a year index such as
  https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/ or one country page).
  With no source, REPORT_SOURCES (or data/reports/ and ../shared/corpus/state-dept/) is used.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const setup = loadConfigAndSources(args, USAGE);
  if (!setup.ok) return setup.exitCode;
  const run = await runIngest(setup.config, setup.sources);
  if (run.message) process.stderr.write(`${run.message}\n`);
  return run.ok ? 0 : 1;
}

runCommand('ingest', main);
