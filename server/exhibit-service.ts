import type { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import { compareEditions, summariseEditionChanges, type EditionChanges } from '../scoring/edition-changes';
import type { ProfileId } from '../scoring/profile-model';
import type {
  EvidenceRow,
  ProfileEvidenceRow,
  ReportReader,
  ReportSource,
  ReportSummary,
} from '../data/report-reader';
import type { CountryRefSchema } from './api-schemas';
import type { CountryScore, CountryService, ProfileResult, ServiceResult } from './country-service';

type CountryRef = z.infer<typeof CountryRefSchema>;

/** Quotes shown per category for what a later edition no longer says. */
export const NO_LONGER_SAYS_QUOTES = 5;
/** Earlier sentences looked at per category to find those five (strongest first). */
const NO_LONGER_SAYS_CANDIDATES = 50;

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One country's edition changes with the reports compared and the earlier quotes the later one lacks. */
export interface CountryChanges {
  country: CountryRef;
  changes: EditionChanges;
  reports: { from: ReportSummary; to: ReportSummary };
  noLongerSays: Array<{
    category: CategoryId;
    reason: 'none_asserted' | 'mostly_dropped';
    quotes: EvidenceRow[];
  }>;
}

export interface ChangesSummary {
  from: number;
  to: number;
  summary: ReturnType<typeof summariseEditionChanges>;
  countries: Array<{ country: CountryRef; changes: EditionChanges }>;
}

/** What a citation needs of a quote: where it sits in the report and which report it is. */
export type CitedQuote = Pick<
  EvidenceRow,
  'quote' | 'sourceUrl' | 'outline' | 'paragraph' | 'topHeading' | 'heading' | 'reportTitle' | 'retrievedAt'
>;

/** A sentence aimed at a chosen profile's group, with what its citation needs. */
export type ProfileQuote = ProfileEvidenceRow & CitedQuote;

/** What an exhibit packet holds, before it is laid out as PDF or Word. */
export interface ExhibitPacket {
  score: CountryScore;
  categories: CategoryId[];
  /** The chosen risk profiles, each scored with the strongest sentences aimed at its group. */
  profiles: Array<{ result: ProfileResult; quotes: ProfileQuote[] }>;
  quotes: Array<{ category: CategoryId; rows: EvidenceRow[] }>;
  /** Each report a quote comes from (and the compared editions), oldest first, with every edition on record. */
  sources: Array<ReportSummary & { sources: ReportSource[] }>;
  /** The latest edition against the one before it, when there is one. */
  changes: CountryChanges | undefined;
  generatedAt: Date;
}

export interface PacketOptions {
  year?: number;
  categories?: readonly CategoryId[];
  profiles?: readonly ProfileId[];
  quotesPerCategory: number;
  quotesPerProfile: number;
  now: Date;
}

/** Edition changes and exhibit packets: reads through the store, resolves through CountryService. */
export class ExhibitService {
  constructor(
    private readonly countries: CountryService,
    private readonly store: ReportReader,
  ) {}

  private async changesFor(
    country: CountryRef,
    from: number,
    to: number,
  ): Promise<ServiceResult<CountryChanges>> {
    const yearly = await this.store.loadReportScores(country.code);
    const years = yearly.map((entry) => entry.report.year);
    const earlier = yearly.find((entry) => entry.report.year === from);
    const later = yearly.find((entry) => entry.report.year === to);
    if (!earlier) return { ok: false, code: 'no_report', country, year: from, years };
    if (!later) return { ok: false, code: 'no_report', country, year: to, years };
    const changes = compareEditions(earlier.score, later.score);
    const laterText = normaliseSpace((await this.store.reportText(later.report.id)) ?? '');
    const dropped = new Set<string>(changes.droppedTopics);
    const groups = [
      ...changes.noLongerAsserted.map((category) => ({ category, reason: 'none_asserted' as const })),
      ...changes.mostlyDropped.map((category) => ({ category, reason: 'mostly_dropped' as const })),
    ];
    const noLongerSays = [];
    for (const { category, reason } of groups) {
      const candidates = await this.store.listEvidence({
        code: country.code,
        years: [from],
        category,
        limit: NO_LONGER_SAYS_CANDIDATES,
      });
      // A sentence the later text still prints is not something it stopped saying.
      const quotes = candidates
        .filter((row) => !laterText.includes(normaliseSpace(row.quote)))
        .sort((a, b) => Number(dropped.has(b.section)) - Number(dropped.has(a.section)))
        .slice(0, NO_LONGER_SAYS_QUOTES);
      noLongerSays.push({ category, reason, quotes });
    }
    return {
      ok: true,
      value: { country, changes, reports: { from: earlier.report, to: later.report }, noLongerSays },
    };
  }

  /** How a country's `to` edition differs from its `from` edition. */
  async getChanges(input: string, from: number, to: number): Promise<ServiceResult<CountryChanges>> {
    const resolved = this.countries.resolve(input);
    if (!resolved.ok) return resolved;
    const { code, iso3, name } = resolved.country;
    return this.changesFor({ code, iso3, name }, from, to);
  }

  /** Every country with both editions, compared, and the figures across them. */
  async getChangesSummary(from: number, to: number): Promise<ChangesSummary> {
    const [earlier, later] = await Promise.all([
      this.store.listYearScores(from),
      this.store.listYearScores(to),
    ]);
    const laterByCode = new Map(later.map((entry) => [entry.code, entry.score]));
    const countries = [];
    for (const { code, score } of earlier) {
      const toScore = laterByCode.get(code);
      const resolved = this.countries.resolve(code);
      if (!toScore || !resolved.ok) continue;
      const { iso3, name } = resolved.country;
      countries.push({ country: { code, iso3, name }, changes: compareEditions(score, toScore) });
    }
    countries.sort((a, b) => a.country.name.localeCompare(b.country.name));
    return { from, to, summary: summariseEditionChanges(countries.map((entry) => entry.changes)), countries };
  }

  /**
   * A profile's stored sentences with what their citations need. Profile evidence may be stored
   * without its paragraph; the citation then names the section, as the report's headings do.
   */
  private async profileQuotes(
    code: string,
    result: ProfileResult,
    limit: number,
    reports: ReadonlyMap<number, ReportSummary>,
  ): Promise<ProfileQuote[]> {
    const year = result.coverage.evidenceYear;
    if (year === null || limit === 0) return [];
    const rows = await this.store.listProfileEvidence({ code, year, profile: result.id, limit });
    return rows.map((row) => {
      const pinpoint = row as Partial<Pick<EvidenceRow, 'outline' | 'paragraph' | 'topHeading'>>;
      const report = reports.get(row.year);
      return {
        ...row,
        outline: pinpoint.outline ?? null,
        paragraph: pinpoint.paragraph ?? null,
        topHeading: pinpoint.topHeading ?? null,
        reportTitle: report?.title ?? `${row.year} Country Reports on Human Rights Practices`,
        retrievedAt: report?.retrievedAt ?? '',
      };
    });
  }

  /** Everything an exhibit packet shows for a country: score, quotes by category and profile, sources, changes. */
  async getPacket(input: string, options: PacketOptions): Promise<ServiceResult<ExhibitPacket>> {
    const scored = await this.countries.getScore(input, {
      evidencePerCategory: 0,
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.profiles?.length ? { profiles: options.profiles } : {}),
    });
    if (!scored.ok) return scored;
    const score = scored.value;
    const code = score.country.code;
    const categories = options.categories?.length ? [...options.categories] : [...CATEGORY_IDS];
    const quotes = [];
    for (const category of categories) {
      const rows = await this.store.listEvidence({
        code,
        years: [score.categories[category].year],
        category,
        limit: options.quotesPerCategory,
      });
      quotes.push({ category, rows });
    }
    const yearly = await this.store.loadReportScores(code);
    const reports = new Map(yearly.map((entry) => [entry.report.year, entry.report]));
    const profiles = [];
    for (const result of score.profiles ?? []) {
      profiles.push({
        result,
        quotes: await this.profileQuotes(code, result, options.quotesPerProfile, reports),
      });
    }
    const previous = yearly.find((entry) => entry.report.year < score.year);
    const changes = previous
      ? await this.changesFor(score.country, previous.report.year, score.year)
      : undefined;
    const usedYears = new Set([
      score.report.year,
      ...quotes.flatMap((group) => group.rows.map((row) => row.year)),
      ...profiles.flatMap((profile) => profile.quotes.map((row) => row.year)),
    ]);
    if (changes?.ok) usedYears.add(changes.value.reports.from.year);
    const sourcesByYear = await this.countries.reportSources(code);
    const sources = yearly
      .map((entry) => entry.report)
      .filter((report) => usedYears.has(report.year))
      .sort((a, b) => a.year - b.year)
      .map((report) => ({ ...report, sources: sourcesByYear.get(report.year) ?? [] }));
    return {
      ok: true,
      value: {
        score,
        categories,
        profiles,
        quotes,
        sources,
        changes: changes?.ok ? changes.value : undefined,
        generatedAt: options.now,
      },
    };
  }
}
