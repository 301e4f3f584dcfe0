import path from 'path';
import type { ParsedReport } from '../scoring/report-model';
import { scoreReport } from '../scoring/report-scorer';
import { parseReportPage } from '../data/report-parser';
import { readSource } from '../data/report-sources';
import { describeMachine, publishSection, runBenchmark, sectionHeading } from './bench-report';
import { CORPUS } from './bench-server';

/** Scores every already-parsed report of the nine years on one thread (parsing is not timed). */
async function main(): Promise<void> {
  const machine = describeMachine();
  const corpus = process.argv[2] ? path.resolve(process.argv[2]) : CORPUS;
  const reports: ParsedReport[] = [];
  for await (const page of readSource(corpus)) {
    if (!page.ok) continue;
    const parsed = parseReportPage(page.raw);
    if (parsed.ok) reports.push(parsed.report);
  }
  const characters = reports.reduce((sum, report) => sum + report.text.length, 0);
  const t0 = process.hrtime.bigint();
  let evidence = 0;
  for (const report of reports) evidence += scoreReport(report).evidence.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = [
    ...sectionHeading('## Scoring (issue 3)', 'scoring-bench.ts', machine),
    '| reports | characters | evidence kept | wall time (one thread) | per 100 KB | target |',
    '|---|---|---|---|---|---|',
    `| ${reports.length} | ${(characters / 1e6).toFixed(1)} M | ${evidence} | ${seconds.toFixed(1)} s | ${((1000 * seconds) / (characters / 1e5)).toFixed(1)} ms | ≤ 30 s |`,
  ];
  await publishSection('scoring-bench', lines);
}

runBenchmark('scoring bench', main);
