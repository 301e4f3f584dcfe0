import type { ParsedReport } from '../scoring/report-model';
import type { ProfileParagraph } from '../scoring/profile-scorer';
import type { ReportProfiles } from '../scoring/profile-model';
import type { SectionKey } from '../scoring/report-model';
import type { Evidence, HeadlineScore, ReportScore } from '../scoring/score-model';
import type { Country, CountryRegistry } from './country-registry';
import { openDatabase, type Database, type DatabaseOpenResult } from './database';
import { numberParagraphs } from './report-outline';
import { countReports, selectReportScores, type YearlyScore } from './report-rows';

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

/** A PDF or plain-text edition of a report, recorded beside the report whichever edition it was read from. */
export interface ReportEdition {
  countryCode: string;
  year: number;
  kind: 'pdf' | 'text';
  /** Where quotes from this edition point: its web address, or the file it was read from. */
  address: string;
  origin: string;
  sha256: string;
  retrievedAt: string;
  parserVersion: string;
}

/** The columns that place a quoted sentence in its report, alike in `evidence` and `profile_evidence`. */
/**
 * The values of the quoted sentence's columns, in the order `quote, section_key, heading, start, end, weight, cue`.
 * The column names stay string literals at each insertMany call: the SQL-safety check accepts only names fixed there.
 */
function quoteValues(
  item: Pick<Evidence, 'quote' | 'section' | 'heading' | 'start' | 'end' | 'weight' | 'cue'>,
) {
  return [item.quote, item.section, item.heading, item.start, item.end, item.weight, item.cue];
}

/**
 * Each item with its place among the items before it with the same key (0 for the first): the stored rank
 * keeps the scorer's order of evidence within each category or profile.
 */
function ranksWithin<T, K>(items: readonly T[], keyOf: (item: T) => K): Array<[item: T, rank: number]> {
  const seen = new Map<K, number>();
  return items.map((item) => {
    const key = keyOf(item);
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return [item, rank];
  });
}

export type ReportWriterOpenResult =
  { ok: true; writer: ReportWriter } | Extract<DatabaseOpenResult, { ok: false }>;

/** Opens the database for ingest, creating the file and applying migrations when needed. */
export async function openReportWriter(file: string): Promise<ReportWriterOpenResult> {
  const opened = await openDatabase(file, { create: true });
  return opened.ok ? { ok: true, writer: new ReportWriter(opened.db) } : opened;
}

/**
 * The ingest's side of the store: writes reports, their text, scores and evidence. All writes of
 * one report are one transaction. The server never holds one of these (it reads through
 * `ReportReader`, opened read-only).
 */
export class ReportWriter {
  constructor(private readonly db: Database) {}

  close(): Promise<void> {
    return this.db.close();
  }

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

  /**
   * Records an edition of a report (a second source when the page is held, or the report's own
   * source when the edition is all there is). Recording the same file again refreshes its row.
   */
  async recordEdition(edition: ReportEdition): Promise<void> {
    await this.db.run(
      `INSERT INTO report_editions(country_code, year, kind, address, origin, sha256, retrieved_at, parser_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(country_code, year, sha256) DO UPDATE SET kind = excluded.kind, address = excluded.address,
         origin = excluded.origin, retrieved_at = excluded.retrieved_at, parser_version = excluded.parser_version`,
      [
        edition.countryCode,
        edition.year,
        edition.kind,
        edition.address,
        edition.origin,
        edition.sha256,
        edition.retrievedAt,
        edition.parserVersion,
      ],
    );
  }

  /** The editions recorded with this exact digest (one file may be recorded once per report). */
  async findEditionsBySha256(sha256: string): Promise<ReportEdition[]> {
    return this.selectEditions('sha256 = ?', [sha256]);
  }

  /** Every edition recorded for a country's report of one year, oldest record first. */
  async listEditions(countryCode: string, year: number): Promise<ReportEdition[]> {
    return this.selectEditions('country_code = ? AND year = ?', [countryCode, year]);
  }

  private async selectEditions(where: string, params: Array<string | number>): Promise<ReportEdition[]> {
    const rows = await this.db.all<{
      country_code: string;
      year: number;
      kind: 'pdf' | 'text';
      address: string;
      origin: string;
      sha256: string;
      retrieved_at: string;
      parser_version: string;
    }>(
      `SELECT country_code, year, kind, address, origin, sha256, retrieved_at, parser_version
       FROM report_editions WHERE ${where} ORDER BY id`,
      params,
    );
    return rows.map((row) => ({
      countryCode: row.country_code,
      year: row.year,
      kind: row.kind,
      address: row.address,
      origin: row.origin,
      sha256: row.sha256,
      retrievedAt: row.retrieved_at,
      parserVersion: row.parser_version,
    }));
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

  /**
   * Stores a report with its sections, paragraphs, score, evidence and profile findings, replacing
   * any earlier version, atomically.
   */
  async replaceReport(
    country: Country,
    report: ParsedReport,
    provenance: ReportProvenance,
    score: ReportScore,
    profiles: ReportProfiles,
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
      const pinpoints = numberParagraphs(report.sections, report.paragraphs);
      await this.db.insertMany(
        'sections',
        ['id', 'report_id', 'ord', 'key', 'heading', 'heading_path', 'start', 'end', 'outline'],
        report.sections.map((section, ord) => [
          base + ord,
          reportId,
          ord,
          section.key,
          section.headingPath[section.headingPath.length - 1] ?? '',
          JSON.stringify(section.headingPath),
          section.start,
          section.end,
          pinpoints.sectionOutlines[ord] ?? null,
        ]),
      );
      await this.db.insertMany(
        'paragraphs',
        ['report_id', 'section_id', 'ord', 'text', 'start', 'end', 'pinpoint'],
        report.paragraphs.map((paragraph, ord) => [
          reportId,
          base + paragraph.sectionIndex,
          ord,
          paragraph.text,
          paragraph.start,
          paragraph.end,
          pinpoints.paragraphNumbers[ord] ?? null,
        ]),
      );
      await this.db.run(
        'INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs WHERE report_id = ?',
        [reportId],
      );
      await this.writeScore(reportId, score);
      await this.writeProfiles(reportId, profiles);
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
    await this.db.insertMany(
      'evidence',
      ['report_id', 'category', 'rank', 'quote', 'section_key', 'heading', 'start', 'end', 'weight', 'cue'],
      ranksWithin(evidence, (item) => item.category).map(([item, rank]) => [
        reportId,
        item.category,
        rank,
        ...quoteValues(item),
      ]),
    );
  }

  /**
   * Numbers the paragraphs of reports stored before pinpoints existed (schema 1), from the sections
   * and paragraph order already stored, so an old database gains pinpoints without re-parsing pages.
   * Returns how many reports it numbered.
   */
  async backfillPinpoints(): Promise<number> {
    const reports = await this.db.all<{ report_id: number }>(
      'SELECT DISTINCT report_id FROM paragraphs WHERE pinpoint IS NULL',
    );
    for (const { report_id: reportId } of reports) {
      await this.db.transaction(async () => {
        const sections = await this.db.all<{ id: number; heading_path: string }>(
          'SELECT id, heading_path FROM sections WHERE report_id = ? ORDER BY ord',
          [reportId],
        );
        const paragraphs = await this.db.all<{ id: number; section_id: number }>(
          'SELECT id, section_id FROM paragraphs WHERE report_id = ? ORDER BY ord',
          [reportId],
        );
        const indexOf = new Map(sections.map((section, index) => [section.id, index]));
        const pinpoints = numberParagraphs(
          sections.map((section) => ({ headingPath: JSON.parse(section.heading_path) as string[] })),
          paragraphs.map((paragraph) => ({ sectionIndex: indexOf.get(paragraph.section_id) ?? 0 })),
        );
        const updateSection = await this.db.prepare('UPDATE sections SET outline = ? WHERE id = ?');
        for (const [index, section] of sections.entries())
          await updateSection.run([pinpoints.sectionOutlines[index] ?? null, section.id]);
        await updateSection.finalize();
        const updateParagraph = await this.db.prepare('UPDATE paragraphs SET pinpoint = ? WHERE id = ?');
        for (const [index, paragraph] of paragraphs.entries())
          await updateParagraph.run([pinpoints.paragraphNumbers[index] ?? null, paragraph.id]);
        await updateParagraph.finalize();
      });
    }
    return reports.length;
  }

  /**
   * Replaces only the score and profile findings of a stored report (used when the method changed
   * but the page did not), atomically.
   */
  async replaceScore(reportId: number, score: ReportScore, profiles: ReportProfiles): Promise<void> {
    await this.db.transaction(async () => {
      await this.writeScore(reportId, score);
      await this.writeProfiles(reportId, profiles);
    });
  }

  /** Codes of every country with at least one stored report. */
  async listReportedCountries(): Promise<string[]> {
    const rows = await this.db.all<{ country_code: string }>('SELECT DISTINCT country_code FROM reports');
    return rows.map((row) => row.country_code);
  }

  /** Yearly scores of one country, newest first (evidence not included). */
  loadReportScores(code: string): Promise<YearlyScore[]> {
    return selectReportScores(this.db, code);
  }

  countReports(): Promise<number> {
    return countReports(this.db);
  }

  /**
   * Stores the headline score of each given country, or removes it where the headline is undefined
   * (a country left without reports), in one transaction.
   */
  async replaceCountryScores(
    headlines: ReadonlyArray<{ code: string; headline: HeadlineScore | undefined }>,
  ): Promise<void> {
    await this.db.transaction(async () => {
      for (const { code, headline } of headlines) {
        await this.db.run('DELETE FROM country_scores WHERE country_code = ?', [code]);
        if (!headline) continue;
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
      }
    });
  }

  /** Ids of the reports whose profile findings are missing or were made with another profile version. */
  async listReportsWithoutProfiles(profileVersion: string): Promise<number[]> {
    const rows = await this.db.all<{ id: number }>(
      `SELECT r.id FROM reports r LEFT JOIN report_profiles p ON p.report_id = r.id
       WHERE p.report_id IS NULL OR p.profile_version <> ? ORDER BY r.id`,
      [profileVersion],
    );
    return rows.map((row) => row.id);
  }

  /** A stored report's year, text length and paragraphs with their section: what profile findings are made from. */
  async loadReportParagraphs(
    reportId: number,
  ): Promise<{ year: number; textLength: number; paragraphs: ProfileParagraph[] } | undefined> {
    const row = await this.db.get<{ year: number; text: string }>(
      'SELECT year, text FROM reports WHERE id = ?',
      [reportId],
    );
    if (!row) return undefined;
    // Measured in JavaScript, as scoring measures the parsed text, so findings computed before storing
    // (`profileInputOf`) and after agree on every text.
    const report = { year: row.year, textLength: row.text.length };
    const paragraphs = await this.db.all<{
      text: string;
      start: number;
      section: SectionKey;
      heading: string;
    }>(
      `SELECT p.text, p.start, s.key AS section, s.heading FROM paragraphs p JOIN sections s ON s.id = p.section_id
       WHERE p.report_id = ? ORDER BY p.ord`,
      [reportId],
    );
    return { ...report, paragraphs };
  }

  /** Replaces the profile findings of one report (summary and evidence), atomically. */
  async replaceReportProfiles(reportId: number, findings: ReportProfiles): Promise<void> {
    await this.db.transaction(() => this.writeProfiles(reportId, findings));
  }

  private async writeProfiles(reportId: number, findings: ReportProfiles): Promise<void> {
    const { evidence, ...summary } = findings;
    await this.db.run('DELETE FROM report_profiles WHERE report_id = ?', [reportId]);
    await this.db.run('DELETE FROM profile_evidence WHERE report_id = ?', [reportId]);
    await this.db.run('INSERT INTO report_profiles(report_id, profile_version, result) VALUES (?, ?, ?)', [
      reportId,
      findings.profileVersion,
      JSON.stringify(summary),
    ]);
    await this.db.insertMany(
      'profile_evidence',
      [
        'report_id',
        'profile',
        'rank',
        'category',
        'harm',
        'quote',
        'section_key',
        'heading',
        'start',
        'end',
        'weight',
        'cue',
        'group_cue',
      ],
      ranksWithin(evidence, (item) => item.profile).map(([item, rank]) => [
        reportId,
        item.profile,
        rank,
        item.category,
        item.harm,
        ...quoteValues(item),
        item.groupCue,
      ]),
    );
  }

  /**
   * Merges the full-text index into one segment. Each stored report adds segments; a search reads
   * every segment's list for its word, so after an ingest one segment makes searches about a third
   * cheaper (a couple of seconds for the whole corpus).
   */
  async optimizeSearchIndex(): Promise<void> {
    await this.db.run("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES('optimize')");
  }
}
