import type { Word } from './tokenizer';
import { stem, surfaceInfo } from './tokenizer';

/** One position of a phrase: any of `stems`, or any of `exact` lower-case words, after up to `gapBefore` words. */
interface Part {
  stems: Set<string>;
  exact: Set<string>;
  gapBefore: number;
}

/** A lexicon phrase compiled for matching, carrying an arbitrary payload. */
export interface CompiledPhrase<T> {
  source: string;
  parts: Part[];
  payload: T;
}

/** A phrase occurrence: words [start, end) of the sentence. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  phrase: CompiledPhrase<T>;
}

function keyOf(word: string): string {
  const w = word.toLowerCase();
  return w.startsWith('=') ? w : stem(w);
}

/**
 * Compile the lexicon phrase syntax: words separated by spaces, `a|b` alternatives, `=word` exact
 * words, and `...` for a gap of up to `gap` words.
 */
export function compilePhrase<T>(source: string, gap: number, payload: T): CompiledPhrase<T> {
  const parts: Part[] = [];
  let pendingGap = 0;
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '...') {
      pendingGap = gap;
      continue;
    }
    const keys = raw.split('|').map(keyOf);
    parts.push({
      stems: new Set(keys.filter((k) => !k.startsWith('='))),
      exact: new Set(keys.filter((k) => k.startsWith('=')).map((k) => k.slice(1))),
      gapBefore: pendingGap,
    });
    pendingGap = 0;
  }
  if (parts.length === 0) throw new Error(`empty lexicon phrase: "${source}"`);
  return { source, parts, payload };
}

function wordMatches(part: Part, w: Word): boolean {
  return part.stems.has(w.stem) || part.exact.has(w.lower);
}

/** A set of phrases indexed by the keys of their first word, so a sentence is scanned once. */
export class PhraseSet<T> {
  // Separate maps keep the per-word lookups free of string concatenation.
  private readonly byStem = new Map<string, CompiledPhrase<T>[]>();
  private readonly byExact = new Map<string, CompiledPhrase<T>[]>();
  readonly phrases: CompiledPhrase<T>[] = [];

  constructor(entries: ReadonlyArray<{ phrase: string; gap?: number; payload: T }>, defaultGap: number) {
    const add = (map: Map<string, CompiledPhrase<T>[]>, k: string, p: CompiledPhrase<T>): void => {
      const list = map.get(k);
      if (list) list.push(p);
      else map.set(k, [p]);
    };
    for (const e of entries) {
      const compiled = compilePhrase(e.phrase, e.gap ?? defaultGap, e.payload);
      this.phrases.push(compiled);
      const first = compiled.parts[0];
      if (!first) continue;
      for (const k of first.stems) add(this.byStem, k, compiled);
      for (const k of first.exact) add(this.byExact, k, compiled);
    }
  }

  /** Exclusive end index if `phrase` matches at word `i`, else -1. Gaps never leave the clause. */
  private matchAt(words: readonly Word[], phrase: CompiledPhrase<T>, partIdx: number, i: number): number {
    const part = phrase.parts[partIdx];
    const w = words[i];
    if (!part || !w || !wordMatches(part, w)) return -1;
    const next = phrase.parts[partIdx + 1];
    if (!next) return i + 1;
    if (next.gapBefore === 0) {
      const nw = words[i + 1];
      if (!nw || nw.punctBefore !== '' || nw.clause !== w.clause) return -1;
      return this.matchAt(words, phrase, partIdx + 1, i + 1);
    }
    for (let j = i + 1; j <= i + 1 + next.gapBefore && j < words.length; j++) {
      const nw = words[j];
      if (!nw || nw.clause !== w.clause) break;
      const end = this.matchAt(words, phrase, partIdx + 1, j);
      if (end >= 0) return end;
    }
    return -1;
  }

  private collect(
    words: readonly Word[],
    i: number,
    list: CompiledPhrase<T>[] | undefined,
    out: PhraseMatch<T>[],
  ): void {
    if (!list) return;
    for (const p of list) {
      const end = this.matchAt(words, p, 0, i);
      if (end >= 0) out.push({ start: i, end, phrase: p });
    }
  }

  /** Every match starting at each word (possibly overlapping). */
  matchAll(words: readonly Word[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w) continue;
      this.collect(words, i, this.byStem.get(w.stem), out);
      this.collect(words, i, this.byExact.get(w.lower), out);
    }
    return out;
  }

  /** Non-overlapping matches of this set; see `greedy`. */
  matchGreedy(words: readonly Word[]): PhraseMatch<T>[] {
    return greedy(this.matchAll(words));
  }
}

/**
 * Non-overlapping matches, longest first at each position, left to right: "beaten to death"
 * must win over "beaten", and "non-refoulement" over "refoulement".
 */
export function greedy<T>(all: PhraseMatch<T>[]): PhraseMatch<T>[] {
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: PhraseMatch<T>[] = [];
  let covered = 0;
  for (const m of all) {
    if (m.start < covered) continue;
    out.push(m);
    covered = m.end;
  }
  return out;
}

const FUNCTION_WORDS = new Set([
  'to',
  'of',
  'in',
  'on',
  'the',
  'a',
  'an',
  'by',
  'for',
  'with',
  'at',
  'from',
  'and',
  'or',
]);

/** Literal surface prefix of one lexicon word: the part a stem shares with its surface form. */
function prefixOf(alt: string): string {
  const w = alt.toLowerCase();
  if (w.startsWith('=')) return w.slice(1);
  const s = stem(w);
  let n = 0;
  while (n < s.length && n < w.length && s[n] === w[n]) n++;
  // A very short common prefix ("di" from "died") would let most sentences through; the lexicon
  // lists such inflections explicitly, so the surface word itself is a safe prefix.
  return n >= 4 ? w.slice(0, n) : w;
}

/** Compile prefixes into one trie-shaped, case-insensitive regex: alternation per shared prefix is far faster than a flat list. */
export function prefixRegex(prefixes: readonly string[]): RegExp {
  interface Node {
    children: Map<string, Node>;
    terminal: boolean;
  }
  const root: Node = { children: new Map(), terminal: false };
  for (const p of prefixes) {
    let node = root;
    for (const ch of p) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), terminal: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  const esc = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const build = (node: Node): string => {
    // A shorter prefix already accepts everything below it.
    if (node.terminal) return '';
    const alts = [...node.children.entries()].map(([ch, child]) => esc(ch) + build(child));
    return alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
  };
  return new RegExp(`\\b${build(root)}[A-Za-z]*`, 'gi');
}

/**
 * Cheap necessary condition for a sentence to match any phrase of a set: every content word of
 * some phrase must occur in it. A regex over the literal prefixes of all phrase words finds the
 * few words worth stemming; function words ("of", "to") are not required. Sentences that fail are
 * never tokenised, which is where nearly all of the analysis time would go.
 */
export class Prefilter {
  private readonly regex: RegExp;
  /** Every key of every required word, to ignore regex hits whose stem is not a lexicon word. */
  private readonly keys = new Set<string>();
  /** Phrase requirements (one key set per required word), indexed by each key of their first required word. */
  private readonly byAnchor = new Map<string, Array<Array<Set<string>>>>();

  constructor(sources: readonly string[]) {
    const prefixes: string[] = [];
    for (const source of sources) {
      const required = source
        .trim()
        .split(/\s+/)
        .filter((raw) => raw !== '...' && !raw.split('|').some((a) => FUNCTION_WORDS.has(a)));
      const sets = required.map((raw) => new Set(raw.split('|').map(keyOf)));
      for (const raw of required) prefixes.push(...raw.split('|').map(prefixOf));
      for (const set of sets) for (const k of set) this.keys.add(k);
      const first = sets[0];
      if (!first) continue;
      for (const k of first) {
        const list = this.byAnchor.get(k);
        if (list) list.push(sets);
        else this.byAnchor.set(k, [sets]);
      }
    }
    this.regex = prefixRegex(prefixes);
    for (const k of this.keys) if (k.startsWith('=')) this.exactKeys.set(k.slice(1), k);
  }

  /** Each `=word` key by its word, so a regex hit is checked without building the key. */
  private readonly exactKeys = new Map<string, string>();

  /** False only if no phrase can match `sentence`. */
  mayMatch(sentence: string): boolean {
    // Every sentence of every report passes here: the words' keys come from the tokenizer's cache,
    // and nothing is allocated until a hit is a lexicon word.
    let found: Set<string> | undefined;
    for (const hit of sentence.match(this.regex) ?? []) {
      const info = surfaceInfo(hit);
      const stemKey = this.keys.has(info.stem) ? info.stem : undefined;
      const exactKey = this.exactKeys.get(info.lower);
      if (stemKey === undefined && exactKey === undefined) continue;
      found ??= new Set<string>();
      if (stemKey !== undefined) found.add(stemKey);
      if (exactKey !== undefined) found.add(exactKey);
    }
    if (found === undefined) return false;
    for (const k of found) {
      for (const sets of this.byAnchor.get(k) ?? []) {
        if (sets.every((set) => sharesAny(set, found))) return true;
      }
    }
    return false;
  }
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
