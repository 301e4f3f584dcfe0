import cluster from 'cluster';
import { availableParallelism } from 'os';
import { existsSync } from 'fs';
import { createServer, type Server } from 'http';
import { checkRelease, manifestPathFor } from '../data/data-release';
import { resolveReportSources } from '../data/app-config';
import { getCountryRegistry } from '../data/country-registry';
import { runIngest } from '../data/ingest-runner';
import { openReportReader } from '../data/report-reader';
import { openReportWriter } from '../data/report-writer';
import { createApp } from './app';
import { loadServerConfig, type ServerConfig } from './config';
import { prepareGracefulStop } from './graceful-stop';
import { createLogger } from './logger';

const NO_SOURCE_HELP = `No reports in the database and no source to build it from.
Give one of:
  REPORT_SOURCES=/path/to/state-dept-hrr-2023.tar.gz npm start      (archives, folders or pages)
  npm run ingest -- /path/to/folder-or-archive
  npm run ingest -- https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/
    (fetches the year's country pages straight from state.gov, politely, with a disk cache)
By default the service looks in data/reports/ and ../shared/corpus/state-dept/.`;

/**
 * Builds the database on first start: ingests the configured sources when it holds no report. The
 * only place the server process writes; serving reads through a read-only connection.
 */
async function ensureReports(config: ServerConfig, log: ReturnType<typeof createLogger>): Promise<boolean> {
  const opened = await openReportWriter(config.DATABASE_PATH);
  if (!opened.ok) {
    process.stderr.write(`cannot open the database: ${opened.message}\n`);
    return false;
  }
  const reports = await opened.writer.countReports();
  await opened.writer.close();
  if (reports > 0) return true;
  const sources = resolveReportSources(config);
  if (sources.length === 0) {
    process.stderr.write(`${NO_SOURCE_HELP}\n`);
    return false;
  }
  log.info({ sources }, 'empty database: ingesting reports before serving');
  const run = await runIngest(config, sources);
  if (run.message) process.stderr.write(`${run.message}\n`);
  const stored = run.summary ? run.summary.stored + run.summary.unchanged + run.summary.rescored : 0;
  if (stored === 0) {
    process.stderr.write(`no report could be stored from ${sources.join(', ')}.\n${NO_SOURCE_HELP}\n`);
    return false;
  }
  if (!run.ok)
    log.warn({ failed: run.summary?.failed.length }, 'some pages could not be ingested; serving the others');
  return true;
}

/**
 * The data release to serve: DATA_RELEASE, or DATABASE_PATH when a manifest lies beside it. A release
 * is served as it is: never ingested into, never written.
 */
function releaseFileOf(config: ServerConfig): string | undefined {
  if (config.DATA_RELEASE) return config.DATA_RELEASE;
  return existsSync(manifestPathFor(config.DATABASE_PATH)) ? config.DATABASE_PATH : undefined;
}

/** Checks the release against its manifest; a mismatch or an older schema stops the start. */
async function checkReleaseOrExit(file: string): Promise<string> {
  const checked = await checkRelease(file);
  if (!checked.ok) {
    process.stderr.write(`cannot serve the data release: ${checked.message}\n`);
    process.exit(1);
  }
  return checked.manifest.digest;
}

async function serve(config: ServerConfig, checkedRelease?: string): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  const releaseFile = releaseFileOf(config);
  const release = releaseFile ? (checkedRelease ?? (await checkReleaseOrExit(releaseFile))) : undefined;
  const opened = releaseFile
    ? await openReportReader(releaseFile, { immutable: true })
    : await openReportReader(config.DATABASE_PATH);
  if (!opened.ok) {
    process.stderr.write(`cannot open the database: ${opened.message}\n`);
    process.exit(1);
  }
  const store = opened.reader;
  const app = createApp({
    store,
    registry: getCountryRegistry(),
    config,
    logger,
    ...(release ? { release } : {}),
  });
  const server: Server = createServer(app).listen(config.PORT, config.HOST, () => {
    logger.info({ port: config.PORT, host: config.HOST, pid: process.pid, release }, 'listening');
  });
  server.on('error', (error) => {
    process.stderr.write(`cannot listen on ${config.HOST}:${config.PORT}: ${error.message}\n`);
    process.exit(1);
  });
  server.keepAliveTimeout = config.KEEP_ALIVE_SECONDS * 1000;
  // Kept above the idle timeout, the usual pairing behind a load balancer.
  server.headersTimeout = server.keepAliveTimeout + 1000;
  const graceful = prepareGracefulStop(server, config.SHUTDOWN_GRACE_SECONDS * 1000);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight requests');
    void graceful.stop().then(async () => {
      await store.close().catch(() => undefined);
      logger.info('stopped');
      // The log destination flushes synchronously on exit, so nothing written above is lost.
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main(): Promise<void> {
  const loaded = loadServerConfig();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    process.exit(2);
  }
  const config = loaded.config;
  const workers = config.WEB_CONCURRENCY === 'auto' ? availableParallelism() : config.WEB_CONCURRENCY;
  let checkedRelease: string | undefined;
  if (cluster.isPrimary) {
    const releaseFile = releaseFileOf(config);
    // A release is checked against its manifest before anything listens, and never built or ingested into.
    if (releaseFile) checkedRelease = await checkReleaseOrExit(releaseFile);
    else if (!(await ensureReports(config, createLogger(config.LOG_LEVEL)))) process.exit(1);
    if (workers > 1) {
      for (let i = 0; i < workers; i += 1) cluster.fork();
      const forward = (signal: NodeJS.Signals) => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      };
      process.on('SIGTERM', () => forward('SIGTERM'));
      process.on('SIGINT', () => forward('SIGINT'));
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
      return;
    }
  }
  await serve(config, checkedRelease);
}

void main();
