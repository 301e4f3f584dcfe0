import { createHash } from 'crypto';
import { scoreReport, METHOD_VERSION } from '../scoring/report-scorer';
import { getCountryRegistry } from './country-registry';
import { parseReportPage, PARSER_VERSION } from './report-parser';
import { readSource, type SourceOptions } from './report-sources';
import { ReportStore } from './report-store';

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
  failed: IngestFailure[];
  /** Sections whose headings no rule recognised (kept as `other`), by heading path. */
  unknownHeadings: Map<string, number>;
  reportsByYear: Map<number, number>;
  countries: Set<string>;
  elapsedMs: number;
}

export interface IngestProgress {
  onPage?(event: { origin: string; outcome: 'stored' | 'rescored' | 'unchanged' | 'failed'; summary: IngestSummary }): void;
  onSourceStart?(source: string): void;
}

/**
 * Reads every page of the sources, parses, scores and stores it. An unchanged page (same sha256,
 * parser and method) is skipped; a changed one replaces its report in one transaction; a bad page
 * is recorded with its reason and the rest still go in. Headline scores are refreshed at the end.
 */
export async function ingestSources(
  store: ReportStore,
  sources: readonly string[],
  options: SourceOptions & IngestProgress & { now?: () => Date } = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const registry = getCountryRegistry();
  await store.syncCountries(registry);
  const summary: IngestSummary = {
    pages: 0,
    stored: 0,
    rescored: 0,
    unchanged: 0,
    failed: [],
    unknownHeadings: new Map(),
    reportsByYear: new Map(),
    countries: new Set(),
    elapsedMs: 0,
  };
  const touched = new Set<string>();
  const seen = new Map<string, string>();
  const now = options.now ?? (() => new Date());

  const fail = (origin: string, code: string, message: string) => {
    summary.failed.push({ origin, code, message });
    options.onPage?.({ origin, outcome: 'failed', summary });
  };

  for (const source of sources) {
    options.onSourceStart?.(source);
    for await (const page of readSource(source, options)) {
      summary.pages += 1;
      if (!page.ok) {
        fail(page.origin, page.code, page.message);
        continue;
      }
      const parsed = parseReportPage(page.raw);
      if (!parsed.ok) {
        fail(page.origin, parsed.code, parsed.message);
        continue;
      }
      const report = parsed.report;
      const country = registry.identifyReportCountry(report.pageCountryName);
      if (!country) {
        fail(page.origin, 'unknown_country', `no country in the registry matches the page's name "${report.pageCountryName}"`);
        continue;
      }
      const key = `${country.code}:${report.year}`;
      const earlier = seen.get(key);
      if (earlier) {
        fail(page.origin, 'duplicate_report', `a second ${report.year} page for ${country.name} (first: ${earlier}); the first is kept`);
        continue;
      }
      seen.set(key, page.origin);
      for (const [index, section] of report.sections.entries()) {
        if (section.key !== 'other' || !report.paragraphs.some((p) => p.sectionIndex === index)) continue;
        const heading = section.headingPath.join(' > ');
        summary.unknownHeadings.set(heading, (summary.unknownHeadings.get(heading) ?? 0) + 1);
      }
      summary.reportsByYear.set(report.year, (summary.reportsByYear.get(report.year) ?? 0) + 1);
      summary.countries.add(country.code);

      const sha256 = createHash('sha256').update(page.raw).digest('hex');
      const stored = await store.findReportDigest(country.code, report.year);
      if (stored && stored.sha256 === sha256 && stored.parserVersion === PARSER_VERSION) {
        if (stored.methodVersion === METHOD_VERSION) {
          summary.unchanged += 1;
          options.onPage?.({ origin: page.origin, outcome: 'unchanged', summary });
          continue;
        }
        await store.replaceScore(stored.id, scoreReport(report));
        summary.rescored += 1;
        touched.add(country.code);
        options.onPage?.({ origin: page.origin, outcome: 'rescored', summary });
        continue;
      }
      const score = scoreReport(report);
      await store.replaceReport(
        country,
        report,
        { sha256, origin: page.origin, retrievedAt: now().toISOString(), parserVersion: PARSER_VERSION },
        score,
      );
      summary.stored += 1;
      touched.add(country.code);
      options.onPage?.({ origin: page.origin, outcome: 'stored', summary });
    }
  }
  if (touched.size > 0) await store.refreshCountryScores([...touched]);
  summary.elapsedMs = Date.now() - started;
  return summary;
}
