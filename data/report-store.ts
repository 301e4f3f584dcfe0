import type { CategoryId } from '../scoring/categories';
import type { ParsedReport, SectionKey } from '../scoring/report-model';
import { combineYears } from '../scoring/report-scorer';
import {
  HeadlineScoreSchema,
  ReportScoreSchema,
  type HeadlineScore,
  type ReportScore,
} from '../scoring/score-model';
import type { Country, CountryRegistry } from './country-registry';
import type { Database } from './database';

export interface ReportProvenance {
  sha256: string;
  origin: string;
  retrievedAt: string;
  parserVersion: string;
}

export interface StoredReportDigest {
  id: number;
  sha256: string;
  parserVersion: string;
  methodVersion: string | null;
}

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

interface ReportRow {
  id: number;
  country_code: string;
  year: number;
  title: string;
  source_url: string;
  sha256: string;
  retrieved_at: string;
  layout: string;
}

function toSummary(row: ReportRow): ReportSummary {
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

/** Reads and writes reports, their text, scores and evidence. All writes of one report are one transaction. */
export class ReportStore {
  constructor(readonly db: Database) {}

  /** Makes sure every registry country has a row (reports reference them). */
  async syncCountries(registry: CountryRegistry): Promise<void> {
    await this.db.transaction(async () => {
      const statement = await this.db.prepare(
        'INSERT INTO countries(code, iso3, numeric, name) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET iso3 = excluded.iso3, numeric = excluded.numeric, name = excluded.name',
      );
      for (const country of registry.countries)
        await statement.run([country.code, country.iso3, country.numeric, country.name]);
      await statement.finalize();
    });
  }

  private async findDigest(
    where: string,
    params: Array<string | number>,
  ): Promise<(StoredReportDigest & { countryCode: string; year: number }) | undefined> {
    const row = await this.db.get<{
      id: number;
      sha256: string;
      parser_version: string;
      method_version: string | null;
      country_code: string;
      year: number;
    }>(
      `SELECT r.id, r.sha256, r.parser_version, s.method_version, r.country_code, r.year FROM reports r
       LEFT JOIN report_scores s ON s.report_id = r.id WHERE ${where} LIMIT 1`,
      params,
    );
    return row
      ? {
          id: row.id,
          sha256: row.sha256,
          parserVersion: row.parser_version,
          methodVersion: row.method_version,
          countryCode: row.country_code,
          year: row.year,
        }
      : undefined;
  }

  /** The stored report of a country and year, with the digests that decide whether a page changed. */
  findReportDigest(countryCode: string, year: number) {
    return this.findDigest('r.country_code = ? AND r.year = ?', [countryCode, year]);
  }

  /** The stored report with this exact page digest, if any (lets a rerun skip a page without parsing it). */
  findReportBySha256(sha256: string) {
    return this.findDigest('r.sha256 = ?', [sha256]);
  }

  /** Removes a report, its text index entries and everything that hangs off it. */
  private async deleteReport(countryCode: string, year: number): Promise<void> {
    const existing = await this.db.get<{ id: number }>(
      'SELECT id FROM reports WHERE country_code = ? AND year = ?',
      [countryCode, year],
    );
    if (!existing) return;
    // The FTS index uses external content, so its entries must be removed while the rows still exist.
    await this.db.run(
      `INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) SELECT 'delete', id, text FROM paragraphs WHERE report_id = ?`,
      [existing.id],
    );
    await this.db.run('DELETE FROM reports WHERE id = ?', [existing.id]);
  }

  /** Stores a report with its sections, paragraphs, score and evidence, replacing any earlier version, atomically. */
  async replaceReport(
    country: Country,
    report: ParsedReport,
    provenance: ReportProvenance,
    score: ReportScore,
  ): Promise<number> {
    return this.db.transaction(async () => {
      await this.deleteReport(country.code, report.year);
      const { lastID: reportId } = await this.db.run(
        `INSERT INTO reports(country_code, year, title, page_country_name, layout, source_url, origin, sha256, retrieved_at, parser_version, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          country.code,
          report.year,
          report.title,
          report.pageCountryName,
          report.layout,
          report.sourceUrl,
          provenance.origin,
          provenance.sha256,
          provenance.retrievedAt,
          provenance.parserVersion,
          report.text,
        ],
      );
      // Ids are assigned here rather than by SQLite so that sections and paragraphs can be bulk-inserted.
      const base =
        (await this.db.get<{ next: number }>('SELECT coalesce(max(id), 0) + 1 AS next FROM sections'))
          ?.next ?? 1;
      await this.db.insertMany(
        'sections',
        ['id', 'report_id', 'ord', 'key', 'heading', 'heading_path', 'start', 'end'],
        report.sections.map((section, ord) => [
          base + ord,
          reportId,
          ord,
          section.key,
          section.headingPath[section.headingPath.length - 1] ?? '',
          JSON.stringify(section.headingPath),
          section.start,
          section.end,
        ]),
      );
      await this.db.insertMany(
        'paragraphs',
        ['report_id', 'section_id', 'ord', 'text', 'start', 'end'],
        report.paragraphs.map((paragraph, ord) => [
          reportId,
          base + paragraph.sectionIndex,
          ord,
          paragraph.text,
          paragraph.start,
          paragraph.end,
        ]),
      );
      await this.db.run(
        'INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs WHERE report_id = ?',
        [reportId],
      );
      await this.writeScore(reportId, score);
      return reportId;
    });
  }

  private async writeScore(reportId: number, score: ReportScore): Promise<void> {
    const { evidence, ...summary } = score;
    await this.db.run('DELETE FROM report_scores WHERE report_id = ?', [reportId]);
    await this.db.run('DELETE FROM evidence WHERE report_id = ?', [reportId]);
    await this.db.run(
      'INSERT INTO report_scores(report_id, method_version, score, band, confidence, result) VALUES (?, ?, ?, ?, ?, ?)',
      [reportId, score.methodVersion, score.score, score.band, score.confidence, JSON.stringify(summary)],
    );
    const ranks = new Map<CategoryId, number>();
    const rows = evidence.map((item) => {
      const rank = ranks.get(item.category) ?? 0;
      ranks.set(item.category, rank + 1);
      return [
        reportId,
        item.category,
        rank,
        item.quote,
        item.section,
        item.heading,
        item.start,
        item.end,
        item.weight,
        item.cue,
      ];
    });
    await this.db.insertMany(
      'evidence',
      ['report_id', 'category', 'rank', 'quote', 'section_key', 'heading', 'start', 'end', 'weight', 'cue'],
      rows,
    );
  }

  /** Replaces only the score of a stored report (used when the method changed but the page did not). */
  async replaceScore(reportId: number, score: ReportScore): Promise<void> {
    await this.db.transaction(() => this.writeScore(reportId, score));
  }

  /** Recomputes the headline score of the given countries (all with reports when omitted) from their yearly scores. */
  async refreshCountryScores(codes?: readonly string[]): Promise<number> {
    const targets =
      codes ??
      (await this.db.all<{ country_code: string }>('SELECT DISTINCT country_code FROM reports')).map(
        (r) => r.country_code,
      );
    let written = 0;
    await this.db.transaction(async () => {
      for (const code of targets) {
        const yearly = await this.loadReportScores(code);
        await this.db.run('DELETE FROM country_scores WHERE country_code = ?', [code]);
        if (yearly.length === 0) continue;
        const headline = combineYears(yearly.map((entry) => entry.score));
        await this.db.run(
          'INSERT INTO country_scores(country_code, method_version, year, score, band, confidence, result) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [
            code,
            headline.methodVersion,
            headline.year,
            headline.score,
            headline.band,
            headline.confidence,
            JSON.stringify(headline),
          ],
        );
        written += 1;
      }
    });
    return written;
  }

  /** Yearly scores of one country, newest first (evidence not included). */
  async loadReportScores(code: string): Promise<Array<{ report: ReportSummary; score: ReportScore }>> {
    const rows = await this.db.all<ReportRow & { result: string }>(
      `SELECT r.id, r.country_code, r.year, r.title, r.source_url, r.sha256, r.retrieved_at, r.layout, s.result
       FROM reports r JOIN report_scores s ON s.report_id = r.id WHERE r.country_code = ? ORDER BY r.year DESC`,
      [code],
    );
    return rows.map((row) => ({
      report: toSummary(row),
      score: ReportScoreSchema.parse({ ...JSON.parse(row.result), evidence: [] }),
    }));
  }

  async countReports(): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT count(*) AS n FROM reports'))?.n ?? 0;
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

  /** Evidence of one country, strongest first, paged by offset. */
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
    let sql = `SELECT e.id, e.category, e.quote, e.section_key AS section, e.heading, r.year, e.start, e."end", e.weight, e.cue, r.source_url AS sourceUrl
      FROM evidence e JOIN reports r ON r.id = e.report_id
      WHERE r.country_code = ? AND r.year IN (${options.years.map(() => '?').join(',')})`;
    if (options.category) {
      sql += ' AND e.category = ?';
      params.push(options.category);
    }
    if (options.perCategory !== undefined) {
      sql += ' AND e.rank < ?';
      params.push(options.perCategory);
    }
    sql += ' ORDER BY e.weight DESC, r.year DESC, e.id LIMIT ? OFFSET ?';
    params.push(options.limit, options.offset ?? 0);
    return this.db.all<EvidenceRow>(sql, params);
  }

  /**
   * Merges the full-text index into one segment. Each stored report adds segments; a search reads
   * every segment's list for its word, so after an ingest one segment makes searches about a third
   * cheaper (a couple of seconds for the whole corpus).
   */
  async optimizeSearchIndex(): Promise<void> {
    await this.db.run("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES('optimize')");
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
