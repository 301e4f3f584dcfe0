import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import { bandFor, saturate } from '../scoring/report-scorer';
import { BANDS } from '../scoring/score-model';
import { spearman } from './statistics';

/**
 * Hand-set starting point of every fit (before any label was seen): killings and torture weigh most,
 * as in the CAT and ICCPR art. 6/7 analysis; saturation at a few strong sentences. Cross-validation
 * starts from here, never from weights fitted on all labels, so held-out countries stay unseen.
 */
export const PRIOR_PARAMS: CalibrationParams = {
  saturation: {
    killings: 6,
    disappearance: 4,
    torture: 6,
    detention_conditions: 4,
    arbitrary_detention: 6,
    political_prisoners: 4,
    refoulement: 2,
  },
  categoryWeights: {
    killings: 0.22,
    disappearance: 0.14,
    torture: 0.22,
    detention_conditions: 0.1,
    arbitrary_detention: 0.12,
    political_prisoners: 0.12,
    refoulement: 0.08,
  },
  bandThresholds: [20, 40, 60, 80],
};

/** One report-year with its raw category sums and the expert label it is compared with. */
export interface CalibrationRow {
  iso3: string;
  year: number;
  /** Raw sums already divided by the report's `lengthFactor`, as the scorer saturates them. */
  raw: Record<CategoryId, number>;
  pts: number;
}

export interface CalibrationParams {
  saturation: Record<CategoryId, number>;
  categoryWeights: Record<CategoryId, number>;
  bandThresholds: [number, number, number, number];
}

export function scoreRow(row: CalibrationRow, params: CalibrationParams): number {
  let total = 0;
  let weightSum = 0;
  for (const id of CATEGORY_IDS) {
    total += params.categoryWeights[id] * saturate(row.raw[id], params.saturation[id]);
    weightSum += params.categoryWeights[id];
  }
  return weightSum > 0 ? Math.round((10 * total) / weightSum) / 10 : 0;
}

export function bandIndex(score: number, thresholds: readonly number[]): number {
  return BANDS.indexOf(bandFor(score, thresholds)) + 1;
}

/** Mean over years of Spearman(score, PTS). */
export function meanYearlySpearman(rows: readonly CalibrationRow[], params: CalibrationParams): number {
  const byYear = new Map<number, CalibrationRow[]>();
  for (const row of rows) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row]);
  let sum = 0;
  let count = 0;
  for (const group of byYear.values()) {
    if (group.length < 5) continue;
    const rho = spearman(
      group.map((row) => scoreRow(row, params)),
      group.map((row) => row.pts),
    );
    if (Number.isFinite(rho)) {
      sum += rho;
      count += 1;
    }
  }
  return count ? sum / count : 0;
}

/** Threshold fitting counts an exact band as 1 and a band within one of PTS as this much more. */
export const WITHIN_ONE_CREDIT = 0.5;

/**
 * Thresholds that best turn scores into PTS-like bands: the exact optimum of the band objective,
 * found by dynamic programming over the distinct scores in order (bands never decrease with the
 * score). Each threshold sits halfway between the last score of one band and the first of the next;
 * ties keep the lower band, so the result is deterministic.
 */
export function fitThresholds(
  scores: readonly number[],
  pts: readonly number[],
): [number, number, number, number] {
  const levels = BANDS.length;
  const order = scores.map((score, i) => ({ score, pts: pts[i] ?? 0 })).sort((a, b) => a.score - b.score);
  const groups: Array<{ score: number; gain: number[] }> = [];
  for (const item of order) {
    let group = groups[groups.length - 1];
    if (!group || group.score !== item.score) {
      group = { score: item.score, gain: new Array<number>(levels).fill(0) };
      groups.push(group);
    }
    for (let band = 1; band <= levels; band += 1) {
      const diff = Math.abs(band - item.pts);
      group.gain[band - 1] =
        (group.gain[band - 1] ?? 0) + (diff === 0 ? 1 : 0) + (diff <= 1 ? WITHIN_ONE_CREDIT : 0);
    }
  }
  if (groups.length === 0) return [20, 40, 60, 80];
  // best[g][b]: best objective of groups 0..g with group g in band b; from[g][b]: band of group g-1.
  const best: number[][] = [];
  const from: number[][] = [];
  groups.forEach((group, g) => {
    best.push([]);
    from.push([]);
    for (let b = 0; b < levels; b += 1) {
      // The first group may start in any band (the thresholds below it are then all under its score).
      let prior = g === 0 ? 0 : -Infinity;
      let arg = 0;
      if (g > 0) {
        for (let a = 0; a <= b; a += 1) {
          const value = best[g - 1]?.[a] ?? -Infinity;
          if (value > prior + 1e-12) {
            prior = value;
            arg = a;
          }
        }
      }
      best[g]?.push(prior + (group.gain[b] ?? 0));
      from[g]?.push(arg);
    }
  });
  const last = best[groups.length - 1] ?? [];
  let band = 0;
  for (let b = 1; b < levels; b += 1)
    if ((last[b] ?? -Infinity) > (last[band] ?? -Infinity) + 1e-12) band = b;
  const bands = new Array<number>(groups.length).fill(0);
  for (let g = groups.length - 1; g >= 0; g -= 1) {
    bands[g] = band;
    band = from[g]?.[band] ?? 0;
  }
  const thresholds: number[] = [];
  for (let b = 1; b < levels; b += 1) {
    const firstIn = bands.findIndex((value) => value >= b);
    if (firstIn === -1) thresholds.push(100 - (levels - b) * 0.5);
    else if (firstIn === 0) thresholds.push(Math.max(0, (groups[0]?.score ?? 0) - 0.5) - (levels - b) * 1e-3);
    else {
      const low = groups[firstIn - 1]?.score ?? 0;
      const high = groups[firstIn]?.score ?? 0;
      thresholds.push(Math.round(((low + high) / 2) * 100) / 100);
    }
  }
  return thresholds as [number, number, number, number];
}

/**
 * Every category keeps at least this share of the overall score: the expert scale we fit to (PTS)
 * does not code prison conditions or refoulement, but for a removal decision they matter, so the fit
 * may not silence them.
 */
export const MIN_CATEGORY_SHARE = 0.05;

function respectsFloor(weights: Record<CategoryId, number>): boolean {
  const sum = CATEGORY_IDS.reduce((total, id) => total + weights[id], 0);
  return CATEGORY_IDS.every((id) => weights[id] / sum >= MIN_CATEGORY_SHARE - 1e-9);
}

/**
 * In no report year may more than this share of countries reach 95 in a category: a subscore that
 * puts Mongolia and Syria both at the top tells a lawyer nothing (issue 11). Fitted on the labelled
 * countries with a margin, so that the 15 % limit also holds for all countries.
 */
export const MAX_TOP_SHARE = 0.1;
/** A category score at or above this is "at the top". */
export const TOP_SCORE = 95;

/**
 * The smallest saturation that keeps every year's share of category scores at or above TOP_SCORE
 * within MAX_TOP_SHARE. A score reaches TOP_SCORE when raw ≥ saturation · ln(100 / (100 − TOP_SCORE)),
 * so per year the floor is set by the raw sum just past the allowed count (ties share its fate).
 */
export function saturationFloor(rows: readonly CalibrationRow[], id: CategoryId): number {
  const byYear = new Map<number, number[]>();
  for (const row of rows) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row.raw[id]]);
  // Scores are shown to one decimal, so 94.95 already reads as 95.
  const reach = Math.log(100 / (100 - TOP_SCORE + 0.05));
  let floor = 0.01;
  for (const raws of byYear.values()) {
    const sorted = [...raws].sort((a, b) => b - a);
    const allowed = Math.floor(MAX_TOP_SHARE * sorted.length);
    const firstBarred = sorted[allowed] ?? 0;
    // Rounded up to the 0.01 the weights file keeps.
    floor = Math.max(floor, Math.ceil((100 * firstBarred) / reach) / 100 + 0.01);
  }
  return floor;
}

const MAX_PASSES = 10;

/**
 * The share of all labelled country-years that must reach CEILING_SCORE in each category, so a
 * category the overall fit barely uses (prison conditions, refoulement) still spans the scale.
 */
export const MIN_HIGH_SHARE = 0.05;
export const CEILING_SCORE = 90;

/**
 * The largest saturation at which the top MIN_HIGH_SHARE of country-years still score CEILING_SCORE
 * or more in the category; never below the floor, which takes precedence.
 */
export function saturationCeiling(rows: readonly CalibrationRow[], id: CategoryId): number {
  const sorted = rows.map((row) => row.raw[id]).sort((a, b) => b - a);
  const lastHigh = sorted[Math.max(0, Math.ceil(MIN_HIGH_SHARE * sorted.length) - 1)] ?? 0;
  const ceiling = Math.floor((100 * lastHigh) / Math.log(100 / (100 - CEILING_SCORE))) / 100;
  return Math.max(ceiling, saturationFloor(rows, id));
}

/**
 * Fits saturation and category weights to maximise the mean yearly Spearman correlation with PTS
 * (coordinate search on multiplicative grids from `start`), each saturation kept between its
 * `saturationFloor` and its `saturationCeiling`, then the band thresholds that agree best with PTS (`fitThresholds`).
 * Deterministic: the same rows and start always give the same parameters.
 */
export function fitParams(rows: readonly CalibrationRow[], start: CalibrationParams): CalibrationParams {
  let params: CalibrationParams = structuredClone(start);
  const floors = Object.fromEntries(CATEGORY_IDS.map((id) => [id, saturationFloor(rows, id)])) as Record<
    CategoryId,
    number
  >;
  const ceilings = Object.fromEntries(CATEGORY_IDS.map((id) => [id, saturationCeiling(rows, id)])) as Record<
    CategoryId,
    number
  >;
  const clamp = (id: CategoryId, value: number) => Math.min(ceilings[id], Math.max(floors[id], value));
  for (const id of CATEGORY_IDS) params.saturation[id] = clamp(id, params.saturation[id]);
  let best = meanYearlySpearman(rows, params);
  const factors = [0.5, 0.7, 0.85, 0.95, 1.05, 1.2, 1.4, 2];
  // Passes until one changes nothing (at most MAX_PASSES): the result does not depend on a pass count.
  for (let pass = 0, improved = true; improved && pass < MAX_PASSES; pass += 1) {
    improved = false;
    for (const id of CATEGORY_IDS) {
      for (const field of ['saturation', 'categoryWeights'] as const) {
        for (const factor of factors) {
          const trial = structuredClone(params);
          const scaled = params[field][id] * factor;
          trial[field][id] = field === 'saturation' ? clamp(id, scaled) : Math.max(0.01, scaled);
          if (trial[field][id] === params[field][id]) continue;
          if (field === 'categoryWeights' && !respectsFloor(trial.categoryWeights)) continue;
          const objective = meanYearlySpearman(rows, trial);
          if (objective > best + 1e-5) {
            best = objective;
            params = trial;
            improved = true;
          }
        }
      }
    }
  }
  const scores = rows.map((row) => scoreRow(row, params));
  params.bandThresholds = fitThresholds(
    scores,
    rows.map((row) => row.pts),
  );
  // Normalise weights to sum to 1 so they read as shares in METHODOLOGY.md.
  const sum = CATEGORY_IDS.reduce((total, id) => total + params.categoryWeights[id], 0);
  for (const id of CATEGORY_IDS)
    params.categoryWeights[id] = Math.round((1000 * params.categoryWeights[id]) / sum) / 1000;
  for (const id of CATEGORY_IDS)
    params.saturation[id] = clamp(id, Math.round(100 * params.saturation[id]) / 100);
  return params;
}

/** Countries split into k folds deterministically (by a hash of the code), so a country's years stay together. */
export function countryFolds(rows: readonly CalibrationRow[], k: number): Map<string, number> {
  const folds = new Map<string, number>();
  for (const row of rows) {
    if (folds.has(row.iso3)) continue;
    let hash = 0;
    for (const char of row.iso3) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
    folds.set(row.iso3, hash % k);
  }
  return folds;
}

/** One country-year scored by parameters fitted without its country. */
export interface CrossValidated {
  row: CalibrationRow;
  score: number;
  band: number;
  /** Category scores (0–100) under the fold's saturation. */
  categories: Record<CategoryId, number>;
}

/** Out-of-fold scores and bands: each country is scored by parameters fitted without it. */
export function crossValidate(
  rows: readonly CalibrationRow[],
  start: CalibrationParams,
  k = 5,
): CrossValidated[] {
  const folds = countryFolds(rows, k);
  const out: CrossValidated[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train = rows.filter((row) => folds.get(row.iso3) !== fold);
    const test = rows.filter((row) => folds.get(row.iso3) === fold);
    const params = fitParams(train, start);
    for (const row of test) {
      const score = scoreRow(row, params);
      const categories = Object.fromEntries(
        CATEGORY_IDS.map((id) => [id, Math.round(10 * saturate(row.raw[id], params.saturation[id])) / 10]),
      ) as Record<CategoryId, number>;
      out.push({ row, score, band: bandIndex(score, params.bandThresholds), categories });
    }
  }
  return out;
}
