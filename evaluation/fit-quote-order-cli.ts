import { promises as fs } from 'fs';
import path from 'path';
import { placesAbroadFor } from '../data/places-abroad';
import { CATEGORY_IDS } from '../scoring/categories';
import { QuoteOrderSchema, quoteTraits, type QuoteOrder } from '../scoring/quote-order';
import type { SectionKey } from '../scoring/report-model';
import { DEFAULT_WEIGHTS, sectionWeight } from '../scoring/report-scorer';
import { analyzeSentence } from '../scoring/text-analyzer';
import { logisticProbability, trainLogistic } from './logistic-regression';
import { rocAuc } from './profile-evaluation';
import { loadSentenceSet, resolveSentenceSet } from './sentence-set';
import {
  TOP_QUOTE_SET_FILE,
  TOP_QUOTES_PER_CATEGORY,
  readTopQuoteReports,
  renderTopQuoteEvaluation,
  scoreTopQuotes,
  topQuotesOf,
} from './top-quotes';

/**
 * Fits the quote order model (`scoring/quote-order.ts`) on the dev part of the labelled sentence set, and tunes how
 * much it weighs against specificity on the dev part of the top-quote set. Only dev sentences and dev top quotes
 * are read; the test part scores the result in `npm run evaluate`.
 *
 *   npx tsx evaluation/fit-quote-order-cli.ts [--weights=0,0.5,1,2,4] [--write=<weight>]
 *
 * Each asserted sentence the scorer would keep as evidence (section weight above 0) is one row: its traits
 * (`quoteTraits`) and whether the gold says the sentence asserts that category. Traits seen fewer than
 * `MIN_TRAIT_COUNT` times are left out, so the model file names only traits with some evidence behind them.
 */
const MIN_TRAIT_COUNT = 8;
const L2 = 0.002;
const FOLDS = 5;
const QUOTE_ORDER_FILE = path.resolve(__dirname, '..', 'scoring', 'weights', 'quote-order.json');

interface Row {
  iso3: string;
  traits: string[];
  right: boolean;
}

async function devRows(corpusDir: string): Promise<Row[]> {
  const dev = (await loadSentenceSet()).sentences.filter((s) => s.split === 'dev');
  const resolved = await resolveSentenceSet(dev, corpusDir);
  return dev.flatMap((ref) => {
    const sentence = resolved.get(ref.id);
    if (!sentence?.ok) return [];
    const section = ref.section as SectionKey;
    const asserted = analyzeSentence(sentence.text, {
      reportYear: ref.year,
      placesAbroad: placesAbroadFor(ref.iso3),
    }).filter(
      (s) =>
        s.status === 'asserted' && s.weight > 0 && sectionWeight(DEFAULT_WEIGHTS, s.category, section) > 0,
    );
    const categoriesInSentence = new Set(asserted.map((s) => s.category)).size;
    return CATEGORY_IDS.flatMap((category) => {
      const signal = asserted.find((s) => s.category === category);
      if (!signal) return [];
      return [
        {
          iso3: ref.iso3,
          traits: quoteTraits({
            category,
            section,
            cue: signal.cue,
            actor: signal.actor,
            categoriesInSentence,
          }),
          right: ref.gold.asserted.includes(category),
        },
      ];
    });
  });
}

function fit(rows: readonly Row[], keep: ReadonlySet<string>): Map<string, number> {
  return trainLogistic(
    rows.map((r) => ['bias', ...r.traits.filter((t) => keep.has(t))]),
    rows.map((r) => r.right),
    { l2: L2 },
  );
}

function orderFrom(model: ReadonlyMap<string, number>, reliabilityWeight: number, rows: number): QuoteOrder {
  const round3 = (x: number): number => Math.round(x * 1000) / 1000;
  const traits = Object.fromEntries(
    [...model]
      .filter(([trait, w]) => trait !== 'bias' && Math.abs(w) >= 0.005)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([trait, w]) => [trait, round3(w)]),
  );
  return QuoteOrderSchema.parse({
    version: `quote-order-${rows}`,
    comment:
      "Fitted by evaluation/fit-quote-order-cli.ts on the dev part of the labelled sentence set: the log-odds that an asserted sentence is right for its category, by trait (section, cue, actor, categories in the sentence). reliabilityWeight (tuned on the dev part of the top-quote set) is how many specificity points one unit of log-odds is worth when ordering a category's quotes. It orders quotes only; it never changes a score.",
    reliabilityWeight,
    bias: round3(model.get('bias') ?? 0),
    traits,
  });
}

async function main(): Promise<void> {
  const corpusDir = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'state-dept');
  const rows = await devRows(corpusDir);
  const counts = new Map<string, number>();
  for (const r of rows) for (const t of r.traits) counts.set(t, (counts.get(t) ?? 0) + 1);
  const keep = new Set([...counts].filter(([, n]) => n >= MIN_TRAIT_COUNT).map(([t]) => t));
  console.log(
    `${rows.length} asserted dev sentence-category pairs, ${rows.filter((r) => r.right).length} right; ${keep.size} traits seen at least ${MIN_TRAIT_COUNT} times`,
  );

  // Held-out check of the model itself: does it rank right quotes above wrong ones on countries it did not see?
  const countries = [...new Set(rows.map((r) => r.iso3))].sort();
  const foldOf = new Map(countries.map((c, i) => [c, i % FOLDS]));
  const right: number[] = [];
  const wrong: number[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(
      rows.filter((r) => foldOf.get(r.iso3) !== k),
      keep,
    );
    for (const r of rows.filter((x) => foldOf.get(x.iso3) === k)) {
      const p = logisticProbability(model, ['bias', ...r.traits]);
      (r.right ? right : wrong).push(p);
    }
  }
  console.log(
    `cross-validated by country: ROC AUC ${rocAuc(right, wrong).toFixed(3)} (right vs wrong quotes)`,
  );

  const model = fit(rows, keep);
  const weightsArg = process.argv.find((a) => a.startsWith('--weights='));
  const candidates = (weightsArg ? weightsArg.slice('--weights='.length) : '0,0.5,1,2,4')
    .split(',')
    .map(Number);
  const [topSet, reports] = await Promise.all([
    loadSentenceSet(TOP_QUOTE_SET_FILE),
    readTopQuoteReports(corpusDir, 'dev'),
  ]);
  for (const weight of candidates) {
    const order = orderFrom(model, weight, rows.length);
    const quotes = reports.flatMap(({ sha256, iso3, report }) =>
      topQuotesOf(report, sha256, iso3, TOP_QUOTES_PER_CATEGORY, order),
    );
    const result = scoreTopQuotes(quotes, topSet);
    console.log(`\n## reliabilityWeight ${weight}\n${renderTopQuoteEvaluation(result)}`);
  }
  const writeArg = process.argv.find((a) => a.startsWith('--write='));
  if (writeArg) {
    const order = orderFrom(model, Number(writeArg.slice('--write='.length)), rows.length);
    await fs.writeFile(QUOTE_ORDER_FILE, `${JSON.stringify(order, null, 2)}\n`);
    console.log(`wrote ${QUOTE_ORDER_FILE} (${Object.keys(order.traits).length} traits)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
