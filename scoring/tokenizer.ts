import { PorterStemmer } from 'natural/lib/natural/stemmers';

/** A word or number of a sentence, with exact offsets into that sentence. */
export interface Word {
  /** Lower-cased surface form. */
  lower: string;
  stem: string;
  start: number;
  end: number;
  /** Index of the clause the word belongs to (see assertion-classifier). Filled in later. */
  clause: number;
  /** Index of the `;`/`:`-delimited segment (one item of an executive-summary list). Filled in later. */
  segment: number;
  /** Punctuation (`,` `;` `:`) seen between the previous word and this one, if any. */
  punctBefore: string;
  /** A closing bracket stands between the previous word and this one: "(see section 2.b.) and detained". */
  closesBracket: boolean;
  isNumber: boolean;
  capitalised: boolean;
  /** Written in capitals throughout, two letters or more ("ISA"): an initialism, such as a statute's short name. */
  acronym: boolean;
}

// Apostrophes and hyphens split words on purpose: "life-threatening" and "ill-treatment" must
// match the two-word lexicon phrases, and "government's" must still find "government".
const TOKEN_RE = /[A-Za-z\u00C0-\u024F]+|\d+(?:,\d{3})*(?:\.\d+)?|[,;:)]/g;

// Stemming dominates the cost of analysis; the report vocabulary is small, so a bounded cache pays.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Porter stem of a lower-case word, memoised. */
export function stem(lower: string): string {
  let s = STEM_CACHE.get(lower);
  if (s === undefined) {
    s = PorterStemmer.stem(lower);
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    STEM_CACHE.set(lower, s);
  }
  return s;
}

export interface SurfaceInfo {
  lower: string;
  stem: string;
  isNumber: boolean;
  capitalised: boolean;
  acronym: boolean;
}
const MONTH_MAY: SurfaceInfo = {
  lower: 'may#month',
  stem: 'may#month',
  isNumber: false,
  capitalised: true,
  acronym: false,
};
/** Month names as `Word.lower` spells them (capitalised "May" is "may#month", so the verb "may" is no month). */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may#month',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
// Keyed by the exact surface form so the common case costs one lookup: no lower-casing, no stemming.
const SURFACE_CACHE = new Map<string, SurfaceInfo>();

/** Lower-cased form, stem and shape of a word as written (`text` is one token), memoised. */
export function surfaceInfo(text: string): SurfaceInfo {
  let info = SURFACE_CACHE.get(text);
  if (info === undefined) {
    const c = text.charCodeAt(0);
    const isNumber = c >= 48 && c <= 57;
    const lower = text.toLowerCase();
    info = {
      lower,
      stem: isNumber ? lower : stem(lower),
      isNumber,
      capitalised: c >= 65 && c <= 90,
      acronym: /^[A-Z]{2,}$/.test(text),
    };
    if (SURFACE_CACHE.size >= STEM_CACHE_LIMIT) SURFACE_CACHE.clear();
    SURFACE_CACHE.set(text, info);
  }
  return info;
}

/** Offset-preserving tokenisation of one sentence into words and numbers (punctuation is folded into `punctBefore`). */
export function tokenize(sentence: string): Word[] {
  const words: Word[] = [];
  let pendingPunct = '';
  let pendingBracket = false;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m !== null; m = TOKEN_RE.exec(sentence)) {
    const text = m[0];
    if (text === ')') {
      pendingBracket = true;
      continue;
    }
    if (text === ',' || text === ';' || text === ':') {
      // Keep the strongest separator: a semicolon outranks a comma for clause splitting.
      if (pendingPunct === '' || text !== ',') pendingPunct = text;
      continue;
    }
    // "May" mid-sentence is the month, not the modal verb that marks a hypothetical.
    const info = text === 'May' && words.length > 0 ? MONTH_MAY : surfaceInfo(text);
    words.push({
      lower: info.lower,
      stem: info.stem,
      start: m.index,
      end: m.index + text.length,
      clause: 0,
      segment: 0,
      punctBefore: pendingPunct,
      closesBracket: pendingBracket,
      isNumber: info.isNumber,
      capitalised: info.capitalised,
      acronym: info.acronym,
    });
    pendingPunct = '';
    pendingBracket = false;
  }
  return words;
}
