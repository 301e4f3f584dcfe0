import { createHash } from 'crypto';
import type { ParsedReport } from '../scoring/report-model';
import { scoreReport } from '../scoring/report-scorer';
import type { ReportScore } from '../scoring/score-model';
import { parseReportPage } from './report-parser';

export type ProcessedPage =
  { ok: true; report: ParsedReport; score: ReportScore } | { ok: false; code: string; message: string };

export function sha256Of(raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Parses and scores one raw page: the CPU-heavy part of an ingest, run in worker threads when it can be. */
export function processPage(raw: Buffer): ProcessedPage {
  const parsed = parseReportPage(raw);
  if (!parsed.ok) return { ok: false, code: parsed.code, message: parsed.message };
  return { ok: true, report: parsed.report, score: scoreReport(parsed.report) };
}
