import { loadConfig, resolveReportSources, type AppConfig } from './app-config';

export type SourcesSetup =
  { ok: true; config: AppConfig; sources: string[] } | { ok: false; exitCode: number };

/**
 * The settings and the sources of a command that reads reports: the sources named on its command line,
 * else REPORT_SOURCES or the default folders. A bad setting, or no source at all (with the usage), is
 * said on stderr and is exit code 2.
 */
export function loadConfigAndSources(args: readonly string[], usage: string): SourcesSetup {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return { ok: false, exitCode: 2 };
  }
  const sources = args.length > 0 ? [...args] : resolveReportSources(loaded.config);
  if (sources.length === 0) {
    process.stderr.write(`no source given and none found.\n${usage}\n`);
    return { ok: false, exitCode: 2 };
  }
  return { ok: true, config: loaded.config, sources };
}

/**
 * Runs a command's main function and sets the process's exit code from it; an exception is a bug, so
 * its stack goes to stderr with `what` named, and the exit code is 1.
 */
export function runCommand(what: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${what} failed unexpectedly: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
