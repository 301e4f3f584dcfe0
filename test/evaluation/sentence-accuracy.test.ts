import { CATEGORY_IDS, type CategoryId } from '../../scoring/categories';
import { devHalfOf } from '../../evaluation/sentence-evaluation';
import { loadSentenceSet } from '../../evaluation/sentence-set';
import {
  cohenKappa,
  confuseStatuses,
  predictSentences,
  prf,
  scoreAnyAbuse,
  scorePredictions,
  type SentencePrediction,
} from '../../evaluation/sentence-accuracy';

const none = Object.fromEntries(CATEGORY_IDS.map((c) => [c, false])) as Record<CategoryId, boolean>;
const gold = (...yes: CategoryId[]): Record<CategoryId, boolean> => ({
  ...none,
  ...Object.fromEntries(yes.map((c) => [c, true])),
});

describe('sentence accuracy', () => {
  it('counts a category as predicted only when the analyser asserts it, not when it negates it', () => {
    const [asserted, negated] = predictSentences([
      {
        id: 'a',
        year: 2023,
        text: 'Police officers beat and tortured detainees in the capital.',
        gold: gold('torture'),
      },
      {
        id: 'b',
        year: 2023,
        text: 'There were no reports that government officials tortured anyone.',
        gold: gold(),
      },
    ]);
    expect(asserted?.status.torture).toBe('asserted');
    expect(negated?.status.torture).toBe('negated');
    const table = confuseStatuses([asserted!, negated!]);
    expect(table.gold_asserted.asserted).toBe(1);
    expect(table.gold_not_asserted.negated).toBe(1);
  });

  it('computes precision, recall and F1 from counts, with zero for an empty denominator', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: (2 * 0.75 * 0.6) / 1.35,
    });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('gives the same bootstrap interval on every run, and one that contains the point estimate', () => {
    const predictions: SentencePrediction[] = Array.from({ length: 40 }, (_, i) => ({
      id: String(i),
      gold: gold(...(i % 2 === 0 ? (['killings'] as CategoryId[]) : [])),
      status: Object.fromEntries(
        CATEGORY_IDS.map((c) => [c, c === 'killings' && i % 4 !== 1 ? 'asserted' : 'none']),
      ) as SentencePrediction['status'],
    }));
    const first = scorePredictions(predictions, ['killings'], { resamples: 200 });
    const second = scorePredictions(predictions, ['killings'], { resamples: 200 });
    expect(first.interval).toEqual(second.interval);
    expect(first.precision).toBeCloseTo(2 / 3);
    expect(first.interval.precision[0]).toBeLessThanOrEqual(first.precision);
    expect(first.interval.precision[1]).toBeGreaterThanOrEqual(first.precision);
    expect(first.interval.precision[1] - first.interval.precision[0]).toBeGreaterThan(0);
  });

  it('per sentence, a quote counted under a neighbouring category is right, and a quote of no abuse is wrong', () => {
    const statusOf = (...yes: CategoryId[]): SentencePrediction['status'] =>
      Object.fromEntries(
        CATEGORY_IDS.map((c) => [c, yes.includes(c) ? 'asserted' : 'none']),
      ) as SentencePrediction['status'];
    const predictions: SentencePrediction[] = [
      // gold: political prisoners; the analyser: arbitrary detention. Wrong per category, right per sentence.
      { id: 'neighbour', gold: gold('political_prisoners'), status: statusOf('arbitrary_detention') },
      // gold: nothing; the analyser: killings. Wrong either way.
      { id: 'no-abuse', gold: gold(), status: statusOf('killings') },
      // gold: torture; the analyser: nothing. A miss either way.
      { id: 'missed', gold: gold('torture'), status: statusOf() },
    ];
    expect(scorePredictions(predictions, CATEGORY_IDS, { resamples: 10 }).counts).toEqual({
      tp: 0,
      fp: 2,
      fn: 2,
    });
    expect(scoreAnyAbuse(predictions, { resamples: 10 }).counts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("gives Cohen's kappa 1 for perfect agreement and 0 for agreement no better than chance", () => {
    expect(cohenKappa([true, false, true, false], [true, false, true, false])).toBe(1);
    expect(cohenKappa([true, true, false, false], [true, false, true, false])).toBeCloseTo(0);
    expect(() => cohenKappa([true], [])).toThrow();
  });
});

describe('the two halves of the dev countries', () => {
  test('the halves are fixed by the country code, so figures measured on them can be reproduced', () => {
    expect(['ALB', 'HRV', 'COD', 'ISR', 'PAK', 'SWE'].map(devHalfOf)).toEqual([
      'first',
      'second',
      'first',
      'first',
      'second',
      'first',
    ]);
  });

  test('the dev countries split into two halves of similar size', async () => {
    const dev = (await loadSentenceSet()).sentences.filter((s) => s.split === 'dev');
    const countries = [...new Set(dev.map((s) => s.iso3))];
    const first = countries.filter((iso3) => devHalfOf(iso3) === 'first').length;
    expect(first / countries.length).toBeGreaterThan(0.3);
    expect(first / countries.length).toBeLessThan(0.7);
  });
});
