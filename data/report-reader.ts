import type { CategoryId } from '../scoring/categories';
import { ReportProfilesSchema, type ProfileId } from '../scoring/profile-model';
import type { YearlyProfiles } from '../scoring/profile-scorer';
import {
  HeadlineScoreSchema,
  ReportScoreSchema,
  type HeadlineScore,
  type ReportScore,
} from '../scoring/score-model';
import { openDatabase, type Database, type DatabaseOpenResult } from './database';
import {
  countReports,
  selectReportScores,
  toSummary,
  type EvidenceRow,
  type ParagraphRange,
  type PassageRow,
  type ReportRow,
  type ReportSummary,
  type YearlyScore,
} from './report-rows';

export type { EvidenceRow, ParagraphRange, PassageRow, ReportSummary, YearlyScore } from './report-rows';

const YearlyProfilesSchema = ReportProfilesSchema.omit({ evidence: true });

/** A stored sentence aimed at a group, with its report year, page and pinpoint (as category evidence). */
export interface ProfileEvidenceRow extends Omit<EvidenceRow, 'category'> {
  category: CategoryId | null;
  harm: string | null;
  groupCue: string;
}

/**
 * One edition a report was read from or checked against: the state.gov page, the PDF edition or a
 * plain-text export of it, each with its own address, retrieval date and SHA-256.
 */
export interface ReportSource {
  kind: 'page' | 'pdf' | 'text';
  /** Whether the stored text (and so every quote's link) comes from this edition. */
  quoted: boolean;
  address: string;
  retrievedAt: string;
  sha256: string;
}

export type ReportReaderOpenResult =
  { ok: true; reader: ReportReader } | Extract<DatabaseOpenResult, { ok: false }>;

/**
 * Opens the database read-only for serving. The file must exist with a schema this program knows;
 * an ingest in another process may write to it meanwhile (WAL lets this connection keep reading).
 * `immutable` is for a data release: SQLite then takes no lock and never looks for changes.
 */
export async function openReportReader(
  file: string,
  options: { immutable?: boolean } = {},
): Promise<ReportReaderOpenResult> {
  const opened = await openDatabase(file, { create: false, readOnly: true, ...options });
  return opened.ok ? { ok: true, reader: new ReportReader(opened.db) } : opened;
}

/**
 * The server's side of the store: reads reports, scores, evidence and passages on a read-only
 * connection. It returns stored rows; combining a country's years into its headline happens in
 * scoring/ (at ingest, see `refreshCountryScores`).
 */
export class ReportReader {
  constructor(private readonly db: Database) {}

  /**
   * SQLite's data_version: it changes whenever another connection (an ingest) commits, so a cache of
   * what was read can tell when to forget.
   */
  async dataVersion(): Promise<number> {
    const row = await this.db.get<{ data_version: number }>('PRAGMA data_version');
    if (!row) throw new Error('PRAGMA data_version returned no row');
    return row.data_version;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** Yearly scores of one country, newest first (evidence not included). */
  loadReportScores(code: string): Promise<YearlyScore[]> {
    return selectReportScores(this.db, code);
  }

  countReports(): Promise<number> {
    return countReports(this.db);
  }

  async reportsPerYear(): Promise<Map<number, number>> {
    const rows = await this.db.all<{ year: number; n: number }>(
      'SELECT year, count(*) AS n FROM reports GROUP BY year',
    );
    return new Map(rows.map((row) => [row.year, row.n]));
  }

  async findReport(code: string, year: number): Promise<ReportSummary | undefined> {
    const row = await this.db.get<ReportRow>(
      'SELECT id, country_code, year, title, source_url, sha256, retrieved_at, layout FROM reports WHERE country_code = ? AND year = ?',
      [code, year],
    );
    return row ? toSummary(row) : undefined;
  }

  /**
   * Every source of each of a country's reports, by year: the edition the report was read from
   * first, then any other edition recorded beside it (a PDF of a report held from its page).
   */
  async listReportSources(code: string): Promise<Map<number, ReportSource[]>> {
    const rows = await this.db.all<{
      year: number;
      kind: 'page' | 'pdf' | 'text';
      quoted: number;
      address: string;
      retrieved_at: string;
      sha256: string;
    }>(
      `SELECT r.year, coalesce(own.kind, 'page') AS kind, 1 AS quoted, r.source_url AS address,
          r.retrieved_at, r.sha256, 0 AS ord
        FROM reports r
        LEFT JOIN report_editions own
          ON own.country_code = r.country_code AND own.year = r.year AND own.sha256 = r.sha256
        WHERE r.country_code = ?
      UNION ALL
      SELECT e.year, e.kind, 0 AS quoted, e.address, e.retrieved_at, e.sha256, e.id AS ord
        FROM report_editions e JOIN reports r ON r.country_code = e.country_code AND r.year = e.year
        WHERE e.country_code = ? AND e.sha256 <> r.sha256
      ORDER BY 1 DESC, ord`,
      [code, code],
    );
    const byYear = new Map<number, ReportSource[]>();
    for (const row of rows) {
      const list = byYear.get(row.year) ?? [];
      list.push({
        kind: row.kind,
        quoted: row.quoted === 1,
        address: row.address,
        retrievedAt: row.retrieved_at,
        sha256: row.sha256,
      });
      byYear.set(row.year, list);
    }
    return byYear;
  }

  async reportText(reportId: number): Promise<string | undefined> {
    return (await this.db.get<{ text: string }>('SELECT text FROM reports WHERE id = ?', [reportId]))?.text;
  }

  /** Headline scores of every country with a report. */
  async listHeadlineScores(): Promise<Array<{ code: string; headline: HeadlineScore }>> {
    const rows = await this.db.all<{ country_code: string; result: string }>(
      'SELECT country_code, result FROM country_scores',
    );
    return rows.map((row) => ({
      code: row.country_code,
      headline: HeadlineScoreSchema.parse(JSON.parse(row.result)),
    }));
  }

  async findHeadlineScore(code: string): Promise<HeadlineScore | undefined> {
    const row = await this.db.get<{ result: string }>(
      'SELECT result FROM country_scores WHERE country_code = ?',
      [code],
    );
    return row ? HeadlineScoreSchema.parse(JSON.parse(row.result)) : undefined;
  }

  /** Scores of every country's report for one year. */
  async listYearScores(year: number): Promise<Array<{ code: string; score: ReportScore }>> {
    const rows = await this.db.all<{ country_code: string; result: string }>(
      `SELECT r.country_code, s.result FROM reports r JOIN report_scores s ON s.report_id = r.id
       WHERE r.year = ?`,
      [year],
    );
    return rows.map((row) => ({
      code: row.country_code,
      score: ReportScoreSchema.parse({ ...JSON.parse(row.result), evidence: [] }),
    }));
  }

  /**
   * Evidence of one country in the scorer's order (each category's most specific incidents first; see
   * `rankEvidence` in scoring/), newest report first among equals, paged by offset.
   */
  async listEvidence(options: {
    code: string;
    years: readonly number[];
    category?: CategoryId;
    perCategory?: number;
    limit: number;
    offset?: number;
  }): Promise<EvidenceRow[]> {
    if (options.years.length === 0) return [];
    const params: Array<string | number> = [options.code, ...options.years];
    let sql = `SELECT e.id, e.category, e.quote, e.section_key AS section, e.heading, r.year, e.start, e."end", e.weight, e.cue, r.source_url AS sourceUrl,
        s.outline, p.pinpoint AS paragraph, json_extract(s.heading_path, '$[0]') AS topHeading,
        r.title AS reportTitle, r.retrieved_at AS retrievedAt
      FROM evidence e JOIN reports r ON r.id = e.report_id
      LEFT JOIN paragraphs p ON p.report_id = e.report_id AND p.start <= e.start AND e.start < p."end"
      LEFT JOIN sections s ON s.id = p.section_id
      WHERE r.country_code = ? AND r.year IN (${options.years.map(() => '?').join(',')})`;
    if (options.category) {
      sql += ' AND e.category = ?';
      params.push(options.category);
    }
    if (options.perCategory !== undefined) {
      sql += ' AND e.rank < ?';
      params.push(options.perCategory);
    }
    sql += ' ORDER BY e.rank, r.year DESC, e.weight DESC, e.id LIMIT ? OFFSET ?';
    params.push(options.limit, options.offset ?? 0);
    return this.db.all<EvidenceRow>(sql, params);
  }

  /** Profile findings of each of a country's reports (evidence not included), newest first. */
  async loadProfileYears(code: string): Promise<YearlyProfiles[]> {
    const rows = await this.db.all<{ result: string }>(
      `SELECT p.result FROM reports r JOIN report_profiles p ON p.report_id = r.id
       WHERE r.country_code = ? ORDER BY r.year DESC`,
      [code],
    );
    return rows.map((row) => YearlyProfilesSchema.parse(JSON.parse(row.result)));
  }

  /** Profile findings of every report (evidence not included), by country code, newest first. */
  async listProfileYears(): Promise<Map<string, YearlyProfiles[]>> {
    const rows = await this.db.all<{ country_code: string; result: string }>(
      `SELECT r.country_code, p.result FROM reports r JOIN report_profiles p ON p.report_id = r.id
       ORDER BY r.country_code, r.year DESC`,
    );
    const byCountry = new Map<string, YearlyProfiles[]>();
    for (const row of rows) {
      const list = byCountry.get(row.country_code) ?? [];
      list.push(YearlyProfilesSchema.parse(JSON.parse(row.result)));
      byCountry.set(row.country_code, list);
    }
    return byCountry;
  }

  /** The strongest stored sentences aimed at one group in one report year of a country. */
  listProfileEvidence(options: {
    code: string;
    year: number;
    profile: ProfileId;
    limit: number;
  }): Promise<ProfileEvidenceRow[]> {
    return this.db.all<ProfileEvidenceRow>(
      `SELECT e.id, e.category, e.harm, e.quote, e.section_key AS section, e.heading, r.year, e.start, e."end",
          e.weight, e.cue, e.group_cue AS groupCue, r.source_url AS sourceUrl,
          s.outline, p.pinpoint AS paragraph, json_extract(s.heading_path, '$[0]') AS topHeading,
          r.title AS reportTitle, r.retrieved_at AS retrievedAt
        FROM profile_evidence e JOIN reports r ON r.id = e.report_id
        LEFT JOIN paragraphs p ON p.report_id = e.report_id AND p.start <= e.start AND e.start < p."end"
        LEFT JOIN sections s ON s.id = p.section_id
        WHERE r.country_code = ? AND r.year = ? AND e.profile = ? AND e.rank < ?
        ORDER BY e.rank`,
      [options.code, options.year, options.profile, options.limit],
    );
  }

  /**
   * Each of a country's reports with the range of its paragraph ids (paragraphs of one report are
   * consecutive), newest first: what `searchPassages` searches, fixed until the next ingest.
   */
  async listParagraphRanges(code: string): Promise<ParagraphRange[]> {
    return this.db.all<ParagraphRange>(
      `SELECT r.id AS reportId, r.year, r.source_url AS sourceUrl, min(p.id) AS first, max(p.id) AS last
       FROM reports r LEFT JOIN paragraphs p ON p.report_id = r.id
       WHERE r.country_code = ? GROUP BY r.id ORDER BY r.year DESC`,
      [code],
    );
  }

  /**
   * Full-text search (FTS5) in the given reports' paragraphs, newest report first and each report's
   * passages in the order the report gives them. The query is bound, never interpolated.
   */
  async searchPassages(options: {
    reports: readonly ParagraphRange[];
    query: string;
    limit: number;
    offset: number;
  }): Promise<PassageRow[]> {
    // A word like "prison" matches tens of thousands of paragraphs corpus-wide. Searching one report at
    // a time within its paragraph ids reads only that report's matches. Ranking by bm25 would not:
    // it reads the word's whole corpus-wide list on every query to weigh it, about ten times the cost.
    const query = toFtsQuery(options.query);
    const wanted = options.offset + options.limit;
    const found: PassageRow[] = [];
    for (const report of options.reports) {
      if (found.length >= wanted) break;
      if (report.first === null || report.last === null) continue;
      const rows = await this.db.all<PassageRow>(
        `SELECT p.id, p.text, s.key AS section, s.heading, ? AS year, p.start, p."end", ? AS sourceUrl,
            snippet(paragraphs_fts, 0, '[', ']', '…', 24) AS snippet
          FROM paragraphs_fts CROSS JOIN paragraphs p ON p.id = paragraphs_fts.rowid
          JOIN sections s ON s.id = p.section_id
          WHERE paragraphs_fts MATCH ? AND paragraphs_fts.rowid BETWEEN ? AND ?
          ORDER BY paragraphs_fts.rowid LIMIT ?`,
        [report.year, report.sourceUrl, query, report.first, report.last, wanted - found.length],
      );
      found.push(...rows);
    }
    return found.slice(options.offset, wanted);
  }
}

/**
 * Turns what a user typed into a safe FTS5 query: every word becomes a quoted term, so FTS5
 * operators and syntax errors cannot come from user input.
 */
export function toFtsQuery(input: string): string {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return (
    words
      .slice(0, 20)
      .map((word) => `"${word}"`)
      .join(' ') || '""'
  );
}
