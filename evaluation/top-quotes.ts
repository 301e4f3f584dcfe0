import path from 'path';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import type { ParsedReport } from '../scoring/report-model';
import { DEFAULT_QUOTE_ORDER, type QuoteOrder } from '../scoring/quote-order';
import { DEFAULT_WEIGHTS, analyzeParagraphs, scoreReport } from '../scoring/report-scorer';
import { placesAbroadFor } from '../data/places-abroad';
import { scoreWithBootstrap, type Counts } from './sentence-accuracy';
import {
  archivesIn,
  hashSentence,
  loadSentenceSet,
  loadSentenceSplit,
  readCorpusReports,
  sentenceIdFor,
  type CorpusReport,
  type SentenceReference,
  type SentenceSet,
} from './sentence-set';

/**
 * The quotes a filing sees first: for each test-part country and each of the latest two report years, the top
 * `TOP_QUOTES_PER_CATEGORY` quotes of every category, in the order the service shows them (`rankEvidence`, the
 * summary list left out). The sentence set measures every sentence alike; this measures the few a lawyer reads.
 * The quotes are labelled blind (annotators see the sentence, not the category it was quoted under) with the same
 * guide, and kept as references in `TOP_QUOTE_SET_FILE`.
 */
export const TOP_QUOTE_YEARS = [2023, 2024] as const;
export const TOP_QUOTES_PER_CATEGORY = 3;
export const TOP_QUOTE_SET_FILE = path.resolve(__dirname, 'labels', 'top-quote-set.json');

/** One quote as the service ranks it today. */
export interface TopQuote {
  id: string;
  iso3: string;
  year: number;
  category: CategoryId;
  /** 1 for the category's first quote. */
  rank: number;
  pageSha256: string;
  start: number;
  end: number;
  text: string;
  section: string;
  heading: string;
}

/** The top quotes of every category of one report, in display order. */
export function topQuotesOf(
  report: ParsedReport,
  pageSha256: string,
  iso3: string,
  perCategory = TOP_QUOTES_PER_CATEGORY,
  order: QuoteOrder = DEFAULT_QUOTE_ORDER,
): TopQuote[] {
  const analyses = analyzeParagraphs(report, placesAbroadFor(iso3));
  const evidence = scoreReport(report, DEFAULT_WEIGHTS, analyses, order).evidence;
  return CATEGORY_IDS.flatMap((category) =>
    evidence
      .filter((item) => item.category === category)
      .slice(0, perCategory)
      .map((item, index) => ({
        id: sentenceIdFor(pageSha256, item.start),
        iso3,
        year: report.year,
        category,
        rank: index + 1,
        pageSha256,
        start: item.start,
        end: item.end,
        text: item.quote,
        section: item.section,
        heading: item.heading,
      })),
  );
}

/** One part's reports of the top-quote years. */
export async function readTopQuoteReports(corpusDir: string, part: 'dev' | 'test'): Promise<CorpusReport[]> {
  const countries = new Set((await loadSentenceSplit())[part]);
  const reports: CorpusReport[] = [];
  for await (const entry of readCorpusReports(archivesIn(corpusDir, TOP_QUOTE_YEARS))) {
    if (countries.has(entry.iso3)) reports.push(entry);
  }
  return reports;
}

/** Today's top quotes of the latest two reports of one part's countries (dev to tune the order, test to score it). */
export async function currentTopQuotes(
  corpusDir: string,
  part: 'dev' | 'test' = 'test',
  perCategory = TOP_QUOTES_PER_CATEGORY,
): Promise<TopQuote[]> {
  return (await readTopQuoteReports(corpusDir, part)).flatMap(({ sha256, iso3, report }) =>
    topQuotesOf(report, sha256, iso3, perCategory),
  );
}

/** Share of quotes that are right, with a 95% percentile bootstrap interval over the quotes. */
export interface QuotePrecision {
  quotes: number;
  right: number;
  precision: number;
  interval: [number, number];
}

export interface TopQuoteEvaluation {
  /** Today's top quotes, and how many of them carry a gold label. */
  quotes: number;
  labelled: number;
  countries: number;
  /** Labelled first quotes whose gold asserts the category they are quoted under. */
  atFirst: QuotePrecision;
  /** The same over every labelled top quote. */
  atTop: QuotePrecision;
  /** Labelled top quotes whose sentence the gold says asserts some abuse, whatever the category. */
  someAbuse: QuotePrecision;
  perCategory: Array<{ category: CategoryId } & QuotePrecision>;
}

/** Precision only: every quote shown is a prediction, and recall has no meaning for a top-k list. */
export function quotePrecision(right: readonly boolean[], seed = 20261202): QuotePrecision {
  const countsOf = (sample: readonly boolean[]): Counts => {
    const tp = sample.filter(Boolean).length;
    return { tp, fp: sample.length - tp, fn: 0 };
  };
  const scored = scoreWithBootstrap(right, countsOf, { seed });
  return {
    quotes: right.length,
    right: scored.counts.tp,
    precision: scored.precision,
    interval: scored.interval.precision,
  };
}

/** Scores today's top quotes of one part against the labelled top-quote set. */
export async function evaluateTopQuotes(
  corpusDir: string,
  part: 'dev' | 'test' = 'test',
): Promise<TopQuoteEvaluation> {
  return scoreTopQuotes(await currentTopQuotes(corpusDir, part), await loadSentenceSet(TOP_QUOTE_SET_FILE));
}

/** Scores the given top quotes against a labelled set; quotes with no label are counted, not scored. */
export function scoreTopQuotes(quotes: readonly TopQuote[], set: SentenceSet): TopQuoteEvaluation {
  const gold = new Map<string, SentenceReference>(set.sentences.map((s) => [s.id, s]));
  const labelled = quotes.filter((q) => gold.get(q.id)?.sentenceSha256 === hashSentence(q.text));
  const isRight = (q: TopQuote): boolean => gold.get(q.id)?.gold.asserted.includes(q.category) === true;
  const assertsSome = (q: TopQuote): boolean => (gold.get(q.id)?.gold.asserted.length ?? 0) > 0;
  return {
    quotes: quotes.length,
    labelled: labelled.length,
    countries: new Set(quotes.map((q) => q.iso3)).size,
    atFirst: quotePrecision(labelled.filter((q) => q.rank === 1).map(isRight)),
    atTop: quotePrecision(labelled.map(isRight)),
    someAbuse: quotePrecision(labelled.map(assertsSome)),
    perCategory: CATEGORY_IDS.map((category) => ({
      category,
      ...quotePrecision(labelled.filter((q) => q.category === category).map(isRight)),
    })),
  };
}

/** The EVALUATION.md section's tables. */
export function renderTopQuoteEvaluation(result: TopQuoteEvaluation): string {
  const two = (x: number): string => x.toFixed(2);
  const row = (name: string, m: QuotePrecision): string =>
    `| ${name} | ${m.quotes} | ${m.right} | ${m.quotes ? `${two(m.precision)} (${two(m.interval[0])}–${two(m.interval[1])})` : '–'} |`;
  return [
    `Today's top quotes: ${result.quotes} (at most ${TOP_QUOTES_PER_CATEGORY} a category, ${result.countries} countries, reports ${TOP_QUOTE_YEARS.join(' and ')}); ${result.labelled} of them carry a gold label.`,
    '',
    '| quotes | labelled | right | precision (95% interval) |',
    '|---|---|---|---|',
    row('first quote of each category', result.atFirst),
    row(`top ${TOP_QUOTES_PER_CATEGORY} of each category`, result.atTop),
    row(`top ${TOP_QUOTES_PER_CATEGORY}, evidence of some abuse (any category)`, result.someAbuse),
    '',
    '| category | labelled top quotes | right | precision (95% interval) |',
    '|---|---|---|---|',
    ...result.perCategory.map((c) => row(c.category, c)),
  ].join('\n');
}
