import { z } from 'zod';
import weightsJson from './weights/weights.json';
import lexiconJson from './lexicon/lexicon.json';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from './categories';
import type { ForeignPlaces } from './foreign-places';
import type { ParsedReport, SectionKey } from './report-model';
import { analyzeText, LEXICON_VERSION, type AnalyzedSentence } from './text-analyzer';
import { DEFAULT_QUOTE_ORDER, quoteLogOdds, type QuoteOrder } from './quote-order';
import {
  BANDS,
  type Band,
  type CarriedForward,
  type CategoryScore,
  type Evidence,
  type HeadlineScore,
  type Quote,
  type ReportScore,
} from './score-model';

const CategoryNumbers = z.object(
  Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.number().nonnegative()])) as Record<
    CategoryId,
    z.ZodNumber
  >,
);

const WeightsSchema = z.object({
  version: z.string(),
  comment: z.string().optional(),
  sectionWeights: z
    .object({ default: z.number() })
    .and(z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())]))),
  saturation: CategoryNumbers,
  categoryWeights: CategoryNumbers,
  bandThresholds: z.array(z.number()).length(4),
  evidencePerCategory: z.number().int().positive(),
  lengthAdjustment: z.object({
    /** Report length (characters) at which the raw sums count as they are. */
    reference: z.number().positive(),
    /** 0.5: a report four times as long needs twice the evidence for the same category score. */
    exponent: z.number().nonnegative(),
    /** Shorter reports count as this long, so a few sentences in a stub cannot saturate a category. */
    shortest: z.number().positive(),
  }),
});
export type ScoringWeights = z.infer<typeof WeightsSchema>;

/** The weights shipped with the service (scoring/weights/weights.json), validated once. */
export const DEFAULT_WEIGHTS: ScoringWeights = WeightsSchema.parse(weightsJson);

/** The section each category is normally reported in; its absence lowers confidence and triggers carry-forward. */
export const HOME_SECTION: Record<CategoryId, SectionKey> = {
  killings: 'killings',
  disappearance: 'disappearance',
  torture: 'torture',
  detention_conditions: 'prison_conditions',
  arbitrary_detention: 'arbitrary_arrest',
  political_prisoners: 'political_prisoners',
  refoulement: 'refugees',
};

/** FNV-1a over a string: a stable, dependency-free fingerprint for the method version. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Version of the whole method: changes whenever the lexicon or any weight changes, so stored scores
 * made with another method are recomputed. Both default to what ships with the code.
 */
export function methodVersionFor(
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  lexicon: unknown = lexiconJson,
): string {
  // The fingerprint covers the lexicon too, so an edit that forgot to bump a version still changes it, and the
  // quote order, since stored evidence is kept in that order.
  return `${LEXICON_VERSION}+${weights.version}.${fingerprint(JSON.stringify([lexicon, weights, DEFAULT_QUOTE_ORDER]))}`;
}
export const METHOD_VERSION = methodVersionFor();

// Stringifying the lexicon for every report cost more than a second over the corpus: one version per weights object.
const versionByWeights = new WeakMap<ScoringWeights, string>([[DEFAULT_WEIGHTS, METHOD_VERSION]]);
function cachedMethodVersion(weights: ScoringWeights): string {
  let version = versionByWeights.get(weights);
  if (version === undefined) {
    version = methodVersionFor(weights);
    versionByWeights.set(weights, version);
  }
  return version;
}

/** How much a sentence in `section` counts toward `category`. */
export function sectionWeight(weights: ScoringWeights, category: CategoryId, section: SectionKey): number {
  const table = weights.sectionWeights[category];
  if (typeof table === 'object' && table !== null && section in table) return table[section] ?? 0;
  return weights.sectionWeights.default;
}

/** Diminishing returns: the first sentences move the score most; it approaches 100 but never exceeds it. */
export function saturate(raw: number, saturation: number): number {
  return 100 * (1 - Math.exp(-raw / saturation));
}

/**
 * What a report's raw sums are divided by before they saturate: (length ÷ reference)^exponent. A long
 * report of a mild country collects more sentences than a short one of a country as mild (more
 * detail, more named cases), so the category scores compare evidence density rather than volume.
 */
export function lengthFactor(textLength: number, weights: ScoringWeights = DEFAULT_WEIGHTS): number {
  const { reference, exponent, shortest } = weights.lengthAdjustment;
  return (Math.max(textLength, shortest) / reference) ** exponent;
}

/** A category score from its raw sum: the length-adjusted sum with diminishing returns (`saturate`). */
export function scoreCategory(
  raw: number,
  textLength: number,
  category: CategoryId,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
): number {
  return round(saturate(raw / lengthFactor(textLength, weights), weights.saturation[category]));
}

/** Band of a 0–100 score given the four thresholds between low|moderate|elevated|high|severe. */
export function bandFor(score: number, thresholds: readonly number[]): Band {
  let index = 0;
  for (const threshold of thresholds) if (score >= threshold) index += 1;
  return BANDS[Math.min(index, BANDS.length - 1)] ?? 'low';
}

/** Weighted mean of the category scores; the weights are documented in METHODOLOGY.md. */
export function combineCategories(scores: Record<CategoryId, number>, weights: ScoringWeights): number {
  let total = 0;
  let weightSum = 0;
  for (const id of CATEGORY_IDS) {
    total += weights.categoryWeights[id] * scores[id];
    weightSum += weights.categoryWeights[id];
  }
  return weightSum > 0 ? round(total / weightSum) : 0;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** An asserted sentence as evidence, with what the analyser said about who did it and how much. */
export interface EvidenceCandidate extends Evidence {
  actor: 'state' | 'non_state' | 'unspecified';
  intensity: number;
}

/** Per paragraph of a report, in order, its sentences that have signals (what `analyzeText` returns). */
export type ParagraphAnalyses = ReadonlyArray<readonly AnalyzedSentence[]>;

/**
 * Analyses every paragraph of a report once (`placesAbroad`: the other countries, for the report's country). Given to `scoreReport`, it spares scoring the analysis;
 * the same signals can then serve profile attribution, which would otherwise analyse the sentences again.
 */
export function analyzeParagraphs(report: ParsedReport, placesAbroad?: ForeignPlaces): AnalyzedSentence[][] {
  return report.paragraphs.map((paragraph) =>
    analyzeText(paragraph.text, { reportYear: report.year, placesAbroad }),
  );
}

function collectCandidates(
  report: ParsedReport,
  weights: ScoringWeights,
  analyses?: ParagraphAnalyses,
): EvidenceCandidate[] {
  const candidates: EvidenceCandidate[] = [];
  for (const [index, paragraph] of report.paragraphs.entries()) {
    const section = report.sections[paragraph.sectionIndex];
    if (!section) continue;
    const heading = section.headingPath[section.headingPath.length - 1] ?? '';
    const sentences = analyses?.[index] ?? analyzeText(paragraph.text, { reportYear: report.year });
    for (const sentence of sentences) {
      for (const signal of sentence.signals) {
        if (!Number.isFinite(signal.weight)) throw new Error(`non-finite weight for cue "${signal.cue}"`);
        if (signal.status !== 'asserted' || signal.weight <= 0) continue;
        const weight = signal.weight * sectionWeight(weights, signal.category, section.key);
        if (weight <= 0) continue;
        candidates.push({
          category: signal.category,
          quote: sentence.text,
          section: section.key,
          heading,
          start: paragraph.start + sentence.start,
          end: paragraph.start + sentence.end,
          weight: round(weight, 3),
          cue: signal.cue,
          actor: signal.actor,
          intensity: signal.intensity,
        });
      }
    }
  }
  return candidates;
}

function toEvidence({ actor: _actor, intensity: _intensity, ...evidence }: EvidenceCandidate): Evidence {
  return evidence;
}

/** Raw asserted signal weight per category, plus every asserted sentence as candidate evidence. */
export function extractEvidence(report: ParsedReport, weights: ScoringWeights = DEFAULT_WEIGHTS): Evidence[] {
  return collectCandidates(report, weights).map(toEvidence);
}

// The executive summary's list of the year's abuses: "Significant human rights issues included
// credible reports of: ..." (2018 on) and "The most significant human rights problems were ..." (2016–2017).
const SUMMARY_LIST =
  /\bhuman rights (?:issues|problems|abuses|concerns)\b[^.;:]{0,120}?\b(?:included|include|were|are)\b/i;
/** A sentence naming this many categories at once is a list, not an incident. */
const LIST_CATEGORY_COUNT = 3;

/**
 * The report's own summary sentence: the first sentence of the executive summary that lists the
 * year's abuses (by its stock wording, or because it names three or more categories at once).
 */
export function findSummary(evidence: readonly Evidence[]): Quote | null {
  const categoriesAt = new Map<number, Set<string>>();
  for (const item of evidence) {
    if (item.section !== 'executive_summary') continue;
    categoriesAt.set(item.start, (categoriesAt.get(item.start) ?? new Set()).add(item.category));
  }
  const listed = evidence
    .filter((item) => item.section === 'executive_summary')
    .filter(
      (item) =>
        SUMMARY_LIST.test(item.quote) || (categoriesAt.get(item.start)?.size ?? 0) >= LIST_CATEGORY_COUNT,
    )
    .sort((a, b) => a.start - b.start)[0];
  if (listed) {
    const { quote, section, heading, start, end } = listed;
    return { quote, section, heading, start, end };
  }
  return null;
}

const MONTHS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const NUMBER =
  /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// Capitalised words that name institutions, sources or sentence furniture, not a place or a victim.
const GENERIC_CAPITALS = new Set(
  (
    'The A An In On At During According Although After Before While When Since Despite Following Of For By ' +
    'Government Ministry Minister Prime President Office Commission Committee Council Department Agency ' +
    'National International United Nations Human Rights Watch Amnesty Police Army Security Forces Force ' +
    'Constitution Law Court Supreme High Section Country Reports Practices State Federal Republic ' +
    'NGO NGOs UN UNHCR There This These Those Such Some Many Several Authorities Officials'
  ).split(' '),
);

function namesSomething(quote: string): boolean {
  const words = quote.split(/\s+/);
  return words.some((word, i) => {
    // A capital after a sentence start or a run-in label ("Administration: Each ...") names nothing.
    if (i === 0 || /[:.]$/.test(words[i - 1] ?? '')) return false;
    const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    return /^\p{Lu}\p{Ll}+$/u.test(bare) && !GENERIC_CAPITALS.has(bare) && !MONTHS.test(bare);
  });
}

/**
 * How specific a quote is, as a lawyer would want it: a count, a date, a named place or person, a
 * state agent, an intense form of the abuse, and an event of the report year. Summaries and list
 * sentences score lower, as do events of earlier years and abuses by private actors. The score
 * only orders quotes; it never changes what a quote adds to the category score.
 */
export function specificityOf(
  item: Evidence & { actor: EvidenceCandidate['actor']; intensity: number },
  reportYear: number,
  categoriesInSentence = 1,
): number {
  let points = 0;
  if (NUMBER.test(item.quote)) points += 1;
  if (MONTHS.test(item.quote)) points += 1;
  if (namesSomething(item.quote)) points += 1;
  if (item.actor === 'state') points += 1;
  if (item.actor === 'non_state') points -= 1;
  if (item.intensity > 1) points += 0.5;
  const years = [...item.quote.matchAll(YEAR)].map((match) => Number(match[0]));
  if (years.includes(reportYear)) points += 0.5;
  else if (years.some((year) => year < reportYear)) points -= 1;
  if (item.section === 'executive_summary') points -= 1;
  if (categoriesInSentence >= LIST_CATEGORY_COUNT) points -= 1;
  return points;
}

/**
 * Orders one category's evidence for display: most specific and most likely right first (see `specificityOf`,
 * and `quoteLogOdds` weighted by the order model's `reliabilityWeight`), then the heavier sentence, then page
 * order. `categoriesAt` counts the categories each sentence (by start offset) is evidence for; without it only
 * the candidates given are counted.
 */
export function rankEvidence(
  candidates: readonly EvidenceCandidate[],
  reportYear: number,
  order: QuoteOrder = DEFAULT_QUOTE_ORDER,
  categoriesAt: ReadonlyMap<number, ReadonlySet<string>> = countCategoriesAt(candidates),
): EvidenceCandidate[] {
  const keyed = candidates.map((item) => {
    const categoriesInSentence = categoriesAt.get(item.start)?.size ?? 1;
    const reliability =
      order.reliabilityWeight === 0 ? 0 : quoteLogOdds({ ...item, categoriesInSentence }, order);
    return {
      item,
      specificity:
        specificityOf(item, reportYear, categoriesInSentence) + order.reliabilityWeight * reliability,
    };
  });
  keyed.sort(
    (a, b) => b.specificity - a.specificity || b.item.weight - a.item.weight || a.item.start - b.item.start,
  );
  return keyed.map(({ item }) => item);
}

/** How many categories each sentence (by start offset) is evidence for. */
function countCategoriesAt(candidates: readonly EvidenceCandidate[]): Map<number, Set<string>> {
  const categoriesAt = new Map<number, Set<string>>();
  for (const item of candidates)
    categoriesAt.set(item.start, (categoriesAt.get(item.start) ?? new Set()).add(item.category));
  return categoriesAt;
}

/** What the report covers: its section keys and the categories whose home section is missing. */
export function describeCoverage(report: ParsedReport): ReportScore['coverage'] {
  const sections = [...new Set(report.sections.map((section) => section.key))];
  const present = new Set(sections);
  return {
    sections,
    missingCategories: CATEGORY_IDS.filter((id) => !present.has(HOME_SECTION[id])),
    textLength: report.text.length,
  };
}

/**
 * Confidence in a report's score: lower when home sections are missing or the report is short
 * (a short report says less, so absence of evidence weighs less).
 */
export function confidenceFor(coverage: ReportScore['coverage']): number {
  const missingPenalty = 0.08 * coverage.missingCategories.length;
  const shortPenalty = coverage.textLength < 15000 ? 0.25 : coverage.textLength < 30000 ? 0.1 : 0;
  return round(Math.max(0.2, 1 - missingPenalty - shortPenalty), 2);
}

/**
 * Scores one report: every asserted sentence counts with its signal weight times its section
 * weight; per category the sum, adjusted for the report's length, saturates into 0–100; the overall
 * score is the weighted mean.
 * `analyses` (from `analyzeParagraphs` of this report) saves analysing the paragraphs again.
 */
export function scoreReport(
  report: ParsedReport,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  analyses?: ParagraphAnalyses,
  order: QuoteOrder = DEFAULT_QUOTE_ORDER,
): ReportScore {
  const all = collectCandidates(report, weights, analyses);
  const categoriesAt = countCategoriesAt(all);
  const coverage = describeCoverage(report);
  const summary = findSummary(all);
  const categories = {} as Record<CategoryId, CategoryScore>;
  const evidence: Evidence[] = [];
  for (const id of CATEGORY_IDS) {
    const items = all.filter((item) => item.category === id);
    const raw = items.reduce((sum, item) => sum + item.weight, 0);
    categories[id] = {
      score: scoreCategory(raw, coverage.textLength, id, weights),
      raw: round(raw, 3),
      evidenceCount: items.length,
      covered: !coverage.missingCategories.includes(id),
    };
    // The summary sentence counts in every category it names but is quoted once, as `summary`.
    const shown = rankEvidence(
      items.filter((item) => item.start !== summary?.start),
      report.year,
      order,
      categoriesAt,
    );
    evidence.push(...shown.slice(0, weights.evidencePerCategory).map(toEvidence));
  }
  const score = combineCategories(
    Object.fromEntries(CATEGORY_IDS.map((id) => [id, categories[id].score])) as Record<CategoryId, number>,
    weights,
  );
  return {
    methodVersion: cachedMethodVersion(weights),
    year: report.year,
    score,
    band: bandFor(score, weights.bandThresholds),
    confidence: confidenceFor(coverage),
    categories,
    coverage,
    evidence,
    summary,
  };
}

/** A report shorter than this share of the previous one is treated as shortened (the 2024 edition). */
const SHORTENED_RATIO = 0.6;

/**
 * The headline score of a country from its yearly scores (any order). The latest year leads; but a
 * category whose home section the latest report lost, or any category of a report much shorter
 * than the year before, falls back to the most recent earlier year when that year shows more risk.
 * Every fallback is listed in `carriedForward` and in plain words in `notes`.
 */
export function combineYears(
  yearly: readonly ReportScore[],
  weights: ScoringWeights = DEFAULT_WEIGHTS,
): HeadlineScore {
  const sorted = [...yearly].sort((a, b) => b.year - a.year);
  const latest = sorted[0];
  if (!latest) throw new Error('combineYears needs at least one report score');
  const previous = sorted[1];
  const shortened =
    previous !== undefined && latest.coverage.textLength < SHORTENED_RATIO * previous.coverage.textLength;
  const categories = {} as HeadlineScore['categories'];
  const carriedForward: CarriedForward[] = [];
  for (const id of CATEGORY_IDS) {
    const current = latest.categories[id];
    categories[id] = { score: current.score, evidenceCount: current.evidenceCount, year: latest.year };
    const lostSection = !current.covered;
    if (!lostSection && !shortened) continue;
    const earlier = sorted.slice(1).find((report) => report.categories[id].covered);
    if (!earlier || earlier.categories[id].score <= current.score) continue;
    const reason = lostSection ? 'section_missing' : 'report_shortened';
    const label = CATEGORY_LABELS[id].toLowerCase();
    const note = lostSection
      ? `The ${latest.year} report has no section on ${label}; this figure uses the ${earlier.year} report.`
      : `The ${latest.year} report is much shorter than the ${previous?.year} report and says less about ${label}; this figure uses the ${earlier.year} report, which shows more risk.`;
    categories[id] = {
      score: earlier.categories[id].score,
      evidenceCount: earlier.categories[id].evidenceCount,
      year: earlier.year,
    };
    carriedForward.push({ category: id, fromYear: earlier.year, reason, note });
  }
  const score = combineCategories(
    Object.fromEntries(CATEGORY_IDS.map((id) => [id, categories[id].score])) as Record<CategoryId, number>,
    weights,
  );
  const notes = carriedForward.map((entry) => entry.note);
  if (shortened) {
    notes.unshift(
      `The ${latest.year} report is about ${Math.round((100 * latest.coverage.textLength) / (previous?.coverage.textLength ?? 1))}% as long as the ${previous?.year} report; topics it dropped are not evidence that abuses stopped.`,
    );
  }
  const confidence = carriedForward.length > 0 ? Math.min(latest.confidence, 0.8) : latest.confidence;
  return {
    methodVersion: latest.methodVersion,
    year: latest.year,
    score,
    band: bandFor(score, weights.bandThresholds),
    confidence,
    categories,
    carriedForward,
    notes,
  };
}

/**
 * A link to the source page that highlights the quote (a URL text fragment). Long quotes use the
 * `start,end` form so the link stays short.
 */
export function buildTextFragmentUrl(sourceUrl: string, quote: string): string {
  const encode = (text: string) =>
    encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const base = sourceUrl.split('#')[0] ?? sourceUrl;
  const words = quote.trim().split(/\s+/);
  if (words.length <= 10) return `${base}#:~:text=${encode(words.join(' '))}`;
  return `${base}#:~:text=${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}`;
}
