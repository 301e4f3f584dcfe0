import { availableParallelism } from 'os';
import path from 'path';
import { METHOD_VERSION } from '../scoring/report-scorer';
import { refreshCountryScores } from './country-scores';
import { refreshProfileFindings } from './profile-findings';
import { getCountryRegistry, type Country } from './country-registry';
import { PagePool } from './page-pool';
import { processReport, sha256Of, type ProcessedPage, type ProcessedReport } from './page-processor';
import {
  editionKindOf,
  parseEditionText,
  parseEditionPages,
  type EditionKind,
  type ParseEditionResult,
} from './edition-parser';
import { extractPdfText } from './pdf-text';
import { placesAbroadFor } from './places-abroad';
import { PARSER_VERSION } from './report-parser';
import { readSource, type SourceOptions, type SourcePage } from './report-sources';
import type { ReportWriter } from './report-writer';

export interface IngestFailure {
  origin: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  pages: number;
  stored: number;
  rescored: number;
  unchanged: number;
  /** PDF or plain-text editions recorded as a second source of a report already held from its page. */
  editions: number;
  failed: IngestFailure[];
  /** Sections whose headings no rule recognised (kept as `other`), by heading path. */
  unknownHeadings: Map<string, number>;
  reportsByYear: Map<number, number>;
  countries: Set<string>;
  elapsedMs: number;
}

export type PageOutcome = 'stored' | 'rescored' | 'unchanged' | 'edition' | 'failed';

export interface IngestProgress {
  onPage?(event: { origin: string; outcome: PageOutcome; summary: IngestSummary }): void;
  onSourceStart?(source: string): void;
}

export interface IngestOptions extends SourceOptions, IngestProgress {
  now?: () => Date;
  /** Worker threads for parsing and scoring; default: one per core. */
  threads?: number;
  /** The module the worker threads run (see `PagePoolOptions.workerScript`); tests pass one that crashes. */
  pageWorker?: string;
}

/** Pages parsed ahead of the one being stored; bounds memory while keeping both cores busy. */
const WINDOW = 8;

/**
 * Reads every page of the sources, parses, scores and stores it. An unchanged page (same sha256,
 * parser and method) is skipped without parsing; a changed one replaces its report in one
 * transaction; a bad page is recorded with its reason and the rest still go in. Headline scores
 * are refreshed at the end.
 */
export async function ingestSources(
  store: ReportWriter,
  sources: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const registry = getCountryRegistry();
  await store.syncCountries(registry);
  // A database from before pinpoints: its unchanged pages are skipped below, so number them here.
  await store.backfillPinpoints();
  const summary: IngestSummary = {
    pages: 0,
    stored: 0,
    rescored: 0,
    unchanged: 0,
    editions: 0,
    failed: [],
    unknownHeadings: new Map(),
    reportsByYear: new Map(),
    countries: new Set(),
    elapsedMs: 0,
  };
  const touched = new Set<string>();
  const seen = new Map<string, string>();
  /** Reports this run stored from an edition: a second edition of one is recorded beside it, not a rival. */
  const editionReports = new Set<string>();
  const now = options.now ?? (() => new Date());
  const pool = new PagePool(options.threads ?? availableParallelism(), {
    ...(options.pageWorker ? { workerScript: options.pageWorker } : {}),
  });

  const report = (origin: string, outcome: PageOutcome) => options.onPage?.({ origin, outcome, summary });
  const fail = (origin: string, code: string, message: string) => {
    summary.failed.push({ origin, code, message });
    report(origin, 'failed');
  };
  const claim = (countryCode: string, year: number, origin: string): boolean => {
    const key = `${countryCode}:${year}`;
    const earlier = seen.get(key);
    if (earlier) {
      const name = registry.byIsoCode(countryCode)?.name ?? countryCode;
      fail(
        origin,
        'duplicate_report',
        `a second ${year} page for ${name} (first: ${earlier}); the first is kept`,
      );
      return false;
    }
    seen.set(key, origin);
    // A page replacing the report this run first took from its PDF is still one report.
    if (editionReports.has(key)) return true;
    summary.reportsByYear.set(year, (summary.reportsByYear.get(year) ?? 0) + 1);
    summary.countries.add(countryCode);
    return true;
  };

  /** Stores one report of a page: replaced when new or changed, rescored when only the method moved. */
  const storeReport = async (
    country: Country,
    sha256: string,
    origin: string,
    { report: parsed, score, profiles }: ProcessedReport,
  ): Promise<'stored' | 'rescored'> => {
    for (const [index, section] of parsed.sections.entries()) {
      if (section.key !== 'other' || !parsed.paragraphs.some((p) => p.sectionIndex === index)) continue;
      const heading = section.headingPath.join(' > ');
      summary.unknownHeadings.set(heading, (summary.unknownHeadings.get(heading) ?? 0) + 1);
    }
    touched.add(country.code);
    const stored = await store.findReportDigest(country.code, parsed.year);
    if (stored && stored.sha256 === sha256 && stored.parserVersion === PARSER_VERSION) {
      await store.replaceScore(stored.id, score, profiles);
      summary.rescored += 1;
      return 'rescored';
    }
    await store.replaceReport(
      country,
      parsed,
      { sha256, origin, retrievedAt: now().toISOString(), parserVersion: PARSER_VERSION },
      score,
      profiles,
    );
    summary.stored += 1;
    return 'stored';
  };

  /**
   * Stores one processed page; runs strictly in page order. A page that prints a territory's part in
   * full (the West Bank and Gaza after Israel) stores one report per part, all with the page's sha256.
   */
  const storeProcessed = async (origin: string, sha256: string, processed: ProcessedPage): Promise<void> => {
    if (!processed.ok) return fail(origin, processed.code, processed.message);
    const [main, ...territories] = processed.reports;
    if (!main) return fail(origin, 'no_report_body', 'the page holds no report');
    const country = registry.identifyReportCountry(main.report.pageCountryName);
    if (!country)
      return fail(
        origin,
        'unknown_country',
        `no country in the registry matches the page's name "${main.report.pageCountryName}"`,
      );
    if (!claim(country.code, main.report.year, origin)) return;
    let outcome = await storeReport(country, sha256, origin, main);
    for (const part of territories) {
      const territory = registry.identifyReportCountry(part.report.pageCountryName);
      // Only a territory the registry publishes with this country becomes a destination of its own.
      if (!territory || territory.reportedWith !== country.code) {
        fail(
          `${origin}#${part.report.pageCountryName}`,
          'unknown_country',
          `the page prints a part "${part.report.pageCountryName}" that is no territory published with ${country.name}; only ${country.name}'s part was stored`,
        );
        continue;
      }
      if (!claim(territory.code, part.report.year, `${origin}#${territory.code}`)) continue;
      if ((await storeReport(territory, sha256, origin, part)) === 'stored') outcome = 'stored';
    }
    report(origin, outcome);
  };

  /**
   * A PDF or plain-text edition. Beside a report held from its page it is recorded as a second
   * source and changes nothing else; where no page is held it is the report, and its quotes cite
   * the edition's address. Nothing is written before the edition has been read and parsed, so a
   * damaged, encrypted or image-only file leaves the store as it was.
   */
  const handleEdition = async (origin: string, raw: Buffer, kind: EditionKind): Promise<void> => {
    const sha256 = sha256Of(raw);
    const [known] = await store.findEditionsBySha256(sha256);
    if (known && known.parserVersion === PARSER_VERSION) {
      const held = await store.findReportDigest(known.countryCode, known.year);
      if (held && (held.sha256 !== sha256 || held.methodVersion === METHOD_VERSION)) {
        summary.unchanged += 1;
        touched.add(known.countryCode);
        return report(origin, 'unchanged');
      }
    }
    let parsed: ParseEditionResult;
    if (kind === 'pdf') {
      const text = await extractPdfText(raw, path.basename(origin));
      if (!text.ok) return fail(origin, text.code, text.message);
      parsed = parseEditionPages(text.pages, origin);
    } else {
      parsed = parseEditionText(raw, origin);
    }
    if (!parsed.ok) return fail(origin, parsed.code, parsed.message);
    const { year, pageCountryName, sourceUrl } = parsed.report;
    const country = registry.identifyReportCountry(pageCountryName);
    if (!country) {
      return fail(
        origin,
        'unknown_country',
        `no country in the registry matches the edition's name "${pageCountryName}"`,
      );
    }
    const key = `${country.code}:${year}`;
    const held = await store.findReportDigest(country.code, year);
    const editions = held ? await store.listEditions(country.code, year) : [];
    const heldFromPage = held !== undefined && !editions.some((edition) => edition.sha256 === held.sha256);
    // Recorded before the report is stored: a run killed in between finds the edition and stores the report next time.
    await store.recordEdition({
      countryCode: country.code,
      year,
      kind,
      address: sourceUrl,
      origin,
      sha256,
      retrievedAt: now().toISOString(),
      parserVersion: PARSER_VERSION,
    });
    if (heldFromPage || (editionReports.has(key) && held?.sha256 !== sha256) || seen.has(key)) {
      summary.editions += 1;
      return report(origin, 'edition');
    }
    if (!editionReports.has(key)) {
      editionReports.add(key);
      summary.reportsByYear.set(year, (summary.reportsByYear.get(year) ?? 0) + 1);
      summary.countries.add(country.code);
    }
    const outcome = await storeReport(
      country,
      sha256,
      origin,
      processReport(parsed.report, placesAbroadFor(country.code)),
    );
    report(origin, outcome);
  };

  const inFlight: Array<{ origin: string; sha256: string; result: Promise<ProcessedPage> }> = [];
  const drainOne = async () => {
    const next = inFlight.shift();
    if (next) await storeProcessed(next.origin, next.sha256, await next.result);
  };

  const handle = async (page: SourcePage) => {
    summary.pages += 1;
    if (!page.ok) return fail(page.origin, page.code, page.message);
    const editionKind = editionKindOf(page.origin, page.raw);
    if (editionKind) {
      // Editions are read on this thread, after the pages before them, so stores stay in source order.
      while (inFlight.length > 0) await drainOne();
      return handleEdition(page.origin, page.raw, editionKind);
    }
    const sha256 = sha256Of(page.raw);
    const known = await store.findReportBySha256(sha256);
    if (known && known.parserVersion === PARSER_VERSION && known.methodVersion === METHOD_VERSION) {
      // Pages are claimed in source order, so which of two duplicates wins never depends on timing.
      while (inFlight.length > 0) await drainOne();
      if (!claim(known.countryCode, known.year, page.origin)) return;
      summary.unchanged += 1;
      touched.add(known.countryCode); // a killed run may have stored the report but not its headline score
      return report(page.origin, 'unchanged');
    }
    const result = pool.process(page.raw);
    result.catch(() => undefined); // awaited in order by drainOne; this only prevents an early unhandled rejection
    inFlight.push({ origin: page.origin, sha256, result });
    if (inFlight.length >= WINDOW) await drainOne();
  };

  try {
    for (const source of sources) {
      options.onSourceStart?.(source);
      for await (const page of readSource(source, options)) await handle(page);
    }
    while (inFlight.length > 0) await drainOne();
  } finally {
    await pool.close();
  }
  if (touched.size > 0) await refreshCountryScores(store, [...touched]);
  // Reports stored above carry their profile findings; this recomputes those of unchanged pages
  // whose findings are from another profile version (profiles.json changed), from the stored paragraphs.
  await refreshProfileFindings(store);
  if (summary.stored > 0) await store.optimizeSearchIndex();
  summary.elapsedMs = Date.now() - started;
  return summary;
}
