import { createHash } from 'crypto';
import type { ReportProfiles } from '../scoring/profile-model';
import { extractReportProfiles } from '../scoring/profile-scorer';
import type { ParsedReport } from '../scoring/report-model';
import { DEFAULT_WEIGHTS, analyzeParagraphs, scoreReport } from '../scoring/report-scorer';
import type { ReportScore } from '../scoring/score-model';
import type { Signal } from '../scoring/text-analyzer';
import type { ForeignPlaces } from '../scoring/foreign-places';
import { getCountryRegistry } from './country-registry';
import { placesAbroadFor } from './places-abroad';
import { profileInputOf } from './profile-findings';
import { parseReportPage } from './report-parser';
import { splitReportParts } from './report-parts';

export interface ProcessedReport {
  report: ParsedReport;
  score: ReportScore;
  /** The report's risk-profile findings, stored with it so the end-of-ingest refresh need not read it again. */
  profiles: ReportProfiles;
}

/** A page's reports: the country's first, then any territory part the page prints in full. */
export type ProcessedPage =
  { ok: true; reports: ProcessedReport[] } | { ok: false; code: string; message: string };

export function sha256Of(raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest('hex');
}

/**
 * Scores one parsed report and finds its risk profiles, analysing each sentence once: profile
 * attribution takes the category signals scoring found instead of analysing the sentence again.
 */
export function processReport(report: ParsedReport, placesAbroad?: ForeignPlaces): ProcessedReport {
  const analyses = analyzeParagraphs(report, placesAbroad);
  const signals = new Map<string, readonly Signal[]>();
  for (const sentences of analyses)
    for (const sentence of sentences) signals.set(sentence.text, sentence.signals);
  // The analyses keep only the sentences with signals, and they cover every paragraph the profiles
  // read (same paragraphs, same sentence split, same report year): any other sentence has none.
  const analyze = (sentence: string) => signals.get(sentence) ?? [];
  return {
    report,
    score: scoreReport(report, DEFAULT_WEIGHTS, analyses),
    profiles: extractReportProfiles(profileInputOf(report), { analyze }),
  };
}

/** Parses and scores one raw page: the CPU-heavy part of an ingest, run in worker threads when it can be. */
export function processPage(raw: Buffer): ProcessedPage {
  const parsed = parseReportPage(raw);
  if (!parsed.ok) return { ok: false, code: parsed.code, message: parsed.message };
  const registry = getCountryRegistry();
  const country = registry.identifyReportCountry(parsed.report.pageCountryName);
  // A part is split off only for a territory the registry publishes with this page's country.
  const isTerritoryOfPage = (name: string) =>
    !!country && registry.identifyReportCountry(name)?.reportedWith === country.code;
  // A territory part (the West Bank and Gaza in Israel's page) shares the page's places: it is home to both.
  const placesAbroad = placesAbroadFor(country?.code);
  const reports = splitReportParts(parsed.report, isTerritoryOfPage).map((r) =>
    processReport(r, placesAbroad),
  );
  return { ok: true, reports };
}
