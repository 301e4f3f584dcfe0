import { kendall, pearson, rank, spearman } from '../../evaluation/statistics';

describe('rank', () => {
  test('gives 1-based ranks in the original order', () => {
    expect(rank([30, 10, 20])).toEqual([3, 1, 2]);
  });

  test('tied values share the mean of the ranks they span', () => {
    expect(rank([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(rank([7, 7, 7])).toEqual([2, 2, 2]);
    expect(rank([5, 1, 5, 1, 3])).toEqual([4.5, 1.5, 4.5, 1.5, 3]);
  });
});

describe('pearson', () => {
  test('is 1 for an increasing line and -1 for a decreasing one', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
  });

  test('matches a hand-computed value: sxy 4, sxx 5, syy 5 gives 0.8', () => {
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  test('is undefined (NaN) for a constant side or fewer than two points', () => {
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(pearson([1], [1])).toBeNaN();
  });
});

describe('spearman', () => {
  test('is 1 for any increasing relation, however curved', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [100, 10, 5, 1])).toBeCloseTo(-1, 12);
  });

  test('with a tie: ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4) give sqrt(0.9)', () => {
    // Centred ranks (-1.5, 0, 0, 1.5) and (-1.5, -0.5, 0.5, 1.5): sxy 4.5, sxx 4.5, syy 5.
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
  });
});

describe('kendall (tau-b)', () => {
  test('without ties: 5 concordant and 1 discordant pair of 6 give 2/3', () => {
    expect(kendall([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 12);
  });

  test('with a tie on each side: 4 concordant, one pair tied in x, one in y give 4/5', () => {
    expect(kendall([1, 2, 2, 3], [1, 2, 3, 3])).toBeCloseTo(0.8, 12);
  });

  test('a pair tied on both sides counts in neither the numerator nor the denominator', () => {
    expect(kendall([1, 1, 2], [5, 5, 6])).toBeCloseTo(1, 12);
    expect(kendall([1, 1, 2], [6, 6, 5])).toBeCloseTo(-1, 12);
  });

  test('is undefined (NaN) when every pair is tied', () => {
    expect(kendall([3, 3, 3], [1, 2, 3])).toBeNaN();
  });
});
