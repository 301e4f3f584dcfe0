import path from 'path';
import { placesAbroadFor } from '../data/places-abroad';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import { analyzeSentence } from '../scoring/text-analyzer';
import { tokenize } from '../scoring/tokenizer';
import { logisticProbability, trainLogistic } from './logistic-regression';
import { prf, type Counts } from './sentence-accuracy';
import {
  LATER_DEV_ROUNDS,
  labelsOf,
  laterDevRoundOf,
  loadSentenceSet,
  resolveSentenceSet,
  type CategoryLabels,
  type LaterDevRound,
} from './sentence-set';

/**
 * The experiment behind "a statistical layer learned on the dev part" (issue 11): per category, a logistic regression
 * over the rules' own decision (status, reason family, actor) and the sentence's stems and stem pairs, trained and
 * scored by 6-fold cross-validation across the dev countries. It prints the layer against the rules alone, on the
 * whole dev part and on each later dev round's sentences (`LATER_DEV_ROUNDS`: strata `more-dev:` … `more-dev-12:`),
 * each drawn after the lexicon of its time.
 *
 *   npx tsx evaluation/learned-layer-cli.ts [l2=0.001] [thresholds=0.3,0.4,0.5]
 *
 * Only the dev part is read. The layer is not shipped: see EVALUATION.md for why.
 */

interface Row {
  iso3: string;
  /** The later dev round that drew the sentence (see LATER_DEV_ROUNDS), otherwise null. */
  round: LaterDevRound['round'] | null;
  labels: CategoryLabels;
  features: Map<CategoryId, string[]>;
}

const FOLDS = 6;
const ITERATIONS = 500;
const LEARNING_RATE = 3;

function featuresOf(text: string, year: number, iso3: string): Map<CategoryId, string[]> {
  const signals = analyzeSentence(text, { reportYear: year, placesAbroad: placesAbroadFor(iso3) });
  const words = tokenize(text)
    .filter((w) => /[a-z0-9]/.test(w.lower))
    .map((w) => (w.isNumber ? '#num' : w.stem));
  const bag = new Set(words.map((w) => `w:${w}`));
  for (let i = 0; i + 1 < words.length; i++) bag.add(`b:${words[i]}_${words[i + 1]}`);
  const anyAsserted = signals.some((s) => s.status === 'asserted');
  return new Map(
    CATEGORY_IDS.map((c) => {
      const s = signals.find((x) => x.category === c);
      const f = [...bag, `status:${s?.status ?? 'none'}`, 'bias'];
      if (s) f.push(`reason:${s.reason.split(':')[0]}`, `actor:${s.actor}`);
      if (anyAsserted) f.push('any-asserted');
      return [c, f];
    }),
  );
}

const train = (rows: readonly string[][], gold: readonly boolean[], l2: number): Map<string, number> =>
  trainLogistic(rows, gold, { l2, iterations: ITERATIONS, learningRate: LEARNING_RATE });

async function main(): Promise<void> {
  const l2 = Number(process.argv[2] ?? 0.001);
  const thresholds = (process.argv[3] ?? '0.3,0.4,0.5').split(',').map(Number);
  const corpusDir = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'state-dept');
  const dev = (await loadSentenceSet()).sentences.filter((s) => s.split === 'dev');
  const resolved = await resolveSentenceSet(dev, corpusDir);
  const rows: Row[] = dev.flatMap((ref) => {
    const r = resolved.get(ref.id);
    if (!r?.ok) return [];
    return [
      {
        iso3: ref.iso3,
        round: laterDevRoundOf(ref.stratum)?.round ?? null,
        labels: labelsOf(ref.gold),
        features: featuresOf(r.text, ref.year, ref.iso3),
      },
    ];
  });
  const countries = [...new Set(rows.map((r) => r.iso3))].sort();
  const fold = new Map(countries.map((c, i) => [c, i % FOLDS]));
  const p = new Map<string, number>();
  for (const c of CATEGORY_IDS) {
    for (let k = 0; k < FOLDS; k++) {
      const inFold = (r: Row): boolean => fold.get(r.iso3) === k;
      const trainRows = rows.filter((r) => !inFold(r));
      const w = train(
        trainRows.map((r) => r.features.get(c) ?? []),
        trainRows.map((r) => r.labels[c]),
        l2,
      );
      rows.forEach((r, i) => {
        if (inFold(r)) p.set(`${i}|${c}`, logisticProbability(w, r.features.get(c) ?? []));
      });
    }
  }
  const fmt = (counts: Counts): string => {
    const m = prf(counts);
    return `P ${m.precision.toFixed(2)} R ${m.recall.toFixed(2)} F1 ${m.f1.toFixed(2)}`;
  };
  for (const [name, keep] of [
    ['whole dev part', () => true],
    ...LATER_DEV_ROUNDS.map(
      ({ round }) => [`round ${round} sentences only`, (r: Row) => r.round === round] as const,
    ),
  ] as const) {
    console.log(`${name}:`);
    for (const t of [...thresholds, undefined]) {
      const counts = { tp: 0, fp: 0, fn: 0 };
      rows.forEach((r, i) => {
        if (!keep(r)) return;
        for (const c of CATEGORY_IDS) {
          const predicted =
            t === undefined ? r.features.get(c)?.includes('status:asserted') : (p.get(`${i}|${c}`) ?? 0) >= t;
          if (predicted && r.labels[c]) counts.tp++;
          else if (predicted) counts.fp++;
          else if (r.labels[c]) counts.fn++;
        }
      });
      console.log(
        `  ${t === undefined ? 'rules alone     ' : `layer, p ≥ ${t.toFixed(2)}`}  micro ${fmt(counts)}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
