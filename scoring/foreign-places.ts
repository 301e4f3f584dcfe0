import { PhraseSet, greedy } from './phrase-matcher';
import { MONTH_WORDS, tokenize, type Word } from './tokenizer';

/** Words [start, end) of a sentence that place what it says in another country: "in eastern Ukraine". */
export interface PlaceMention {
  start: number;
  end: number;
  /** Only what the sentence tells after the place happened there ("the war in Ukraine, in which ..."). */
  actsAfter?: boolean;
  /** The country is the subject of the clause it opens ("In May, Ostmark deported ..."): who acted, not where. */
  subject?: boolean;
}

interface PlaceName {
  /** Per word: the name spells it with a capital, so the text must too ("Occupied Territories", not "occupied territories"). */
  capitals: readonly boolean[];
}

// A region word may stand between "in" and the country ("in eastern Ukraine"), but only lower-case: "in
// Northern Ireland" names a place of its own, not the north of Ireland.
const REGION_WORDS: ReadonlySet<string> = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'neighboring',
  'neighbouring',
  'occupied',
]);

// "in the eastern part of", "in parts of": a part of a country is still in it.
const PARTS: ReadonlySet<string> = new Set([
  'part',
  'parts',
  'region',
  'regions',
  'area',
  'areas',
  'coast',
  'coasts',
]);
// "off the coast of Ostmark": the sea off a country's coast is where a shipwreck there happened.
const COASTS: ReadonlySet<string> = new Set(['coast', 'coasts']);

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'inside']);

// "near Kelvo, Ostmark": a town named with its country is placed by more prepositions than the country alone,
// since "near" or "outside" a town is still in its country.
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'inside', 'near', 'outside', 'at']);
const TOWN_WORDS_MAX = 4;

// "Russia's war in Ukraine", "while in China", "relatives resettled in Canada": the place belongs to a war or to
// where someone lived, not to the act the sentence reports.
const NOT_THE_ACT: ReadonlySet<string> = new Set([
  'war',
  'conflict',
  'invasion',
  'aggression',
  'while',
  'lived',
  'living',
  'settled',
  'resettled',
  'resided',
  'residing',
  'resident',
  'residents',
  'born',
  'stayed',
  'staying',
  'pregnant',
  'time',
]);

// "the war in Ukraine, in which ... thousands of civilian deaths": a relative clause on a war abroad tells of acts
// of that war, which happened where it is fought, though the war itself may be the object of acts at home ("protests
// against the war in Ukraine").
const WARS: ReadonlySet<string> = new Set(['war', 'conflict', 'invasion', 'aggression']);
const WAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'against']);
const WAR_RELATIVE_OPENERS: ReadonlySet<string> = new Set(['in', 'during']);

// "a woman who had lived in China": a relative clause places the person, not what was done to them.
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);
const RELATIVE_REACH = 6;

/**
 * The names of the countries a report is not about, compiled once per report country: the
 * analyser then reads "in Ukraine" in Russia's report as a place abroad, as it reads "abroad".
 * Built by the caller, which knows the country registry; the names are the caller's data.
 */
export class ForeignPlaces {
  private readonly abroad: PhraseSet<PlaceName>;
  private readonly home: PhraseSet<PlaceName>;

  /**
   * `abroadNames`: the names of the other countries; `homeNames`: the report country's own. A sentence
   * that also places something at home ("arrests of Ukrainians in Russia" in Russia's report) keeps all
   * it asserts: which act happened where is then beyond a place rule, and the safer reading counts it.
   */
  constructor(abroadNames: Iterable<string>, homeNames: Iterable<string> = []) {
    this.abroad = compileNames(abroadNames);
    this.home = compileNames(homeNames);
  }

  /**
   * Where the sentence says "in [the] [region word] NAME" or "near TOWN, NAME" of a country abroad. `text` is the sentence
   * the words index into: a name joined on by a hyphen is part of a longer one ("in Guinea-Bissau" is
   * not "in Guinea"; "in Russia-occupied Ukraine" is not "in Russia").
   */
  findIn(words: readonly Word[], text: string): PlaceMention[] {
    const abroad = mentionsOf(this.abroad, words, text);
    const places = abroad.filter((m) => !m.subject);
    const homePlaces = places.length > 0 ? mentionsOf(this.home, words, text).filter((m) => !m.subject) : [];
    // Who acted does not depend on where the rest of the sentence is placed: "Ostmark returned them to Dorvan".
    return [...(homePlaces.length === 0 ? places : []), ...abroad.filter((m) => m.subject)];
  }
}

/** Names as phrases of exact words (no stemming: "Niger" is not "Nigeria"), with their capitals. */
function compileNames(names: Iterable<string>): PhraseSet<PlaceName> {
  const entries: Array<{ phrase: string; payload: PlaceName }> = [];
  for (const name of names) {
    const words = tokenize(name).filter((w) => /^[\p{L}]/u.test(w.lower));
    if (words.length === 0) continue;
    entries.push({
      phrase: words.map((w) => `=${w.lower}`).join(' '),
      payload: { capitals: words.map((w) => w.capitalised) },
    });
  }
  return new PhraseSet(entries, 0);
}

function mentionsOf(names: PhraseSet<PlaceName>, words: readonly Word[], text: string): PlaceMention[] {
  const spelt = names.matchAll(words).filter((m) => spelledAsName(words, m.start, m.phrase.payload));
  const found: PlaceMention[] = [];
  for (const { start: first, end } of greedy(spelt)) {
    if (joinedByHyphen(text, words[first - 1], words[first], words[end - 1], words[end])) continue;
    const seeAt = crossReferenceBefore(words, first, end);
    if (seeAt !== undefined) {
      found.push({ start: seeAt, end: end + 1 });
      continue;
    }
    const war = warBeforeRelative(words, first, end);
    if (war !== undefined) {
      found.push({ start: war, end, actsAfter: true });
      continue;
    }
    const start = prepositionBefore(words, first) ?? prepositionBeforeTown(words, first, end);
    if (start !== undefined && !placesSomethingElse(words, start)) found.push({ start, end });
    else if (start === undefined && opensClause(words, first, end))
      found.push({ start: first, end, subject: true });
  }
  return found;
}

/** The words at `at` carry the name's capitals and no punctuation inside it. */
function spelledAsName(words: readonly Word[], at: number, place: PlaceName): boolean {
  return place.capitals.every((capital, k) => {
    const w = words[at + k];
    return w !== undefined && (!capital || w.capitalised) && (k === 0 || !w.punctBefore);
  });
}

/**
 * Index of the "in" that governs the name at `at`, past an optional "the" and a lower-case region word, or
 * past a part of the country ("in the eastern part of the Tovel Republic").
 */
function prepositionBefore(words: readonly Word[], at: number): number | undefined {
  let i = pastTheAndRegion(words, at - 1);
  const part = words[i - 1];
  const ofPart =
    words[i]?.lower === 'of' &&
    !words[i]?.punctBefore &&
    !words[i + 1]?.punctBefore &&
    part &&
    PARTS.has(part.lower);
  if (ofPart) i = pastTheAndRegion(words, i - 2);
  const preposition = words[i];
  const offCoast = ofPart && COASTS.has(part.lower) && preposition?.lower === 'off';
  return preposition && (PLACE_PREPOSITIONS.has(preposition.lower) || offCoast) && !words[i + 1]?.punctBefore
    ? i
    : undefined;
}

/**
 * Index of the "in" or "of" of "the invasion of Ostmark, in which ..." or "the conflict in eastern Ostmark, where
 * ...": a war abroad named right before a relative clause that tells what happened in it.
 */
function warBeforeRelative(words: readonly Word[], at: number, end: number): number | undefined {
  const i = pastTheAndRegion(words, at - 1);
  const preposition = words[i];
  if (!preposition || !WAR_PREPOSITIONS.has(preposition.lower) || words[i + 1]?.punctBefore) return undefined;
  if (!WARS.has(words[i - 1]?.lower ?? '') || words[i]?.punctBefore) return undefined;
  const next = words[end];
  if (next?.punctBefore !== ',') return undefined;
  const relative =
    next.lower === 'where' || (WAR_RELATIVE_OPENERS.has(next.lower) && words[end + 1]?.lower === 'which');
  return relative ? i : undefined;
}

/**
 * Index of the "in" or "near" of "near Kelvo, Ostmark": one to a few capitalised words of a town, then a comma
 * and the country at [at, end). "In Kelvo, Ostmark's envoy said" names the country as an owner, not the place.
 */
function prepositionBeforeTown(words: readonly Word[], at: number, end: number): number | undefined {
  if (words[at]?.punctBefore !== ',' || words[end]?.lower === 's') return undefined;
  let i = at - 1;
  const townWord = (w: Word | undefined): boolean =>
    w !== undefined && w.capitalised && !w.punctBefore && !TOWN_PREPOSITIONS.has(w.lower);
  while (i >= at - TOWN_WORDS_MAX && townWord(words[i])) i--;
  const town = words[i + 1];
  // "In May, Ostmark announced ...": a month before the comma dates the sentence; it is no town.
  if (i === at - 1 || !town || MONTH_WORDS.has(town.lower)) return undefined;
  return TOWN_PREPOSITIONS.has(words[i]?.lower ?? '') ? i : undefined;
}

/**
 * Index of the "see" of "(see the Tovel Republic report)" around the name at [at, end): the report points to
 * another country's report for what it tells, so that is where it happened. Only the name right before
 * "report": "see the Country Reports ... for Ostmark" points there for the victims' side of an act done here.
 */
function crossReferenceBefore(words: readonly Word[], at: number, end: number): number | undefined {
  if (words[end]?.lower !== 'report' || words[end]?.punctBefore) return undefined;
  let i = words[at - 1]?.lower === 'the' && !words[at]?.punctBefore ? at - 2 : at - 1;
  if (words[i]?.lower === 'also' && !words[i + 1]?.punctBefore) i--;
  return words[i]?.lower === 'see' && !words[i + 1]?.punctBefore ? i : undefined;
}

/** Index of the word before an optional "the" and a lower-case region word that end at `i`. */
function pastTheAndRegion(words: readonly Word[], i: number): number {
  const region = words[i];
  if (region && REGION_WORDS.has(region.lower) && !region.capitalised && !words[i + 1]?.punctBefore) i--;
  if (words[i]?.lower === 'the' && !words[i + 1]?.punctBefore) i--;
  return i;
}

// Words that open a clause inside the sentence, whose subject a country right after them is: "a man whom Ostmark
// had deported", "when Ostmark began returning the migrants".
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'whom',
  'that',
  'when',
  'after',
  'before',
  'once',
  'until',
  'while',
  'because',
  'although',
]);

/**
 * The name at [at, end), with an optional "the", opens the sentence, follows a comma ("In October, Ostmark
 * confirmed ...") or a word that opens a clause ("whom Ostmark had deported"), and a lower-case word goes on from
 * it: the country is the subject of that clause. "Ostmark's" names an owner instead.
 */
function opensClause(words: readonly Word[], at: number, end: number): boolean {
  const first = words[at - 1]?.lower === 'the' && !words[at]?.punctBefore ? at - 1 : at;
  const next = words[end];
  return (
    (first === 0 ||
      (words[first]?.punctBefore.includes(',') ?? false) ||
      (CLAUSE_OPENERS.has(words[first - 1]?.lower ?? '') && !words[first]?.punctBefore)) &&
    next !== undefined &&
    !next.punctBefore &&
    !next.capitalised &&
    next.lower !== 's'
  );
}

function placesSomethingElse(words: readonly Word[], preposition: number): boolean {
  if (NOT_THE_ACT.has(words[preposition - 1]?.lower ?? '')) return true;
  for (let k = preposition - 1; k >= 0 && k >= preposition - RELATIVE_REACH; k--) {
    if (RELATIVES.has(words[k]?.lower ?? '')) return true;
    if (words[k]?.punctBefore) return false;
  }
  return false;
}

function joinedByHyphen(
  text: string,
  before: Word | undefined,
  first: Word | undefined,
  last: Word | undefined,
  after: Word | undefined,
): boolean {
  const hyphenBetween = (a: Word | undefined, b: Word | undefined): boolean =>
    a !== undefined && b !== undefined && /^[-‐‑]$/.test(text.slice(a.end, b.start));
  return hyphenBetween(before, first) || hyphenBetween(last, after);
}
