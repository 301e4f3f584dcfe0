import { placesAbroadFor } from '../data/places-abroad';
import {
  ASSERTION_STATUSES,
  CATEGORY_IDS,
  type AssertionStatus,
  type CategoryId,
} from '../scoring/categories';
import { analyzeSentence } from '../scoring/text-analyzer';
import type { CategoryLabels } from './sentence-set';

/** One labelled sentence with its text, as the evaluation reads it (text resolved from the corpus at run time). */
export interface LabelledSentence {
  id: string;
  year: number;
  /** The report's country (ISO 3166 code): with it, an abuse the sentence places in another country is abroad. */
  country?: string;
  text: string;
  gold: CategoryLabels;
}

/** What the service says of one category in one sentence: its strongest status, or `none` without a cue. */
export type PredictedStatus = AssertionStatus | 'none';

export interface SentencePrediction {
  id: string;
  gold: CategoryLabels;
  status: Record<CategoryId, PredictedStatus>;
}

/**
 * Runs the analyser on each sentence alone, as `POST /v1/analyze` does with the report's `country` and `year`. A
 * category is predicted `asserted` when any of its signals is asserted; otherwise the first other status found stands
 * for it (for the confusion table).
 */
export function predictSentences(sentences: readonly LabelledSentence[]): SentencePrediction[] {
  return sentences.map((sentence) => {
    const status = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 'none'])) as Record<
      CategoryId,
      PredictedStatus
    >;
    const options = { reportYear: sentence.year, placesAbroad: placesAbroadFor(sentence.country) };
    for (const signal of analyzeSentence(sentence.text, options)) {
      if (signal.status === 'asserted' || status[signal.category] === 'none')
        status[signal.category] = signal.status;
    }
    return { id: sentence.id, gold: sentence.gold, status };
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PrfWithInterval {
  precision: number;
  recall: number;
  f1: number;
  positives: number;
  counts: Counts;
  /** 95% percentile bootstrap intervals (resampling sentences). */
  interval: { precision: [number, number]; recall: [number, number]; f1: [number, number] };
}

function countsFor(predictions: readonly SentencePrediction[], categories: readonly CategoryId[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const p of predictions) {
    for (const category of categories) {
      const predicted = p.status[category] === 'asserted';
      const gold = p.gold[category];
      if (predicted && gold) counts.tp += 1;
      else if (predicted) counts.fp += 1;
      else if (gold) counts.fn += 1;
    }
  }
  return counts;
}

/** Precision, recall and F1; an empty denominator gives 0 (nothing predicted or nothing to find). */
export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Deterministic generator (mulberry32) so the intervals are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[index] ?? 0;
}

/** Precision, recall and F1 over the given categories, with 95% bootstrap intervals over sentences. */
export function scorePredictions(
  predictions: readonly SentencePrediction[],
  categories: readonly CategoryId[],
  options: { resamples?: number; seed?: number } = {},
): PrfWithInterval {
  return scoreWithBootstrap(predictions, (sample) => countsFor(sample, categories), options);
}

function countsForAnyAbuse(predictions: readonly SentencePrediction[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const p of predictions) {
    const predicted = CATEGORY_IDS.some((c) => p.status[c] === 'asserted');
    const gold = CATEGORY_IDS.some((c) => p.gold[c]);
    if (predicted && gold) counts.tp += 1;
    else if (predicted) counts.fp += 1;
    else if (gold) counts.fn += 1;
  }
  return counts;
}

/**
 * The first question a filing asks of a quote: is it evidence of some abuse at all? One pair per sentence, asserted
 * when any category is, so a sentence counted under a neighbouring category (an arrest of a protester as arbitrary
 * detention where the gold says political prisoners) is right here and wrong in the per-category figures.
 */
export function scoreAnyAbuse(
  predictions: readonly SentencePrediction[],
  options: { resamples?: number; seed?: number } = {},
): PrfWithInterval {
  return scoreWithBootstrap(predictions, countsForAnyAbuse, options);
}

/** Precision, recall and F1 of `countsOf` over the items, with 95% percentile bootstrap intervals over the items. */
export function scoreWithBootstrap<T>(
  predictions: readonly T[],
  countsOf: (sample: readonly T[]) => Counts,
  options: { resamples?: number; seed?: number },
): PrfWithInterval {
  const counts = countsOf(predictions);
  const point = prf(counts);
  const random = seededRandom(options.seed ?? 20261130);
  const resamples = options.resamples ?? 1000;
  const samples = { precision: [] as number[], recall: [] as number[], f1: [] as number[] };
  for (let r = 0; r < resamples && predictions.length > 0; r += 1) {
    const draw: T[] = [];
    for (let i = 0; i < predictions.length; i += 1) {
      draw.push(predictions[Math.floor(random() * predictions.length)] as T);
    }
    const value = prf(countsOf(draw));
    samples.precision.push(value.precision);
    samples.recall.push(value.recall);
    samples.f1.push(value.f1);
  }
  const interval = (values: number[]): [number, number] => {
    const sorted = [...values].sort((a, b) => a - b);
    return [percentile(sorted, 0.025), percentile(sorted, 0.975)];
  };
  return {
    ...point,
    positives: counts.tp + counts.fn,
    counts,
    interval: {
      precision: interval(samples.precision),
      recall: interval(samples.recall),
      f1: interval(samples.f1),
    },
  };
}

export type StatusConfusion = Record<'gold_asserted' | 'gold_not_asserted', Record<PredictedStatus, number>>;

/** For every (sentence, category) pair: the gold answer against the status the service gave. */
export function confuseStatuses(predictions: readonly SentencePrediction[]): StatusConfusion {
  const empty = (): Record<PredictedStatus, number> =>
    Object.fromEntries([...ASSERTION_STATUSES, 'none'].map((s) => [s, 0])) as Record<PredictedStatus, number>;
  const table: StatusConfusion = { gold_asserted: empty(), gold_not_asserted: empty() };
  for (const p of predictions) {
    for (const category of CATEGORY_IDS) {
      const row = p.gold[category] ? table.gold_asserted : table.gold_not_asserted;
      row[p.status[category]] += 1;
    }
  }
  return table;
}

/** Cohen's kappa between two annotators' yes/no answers. */
export function cohenKappa(a: readonly boolean[], b: readonly boolean[]): number {
  if (a.length !== b.length) throw new Error('kappa needs two answers per item');
  const n = a.length;
  if (n === 0) return 0;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (let i = 0; i < n; i += 1) {
    if (a[i] === b[i]) agree += 1;
    if (a[i]) aYes += 1;
    if (b[i]) bYes += 1;
  }
  const observed = agree / n;
  const expected = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}
