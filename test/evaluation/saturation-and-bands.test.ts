import { CATEGORY_IDS, type CategoryId } from '../../scoring/categories';
import { saturate } from '../../scoring/report-scorer';
import {
  bandIndex,
  crossValidate,
  fitParams,
  fitThresholds,
  CEILING_SCORE,
  MAX_TOP_SHARE,
  MIN_HIGH_SHARE,
  PRIOR_PARAMS,
  saturationCeiling,
  saturationFloor,
  TOP_SCORE,
  type CalibrationRow,
} from '../../evaluation/calibration';

/** Made-up country-years: raw sums grow with the PTS level, with some noise from a fixed sequence. */
function syntheticRows(): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let country = 0; country < 40; country += 1) {
    const pts = 1 + (country % 5);
    for (const year of [2021, 2022, 2023]) {
      const raw = Object.fromEntries(
        CATEGORY_IDS.map((id) => [id, Math.round(pts * pts * 4 * (0.6 + 0.8 * next()) * 100) / 100]),
      ) as Record<CategoryId, number>;
      rows.push({ iso3: `C${String(country).padStart(2, '0')}`, year, raw, pts });
    }
  }
  return rows;
}

describe('subscores that spread', () => {
  test('with the floor saturation, no year has more than the allowed share of a category at the top', () => {
    const rows = syntheticRows();
    for (const id of CATEGORY_IDS) {
      const floor = saturationFloor(rows, id);
      for (const year of [2021, 2022, 2023]) {
        const group = rows.filter((row) => row.year === year);
        const atTop = group.filter((row) => Math.round(10 * saturate(row.raw[id], floor)) / 10 >= TOP_SCORE);
        expect(atTop.length).toBeLessThanOrEqual(Math.floor(MAX_TOP_SHARE * group.length));
      }
    }
  });

  test('the floor is tight: a saturation well below it puts too many countries at the top', () => {
    const rows = syntheticRows();
    const floor = saturationFloor(rows, 'torture');
    const atTop = rows.filter((row) => saturate(row.raw.torture, floor * 0.5) >= TOP_SCORE).length;
    expect(atTop).toBeGreaterThan(MAX_TOP_SHARE * rows.length);
  });

  test('fitted saturations stay between floor and ceiling, so each category also reaches the high end', () => {
    const rows = syntheticRows();
    // A start far too high: left alone, no country would come near the top of the scale.
    const start = structuredClone(PRIOR_PARAMS);
    for (const id of CATEGORY_IDS) start.saturation[id] = 1000;
    const fitted = fitParams(rows, start);
    for (const id of CATEGORY_IDS) {
      expect(fitted.saturation[id]).toBeGreaterThanOrEqual(saturationFloor(rows, id));
      expect(fitted.saturation[id]).toBeLessThanOrEqual(saturationCeiling(rows, id));
      const high = rows.filter((row) => saturate(row.raw[id], fitted.saturation[id]) >= CEILING_SCORE);
      expect(high.length).toBeGreaterThanOrEqual(Math.ceil(MIN_HIGH_SHARE * rows.length));
    }
  });
});

describe('band thresholds', () => {
  test('scores that separate the levels cleanly get thresholds that band every one of them right', () => {
    const scores = [5, 8, 22, 25, 41, 47, 66, 70, 88, 93];
    const pts = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5];
    const thresholds = fitThresholds(scores, pts);
    expect(scores.map((score) => bandIndex(score, thresholds))).toEqual(pts);
    expect(thresholds).toEqual([15, 33, 56.5, 79]);
  });

  test('thresholds are the best possible split, not a local one: one outlier does not move them', () => {
    const scores = [10, 11, 12, 30, 31, 32, 50, 51, 52, 70, 71, 72, 90, 91, 12.5];
    const pts = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5];
    const thresholds = fitThresholds(scores, pts);
    const exact = scores.filter((score, i) => bandIndex(score, thresholds) === pts[i]).length;
    expect(exact).toBe(14);
  });

  test('fitting is deterministic: the same rows give the same parameters, in and out of cross-validation', () => {
    const rows = syntheticRows();
    expect(fitParams(rows, structuredClone(PRIOR_PARAMS))).toEqual(
      fitParams(rows, structuredClone(PRIOR_PARAMS)),
    );
    const first = crossValidate(rows, structuredClone(PRIOR_PARAMS), 3);
    expect(first.map((entry) => entry.score)).toEqual(
      crossValidate(rows, structuredClone(PRIOR_PARAMS), 3).map((entry) => entry.score),
    );
    expect(first).toHaveLength(rows.length);
  });
});
