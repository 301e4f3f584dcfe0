import type { CategoryId } from '../scoring/categories';
import type { SectionKey } from '../scoring/report-model';
import { ReportScoreSchema, type ReportScore } from '../scoring/score-model';
import type { Database } from './database';

/**
 * Row shapes and the queries both sides of the store need: the reader serves them, the writer reads
 * a country's yearly scores back to refresh its headline score.
 */

export interface ReportSummary {
  id: number;
  countryCode: string;
  year: number;
  title: string;
  sourceUrl: string;
  sha256: string;
  retrievedAt: string;
  layout: string;
}

export interface ReportRow {
  id: number;
  country_code: string;
  year: number;
  title: string;
  source_url: string;
  sha256: string;
  retrieved_at: string;
  layout: string;
}

export function toSummary(row: ReportRow): ReportSummary {
  return {
    id: row.id,
    countryCode: row.country_code,
    year: row.year,
    title: row.title,
    sourceUrl: row.source_url,
    sha256: row.sha256,
    retrievedAt: row.retrieved_at,
    layout: row.layout,
  };
}

export interface YearlyScore {
  report: ReportSummary;
  score: ReportScore;
}

export interface EvidenceRow {
  id: number;
  category: CategoryId;
  quote: string;
  section: SectionKey;
  heading: string;
  year: number;
  start: number;
  end: number;
  weight: number;
  cue: string;
  sourceUrl: string;
  /** The report's outline number of the quote's part ("1.c"), null where the report numbers none. */
  outline: string | null;
  /** The quote's paragraph number within that part; null for a report stored without pinpoints. */
  paragraph: number | null;
  /** The outermost heading above the quote, which names an unnumbered part. */
  topHeading: string | null;
  reportTitle: string;
  retrievedAt: string;
}

export interface ParagraphRange {
  reportId: number;
  year: number;
  sourceUrl: string;
  /** Null for a report stored without paragraphs. */
  first: number | null;
  last: number | null;
}

export interface PassageRow {
  id: number;
  text: string;
  section: SectionKey;
  heading: string;
  year: number;
  start: number;
  end: number;
  sourceUrl: string;
  snippet: string;
}

/** Yearly scores of one country, newest first (evidence not included). */
export async function selectReportScores(db: Database, code: string): Promise<YearlyScore[]> {
  const rows = await db.all<ReportRow & { result: string }>(
    `SELECT r.id, r.country_code, r.year, r.title, r.source_url, r.sha256, r.retrieved_at, r.layout, s.result
     FROM reports r JOIN report_scores s ON s.report_id = r.id WHERE r.country_code = ? ORDER BY r.year DESC`,
    [code],
  );
  return rows.map((row) => ({
    report: toSummary(row),
    score: ReportScoreSchema.parse({ ...JSON.parse(row.result), evidence: [] }),
  }));
}

export async function countReports(db: Database): Promise<number> {
  return (await db.get<{ n: number }>('SELECT count(*) AS n FROM reports'))?.n ?? 0;
}
