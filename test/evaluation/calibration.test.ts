import {
  bandIndex,
  countryFolds,
  crossValidate,
  fitParams,
  fitThresholds,
  meanYearlySpearman,
  MIN_CATEGORY_SHARE,
  PRIOR_PARAMS,
  scoreRow,
  type CalibrationParams,
  type CalibrationRow,
} from '../../evaluation/calibration';
import { CATEGORY_IDS, type CategoryId } from '../../scoring/categories';

function categories(value: (id: CategoryId) => number): Record<CategoryId, number> {
  return Object.fromEntries(CATEGORY_IDS.map((id) => [id, value(id)])) as Record<CategoryId, number>;
}

/** A small deterministic generator (LCG), so the synthetic data is the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * 40 made-up countries over 3 years. A hidden severity decides the label (PTS-like 1–5) and the
 * torture sum; every other category is noise unrelated to the label.
 */
function syntheticRows(): CalibrationRow[] {
  const random = generator(42);
  const rows: CalibrationRow[] = [];
  for (let c = 0; c < 40; c += 1) {
    const iso3 = `Q${String.fromCharCode(65 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`;
    for (const year of [2021, 2022, 2023]) {
      const severity = random();
      rows.push({
        iso3,
        year,
        raw: categories((id) => (id === 'torture' ? 20 * severity : 10 * random())),
        pts: Math.min(5, 1 + Math.floor(severity * 5)),
      });
    }
  }
  return rows;
}

const share = (params: CalibrationParams, id: CategoryId) =>
  params.categoryWeights[id] / CATEGORY_IDS.reduce((sum, other) => sum + params.categoryWeights[other], 0);

describe('scoreRow and bandIndex', () => {
  test('a row scores the weighted mean of its saturated category sums', () => {
    const params = structuredClone(PRIOR_PARAMS);
    for (const id of CATEGORY_IDS) params.categoryWeights[id] = 0;
    params.categoryWeights.torture = 1;
    params.categoryWeights.killings = 1;
    // A raw sum of saturation × ln 2 saturates to exactly half of 100.
    const raw = categories((id) => (id === 'torture' ? params.saturation.torture * Math.LN2 : 0));
    expect(scoreRow({ iso3: 'QAA', year: 2023, raw, pts: 1 }, params)).toBe(25);
  });

  test('a score on a threshold belongs to the band above it', () => {
    const thresholds = [20, 40, 60, 80];
    expect([0, 19.9, 20, 59.9, 60, 80, 100].map((score) => bandIndex(score, thresholds))).toEqual([
      1, 1, 2, 3, 4, 5, 5,
    ]);
  });
});

describe('fitThresholds', () => {
  test('recovers the thresholds that produced noise-free bands', () => {
    const truth = [15.5, 35.5, 55.5, 75.5];
    const scores = Array.from({ length: 100 }, (_v, i) => i);
    const pts = scores.map((score) => bandIndex(score, truth));
    expect(fitThresholds(scores, pts)).toEqual(truth);
  });

  test('keeps its thresholds strictly increasing inside 0–100', () => {
    const random = generator(7);
    const scores = Array.from({ length: 200 }, () => 100 * random());
    const pts = scores.map(() => 1 + Math.floor(5 * random()));
    const fitted = fitThresholds(scores, pts);
    expect(fitted[0]).toBeGreaterThan(0);
    expect(fitted[3]).toBeLessThan(100);
    for (let k = 1; k < 4; k += 1) expect(fitted[k]).toBeGreaterThan(fitted[k - 1] ?? Infinity);
  });
});

describe('fitParams on synthetic labels driven by one category', () => {
  const rows = syntheticRows();
  const fitted = fitParams(rows, PRIOR_PARAMS);

  test('agrees with the labels at least as well as the prior it started from, and well', () => {
    const before = meanYearlySpearman(rows, PRIOR_PARAMS);
    const after = meanYearlySpearman(rows, fitted);
    expect(after).toBeGreaterThan(before);
    expect(after).toBeGreaterThan(0.8);
  });

  test('moves weight onto the category that tracks the labels', () => {
    expect(share(fitted, 'torture')).toBeGreaterThan(share(PRIOR_PARAMS, 'torture'));
    for (const id of CATEGORY_IDS.filter((other) => other !== 'torture'))
      expect(fitted.categoryWeights.torture).toBeGreaterThan(fitted.categoryWeights[id]);
  });

  test('leaves every category at least its floor share, with weights that sum to 1', () => {
    const total = CATEGORY_IDS.reduce((sum, id) => sum + fitted.categoryWeights[id], 0);
    expect(total).toBeCloseTo(1, 2);
    // Weights are rounded to three decimals after the fit.
    for (const id of CATEGORY_IDS)
      expect(share(fitted, id)).toBeGreaterThanOrEqual(MIN_CATEGORY_SHARE - 0.001);
  });

  test('does not change the parameters it was given', () => {
    const start = structuredClone(PRIOR_PARAMS);
    fitParams(rows, start);
    expect(start).toEqual(PRIOR_PARAMS);
  });
});

describe('country folds and cross-validation', () => {
  const rows = syntheticRows();

  test('a country always lands in the same fold, whatever the row order, and every fold is in range', () => {
    const folds = countryFolds(rows, 5);
    const reversed = countryFolds([...rows].reverse(), 5);
    expect(new Map([...reversed].sort())).toEqual(new Map([...folds].sort()));
    expect(folds.size).toBe(40);
    for (const fold of folds.values()) expect([0, 1, 2, 3, 4]).toContain(fold);
    expect(new Set(folds.values()).size).toBeGreaterThan(1);
  });

  test('scores every row exactly once, out of fold, with a band from 1 to 5', () => {
    const scored = crossValidate(rows, PRIOR_PARAMS, 3);
    expect(scored).toHaveLength(rows.length);
    expect(new Set(scored.map((entry) => entry.row)).size).toBe(rows.length);
    for (const entry of scored) {
      expect(entry.band).toBeGreaterThanOrEqual(1);
      expect(entry.band).toBeLessThanOrEqual(5);
    }
  });
});
