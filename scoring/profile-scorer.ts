import profilesJson from './profiles/profiles.json';
import { PROTEST_EVENTS, REPORT_COUNT_WORDS, SentenceContext, assignClauses } from './assertion-classifier';
import type { CategoryId } from './categories';
import { PhraseSet, Prefilter, greedy } from './phrase-matcher';
import {
  PROFILE_IDS,
  ProfileSetSchema,
  type ProfileCarriedForward,
  type ProfileDefinition,
  type ProfileEvidence,
  type ProfileId,
  type ProfileScore,
  type ReportProfiles,
  type ReportProfileSummary,
  type ProfileSet,
} from './profile-model';
import type { SectionKey } from './report-model';
import { DEFAULT_WEIGHTS, METHOD_VERSION, bandFor, saturate } from './report-scorer';
import { BANDS, type Band } from './score-model';
import {
  analyzeSentence,
  runInLabelEnd,
  splitSentences,
  type AnalyzeOptions,
  type Signal,
} from './text-analyzer';
import { LEXICON } from './lexicon';
import { tokenize, type Word } from './tokenizer';

/** The profiles shipped with the service (scoring/profiles/profiles.json), validated once. */
export const PROFILE_SET: ProfileSet = ProfileSetSchema.parse(profilesJson);

const BY_ID = new Map<ProfileId, ProfileDefinition>(PROFILE_SET.profiles.map((p) => [p.id, p]));

/** The definition of one profile. */
export function findProfile(id: ProfileId): ProfileDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown profile ${id}`);
  return found;
}

/** Every profile in the order of PROFILE_IDS. */
export function listProfiles(): ProfileDefinition[] {
  return PROFILE_IDS.map(findProfile);
}

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Version of the profile method: the category method (lexicon and weights) plus a fingerprint of
 * profiles.json. Stored profile findings made with another version are recomputed at ingest.
 */
export const PROFILE_VERSION = `${METHOD_VERSION}/${PROFILE_SET.version}.${fingerprint(JSON.stringify(profilesJson))}`;

interface HarmPayload {
  profile: ProfileId | null;
  id: string;
  weight: number;
  criminalises: boolean;
  enforces: boolean;
  /** Counts when the sentence states a law (criminalisation and its enforcement). */
  statedWithLaw: boolean;
  /** Phrases that undo the harm in its list item (see `unless` in profiles.json). */
  unless: PhraseSet<true> | null;
  needsNamedGroup: boolean;
  /** A removal abroad, assessed as a return (see `isReturn` in profiles.json). */
  isReturn: boolean;
  /** An ordinary crime too, read by the analyser's rules for crimes (see `isCrime` in profiles.json). */
  isCrime: boolean;
}

interface TermPayload {
  id: ProfileId;
  /** Phrases that, in the term's list item, keep it from naming the group (`qualifiedTerms`). */
  unless: PhraseSet<true> | null;
  /** Groups that, named in the same list item, are the victims instead (`contextTerms`). */
  yieldTo: ReadonlySet<ProfileId> | null;
}

const TERMS = new PhraseSet<TermPayload>(
  PROFILE_SET.profiles.flatMap((p) => [
    ...p.terms.map((phrase) => ({ phrase, payload: { id: p.id, unless: null, yieldTo: null } })),
    ...(p.qualifiedTerms ?? []).map((q) => ({
      phrase: q.phrase,
      payload: {
        id: p.id,
        unless: unlessPhrases([
          ...(q.unless ?? []),
          ...(q.unlessInmateConditions === true ? PROFILE_SET.inmateConditions : []),
        ]),
        yieldTo: null,
      },
    })),
    ...(p.contextTerms ?? []).map((c) => ({
      phrase: c.phrase,
      payload: { id: p.id, unless: null, yieldTo: new Set(c.yieldTo) },
    })),
  ]),
  LEXICON.defaultGap,
);
const REPORTING = PROFILE_SET.reportingVerbs.map((verb) => verb.toLowerCase());
const DETERMINERS = new Set(['the', 'a', 'an', 'local', 'some', 'several', 'many', 'other']);
const ACTORS = new Set(PROFILE_SET.actorWords.map((word) => word.toLowerCase()));
const FILLERS = new Set(PROFILE_SET.fillerWords.map((word) => word.toLowerCase()));
const PARTICIPLES = new Set(['protesting', 'demonstrating']);
// Nouns of events that protest: a participle after them describes the event ("rallies protesting …"). The classifier
// leaves out marches: "march" is also the month, which its crime links must not read as a protest.
const EVENTS = new Set([...PROTEST_EVENTS, 'march', 'marches']);
const INSTITUTIONS = new Set(PROFILE_SET.institutionWords.map((word) => word.toLowerCase()));
// Reasons the analyser gives for an abuse that happened abroad: the same words assert no harm here either.
const ABROAD_REASONS: ReadonlySet<string> = new Set(['out_of_scope:abroad', 'out_of_scope:refugee-victims']);
// The analyser's reason for a return that brought people into this country ("repatriated from Lakemoor", "forcibly
// returned to the country"): another state did the removal, so its words ("forcibly") assert no harm here either.
const RETURNED_HERE = 'out_of_scope:returned-here';
// The analyser's reasons for an abuse told only through an inquiry into it or a case dropped ("suspended its
// investigation into the killings", "charges against two activists were dismissed"): no abuse of the year is told.
const PAST_COURT_REASONS: ReadonlySet<string> = new Set([
  'court_event:investigation',
  'court_event:dismissal',
]);
// "Former inmates said guards abused women detainees": the people are former, the abuse they tell of need not be.
const FORMER_STATUS = 'historical:former';
/**
 * Whether the return cue ending before word `end` names where the people came from, another state ("repatriated from
 * Lakemoor", "deported by Lakemoor"), or brings them back "to the country" the report is about. A return the
 * analyser finds stays inside the country ("returned her to her family", "back to the camp") is done here, and its
 * words keep their weight as a harm.
 */
function returnedFromAbroad(words: readonly Word[], end: number): boolean {
  const next = words[end]?.lower;
  if ((next === 'from' || next === 'by') && words[end + 1]?.capitalised === true) return true;
  return next === 'to' && words[end + 1]?.lower === 'the' && words[end + 2]?.lower === 'country';
}
const IGNORED_BY = new Map<CategoryId, Set<ProfileId>>();
for (const profile of PROFILE_SET.profiles)
  for (const category of profile.ignoreCategories ?? []) {
    const set = IGNORED_BY.get(category) ?? new Set<ProfileId>();
    set.add(profile.id);
    IGNORED_BY.set(category, set);
  }
const RESPONSES = new PhraseSet<true>(
  PROFILE_SET.responseWords.map((phrase) => ({ phrase, payload: true as const })),
  LEXICON.defaultGap,
);
// "The court struck down the law that criminalised …": the law no longer stands (see `repealWords`).
const REPEALS = new PhraseSet<true>(
  PROFILE_SET.repealWords.map((phrase) => ({ phrase, payload: true as const })),
  LEXICON.defaultGap,
);
const PENALTY_WORDS: ReadonlySet<string> = new Set([
  'punishment',
  'penalty',
  'penalties',
  'flogging',
  'lashing',
  'conviction',
  'convictions',
]);
// "called on the government to … decriminalize", "a draft bill proposing decriminalization", "upholding the laws …
// claiming repealing them would …": a repeal sought, proposed or refused is no repeal.
const REPEAL_NOT_DONE: ReadonlySet<string> = new Set([
  'would',
  'could',
  'should',
  'called',
  'calling',
  'urged',
  'urging',
  'demanded',
  'proposed',
  'proposing',
  'proposal',
  'draft',
  'bill',
  'upheld',
  'upholding',
]);
// What a law against a group punishes ("same-sex sexual conduct"), to read a sentence about the law's end.
const LAW_OBJECTS = new PhraseSet<ProfileId>(
  PROFILE_SET.profiles.flatMap((p) => (p.lawObjects ?? []).map((phrase) => ({ phrase, payload: p.id }))),
  LEXICON.defaultGap,
);
const TERM_PREFILTER = new Prefilter(
  PROFILE_SET.profiles.flatMap((p) => [
    ...p.terms,
    ...(p.qualifiedTerms ?? []).map((q) => q.phrase),
    ...(p.contextTerms ?? []).map((c) => c.phrase),
    ...(p.lawObjects ?? []),
  ]),
);
/**
 * Categories whose victims belong to one group by definition: people held for their politics are
 * political opponents, people returned to danger are refugees, asylum seekers or migrants.
 */
const IMPLIED_TARGETS: ReadonlyArray<readonly [CategoryId, ProfileId]> = [
  ['political_prisoners', 'political_opponent'],
  ['refoulement', 'migrant_asylum_seeker'],
];
const IMPLIED_CATEGORIES: ReadonlySet<CategoryId> = new Set(IMPLIED_TARGETS.map(([category]) => category));
// The cues of those categories: a sentence without them implies no target.
const IMPLIED_PREFILTER = new Prefilter(
  IMPLIED_TARGETS.flatMap(([category]) => LEXICON.categories[category].map((entry) => entry.phrase)),
);
function unlessPhrases(phrases: readonly string[] | undefined): PhraseSet<true> | null {
  return phrases && phrases.length > 0
    ? new PhraseSet(
        phrases.map((phrase) => ({ phrase, payload: true as const })),
        LEXICON.defaultGap,
      )
    : null;
}

const HARMS = new PhraseSet<HarmPayload>(
  [
    ...PROFILE_SET.commonHarms.map((h) => ({
      phrase: h.phrase,
      ...(h.gap !== undefined ? { gap: h.gap } : {}),
      payload: {
        profile: null,
        id: 'abuse',
        weight: h.weight,
        criminalises: false,
        enforces: h.enforces === true,
        statedWithLaw: false,
        // "… prosecute those complicit in violence against X": the arrest is of the perpetrators, not of X.
        unless: unlessPhrases(h.unless),
        needsNamedGroup: false,
        isReturn: h.isReturn === true,
        isCrime: h.isCrime === true,
      },
    })),
    ...PROFILE_SET.profiles.flatMap((p) =>
      p.harms.map((h) => ({
        phrase: h.phrase,
        ...(h.gap !== undefined ? { gap: h.gap } : {}),
        payload: {
          profile: p.id,
          id: h.id,
          weight: h.weight,
          criminalises: h.criminalises === true,
          enforces: h.enforces === true,
          statedWithLaw: h.criminalises === true || h.statedWithLaw === true,
          unless: unlessPhrases(h.unless),
          needsNamedGroup: h.needsNamedGroup === true,
          isReturn: h.isReturn === true,
          isCrime: h.isCrime === true,
        },
      })),
    ),
  ],
  LEXICON.defaultGap,
);

const HARM_CUE = {
  category: 'arbitrary_detention',
  ordinary: false,
  needsDanger: false,
  needsPlace: false,
  needsCustody: false,
} as const;

// A removal abroad takes the cue profile of a return, so the analyser's rules for returns read it.
const RETURN_CUE = { ...HARM_CUE, category: 'refoulement' } as const;
// A harm that is an ordinary crime is read by the analyser's rules for court events too: "charged with rape" is a
// charge, "convicted of rape" a conviction, not an abuse asserted.
const CRIME_CUE = { ...HARM_CUE, crime: true } as const;

/** A group a sentence names as the target of an asserted abuse or group-specific harm. */
export interface Attribution {
  profile: ProfileId;
  category: CategoryId | null;
  harm: string | null;
  /** Weight before the section factor. */
  weight: number;
  cue: string;
  groupCue: string;
  /** The sentence states a law in force that criminalises the group. */
  criminalises: boolean;
  /** The sentence tells of an arrest or prosecution aimed at the group. */
  enforces: boolean;
}

/** What `attributeSentence` finds: the groups named at all, and those named as a target. */
export interface SentenceAttribution {
  mentioned: ProfileId[];
  targeted: Attribution[];
  /** Groups whose criminalising law the sentence says was struck down or repealed (`lawObjects`). */
  lawEnded: ProfileId[];
}

/**
 * The groups whose law the sentence says has ended: "the court declared the section unconstitutional
 * as it applied to consensual same-sex activity". A repeal that is denied ("was not repealed") or only
 * sought ("called on parliament to repeal") does not end it: in doubt the law stands, the safer reading.
 */
function lawsEndedIn(words: Word[], reportYear: number | undefined): ProfileId[] {
  const objects = LAW_OBJECTS.matchAll(words);
  if (objects.length === 0 || words.some((w) => REPEAL_NOT_DONE.has(w.lower))) return [];
  const context = new SentenceContext(words, reportYear);
  // "abolished corporal and capital punishment for sodomy": a penalty ended, not the law.
  const penaltyBetween = (from: number, to: number): boolean =>
    words.slice(from, to).some((w) => PENALTY_WORDS.has(w.lower));
  const ended = REPEALS.matchAll(words).some((r) => {
    // "urged lawmakers to repeal", "a bill to decriminalise", "had yet to repeal": sought, not done.
    if (words[r.start - 1]?.lower === 'to') return false;
    if (!objects.some((o) => o.start < r.end || !penaltyBetween(r.end, o.start))) return false;
    const status = context.assess(r.start, r.end, undefined, HARM_CUE).status;
    return status !== 'negated' && status !== 'hypothetical';
  });
  return ended ? [...new Set(objects.map((m) => m.phrase.payload))] : [];
}

const round = (value: number, digits = 3): number => Math.round(value * 10 ** digits) / 10 ** digits;

function wordIndexAt(words: readonly Word[], offset: number): number {
  return words.findIndex((w) => w.start <= offset && offset < w.end);
}

const startsWithAny = (word: Word | undefined, prefixes: readonly string[]): boolean =>
  word !== undefined && prefixes.some((prefix) => word.lower.startsWith(prefix));

/**
 * A word of one of the reporting verbs ("reported", "claims", "alleging"), not a noun of the one who does it:
 * "Kurdish reporters", "opposition publishers" name people, who do not speak by that word; nor the adverb
 * "reportedly", which only cites a source: in "activists reportedly were detained" no one speaks.
 */
const reportingVerb = (word: Word | undefined): boolean =>
  startsWithAny(word, REPORTING) &&
  !/(?:er|ers|or|ors)$/.test(word?.lower ?? '') &&
  word?.lower !== 'reportedly';

/**
 * Whether the words [start, end) that matched a group term name the group as people an abuse can
 * be aimed at. They do not when the group is the source or the agent: it speaks or acts ("activists
 * reported", "critics accused", "an attack by gang members", "told the press"); nor when the words
 * are part of the name of an institution ("the Refugee Rights Clinic", "the Women's Shelter").
 */
export function namesTheGroup(
  words: readonly Word[],
  start: number,
  end: number,
  sentence?: string,
  profile?: ProfileId,
): boolean {
  // "The demonstrators' demands": a possessive group owns the noun that follows; it does not speak.
  const last = words[end - 1];
  const possessive = sentence !== undefined && last !== undefined && /^['’]/.test(sentence.slice(last.end));
  // "a women's rights defender", "refugees' rights groups": the group's rights name a cause, not its people.
  if (possessive && words[words[end]?.lower === 's' ? end + 1 : end]?.lower === 'rights') return false;
  // "a women's prison", "the women's and juvenile centres": the group's facility is a place, not its people.
  if (possessive && namesFacility(words, words[end]?.lower === 's' ? end + 1 : end)) return false;
  // "Activists reported killings", "journalists also believed": the group speaks. Words that go
  // with the group ("members", "also") may sit between the group and the verb.
  // "Hasanli's wife, Rubaba Guliyeva, asserted": a name set off by commas may close with one.
  const apposition = words[end]?.capitalised === true && words[end]?.punctBefore === ',';
  for (let i = end; i < Math.min(words.length, possessive ? end : end + 5); i += 1) {
    const word = words[i];
    const closesApposition = apposition && word?.punctBefore === ',' && words[i - 1]?.capitalised === true;
    if (!word || (i > end && word.punctBefore !== '' && !closesApposition)) break;
    // "censorship of journalists; reports of police violence": a new list item has a subject of its own.
    if (word.punctBefore.includes(';')) break;
    // "Activists reported being harassed", "a journalist said he was beaten": the group tells of
    // what was done to it, so it is the target as well as the source.
    // "Christians accused of desecrating a book", "bloggers charged with insulting": a participle with "of" or
    // "with" names the people accused, not accusers.
    if (ACCUSED.has(word.lower) && ACCUSED_LINKS.has(words[i + 1]?.lower ?? '')) break;
    // "activists viewed as extremists", "journalists described as spies": a participle with "as" names what others
    // take the group for; the group does not speak.
    if (reportingVerb(word) && words[i + 1]?.lower !== 'as')
      return heldForPolitics(words, start, end, i) || tellsOfItself(words, i + 1);
    // Fillers, and a name in apposition ("the media outlet Nova published").
    if (!FILLERS.has(word.lower) && !word.capitalised) break;
  }
  // "Lawyers, journalists, and rights groups, including …, reported torture": one of a list of sources.
  if (listedSource(words, start, end)) return false;
  // "the NGO defined political prisoners as ...", "meet the definition of political prisoner": the words name a
  // category being defined, not people an abuse is aimed at.
  if (definedTerm(words, start)) return false;
  // "Rallies protesting violence": a participle after an event noun describes the event, not people.
  if (PARTICIPLES.has(words[start]?.lower ?? '') && EVENTS.has(words[start - 1]?.lower ?? '')) return false;
  // "transgender women": a word before the term names another group the people are targeted as.
  if (profile && NOT_AFTER.get(profile)?.has(words[start - 1]?.lower ?? '')) return false;
  // "ethnic armed groups", "Palestinian militants": the group word names the armed actor.
  if (ACTORS.has(words[end]?.lower ?? '')) return false;
  // "the Shuafat refugee camp", "displaced families in the refugee camps": the word names a place, where others live
  // too; the people harmed there are named by other words.
  if (profile === 'migrant_asylum_seeker' && CAMPS.has(words[end]?.lower ?? '')) return false;
  // "Kurdish villagers abducted a herder": the group does the harm, to someone else.
  if (doesTheHarm(words, end)) return false;
  // "those who had contact with foreigners", "citizens who helped refugees": the group is whom the people a
  // relative clause describes dealt with; an abuse of those people is not aimed at it.
  if (dealtWithInRelative(words, start)) return false;
  // "Amhara, Afar, and Somali regions": a people's name in a list of capitalised names shares the
  // head noun at the list's end, which may make all of them names of places.
  if (profile === 'ethnic_minority' && PLACE_HEADS.has(words[listHead(words, end)]?.lower ?? ''))
    return false;
  // "the al-Kessa tribe", "a man from the Dorvan tribe": one tribe named by its own name is a kin group, whose
  // quarrels with other tribes are not abuse aimed at an ethnic minority.
  if (
    profile === 'ethnic_minority' &&
    end - start === 1 &&
    words[start]?.lower === 'tribe' &&
    words[start - 1]?.capitalised === true &&
    words[start]?.punctBefore === ''
  )
    return false;
  // "a truce between the two tribes", "both clans": counted tribes are the kin groups the sentence speaks of, each
  // one tribe, not a minority.
  if (
    profile === 'ethnic_minority' &&
    end - start === 1 &&
    KIN_GROUPS.has(words[start]?.lower ?? '') &&
    KIN_COUNTS.has(words[start - 1]?.lower ?? '')
  )
    return false;
  // "the mixed Jewish-Arab city": a community word after "mixed" describes a place where communities live together.
  if (profile !== undefined && COMMUNITIES.has(profile) && words[start - 1]?.lower === 'mixed') return false;
  // "kidnappings for personal gain or for sectarian reasons": a community word before "reasons" names a motive the
  // sentence gives among others, not the people the abuse was aimed at.
  if (profile !== undefined && COMMUNITIES.has(profile) && words[end]?.lower === 'reasons') return false;
  // "ethnic tensions", "sectarian, ethnic, and tribal conflict", "ethnically and religiously mixed
  // provinces": the word describes relations between communities, not people an abuse targets.
  if (describesRelations(words, end)) return false;
  // "while covering protests", "while he was photographing opposition rallies": the event covered sits inside the
  // words of a gapped term; it names no one at the event.
  for (let i = start + 1; i < end - 1; i += 1) if (COVERING.has(words[i]?.lower ?? '')) return false;
  // "attacks by gang members", "told the press": the agent of a passive, the one told.
  // Determiners and names may sit between ("told the Daily Star newspaper").
  for (let back = start - 1; back >= Math.max(0, start - 4); back -= 1) {
    const word = words[back];
    if (!word) break;
    if (word.lower === 'by' || word.lower === 'told') return false;
    // "reported to the press", "complained to journalists": the one told, as after "told". Not an infinitive that
    // opens the group words: "detentions alleged to be politically motivated" name the motive, not one told.
    if (word.lower === 'to' && reportingVerb(words[back - 1]) && !infinitiveAt(words, back, start))
      return false;
    // "while covering an opposition demonstration": the event a journalist or monitor covers.
    if (COVERING.has(word.lower)) return false;
    if (!DETERMINERS.has(word.lower) && !word.capitalised) break;
  }
  // "according to human rights activists", "according to the press": those who watch and report
  // are the source. Victims' testimony ("according to refugees, guards beat …") still names them.
  if (profile && WITNESSES.has(profile)) {
    for (let back = start - 1; back >= Math.max(1, start - SOURCE_REACH); back -= 1) {
      if (words[back + 1]?.punctBefore) break;
      if (words[back]?.lower === 'to' && words[back - 1]?.lower === 'according') return false;
    }
  }
  // A capitalised group word inside a capitalised name that holds an institution word.
  const first = words[start];
  if (first?.capitalised && start > 0) {
    // A name runs on across commas ("Ministry of Labor, Invalids, and Social Affairs") but never across a colon,
    // a semicolon or a bracket: "Freedom of Movement: Refugees in the camp were ..." opens a sentence after a label.
    let i = start;
    while (
      i > 0 &&
      (words[i - 1]?.capitalised || isLinkWord(words[i - 1])) &&
      !NAME_BREAK.test(words[i]?.punctBefore ?? '')
    )
      i -= 1;
    let j = end;
    while (
      j < words.length &&
      (words[j]?.capitalised || isLinkWord(words[j])) &&
      !NAME_BREAK.test(words[j]?.punctBefore ?? '')
    )
      j += 1;
    // "Popular Front Party member": the words before an institution word the term holds name that institution too.
    const own = words.slice(start, end).findIndex((w) => w.capitalised && INSTITUTIONS.has(w.lower));
    for (let k = own < 0 ? i : start; k < j; k += 1) {
      // "Unity Party leader": a term that holds the institution word names the institution's people.
      if (k >= start && k < end) continue;
      const word = words[k];
      // "the Muslim Unity Movement": a movement that a faith names is a community of believers, its members the faithful.
      if (profile === 'religious_minority' && word?.lower === 'movement') continue;
      if (word && word.capitalised && INSTITUTIONS.has(word.lower)) return false;
    }
  }
  return true;
}

const COMMUNITIES: ReadonlySet<ProfileId> = new Set(['ethnic_minority', 'religious_minority']);
const KIN_GROUPS: ReadonlySet<string> = new Set(['tribes', 'clans']);
const KIN_COUNTS: ReadonlySet<string> = new Set(['two', 'both', 'rival']);

// Punctuation that ends a capitalised name: the words on either side belong to different phrases.
const NAME_BREAK = /[:;()]/;

const DEFINING: ReadonlySet<string> = new Set(['defined', 'define', 'defines', 'defining']);
const DEFINITIONS: ReadonlySet<string> = new Set(['definition', 'definitions']);

/** Whether the group words at `start` are the object of a definition ("defined X", "the definition of X"). */
function definedTerm(words: readonly Word[], start: number): boolean {
  const before = words[start - 1]?.lower ?? '';
  if (DEFINING.has(before)) return true;
  return before === 'of' && DEFINITIONS.has(words[start - 2]?.lower ?? '');
}

// The camps a word for refugees may name (`namesTheGroup`).
const CAMPS: ReadonlySet<string> = new Set(['camp', 'camps']);

// Places and units that a possessive group word may own: "women's prison", "the migrants' wing".
const FACILITIES: ReadonlySet<string> = new Set([
  'prison',
  'prisons',
  'jail',
  'jails',
  'center',
  'centers',
  'centre',
  'centres',
  'facility',
  'facilities',
  'wing',
  'wings',
  'ward',
  'wards',
  'section',
  'sections',
  'unit',
  'units',
  'colony',
  'colonies',
  'block',
  'blocks',
  'dormitory',
  'dormitories',
]);

/**
 * Whether the words from `i`, right after a possessive group word, are a facility noun, or another owner joined by
 * "and" or "or" and then one ("women's and juvenile centres"): the words name a place.
 */
function namesFacility(words: readonly Word[], i: number): boolean {
  const at = (k: number): string => words[k]?.lower ?? '';
  if (FACILITIES.has(at(i))) return true;
  return (at(i) === 'and' || at(i) === 'or') && words[i + 2]?.punctBefore === '' && FACILITIES.has(at(i + 2));
}

/** Whether the one group word at `start` sits inside a run of capitalised words with no punctuation between. */
function inPersonalName(words: readonly Word[], start: number, end: number): boolean {
  if (end - start !== 1 || start < 2) return false;
  const [before, word, after] = [words[start - 1], words[start], words[end]];
  return (
    before?.capitalised === true &&
    word?.capitalised === true &&
    after?.capitalised === true &&
    word.punctBefore === '' &&
    after.punctBefore === ''
  );
}

// Past forms of harm verbs that, with an object after them, say the words before them did the harm.
const ACTIVE_HARMS: ReadonlySet<string> = new Set([
  'killed',
  'shot',
  'abducted',
  'kidnapped',
  'attacked',
  'assaulted',
  'beat',
  'murdered',
  'raped',
  'forced',
  'threatened',
]);
// Words that open the object of such a verb: "abducted a herder", "threatened two families".
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'two',
  'three',
]);

/**
 * Whether the words from `end`, right after the group words, are a finite harm verb with an object of its own
 * ("… abducted a herder", "… shot and killed a boy"): the group is the subject, not the target.
 */
function doesTheHarm(words: readonly Word[], end: number): boolean {
  let i = end;
  // "Hindu villagers", "the Kurdish community": a head noun the group word describes.
  if (HEADS.has(words[i]?.lower ?? '') && words[i]?.punctBefore === '') i += 1;
  const adverbs = i + 2;
  while (i < adverbs && words[i]?.lower.endsWith('ly') === true) i += 1;
  const verb = words[i];
  if (!verb || verb.punctBefore !== '' || !ACTIVE_HARMS.has(verb.lower)) return false;
  // "shot and killed": a second verb joined to the first.
  let j = i + 1;
  if (words[j]?.lower === 'and' && ACTIVE_HARMS.has(words[j + 1]?.lower ?? '')) j += 2;
  const object = words[j];
  if (!object || object.punctBefore !== '') return false;
  return (
    OBJECT_OPENERS.has(object.lower) ||
    object.capitalised ||
    isNumber(object) ||
    ACTIVE_OBJECTS.has(object.lower)
  );
}
// Nouns of people that a group word may describe before the verb.
const HEADS: ReadonlySet<string> = new Set([
  'residents',
  'community',
  'communities',
  'villagers',
  'youths',
  'settlers',
  'men',
  'members',
]);
// Plural nouns that may stand as the object with no determiner: "forced women to leave".
const ACTIVE_OBJECTS: ReadonlySet<string> = new Set([
  'women',
  'girls',
  'men',
  'children',
  'residents',
  'civilians',
]);

const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom']);
// Verbs of dealing with people: in "who helped refugees" the group is the object of the act of others.
const DEALINGS: ReadonlySet<string> = new Set([
  'helped',
  'assisted',
  'aided',
  'sheltered',
  'hid',
  'contacted',
  'contact',
  'met',
  'hosted',
  'housed',
  'employed',
  'hired',
]);
/** How far before the group words "who … helped" may start. */
const RELATIVE_REACH = 6;

/** Whether the group words at `start` are the object of a verb of dealing in a relative clause. */
function dealtWithInRelative(words: readonly Word[], start: number): boolean {
  let dealing = false;
  for (let back = start - 1; back >= Math.max(0, start - RELATIVE_REACH); back -= 1) {
    const word = words[back];
    if (!word || words[back + 1]?.punctBefore) return false;
    if (DEALINGS.has(word.lower)) dealing = true;
    if (RELATIVES.has(word.lower)) return dealing;
  }
  return false;
}

/** How far into the sentence a list of sources may start, and how far on its reporting verb may sit. */
const SOURCE_LIST_START = 3;
const SOURCE_LIST_REACH = 30;
const FINITE: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'been',
  'who',
  'that',
]);

/**
 * Whether the group words [start, end) open a sentence as one item of a list of subjects whose verb
 * is a reporting verb: "Defense lawyers, journalists, and monitoring groups, including …, reported …".
 * A participle or finite verb before the reporting verb ("journalists detained in May reported") ends
 * the list: the group may then be telling of itself.
 */
function listedSource(words: readonly Word[], start: number, end: number): boolean {
  if (start > SOURCE_LIST_START) return false;
  const next = words[end];
  if (!next || !(next.punctBefore === ',' || next.lower === 'and')) return false;
  for (let i = end; i < Math.min(words.length, end + SOURCE_LIST_REACH); i += 1) {
    const word = words[i];
    if (!word || /[;:]/.test(word.punctBefore)) return false;
    if (reportingVerb(word)) return !tellsOfItself(words, i + 1);
    if (FINITE.has(word.lower) || (!word.capitalised && word.lower.endsWith('ed') && !modifies(words, i)))
      return false;
  }
  return false;
}

// Words after which a participle describes the noun that follows it: "relatives of jailed reporters".
const BEFORE_MODIFIER: ReadonlySet<string> = new Set(['of', 'the', 'and']);
/** Whether the participle at `i` describes the next word, inside a list of sources, rather than being its verb. */
const modifies = (words: readonly Word[], i: number): boolean =>
  BEFORE_MODIFIER.has(words[i - 1]?.lower ?? '') && words[i + 1]?.punctBefore === '';

// Nouns of places that a people's name may head in a list: "Amhara and Oromia regions".
const PLACE_HEADS = new Set([
  'region',
  'regions',
  'state',
  'states',
  'province',
  'provinces',
  'zone',
  'zones',
]);
/** How many words a list of names before a shared head noun may take: "Amhara, Afar, and Somali regions". */
const LIST_REACH = 8;

/**
 * The index of the word that ends a list of capitalised names starting at `end` ("and Somali
 * regions" → "regions"), or `end` itself when no such list follows.
 */
function listHead(words: readonly Word[], end: number): number {
  let i = end;
  while (i < Math.min(words.length, end + LIST_REACH)) {
    const word = words[i];
    if (!word) break;
    const link = word.lower === 'and' || word.lower === 'or';
    if (!link && !(word.capitalised && word.punctBefore === ',') && !(i > end && word.capitalised)) break;
    i += 1;
  }
  return i;
}

// Groups whose members watch and report: "according to" them names a source, not a victim.
// How far back "according to" may sit: a list of sources shares it ("according to rights groups and the local press").
const SOURCE_REACH = 8;
const WITNESSES = new Set<ProfileId>(['political_opponent', 'journalist']);
// Verbs of watching or reporting an event: the group words after them name the event covered.
const COVERING = new Set(['covering', 'photographing', 'filming', 'monitoring', 'observing', 'documenting']);
// Nouns and participles of relations between communities ("ethnic tensions", "ethnically mixed").
const RELATIONS = new Set([
  'tension',
  'tensions',
  'conflict',
  'conflicts',
  'mixed',
  'clashes',
  'strife',
  'fighting',
  'divisions',
  'lines',
]);
// Adjectives that may sit in a list before such a noun ("sectarian, ethnic, and tribal conflict"), besides
// "and", "or" and adverbs in -ly ("ethnically and religiously mixed").
const RELATION_ADJECTIVES = new Set([
  'ethnic',
  'religious',
  'sectarian',
  'intercommunal',
  'tribal',
  'political',
]);

/** Whether the words from `end` are a list of adjectives ending in a noun of relations between communities. */
function describesRelations(words: readonly Word[], end: number): boolean {
  for (let i = end; i < Math.min(words.length, end + 4); i += 1) {
    const word = words[i];
    if (!word) return false;
    if (RELATIONS.has(word.lower)) return true;
    const skip =
      word.lower === 'and' ||
      word.lower === 'or' ||
      word.lower.endsWith('ly') ||
      RELATION_ADJECTIVES.has(word.lower);
    if (!skip) return false;
  }
  return false;
}

/**
 * Whether the group words [start, end) are "political prisoner(s)" and the subject of the reporting verb at
 * `verb`: people held for their politics who report ("political prisoners reported beatings by guards") tell of
 * their own custody, so they are the target as well as the source. An "and" between opens another predicate
 * whose subject may be someone else ("did not consider them political prisoners and stated …").
 */
function heldForPolitics(words: readonly Word[], start: number, end: number, verb: number): boolean {
  if (
    end - start !== 2 ||
    words[start]?.lower !== 'political' ||
    !startsWithAny(words[end - 1], ['prisoner'])
  )
    return false;
  return words.slice(end, verb).every((w) => w.lower !== 'and');
}

/** Whether "to" at `to` is the infinitive of the verb that opens the group words at `start` ("alleged to be …"). */
const infinitiveAt = (words: readonly Word[], to: number, start: number): boolean =>
  to === start - 1 && words[start]?.lower === 'be';

const SELF = new Set(['he', 'she', 'they', 'we', 'i']);
const ACCUSED: ReadonlySet<string> = new Set(['accused', 'suspected', 'charged']);
const ACCUSED_LINKS: ReadonlySet<string> = new Set(['of', 'with']);
const PASSIVE = new Set(['was', 'were', 'had', 'been']);

/**
 * Whether the words from `i`, right after a reporting verb, tell of what was done to the speaker:
 * "being harassed", "that he was detained", "they had been beaten".
 */
function tellsOfItself(words: readonly Word[], i: number): boolean {
  let j = i;
  if (words[j]?.lower === 'that') j += 1;
  const word = words[j];
  if (!word) return false;
  if (j === i && (word.lower === 'being' || word.lower === 'having')) return true;
  if (SELF.has(word.lower) && PASSIVE.has(words[j + 1]?.lower ?? '')) return true;
  // "Prisoners reported the guards held them in isolation": the speakers are the object of what they tell.
  for (let k = j + 1; k < Math.min(words.length, j + SELF_OBJECT_REACH); k += 1) {
    const next = words[k];
    if (!next || next.segment !== word.segment) break;
    if (SELF_OBJECTS.has(next.lower)) return true;
  }
  return false;
}

// Pronouns by which what the group tells may name it as the object: "reported police beat them".
const SELF_OBJECTS: ReadonlySet<string> = new Set(['them']);
/** How far after the reporting verb such a pronoun may sit. */
const SELF_OBJECT_REACH = 8;

const COMPLEMENTS = new Map<ProfileId, Set<string>>(
  PROFILE_SET.profiles.map((p) => [p.id, new Set((p.complements ?? []).map((w) => w.toLowerCase()))]),
);
// A possessive right after a harm verb opens its object ("killed her husband", "beat their children"): the verb is
// active, and the group words before it name who did the harm, not who suffered it.
const OWN_OBJECT: ReadonlySet<string> = new Set(['his', 'her', 'their']);
const NOT_AFTER = new Map<ProfileId, Set<string>>(
  PROFILE_SET.profiles.map((p) => [p.id, new Set((p.notAfter ?? []).map((w) => w.toLowerCase()))]),
);
const isNumber = (word: Word | undefined): boolean => word !== undefined && /^[\d,.]+$/.test(word.lower);

/**
 * Whether the group words [start, end) are joined by "and"/"or" or a list comma to a word for the
 * rest of the population ("boys and girls", "1,273 women and 1,444 men", "men, women, and
 * children"), numbers allowed between.
 */
function joinedToComplement(words: readonly Word[], start: number, end: number, id: ProfileId): boolean {
  const others = COMPLEMENTS.get(id);
  if (!others || others.size === 0) return false;
  const isLink = (w: Word | undefined) => w?.lower === 'and' || w?.lower === 'or';
  let after = end;
  const comma = words[after]?.punctBefore.includes(',') === true;
  if (isLink(words[after])) after += 1;
  if (after > end || comma) {
    const counted = isNumber(words[after]);
    if (counted) after += 1;
    if (others.has(words[after]?.lower ?? '')) return true;
    // "7 women and 19 children died in the raid": counted beside children, women are a share of the victims.
    if (counted && isNumber(words[start - 1]) && COUNTED_SHARES.has(words[after]?.lower ?? '')) return true;
  }
  let before = start - 1;
  if (isNumber(words[before])) before -= 1;
  if (isLink(words[before])) return others.has(words[before - 1]?.lower ?? '');
  return words[before + 1]?.punctBefore.includes(',') === true && others.has(words[before]?.lower ?? '');
}

const SPOUSES: ReadonlySet<string> = new Set(['wife', 'wives']);

/**
 * Whether the group words [start, end) are a wife named by whose wife she is ("the wife of a judge", "threatened to
 * kill his wife"): a harm done to her then reaches her through him, not as a woman; only the group's own harms
 * (domestic violence and the like) make her a target.
 */
function namedAsSpouse(words: readonly Word[], start: number, end: number): boolean {
  if (end - start !== 1 || !SPOUSES.has(words[start]?.lower ?? '')) return false;
  return words[end]?.lower === 'of' || words[start - 1]?.lower === 'his';
}

const COUNTED_SHARES: ReadonlySet<string> = new Set(['children']);
// Words that count the group within a larger set: "1,300 civilians, including 129 women", "of which 600 were women".
const SHARE_QUANTIFIERS: ReadonlySet<string> = new Set([
  ...REPORT_COUNT_WORDS,
  'many',
  'several',
  'some',
  'most',
  'up',
  'to',
  'at',
  'least',
  'about',
  'nearly',
  'almost',
  'approximately',
  'were',
  'are',
]);
/** How many quantifier words may stand between "including" or "of which" and the group words. */
const SHARE_REACH = 4;

/**
 * Whether the group words at `start` count a share of a larger set of victims named before them
 * ("killed 1,300 civilians, including 129 women", "kidnapped 1,200 people, up to 600 of whom were
 * women"): the abuse is aimed at all of them, and the group is no target as such.
 */
function shareOfVictims(words: readonly Word[], start: number, id: ProfileId): boolean {
  if ((COMPLEMENTS.get(id)?.size ?? 0) === 0) return false;
  let i = start - 1;
  while (i >= Math.max(0, start - 1 - SHARE_REACH)) {
    const word = words[i];
    if (!word || !(isNumber(word) || SHARE_QUANTIFIERS.has(word.lower))) break;
    i -= 1;
  }
  if (words[i]?.lower === 'including') return true;
  return (words[i]?.lower === 'which' || words[i]?.lower === 'whom') && words[i - 1]?.lower === 'of';
}

// Nouns of a crime or of its author, whose victim follows "of", "against" or "on" ("the killer of a journalist",
// "threats against reporters", "the deaths of two indigenous men", "an attack on migrants").
const CRIME_NOUNS: ReadonlySet<string> = new Set([
  'killer',
  'killers',
  'murderer',
  'murderers',
  'murder',
  'murders',
  'killing',
  'killings',
  'death',
  'deaths',
  'attack',
  'attacks',
  'attackers',
  'assault',
  'assaults',
  'assailants',
  'threat',
  'threats',
  'kidnappers',
  'kidnapping',
  'abduction',
  'rape',
]);
// Counts and possessives before the victim: "the killers of two activists", "threats against their reporters".
const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...REPORT_COUNT_WORDS,
  'hundreds',
  'several',
  'his',
  'her',
  'their',
]);
// Categories that hold people: their victims are who was held, not whom the crime they were held for hurt.
const HOLDING: ReadonlySet<CategoryId> = new Set(['arbitrary_detention', 'political_prisoners']);
const VICTIM_LINKS: ReadonlySet<string> = new Set(['of', 'against', 'on']);

/**
 * Whether the group words starting at `start` name the victim of a crime ("the killer of a journalist",
 * "repeated threats against two reporters"): determiners, numbers and adjectives in -al/-ed may sit between.
 */
function victimOfCrime(words: readonly Word[], start: number): boolean {
  let i = start - 1;
  while (
    i > 0 &&
    (DETERMINERS.has(words[i]?.lower ?? '') || isNumber(words[i]) || COUNT_WORDS.has(words[i]?.lower ?? ''))
  )
    i -= 1;
  // "guilty of killing two Russian journalists": a crime told by its verb takes the victims as its object, a
  // nationality or name before them.
  let j = i;
  while (
    j > 0 &&
    words[j + 1]?.punctBefore === '' &&
    (words[j]?.capitalised === true ||
      DETERMINERS.has(words[j]?.lower ?? '') ||
      isNumber(words[j]) ||
      COUNT_WORDS.has(words[j]?.lower ?? ''))
  )
    j -= 1;
  if (CRIME_GERUNDS.has(words[j]?.lower ?? '')) return true;
  if (!VICTIM_LINKS.has(words[i]?.lower ?? '')) return false;
  return CRIME_NOUNS.has(words[i - 1]?.lower ?? '');
}
const CRIME_GERUNDS: ReadonlySet<string> = new Set([
  'killing',
  'murdering',
  'attacking',
  'assaulting',
  'beating',
  'kidnapping',
  'abducting',
  'raping',
  'threatening',
  'stabbing',
  'shooting',
]);

// Verbs of a crime whose victim is their object: "arrested a man who raped a girl with disabilities".
const CRIME_VERBS: ReadonlySet<string> = new Set([
  'killed',
  'murdered',
  'raped',
  'attacked',
  'assaulted',
  'beat',
  'abused',
  'mistreated',
  'kidnapped',
  'abducted',
  'robbed',
  'threatened',
]);
// Adverbs between "who" and the crime verb: "who allegedly raped".
const CRIME_ADVERBS: ReadonlySet<string> = new Set(['allegedly', 'reportedly']);
/** How far before the group words "who raped" may start. */
const CRIME_CLAUSE_REACH = 8;

/**
 * Whether the group words at `start` are the victims in a relative clause that tells the crime of whoever an
 * arrest or charge is aimed at ("police arrested a therapist who raped and mistreated a minor with
 * disabilities"): the arrest is of the perpetrator, not of the group.
 */
function victimInCrimeClause(words: readonly Word[], start: number): boolean {
  for (let back = start - 1; back >= Math.max(1, start - CRIME_CLAUSE_REACH); back -= 1) {
    if (words[back + 1]?.punctBefore.includes(';')) return false;
    if (!CRIME_VERBS.has(words[back]?.lower ?? '')) continue;
    // "who raped", "who allegedly raped".
    const before = CRIME_ADVERBS.has(words[back - 1]?.lower ?? '') ? back - 2 : back - 1;
    if (words[before]?.lower === 'who') return true;
  }
  return false;
}

const isLinkWord = (word: Word | undefined): boolean =>
  word !== undefined && (word.lower === 'of' || word.lower === 'for' || word.lower === 'and');

/** How `attributeSentence` reads a sentence. */
export interface AttributionOptions extends AnalyzeOptions {
  /**
   * The category signals of a sentence, as `analyzeSentence` finds them with `reportYear`: lets a
   * caller that analysed the report already (the ingest, while scoring it) pass them on instead of
   * the sentence being analysed again. Default: `analyzeSentence`.
   */
  analyze?: (sentence: string) => readonly Signal[];
}

/**
 * The groups one sentence names, and which of them it names as the target of an abuse. An abuse is
 * an asserted category signal of the sentence analyser, or a harm of profiles.json whose status the
 * analyser's rules find asserted; a criminalising harm also counts when stated as law. The group
 * and the abuse must sit in the same list item (`;`/`:` segment) of the sentence.
 */
export function attributeSentence(sentence: string, options: AttributionOptions = {}): SentenceAttribution {
  const none: SentenceAttribution = { mentioned: [], targeted: [], lawEnded: [] };
  let early: readonly Signal[] | undefined;
  if (!TERM_PREFILTER.mayMatch(sentence)) {
    // With no group word, only an implied target is possible, and only when its category is asserted: the
    // signals decide before any tokenising (most sentences of a report end here).
    if (!IMPLIED_PREFILTER.mayMatch(sentence)) return none;
    early = options.analyze?.(sentence) ?? analyzeSentence(sentence, options);
    if (!early.some((s) => IMPLIED_CATEGORIES.has(s.category) && s.status === 'asserted' && s.weight > 0))
      return none;
  }
  const words = tokenize(sentence);
  assignClauses(words);
  const lawEnded = lawsEndedIn(words, options.reportYear);
  // Overlaps are resolved per profile ("Kurdish opposition party members" names two groups), and
  // only among the words that do name the group, so a rejected term hides no other.
  const termMatches = TERMS.matchAll(words);
  const named = termMatches.filter(
    (m) =>
      namesTheGroup(words, m.start, m.end, sentence, m.phrase.payload.id) &&
      // "Ali Muslim Karimov": one group word between two capitalised words that name no group is part of a name.
      !(
        inPersonalName(words, m.start, m.end) &&
        !termMatches.some((o) => o.start <= m.start - 1 && m.start - 1 < o.end) &&
        !termMatches.some((o) => o.start <= m.end && m.end < o.end)
      ) &&
      // A qualified term whose list item says all inmates share it ("tuberculosis spread by overcrowding").
      !m.phrase.payload.unless
        ?.matchAll(words)
        .some((u) => words[u.start]?.segment === words[m.start]?.segment),
  );
  const resolved = PROFILE_IDS.flatMap((id) => greedy(named.filter((m) => m.phrase.payload.id === id)));
  // "police detained a reporter during the rally": the rally tells where the reporter was working, and names no
  // protester.
  const groups = resolved.filter((g) => {
    const yieldTo = g.phrase.payload.yieldTo;
    const segment = words[g.start]?.segment;
    return (
      !yieldTo ||
      !resolved.some((o) => yieldTo.has(o.phrase.payload.id) && words[o.start]?.segment === segment)
    );
  });
  if (groups.length === 0 && !IMPLIED_PREFILTER.mayMatch(sentence))
    return { mentioned: [], targeted: [], lawEnded };
  const mentioned = PROFILE_IDS.filter((id) => groups.some((g) => g.phrase.payload.id === id));
  // "Abuse of Migrants and Refugees: police beat detainees …": a run-in label names the topic of the
  // whole sentence, so a group it names is named for every list item.
  const labelEnd = runInLabelEnd(sentence);
  const inLabel = (index: number): boolean => (words[index]?.end ?? Infinity) <= labelEnd;

  const candidates: Array<{
    segment: number;
    payload: Omit<Attribution, 'profile' | 'groupCue'> & { only: ProfileId | null };
    /** Profiles for which this category does not count. */
    ignoredBy?: ReadonlySet<ProfileId> | null;
    /** An arrest or prosecution of the common harms. */
    commonEnforcement?: boolean;
    /** Words of a harm that must not be all that names the group (`needsNamedGroup`). */
    ownWords?: { start: number; end: number };
    /** A harm verb with an object of its own ("killed their newborns"): words before it name its agent. */
    agentBefore?: number;
  }> = [];
  const signals = early ?? options.analyze?.(sentence) ?? analyzeSentence(sentence, options);
  // "did not forcibly return refugees": words the analyser found negated as a category cue are
  // negated as a harm too, whatever the harm's own shorter context says. So are words it found told of
  // abuse abroad ("refugees described mistreatment", suffered in the country they fled), and words it found
  // told of abuse before the report year ("the 2015 killing of a journalist") or only of an inquiry into one.
  const negatedSpans = signals.filter(
    (s) =>
      s.status === 'negated' ||
      (s.reason.startsWith('historical:') && s.reason !== FORMER_STATUS) ||
      PAST_COURT_REASONS.has(s.reason) ||
      ABROAD_REASONS.has(s.reason) ||
      (s.reason === RETURNED_HERE && returnedFromAbroad(words, wordIndexAt(words, s.cueEnd - 1) + 1)),
  );
  for (const signal of signals) {
    if (signal.status !== 'asserted' || signal.weight <= 0) continue;
    const index = wordIndexAt(words, signal.cueStart);
    candidates.push({
      ignoredBy: IGNORED_BY.get(signal.category) ?? null,
      segment: words[index]?.segment ?? -1,
      payload: {
        category: signal.category,
        harm: null,
        weight: signal.weight,
        cue: signal.cue,
        criminalises: false,
        enforces: false,
        only: null,
      },
    });
  }
  const harms = HARMS.matchAll(words).filter(
    (m) => m.phrase.payload.profile === null || mentioned.includes(m.phrase.payload.profile),
  );
  // "Shelters for women who survived domestic violence": help for victims, not an abuse asserted.
  const responseSegments = new Set(
    harms.length > 0 ? RESPONSES.matchAll(words).map((m) => words[m.start]?.segment ?? -1) : [],
  );
  if (harms.length > 0) {
    const context = new SentenceContext(
      words,
      options.reportYear,
      0,
      options.placesAbroad?.findIn(words, sentence),
    );
    // Whether the sentence says a law ended ("was repealed"), not that it did not ("was not repealed").
    let repealed: boolean | undefined;
    const repealStated = (): boolean =>
      (repealed ??= REPEALS.matchAll(words).some(
        (r) => context.assess(r.start, r.end, undefined, HARM_CUE).status !== 'negated',
      ));
    // Every harm match is weighed (no overlap resolution): a group's own harm must not lose to a common one.
    for (const m of harms) {
      const first = words[m.start];
      const last = words[m.end - 1];
      if (!first || !last) continue;
      const payload = m.phrase.payload;
      if (responseSegments.has(first.segment)) continue;
      // "Rape and Domestic Violence: Rape, the code says, is a crime": a harm in the label names the topic, not a fact.
      if (inLabel(m.end - 1)) continue;
      if (negatedSpans.some((n) => n.cueStart <= first.start && last.end <= n.cueEnd)) continue;
      // Harms are not category cues; they take the plainest cue profile (no place or danger needed).
      const assessed = context.assess(
        m.start,
        m.end,
        undefined,
        payload.isReturn ? RETURN_CUE : payload.isCrime ? CRIME_CUE : HARM_CUE,
      );
      const counts =
        assessed.status === 'asserted' || (payload.statedWithLaw && assessed.status === 'legal_norm');
      if (!counts) continue;
      // "… in the armed forces": the law is not a risk for everyone.
      if (payload.unless?.matchAll(words).some((u) => words[u.start]?.segment === first.segment)) continue;
      if (payload.criminalises && repealStated()) continue;
      const factor = assessed.status === 'asserted' ? assessed.intensity * assessed.credibility : 1;
      candidates.push({
        segment: first.segment,
        commonEnforcement: payload.profile === null && payload.enforces,
        ...(payload.needsNamedGroup ? { ownWords: { start: m.start, end: m.end } } : {}),
        ...(OWN_OBJECT.has(words[m.end]?.lower ?? '') ? { agentBefore: m.start } : {}),
        payload: {
          category: null,
          harm: payload.id,
          weight: round(payload.weight * factor),
          cue: sentence.slice(first.start, last.end),
          criminalises: payload.criminalises,
          enforces: payload.enforces,
          only: payload.profile,
        },
      });
    }
  }

  const targeted: Attribution[] = [];
  for (const id of mentioned) {
    const names = groups.filter((g) => g.phrase.payload.id === id);
    // A harm that needs another name of the group looks past overlaps: "denied inmates with HIV their
    // medication" is also read as one longer term that is the harm's own words.
    const allNames = named.filter((g) => g.phrase.payload.id === id);
    let best: Attribution | undefined;
    let criminalises = false;
    let enforces = false;
    for (const candidate of candidates) {
      if (candidate.payload.only !== null && candidate.payload.only !== id) continue;
      if (candidate.ignoredBy?.has(id)) continue;
      if (candidate.commonEnforcement && findProfile(id).ignoreEnforcement === true) continue;
      const name = (candidate.ownWords ? allNames : names).find(
        (g) =>
          (words[g.start]?.segment === candidate.segment || inLabel(g.end - 1)) &&
          (candidate.ownWords === undefined ||
            g.end <= candidate.ownWords.start ||
            g.start >= candidate.ownWords.end ||
            // "denied inmates with HIV their medication": a name inside the harm's gap is not its words.
            (g.start > candidate.ownWords.start && g.end < candidate.ownWords.end)) &&
          (candidate.payload.only !== null ||
            !(
              joinedToComplement(words, g.start, g.end, id) ||
              shareOfVictims(words, g.start, id) ||
              namedAsSpouse(words, g.start, g.end)
            )) &&
          // "rural women sometimes killed their newborns": the group does the harm, to others.
          (candidate.agentBefore === undefined || g.start > candidate.agentBefore) &&
          // "sentenced the killer of a journalist": the arrest, charge or sentence is aimed at whoever
          // committed a crime against the group, not at the group.
          !(
            (candidate.payload.enforces || HOLDING.has(candidate.payload.category ?? 'killings')) &&
            (victimOfCrime(words, g.start) || victimInCrimeClause(words, g.start))
          ),
      );
      if (!name) continue;
      criminalises ||= candidate.payload.criminalises;
      enforces ||= candidate.payload.enforces;
      if (best && best.weight >= candidate.payload.weight) continue;
      const first = words[name.start];
      const last = words[name.end - 1];
      const { only: _only, ...rest } = candidate.payload;
      best = {
        profile: id,
        ...rest,
        groupCue: first && last ? sentence.slice(first.start, last.end) : '',
      };
    }
    if (best) targeted.push({ ...best, criminalises, enforces });
  }
  // Group words the rules above found to be no target ("demonstrators demanded …") keep that reading.
  const termSpans = termMatches.map((m) => ({
    start: words[m.start]?.start ?? 0,
    end: words[m.end - 1]?.end ?? 0,
  }));
  const implied = IMPLIED_TARGETS.flatMap(([category, id]) => {
    const found = impliedTarget(category, id, signals, mentioned, targeted, termSpans);
    return found ? [found] : [];
  });
  if (implied.length === 0) return { mentioned, targeted, lawEnded };
  return {
    mentioned: PROFILE_IDS.filter((id) => mentioned.includes(id) || implied.some((t) => t.profile === id)),
    targeted: [...targeted, ...implied],
    lawEnded,
  };
}

/**
 * "Workers were arrested and prosecuted for organising a strike", "police pushed back six boats":
 * an asserted `political_prisoners` signal says that people were held for their politics, activism,
 * journalism, religion or ethnicity; an asserted `refoulement` signal that people were sent back to
 * danger. When the sentence names no group at all besides the implied one, the victims are that
 * group (political opponents; migrants and asylum seekers), whether or not a word of it names them.
 * A cue that holds group words keeps what the rules found for them ("demonstrators demanded the
 * release of men detained").
 */
function impliedTarget(
  category: CategoryId,
  id: ProfileId,
  signals: readonly Signal[],
  mentioned: readonly ProfileId[],
  targeted: readonly Attribution[],
  termSpans: ReadonlyArray<{ start: number; end: number }>,
): Attribution | null {
  if (targeted.some((t) => t.profile === id)) return null;
  if (mentioned.some((other) => other !== id)) return null;
  let best: Signal | undefined;
  for (const signal of signals)
    if (
      signal.category === category &&
      signal.status === 'asserted' &&
      signal.weight > 0 &&
      !termSpans.some((t) => t.start < signal.cueEnd && signal.cueStart < t.end) &&
      (!best || signal.weight > best.weight)
    )
      best = signal;
  if (!best) return null;
  return {
    profile: id,
    category,
    harm: null,
    weight: best.weight,
    cue: best.cue,
    groupCue: best.cue,
    criminalises: false,
    enforces: false,
  };
}

/** A paragraph of a stored or parsed report, with the section it sits in. */
export interface ProfileParagraph {
  text: string;
  /** Offset of the paragraph in the report text. */
  start: number;
  section: SectionKey;
  heading: string;
}

/**
 * What one report says about each group: per profile the summed weight of the sentences that target
 * it, how many do, how many name it at all, and the strongest of them as evidence.
 */
export function extractReportProfiles(
  report: {
    year: number;
    textLength: number;
    paragraphs: readonly ProfileParagraph[];
  },
  options: Pick<AttributionOptions, 'analyze'> = {},
): ReportProfiles {
  const { combination } = PROFILE_SET;
  const summaries = Object.fromEntries(
    PROFILE_IDS.map((id) => [
      id,
      {
        raw: 0,
        lawRaw: 0,
        evidenceCount: 0,
        mentions: 0,
        criminalised: false,
        enforced: false,
        lawEnded: false,
      },
    ]),
  ) as Record<ProfileId, ReportProfileSummary>;
  const found: Array<{ item: Attribution; evidence: ProfileEvidence }> = [];
  for (const paragraph of report.paragraphs) {
    for (const span of splitSentences(paragraph.text)) {
      const attribution = attributeSentence(span.text, { ...options, reportYear: report.year });
      for (const id of attribution.mentioned) summaries[id].mentions += 1;
      for (const id of attribution.lawEnded) summaries[id].lawEnded = true;
      for (const item of attribution.targeted) {
        const profile = findProfile(item.profile);
        const sectionFactor = profile.sections.includes(paragraph.section) ? 1 : combination.offSectionWeight;
        found.push({
          item,
          evidence: {
            profile: item.profile,
            category: item.category,
            harm: item.harm,
            quote: span.text,
            section: paragraph.section,
            heading: paragraph.heading,
            start: paragraph.start + span.start,
            end: paragraph.start + span.end,
            weight: round(item.weight * sectionFactor),
            cue: item.cue,
            groupCue: item.groupCue,
          },
        });
      }
    }
  }
  const all: ProfileEvidence[] = [];
  for (const { item, evidence } of found) {
    const summary = summaries[item.profile];
    // A report that tells of the law's end does not criminalise the group, whatever it says of the law as it
    // stood: the law's own sentences are not evidence either (arrests and other abuse still are).
    const statesLaw = item.criminalises && item.category === null;
    if (summary.lawEnded && statesLaw) continue;
    summary.raw = round(summary.raw + evidence.weight);
    if (statesLaw) summary.lawRaw = round(summary.lawRaw + evidence.weight);
    summary.evidenceCount += 1;
    summary.criminalised ||= item.criminalises;
    summary.enforced ||= item.enforces;
    all.push(evidence);
  }
  for (const id of PROFILE_IDS) if (summaries[id].lawEnded) summaries[id].criminalised = false;
  const evidence = PROFILE_IDS.flatMap((id) =>
    all
      .filter((item) => item.profile === id)
      .sort((a, b) => b.weight - a.weight || a.start - b.start)
      .slice(0, combination.evidencePerProfile),
  );
  return {
    profileVersion: PROFILE_VERSION,
    year: report.year,
    textLength: report.textLength,
    profiles: summaries,
    evidence,
  };
}

/** One report's findings for the year combination (evidence not needed). */
export type YearlyProfiles = Omit<ReportProfiles, 'evidence'>;

/** The targeted part of a profile score across a country's years, with what was carried forward. */
export interface TargetedFinding {
  targetedScore: number;
  /** The targeted score without the sentences that only state the criminalising law. */
  besidesLawScore: number;
  evidenceCount: number;
  /** Year the targeted evidence comes from; null when no year has any. */
  evidenceYear: number | null;
  /** That year's report states a law in force that criminalises the group. */
  criminalised: boolean;
  /** That year's report also tells of arrests or prosecutions aimed at the group. */
  enforced: boolean;
  carriedForward: ProfileCarriedForward[];
}

/**
 * The targeted score of one profile from a country's yearly findings (any order). The latest
 * report leads; when it no longer covers the topic (names the group in fewer than
 * `topicMinMentions` sentences) or is much shorter than the report before it, the most recent
 * earlier report that covered the topic is used if it shows more risk, and this is said.
 */
export function combineProfileYears(yearly: readonly YearlyProfiles[], id: ProfileId): TargetedFinding {
  const { combination } = PROFILE_SET;
  const sorted = [...yearly].sort((a, b) => b.year - a.year);
  const latest = sorted[0];
  if (!latest)
    return {
      targetedScore: 0,
      besidesLawScore: 0,
      evidenceCount: 0,
      evidenceYear: null,
      criminalised: false,
      enforced: false,
      carriedForward: [],
    };
  const saturated = (raw: number) => round(saturate(raw, combination.saturation), 1);
  const targeted = (entry: YearlyProfiles) => saturated(entry.profiles[id].raw);
  const besidesLaw = (entry: YearlyProfiles) =>
    saturated(Math.max(0, entry.profiles[id].raw - entry.profiles[id].lawRaw));
  const covered = (entry: YearlyProfiles) => entry.profiles[id].mentions >= combination.topicMinMentions;
  const previous = sorted[1];
  const shortened =
    previous !== undefined && latest.textLength < combination.shortenedRatio * previous.textLength;
  const own: TargetedFinding = {
    targetedScore: targeted(latest),
    besidesLawScore: besidesLaw(latest),
    evidenceCount: latest.profiles[id].evidenceCount,
    evidenceYear: latest.profiles[id].evidenceCount > 0 ? latest.year : null,
    criminalised: latest.profiles[id].criminalised,
    enforced: latest.profiles[id].enforced,
    carriedForward: [],
  };
  if (covered(latest) && !shortened) return own;
  const earlier = sorted.slice(1).find(covered);
  // More risk: a higher targeted score, or a criminalising law the latest report no longer states (unless a
  // later report tells of the law's end).
  const lawEndedSince =
    earlier !== undefined && sorted.slice(0, sorted.indexOf(earlier)).some((e) => e.profiles[id].lawEnded);
  const moreRisk =
    earlier !== undefined &&
    (targeted(earlier) > own.targetedScore ||
      (earlier.profiles[id].criminalised && !own.criminalised && !lawEndedSince));
  if (!earlier || !moreRisk) return own;
  const label = findProfile(id).label;
  const reason = covered(latest) ? 'report_shortened' : 'topic_dropped';
  const note =
    reason === 'topic_dropped'
      ? `The ${latest.year} report no longer discusses this group (${label}); the targeted evidence comes from the ${earlier.year} report, the latest that did.`
      : `The ${latest.year} report is much shorter than the ${previous?.year} report and says less about this group (${label}); the targeted evidence comes from the ${earlier.year} report, which shows more risk.`;
  return {
    targetedScore: targeted(earlier),
    besidesLawScore: besidesLaw(earlier),
    evidenceCount: earlier.profiles[id].evidenceCount,
    evidenceYear: earlier.profiles[id].evidenceCount > 0 ? earlier.year : null,
    criminalised: earlier.profiles[id].criminalised,
    enforced: earlier.profiles[id].enforced,
    carriedForward: [{ profile: id, fromYear: earlier.year, reason, note }],
  };
}

/** The sentence a profile says when no report sentence targets the group. */
export const NO_TARGETED_EVIDENCE =
  'No report sentence targets this group; the profile score is the country score.';

function bandFloor(band: Band): number {
  const index = BANDS.indexOf(band);
  return index <= 0 ? 0 : (DEFAULT_WEIGHTS.bandThresholds[index - 1] ?? 0);
}

/**
 * The lowest profile score of a group whose criminalisation the report states: the lower edge of
 * the `criminalisationFloor` band, or of the `enforcedCriminalisationFloor` band when the report
 * also tells of arrests or prosecutions aimed at the group (0 when neither applies).
 */
export function criminalisationFloor(finding: { criminalised: boolean; enforced: boolean }): number {
  if (!finding.criminalised) return 0;
  const { combination } = PROFILE_SET;
  return bandFloor(
    finding.enforced ? combination.enforcedCriminalisationFloor : combination.criminalisationFloor,
  );
}

/**
 * A profile's score: the country score plus `uplift` × targeted score % of the gap between the
 * country score and 100. When the report states a law in force that criminalises the group (the law
 * exposes everyone in it), the score is at least `criminalisationFloor` plus `uplift` × the targeted
 * score without the law's own sentences % of the gap between that floor and 100: the law counts
 * once, as evidence on top of the country score or as the starting point, whichever is higher. It is
 * never below the country score, and equals it without targeted evidence.
 */
export function scoreProfile(
  id: ProfileId,
  country: { score: number; year: number },
  yearly: readonly YearlyProfiles[],
): ProfileScore {
  const { uplift } = PROFILE_SET.combination;
  const finding = combineProfileYears(yearly, id);
  // Nothing to add keeps the base as it is: a band edge such as 83.25 must not round up past itself.
  const lift = (base: number, targeted: number) =>
    targeted === 0 ? base : round(base + (100 - base) * uplift * (targeted / 100), 1);
  const combined = lift(country.score, finding.targetedScore);
  const floor = criminalisationFloor(finding);
  const fromLaw = floor > 0 ? lift(floor, finding.besidesLawScore) : 0;
  const score = Math.min(100, Math.max(combined, fromLaw));
  const sentences = `${finding.evidenceCount} sentence${finding.evidenceCount === 1 ? '' : 's'}`;
  const lawReason = `that report states a law in force that criminalises this group${finding.enforced ? ' and tells of arrests or prosecutions of its members' : ''}`;
  const explanation =
    finding.evidenceCount === 0
      ? NO_TARGETED_EVIDENCE
      : fromLaw > combined
        ? `Starts from ${floor}, the lower edge of the ${bandFor(floor, DEFAULT_WEIGHTS.bandThresholds)} band, rather than the country score ${country.score} (${country.year}), because ${lawReason}; plus ${Math.round(uplift * finding.besidesLawScore)}% of the gap to 100, from a targeted score of ${finding.besidesLawScore} over the sentences aimed at this group in the ${finding.evidenceYear} report besides those stating the law (${sentences} in all).`
        : `Country score ${country.score} (${country.year}) plus ${Math.round(uplift * finding.targetedScore)}% of the gap to 100, from a targeted score of ${finding.targetedScore} over ${sentences} aimed at this group in the ${finding.evidenceYear} report.`;
  const notes = finding.carriedForward.map((entry) => entry.note);
  if (finding.evidenceCount === 0) notes.unshift(NO_TARGETED_EVIDENCE);
  return {
    id,
    label: findProfile(id).label,
    score,
    band: bandFor(score, DEFAULT_WEIGHTS.bandThresholds),
    countryScore: country.score,
    targetedScore: finding.targetedScore,
    evidenceCount: finding.evidenceCount,
    explanation,
    coverage: {
      countryScoreYear: country.year,
      evidenceYear: finding.evidenceYear,
      carriedForward: finding.carriedForward,
      notes,
    },
  };
}
