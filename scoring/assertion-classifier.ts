import type { AssertionStatus } from './categories';
import { LEXICON } from './lexicon';
import { PhraseSet, greedy, type PhraseMatch } from './phrase-matcher';
import type { Word } from './tokenizer';

/** The decision for one category cue: its status, the rule id behind it, and the weight factors. */
export interface Assessment {
  status: AssertionStatus;
  reason: string;
  intensity: number;
  credibility: number;
  actor: 'state' | 'non_state' | 'unspecified';
}

interface Rule {
  rule: string;
}
interface NegRule extends Rule {
  scope: 'clause' | 'adjacent' | number;
}
interface Mult {
  multiplier: number;
  rule: string;
}
type ActorKind = 'state' | 'non_state';

type RuleKind =
  | 'postNegation'
  | 'departure'
  | 'compliance'
  | 'legal'
  | 'institutional'
  | 'historical'
  | 'ongoing'
  | 'hypothetical';
type ExceptionKind = 'negationException' | 'legalException' | 'hypotheticalException';
/** Payload of every non-category cue; all families share one index so a sentence is scanned once. */
type Cue =
  | ({ kind: 'negation' } & NegRule)
  | ({ kind: RuleKind } & Rule)
  | ({ kind: 'intensity' | 'credibility' } & Mult)
  | { kind: 'actor'; actor: ActorKind }
  | { kind: ExceptionKind };
type CueKind = Cue['kind'];

const rules = (kind: RuleKind, list: ReadonlyArray<{ phrase: string; rule: string; gap?: number }>) =>
  list.map((e) => ({ phrase: e.phrase, gap: e.gap, payload: { kind, rule: e.rule } as Cue }));
const plain = (kind: ExceptionKind, list: readonly string[]) =>
  list.map((phrase) => ({ phrase, payload: { kind } as Cue }));
const mults = (
  kind: 'intensity' | 'credibility',
  list: ReadonlyArray<{ phrase: string; multiplier: number; rule?: string; gap?: number }>,
) =>
  list.map((e) => ({
    phrase: e.phrase,
    gap: e.gap,
    payload: { kind, multiplier: e.multiplier, rule: e.rule ?? e.phrase } as Cue,
  }));

const CUES = new PhraseSet<Cue>(
  [
    ...LEXICON.negation.map((e) => ({
      phrase: e.phrase,
      gap: e.gap,
      payload: { kind: 'negation', rule: e.rule, scope: e.scope } as Cue,
    })),
    ...rules('postNegation', LEXICON.postNegation),
    ...rules('departure', LEXICON.departure),
    ...rules('compliance', LEXICON.compliance),
    ...rules('legal', LEXICON.legalNorm),
    ...rules('institutional', LEXICON.institutional),
    ...rules('historical', LEXICON.historical),
    ...rules('ongoing', LEXICON.ongoing),
    ...rules('hypothetical', LEXICON.hypothetical),
    ...mults('intensity', LEXICON.intensity),
    ...mults('credibility', LEXICON.credibility),
    ...LEXICON.actors.state.map((phrase) => ({ phrase, payload: { kind: 'actor', actor: 'state' } as Cue })),
    ...LEXICON.actors.non_state.map((phrase) => ({
      phrase,
      payload: { kind: 'actor', actor: 'non_state' } as Cue,
    })),
    ...plain('negationException', LEXICON.negationExceptions),
    ...plain('legalException', LEXICON.legalNormExceptions),
    ...plain('hypotheticalException', LEXICON.hypotheticalExceptions),
  ],
  LEXICON.defaultGap,
);
const ADJACENT_SKIP = new Set(LEXICON.adjacentSkip);
const NEGATION_CARRIERS = new Set(LEXICON.negationCarriers);
/** How far after a negated carrier verb the abuse may start: "not held [for weeks] without charge". */
const CARRIER_REACH = 3;
const COUNTS = [...LEXICON.counts].sort((a, b) => b.atLeast - a.atLeast);
const HYPOTHETICAL_WINDOW = 10;
const BY_AGENT_WINDOW = 6;
// Numbers next to these words are durations, shares or legal references, not counts of victims.
const NON_COUNT_AFTER = new Set([
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'percent',
  's',
]);
const NON_COUNT_BEFORE = new Set([
  'section',
  'article',
  'articles',
  'paragraph',
  'law',
  'decree',
  'resolution',
  'no',
  'number',
  'chapter',
  'age',
  'aged',
]);

const splitWords = (list: readonly string[]): string[][] => list.map((s) => s.toLowerCase().split(/\s+/));
const BREAKERS = splitWords(LEXICON.clauses.breakers);
const SUBORDINATORS = splitWords(LEXICON.clauses.subordinators);
const INITIAL_SUBORDINATORS = splitWords(LEXICON.clauses.initialSubordinators);

function startsWithAny(words: readonly Word[], i: number, seqs: readonly string[][]): boolean {
  return seqs.some((seq) => seq.every((s, k) => words[i + k]?.lower === s));
}

/**
 * Assign clause ids in place. Negation, norms and hedges only reach within their clause, so the
 * boundaries decide most hard cases: ";" and ":" (executive-summary lists), contrastive "but" /
 * "however", and fronted subordinate clauses ("Although the law prohibits torture, ...") that end at
 * the next comma.
 */
export function assignClauses(words: Word[]): void {
  let clause = 0;
  let segment = 0;
  let len = 0;
  let inSubordinate = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const p = w.punctBefore;
    const open = (): void => {
      if (len > 0) clause++;
      len = 0;
    };
    if (i > 0 && (p === ';' || p === ':')) {
      open();
      segment++;
      inSubordinate = false;
    } else if (p === ',' && inSubordinate) {
      open();
      inSubordinate = false;
    }
    if (startsWithAny(words, i, BREAKERS)) {
      open();
      inSubordinate = false;
    } else if (
      startsWithAny(words, i, SUBORDINATORS) ||
      ((len === 0 || p === ',') && startsWithAny(words, i, INITIAL_SUBORDINATORS))
    ) {
      open();
      inSubordinate = true;
    }
    w.clause = clause;
    w.segment = segment;
    len++;
  }
}

/** Word indices covered by any match, used to void cues that sit inside an exception ("not always"). */
function coverage(matches: ReadonlyArray<PhraseMatch<unknown>>): Set<number> {
  const s = new Set<number>();
  for (const m of matches) for (let i = m.start; i < m.end; i++) s.add(i);
  return s;
}

const withoutExceptions = <T>(matches: PhraseMatch<T>[], covered: Set<number>): PhraseMatch<T>[] =>
  covered.size === 0 ? matches : matches.filter((m) => !covered.has(m.start));

/** All cue matches of one sentence, computed once and shared by every category cue in it. */
export class SentenceContext {
  readonly negations: PhraseMatch<NegRule>[];
  readonly postNegations: PhraseMatch<Rule>[];
  readonly departures: PhraseMatch<Rule>[];
  readonly compliances: PhraseMatch<Rule>[];
  readonly legal: PhraseMatch<Rule>[];
  readonly institutional: PhraseMatch<Rule>[];
  readonly historical: PhraseMatch<Rule>[];
  readonly ongoing: PhraseMatch<Rule>[];
  readonly hypothetical: PhraseMatch<Rule>[];
  readonly intensity: PhraseMatch<Mult>[];
  readonly credibility: PhraseMatch<Mult>[];
  readonly actors: PhraseMatch<{ actor: ActorKind }>[];

  constructor(
    readonly words: readonly Word[],
    readonly reportYear: number | undefined,
  ) {
    const byKind = new Map<CueKind, PhraseMatch<Cue>[]>();
    for (const m of CUES.matchAll(words)) {
      const list = byKind.get(m.phrase.payload.kind);
      if (list) list.push(m);
      else byKind.set(m.phrase.payload.kind, [m]);
    }
    const get = <K extends CueKind>(kind: K): PhraseMatch<Extract<Cue, { kind: K }>>[] =>
      greedy((byKind.get(kind) ?? []) as PhraseMatch<Extract<Cue, { kind: K }>>[]);
    const raw = (kind: ExceptionKind): PhraseMatch<Cue>[] => byKind.get(kind) ?? [];
    this.negations = withoutExceptions(get('negation'), coverage(raw('negationException')));
    this.postNegations = get('postNegation');
    this.departures = get('departure');
    this.compliances = get('compliance');
    this.legal = withoutExceptions(get('legal'), coverage(raw('legalException')));
    this.institutional = get('institutional');
    this.historical = get('historical');
    this.ongoing = get('ongoing');
    this.hypothetical = withoutExceptions(get('hypothetical'), coverage(raw('hypotheticalException')));
    this.intensity = get('intensity');
    this.credibility = get('credibility');
    this.actors = get('actor');
  }

  clauseOf(m: { start: number }): number {
    return this.words[m.start]?.clause ?? -1;
  }

  private inClause<T>(list: PhraseMatch<T>[], clause: number): PhraseMatch<T>[] {
    return list.filter((x) => this.clauseOf(x) === clause);
  }

  /** The negation rule whose scope covers words [start, end), if any. */
  negationCovering(start: number, end: number): string | undefined {
    const clause = this.words[start]?.clause;
    for (const n of this.negations) {
      if (this.clauseOf(n) !== clause) continue;
      // A negation inside a gapped cue ("refugees were not deported") negates it too.
      if (n.start > start && n.end <= end) return n.phrase.payload.rule;
      if (n.end > start) continue;
      const scope = n.phrase.payload.scope;
      if (scope === 'clause') return n.phrase.payload.rule;
      if (scope === 'adjacent') {
        let j = n.end;
        while (j < start && ADJACENT_SKIP.has(this.words[j]?.lower ?? '')) j++;
        if (j === start) return n.phrase.payload.rule;
        // "were not detained incommunicado", "were not subjected to torture": the negated verb carries
        // the abuse named right after it. A reported event further on ("did not investigate reports
        // that soldiers executed detainees") is out of reach.
        if (NEGATION_CARRIERS.has(this.words[j]?.lower ?? '') && start - j <= CARRIER_REACH) {
          return `${n.phrase.payload.rule}-carrier`;
        }
      } else if (start - n.end < scope) return n.phrase.payload.rule;
    }
    for (const p of this.postNegations) {
      if (p.start >= end && this.clauseOf(p) === clause) return p.phrase.payload.rule;
    }
    return undefined;
  }

  /**
   * Whether the sentence says practice departs from the stated norm ("did not always respect these
   * prohibitions") or conforms to it ("generally respected", "no reports that ... failed to respect").
   */
  practice(): { kind: 'departure' | 'compliance'; rule: string } | undefined {
    for (const d of this.departures) {
      const neg = this.negationCovering(d.start, d.end);
      if (neg === undefined) return { kind: 'departure', rule: d.phrase.payload.rule };
      return { kind: 'compliance', rule: `no-reports-of-${d.phrase.payload.rule}` };
    }
    const c = this.compliances[0];
    return c ? { kind: 'compliance', rule: c.phrase.payload.rule } : undefined;
  }

  /** Historical rule for a clause: explicit past markers or year ranges, unless the clause says the abuse is ongoing. */
  historicalRule(clause: number, cueStart: number): string | undefined {
    if (this.inClause(this.ongoing, clause).length > 0) return undefined;
    const h = this.inClause(this.historical, clause)[0];
    if (h) return h.phrase.payload.rule;
    const ws = this.words;
    let pastYearBeforeCue = false;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!w || w.clause !== clause || !w.isNumber || !/^(19|20)\d\d$/.test(w.lower)) continue;
      const year = Number(w.lower);
      const next = ws[i + 1];
      if (next && next.lower === 's' && next.start === w.end) return 'decade';
      const prev = ws[i - 1]?.lower;
      const link = next?.lower;
      const second = ws[i + 2];
      if (
        (prev === 'between' || prev === 'from') &&
        (link === 'and' || link === 'to' || link === 'until') &&
        second?.isNumber &&
        /^(19|20)\d\d$/.test(second.lower) &&
        (this.reportYear === undefined || Number(second.lower) < this.reportYear)
      ) {
        return 'year-range';
      }
      if (this.reportYear !== undefined) {
        if (year >= this.reportYear) return undefined;
        if (i < cueStart && prev !== 'since') pastYearBeforeCue = true;
      }
    }
    return pastYearBeforeCue ? 'past-year' : undefined;
  }

  private intensityFor(clause: number): number {
    let best = 1;
    for (const m of this.inClause(this.intensity, clause)) best = Math.max(best, m.phrase.payload.multiplier);
    const ws = this.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!w || w.clause !== clause || !w.isNumber) continue;
      if (/^(19|20)\d\d$/.test(w.lower)) continue;
      if (NON_COUNT_AFTER.has(ws[i + 1]?.lower ?? '') || NON_COUNT_BEFORE.has(ws[i - 1]?.lower ?? ''))
        continue;
      const n = Number(w.lower.replace(/,/g, ''));
      const tier = COUNTS.find((c) => n >= c.atLeast);
      if (tier) best = Math.max(best, tier.multiplier);
    }
    return best;
  }

  private credibilityFor(start: number, clause: number): { multiplier: number; rule: string | undefined } {
    let best: Mult | undefined;
    for (const m of this.credibility) {
      if (this.clauseOf(m) !== clause && m.start >= start) continue;
      if (!best || m.phrase.payload.multiplier < best.multiplier) best = m.phrase.payload;
    }
    return best ? { multiplier: best.multiplier, rule: best.rule } : { multiplier: 1, rule: undefined };
  }

  /** Agent of the abuse: a "by ..." agent, else the nearest actor in the clause, else the phrase default, else earlier in the same list item. */
  actorFor(start: number, end: number, clause: number, fallback: ActorKind | undefined): Assessment['actor'] {
    const ws = this.words;
    let preceding: PhraseMatch<{ actor: ActorKind }> | undefined;
    let following: PhraseMatch<{ actor: ActorKind }> | undefined;
    let sentencePreceding: PhraseMatch<{ actor: ActorKind }> | undefined;
    for (const a of this.actors) {
      const sameClause = this.clauseOf(a) === clause;
      if (a.start >= end && sameClause) {
        if (a.start - end <= BY_AGENT_WINDOW) {
          for (let j = end; j < a.start; j++) if (ws[j]?.lower === 'by') return a.phrase.payload.actor;
        }
        if (!following) following = a;
      } else if (a.end <= start) {
        if (sameClause) preceding = a;
        // Items of a ";" list have their own agents; only reach back within the item.
        if (ws[a.start]?.segment === ws[start]?.segment) sentencePreceding = a;
      }
    }
    const pick = preceding ?? following;
    if (pick) return pick.phrase.payload.actor;
    if (fallback) return fallback;
    return sentencePreceding?.phrase.payload.actor ?? 'unspecified';
  }

  /** Decide the status of the category cue at words [start, end). First matching rule wins; order matters. */
  assess(start: number, end: number, defaultActor: ActorKind | undefined): Assessment {
    const clause = this.words[start]?.clause ?? 0;
    const base = (status: AssertionStatus, reason: string): Assessment => ({
      status,
      reason,
      intensity: 1,
      credibility: 1,
      actor: this.actorFor(start, end, clause, defaultActor),
    });
    // A treaty or body named after the abuse ("Convention against Torture") mentions it without alleging it.
    for (const m of this.institutional) {
      if (m.phrase.payload.rule === 'instrument' && m.start <= start && m.end >= end)
        return base('institutional', 'institutional:instrument');
    }
    const neg = this.negationCovering(start, end);
    if (neg) return base('negated', `negation:${neg}`);
    let reason = 'asserted:plain';
    const legal = this.inClause(this.legal, clause)[0];
    if (legal) {
      // Norm clauses only count when the sentence says practice departed from them.
      const practice = this.practice();
      if (!practice) return base('legal_norm', `legal:${legal.phrase.payload.rule}`);
      if (practice.kind === 'compliance') return base('negated', `compliance:${practice.rule}`);
      reason = `departure:${practice.rule}`;
    }
    const hist = this.historicalRule(clause, start);
    if (hist) return base('historical', `historical:${hist}`);
    for (const h of this.hypothetical) {
      if (this.clauseOf(h) !== clause) continue;
      const before = h.end <= start && start - h.end <= HYPOTHETICAL_WINDOW;
      // "dissidents said they would face imprisonment": the hedge sits inside the gapped cue.
      const inside = h.start > start && h.end <= end;
      if (before || inside) {
        return base('hypothetical', `hypothetical:${h.phrase.payload.rule}`);
      }
    }
    const inst = this.institutional.find(
      (m) => m.phrase.payload.rule !== 'instrument' && this.clauseOf(m) === clause,
    );
    if (inst && !legal) return base('institutional', `institutional:${inst.phrase.payload.rule}`);
    const cred = this.credibilityFor(start, clause);
    if (reason === 'asserted:plain' && cred.rule) reason = `asserted:${cred.rule}`;
    return {
      status: 'asserted',
      reason,
      intensity: this.intensityFor(clause),
      credibility: cred.multiplier,
      actor: this.actorFor(start, end, clause, defaultActor),
    };
  }
}
