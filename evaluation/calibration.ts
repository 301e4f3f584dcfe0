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

/** Exact-band agreement, with a small bonus for within-one, for threshold fitting. */
function bandObjective(
  scores: readonly number[],
  pts: readonly number[],
  thresholds: readonly number[],
): number {
  let exact = 0;
  let withinOne = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const band = bandIndex(scores[i] ?? 0, thresholds);
    const diff = Math.abs(band - (pts[i] ?? 0));
    if (diff === 0) exact += 1;
    if (diff <= 1) withinOne += 1;
  }
  return (exact + 0.5 * withinOne) / Math.max(1, scores.length);
}

/** Thresholds that best turn scores into PTS-like bands (coordinate search over score quantiles). */
export function fitThresholds(
  scores: readonly number[],
  pts: readonly number[],
): [number, number, number, number] {
  const candidates = [...new Set(scores.map((score) => Math.round(score)))].sort((a, b) => a - b);
  let thresholds: [number, number, number, number] = [20, 40, 60, 80];
  let best = bandObjective(scores, pts, thresholds);
  for (let pass = 0; pass < 4; pass += 1) {
    for (let k = 0; k < 4; k += 1) {
      const lower = k === 0 ? 0 : (thresholds[k - 1] ?? 0) + 0.5;
      const upper = k === 3 ? 100 : (thresholds[k + 1] ?? 100) - 0.5;
      for (const candidate of candidates) {
        const value = candidate + 0.5;
        if (value <= lower || value >= upper) continue;
        const trial = [...thresholds] as [number, number, number, number];
        trial[k] = value;
        const objective = bandObjective(scores, pts, trial);
        if (objective > best) {
          best = objective;
          thresholds = trial;
        }
      }
    }
  }
  return thresholds;
}

/**
 * Fits saturation and category weights to maximise the mean yearly Spearman correlation with PTS
 * (coordinate search on multiplicative grids), then band thresholds for agreement.
 */
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

export function fitParams(rows: readonly CalibrationRow[], start: CalibrationParams): CalibrationParams {
  let params: CalibrationParams = structuredClone(start);
  let best = meanYearlySpearman(rows, params);
  const factors = [0.5, 0.7, 0.85, 1.2, 1.4, 2];
  for (let pass = 0; pass < 3; pass += 1) {
    for (const id of CATEGORY_IDS) {
      for (const field of ['saturation', 'categoryWeights'] as const) {
        for (const factor of factors) {
          const trial = structuredClone(params);
          trial[field][id] = Math.max(0.01, params[field][id] * factor);
          if (field === 'categoryWeights' && !respectsFloor(trial.categoryWeights)) continue;
          const objective = meanYearlySpearman(rows, trial);
          if (objective > best + 1e-5) {
            best = objective;
            params = trial;
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
  for (const id of CATEGORY_IDS) params.saturation[id] = Math.round(100 * params.saturation[id]) / 100;
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

/** Out-of-fold scores and bands: each country is scored by parameters fitted without it. */
export function crossValidate(
  rows: readonly CalibrationRow[],
  start: CalibrationParams,
  k = 5,
): Array<{ row: CalibrationRow; score: number; band: number }> {
  const folds = countryFolds(rows, k);
  const out: Array<{ row: CalibrationRow; score: number; band: number }> = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train = rows.filter((row) => folds.get(row.iso3) !== fold);
    const test = rows.filter((row) => folds.get(row.iso3) === fold);
    const params = fitParams(train, start);
    for (const row of test) {
      const score = scoreRow(row, params);
      out.push({ row, score, band: bandIndex(score, params.bandThresholds) });
    }
  }
  return out;
}
