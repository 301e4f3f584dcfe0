import type { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import { METHOD_VERSION } from '../scoring/report-scorer';
import type { ProfileId, ProfileScore } from '../scoring/profile-model';
import { listProfiles, scoreProfile, type YearlyProfiles } from '../scoring/profile-scorer';
import type { Quote } from '../scoring/score-model';
import type { Country, CountryRegistry } from '../data/country-registry';
import { findRegion } from '../data/country-regions';
import type {
  EvidenceRow,
  PassageRow,
  ProfileEvidenceRow,
  ReportReader,
  ReportSource,
  ReportSummary,
} from '../data/report-reader';
import type {
  BatchResultSchema,
  CountryListItemSchema,
  CountryRefSchema,
  HistoryResponseSchema,
  ScoreResponseSchema,
} from './api-schemas';

type CountryRef = z.infer<typeof CountryRefSchema>;

/** A country's score as the service finds it: stored evidence rows and report, not yet shaped for HTTP. */
export type CountryScore = Omit<
  z.infer<typeof ScoreResponseSchema>,
  'evidence' | 'methodology' | 'report' | 'summary' | 'profiles'
> & {
  evidence: EvidenceRow[];
  summary: (Quote & { year: number }) | null;
  methodVersion: string;
  /** The report of the score's year, with every edition of it on record (page, PDF, plain text). */
  report: ReportSummary & { sources: ReportSource[] };
  profiles?: ProfileResult[];
};

/** A risk profile's score for a country with its strongest stored sentences aimed at the group. */
export type ProfileResult = ProfileScore & { evidence: ProfileEvidenceRow[] };

/** One page of a country's evidence (or, with a query, of matching passages); `nextOffset` when more follow. */
export type EvidencePage = { country: CountryRef; nextOffset: number | null } & (
  { kind: 'evidence'; rows: EvidenceRow[] } | { kind: 'passages'; rows: PassageRow[] }
);

export type ServiceError =
  | { ok: false; code: 'unknown_country'; input: string; suggestions: CountryRef[] }
  | { ok: false; code: 'no_report'; country: CountryRef; year?: number; years: number[] };

export type ServiceResult<T> = { ok: true; value: T } | ServiceError;

/** Why one entry of a batch has no score: a service error, or nothing typed at all. */
export type BatchFailure = ServiceError | { ok: false; code: 'blank' };

type BatchScore = z.infer<typeof BatchResultSchema>;

/** One batch entry, in input order: its score, or why it has none. */
export type BatchItem = ({ ok: true } & BatchScore) | { ok: false; input: string; failure: BatchFailure };

function toRef(country: Country): CountryRef {
  return { code: country.code, iso3: country.iso3, name: country.name };
}

function categoryMap<T>(make: (id: CategoryId) => T): Record<CategoryId, T> {
  return Object.fromEntries(CATEGORY_IDS.map((id) => [id, make(id)])) as Record<CategoryId, T>;
}

type BatchRow = Omit<z.infer<typeof BatchResultSchema>, 'input' | 'country'>;

/**
 * Keeps a value computed from the database for as long as the database is unchanged. The default
 * keeps nothing; the HTTP app passes its response cache, which forgets when an ingest commits.
 */
export type DataMemo = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

const noMemo: DataMemo = (_key, compute) => compute();

/** Reads scores, evidence and history for the API, the web page and the widget. */
export class CountryService {
  constructor(
    private readonly store: ReportReader,
    private readonly registry: CountryRegistry,
    private readonly memo: DataMemo = noMemo,
  ) {}

  /** Every country's headline score (no year) or every report's score for one year, by country code. */
  private async batchTable(year?: number): Promise<Map<string, BatchRow>> {
    return this.memo(`batch-table:${year ?? 'headline'}`, async () => {
      const rows =
        year === undefined
          ? (await this.store.listHeadlineScores()).map(({ code, headline }) => ({ code, score: headline }))
          : await this.store.listYearScores(year);
      return new Map(
        rows.map(({ code, score }) => [
          code,
          {
            year: score.year,
            score: score.score,
            band: score.band,
            confidence: score.confidence,
            categories: categoryMap((id) => score.categories[id].score),
          },
        ]),
      );
    });
  }

  /**
   * Resolves what a user typed to the country whose report covers it. Territories reported inside
   * another country's page (Hong Kong in China's) resolve to that country, with a note.
   */
  resolve(
    input: string,
  ): { ok: true; country: Country; note?: string } | Extract<ServiceError, { code: 'unknown_country' }> {
    const found = this.registry.lookup(input);
    if (!found.ok)
      return { ok: false, code: 'unknown_country', input, suggestions: found.suggestions.map(toRef) };
    const parent = found.country.reportedWith
      ? this.registry.byIsoCode(found.country.reportedWith)
      : undefined;
    const note = this.registry.coverageNote(found.country);
    if (parent && note) return { ok: true, country: parent, note };
    return { ok: true, country: found.country };
  }

  async listCountries(year?: number): Promise<Array<z.infer<typeof CountryListItemSchema>>> {
    const rows =
      year === undefined
        ? (await this.store.listHeadlineScores()).map(({ code, headline }) => ({ code, ...headline }))
        : (await this.store.listYearScores(year)).map(({ code, score }) => ({ code, ...score }));
    const items = [];
    for (const row of rows) {
      const country = this.registry.byIsoCode(row.code);
      if (!country) continue;
      items.push({
        ...toRef(country),
        year: row.year,
        score: row.score,
        band: row.band,
        confidence: row.confidence,
        aliases: this.registry.namesFor(country.code),
        region: findRegion(country.code) ?? null,
        categories: categoryMap((id) => row.categories[id].score),
      });
    }
    return items.sort((a, b) => a.name.localeCompare(b.name));
  }

  private async evidenceFor(
    country: Country,
    yearsByCategory: Record<CategoryId, number>,
    perCategory: number,
  ): Promise<EvidenceRow[]> {
    if (perCategory === 0) return [];
    const evidence: EvidenceRow[] = [];
    for (const id of CATEGORY_IDS) {
      const rows = await this.store.listEvidence({
        code: country.code,
        years: [yearsByCategory[id]],
        category: id,
        perCategory,
        limit: perCategory,
      });
      evidence.push(...rows);
    }
    return evidence;
  }

  /** The headline score (no year) or one year's score, with the strongest evidence per category. */
  async getScore(
    input: string,
    options: { year?: number; evidencePerCategory: number; profiles?: readonly ProfileId[] },
  ): Promise<ServiceResult<CountryScore>> {
    const resolved = this.resolve(input);
    if (!resolved.ok) return resolved;
    const { country } = resolved;
    const yearly = await this.store.loadReportScores(country.code);
    const years = yearly.map((entry) => entry.report.year);
    const base = { country: toRef(country) };

    if (options.year !== undefined) {
      const entry = yearly.find((candidate) => candidate.report.year === options.year);
      if (!entry) return { ok: false, code: 'no_report', country: toRef(country), year: options.year, years };
      const { score, report } = entry;
      const evidence = await this.evidenceFor(
        country,
        categoryMap(() => report.year),
        options.evidencePerCategory,
      );
      const profiles = await this.profilesFor(
        country,
        { score: score.score, year: report.year },
        options.profiles,
        options.evidencePerCategory,
        report.year,
      );
      return {
        ok: true,
        value: {
          ...base,
          year: report.year,
          score: score.score,
          band: score.band,
          confidence: score.confidence,
          categories: categoryMap((id) => ({
            score: score.categories[id].score,
            evidenceCount: score.categories[id].evidenceCount,
            year: report.year,
          })),
          evidence,
          summary: score.summary ? { ...score.summary, year: report.year } : null,
          coverage: {
            sections: score.coverage.sections,
            missingCategories: score.coverage.missingCategories,
            carriedForward: [],
            notes: [],
          },
          methodVersion: score.methodVersion,
          report: { ...report, sources: await this.sourcesOf(country.code, report.year) },
          ...(resolved.note ? { note: resolved.note } : {}),
          ...(profiles ? { profiles } : {}),
        },
      };
    }

    const headline = await this.store.findHeadlineScore(country.code);
    const latest = yearly[0];
    if (!headline || !latest) return { ok: false, code: 'no_report', country: toRef(country), years };
    const evidence = await this.evidenceFor(
      country,
      categoryMap((id) => headline.categories[id].year),
      options.evidencePerCategory,
    );
    const profiles = await this.profilesFor(
      country,
      { score: headline.score, year: headline.year },
      options.profiles,
      options.evidencePerCategory,
    );
    return {
      ok: true,
      value: {
        ...base,
        year: headline.year,
        score: headline.score,
        band: headline.band,
        confidence: headline.confidence,
        categories: headline.categories,
        evidence,
        summary: latest.score.summary ? { ...latest.score.summary, year: latest.report.year } : null,
        coverage: {
          sections: latest.score.coverage.sections,
          missingCategories: latest.score.coverage.missingCategories,
          carriedForward: headline.carriedForward,
          notes: headline.notes,
        },
        methodVersion: headline.methodVersion,
        report: { ...latest.report, sources: await this.sourcesOf(country.code, latest.report.year) },
        ...(resolved.note ? { note: resolved.note } : {}),
        ...(profiles ? { profiles } : {}),
      },
    };
  }

  /** Every source of each of a country's reports, by year (page, PDF and plain-text editions). */
  reportSources(code: string): Promise<Map<number, ReportSource[]>> {
    return this.memo(`report-sources:${code}`, () => this.store.listReportSources(code));
  }

  private async sourcesOf(code: string, year: number): Promise<ReportSource[]> {
    return (await this.reportSources(code)).get(year) ?? [];
  }

  /**
   * The asked profiles' scores on top of a country figure, from the stored findings of its reports up
   * to `upToYear` (all when omitted), each with its strongest sentences. Undefined when none was asked.
   */
  private async profilesFor(
    country: Country,
    figure: { score: number; year: number },
    ids: readonly ProfileId[] | undefined,
    perProfile: number,
    upToYear?: number,
  ): Promise<ProfileResult[] | undefined> {
    if (!ids || ids.length === 0) return undefined;
    const all = await this.memo(`profile-years:${country.code}`, () =>
      this.store.loadProfileYears(country.code),
    );
    const yearly = upToYear === undefined ? all : all.filter((entry) => entry.year <= upToYear);
    const results: ProfileResult[] = [];
    for (const id of ids) {
      const scored = scoreProfile(id, figure, yearly);
      const evidence =
        scored.coverage.evidenceYear === null || perProfile === 0
          ? []
          : await this.store.listProfileEvidence({
              code: country.code,
              year: scored.coverage.evidenceYear,
              profile: id,
              limit: perProfile,
            });
      results.push({ ...scored, evidence });
    }
    return results;
  }

  /** The risk profiles: id, label and definition. */
  listProfiles(): Array<{ id: ProfileId; label: string; definition: string }> {
    return listProfiles().map(({ id, label, definition }) => ({ id, label, definition }));
  }

  async getHistory(input: string): Promise<ServiceResult<z.infer<typeof HistoryResponseSchema>>> {
    const resolved = this.resolve(input);
    if (!resolved.ok) return resolved;
    const yearly = await this.store.loadReportScores(resolved.country.code);
    if (yearly.length === 0)
      return { ok: false, code: 'no_report', country: toRef(resolved.country), years: [] };
    return {
      ok: true,
      value: {
        country: toRef(resolved.country),
        years: yearly
          .map(({ report, score }) => ({
            year: report.year,
            score: score.score,
            band: score.band,
            confidence: score.confidence,
            categories: categoryMap((id) => score.categories[id].score),
            sourceUrl: report.sourceUrl,
          }))
          .sort((a, b) => a.year - b.year),
      },
    };
  }

  async getEvidence(
    input: string,
    query: { category?: CategoryId; year?: number; q?: string; limit: number; offset: number },
  ): Promise<ServiceResult<EvidencePage>> {
    const resolved = this.resolve(input);
    if (!resolved.ok) return resolved;
    const { country } = resolved;
    const reports = await this.memo(`paragraph-ranges:${country.code}`, () =>
      this.store.listParagraphRanges(country.code),
    );
    const years = reports.map((report) => report.year);
    if (years.length === 0) return { ok: false, code: 'no_report', country: toRef(country), years };
    if (query.year !== undefined && !years.includes(query.year)) {
      return { ok: false, code: 'no_report', country: toRef(country), year: query.year, years };
    }
    // One row more than asked tells whether another page exists.
    if (query.q) {
      const rows = await this.store.searchPassages({
        reports: query.year === undefined ? reports : reports.filter((report) => report.year === query.year),
        query: query.q,
        limit: query.limit + 1,
        offset: query.offset,
      });
      return {
        ok: true,
        value: {
          country: toRef(country),
          kind: 'passages',
          rows: rows.slice(0, query.limit),
          nextOffset: rows.length > query.limit ? query.offset + query.limit : null,
        },
      };
    }
    const rows = await this.store.listEvidence({
      code: country.code,
      years: query.year !== undefined ? [query.year] : years,
      ...(query.category ? { category: query.category } : {}),
      limit: query.limit + 1,
      offset: query.offset,
    });
    return {
      ok: true,
      value: {
        country: toRef(country),
        kind: 'evidence',
        rows: rows.slice(0, query.limit),
        nextOffset: rows.length > query.limit ? query.offset + query.limit : null,
      },
    };
  }

  /**
   * Scores a list of countries, one item per entry in input order (an entry given twice is answered
   * twice). Blank entries, unknown names and countries without a report are failed items.
   */
  async scoreBatch(
    inputs: readonly string[],
    year?: number,
    profiles: readonly ProfileId[] = [],
  ): Promise<BatchItem[]> {
    const headlines = await this.batchTable(year);
    const profileYears: Map<string, YearlyProfiles[]> =
      profiles.length > 0 ? await this.memo('profile-years', () => this.store.listProfileYears()) : new Map();
    const profileFigures = (code: string, figure: { score: number; year: number }) => {
      const all = profileYears.get(code) ?? [];
      const yearly = year === undefined ? all : all.filter((entry) => entry.year <= year);
      return profiles.map((id) => {
        const scored = scoreProfile(id, figure, yearly);
        return { id, score: scored.score, band: scored.band, evidenceCount: scored.evidenceCount };
      });
    };
    return inputs.map((input): BatchItem => {
      if (input.trim() === '') return { ok: false, input, failure: { ok: false, code: 'blank' } };
      const resolved = this.resolve(input);
      if (!resolved.ok) return { ok: false, input, failure: resolved };
      const found = headlines.get(resolved.country.code);
      if (!found) {
        const failure: BatchFailure = {
          ok: false,
          code: 'no_report',
          country: toRef(resolved.country),
          years: [],
          ...(year !== undefined ? { year } : {}),
        };
        return { ok: false, input, failure };
      }
      const code = resolved.country.code;
      return {
        ok: true,
        input,
        country: toRef(resolved.country),
        ...found,
        ...(profiles.length > 0 ? { profiles: profileFigures(code, found) } : {}),
      };
    });
  }

  get methodVersion(): string {
    return METHOD_VERSION;
  }
}
