/**
 * A small logistic regression over named binary features, for the evaluation's learned experiments and for fitting
 * the quote order. Batch gradient descent on the L2-penalised log loss; the feature `bias` is not penalised.
 */
export interface TrainOptions {
  l2: number;
  iterations?: number;
  learningRate?: number;
}

export function trainLogistic(
  rows: readonly (readonly string[])[],
  gold: readonly boolean[],
  { l2, iterations = 500, learningRate = 3 }: TrainOptions,
): Map<string, number> {
  const index = new Map<string, number>();
  const encoded = rows.map((x) =>
    Int32Array.from(
      x.map((f) => {
        let i = index.get(f);
        if (i === undefined) index.set(f, (i = index.size));
        return i;
      }),
    ),
  );
  const w = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  const bias = index.get('bias');
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    encoded.forEach((x, i) => {
      let z = 0;
      for (const f of x) z += w[f] ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (gold[i] ? 1 : 0);
      for (const f of x) grad[f] = (grad[f] ?? 0) + g;
    });
    for (let f = 0; f < w.length; f++) {
      const wf = w[f] ?? 0;
      w[f] = wf - learningRate * ((grad[f] ?? 0) / encoded.length + (f === bias ? 0 : l2 * wf));
    }
  }
  return new Map([...index].map(([f, i]) => [f, w[i] ?? 0]));
}

/** The model's probability for one row of features. */
export const logisticProbability = (w: ReadonlyMap<string, number>, x: readonly string[]): number =>
  1 / (1 + Math.exp(-x.reduce((z, f) => z + (w.get(f) ?? 0), 0)));
