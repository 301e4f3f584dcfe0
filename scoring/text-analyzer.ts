import { CATEGORY_IDS, type AssertionStatus, type CategoryId } from './categories';
import type { ForeignPlaces } from './foreign-places';
import { SentenceContext, assignClauses } from './assertion-classifier';
import { LEXICON } from './lexicon';
import { PhraseSet, Prefilter, greedy } from './phrase-matcher';
import { splitSentences, type TextSpan } from './sentence-splitter';
import { tokenize } from './tokenizer';

export { splitSentences, type TextSpan } from './sentence-splitter';

/** Version of `lexicon/lexicon.json`; stored next to every score so evidence can be re-derived. */
export const LEXICON_VERSION: string = LEXICON.version;

/** One category cue found in a sentence, with the status decided for it. */
export interface Signal {
  category: CategoryId;
  status: AssertionStatus;
  /** The matched lexicon phrase exactly as it appears in the sentence (a verbatim substring). */
  cue: string;
  /** Offsets of `cue` within the sentence: `sentence.slice(cueStart, cueEnd) === cue`. */
  cueStart: number;
  cueEnd: number;
  /** Base weight × intensity × credibility × actor multiplier when asserted; 0 for every other status. */
  weight: number;
  actor: 'state' | 'non_state' | 'unspecified';
  /** Intensity multiplier (>= 1) from quantifiers and counts in the cue's clause. */
  intensity: number;
  /** Machine-readable id of the rule that decided the status, e.g. `negation:no-reports-of`. */
  reason: string;
}

/** A sentence of a larger text with its signals; offsets point into that text. */
export interface AnalyzedSentence extends TextSpan {
  signals: Signal[];
}

/** Options shared by the analysis entry points. */
export interface AnalyzeOptions {
  /**
   * Year the report covers. With it, events dated to earlier years ("In 2015 soldiers killed ...")
   * are `historical`; without it only explicit markers ("in previous years", "between 2012 and 2015") are.
   */
  reportYear?: number;
  /**
   * The countries the report is not about (`ForeignPlaces`, built once per report country). With them,
   * an abuse the sentence places in another named country ("killings of civilians in Ukraine" in
   * Russia's report) is abroad, as with "abroad" itself; without them only the lexicon's phrases are.
   */
  placesAbroad?: ForeignPlaces;
}

interface CategoryPayload {
  category: CategoryId;
  weight: number;
  actor: 'state' | 'non_state' | undefined;
  mention: boolean;
  ordinary: boolean;
  needsDanger: boolean;
  needsPlace: boolean;
  needsCustody: boolean;
  needsAgent: boolean;
  needsPerpetrator: boolean;
  needsArmedGroup: boolean;
  needsSeveral: boolean;
  needsCause: boolean;
}

// One set for all categories: a single index lookup per word instead of one per category.
const CATEGORY_PHRASES = new PhraseSet<CategoryPayload>(
  CATEGORY_IDS.flatMap((category) =>
    LEXICON.categories[category].map((e) => ({
      phrase: e.phrase,
      gap: e.gap,
      payload: {
        category,
        weight: e.weight,
        actor: e.actor,
        mention: e.mention === true,
        ordinary: e.ordinary === true,
        needsDanger: e.needsDanger === true,
        needsPlace: e.needsPlace === true,
        needsCustody: e.needsCustody === true,
        needsAgent: e.needsAgent === true,
        needsPerpetrator: e.needsPerpetrator === true,
        needsArmedGroup: e.needsArmedGroup === true,
        needsSeveral: e.needsSeveral === true,
        needsCause: e.needsCause === true,
      },
    })),
  ),
  LEXICON.defaultGap,
);

// Most report sentences mention none of the categories; they are rejected before tokenising.
const PREFILTER = new Prefilter(CATEGORY_IDS.flatMap((c) => LEXICON.categories[c].map((e) => e.phrase)));

// "Refoulement: There were no reported cases ..." — the run-in heading names the topic, it asserts nothing.
const RUN_IN_LABEL =
  /^(?:[A-Z][\w'’-]*)(?:[ ,/-]+(?:[A-Z][\w'’-]*|and|or|of|the|to|in|for|on|with|by|a|an|\(?[A-Z]+\)?)){0,14}:\s/;
/**
 * Where the text of a sentence starts after a run-in label ("Refoulement: …", "Abuse of Migrants
 * and Refugees: …"), as a character offset; 0 when the sentence has no such label.
 */
export function runInLabelEnd(sentence: string): number {
  const colon = sentence.indexOf(':');
  const label = colon > 0 && colon < 120 ? RUN_IN_LABEL.exec(sentence) : null;
  return label ? label[0].length : 0;
}

const SMALL_WORDS = new Set([
  'and',
  'or',
  'of',
  'the',
  'to',
  'in',
  'for',
  'on',
  'with',
  'by',
  'a',
  'an',
  'other',
  'and/or',
]);

/** A heading line ("b. Disappearance", "Arbitrary Arrest or Detention") names a topic but states no fact. */
function isHeading(sentence: string): boolean {
  if (/[.!?:;"”’)]$/.test(sentence)) return false;
  const words =
    sentence.replace(/^(?:[a-z]|\d{1,3}|[ivx]{1,4})\.\s+/i, '').match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised >= Math.ceil(content.length * 0.7);
}

const STATUS_RANK: Record<AssertionStatus, number> = {
  asserted: 0,
  negated: 1,
  historical: 2,
  hypothetical: 3,
  institutional: 4,
  legal_norm: 5,
};

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Find the category cues of one sentence and decide whether each is asserted, negated, a legal norm,
 * institutional, historical or hypothetical. Returns at most one signal per category: the heaviest
 * asserted cue, else the most informative non-asserted one (negated > historical > hypothetical >
 * institutional > legal_norm), ties broken by position.
 */
export function analyzeSentence(sentence: string, options: AnalyzeOptions = {}): Signal[] {
  if (!PREFILTER.mayMatch(sentence) || isHeading(sentence)) return [];
  const words = tokenize(sentence);
  assignClauses(words);
  const colon = sentence.indexOf(':');
  const label = colon > 0 && colon < 120 ? RUN_IN_LABEL.exec(sentence) : null;
  const firstUnlabelled = label ? label[0].length : 0;

  let ctx: SentenceContext | undefined;
  const best = new Map<CategoryId, Signal>();
  const all = CATEGORY_PHRASES.matchAll(words);
  if (all.length === 0) return [];
  for (const category of CATEGORY_IDS) {
    if (!all.some((x) => x.phrase.payload.category === category)) continue;
    // Overlaps are resolved within a category only: "beaten to death" is a killing and a beating.
    for (const m of greedy(all.filter((x) => x.phrase.payload.category === category))) {
      const first = words[m.start];
      const last = words[m.end - 1];
      if (!first || !last || first.start < firstUnlabelled) continue;
      ctx ??= new SentenceContext(
        words,
        options.reportYear,
        label ? words.findIndex((w) => w.start >= firstUnlabelled) : 0,
        options.placesAbroad?.findIn(words, sentence),
      );
      const payload = m.phrase.payload;
      const a = ctx.assess(m.start, m.end, payload.actor, {
        category,
        ordinary: payload.ordinary,
        needsDanger: payload.needsDanger,
        needsPlace: payload.needsPlace,
        needsCustody: payload.needsCustody,
        needsAgent: payload.needsAgent,
        needsPerpetrator: payload.needsPerpetrator,
        needsArmedGroup: payload.needsArmedGroup,
        needsSeveral: payload.needsSeveral,
        needsCause: payload.needsCause,
      });
      if (payload.mention && a.status === 'asserted') continue;
      // "detained" or "arrested" is a disappearance cue only with an armed group as the agent; any other arrest, or a
      // law or denial about arrests, mentions no disappearance, so it shows none (every arrest sentence would list one).
      if (payload.needsArmedGroup && a.status !== 'asserted') continue;
      const asserted = a.status === 'asserted';
      const actorMultiplier = LEXICON.actors.multipliers[a.actor];
      const signal: Signal = {
        category,
        status: a.status,
        cue: sentence.slice(first.start, last.end),
        cueStart: first.start,
        cueEnd: last.end,
        weight: asserted ? round(payload.weight * a.intensity * a.credibility * actorMultiplier) : 0,
        actor: a.actor,
        intensity: round(a.intensity),
        reason: a.reason,
      };
      const prev = best.get(category);
      if (
        !prev ||
        STATUS_RANK[signal.status] < STATUS_RANK[prev.status] ||
        (signal.status === 'asserted' && prev.status === 'asserted' && signal.weight > prev.weight)
      ) {
        best.set(category, signal);
      }
    }
  }
  return CATEGORY_IDS.flatMap((c) => {
    const s = best.get(c);
    return s ? [s] : [];
  });
}

/**
 * Split `text` into sentences and analyse each. Sentences without any signal are omitted (use
 * `splitSentences` for the full list); offsets of the returned sentences point into `text`, cue
 * offsets stay relative to their sentence.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): AnalyzedSentence[] {
  const out: AnalyzedSentence[] = [];
  for (const span of splitSentences(text)) {
    const signals = analyzeSentence(span.text, options);
    if (signals.length > 0) out.push({ ...span, signals });
  }
  return out;
}
