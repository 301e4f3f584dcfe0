import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { ingestSources } from '../data/report-ingester';
import { openReportWriter, type ReportWriter } from '../data/report-writer';
import { describeMachine, publishSection, runBenchmark, sectionHeading } from './bench-report';
import { CORPUS } from './bench-server';

/**
 * Full ingest of the nine yearly archives into a fresh database, then a rerun on the unchanged
 * corpus. Peak memory is the process's maximum resident set size (worker threads included).
 */
async function main(): Promise<void> {
  const machine = describeMachine();
  const corpus = process.argv[2] ? path.resolve(process.argv[2]) : CORPUS;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-bench-'));
  try {
    await measure(corpus, path.join(dir, 'reports.sqlite'), machine);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU seconds (user + system) of the whole process, worker threads included, since `from`. */
function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/**
 * A full ingest into the empty database, then a rerun on the unchanged corpus. The CPU time is
 * reported beside the wall time because it hardly depends on what else the machine runs.
 */
async function timeIngests(store: ReportWriter, corpus: string) {
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const first = await ingestSources(store, [corpus]);
  const fullSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const fullCpu = cpuSecondsSince(cpu0);
  const peakAfterFull = process.resourceUsage().maxRSS / 1024;
  const t1 = process.hrtime.bigint();
  const cpu1 = process.cpuUsage();
  const rerun = await ingestSources(store, [corpus]);
  const rerunSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
  const rerunCpu = cpuSecondsSince(cpu1);
  return { first, fullSeconds, fullCpu, peakAfterFull, rerun, rerunSeconds, rerunCpu };
}

async function measure(corpus: string, file: string, machine: string): Promise<void> {
  const opened = await openReportWriter(file);
  if (!opened.ok) throw new Error(opened.message);
  const { first, fullSeconds, fullCpu, peakAfterFull, rerun, rerunSeconds, rerunCpu } = await timeIngests(
    opened.writer,
    corpus,
  ).finally(() => opened.writer.close());

  const lines = [
    ...sectionHeading('## Ingest (issue 2)', 'ingest-bench.ts', machine),
    '| run | pages | stored | unchanged | failed | wall time | CPU time (user + sys) | peak RSS | target |',
    '|---|---|---|---|---|---|---|---|---|',
    `| full ingest, 9 archives, empty database | ${first.pages} | ${first.stored} | ${first.unchanged} | ${first.failed.length} | ${fullSeconds.toFixed(1)} s | ${fullCpu.toFixed(1)} s | ${peakAfterFull.toFixed(0)} MB | ≤ 60 s, ≤ 500 MB |`,
    `| rerun on the unchanged corpus | ${rerun.pages} | ${rerun.stored} | ${rerun.unchanged} | ${rerun.failed.length} | ${rerunSeconds.toFixed(1)} s | ${rerunCpu.toFixed(1)} s | — | ≤ 10 s |`,
    '',
    `Load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}.`,
  ];
  await publishSection('ingest-bench', lines);
}

runBenchmark('ingest bench', main);
