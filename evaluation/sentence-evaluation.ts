import { createHash } from 'crypto';
import { ASSERTION_STATUSES, CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import {
  cohenKappa,
  confuseStatuses,
  predictSentences,
  scoreAnyAbuse,
  scorePredictions,
  type LabelledSentence,
  type PrfWithInterval,
  type SentencePrediction,
} from './sentence-accuracy';
import {
  LATER_DEV_ROUNDS,
  LATER_TEST_ROUNDS,
  labelsOf,
  laterDevRoundOf,
  laterTestRoundOf,
  loadSentenceSet,
  resolveSentenceSet,
  type SentenceReference,
} from './sentence-set';

/** The six categories with enough positives for a target of their own; refoulement is reported with its interval. */
export const MAIN_CATEGORIES: readonly CategoryId[] = CATEGORY_IDS.filter((c) => c !== 'refoulement');

export interface SentenceEvaluation {
  split: 'dev' | 'test';
  /** Sentences in the whole set, both parts. */
  setSize: number;
  sentences: number;
  unresolved: Array<{ id: string; reason: string }>;
  perCategory: Record<CategoryId, PrfWithInterval>;
  micro: PrfWithInterval;
  /** One pair per sentence: does it assert some abuse, whichever category (see `scoreAnyAbuse`). */
  anyAbuse: PrfWithInterval;
  predictions: SentencePrediction[];
  kappa: { pooled: number; perCategory: Record<CategoryId, number> };
  /** The same predictions scored on the gold before a consistency pass, when the part went through one. */
  beforeConsistencyPass?: {
    pass: string;
    relabelled: number;
    changed: number;
    perCategory: Record<CategoryId, PrfWithInterval>;
    micro: PrfWithInterval;
    kappaNew: number;
  };
}

/** Resolves the set against the corpus and scores the analyser on one part of it. */
export async function evaluateSentenceSet(
  corpusDir: string,
  split: 'dev' | 'test',
): Promise<SentenceEvaluation> {
  const set = await loadSentenceSet();
  const part = set.sentences.filter((s) => s.split === split);
  const resolved = await resolveSentenceSet(part, corpusDir);
  const labelled: LabelledSentence[] = [];
  const unresolved: Array<{ id: string; reason: string }> = [];
  for (const ref of part) {
    const r = resolved.get(ref.id);
    if (r?.ok)
      labelled.push({
        id: ref.id,
        year: ref.year,
        country: ref.iso3,
        text: r.text,
        gold: labelsOf(ref.gold),
      });
    else unresolved.push({ id: ref.id, reason: r?.reason ?? 'not resolved' });
  }
  const predictions = predictSentences(labelled);
  const perCategory = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, scorePredictions(predictions, [c])]),
  ) as Record<CategoryId, PrfWithInterval>;
  const beforeConsistencyPass = scoreBeforeConsistencyPass(part, predictions);
  return {
    ...(beforeConsistencyPass ? { beforeConsistencyPass } : {}),
    split,
    setSize: set.sentences.length,
    sentences: labelled.length,
    unresolved,
    perCategory,
    micro: scorePredictions(predictions, CATEGORY_IDS),
    anyAbuse: scoreAnyAbuse(predictions),
    predictions,
    kappa: agreementOf(set.sentences),
  };
}

/** The predictions scored again on the gold the consistency pass replaced, with what the pass changed. */
function scoreBeforeConsistencyPass(
  part: readonly SentenceReference[],
  predictions: readonly SentencePrediction[],
): SentenceEvaluation['beforeConsistencyPass'] {
  const passed = part.filter((ref) => ref.consistencyPass);
  const pass = passed[0]?.consistencyPass?.pass;
  if (!pass) return undefined;
  const previous = new Map(passed.map((ref) => [ref.id, ref.consistencyPass!.previousGold]));
  const earlier = predictions.map((p) => {
    const gold = previous.get(p.id);
    return gold ? { ...p, gold: labelsOf(gold) } : p;
  });
  const changed = passed.filter((ref) =>
    CATEGORY_IDS.some(
      (c) => ref.gold.asserted.includes(c) !== ref.consistencyPass!.previousGold.asserted.includes(c),
    ),
  ).length;
  const answers = (which: 0 | 1): boolean[] =>
    passed.flatMap((ref) =>
      CATEGORY_IDS.map((c) => ref.consistencyPass!.annotators[which].asserted.includes(c)),
    );
  return {
    pass,
    relabelled: passed.length,
    changed,
    perCategory: Object.fromEntries(CATEGORY_IDS.map((c) => [c, scorePredictions(earlier, [c])])) as Record<
      CategoryId,
      PrfWithInterval
    >,
    micro: scorePredictions(earlier, CATEGORY_IDS),
    kappaNew: cohenKappa(answers(0), answers(1)),
  };
}

function agreementOf(sentences: readonly SentenceReference[]): SentenceEvaluation['kappa'] {
  const answers = (which: 0 | 1, c: CategoryId): boolean[] =>
    sentences.map((s) => s.annotators[which].asserted.includes(c));
  const perCategory = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, cohenKappa(answers(0, c), answers(1, c))]),
  ) as Record<CategoryId, number>;
  const pooled = cohenKappa(
    CATEGORY_IDS.flatMap((c) => answers(0, c)),
    CATEGORY_IDS.flatMap((c) => answers(1, c)),
  );
  return { pooled, perCategory };
}

const fmt = (x: number): string => x.toFixed(2);
const withInterval = (x: number, [lo, hi]: [number, number]): string => `${fmt(x)} (${fmt(lo)}–${fmt(hi)})`;

/** The EVALUATION.md section for the sentence set. */
export function renderSentenceEvaluation(result: SentenceEvaluation): string {
  const row = (name: string, m: PrfWithInterval): string =>
    `| ${name} | ${m.positives} | ${withInterval(m.precision, m.interval.precision)} | ${withInterval(m.recall, m.interval.recall)} | ${withInterval(m.f1, m.interval.f1)} |`;
  const confusion = confuseStatuses(result.predictions);
  const statuses = [...ASSERTION_STATUSES, 'none'] as const;
  const lines = [
    `${result.sentences} sentences of the ${result.split} part (countries never used for tuning), each sent alone to the`,
    `analyser as \`POST /v1/analyze\` does. A category is right when it comes back \`asserted\` exactly where the gold`,
    `label says the sentence asserts that abuse. 95% intervals: 1,000 bootstrap resamples of the sentences.`,
    result.unresolved.length
      ? `**${result.unresolved.length} references did not resolve** (first: ${result.unresolved[0]?.id}: ${result.unresolved[0]?.reason}).`
      : 'Every reference resolved against the corpus.',
    '',
    '| category | gold positives | precision | recall | F1 |',
    '|---|---|---|---|---|',
    ...CATEGORY_IDS.map((c) => row(c, result.perCategory[c])),
    row('**all (micro)**', result.micro),
    '',
    'Per sentence rather than per category, the question a filing asks first (is this quote evidence of some abuse at',
    'all?): a sentence is right when the analyser asserts some category exactly where the gold asserts some category,',
    'whichever. The gap between this row and the micro row is sentences counted under a neighbouring category.',
    '',
    '| sentences | gold positives | precision | recall | F1 |',
    '|---|---|---|---|---|',
    row('asserts some abuse', result.anyAbuse),
    '',
    'Status the analyser gave, for every (sentence, category) pair (`none`: no cue of that category):',
    '',
    `| gold \\ service | ${statuses.join(' | ')} |`,
    `|---|${statuses.map(() => '---').join('|')}|`,
    `| asserted | ${statuses.map((s) => confusion.gold_asserted[s]).join(' | ')} |`,
    `| not asserted | ${statuses.map((s) => confusion.gold_not_asserted[s]).join(' | ')} |`,
    '',
    `Agreement of the two annotators before adjudication (whole set): pooled Cohen's κ ${fmt(result.kappa.pooled)}; ` +
      CATEGORY_IDS.map((c) => `${c} ${fmt(result.kappa.perCategory[c])}`).join(', ') +
      '.',
    ...renderBeforeConsistencyPass(result),
  ];
  return lines.join('\n');
}

function renderBeforeConsistencyPass(result: SentenceEvaluation): string[] {
  const before = result.beforeConsistencyPass;
  if (!before) return [];
  const pair = (c: string, was: PrfWithInterval, now: PrfWithInterval): string =>
    `| ${c} | ${was.positives} → ${now.positives} | ${fmt(was.precision)} → ${fmt(now.precision)} | ${fmt(was.recall)} → ${fmt(now.recall)} | ${fmt(was.f1)} → ${fmt(now.f1)} |`;
  return [
    '',
    `The gold above is after the consistency pass \`${before.pass}\`: ${before.relabelled} sentences of this part labelled again,`,
    `blind, by two new annotators under the guide with its recurring close calls (pooled κ between them ${fmt(before.kappaNew)}),`,
    `every difference from each other or from the earlier gold adjudicated; ${before.changed} sentences changed a category label.`,
    'The same analyser on the earlier gold and on the new one:',
    '',
    '| category | gold positives | precision | recall | F1 |',
    '|---|---|---|---|---|',
    ...CATEGORY_IDS.map((c) => pair(c, before.perCategory[c], result.perCategory[c])),
    pair('**all (micro)**', before.micro, result.micro),
  ];
}

/** Which labelling round drew a dev sentence, from its stratum's prefix (rounds 1–2 have none). */
export function labellingRoundOf(stratum: string): string {
  const later = laterDevRoundOf(stratum);
  return later ? `round ${later.round}` : 'rounds 1–2';
}

/**
 * The dev part's figures per labelling round: each later round was drawn after some lexicon version, so the rules
 * written before it are scored there on sentences their authors never read.
 */
export async function evaluateDevRounds(
  corpusDir: string,
): Promise<Array<{ round: string; sentences: number; micro: PrfWithInterval }>> {
  const dev = await evaluateSentenceSet(corpusDir, 'dev');
  const roundById = new Map(
    (await loadSentenceSet()).sentences.map((s) => [s.id, labellingRoundOf(s.stratum)]),
  );
  const rounds = ['rounds 1–2', ...LATER_DEV_ROUNDS.map((r) => `round ${r.round}`)];
  return microByRound(dev.predictions, roundById, rounds);
}

/** Micro figures of the predictions of each round, in the order given (`roundById`: sentence id → round). */
function microByRound(
  predictions: readonly SentencePrediction[],
  roundById: ReadonlyMap<string, string>,
  rounds: readonly string[],
): Array<{ round: string; sentences: number; micro: PrfWithInterval }> {
  return rounds.map((round) => {
    const inRound = predictions.filter((p) => roundById.get(p.id) === round);
    return { round, sentences: inRound.length, micro: scorePredictions(inRound, CATEGORY_IDS) };
  });
}

/**
 * The half of the dev countries a country belongs to, fixed by a hash of its code: rule writers read errors on one
 * half and keep a rule only if the other half does not get worse (EVALUATION.md, "Fresh sentences").
 */
export function devHalfOf(iso3: string): 'first' | 'second' {
  const digit = parseInt(createHash('sha256').update(`half:${iso3}`).digest('hex')[0] ?? '0', 16);
  return digit < 8 ? 'first' : 'second';
}

/** The dev part's micro figures per half of its countries, over the labelling rounds up to `throughRound`. */
export async function evaluateDevHalves(
  corpusDir: string,
  throughRound: number,
): Promise<Array<{ half: 'first' | 'second'; sentences: number; micro: PrfWithInterval }>> {
  const dev = await evaluateSentenceSet(corpusDir, 'dev');
  const refs = new Map((await loadSentenceSet()).sentences.map((s) => [s.id, s]));
  const halfOf = new Map<string, 'first' | 'second'>();
  for (const p of dev.predictions) {
    const ref = refs.get(p.id);
    if (ref && (laterDevRoundOf(ref.stratum)?.round ?? 2) <= throughRound)
      halfOf.set(p.id, devHalfOf(ref.iso3));
  }
  return (['first', 'second'] as const).map((half) => {
    const predictions = dev.predictions.filter((p) => halfOf.get(p.id) === half);
    return { half, sentences: predictions.length, micro: scorePredictions(predictions, CATEGORY_IDS) };
  });
}

/**
 * The test part's figures per draw: the first draw (rounds 1–2) and each later test round (`LATER_TEST_ROUNDS`),
 * which draws only text not yet in the set. Rows, not a new evaluation: the predictions are the test part's own.
 */
export async function splitTestRounds(
  test: SentenceEvaluation,
): Promise<Array<{ round: string; sentences: number; micro: PrfWithInterval }>> {
  const firstDraw = 'first draw (rounds 1–2)';
  const roundById = new Map(
    (await loadSentenceSet()).sentences.map((s) => {
      const later = laterTestRoundOf(s.stratum);
      return [s.id, later ? `test round ${later.round}` : firstDraw];
    }),
  );
  const rounds = [firstDraw, ...LATER_TEST_ROUNDS.map((r) => `test round ${r.round}`)];
  return microByRound(test.predictions, roundById, rounds);
}

/** The rows of the per-round table in EVALUATION.md. */
export function renderDevRounds(
  rows: ReadonlyArray<{ round: string; sentences: number; micro: PrfWithInterval }>,
  part: 'dev' | 'test' = 'dev',
): string {
  return [
    `| ${part} sentences | n | precision | recall | F1 |`,
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.round} | ${r.sentences} | ${withInterval(r.micro.precision, r.micro.interval.precision)} | ${withInterval(r.micro.recall, r.micro.interval.recall)} | ${withInterval(r.micro.f1, r.micro.interval.f1)} |`,
    ),
  ].join('\n');
}
