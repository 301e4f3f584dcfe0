import type { AssertionStatus, CategoryId } from './categories';
import { LEXICON } from './lexicon';
import type { PlaceMention } from './foreign-places';
import { PhraseSet, compilePhrase, greedy, type PhraseMatch } from './phrase-matcher';
import { MONTH_WORDS, stem, type Word } from './tokenizer';

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
  commaBound?: boolean;
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
  | 'hypothetical'
  | 'court'
  | 'outOfScope';
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
      payload: { kind: 'negation', rule: e.rule, scope: e.scope, commaBound: e.commaBound } as Cue,
    })),
    ...rules('postNegation', LEXICON.postNegation),
    ...rules('departure', LEXICON.departure),
    ...rules('compliance', LEXICON.compliance),
    ...rules('legal', LEXICON.legalNorm),
    ...rules('institutional', LEXICON.institutional),
    ...rules('historical', LEXICON.historical),
    ...rules('ongoing', LEXICON.ongoing),
    ...rules('hypothetical', LEXICON.hypothetical),
    ...rules('court', LEXICON.courtEvents),
    ...rules('outOfScope', LEXICON.outOfScope),
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
// Adverbs in -ly that limit the negation rather than tell how an act was done: "not fully", "not entirely".
const NOT_MANNER = new Set(['fully', 'entirely', 'completely', 'necessarily', 'solely', 'exclusively']);
const NEGATION_CARRIERS = new Set(LEXICON.negationCarriers);
/** How far after a negated carrier verb the abuse may start: "not held [for weeks] without charge". */
const CARRIER_REACH = 3;
const HELPERS = new Set(['lawyer', 'lawyers', 'family', 'relatives']);
const HELP_WORDS = new Set(['access', 'afford', 'aid', 'counsel', 'consult', 'facilitated']);
const HELP_DENIALS = new Set([
  'not',
  'no',
  'never',
  'without',
  'denied',
  'deny',
  'denying',
  'lack',
  'lacked',
  'lacking',
  'refused',
  'barred',
  'prevented',
  'restricted',
  'limited',
  'delayed',
  'rarely',
  'seldom',
]);
const HELP_REACH = 6;
const WARRANT_LINKS = new Set(['on', 'under', 'with']);
// "on a judicial warrant", "under a valid court warrant"
const WARRANT_REACH = 4;
/** Words a comparison's "than" may stand before the past period it names ("than those it used in"). */
const BASELINE_REACH = 5;
const MODALS_AFTER = new Set(['could', 'may', 'might', 'can']);
const OCCURRING = new Set(['occur', 'happen', 'apply']);
const USE_VERBS = new Set(['applied', 'used', 'invoked', 'enforced', 'employed']);
const PURPOSES = new Set(['justify', 'justifying']);
// The standard sentence names a long list of groups between the use and its purpose.
const PURPOSE_REACH = 24;
const CASE_NOUNS = new Set(LEXICON.caseNouns);
const COMMITTED = new Set(['committed', 'perpetrated']);
const COMMITTED_BY_REACH = 12;
const ACCOUNTABILITY = new Set(LEXICON.accountability);
/** How far before the abuse a court event may sit: "sentenced three officers to life in prison for the murder". */
const COURT_WINDOW = 16;
// A sentence may spell out its term at length ("to 12 months, of which ten were suspended, with two years' probation")
// before the "for" that names what it punishes.
const VERDICT_FOR_REACH = 30;
const CASE_SUBJECTS = new Set(['case', 'cases', 'complaint', 'complaints']);
// "received 709 complaints of", "registered complaints of": verbs by which a body takes in complaints, and how far
// before the complaint noun they may stand.
const RECEIPT_VERBS = new Set(['received', 'registered', 'recorded', 'documented']);
const RECEIPT_REACH = 3;
/** The counts a court event lists: "convicted him on 44 counts of war crimes and other crimes, including ...". */
const COUNT_NOUNS = new Set(['counts', 'charges']);
/** How far after that list's "including" its items may run: "including murder, rape, enslavement, and torture". */
const COUNT_LIST_REACH = 8;
// "murder and money laundering charges": how many words the second offence may take before the charge noun.
const OFFENCE_JOIN_REACH = 3;
const CHARGE_NOUNS_ONLY = new Set(['charge', 'charges']);
/** How far after "cases of <abuse>" the court event may sit: "cases of torture [reported in May] went to court". */
const CASE_PREDICATE_REACH = 6;
/** How far around the cue a private perpetrator is its agent: "killed by her husband", "husbands beat". */
const PRIVATE_AGENT_WINDOW = 4;
// Private persons whose violence is ordinary crime whatever its victim: "armed robbers killed a soldier".
const ORDINARY_CRIMINALS = new Set(['robber', 'robbers', 'thieves', 'burglar', 'burglars']);
/** How far before a private subject a state agent joins it: "police and armed robbers killed". */
const CO_SUBJECT_REACH = 3;
// "killed his 14-year-old daughter": from the possessive right after a killing to the kin word.
const OWN_KIN_REACH = 5;
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being']);
const POSSESSIVES = new Set(['his', 'her', 'their']);
/** How far after the cue a past year dates it: "abducted in the north in 2021". */
const YEAR_AFTER_WINDOW = 10;
// How far after an act "after their arrest in 2019" may end and still date it.
const AFTER_ARREST_WINDOW = 16;
// "the abduction by two militias of six girls across four raids in 2019": a disappearance is told with its
// agents, victims and incidents before the year that dates it.
const DISAPPEARANCE_YEAR_REACH = 16;
// A year after one of these is the object of a preposition ("in 2014"), not a modifier ("the 2014 killing").
// Historical markers that name a past era; right after an abuse they date it.
const ERA_RULES = new Set(['civil-war', 'former-regime', 'past-war', 'past-decades']);
// "a region scarred by decades of war": long strife dates only the act it directly follows ("missing from decades of
// war"), not every act of the clause.
const ERA_ONLY_RULES = new Set(['past-decades']);
// "house arrest around the anniversary of the Tiananmen massacre": what an anniversary, vigil or memorial marks is a
// killing before it; the rest of the clause (the house arrest) goes on. It dates only the killing it names.
const COMMEMORATION = 'commemoration';
const COMMEMORATION_REACH = 8;
const ERA_WINDOW = 3;
/** How far after the act "during the Korean War" may date it; the prepositions that date it; the war's noun. */
const NAMED_WAR_REACH = 10;
/** How far a mandate set off by commas ("tasked with monitoring abuses,") may stand before the report's object. */
const APPOSITIVE_REACH = 12;
/** How far after the act a month ("on June 22", "in May") may date it; the words that link the month. */
const MONTH_AFTER_REACH = 6;
// Nouns for a bout of violence a year can date: "the 2018 post-election violence", "the killings of 2019".
const PAST_VIOLENCE_NOUNS = new Set([
  'violence',
  'death',
  'deaths',
  'poisoning',
  'poisonings',
  'killings',
  'killing',
  'massacre',
  'massacres',
  'crackdown',
  'unrest',
  'shootings',
  'clashes',
]);
// Words of redress for harm done: "compensation", "compensated", "reparations".
const REDRESS_STEMS = new Set(
  ['compensation', 'compensate', 'compensated', 'reparation', 'reparations'].map(stem),
);
/** How many words may stand between the year and the violence it dates: "the 2018 post election violence". */
const PAST_VIOLENCE_REACH = 3;
const DATING_MONTH_LINKS = new Set(['on', 'in']);
/** Dates from a year, which a captivity still going on outlasts; the words that say it goes on. */
const PAST_YEAR_RULES = new Set(['past-year', 'past-year-after', 'dated-past']);
/** "following the 2009 massacre", "after the 2016 coup attempt": the act came in the wake of a dated event. */
const AFTERMATH_LINKS = new Set(['following', 'after']);
/** Verbs whose year dates the birth of a body or a law: "the ombudsman's office, established in 2012". */
const FOUNDING_VERBS = new Set([
  'established',
  'founded',
  'created',
  'formed',
  'adopted',
  'enacted',
  'launched',
]);
/** Words that set a figure against an earlier one: "compared with 52 in 2020". */
const COMPARISON_WORDS = new Set(['compared', 'comparison', 'versus']);
/** "up from", "a decrease from": a change measured from an earlier figure. */
const CHANGE_WORDS = new Set([
  'up',
  'down',
  'increase',
  'decrease',
  'rise',
  'drop',
  'fall',
  'decline',
  'reduction',
]);
const STILL = new Set(['remained', 'remain', 'remains', 'still']);
const HELD_STATES = new Set(['captivity', 'captive', 'held', 'hostage', 'hostages', 'missing']);
const STILL_HELD_REACH = 3;
// Of the held states, those that say the arrested themselves are still held ("whose son remained missing" is another).
const STILL_HELD_PERSONS = new Set(['held', 'captivity', 'captive']);
// "the 2020 hostilities and beyond", "from 2019 onward": words after a year that carry its span on, and how far.
const ONWARD = new Set(['onward', 'onwards']);
const SPAN_ON_REACH = 4;
// "the fate of many who vanished in that war remained unknown": a fate or whereabouts, the
// words that say it is still not known, and how far after the noun they may stand; information on it that was not
// given, and how far before "information" the denial may stand.
const FATE_NOUNS = new Set(['fate', 'fates', 'whereabouts']);
const WITHHELD_FATE = new Set(['unknown', 'unclear', 'undisclosed', 'unaccounted']);
const FATE_COPULAS = new Set(['remained', 'remain', 'remains', 'still', 'was', 'were', 'is', 'are']);
const FATE_UNKNOWN_REACH = 16;
const FATE_INFO_LINKS = new Set(['on', 'about', 'regarding', 'of']);
const FATE_DENIALS = new Set(['not', 'nor', 'never', 'no', 'refused', 'failed']);
const FATE_DENIAL_REACH = 8;
/** How far "a 2018 attack ... in which" may stand before the act it dates. */
const DATED_EVENT_REACH = 8;
const WHICH_PREPOSITIONS = new Set(['in', 'during']);
// "the 2022 death of a detainee, whom witnesses said guards beat": how far the act may stand after the "who" or "whom"
// that names the dead.
const DEATH_RELATIVE_REACH = 14;
// "since the end of the Korean War" spans every year after it, the report year too: it dates nothing.
const WAR_DATING = new Set(['during']);
const WAR_WORDS = new Set(['war', 'wars']);
// "killed in the Srebrenica genocide": a genocide named by a place or people after the act is a past event, as a named
// war is; "genocide" itself is never capitalised, so only the name before it is.
const GENOCIDE_DATING = new Set(['during', 'in']);
const GENOCIDE = 'genocide';
/** How far before the abuse "past reports of" may sit and still be what reports it: "past reports of police using lethal force". */
const PAST_REPORTS_WINDOW = 8;
const DATING_PREPOSITIONS = new Set(['in', 'during']);
// "the previous year", "the prior year": the year before the report year.
const PRIOR_YEAR_WORDS = new Set(['previous', 'prior', 'preceding']);
// "deportation of refugees was extremely rare": how far after the return its verb may stand, and its degree words.
const RARE_REACH = 8;
const RARE_DEGREES = new Set(['very', 'extremely', 'relatively', 'exceedingly']);
// "exposing them to arrest": the verb of a risk someone runs, and how many words its object may take before "to".
const EXPOSE_WORDS = new Set(['expose', 'exposes', 'exposed', 'exposing']);
const EXPOSED_OBJECT_REACH = 4;
// Words that compare a figure with the year before rather than date an act to it.
const YEAR_COMPARING_LINKS = new Set(['from', 'than', 'with', 'as']);
const YEAR_COMPARING_WORDS = new Set([
  'increased',
  'decreased',
  'rose',
  'fell',
  'dropped',
  'declined',
  'double',
  'doubled',
  'twice',
  'half',
  'number',
  'rate',
  'same',
  'percent',
]);
/** How far after the act a year named by its place may date it: "killed by police in Tovel the year before". */
const YEAR_AFTER_REACH = 6;
// Words that carry a date on to the next one: "from May 2020 to March", "in June 2021 and in April".
/** Parts of a year a date may name instead of a month: "in the fall of 2022". */
const YEAR_PARTS = new Set([
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'beginning',
  'start',
  'middle',
  'end',
  'half',
]);
const PART_PREPOSITIONS = new Set(['in', 'during', 'at']);
const SPAN_LINKS = new Set(['to', 'until', 'through', 'and']);
const ARTICLES = new Set(['the', 'a', 'an']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'from', 'until', 'during', 'by', 'before', 'after']);
// Categories whose cues name a discrete act that a trial, a private person or a place abroad can be about.
const EVENT_CATEGORIES = new Set<CategoryId>(['killings', 'disappearance', 'torture']);
const YEAR = /^(19|20)\d\d$/;
/** A year of the 20th or 21st century ("2019"): a word that dates, not one that counts ("2,019", "45"). */
const isYear = (w: Word | undefined): boolean => w !== undefined && YEAR.test(w.lower);
// Words after which a past participle is not a finite verb ("being tortured", "the detained").
const NON_FINITE_BEFORE = new Set([
  'be',
  'been',
  'being',
  'was',
  'were',
  'is',
  'are',
  'the',
  'of',
  'for',
  'against',
  'from',
  'on',
  'to',
]);
// Between a kin word and the abuse, these show the kin are reporters or victims, not its agents.
const NOT_AGENT_LINK = new Set([
  'of',
  'described',
  'recounted',
  'witnessed',
  'denounced',
  'protested',
  'said',
  'says',
  'stated',
  'reported',
  'told',
  'claimed',
  'alleged',
  'that',
]);
const RELATIVES = new Set(['who', 'that', 'which', 'whom']);
/** Participles that give a mandate to the noun before them: "guards tasked with", "officers empowered to". */
const MANDATE_PARTICIPLES = new Set(['tasked', 'empowered', 'authorized', 'authorised']);
const RELATIVES_OF_PERSONS = new Set(['who', 'whom']);
/** How far a defendant's relative clause may reach around the abuse it names. */
const DEFENDANT_REACH = 12;
const DEFENDANT_VERBS = new Set([
  'sentenced',
  'convicted',
  'acquitted',
  'tried',
  'indicted',
  'pardoned',
  'charged',
  'prosecuted',
  'arrested',
]);
// Between an actor and the abuse, these make the actor its reporter or finder: "police reported finding abuse".
// A study a ministry ordered, "showing that" or having "estimated" a count, is the source of the figure too.
const REPORTING_LINKS = new Set([
  'said',
  'says',
  'stated',
  'reported',
  'told',
  'found',
  'finding',
  'discovered',
  'showed',
  'showing',
  'shows',
  'revealed',
  'indicated',
  'estimated',
]);
// The subject of a clause saying data are missing: "statistics on ...", and how far it may stand from the cue.
const DATA_NOUNS = new Set(['information', 'data', 'statistics', 'figures']);
const TOPIC_LINKS = new Set(['on', 'about', 'regarding', 'concerning']);
const DATA_TOPIC_REACH = 10;
/** Nouns that name what someone wrote or spoke about ("articles on topics such as ..."); not "subject", as in "subject to". */
const TOPIC_NOUNS = new Set(['topic', 'topics', 'theme', 'themes', 'subjects']);
/** Words that open the list of those topics: "topics including ...", "themes such as ...", "subjects like ...". */
const TOPIC_LIST_OPENERS = new Set(['including', 'as', 'like', 'on', 'about', 'regarding', 'concerning']);
/** Words that show a verb of its own between that opener and the abuse: "topics such as graft were beaten". */
const TOPIC_LIST_BREAKS = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'had',
  'has',
  'have',
  'who',
  'which',
  'that',
  'whom',
]);
/** How far before the abuse the topic noun may stand: "subjects seen as sensitive, among them the jailing of ...". */
const TOPIC_LIST_REACH = 14;
// Verbs whose object is an offence as the law names it.
const LAW_OBJECT_VERBS = new Set([
  'banning',
  'outlawing',
  'criminalizing',
  'criminalising',
  'penalizing',
  'penalising',
  'prohibiting',
  'defining',
]);
const CONDUCT_NOUNS = new Set(['conduct', 'acts', 'act', 'actions', 'practices', 'behavior', 'behaviour']);
const SURVIVOR_NOUNS = new Set(['survivor', 'survivors']);
// Nouns for the people a service is given to when they name whom an abuse befell: "shelters for victims of rape".
const VICTIM_CLASS_NOUNS = new Set(['survivor', 'survivors', 'victim', 'victims']);
// Words of help given to such people: "provided counselling to survivors of sexual violence".
const VICTIM_SERVICES = new Set([
  'support',
  'supported',
  'assistance',
  'assist',
  'assisted',
  'services',
  'service',
  'care',
  'shelter',
  'shelters',
  'center',
  'centers',
  'centre',
  'centres',
  'attention',
  'counseling',
  'counselling',
  'rehabilitation',
  'aid',
]);
/** How far before the victims the help may be named: "a centre in the capital for children who were victims of". */
const VICTIM_SERVICE_REACH = 12;
/** How far the abuse may stand from "victims of": "girls who survived many kinds of abuse such as rape or beatings". */
const VICTIM_CLASS_REACH = 8;
// Institutional cues that are background when the abuse is reported with its own finite verb.
const FINITE_VERB_BACKGROUND = new Set(['training', 'established', 'steps-to', 'procedure', 'cooperation']);
const CRIME_ONLY_COURT_RULES = new Set(['accused', 'case', 'crime-type']);
// "Those charged with theft spent years in pretrial detention": a charge awaiting trial is the detainee's own case.
const CHARGE_WORDS = new Set(['charged', 'charges', 'charge']);
/** What a charge of police or soldiers is made with: "charged the crowd with batons", an assault, not an indictment. */
const CHARGE_WEAPONS = new Set([
  'baton',
  'batons',
  'truncheon',
  'truncheons',
  'club',
  'clubs',
  'stick',
  'sticks',
  'whip',
  'whips',
  'bayonet',
  'bayonets',
  'rifle',
  'rifles',
  'shield',
  'shields',
  'horse',
  'horses',
  'dogs',
  'tear',
  'teargas',
  'water',
]);
const CHARGE_WEAPON_REACH = 2;
// Force used on a crowd: "used tear gas", "fired warning shots to disperse strikers", "water cannon".
const CROWD_FORCE = new Set([
  'tear',
  'teargas',
  'disperse',
  'dispersed',
  'dispersing',
  'cannon',
  'cannons',
  'spray',
  'batons',
  'rubber',
  'warning',
  'stormed',
  'raided',
]);
const PENDING_CASE_RULES = new Set(['charge', 'suspect']);
const PRETRIAL = stem('pretrial');
const TESTIFYING = new Set([
  'stated',
  'said',
  'reported',
  'told',
  'described',
  'alleged',
  'complained',
  'testified',
]);
const SETTING_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'some',
]);
const SETTING_LINKS = new Set(['after', 'when', 'while', 'upon', 'before']);
// "abuse of detained rebels": people named as held, right after the harm done to them, are its victims; the
// sentence reports the harm, not how they came to be held.
// Words that open the object of an active "held": "held a rally", "held their congress", "held talks".
const EVENT_OPENERS = new Set([
  'a',
  'an',
  'their',
  'its',
  'his',
  'her',
  'several',
  'numerous',
  'regular',
  'weekly',
  'monthly',
  'press',
  'meetings',
  'rallies',
  'protests',
  'demonstrations',
  'talks',
  'vigils',
  'events',
  'sessions',
]);
// Those named as kin of someone: "relatives of imprisoned activists" speak of the people close to the held.
const KIN_NOUNS = new Set([
  'relatives',
  'families',
  'family',
  'members',
  'wives',
  'wife',
  'husbands',
  'children',
  'mothers',
  'parents',
  'sons',
  'daughters',
]);
const HELD_OBJECT_PREPOSITIONS = new Set(['of', 'against']);
const HARM_NOUNS = new Set(
  [
    'abuse',
    'abuses',
    'mistreatment',
    'torture',
    'violence',
    'beating',
    'beatings',
    'treatment',
    'killing',
    'killings',
    'rape',
    'punishment',
    'reprisals',
  ].map((w) => stem(w)),
);
const FUNCTION_AFTER = new Set([
  'in',
  'at',
  'on',
  'by',
  'for',
  'and',
  'or',
  'during',
  'were',
  'was',
  'to',
  'from',
  'with',
  'after',
  'under',
  'without',
]);
const LABEL_WITHOUT_REACH = 3;
const POLITICAL_LABELS = new Set([
  'prisoner',
  'prisoners',
  'detainee',
  'detainees',
  'nature',
  'penal',
  'beliefs',
  'views',
  'opinions',
  'affiliation',
]);
// "the plight of [two jailed] political prisoners", "food to a political prisoner": the link before a label on others.
const OTHERS_LINKS = new Set(['of', 'to', 'for']);
const LABEL_FILLERS = new Set([
  'a',
  'an',
  'the',
  'two',
  'three',
  'several',
  'jailed',
  'imprisoned',
  'detained',
]);
const OTHERS_LABEL_REACH = 4;
// "(see sections 1.c., Torture and 1.e., Political Prisoners)": a pointer may list several
// sections with their titles before it reaches the cue.
const CROSS_REFERENCE_REACH = 16;
const CROSS_REFERENCE_NEAR = 8;
// "For more information on …, see …": the words that open a pointer to another section.
const POINTER_ADJECTIVES = new Set(['more', 'further', 'additional', 'detailed']);
const POINTER_NOUNS = new Set(['information', 'details', 'discussion']);
const SECTION_LIST_LINKS = new Set(['and', 'or', 'of', 'section', 'sections']);
const MASS_WORDS = new Set(['hundreds', 'thousands']);
const DEADLINE_LINKS = new Set(['by', 'until']);
const KILLED_WORDS = new Set(['killed', 'murdered', 'slain']);
/** What a "party to" takes part in when it is a side in a conflict rather than a state bound by a treaty. */
const CONFLICT_SIDES = new Set([
  'conflict',
  'conflicts',
  'peace',
  'fighting',
  'war',
  'hostilities',
  'ceasefire',
  'clashes',
]);
/** Words that may stand between a time anchor ("following", "in the wake of") and the event it names. */
const ANCHOR_FILLERS = new Set(['the', 'a', 'an', 's', 'alleged', 'reported', 'apparent', 'recent']);
const ANCHOR_REACH = 6;
// "whose two sons were killed": from the "whose" to the cue.
const WHOSE_REACH = 4;
// "confessions taken without a lawyer", "terminations without due process": acts a "without" can qualify that are no
// holding of a person, and how far back from the "without" they may stand.
const NON_DETENTION_ACTS = new Set(
  [
    'confession',
    'confessions',
    'statement',
    'statements',
    'testimony',
    'termination',
    'terminations',
    'suspension',
    'suspensions',
    'expulsion',
    'expulsions',
    'dismissal',
    'dismissals',
    'eviction',
    'evictions',
    'demolition',
    'demolitions',
  ].map((w) => stem(w)),
);
const RELEASE = stem('released');
const WITHOUT_HEAD_REACH = 8;
// "without a hearing within the legal period": words that say a limit named after "within" was missed.
const MISSED_MARKERS = new Set(['without', 'not', 'failed', 'failure']);
const LEGAL_ADVERBS = new Set(['legally', 'constitutionally', 'statutorily', 'lawfully']);
// "received a pension as compensation", "awarded damages": the redress for a past holding and the verbs of paying it.
const REDRESS_NOUNS = new Set([
  'pension',
  'pensions',
  'compensation',
  'damages',
  'reparation',
  'reparations',
]);
// "ordered the state to compensate a man for his unlawful arrest": the verb names the payment and the redress at once.
const COMPENSATING = new Set(['compensate', 'compensated', 'compensates', 'compensating']);
const PAYMENT_VERBS = new Set([
  'received',
  'receive',
  'receives',
  'paid',
  'pays',
  'pay',
  'awarded',
  'awards',
  'granted',
]);
// "a prior conviction", "his previous arrest": words that set an act before the time the sentence reports.
const PRIOR_WORDS = new Set(['previous', 'prior']);
// "the charges against her were dropped": the nouns of a charge, how far after them its passive verb may come, its
// auxiliaries, and the verbs that end a charge.
const CHARGE_NOUNS = new Set(['charges', 'charge', 'prosecution', 'prosecutions', 'case', 'cases']);
const DROPPED_REACH = 20;
const PASSIVE_AUX_WORDS = new Set(['was', 'were']);
const DROPPED_VERBS = new Set(['dismissed', 'dropped', 'withdrawn', 'quashed', 'annulled']);
// "detainees whose arrest did not follow the law": how far before a departure the who/whose of a norm's object may be.
const NORM_OBJECT_RELATIVE_REACH = 4;
const ANCHOR_CATEGORIES = new Set<CategoryId>(['killings', 'disappearance']);
const RULERS = new Set([
  'party',
  'parties',
  'coalition',
  'elite',
  'elites',
  'family',
  'class',
  'junta',
  'council',
]);
const PROSECUTIONS = new Set(['prosecution', 'prosecutions'].map((w) => stem(w)));
// Court events that judge a prosecution after the fact.
const RULINGS = new Set(['verdict', 'review', 'compensation']);
// "investigated five cases of inmate-on-inmate assault": a counted number of cases is a count of incidents too.
const REPORT_NOUNS = new Set(['reports', 'incidents', 'complaints', 'cases']);
// Death words of the detention-conditions cues ("prisoners died", "deaths in prison").
const DEATH_WORDS = new Set(['die', 'died', 'dies', 'death', 'deaths']);
// "the government subjected prisoners ... to assaults": the verb and how far its object may reach.
const SUBJECTED = new Set(['subjected', 'subjects']);
const SUBJECTED_REACH = 20;
// How far from a return cue "against their will" may stand.
const AGAINST_WILL_REACH = 4;
const MISTREAT = stem('mistreatment');
// "a married teacher" describes the victim: only the verb and the noun of a wedding tie the abduction to one.
const MARRIAGE = new Set(['marry', 'marries', 'marrying', 'marriage', 'marriages']);
const ABDUCTORS = new Set([
  'him',
  'perpetrator',
  'perpetrators',
  'abductor',
  'abductors',
  'kidnapper',
  'kidnappers',
  'rapist',
  'rapists',
]);
const MARRIED_ABDUCTOR_REACH = 2;
// "16 complaints of mistreatment", "117 cases of abuse or mistreatment": the counted set and its link.
const COMPLAINT_NOUNS = new Set(['complaints', 'cases', 'allegations', 'reports', 'incidents', 'instances']);
const COMPLAINT_LINKS = new Set(['of', 'regarding', 'alleging']);
// From the case noun to "mistreatment": "cases of abuse or mistreatment".
const COUNTED_COMPLAINT_REACH = 5;
/** Counts of reports: "six reported incidents" (not "some" or "many", which name no set). */
export const REPORT_COUNT_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
]);
/** How far after "definition of" / "defined as" the defined term may start: "definition of [a] political prisoner". */
const DEFINITION_REACH = 3;
// "=minority" is exact: its stem is also that of "minors", and detained children are not a targeted minority.
const ARBITRARINESS = new Set(
  LEXICON.arbitrarinessMarkers.filter((w) => !w.startsWith('=')).map((w) => stem(w.toLowerCase())),
);
const ARBITRARINESS_EXACT = new Set(
  LEXICON.arbitrarinessMarkers.filter((w) => w.startsWith('=')).map((w) => w.slice(1).toLowerCase()),
);
// What makes pretrial detention arbitrary: its length or the delays that draw it out, or a breach of its limits or of
// the law (exact words: the stem of "limit" is also that of "limited family visits").
// "Although fewer people were in pretrial detention, overcrowding remained": crowding in another clause is a
// condition of the prisons, not of the detention's length or legality.
const CONDITION_MARKERS = new Set(['overcrowded', 'overcrowding']);
// Words of a bare arrest's own manner; a run-in label such as "Arbitrary Arrest:" is not among them.
const UNLAWFUL_MANNER = new Set(['without', 'illegal', 'illegally', 'unlawfully']);
const PRETRIAL_MARKERS = new Set([
  'lengthy',
  'extensive',
  'protracted',
  'delay',
  'delays',
  'delayed',
  'long',
  'longer',
  'prolonged',
  'excessive',
  'excessively',
  'exceed',
  'exceeds',
  'exceeded',
  'exceeding',
  'beyond',
  'backlog',
  'backlogs',
  'limit',
  'limits',
  'maximum',
  'indefinite',
  'indefinitely',
  'without',
  'arbitrary',
  'arbitrarily',
  'unlawful',
  'unlawfully',
  'illegal',
  'illegally',
  'overcrowded',
  'overcrowding',
]);
// Words that class house arrest among the measures that stand in for prison: "alternative sanctions", "in lieu of".
const ALTERNATIVE_MEASURES = new Set([
  'alternative',
  'alternatives',
  'lieu',
  'bail',
  'probation',
  'parole',
  'monitoring',
  'bracelet',
  'bracelets',
  // "used house arrest, which helped relieve overcrowding in detention centres": a stand-in that eases prisons.
  'relieve',
  'relieved',
  'alleviate',
  'alleviated',
]);
// Pretrial markers that say nothing of how long a stand-in measure lasted: "with or without electronic monitoring",
// "alternatives that reduced overcrowding".
const MEASURE_MANNERS = new Set(['without', 'overcrowded', 'overcrowding']);
// Pretrial markers that name the legal limit itself rather than a breach of it.
const LIMIT_MARKERS = new Set(['limit', 'limits', 'maximum']);
// Words that say a holding reached a limit, besides the breach words: "pretrial terms equaling the maximum".
const LIMIT_REACHED = new Set([
  'equal',
  'equals',
  'equaling',
  'equalling',
  'reached',
  'reaching',
  'surpassing',
]);
const DANGER = new Set(LEXICON.dangerWords.map((w) => stem(w.toLowerCase())));
// Words that name the return itself in a refoulement cue, as stems.
const RETURN_WORDS = new Set(
  [
    'deport',
    'deportation',
    'expel',
    'expelled',
    'expulsion',
    'extradite',
    'extradition',
    'return',
    'returned',
    'repatriate',
    'repatriation',
    'refoulement',
    'removal',
    'pushback',
    'push',
  ].map((w) => stem(w)),
);
// "conditions were harsh owing to overcrowding, physical abuse, ...": links to the causes of the conditions.
const CAUSE_LINKS = new Set(['due to', 'because of', 'owing to', 'result of']);
const CAUSE_LIST_REACH = 15;
// "conditions were harsh and included overcrowding, physical abuse, ...": the list makes the conditions up.
const PART_LINKS = new Set(['included', 'include', 'includes']);
const CONDITION = stem('conditions');
const ABUSE = stem('abuse');
const SEXUAL = stem('sexual');
const NEGLIGENCE_WORDS = new Set(['negligence', 'neglect']);
const OFFENCE_NOUNS = new Set(['crime', 'crimes', 'offense', 'offenses', 'offence', 'offences']);
/** How many words ("other analogous serious") may stand between "for" and the offence noun of a class of crimes. */
const OFFENCE_CLASS_MODIFIERS = 3;
// "crimes such as fraud, theft, or negligence": how far back from the last item the list may open.
const OFFENCE_LIST_REACH = 6;
// Words of a charge or verdict, and the links after them, that make what follows the offence: "charges of".
const NEGLIGENCE_CHARGES = new Set([
  'charges',
  'charge',
  'counts',
  'charged',
  'convicted',
  'accused',
  'guilty',
]);
// "the suspected crimes, which often involved murder": verbs that name the kind of an offence, the words that mark
// the offence as one someone is accused of, and the court rules that make the whole sentence about defendants.
const KIND_VERBS = new Set(['involved', 'involving', 'included', 'including', 'concerned']);
const SUSPICION_WORDS = new Set(['suspected', 'alleged', 'accused', 'charged']);
const KIND_ADVERBS = new Set([
  'often',
  'usually',
  'mostly',
  'mainly',
  'frequently',
  'sometimes',
  'typically',
  'also',
]);
const DEFENDANT_COURT_RULES = new Set([
  'trial',
  'charge',
  'accused',
  'suspect',
  'prosecution',
  'sentence',
  'conviction',
]);
// "36 years in prison", "life in prison": the length of a prison term.
const TERM_UNITS = new Set(['years', 'year', 'months', 'month', 'weeks', 'days', 'life']);
const PRISON_ONLY = new Set(['prison', 'prisons', 'jail', 'jails'].map((w) => stem(w)));
const CUSTODY_WORDS = new Set(
  ['custody', 'detention', 'detainee', 'detainees', 'interrogation', 'arrest'].map((w) => stem(w)),
);
// "resulted in [heavy] penalties", "led to [lenient] penalties": the verbs of an outcome and how far before it.
const OUTCOME_VERBS = new Set(['result', 'resulted', 'resulting', 'led', 'lead', 'leading']);
const OUTCOME_REACH = 3;
const ATTRIBUTIONS = new Set(['attributed', 'attributable', 'ascribed']);
const DISAPPEAR = stem('disappeared');
// "disappeared in the capital while attempting to ...": how far after the verb the person's own act may open.
const OWN_ACT_REACH = 4;
const OWN_ACT_LINKS = new Set(['while', 'after']);
const PERSON_RELATIVES = new Set(['who', 'whom', 'whose']);
// "held at an unknown location", "taken to undisclosed places": a place of holding kept from everyone.
const HIDDEN_PLACE = new Set(['unknown', 'undisclosed', 'secret']);
const UNKNOWN_PLACES = new Set([
  'location',
  'locations',
  'place',
  'places',
  'destination',
  'destinations',
  'site',
  'sites',
  'facility',
  'facilities',
]);
const PLACE_LINKS = new Set(['an', 'a', 'to', 'in', 'at']);
const UNKNOWN_FATE = new Set(['unknown', 'unclear', 'undisclosed', 'detained', 'imprisoned', 'disappeared']);
// "the court papers in the land case reportedly disappeared": things that vanish (files, funds, evidence) are lost or
// stolen, not people taken. The verb forms, the things, the words that may open a phrase after the thing and before
// the verb, and how far back the thing may stand.
const VANISH_VERBS = new Set(['disappeared', 'disappear', 'disappears']);
const VANISHING_THINGS = new Set([
  'papers',
  'paperwork',
  'document',
  'documents',
  'file',
  'files',
  'dossier',
  'dossiers',
  'record',
  'records',
  'evidence',
  'funds',
  'money',
  'cash',
  'donations',
  'ballots',
  'ballot',
  'footage',
  'recordings',
  'archives',
  'equipment',
  'shipment',
  'shipments',
  // "the blood samples had disappeared from the laboratory", "their earnings had almost disappeared": material lost
  // and income gone are no person taken.
  'sample',
  'samples',
  'earnings',
  'income',
  'incomes',
  'savings',
  'wages',
  'salaries',
  'revenue',
  'revenues',
]);
const THING_MODIFIER_OPENERS = new Set([
  'of',
  'pertaining',
  'relating',
  'related',
  'concerning',
  'regarding',
  'on',
  'about',
  'from',
  'in',
  'for',
  'with',
]);
const THING_SUBJECT_REACH = 8;
const THING_RELATIVE_REACH = 5;
// Words between a thing and the verb that open another subject: a relative, a complement or a person pronoun. Before
// the thing, a relative shows the thing sits in a clause about the real subject ("the lawyer who kept the files").
const OTHER_SUBJECT_OPENERS = new Set([
  'who',
  'whom',
  'whose',
  'that',
  'which',
  'when',
  'after',
  'before',
  'while',
  'because',
  'as',
  'he',
  'she',
  'they',
  'we',
  'and',
  'or',
]);
// Words before "to the <agent>" that tie an act or a group to that agent rather than name whom someone turned to.
const TIED_TO = new Set([
  ...ATTRIBUTIONS,
  'due',
  'owing',
  'loyal',
  'linked',
  'close',
  'affiliated',
  'allied',
  'connected',
  'belonging',
  'tied',
  'related',
]);
const EXAMINATIONS = new Set([
  'questioning',
  'interrogation',
  'evaluation',
  'evaluations',
  'examination',
  'examinations',
  'observation',
]);
// "in police custody", "in pretrial detention": who holds the detainee, or at what stage.
const HOLDING_MODIFIERS = new Set(['police', 'pretrial', 'preventive', 'military', 'temporary']);
const NAME_JOINERS = new Set(['and', 'or', 'of', 'for', 'against', 'on']);
// Words after "to the country" that make it a destination abroad: "of origin", "where they faced".
const DESTINATION_LINKS = new Set(['of', 'where', 'they', 'he', 'she', 'that', 'which', 'whose']);
// Places inside the country that a return "to the ..." may lead to: a move within it, not a return to danger.
// "camps" stays out: in dev, returns of refugees "to the camps" are labelled refoulement.
const INTERNAL_DESTINATIONS = new Set([
  'camp',
  'plantation',
  'plantations',
  'field',
  'fields',
  'farm',
  'farms',
  'work',
  'workplace',
  'workplaces',
  'village',
  'villages',
  'school',
  'schools',
  'home',
  'homes',
]);
// "to the fields", "to their villages": words that may stand between "to" and such a place.
const DESTINATION_DETERMINERS = new Set(['the', 'their', 'his', 'her', 'its', 'a']);
// "to their home countries", "to their home state": the place-word modifies a country abroad.
const COUNTRY_NOUNS = new Set(['country', 'countries', 'state', 'states', 'nation', 'nations']);
// "employers returned the farm workers to the fields": how many words of an object may stand before "to".
const RETURN_OBJECT_REACH = 4;
// "to their villages in Ostmark": how far after the place a country abroad may say where it lies.
const INTERNAL_ABROAD_REACH = 3;
// "Ostmark confirmed it had returned", "Ostmark reportedly deported": words between another state named as the
// subject and its return that keep it the subject of the return.
const RETURNER_LINKS = new Set([
  'confirmed',
  'said',
  'announced',
  'acknowledged',
  'admitted',
  'reported',
  'stated',
  'it',
  'that',
  'had',
  'has',
  'have',
  'also',
  // "Ostmark began returning the migrants": the state that starts or keeps up the returns makes them.
  'began',
  'begun',
  'started',
  'continued',
  'resumed',
]);
const RETURNER_LINK_REACH = 4;
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them']);
const HOME_DESTINATIONS = new Set(['home', 'homes', 'family', 'families', 'parents', 'relatives', 'husband']);
/** Participles of a forced return that can name the people returned ("forcibly repatriated women"). */
const RETURN_PARTICIPLES = new Set(['returned', 'repatriated', 'deported', 'expelled']);
// Nouns of a return into the country: "following forcible repatriation from abroad".
const RETURN_NOUNS = new Set(['return', 'repatriation', 'deportation']);
const ESCAPES = new Set(['escaping', 'fleeing']);
/** Words before such a participle that make it a modifier of a noun, not the verb of a clause. */
const RETURNEE_DETERMINERS = new Set([
  'the',
  'of',
  'for',
  'several',
  'some',
  'many',
  'those',
  'these',
  'including',
  'among',
  'against',
]);
/** Returns that, in a relative clause with no destination ("who were forcibly repatriated"), bring people back here. */
const HOME_RETURNS = new Set(['returned', 'repatriated']);
/** The auxiliaries of such a relative clause ("who were", "that had been") and its pronouns. */
const RETURNEE_AUXILIARIES = new Set(['was', 'were', 'been', 'had', 'have', 'has']);
const RETURNEE_RELATIVES = new Set(['who', 'that']);
/** Words after the participle that make it the verb of a return: where to, from where, by whom. */
const RETURN_LINKS = new Set(['to', 'from', 'by', 'back', 'into', 'across', 'over', 'via']);
/** How far after the return "abroad" may say where the returned had fled from. */
const ABROAD_REACH = 5;
// Before "asylum seekers": their claims were decided against them.
const ASSESSED = new Set(['rejected', 'failed', 'unsuccessful', 'denied', 'refused']);
// "a UNHCR-recognized refugee", "living as a refugee": words that say the person's refugee status was granted.
const GRANTED_STATUS = new Set(['recognized', 'recognised', 'as']);
const GRANTED_STATUS_REACH = 3;
// "asylum seekers whose claims were rejected": the nouns of a claim, and how far after them its refusal may come.
const CLAIM_NOUNS = new Set(['claim', 'claims', 'application', 'applications', 'request', 'requests']);
const REFUSAL_REACH = 4;
// "the country's nationals", "its own citizens": people of the country itself, and how far after a return.
const PEOPLE = new Set([
  'nationals',
  'citizens',
  'migrants',
  'workers',
  'residents',
  'people',
  'refugees',
  'returnees',
]);
const OWN_NATIONALS_REACH = 5;
// Verbs of asking for asylum, and how far before "asylum" they may stand ("applied for asylum").
const SEEKING_ASYLUM = new Set([
  'seek',
  'seeks',
  'sought',
  'seeking',
  'request',
  'requests',
  'requested',
  'requesting',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'apply',
  'applies',
  'applied',
  'applying',
]);
const ASYLUM_VERB_REACH = 2;
/** "without any possibility for them to access the asylum procedure": how far the denial may stand. */
const DENIED_ACCESS_REACH = 10;
const DENYING = new Set(['without']);
const ACCESS_WORDS = new Set([
  'access',
  'accessing',
  'possibility',
  'opportunity',
  'chance',
  'allowing',
  'allowed',
  'assessing',
  'assessment',
  'screening',
  'considering',
  'examining',
  'individual',
]);
const NOT_SEEKING = new Set(['not', 'never', 'without', 'no']);
// Hedges that only ever concern a return: "pending deportation", "a request for extradition".
const RETURN_ONLY_HEDGES = new Set(['pending-return']);
const PLACES = new Set(LEXICON.detentionPlaces.map((w) => stem(w.toLowerCase())));
const ELSEWHERE = new Set(LEXICON.nonDetentionSettings.map((w) => stem(w.toLowerCase())));
/** A court's load of cases, which can be crowded as a cell can: "overcrowded dockets". */
const CASELOADS = new Set([
  'docket',
  'dockets',
  'caseload',
  'caseloads',
  'court',
  'courts',
  'courtroom',
  'courtrooms',
]);

// Torture by an armed group is torture of people it holds: words of capture and captivity.
const CAPTIVITY = new Set(
  [
    'abducted',
    'kidnapped',
    'captivity',
    'captive',
    'hostages',
    'held',
    'detained',
    'enslaved',
    'slavery',
    'captured',
    'imprisoned',
  ].map((w) => stem(w)),
);
// Words by which a report itself calls an act torture or cruel, inhuman or degrading treatment.
const TORTURE_PROPER = new Set(
  ['torture', 'treatment', 'punishment', 'shocks', 'electroshock', 'confession'].map((w) => stem(w)),
);
const FAILURE = new Set(LEXICON.accountabilityFailure);
// Nouns of effort that a negation denies before a court event: "made no effort to investigate".
const EFFORTS = new Set(['effort', 'efforts', 'step', 'steps', 'action', 'attempt', 'attempts', 'measures']);
/** How far a negation may sit before the court event when an effort noun stands between them. */
const EFFORT_REACH = 6;
/** How far before a court event a failure word governs it: "did not always conduct credible investigations". */
const FAILURE_WINDOW = 4;
/** Verbs of lodging a complaint: "allegations were rarely made", "complaints were seldom filed". */
const FILING_VERBS = new Set(['made', 'filed', 'lodged', 'submitted', 'brought', 'received']);
// "a lack of credible supporting evidence": how far after a failure word the missing proof may be named.
const EVIDENCE_REACH = 4;
const EVIDENCE_WORDS = new Set(['evidence', 'proof']);
// After "not", these make a failure partial: "did not always investigate", "not consistently prosecuted".
const PARTIAL_ADVERBS = new Set([
  'always',
  'consistently',
  'systematically',
  'uniformly',
  'effectively',
  'fully',
]);
// Between a subject and "died": "106 individuals [had] died", "inmates [reportedly] died".
const DEATH_AUXILIARIES = new Set(['had', 'have', 'has', 'reportedly', 'allegedly', 'also', 'all', 'later']);
// Subjects of "died" that count people: the counts of reports, and vaguer quantities ("several inmates died").
const NUMBER_WORDS = new Set([...REPORT_COUNT_WORDS, 'several', 'many', 'numerous', 'some']);
// After the death: "died of cholera", "died from lack of care", "died due to neglect".
const DEATH_CAUSE_LINKS = new Set(['of', 'from', 'due', 'because']);
const DEATH_CAUSE_REACH = 1;
/** Words that name abuse, neglect, violence or wounds: what makes a death in custody a killing. */
const ABUSIVE_CAUSES = new Set(
  [
    'torture',
    'tortured',
    'beat',
    'beaten',
    'beating',
    'abuse',
    'mistreatment',
    'maltreatment',
    'neglect',
    'negligence',
    'violence',
    'violent',
    'injuries',
    'wounds',
    'bruises',
    'force',
    'shot',
    'killed',
    'killing',
    'suspicious',
    'unexplained',
    'starvation',
    'malnutrition',
    'hunger',
    'dehydration',
    'denied',
    'lack',
    'untreated',
    'unattended',
    'strangled',
    'assaulted',
    'assault',
  ].map((w) => stem(w)),
);
// "police arrested [in Stresa a local man] accused of": how far the arrest may sit before the accused.
const ARRESTED_ACCUSED_REACH = 7;
const ARREST_VERBS = new Set(['arrested', 'detained', 'apprehended', 'held']);
// "suspended eight guards accused of torture", "ordered the arrest of five officers accused of": a sanction, or an
// arrest named as a noun, whose object is the accused holds them to account as an arrest does.
const ACCUSING_WORDS = new Set(['accused', 'suspected', 'implicated']);
const ALLEGATION_NOUN_RULES = new Set(['accused', 'suspect', 'suspicion']);
const SANCTION_VERBS = new Set(['suspended', 'dismissed', 'charged', 'indicted', 'prosecuted']);
const PHONES = new Set(['phone', 'phones']);
const COPULAS = new Set(['was', 'were', 'remained', 'remain', 'remains']);
// Predicates that say investigations or prosecutions fell short, not that there was none to make.
const WEAK_PREDICATES = new Set([
  'limited',
  'rare',
  'few',
  'slow',
  'inadequate',
  'insufficient',
  'ineffective',
]);
const COURT_BARRIERS = new Set(['that', 'which', 'who', 'whom']);
// Verbs before "responsibility for" by which a group owns an act it committed.
const CLAIMS = new Set(['claimed', 'claim', 'claims', 'claiming', 'accepted', 'admitted']);
// "one of the major factors responsible for poor health": a cause, not a body in charge of something.
const CAUSES = new Set(['factor', 'factors', 'cause', 'causes', 'reason', 'reasons']);
// "poor training led to long detentions": a shortcoming linked to the abuse as its cause.
const EFFECT_VERBS = new Set([
  'contributed',
  'contributes',
  'contributing',
  'led',
  'leads',
  'resulted',
  'results',
]);
const SOURCE_NOUNS = new Set(LEXICON.sourceNouns);
// "a December 2019 MHRC report": how far after a dated year its source noun may come.
const DATED_SOURCE_REACH = 4;
// Court events after which a cited law is the charge, not a norm: "sentenced ... under the criminal code".
const CITING_COURT_RULES = new Set(['sentence', 'conviction', 'charge', 'suspect', 'arrest-for']);
// Legal words that say who a rule spares, not a law anyone is charged or sentenced under.
const UNCITABLE_LEGAL_RULES = new Set(['exempt']);
// Court events after which a place names where the charged offence was done: "found guilty of killing two men in
// Kelvo, Ostmark" places the killing, not the trial or the detention at home.
const OFFENCE_COURT_RULES = new Set([...CITING_COURT_RULES, 'verdict', 'accused']);
const BE = new Set(['was', 'were', 'is', 'are']);
const ALLEGATION_RULES = new Set(['suspect', 'accused', 'confession']);
// Court events that judge an abuse already done: a cue whose words span one is judged from it.
const VERDICT_RULES = new Set(['sentence', 'conviction', 'verdict']);
const ACCOUNTABILITY_RULES = new Set(['investigation', 'compensation']);
// "arrested five activists on allegations of threatening state security", "detained a journalist on theft charges":
// whom the clause says were held for their dissent or work makes the stated charge no ordinary crime (LABELLING.md:
// arrests of journalists or opposition members for their work are political). "suspected of supporting the
// opposition": a suspicion of a tie to dissent is no suspicion of a crime.
/** How far from the arrest a word of dissent may name those held: "arrested five political activists". */
const DISSENT_REACH = 6;
/** How far before a word of dissent a crime or its perpetrators make it the victim: "the attackers of a journalist". */
const DISSENT_VICTIM_REACH = 3;
const DISSENT_WORDS = new Set([
  'journalist',
  'journalists',
  'activist',
  'activists',
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'dissident',
  'dissidents',
  'defender',
  'defenders',
  'blogger',
  'bloggers',
  'critic',
  'critics',
  'political',
  'protests',
]);
// What a suspicion of a tie ("supporting", "links") may be of that is politics, not a crime, and how far after the
// tie it may stand. Kept apart from the words that name those held (above): the two lists were guarded on different
// dev sentences, and one merged list changes dev figures, so merging waits for a guarded rule change.
const POLITICS_SUSPECTED = new Set([
  'opposition',
  'protest',
  'protests',
  'protesters',
  'demonstrations',
  'demonstrators',
  'dissidents',
]);
const POLITICS_SUSPECTED_REACH = 4;
const POLITICAL_TIES = new Set([
  'supporting',
  'support',
  'backing',
  'links',
  'link',
  'ties',
  'sympathizing',
  'sympathy',
  'sympathies',
  'involvement',
  'participating',
  'participation',
  'membership',
]);
const SUSPECT_WORDS = new Set([
  'suspect',
  'suspects',
  'suspected',
  'suspicion',
  'perpetrator',
  'perpetrators',
  'attackers',
  'assailants',
  'killers',
  'culprits',
]);
// "detained every suspect and witness", "held the relatives of suspects": people held beside the
// suspects, or in their place, are not suspected of anything.
const BYSTANDERS = new Set(['witness', 'witnesses', 'relatives', 'relative']);
// From the arrest to those it holds: "detained all suspects and witnesses".
const BYSTANDER_REACH = 4;
// "arrested the mayor on charges of fraud": the arrest states its legal ground.
const STATED_GROUNDS = new Set(['charges', 'charge', 'allegations', 'accusations']);
// The words that may name the crime before the grounds noun: "on war crimes allegations".
const GROUNDS_MODIFIERS = 2;
const NAMED_CRIMES = new Set(['war', 'crimes', 'drug', 'drugs', 'trafficking', 'smuggling', 'theft']);
const KILLING_NOUNS = new Set([
  'killing',
  'killings',
  'murder',
  'murders',
  'assassination',
  'death',
  'deaths',
]);
// An attack takes its victim through "on" ("attacks on journalists"), not through "of" as a killing does.
const ASSAULT_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults']);
// The one list of crimes whose suspects an arrest or a charge may name, as nouns or gerunds: "arrested eight officers
// for torturing detainees", "detained nine men over the murder", "accused of the killing of a reporter". Those held
// for them are suspects whoever they are; an attack, a shooting, arson or a massacre is such a crime whoever its victim
// ("held over the stabbing of a trader"), and so is a part taken in one ("for participating in a massacre").
const VIOLENT_CRIMES = new Set([
  ...KILLING_NOUNS,
  ...ASSAULT_NOUNS,
  'murdering',
  'assassinating',
  'attacking',
  'assaulting',
  'torturing',
  'beating',
  'raping',
  'rape',
  'rapes',
  'kidnapping',
  'kidnappings',
  'abduction',
  'abductions',
  'abducting',
  'robbery',
  'robberies',
  'lynching',
  'shooting',
  'shootings',
  'stabbing',
  'arson',
  'massacre',
  'massacres',
  'genocide',
  'bombing',
  'bombings',
]);
// "arrested the council president for corruption": graft is ordinary crime whoever is held for it, a politician too,
// unless the sentence calls the charge a pretext ("politically motivated", "in retaliation").
const GRAFT_CRIMES = new Set([
  'corruption',
  'embezzlement',
  'embezzling',
  'fraud',
  'bribery',
  'laundering',
  'misappropriation',
  'misappropriating',
]);
const PRETEXT_WORDS = new Set([
  'politically',
  'motivated',
  'pretext',
  'retaliation',
  'reprisal',
  'fabricated',
]);
// "took hostage 22 prison staff", "held six guards hostage": the staff of a prison, and how far after "hostage".
const HOSTAGE_WORDS = new Set(['hostage', 'hostages']);
const STAFF_NOUNS = new Set([
  'staff',
  'guards',
  'guard',
  'wardens',
  'warden',
  'warders',
  'employees',
  'personnel',
]);
const STAFF_HOSTAGE_REACH = 4;
// "for their role in [the] 130 killings": what someone charged took part in, and the words that may stand before it.
const ROLE_NOUNS = new Set(['role', 'roles', 'involvement', 'participation', 'complicity']);
const ROLE_FILLERS = new Set(['the', 'a', 'an', 'alleged', 'more', 'than', 'over', 'at', 'least', 'some']);
const ROLE_FILLER_REACH = 4;
// Words that open another clause between an arrest and "accused of": the accused are then others.
const ACCUSED_BREAKS = new Set([
  'that',
  'after',
  'when',
  'who',
  'whom',
  'which',
  'because',
  'while',
  'before',
]);
const FABRICATED = new Set(['fabricated', 'trumped', 'spurious', 'false', 'bogus', 'fake', 'dubious']);
/** How far after "for" or "in connection with" the crime may sit: "for [the 2016] abduction". */
const CRIME_REACH = 3;
// "the ECHR found that police questioned him without a lawyer", "the appeals court confirmed that the three had been
// held illegally": a court as the subject of a verb that states what it found. "held" finds only before "that".
// An inquest or a commission of inquiry weighs evidence as a court does: what it found about an undated act is the
// finding of an accountability process, not a fresh report of the act.
const COURT_FINDERS = new Set([
  'court',
  'courts',
  'tribunal',
  'tribunals',
  'judge',
  'judges',
  'echr',
  'ecthr',
  'inquest',
  'inquests',
  'inquiry',
  'inquiries',
  'commission',
  'commissions',
]);
const FINDING_VERBS = new Set([
  'found',
  'ruled',
  'concluded',
  'confirmed',
  'determined',
  'established',
  'declared',
]);
// From the court noun to its verb ("the court [in Tovel] found", "the inquiry [into the raid] determined"), and from
// the verb to the abuse it found.
const FINDER_REACH = 4;
const FINDING_REACH = 30;
// "ruled to extend his detention", "ruled in favor of his release", "found him guilty": what follows is an order or a
// verdict, handled as court events of their own, not a finding of fact.
const FINDING_NOT_FACT = new Set(['to', 'in', 'for', 'against']);
// "the court ruled against deporting the family", "the Council of State ruled that returns to Ostmark could resume":
// a ruling on a return decides whether it may go ahead. The ruling verbs, and the bodies that rule besides courts.
const RETURN_RULINGS = new Set(['ruled', 'rules', 'ruling', 'decided']);
const RULING_BODIES = new Set([...COURT_FINDERS, 'council']);
const COORDINATED_REACH = 7;
const DISJUNCTIONS = new Set(['or', 'nor']);
const COUNTS = [...LEXICON.counts].sort((a, b) => b.atLeast - a.atLeast);
const HYPOTHETICAL_WINDOW = 10;
/** "threatened the editor with beatings": the threat's "with" governs only the harm named right after it. */
const THREAT_WITH_REACH = 2;
const AFTER_AND_SKIP = new Set(['was', 'were', 'then', 'later', 'subsequently']);
const STATE_PLACES = new Set(['station', 'stations', 'post', 'posts', 'headquarters', 'barracks', 'base']);
// "a plot to kill the editor" is no killing, but "conspired to kill the editor and shot him" tells it done.
const ATTEMPT_RULES = new Set(['attempt', 'avoidance', 'plot']);
/** Words that name the means by which an attempt was made ("tried to silence critics by arresting them"). */
const ATTEMPT_MEANS = new Set(['through', 'by', 'including']);
const PAST_IRREGULAR = new Set(['shot', 'beat', 'beaten', 'took', 'threw', 'hit', 'struck', 'ran']);
const BY_AGENT_WINDOW = 6;
/** "to prevent his abduction", "to avert the killing of": verbs whose object is a harm kept from happening. */
const PREVENTING = new Set([
  'prevent',
  'prevents',
  'prevented',
  'preventing',
  'avert',
  'averted',
  'averting',
]);
/** Words between a preventing verb and a harm that end the verb's object: "prevented them killing", "prevent and punish". */
const NOT_HARM_MODIFIERS = new Set([
  'and',
  'or',
  'them',
  'him',
  'her',
  'it',
  'us',
  'people',
  'persons',
  'from',
]);
/** "failed to prevent the killings", "could not avert his death": the harm happened after all. */
const FAILED_PREVENTION = new Set([
  'failed',
  'fail',
  'fails',
  'failing',
  'unable',
  'not',
  'never',
  'nothing',
  'little',
]);
/** How far before the preventing verb a failure word may stand: "did nothing to prevent". */
const FAILED_PREVENTION_REACH = 3;
/** How far a subject may sit before the last of a series of verbs: "police arrested, handcuffed, and assaulted". */
const VERB_SERIES_REACH = 6;
/** How far after an arrest its object or time may run before "and" and a violent act: "detained two men in Varn and". */
const SERIES_OBJECT_REACH = 9;
// "the abduction, rape, and murder of a schoolgirl": a killing named as a crime in one series with a rape.
const RAPE_NOUNS = new Set(['rape', 'rapes']);
/** How many words a named unit of an actor ("33rd Light Infantry Division") may take. */
const UNIT_NAME_REACH = 5;
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);
/** Words of the non-state actors that are armed groups (not families, gangs or private persons). */
const ARMED_GROUP_WORDS = new Set(
  [
    'armed',
    'rebel',
    'rebels',
    'insurgent',
    'insurgents',
    'militant',
    'militants',
    'terrorist',
    'terrorists',
    'militia',
    'militias',
    'separatist',
    'separatists',
    'jihadist',
    'jihadists',
    'combatants',
    'isis',
    'isil',
    'hamas',
    'boko',
    'shabaab',
  ].map((w) => stem(w)),
);
/** Nouns that close the name of a military or police unit. */
const UNIT_NOUNS = new Set([
  'battalion',
  'battalions',
  'brigade',
  'brigades',
  'regiment',
  'regiments',
  'division',
  'divisions',
  'platoon',
  'platoons',
  'squadron',
  'squadrons',
  'detachment',
  'detachments',
  'unit',
  'units',
  'corps',
]);
const SERIES_LINKS = new Set(['and', 'or', 'then']);
// Acts of violence or intimidation that, told in one series with a state agent's arrest, make the arrest part of
// the abuse. "arrested and forcibly disappeared": the adverb opens the act that follows the "and".
const VIOLENT_SERIES = new Set([
  'threatened',
  'tortured',
  'beat',
  'beaten',
  'killed',
  'murdered',
  'executed',
  'raped',
  'shot',
  'whipped',
  'flogged',
  'assaulted',
  'abused',
  'mistreated',
  'kicked',
  'forced',
  'forcibly',
  'disappeared',
]);
/** "abuse of power", "abuse of office": what is abused is an office, not a person. */
const OFFICE_ABUSED = new Set([
  'power',
  'powers',
  'authority',
  'office',
  'position',
  'functions',
  'process',
  'trust',
]);
/** "drug abuse", "abuse of alcohol", "drug abusers": what is abused is a substance, not a person. */
const SUBSTANCES_ABUSED = new Set([
  'drug',
  'drugs',
  'substance',
  'substances',
  'alcohol',
  'narcotic',
  'narcotics',
  'solvent',
  'solvents',
  'inhalant',
  'inhalants',
]);
/** "security forces were also accused of rape": the verb that names its subject as the perpetrator. */
const ACCUSATION_LINKS = new Set(['accused', 'responsible', 'guilty']);
const ACCUSATION_FILLERS = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'has',
  'have',
  'had',
  'also',
  'of',
  'for',
  'committing',
  'perpetrating',
]);
const ACCUSED_REACH = 7;
const ACCUSE_FORMS = new Set(['accuse', 'accuses', 'accused', 'accusing']);
const WARRANTS = new Set(['warrant', 'warrants']);
// The lexicon's departure rule for a norm conceded by "despite" (see `practice`).
const DESPITE_NORM = 'despite-norm';
// Words that open a cue stating a breach of a legal limit: "beyond the legal limit", "in excess of the mandated maximum".
const BREACH_OPENERS = new Set(['beyond', 'past', 'after', 'exceeded', 'exceeding', 'excess', 'longer']);
// Verbs that class persons under a definition rather than state it: "they meet the definition of".
const DEFINITION_FITS = new Set([
  'meet',
  'meets',
  'met',
  'meeting',
  'fit',
  'fits',
  'fitting',
  'satisfy',
  'satisfied',
]);
// Verbs of going past a limit, besides the breach openers: "remand that equalled the longest sentence possible".
const BREACH_VERBS = new Set(['exceed', 'exceeds', 'equaled', 'equalled', 'surpassed', 'outlasted']);
/** How far before a legal word a breach may stand: "exceeded [the mandated] maximum penalty". */
const BREACH_REACH = 3;
// Nouns that name a limit set in law: "beyond the 48 hours the law allows", "exceeded the period the code sets".
const LIMIT_NOUNS = new Set([
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'period',
  'periods',
  'limit',
  'limits',
  'maximum',
  'deadline',
  'deadlines',
  'term',
  'time',
  'duration',
]);
/** How far the subject of a norm may open before its legal word: "[the criminal procedure] code allows". */
const LIMIT_SUBJECT_REACH = 3;
/** How far before a limit noun its breach may stand: "longer than [the 48] hours". */
const LIMIT_BREACH_REACH = 4;
// Between the breach and the limit: "beyond the", "in excess of the", "longer than the legally [mandated]",
// "exceeded the maximum [penalty]".
const BREACH_LINKS = new Set([
  'the',
  'of',
  'than',
  'a',
  'legally',
  'legal',
  'statutory',
  'constitutionally',
  'maximum',
  'minimum',
]);
const DETENTION_ACTS = new Set(
  ['arrest', 'arrested', 'detain', 'detained', 'detention', 'held', 'jailed', 'imprisoned', 'custody'].map(
    (w) => stem(w),
  ),
);
const ARREST = stem('arrest');
/** Words between an arrest and the agents it holds: "arrested [at least] three [police] officers". */
const AGENT_OBJECT_FILLERS = new Set([
  ...REPORT_COUNT_WORDS,
  'the',
  'several',
  'some',
  'at',
  'least',
  'a',
  'an',
  'of',
  'its',
  'their',
  'own',
]);
const AGENT_OBJECT_REACH = 4;
/** Words linking held agents to their holding: "officers [were] arrested", "soldiers [remained in] detention". */
const AGENT_LINKS = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'had',
  'has',
  'have',
  'remained',
  'remain',
  'remains',
  'in',
  'under',
  'later',
  'also',
  'subsequently',
]);
const AGENT_LINK_REACH = 3;
const PASSIVE_LINKS = new Set(['was', 'were', 'is', 'are', 'been', 'in', 'under']);
const INMATE_NOUNS = new Set(['inmate', 'inmates', 'prisoner', 'prisoners', 'convict', 'convicts']);
// Those a detainee may wrongly share a cell with: children with adults, women with men, pretrial with convicted.
// Those held who may kill one another: "inmates killed fellow inmates", "killings among detainees".
const FELLOW_HELD = new Set([...INMATE_NOUNS, 'detainee', 'detainees', 'cellmate', 'cellmates']);
const AMONG_LINKS = new Set(['among', 'between']);
// "killed [a fellow] inmate": the object's head within a few words of the verb.
const FELLOW_OBJECT_REACH = 3;
// "jail conditions harsh enough to constitute degrading treatment": verbs that class conditions as ill-treatment.
const CLASSING_VERBS = new Set([
  'constitute',
  'constitutes',
  'constituted',
  'constituting',
  'amount',
  'amounts',
  'amounted',
  'amounting',
  'tantamount',
]);
const CLASSED_CONDITIONS_REACH = 10;
const CELLMATE_NOUNS = new Set(['adults', 'adult', 'men', 'male', 'convicted', 'convicts', 'criminals']);
const ARREST_TIMES = new Set(['during', 'upon', 'after']);
const ARREST_MOMENTS = new Set(['during', 'upon']);
// "following Orvel's arrest": a named person's arrest may also be what an event followed.
const ARREST_TIMES_NAMED = new Set([...ARREST_TIMES, ...AFTERMATH_LINKS]);
const ARREST_ORDINALS = new Set([
  'original',
  'initial',
  'first',
  'second',
  'latest',
  'recent',
  'earlier',
  'subsequent',
]);
const SPAN_UNITS = new Set(['hours', 'days', 'weeks', 'months']);
const TIME_UNITS = new Set([...SPAN_UNITS, 'hour', 'day', 'week', 'month', 'year', 'years']);
const DURATION_UNITS = new Set([...TIME_UNITS, 'periods']);
// Words that may stand in a length of time before its unit: "up to 72 hours", "more than a month", "several days".
const DURATION_FILLERS = new Set([
  'a',
  'an',
  'up',
  'to',
  'more',
  'less',
  'than',
  'over',
  'nearly',
  'almost',
  'about',
  'approximately',
  'several',
  'many',
  'few',
  'two',
  'three',
  'four',
  'five',
  'six',
  'ten',
  'of',
  'series',
]);
const DURATION_REACH = 4;
const PARENTHETICALS = new Set([
  'however',
  'nevertheless',
  'therefore',
  'also',
  'thus',
  'furthermore',
  'moreover',
]);
const ARREST_NOUNS = new Set(['arrest', 'arrests', 'detention', 'detentions']);
// "the protests went ahead without large-scale arrests": words that may stand between "without" and the arrests.
const WITHOUT_ARREST_MODIFIERS = new Set(['any', 'mass', 'large', 'scale', 'further', 'major', 'widespread']);
const WITHOUT_ARREST_REACH = 3;
const ADDED_COUNT_LEADS = new Set(['besides', 'in addition to', 'apart from', 'aside from']);
const AVERAGE = stem('average');
const MONTH_UNITS = new Set(['month', 'months']);
const YEAR_UNITS = new Set(['year', 'years']);
// "12 months or longer": a length word that only spans the range of the average.
const LENGTH_WORDS = new Set(['long', 'longer']);
const DAY_PARTS = new Set([...TIME_UNITS, 'night', 'morning', 'afternoon', 'evening', 'weekend']);
// Verbs whose subject is the cause of what the sentence reports: "the arrest of the governor sparked protests".
const CAUSING_VERBS = new Set([
  'sparked',
  'triggered',
  'prompted',
  'provoked',
  'caused',
  'fueled',
  'fuelled',
  'ignited',
]);
// How many words of "of ..." (the arrested person's name and title) may stand before the verb.
const CAUSE_SUBJECT_REACH = 8;
// "attacks on journalists", "an assault against a reporter": the links by which an attack takes its victim.
const ASSAULT_TARGET_LINKS = new Set(['on', 'against', 'upon']);
// Damage to property an arrest is for: its object may be a party's or a group's, not the arrested's.
const DAMAGE_GERUNDS = new Set([
  'defacing',
  'vandalizing',
  'vandalising',
  'damaging',
  'burning',
  'looting',
  'stealing',
]);
// "for defacing [a United Left party] office": the object's words up to its head.
const DAMAGE_OBJECT_REACH = 5;
const PROCEEDING_NOUNS = new Set(['case', 'cases', 'trial', 'trials', 'proceedings', 'appeal', 'appeals']);
// "the case [continuing] at year's end": the proceeding noun right before the marker or its verb.
const PROCEEDING_REACH = 2;
// Taking part in an act: what the act is decides whether the part is political.
const PART_VERBS = new Set(['participating', 'organizing', 'organising']);
// "participating in an armed attack", "in the 1999 massacre": the object's head within a few words.
const PART_OBJECT_REACH = 3;
/** Words of a verdict a political-prisoner cue may be built on. */
const VERDICT_WORDS = new Set(['convicted', 'sentenced', 'sentence', 'fined']);
/** How far before a prison word "suspended" may stand: "a suspended six-month prison sentence". */
const SUSPENDED_REACH = 3;
/** Penalties that hold no one: a fine, a suspended or probationary term, a limitation of liberty. */
const NON_CUSTODIAL = new Set(['fined', 'fine', 'fines', 'suspended', 'probation', 'liberty']);
/** "limitation of liberty" and "restriction of liberty" are non-custodial penalties; "deprivation of liberty" is not. */
const LIBERTY_LIMITS = new Set(['limitation', 'restriction', 'restrictions', 'limitations']);
/** Words that say the person was held after all. */
const CUSTODIAL = new Set([
  'prison',
  'prisons',
  'jail',
  'jailed',
  'imprisoned',
  'imprisonment',
  'detention',
  'detained',
  'custody',
  'arrest',
  'arrested',
  'held',
  'incarcerated',
  'incarceration',
  'prisoner',
]);
/** What a danger word may qualify that lies in the workplace, not the country of return: "abusive working conditions". */
const LABOR_SETTINGS = new Set([
  'working',
  'work',
  'labor',
  'labour',
  'employer',
  'employers',
  'employment',
  'workplace',
  'workplaces',
]);
const ARREST_POSSESSORS = new Set(['the', 'his', 'her', 'their']);
/**
 * Words that tie an arrest, a charge or a suspect to the crime: "accused of", "arrested for", "held over", "charged
 * with", "a suspect in", "the men behind".
 */
const CRIME_LINKS = new Set(['of', 'for', 'over', 'with', 'in', 'behind']);
/** Events held in protest: "a vigil for the murder", "rallies protesting the arrests". */
export const PROTEST_EVENTS: ReadonlySet<string> = new Set([
  'protest',
  'protests',
  'demonstration',
  'demonstrations',
  'rally',
  'rallies',
  'strike',
  'strikes',
  'vigil',
  'vigils',
]);
// What people decry a crime with: the crime then is their grievance, not what anyone is held for.
const GRIEVANCE_NOUNS = new Set([...PROTEST_EVENTS, 'outrage', 'anger']);
/** Accountability nouns that, as the object of a holding verb, name the persons held. */
const DETAINEE_NOUNS = new Set(['suspect', 'suspects']);
// Auxiliaries between the persons held and the holding: "suspects being held", "suspects having been detained".
const HELD_AUXILIARIES = new Set([...PASSIVE_AUXILIARIES, 'is', 'are', 'having', 'have', 'had']);
// "held no suspects", "held any suspects": a determiner between the holding verb and the persons held.
const HELD_DETERMINERS = new Set(['no', 'any', 'the', 'some', 'these', 'those']);
// "no sign of arbitrary arrests", "no word of unfair trials": so qualified, the arrest or trial is an abuse in its own
// right, not the answer to one.
const ABUSIVE_QUALIFIERS = new Set([
  'arbitrary',
  'arbitrarily',
  'unlawful',
  'unlawfully',
  'illegal',
  'illegally',
  'warrantless',
  'unfair',
  'secret',
  'summary',
  'mass',
]);
// Words before "accused of" that are no person accused: auxiliaries, relatives, adverbs, verbs of reporting.
const ACCUSED_NOT_PERSON = new Set([
  'been',
  'being',
  'be',
  'who',
  'that',
  'which',
  'whom',
  'had',
  'have',
  'has',
  'allegedly',
  'reportedly',
  'also',
  'often',
  'widely',
  'repeatedly',
  'publicly',
  'falsely',
  'wrongly',
  'formally',
  'later',
  'then',
  'subsequently',
  'and',
  'or',
  'not',
  'never',
  'were',
  'was',
  'is',
  'are',
  'those',
  'others',
  'it',
  'they',
  'he',
  'she',
  'them',
]);
const HOLDING_VERBS = new Set(
  ['hold', 'held', 'holding', 'detain', 'detained', 'keep', 'kept'].map((w) => stem(w)),
);
const RELEASED_DETERMINERS = new Set([
  'the',
  'many',
  'some',
  'several',
  'most',
  'all',
  'of',
  'these',
  'those',
  'other',
  'recently',
  'newly',
]);
// Verbs of classing someone as something: negated, they deny the label ("did not consider them political prisoners").
const CLASSING = new Set(
  ['consider', 'regard', 'recognize', 'recognise', 'identify', 'classify', 'designate', 'track', 'count'].map(
    (w) => stem(w),
  ),
);
/** How far after a negation its classing verb may sit: "did not [officially] consider". */
const CLASSING_REACH = 2;
// "did not classify the return as refoulement", "did not say that the transfer constituted refoulement": verbs that
// give an act the name of the category, and how far after the negation they may sit (past a verb of saying).
const REFOULEMENT_CLASSING = new Set([
  ...CLASSING,
  ...['constitute', 'amount', 'qualify', 'deem', 'call'].map((w) => stem(w)),
]);
const REFOULEMENT_CLASSING_REACH = 4;
const REFOULEMENT = stem('refoulement');
// "denied holding any political prisoners", "denied that there were political prisoners": the words that may stand
// between a verb of denial and the label it denies.
const DENIAL_LINKS = new Set([
  'holding',
  'having',
  'keeping',
  'that',
  'there',
  'were',
  'was',
  'any',
  'it',
  'held',
]);
const DENY = stem('deny');
// Numbers next to these words are durations, shares or legal references, not counts of victims.
const NON_COUNT_AFTER = new Set([...TIME_UNITS, 'percent', 's']);
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

// Words before an unpunctuated "yet" that make it an adverb of time ("have not yet come to trial", "has yet to").
const YET_ADVERB_BEFORE = new Set(['not', 'as', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);
// Words after "yet" that make it an adverb of degree ("yet another arrest", "yet again").
const YET_ADVERB_AFTER = new Set(['another', 'again', 'more']);

/**
 * "yet" opens a contrast ("The law bans torture, yet police beat detainees") only as a conjunction; as an adverb
 * ("prisoners whose trials have not yet opened") it is inside its clause, and a break there would cut a norm
 * off from the condition it names.
 */
function adverbialYet(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w?.lower !== 'yet' || w.punctBefore !== '') return false;
  return YET_ADVERB_BEFORE.has(words[i - 1]?.lower ?? '') || YET_ADVERB_AFTER.has(words[i + 1]?.lower ?? '');
}

// Harms a threat may be named by, used as nouns before "threats": "death threats", "rape and torture threats".
const THREATENED_HARMS = new Set([
  'death',
  'torture',
  'rape',
  'kidnapping',
  'abduction',
  'violence',
  'murder',
  'assassination',
]);
// How many words (harms, commas, "and", "or") may stand between the abuse and "threats".
const THREAT_KIND_REACH = 5;

// Verbs by which someone approves of an act, and how many words (determiners, "swift", "recent") may stand between.
const APPROVAL_VERBS = new Set([
  'welcomed',
  'welcome',
  'welcomes',
  'praised',
  'praise',
  'praises',
  'applauded',
  'commended',
  'lauded',
  'hailed',
]);
const APPROVED_REACH = 3;

// How many words may open a clause before a "however" set off by commas that only interrupts it ("Pretrial
// detention, however, rarely exceeded ...", "In practice, however, ...").
const HOWEVER_SUBJECT_REACH = 4;

/**
 * "Pretrial detention, however, rarely exceeded the maximum": a "however" between commas right after a short subject
 * is an adverb inside its clause; a break there would cut the subject off from its own predicate and its denial.
 */
function parentheticalHowever(words: readonly Word[], i: number, len: number): boolean {
  return (
    words[i]?.lower === 'however' &&
    words[i]?.punctBefore === ',' &&
    words[i + 1]?.punctBefore === ',' &&
    len > 0 &&
    len <= HOWEVER_SUBJECT_REACH
  );
}

// "forcibly returned from other countries" (transnational repression): places abroad a return began in, unnamed.
const ELSEWHERE_SOURCES = new Set([
  'abroad',
  'overseas',
  'other countries',
  'another country',
  'foreign countries',
]);

/** The words from `at` say "from abroad", "from other countries": a return that brought people into this country. */
function fromUnnamedPlaceAbroad(words: readonly Word[], at: number): boolean {
  const source = words[at + 1];
  if (words[at]?.lower !== 'from' || !source || source.punctBefore !== '') return false;
  return (
    ELSEWHERE_SOURCES.has(source.lower) ||
    ELSEWHERE_SOURCES.has(`${source.lower} ${words[at + 2]?.lower ?? ''}`)
  );
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
  // Defined once, not per word: a closure per word of the corpus was measurable in the scoring bench.
  const open = (): void => {
    if (len > 0) clause++;
    len = 0;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const p = w.punctBefore;
    if (i > 0 && (p === ';' || p === ':')) {
      open();
      segment++;
      inSubordinate = false;
    } else if (p === ',' && inSubordinate) {
      open();
      inSubordinate = false;
    }
    if (
      startsWithAny(words, i, BREAKERS) &&
      !adverbialYet(words, i) &&
      !parentheticalHowever(words, i, len)
    ) {
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

// A named country abroad reads as the lexicon's "abroad": the same scope rule, from the report's country.
const PLACE_ABROAD = compilePhrase<Rule>('in', 0, { rule: 'abroad' });
// A war abroad with a relative clause after it: only the acts told after the place are abroad.
const PLACE_ABROAD_AFTER = compilePhrase<Rule>('in', 0, { rule: 'abroad-after' });

// Verbs by which a statute grants a power, in the forms a singular subject takes.
const GRANTED_POWER_VERBS = [
  'permitted',
  'permits',
  'allowed',
  'allows',
  'authorized',
  'authorizes',
  'empowered',
  'empowers',
  'granted',
  'grants',
  'gave',
  'gives',
] as const;
// "The Prevention of Torture Act provided guidelines to punish torture": a named statute as the subject of a verb that
// lays down rules states a norm, as "the law provides" does; "act" alone is too common a word for the lexicon.
const NAMED_LAW_NOUNS: ReadonlySet<string> = new Set([
  'act',
  'law',
  'code',
  'decree',
  'ordinance',
  'statute',
]);
const NAMED_LAW_VERBS: ReadonlySet<string> = new Set([
  'provided',
  'provides',
  'established',
  'establishes',
  'set',
  'sets',
  'required',
  'requires',
  'stipulated',
  'stipulates',
  'prescribed',
  'prescribes',
  'mandated',
  'mandates',
  'defined',
  'defines',
  // "The Public Safety Act permitted authorities to detain persons without charge": a power the statute grants.
  ...GRANTED_POWER_VERBS,
]);
const NAMED_LAW_PROVIDES = compilePhrase<Rule>('law', 0, { rule: 'named-law-provides' });
// "The ISA permitted detention without trial": a statute cited by its initials grants the powers; an agency cited so
// would more often "provide" or "define" something, so only the verbs of a power count after initials.
const POWER_VERBS: ReadonlySet<string> = new Set([
  // "The ISA and the GPA permit": two statutes take the plural verb.
  'permit',
  'allow',
  'authorize',
  'empower',
  'grant',
  'give',
  ...GRANTED_POWER_VERBS,
]);
// How far a relative clause on the statute ("..., which applies only in the north, permits") or a first predicate
// ("applied only to the north and permitted") may hold its verb off.
const STATUTE_VERB_REACH = 15;

/** A statute's initials opening the sentence or its run-in label, or coordinated with such ("The ISA and the GPA"). */
const statuteInitials = (words: readonly Word[], i: number): boolean => {
  if (!words[i]?.acronym || words[i - 1]?.lower !== 'the' || words[i]?.punctBefore) return false;
  const opener = words[i - 1]!;
  if (i - 1 === 0 || opener.punctBefore === ':') return true;
  return words[i - 2]?.lower === 'and' && !opener.punctBefore && statuteInitials(words, i - 3);
};

/**
 * The verb a statute at `i` governs past a relative clause on it or a first predicate of its own: ", which gives",
 * ", which applies only in the north, permits", "applied only to the north and permitted". -1 when there is none.
 */
const statuteVerbAfter = (words: readonly Word[], i: number, verbs: ReadonlySet<string>): number => {
  const next = words[i + 1];
  if (!next) return -1;
  if (next.punctBefore === ',' && (next.lower === 'which' || next.lower === 'that')) {
    if (verbs.has(words[i + 2]?.lower ?? '') && !words[i + 2]?.punctBefore) return i + 2;
    for (let k = i + 2; k < words.length && k <= i + STATUTE_VERB_REACH; k++) {
      const punct = words[k]!.punctBefore;
      if (punct === ',') return verbs.has(words[k]!.lower) ? k : -1;
      if (punct !== '') return -1;
    }
    return -1;
  }
  for (let k = i + 2; k < words.length && k <= i + STATUTE_VERB_REACH; k++) {
    if (words[k]!.punctBefore !== '') return -1;
    if (words[k - 1]!.lower === 'and' && verbs.has(words[k]!.lower)) return k;
  }
  return -1;
};

/** Where a capitalised statute name ("... Disappearance Act") is followed by a verb that lays down rules. */
const namedLawProvides = (words: readonly Word[]): PhraseMatch<Rule>[] => {
  const found: PhraseMatch<Rule>[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!;
    const initials = statuteInitials(words, i);
    if (!initials && (!w.capitalised || !NAMED_LAW_NOUNS.has(w.lower) || !prev.capitalised || prev.isNumber))
      continue;
    const verbs = initials ? POWER_VERBS : NAMED_LAW_VERBS;
    // "The Unlawful Activities Prevention Act (UAPA) gave": the statute's acronym may stand before the verb.
    const acronym = words[i + 1]!.capitalised && i + 2 < words.length ? 1 : 0;
    const verb = words[i + 1 + acronym]!;
    if (verb.punctBefore === '' && verbs.has(verb.lower)) {
      found.push({ start: i, end: i + 2 + acronym, phrase: NAMED_LAW_PROVIDES });
      continue;
    }
    // The rule then lies in the verb's clause, which a relative clause may have set apart from the statute's.
    const later = statuteVerbAfter(words, i + acronym, verbs);
    if (later >= 0) found.push({ start: later, end: later + 1, phrase: NAMED_LAW_PROVIDES });
  }
  return found;
};

// "charged with murder ... awaiting trial for": a gapped charge phrase must not swallow the charge that follows the
// verb at once; there the charge ends, and the words after it say what the charged went through.
const chargeRightAfter = (words: readonly Word[], c: PhraseMatch<Rule>): PhraseMatch<Rule> =>
  c.phrase.payload.rule === 'charge' &&
  c.end - c.start > 2 &&
  words[c.start]?.lower === 'charged' &&
  CRIME_LINKS.has(words[c.start + 1]?.lower ?? '')
    ? { ...c, end: c.start + 2 }
    : c;

const ANNIVERSARY_NOUNS: ReadonlySet<string> = new Set([
  'anniversary',
  'anniversaries',
  'commemoration',
  'memorial',
]);

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
  readonly court: PhraseMatch<Rule>[];
  readonly outOfScope: PhraseMatch<Rule>[];
  /** Other countries named as the subject of a clause ("In May, Ostmark deported ..."). */
  readonly statesAbroad: readonly PlaceMention[];

  constructor(
    readonly words: readonly Word[],
    readonly reportYear: number | undefined,
    /** Index of the first word after a run-in label ("Refoulement: ..."); the label's words state no fact. */
    readonly firstUnlabelled = 0,
    /** Where the sentence names another country as the place ("in Ukraine" in Russia's report): read as "abroad". */
    placesAbroad: readonly PlaceMention[] = [],
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
    this.legal = [
      ...withoutExceptions(get('legal'), coverage(raw('legalException'))),
      ...namedLawProvides(words),
    ];
    this.institutional = get('institutional');
    this.historical = get('historical');
    this.ongoing = get('ongoing');
    this.hypothetical = withoutExceptions(get('hypothetical'), coverage(raw('hypotheticalException')));
    this.intensity = get('intensity');
    this.credibility = get('credibility');
    // "private security guards", "a private police force": hired by a company or person, not agents of the state.
    this.actors = get('actor').filter(
      (a) =>
        words[a.start - 1]?.lower !== 'private' &&
        !(words[a.start - 2]?.lower === 'private' && words[a.start - 1]?.lower === 'security'),
    );
    this.court = get('court').map((c) => chargeRightAfter(words, c));
    this.statesAbroad = placesAbroad.filter((p) => p.subject);
    this.outOfScope = [
      ...get('outOfScope'),
      ...placesAbroad
        .filter((p) => !p.subject)
        .map((p) => ({
          start: p.start,
          end: p.end,
          phrase: p.actsAfter ? PLACE_ABROAD_AFTER : PLACE_ABROAD,
        })),
    ];
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
      if (this.accountabilityBetween(n.end, start)) {
        // "No reports said officials failed to look into mistreatment claims": the
        // negation denies the failure, so the sentence says accountability worked, not that abuse happened.
        if (this.failureBeforeAccountability(n.end, start)) return `${n.phrase.payload.rule}-failure`;
        continue;
      }
      // "no major concerns in prisons except for the use of solitary confinement": the exception is asserted.
      if (this.hasWord(n.end, start, 'except')) continue;
      const scope = n.phrase.payload.scope;
      if (scope === 'clause') {
        if (this.newSubjectBetween(n.end, start)) continue;
        return n.phrase.payload.rule;
      }
      if (scope === 'adjacent') {
        let j = n.end;
        while (j < start && (ADJACENT_SKIP.has(this.words[j]?.lower ?? '') || this.mannerAdverb(j))) j++;
        if (j === start) return n.phrase.payload.rule;
        // "were not detained incommunicado", "were not subjected to torture": the negated verb carries
        // the abuse named right after it. A reported event further on ("did not investigate reports
        // that soldiers executed detainees") is out of reach.
        // "not subjected to beatings or other abuse": the negation reaches every coordinated object.
        const reach = this.hasAny(j, start, DISJUNCTIONS) ? COORDINATED_REACH : CARRIER_REACH;
        if (NEGATION_CARRIERS.has(this.words[j]?.lower ?? '') && start - j <= reach) {
          return `${n.phrase.payload.rule}-carrier`;
        }
        // "neutral laws were not applied to target minorities to justify arbitrary arrest": the abuse
        // is the purpose of a use the sentence denies.
        if (USE_VERBS.has(this.words[j]?.lower ?? '') && this.purposeOfUse(j, start))
          return `${n.phrase.payload.rule}-purpose`;
      } else if (
        start - n.end < scope &&
        !(n.phrase.payload.commaBound === true && this.commaBetween(n.end - 1, start))
      )
        return n.phrase.payload.rule;
      // "no extrajudicial killings, murders, or forced disappearances": a determiner negates every
      // noun of its list, as long as no verb starts a new predicate in between.
      else if (
        start - n.end < COORDINATED_REACH + 1 &&
        this.hasAny(n.end, start, DISJUNCTIONS) &&
        !this.hasAny(n.end, start, BE)
      ) {
        return n.phrase.payload.rule;
      }
    }
    for (const p of this.postNegations) {
      if (p.start >= end && this.clauseOf(p) === clause) return p.phrase.payload.rule;
    }
    return undefined;
  }

  /**
   * "made sure they deported no one", "police arrested nobody": the cue's past verb has "no one"
   * for its object, so the act befell nobody.
   */
  private nobodyAsObject(end: number): boolean {
    const ws = this.words;
    const verb = ws[end - 1]?.lower ?? '';
    if (!/ed$/.test(verb) && !PAST_IRREGULAR.has(verb)) return false;
    const next = ws[end];
    if (!next || next.punctBefore !== '') return false;
    return next.lower === 'nobody' || (next.lower === 'no' && ws[end + 1]?.lower === 'one');
  }

  /**
   * "No separate jail for minors existed, and wardens kept minors with adults": after ", and"
   * an agent opens a coordinated clause with its own subject, which a negation before it does not reach.
   */
  private newSubjectBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const w = this.words[j];
      if (w?.lower !== 'and' || w.punctBefore !== ',') continue;
      if (
        this.actors.some(
          (a) => a.start === j + 1 || (a.start === j + 2 && this.words[j + 1]?.lower === 'the'),
        )
      )
        return true;
    }
    return false;
  }

  /**
   * Whether an accountability word sits in words [from, to): "no investigation into the killings",
   * "no one was held accountable for the disappearances" deny accountability, not the abuse.
   */
  accountabilityBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const w = this.words[j]?.lower ?? '';
      if (
        ACCOUNTABILITY.has(w) &&
        !(DETAINEE_NOUNS.has(w) && this.suspectsHeld(j, to)) &&
        !ABUSIVE_QUALIFIERS.has(this.words[j - 1]?.lower ?? '') &&
        !this.heldWithAbuse(j, to)
      )
        return true;
    }
    return false;
  }

  /**
   * "no reports that authorities held suspects incommunicado", "no word of suspects being kept incommunicado":
   * suspects held, or named right before the abuse, are the ones it befell, not suspects sought for it.
   * "No suspects were held for the killing" keeps them the persons sought over the crime.
   */
  private suspectsHeld(j: number, to: number): boolean {
    const at = (i: number): string => this.words[i]?.lower ?? '';
    // "held no suspects in pretrial detention": "in" before a place of custody says where, not for what crime.
    const custody = (i: number): boolean =>
      [i, i + 1].some(
        (x) => CUSTODY_WORDS.has(this.words[x]?.stem ?? '') || PLACES.has(this.words[x]?.stem ?? ''),
      );
    // "held suspects with convicts": "with" after the persons held says whom they were held with.
    const sought = (i: number): boolean =>
      CRIME_LINKS.has(at(i)) && at(i) !== 'with' && !(at(i) === 'in' && custody(i + 1));
    const holdsBefore =
      HOLDING_VERBS.has(this.words[j - 1]?.stem ?? '') ||
      (HELD_DETERMINERS.has(at(j - 1)) && HOLDING_VERBS.has(this.words[j - 2]?.stem ?? ''));
    if (holdsBefore) return !sought(j + 1);
    let k = j + 1;
    while (k < to && HELD_AUXILIARIES.has(at(k))) k++;
    if (k === to) return true;
    return HOLDING_VERBS.has(this.words[k]?.stem ?? '') && !sought(k + 1);
  }

  /**
   * "no protesters were arrested and beaten", "no reports of persons charged and then held incommunicado": an arrest
   * done together with the abuse befell the same persons, so the negation denies both, not a sanction for the abuse.
   */
  private heldWithAbuse(j: number, to: number): boolean {
    const past = (i: number): boolean => {
      const v = this.words[i]?.lower ?? '';
      return /[^e]ed$/.test(v) || PAST_IRREGULAR.has(v) || HOLDING_VERBS.has(this.words[i]?.stem ?? '');
    };
    const and = this.words[j + 1];
    if (!past(j) || and?.lower !== 'and' || and.punctBefore) return false;
    let k = j + 2;
    while (
      k < to &&
      (AFTER_AND_SKIP.has(this.words[k]?.lower ?? '') || HOLDING_VERBS.has(this.words[k]?.stem ?? ''))
    )
      k++;
    return k === to && (past(to) || HOLDING_VERBS.has(this.words[to - 1]?.stem ?? ''));
  }

  /** A failure word ("failed", "refused") before the first accountability word in words [from, to). */
  private failureBeforeAccountability(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const w = this.words[j]?.lower ?? '';
      if (ACCOUNTABILITY.has(w)) return false;
      if (FAILURE.has(w)) return true;
    }
    return false;
  }

  /** A negation earlier in the clause that only denies accountability for the abuse at `start`. */
  private deniesAccountability(start: number, clause: number): boolean {
    return this.negations.some(
      (n) => this.clauseOf(n) === clause && n.end <= start && this.accountabilityBetween(n.end, start),
    );
  }

  /**
   * A court or prosecution event the abuse at [start, end) is the object of ("sentenced the officers
   * for the murder", "charged with kidnapping", "a murder case"), unless the sentence says justice
   * was denied ("no one was prosecuted for the killings") or dates the abuse itself to a month.
   */
  private courtEvent(
    start: number,
    end: number,
    clause: number,
    crimeWord: boolean,
    crimeCue: boolean,
  ): string | undefined {
    const ws = this.words;
    let rule: string | undefined;
    let at = -1;
    let accusedPerson = false;
    for (const c of this.court) {
      if (c.end > start) continue;
      const verdictFor = this.verdictFor(c, start);
      if (this.clauseOf(c) !== clause && !verdictFor) continue;
      if (
        start - c.end > COURT_WINDOW &&
        !verdictFor &&
        !this.listedCount(c.end, start) &&
        !this.roleIn(start)
      )
        continue;
      // "accused of killing protesters" and "cases of killings" are allegations; only a crime word
      // without a state agent ("persons accused of murder") names a criminal case.
      // "police arrested 13 persons accused of mistreating patients": the arrested are the accused, and the
      // abuse is the crime they are held for, whoever arrested them.
      // "a driver accused of kidnapping a child", "a suspect in the killing of a settler": the crime is ascribed to the
      // person named, whoever else the sentence names.
      // "two brothers were arrested for the murder of a shopkeeper in June": people other than agents of the state
      // held for a crime named right after "for" are its suspects.
      // Either way the cue must be the crime itself, right after the accusation ("accused of theft, ... police
      // killed him" accuses him of the theft only).
      const accused =
        crimeCue &&
        this.crimeRightAfter(c.end, start) &&
        (this.privateAccused(c) ||
          (c.phrase.payload.rule === 'arrest-for' && !this.detainedAreAgents(c.start, c.start + 1)));
      if (
        CRIME_ONLY_COURT_RULES.has(c.phrase.payload.rule) &&
        !crimeWord &&
        !this.arrestedAccused(c.start, clause) &&
        !accused
      )
        continue;
      // "Armed groups were suspected of most kidnappings": an allegation against a named agent, unless the agents are
      // the ones arrested or sanctioned for it ("arrested three officers accused of torture").
      if (
        ALLEGATION_RULES.has(c.phrase.payload.rule) &&
        !this.arrestedAccused(c.start, clause) &&
        this.actors.some((a) => a.end <= c.start && this.onlyAuxiliaries(a.end, c.start))
      ) {
        continue;
      }
      // "detained suspects for two weeks": "for" a length of time says how long they were held, not for what crime.
      if (c.phrase.payload.rule === 'arrest-for' && this.durationAt(c.end)) continue;
      // "held a critic for a mental examination to break him": held for an examination names no crime.
      if (c.phrase.payload.rule === 'arrest-for' && this.purposeAt(c.end)) continue;
      // "suspects in police custody died after beatings": the suspects are named by where they are held, as detainees.
      if (c.phrase.payload.rule === 'suspect' && this.heldIn(c.end)) continue;
      // "investigated and found that soldiers killed ...": the abuse is reported in its own clause.
      // A clause set off inside a long term ("of which ten months were suspended") does not report the abuse.
      if (!verdictFor && this.reportedAfter(c.end, start)) continue;
      // "detained a journalist for his reporting and beat him", "held them for days, stripped them, and tortured them":
      // a predicate coordinated after the arrest is what the holders did, not the crime the arrest was for.
      // "arrested 30 men accused of theft and tortured them": the same after an accusation of a crime named by a noun
      // ("suspected of having kidnapped and mistreated her" coordinates the crimes themselves).
      if (
        (c.phrase.payload.rule === 'arrest-for' ||
          (ALLEGATION_NOUN_RULES.has(c.phrase.payload.rule) && this.nounCrimeAt(c.end))) &&
        this.coordinatedPredicate(c.end, start)
      )
        continue;
      // "investigated 131 reports of ... unlawful arrest": the inquiry counts incidents reported in the period.
      if (c.phrase.payload.rule === 'investigation' && this.countsReports(c.end, start)) continue;
      // "did not investigate complaints, and medical staff failed to document injuries from torture": a
      // coordinated clause with its own subject reports the abuse apart from the court event.
      if (!verdictFor && this.coordinatedClauseBetween(c.end, start)) continue;
      // "police investigators used abuse to extract confessions": the agent noun is the subject of the act.
      if (/ors$/.test(ws[c.end - 1]?.lower ?? '') && /ed$/.test(ws[c.end]?.lower ?? '')) continue;
      // "the ruling party": those who rule, not a court's ruling.
      if (ws[c.start]?.lower === 'ruling' && RULERS.has(ws[c.end]?.lower ?? '')) continue;
      // "residents charged that soldiers beat them": to charge that is to allege, not to bring a charge.
      if (CHARGE_WORDS.has(ws[c.start]?.lower ?? '') && ws[c.start + 1]?.lower === 'that') continue;
      // "informed detainees of the charges against them": charges against the held themselves are what they are held
      // on, not a case about an abuse.
      if (CHARGE_WORDS.has(ws[c.start]?.lower ?? '') && OBJECT_PRONOUNS.has(ws[c.end]?.lower ?? '')) continue;
      // "police charged the crowd with batons": a charge with weapons is an assault, not an indictment.
      if (CHARGE_WORDS.has(ws[c.start]?.lower ?? '') && this.chargeWithWeapons(c.end)) continue;
      // "a fair trial right, including against coerced confessions": a right, not a trial.
      if (ws[c.start - 1]?.lower === 'fair') continue;
      // "the Criminal Investigation Division": a name, not an event.
      if (c.start > 0 && ws[c.start]?.capitalised) continue;
      // "charged with investigating", "a unit to investigate killings": a mandate, not a court event.
      if (this.institutional.some((m) => this.clauseOf(m) === clause && m.start <= c.start)) continue;
      rule = c.phrase.payload.rule;
      at = c.start;
      accusedPerson = accused;
    }
    // "just four torture cases went to court": the cases are the subject of the court event after them.
    // "the unit received complaints of police abuse that led to investigations": complaints someone received are
    // allegations of the abuse; the inquiry they led to follows them.
    if (
      !rule &&
      ws[start - 1]?.lower === 'of' &&
      CASE_SUBJECTS.has(ws[start - 2]?.lower ?? '') &&
      !this.receivedComplaints(start - 2)
    ) {
      const later = this.court.find(
        (c) => this.clauseOf(c) === clause && c.start >= end && c.start - end <= CASE_PREDICATE_REACH,
      );
      if (later) {
        rule = later.phrase.payload.rule;
        at = later.start;
      }
    }
    // "Besides unlawful arrest, the officers were found guilty of theft": an abuse set before the court event by
    // "besides" or "in addition to" is one more count of it.
    if (!rule && this.addedCount(start)) {
      // The court event is the main predicate, after the comma that closes the opening phrase.
      let main = end;
      while (main < ws.length && ws[main]?.punctBefore !== ',') main++;
      const later = this.court.find((c) => this.clauseOf(c) === clause && c.start >= main);
      if (later) {
        rule = later.phrase.payload.rule;
        at = later.start;
      }
    }
    const after = ws[end];
    if (
      !rule &&
      !this.countedBefore(start) &&
      after &&
      after.clause === clause &&
      after.punctBefore === '' &&
      CASE_NOUNS.has(after.lower) &&
      // "sexual violence cases committed by soldiers": a case that someone committed is the act itself, not a trial.
      !COMMITTED.has(ws[end + 1]?.lower ?? '')
    ) {
      rule = 'case';
      at = end;
    }
    const charges = rule ? -1 : this.chargesAfterOffence(end, clause);
    if (charges >= 0 && !this.countedBefore(start)) {
      rule = 'case';
      at = charges;
    }
    if (!rule) return undefined;
    // "a suspect in the May 2 killing of a shopkeeper": a crime ascribed to a private person is ordinary crime,
    // whenever it happened; the dates below only tell a fresh abuse from an old one.
    if (accusedPerson) return rule;
    // "investigations into the killing of two officials on June 22": a month with no year dates the abuse to the
    // report year, so the court event is about an abuse of the year.
    if (this.monthRightAfter(end, clause)) return undefined;
    // "convicted of killings committed during the year": the abuse itself is current.
    if (
      this.ongoing.some(
        (o) =>
          this.clauseOf(o) === clause &&
          // "investigating complaints received during the year of wrongful deaths": between the event and the abuse too.
          (o.start >= end || (o.start > at && at < start)) &&
          /year/.test(o.phrase.source),
      )
    ) {
      return undefined;
    }
    // "no one was charged", "were never tried": the negation governs the court event itself.
    if (this.negations.some((n) => this.clauseOf(n) === clause && n.end <= at && at - n.end <= 2)) {
      return undefined;
    }
    // "made no known effort to investigate", "took no steps to prosecute": a denied effort is the same.
    if (
      this.negations.some(
        (n) =>
          this.clauseOf(n) === clause &&
          n.end <= at &&
          at - n.end <= EFFORT_REACH &&
          this.hasAny(n.end, at, EFFORTS),
      )
    ) {
      return undefined;
    }
    // "failed to open investigations into the killings": lack of accountability for abuse that happened.
    if (this.hasAny(Math.max(0, at - FAILURE_WINDOW), at, FAILURE)) return undefined;
    // "police did not always credibly investigate mistreatment claims": a partial failure.
    if (this.partialFailureBefore(at)) return undefined;
    // "judicial action on disappearance cases was insufficient": the same, said after the abuse.
    if (this.failureAfter(end)) return undefined;
    // "investigations into police violence in the province were limited": the same, as the clause's predicate.
    if (at < start && this.failedAsPredicate(end, clause)) return undefined;
    // "investigated the May killing of a commentator": a month modifying the abuse dates it to the report year.
    if (MONTH_WORDS.has(ws[start - 1]?.lower ?? '')) return undefined;
    for (let j = end; j < ws.length && j - end <= YEAR_AFTER_WINDOW; j++) {
      const w = ws[j];
      if (!w || w.clause !== clause) break;
      // "an inquiry into the shooting that was still open in October": a deadline dates the inquiry.
      if (MONTH_WORDS.has(w.lower) && !ws[j + 1]?.isNumber && !DEADLINE_LINKS.has(ws[j - 1]?.lower ?? ''))
        return undefined;
    }
    return rule;
  }

  /** The word at `at` names a crime as a noun: "theft", not "having stolen" or "stealing". */
  private nounCrimeAt(at: number): boolean {
    const w = this.words[at]?.lower ?? '';
    return w !== '' && w !== 'having' && !/(?:ed|ing)$/.test(w);
  }

  /** The cue opens the sentence after "besides", "in addition to", "apart from" or "aside from" (and an article). */
  private addedCount(start: number): boolean {
    const ws = this.words;
    let j = start;
    if (ARTICLES.has(ws[j - 1]?.lower ?? '')) j--;
    const lead = ws
      .slice(0, j)
      .map((w) => w.lower)
      .join(' ');
    return ADDED_COUNT_LEADS.has(lead);
  }

  /**
   * "a driver accused of", "a suspect in", "two men suspected of": the accusation at `c` names a person right before
   * it (or is the noun "suspect" itself), and that person is no agent of the state ("officers accused of" is an
   * allegation of abuse) and not the subject of a passive or relative ("he was accused of", "who were suspected of").
   */
  private privateAccused(c: PhraseMatch<Rule>): boolean {
    const rule = c.phrase.payload.rule;
    if (rule !== 'accused' && rule !== 'suspect') return false;
    const ws = this.words;
    if (this.actors.some((a) => a.end === c.start || (a.start <= c.start && a.end > c.start))) return false;
    if (DETAINEE_NOUNS.has(ws[c.start]?.lower ?? '')) return true;
    const before = ws[c.start - 1];
    if (!before || before.clause !== ws[c.start]?.clause || ws[c.start]?.punctBefore !== '') return false;
    return /^[a-z]+$/.test(before.lower) && !ACCUSED_NOT_PERSON.has(before.lower) && !BE.has(before.lower);
  }

  /**
   * The abuse at `start` is an item of the counts a court event ending at `from` names ("found him guilty on 30 counts of
   * war crimes and other offences, among them murder, abduction, looting and torture"): a long
   * list of counts carries the abuse past the court event's usual reach.
   */
  private listedCount(from: number, start: number): boolean {
    const ws = this.words;
    let counts = false;
    for (let j = from; j < start; j++) {
      const w = ws[j]?.lower ?? '';
      if (COUNT_NOUNS.has(w) && j - from <= COURT_WINDOW) counts = true;
      if (w === 'including' && counts && start - j <= COUNT_LIST_REACH) return true;
    }
    return false;
  }

  /**
   * "charged a general and eight officers for their role in 130 extrajudicial killings": the abuse is named as what
   * the charged took part in, however long the list of the charged before it.
   */
  private roleIn(start: number): boolean {
    const ws = this.words;
    let j = start - 1;
    while (j > 0 && start - j <= ROLE_FILLER_REACH && (ws[j]!.isNumber || ROLE_FILLERS.has(ws[j]!.lower)))
      j--;
    return ws[j]?.lower === 'in' && ROLE_NOUNS.has(ws[j - 1]?.lower ?? '');
  }

  /** Only articles, modifiers and dates stand between an accusation ending at `from` and the crime at `start`. */
  private crimeRightAfter(from: number, start: number): boolean {
    if (start - from > CRIME_REACH) return false;
    for (let j = from; j < start; j++) {
      const w = this.words[j];
      if (!w || !(ANCHOR_FILLERS.has(w.lower) || MONTH_WORDS.has(w.lower) || w.isNumber)) return false;
    }
    return true;
  }

  /**
   * Between `from` and the cue at `start` (the cue included), a past verb after "and", "then" or a comma starts a
   * predicate of its own: "held them for days and beat them", "detained for weeks, stripped and tortured".
   */
  private coordinatedPredicate(from: number, start: number): boolean {
    const ws = this.words;
    for (let j = from; j <= start; j++) {
      const w = ws[j];
      if (!w) return false;
      let k = -1;
      if (w.punctBefore === ',' && j > from) k = j;
      else if (SERIES_LINKS.has(w.lower) && j < start) k = j + 1;
      if (k < 0) continue;
      while (k < start && AFTER_AND_SKIP.has(ws[k]?.lower ?? '')) k++;
      const v = ws[k]?.lower ?? '';
      if (k <= start && (/[^e]ed$/.test(v) || PAST_IRREGULAR.has(v))) return true;
    }
    return false;
  }

  /**
   * The abuse at `start` is what the verdict `c` punishes, named by the first "for" after it however long the term
   * between: "sentenced to 12 months, of which ten were suspended, with probation for beating detainees".
   */
  private verdictFor(c: PhraseMatch<Rule>, start: number): boolean {
    const ws = this.words;
    if (!VERDICT_RULES.has(c.phrase.payload.rule) || start - c.end > VERDICT_FOR_REACH) return false;
    const link =
      ARTICLES.has(ws[start - 1]?.lower ?? '') || POSSESSIVES.has(ws[start - 1]?.lower ?? '')
        ? start - 2
        : start - 1;
    if (ws[link]?.lower !== 'for' || link < c.end) return false;
    for (let j = c.end; j < link; j++) {
      const w = ws[j]!;
      // Another "for", or a new segment or contrast, may hand the abuse to another predicate.
      if (w.lower === 'for' || w.segment !== ws[start]!.segment || startsWithAny(ws, j, BREAKERS))
        return false;
    }
    return true;
  }

  /** "arrested [13 persons] accused of", "detained a man suspected of": an arrest whose object is the accused. */
  private arrestedAccused(at: number, clause: number): boolean {
    if (!ACCUSING_WORDS.has(this.words[at]?.lower ?? '')) return false;
    for (let j = at - 1; j >= 0 && at - j <= ARRESTED_ACCUSED_REACH; j--) {
      const w = this.words[j];
      if (!w || w.clause !== clause) return false;
      if (ARREST_VERBS.has(w.lower) || SANCTION_VERBS.has(w.lower)) return true;
      if (ARREST_NOUNS.has(w.lower) && this.words[j + 1]?.lower === 'of') return true;
    }
    return false;
  }

  /**
   * A failure word shortly after the abuse: "judicial action on disappearance cases was insufficient". A relative
   * clause there describes the victim ("his daughter, who had refused a marriage"), not the justice done.
   */
  private failureAfter(end: number): boolean {
    const ws = this.words;
    for (let j = end; j < Math.min(ws.length, end + FAILURE_WINDOW + 2); j++) {
      const w = ws[j]?.lower ?? '';
      if (RELATIVES.has(w)) return false;
      // "looked into claims of mistreatment, but such claims were rarely made": how seldom complaints were
      // filed says nothing of the justice done on them.
      if (FAILURE.has(w) && !this.wantingEvidence(j) && !FILING_VERBS.has(ws[j + 1]?.lower ?? ''))
        return true;
    }
    return false;
  }

  /**
   * "threw out the abuse complaints for lack of proof": what is lacking is proof of the
   * abuse, not justice for it, so the failure word does not say the abuse went unpunished.
   */
  private wantingEvidence(at: number): boolean {
    for (let j = at + 1; j < this.words.length && j - at <= EVIDENCE_REACH; j++) {
      if (EVIDENCE_WORDS.has(this.words[j]?.lower ?? '')) return true;
    }
    return false;
  }

  /** "not always", "not consistently" shortly before the court event at `at`: justice was done only at times. */
  private partialFailureBefore(at: number): boolean {
    for (let j = Math.max(0, at - FAILURE_WINDOW); j < at - 1; j++) {
      if (this.words[j]?.lower === 'not' && PARTIAL_ADVERBS.has(this.words[j + 1]?.lower ?? '')) return true;
    }
    return false;
  }

  /** A count of reports, incidents or cases between two points: "131 reports of", "six reported incidents", "33 cases of". */
  private countsReports(from: number, to: number): boolean {
    for (let j = from; j < to - 1; j++) {
      if (!this.words[j]?.isNumber && !REPORT_COUNT_WORDS.has(this.words[j]?.lower ?? '')) continue;
      const next = this.words[j + 1]?.lower === 'reported' ? j + 2 : j + 1;
      if (REPORT_NOUNS.has(this.words[next]?.lower ?? '')) return true;
    }
    return false;
  }

  /** "received complaints", "registered 40 complaints": a verb of receipt shortly before the complaint noun at `at`. */
  private receivedComplaints(at: number): boolean {
    if (!/^complaints?$/.test(this.words[at]?.lower ?? '')) return false;
    for (let j = at - 1; j >= 0 && at - j <= RECEIPT_REACH; j--) {
      if (RECEIPT_VERBS.has(this.words[j]!.lower)) return true;
      if (this.words[j + 1]!.punctBefore !== '') return false;
    }
    return false;
  }

  /** ", and" followed by a subject (not a verb or a court word) between two points: a new coordinated clause. */
  private coordinatedClauseBetween(from: number, to: number): boolean {
    const ws = this.words;
    for (let j = from; j < to - 1; j++) {
      if (ws[j]?.lower !== 'and' || ws[j]?.punctBefore !== ',') continue;
      const next = ws[j + 1]?.lower ?? '';
      // "guilty of murder, rape, and other charges related to the massacre": the list of charges goes on.
      if (next === 'other') continue;
      // "charged the general, his deputy, and eight other officers": the list of the charged goes on.
      if ((ws[j + 1]?.isNumber || NUMBER_WORDS.has(next)) && ws[j + 2]?.lower === 'other') continue;
      if (!/(?:ed|ing)$/.test(next) && !this.court.some((c) => c.start === j + 1)) return true;
    }
    return false;
  }

  /**
   * "investigated and found that soldiers killed ...": a complementiser opens a reported clause of its own.
   * A relative pronoun right before the abuse's verb ("actions that resulted in death") only narrows the
   * object of the inquiry.
   */
  private reportedAfter(from: number, start: number): boolean {
    for (let j = from; j < start; j++) {
      if (!COURT_BARRIERS.has(this.words[j]?.lower ?? '')) continue;
      if (j + 1 === start && j > from) continue;
      // "an indictment against the officer who shot and killed him": a restrictive "who" names the accused by the act.
      if (
        this.words[j]?.lower === 'who' &&
        this.words[j]?.punctBefore === '' &&
        this.hasWord(from, j, 'against')
      )
        continue;
      return true;
    }
    return false;
  }

  /**
   * "received 16 complaints of mistreatment", "recorded 117 cases of abuse or mistreatment": a monitor's count
   * of complaints or cases of mistreatment, the word reports use for abuse by officials, asserts that many
   * happened even when the sentence does not name the officials. Only "mistreatment" (not "abuse", which
   * also names abuse of children or partners), and not "mistreatment of" a named object.
   */
  private countedComplaints(start: number): boolean {
    const ws = this.words;
    if (ws[start]?.stem !== MISTREAT || ws[start + 1]?.lower === 'of') return false;
    for (let j = start - 2; j >= 1 && start - j <= COUNTED_COMPLAINT_REACH; j--) {
      if (!COMPLAINT_NOUNS.has(ws[j]?.lower ?? '') || !COMPLAINT_LINKS.has(ws[j + 1]?.lower ?? '')) continue;
      const count = ws[j - 1]?.lower === 'new' ? ws[j - 2] : ws[j - 1];
      if (!count || count.clause !== ws[start]?.clause) return false;
      return (count.isNumber && !isYear(count)) || REPORT_COUNT_WORDS.has(count.lower);
    }
    return false;
  }

  /** "documented 40 torture cases", "51 percent of torture cases": a count of incidents, not a court case. */
  private countedBefore(start: number): boolean {
    const ws = this.words;
    const before = ws[start - 1]?.lower === 'of' ? start - 2 : start - 1;
    const w = ws[before];
    if (!w || w.clause !== ws[start]?.clause) return false;
    return (w.isNumber && !isYear(w)) || w.lower === 'percent';
  }

  /** Whether the clause goes on, after `from`, to say the court event was few or weak: "were limited", "remained rare". */
  private failedAsPredicate(from: number, clause: number): boolean {
    const ws = this.words;
    for (let j = from; j < ws.length; j++) {
      const w = ws[j];
      if (!w || w.clause !== clause) return false;
      if (!COPULAS.has(w.lower)) continue;
      const next = ws[j + 1]?.lower ?? '';
      const at = next.endsWith('ly') ? j + 2 : j + 1;
      // "were limited to the capital" narrows their scope; it does not say they fell short.
      if (WEAK_PREDICATES.has(ws[at]?.lower ?? '') && ws[at + 1]?.lower !== 'to') return true;
    }
    return false;
  }

  /**
   * Why the abuse at [start, end) lies outside the state abuse of this country: a private
   * perpetrator, ordinary crime, an accident, or a place abroad. State agents named in the clause
   * keep it in scope (a police killing during a robbery raid is still a police killing), except abroad.
   */
  private outOfScopeRule(
    start: number,
    end: number,
    clause: number,
    actor: Assessment['actor'],
    category: CategoryId,
  ): string | undefined {
    for (const m of this.outOfScope) {
      const rule = m.phrase.payload.rule;
      const sameClause = this.clauseOf(m) === clause;
      if (
        rule === 'abroad' &&
        sameClause &&
        !this.returnedFromAbroad(m.start) &&
        !this.placeOfChargedOffence(end, m.start, category)
      )
        return rule;
      if (rule === 'abroad-after' && sameClause && start >= m.end) return 'abroad';
      // A run-in label such as "Extraterritorial Killing, Kidnapping ...:" places the whole sentence abroad; in an
      // executive-summary list ("…; torture; transnational repression against individuals in another country; …")
      // it places only its own item abroad. Occupied areas are held by one state on another's land, so abuse there is by
      // a foreign state or on foreign land: "abuses in the occupied regions were: killings; ..." is such a label too.
      if (rule === 'abroad-label' && (this.sameSegment(m.start, start) || this.inRunInLabel(m.start)))
        return rule;
      // "ten inmates died in custody: four of heart attacks ...": natural deaths, whoever held them.
      // "a detainee with a psychiatric illness died in a police cell": a mental illness is a condition of the victim, not a
      // cause of death.
      if (rule === 'natural-causes' && category === 'killings' && this.words[m.start - 1]?.lower !== 'mental')
        return rule;
      // "17 inmates died, each of natural causes, officials said": the authorities' finding names no
      // neglect, so the deaths say nothing of conditions. Only the words "natural causes": a named illness
      // ("died of tuberculosis") can itself be a sign of the conditions.
      if (
        rule === 'natural-causes' &&
        category === 'detention_conditions' &&
        this.words[m.start]?.lower === 'natural' &&
        this.hasAny(start, end, DEATH_WORDS)
      )
        return rule;
      // "staff thought the prisoner had been battered to death by cellmates": a private agent named right after "by"
      // is who acted, whoever else the sentence names, unless a state agent stands among the agents ("by guards and
      // inmates").
      // Inmates act as agents only after "by" ("inmates beaten by guards" makes them the victims), and a killing by
      // inmates is violence between inmates, a condition of detention (for torture see inmateOnInmate: "complaints of
      // torture by detainees" are the detainees' complaints).
      if (
        ((rule === 'inmate-agent' && category === 'killings') ||
          (actor === 'state' && rule === 'private-actor')) &&
        sameClause &&
        m.start >= end &&
        m.start - end <= PRIVATE_AGENT_WINDOW &&
        (this.hasWord(end, m.start, 'by') || this.atHandsOf(end, m.start)) &&
        !this.actors.some(
          (a) =>
            a.phrase.payload.actor === 'state' && a.start >= end && a.start <= m.end + PRIVATE_AGENT_WINDOW,
        )
      )
        return rule;
      // "police arrested a farmer who had killed his wife": a killing told in a "who" clause has that clause's person
      // as its agent, not the state named in the main clause; killing one's own kin is a domestic killing.
      if (
        rule === 'private-actor' &&
        actor === 'state' &&
        category === 'killings' &&
        this.relativeSubject(start) &&
        this.killsOwnKin(end, m.start)
      )
        return rule;
      // "armed robbers killed an off-duty soldier": robbers or thieves who are the subject of the act commit an
      // ordinary crime; the state agent named after the act, and not after "by", is its victim. A state agent in the
      // same subject ("police and robbers killed") acts too.
      if (
        rule === 'private-actor' &&
        ORDINARY_CRIMINALS.has(this.words[m.end - 1]?.lower ?? '') &&
        actor === 'state' &&
        EVENT_CATEGORIES.has(category) &&
        sameClause &&
        this.privateSubject(m, start) &&
        !this.words.slice(m.end, start + 1).some((w) => w.punctBefore) &&
        !this.hasWord(end, Math.min(this.words.length, end + PRIVATE_AGENT_WINDOW), 'by') &&
        !this.actors.some(
          (a) => a.phrase.payload.actor === 'state' && a.end <= start && a.end >= m.start - CO_SUBJECT_REACH,
        )
      )
        return rule;
      if (actor === 'state') continue;
      if (rule === 'private-crime' && sameClause) return rule;
      // "kidnapped by a ransom syndicate", "kidnappings mostly for criminal purposes": ordinary crime, not a
      // disappearance; the same words beside a killing or a beating do not make a gang's violence private.
      if (rule === 'criminal-kidnapping' && sameClause && category === 'disappearance') return rule;
      // "killings by criminals", "widespread killings by criminal groups": killings laid on criminals as such are
      // ordinary crime. Armed groups, gangs and cartels keep their own names, and criminals who kill as the subject of
      // the verb are left to what the rest of the sentence says of them.
      if (
        rule === 'criminal-agent' &&
        sameClause &&
        category === 'killings' &&
        m.start >= end &&
        m.start - end <= PRIVATE_AGENT_WINDOW &&
        this.hasWord(end, m.start, 'by')
      )
        return 'private-crime';
      if (rule === 'accident' && sameClause && category === 'killings') return rule;
      // "five prisoners died when a blaze broke out in a jail riot", "a gang-related gunfight in the jail left two
      // dead": deaths in riots and fights among prisoners, with no state agent, are a condition of detention.
      if (rule === 'prison-violence' && sameClause && category === 'killings' && this.namesPlace())
        return rule;
      // Deaths counted by sector or at work are occupational safety figures; an armed group that kills workers still
      // names who killed them.
      if (rule === 'workplace' && sameClause && category === 'killings' && actor === 'unspecified')
        return rule;
      // "killings of the elderly across the country", "their victims were mostly elderly women": with no agent
      // named, killings of old people are the societal (often witchcraft-related) killings, not killings by agents.
      if (rule === 'elderly-victims' && sameClause && category === 'killings' && actor === 'unspecified')
        return rule;
      // Refugees who were victims of torture suffered it in the country they fled.
      if (rule === 'refugee-victims' && sameClause && category === 'torture' && m.end <= start) return rule;
      if (rule === 'private-actor' && sameClause) {
        // The kin or neighbour must be the agent: "killed by her husband", "husbands beat their wives".
        const byAgent =
          m.start >= end &&
          m.start - end <= PRIVATE_AGENT_WINDOW &&
          (this.hasWord(end, m.start, 'by') || this.atHandsOf(end, m.start));
        const subject = this.privateSubject(m, start);
        // "41 women were killed, six of them by a partner": a count whose share is killed by kin is a
        // count of private killings.
        const by = this.words[m.start - 1]?.lower === 'by' ? m.start - 1 : m.start - 2;
        const killedByKin =
          category === 'killings' && this.words[by]?.lower === 'by' && this.killedBefore(by);
        // "a shopkeeper killed his daughter", "she stabbed her husband": kin named as the killer's own victim make
        // the killing a domestic one.
        const ownKin = category === 'killings' && this.killsOwnKin(end, m.start);
        if (byAgent || subject || killedByKin || ownKin) return rule;
      }
    }
    // "in cases of abduction, the perpetrator went unpunished if the victim agreed to marry him": an abduction whose
    // victim is to marry the abductor is marriage by abduction, a private crime; so is any abduction the sentence
    // ties to a marriage when no agent is named. "Forced them to marry fighters" keeps the armed group's abduction.
    if (category === 'disappearance' && actor !== 'state') {
      const ws = this.words;
      const married = ws.some(
        (w, i) =>
          MARRIAGE.has(w.lower) &&
          (actor === 'unspecified' ||
            ws.slice(i + 1, i + 1 + MARRIED_ABDUCTOR_REACH).some((v) => ABDUCTORS.has(v.lower))),
      );
      if (married) return 'private-crime';
    }
    return undefined;
  }

  /** The private person `m` is the subject of the act at `start`: "husbands beat", not "his son was killed". */
  private privateSubject(m: PhraseMatch<Rule>, start: number): boolean {
    return (
      m.end <= start &&
      start - m.end <= 2 &&
      !this.hasAny(m.end, start, NOT_AGENT_LINK) &&
      !this.hasAny(m.end, start, PASSIVE_AUXILIARIES)
    );
  }

  /**
   * "returned from abroad", "following forcible repatriation from abroad": "abroad" at `at` is where a return
   * began, so the people it names are now in this country's hands, and what they suffer happens here.
   */
  private returnedFromAbroad(at: number): boolean {
    const ws = this.words;
    if (ws[at]?.lower !== 'abroad') return false;
    // "those forcibly repatriated after escaping abroad": where they had fled before they were brought back.
    if (ESCAPES.has(ws[at - 1]?.lower ?? '') && ws[at - 2]?.lower === 'after')
      return RETURN_PARTICIPLES.has(ws[at - 3]?.lower ?? '');
    if (ws[at - 1]?.lower !== 'from') return false;
    // An adverb may sit between: "returned involuntarily from abroad".
    for (let k = at - 2; k >= Math.max(0, at - 3); k--) {
      const word = ws[k]?.lower ?? '';
      if (RETURN_PARTICIPLES.has(word) || RETURN_NOUNS.has(word)) return true;
      if (!word.endsWith('ly')) return false;
    }
    return false;
  }

  /** The charge phrase ending at `end` goes on "with" a weapon ("with batons", "with tear gas"). */
  private chargeWithWeapons(end: number): boolean {
    const ws = this.words;
    const withAt = ws[end - 1]?.lower === 'with' ? end - 1 : ws[end]?.lower === 'with' ? end : -1;
    if (withAt < 0) return false;
    for (let k = withAt + 1; k <= withAt + CHARGE_WEAPON_REACH && k < ws.length; k++) {
      if (CHARGE_WEAPONS.has(ws[k]!.lower)) return true;
    }
    return false;
  }

  /** The killing ending at `end` has as object a possessive ("his", "her", "their") and the kin word at `kin`. */
  private killsOwnKin(end: number, kin: number): boolean {
    return POSSESSIVES.has(this.words[end]?.lower ?? '') && kin > end && kin - end <= OWN_KIN_REACH;
  }

  /**
   * "a widow who killed", "a trader who had killed": the verb at `start` has a relative "who" as its subject, and
   * the person "who" stands for is no state agent ("soldiers who killed" keeps the soldiers).
   */
  private relativeSubject(start: number): boolean {
    const ws = this.words;
    const j = ws[start - 1]?.lower === 'had' ? start - 2 : start - 1;
    if (ws[j]?.lower !== 'who') return false;
    return !this.actors.some((a) => a.end === j && a.phrase.payload.actor === 'state');
  }

  /** "killed by", "murdered by": a killing verb right before `by` at `at`. */
  private killedBefore(at: number): boolean {
    return KILLED_WORDS.has(this.words[at - 1]?.lower ?? '');
  }

  private sameSegment(a: number, b: number): boolean {
    return this.words[a]?.segment === this.words[b]?.segment;
  }

  /** The word sits before the sentence's first `:` with no `;` before it: "Transnational Repression: …". */
  private inRunInLabel(at: number): boolean {
    const next = this.words.findIndex((w, i) => i > at && w.segment !== this.words[at]?.segment);
    return this.words[at]?.segment === 0 && next >= 0 && this.words[next]?.punctBefore === ':';
  }

  /**
   * "could not automatically deport", "did not systematically detain": an adverb in -ly between a negation and the
   * verb it negates says how the act was not done; the act is negated all the same.
   */
  /**
   * "detainees had access to a lawyer after arrest", "legal aid for arrested persons too poor to pay a lawyer":
   * the lawyer or family at `i` is help the arrested receive, which says nothing of an arbitrary arrest unless it is
   * denied ("held without access to a lawyer").
   */
  private helpGranted(i: number): boolean {
    if (!HELPERS.has(this.words[i]?.lower ?? '')) return false;
    let help = false;
    for (let j = Math.max(0, i - HELP_REACH); j < i; j++) {
      const w = this.words[j]?.lower ?? '';
      // "could not afford a lawyer", "unable to afford one" state a need, not a denial.
      if (w === 'not' && this.words[j + 1]?.lower === 'afford') continue;
      if (HELP_DENIALS.has(w)) return false;
      if (HELP_WORDS.has(w)) help = true;
    }
    return help;
  }

  /** "applied to target them to justify arbitrary arrest": the cue at `start` is what the use at `verb` aims at. */
  private purposeOfUse(verb: number, start: number): boolean {
    return (
      PURPOSES.has(this.words[start - 1]?.lower ?? '') &&
      this.words[start - 2]?.lower === 'to' &&
      start - verb <= PURPOSE_REACH &&
      this.clauseOf({ start: verb }) === this.clauseOf({ start })
    );
  }

  private mannerAdverb(j: number): boolean {
    const word = this.words[j]?.lower ?? '';
    return word.endsWith('ly') && !NOT_MANNER.has(word);
  }

  /** Only auxiliaries between two points: "armed groups [were] suspected of". */
  private onlyAuxiliaries(from: number, to: number): boolean {
    if (to - from > 3) return false;
    for (let j = from; j < to; j++)
      if (!ADJACENT_SKIP.has(this.words[j]?.lower ?? '') && !BE.has(this.words[j]?.lower ?? '')) return false;
    return true;
  }

  private hasAny(from: number, to: number, set: ReadonlySet<string>): boolean {
    for (let j = from; j < to; j++) if (set.has(this.words[j]?.lower ?? '')) return true;
    return false;
  }

  private commaBetween(from: number, to: number): boolean {
    for (let j = from + 1; j <= to; j++) if (this.words[j]?.punctBefore === ',') return true;
    return false;
  }

  private hasWord(from: number, to: number, lower: string): boolean {
    for (let j = from; j < to; j++) if (this.words[j]?.lower === lower) return true;
    return false;
  }

  /** A cue inside a Title Case name ("Commission on Enforced Disappearances") names a body, not an event. */
  private inProperName(start: number, end: number): boolean {
    const ws = this.words;
    const first = ws[start];
    const prev = ws[start - 1];
    const next = ws[end];
    const named = (w: Word | undefined): boolean => w !== undefined && w.capitalised && !w.isNumber;
    // "Centre for Activism and Civic Study": a cue that opens on a small word between two capitalised
    // words, and is that word and the capitalised one only, is a piece of an organisation's name.
    if (
      first &&
      end - start === 2 &&
      NAME_JOINERS.has(first.lower) &&
      named(prev) &&
      named(ws[start + 1]) &&
      first.punctBefore === '' &&
      ws[start + 1]?.punctBefore === ''
    )
      return true;
    if (!first || start === 0 || !first.capitalised || first.punctBefore === ':') return false;
    // "Committee for the Prevention of Torture and of Ill-Treatment": small words join the parts of one name.
    // "International Week of the Disappeared": an article may follow the small word.
    const joined =
      (start >= 3 && NAME_JOINERS.has(prev?.lower ?? '') && named(ws[start - 2])) ||
      (start >= 4 &&
        prev?.lower === 'the' &&
        NAME_JOINERS.has(ws[start - 2]?.lower ?? '') &&
        named(ws[start - 3]) &&
        prev.punctBefore === '' &&
        ws[start - 2]?.punctBefore === '');
    // "the practice of FGM/C": a single letter after an acronym completes the acronym, not a name.
    const continues = named(next) && next?.punctBefore === '' && (next?.lower.length ?? 0) > 1;
    return (named(prev) && prev?.punctBefore !== ':') || joined || continues;
  }

  /**
   * "by the definition some groups use ..., 36 political prisoners were held": a
   * definition governs the term it defines, right after it; the same term counted further on is a fact.
   */
  private beyondDefinition(l: PhraseMatch<Rule>, start: number): boolean {
    return l.phrase.payload.rule === 'definition' && start - l.end > DEFINITION_REACH;
  }

  /**
   * "held without charge within the legally set period", "not brought before a judge within the statutory 48 hours":
   * a limit named after "within" that the same clause says was missed ("without", "not", "failed") measures how
   * practice fell short; it states no norm.
   */
  private missedLimit(at: number): boolean {
    const ws = this.words;
    let k = at - 1;
    if (LEGAL_ADVERBS.has(ws[k]?.lower ?? '')) k--;
    if (ws[k]?.lower !== 'the' || ws[k - 1]?.lower !== 'within') return false;
    const clause = ws[at]?.clause;
    for (let j = k - 2; j >= 0 && ws[j]!.clause === clause; j--)
      if (MISSED_MARKERS.has(ws[j]!.lower)) return true;
    return false;
  }

  /**
   * "kept far beyond the legal maximum, reportedly until wounds healed": a norm named as the limit that
   * practice went beyond measures the breach; it is no norm for the other acts of the clause either.
   */
  private breachedLimit(at: number): boolean {
    const ws = this.words;
    let j = at - 1;
    while (j >= at - 4 && BREACH_LINKS.has(ws[j]?.lower ?? '')) j--;
    return j < at - 1 && BREACH_OPENERS.has(ws[j]?.lower ?? '');
  }

  /** "few cases led to stiff penalties": penalties that cases led to are their outcome, not a norm. */
  private penaltyOutcome(l: PhraseMatch<Rule>): boolean {
    if (l.phrase.payload.rule !== 'penalties') return false;
    return this.hasAny(Math.max(0, l.start - OUTCOME_REACH), l.start, OUTCOME_VERBS);
  }

  /**
   * A law named after a sentence or charge in the clause is what the person was charged under, not a norm. An
   * exemption names no law one is tried under: "those sentenced to death ... are exempt from caning" still states who
   * the law spares.
   */
  private citedByCourt(l: PhraseMatch<Rule>, clause: number): boolean {
    if (UNCITABLE_LEGAL_RULES.has(l.phrase.payload.rule)) return false;
    const at = l.start;
    return this.court.some(
      (c) => this.clauseOf(c) === clause && c.end <= at && CITING_COURT_RULES.has(c.phrase.payload.rule),
    );
  }

  /**
   * A place abroad after a charge or verdict that follows the cue ("a politically motivated trial found him guilty
   * of killing two men in Kelvo, Ostmark") is where the offence charged was done; a holding, a trial or a prison
   * named before it is still at home. Acts such as killings are themselves what such a place is about.
   */
  private placeOfChargedOffence(cueEnd: number, place: number, category: CategoryId): boolean {
    if (EVENT_CATEGORIES.has(category)) return false;
    const clause = this.words[place]?.clause;
    return this.court.some(
      (c) =>
        this.clauseOf(c) === clause &&
        c.start >= cueEnd &&
        c.end <= place &&
        OFFENCE_COURT_RULES.has(c.phrase.payload.rule),
    );
  }

  /**
   * "(For information on abuses of detainees, see section 1.c.)": a sentence that opens on "For information"
   * and points to another section names the topic of that section up to its "see"; it asserts nothing.
   */
  private inTopicPointer(start: number): boolean {
    let i = this.firstUnlabelled;
    if (this.words[i]?.lower !== 'for') return false;
    i += POINTER_ADJECTIVES.has(this.words[i + 1]?.lower ?? '') ? 2 : 1;
    if (!POINTER_NOUNS.has(this.words[i]?.lower ?? '')) return false;
    for (let j = start + 1; j < Math.min(this.words.length, start + CROSS_REFERENCE_REACH); j++)
      if (this.words[j]?.lower === 'see') return true;
    return false;
  }

  /** "(see section 1.d.)": a pointer to another section names its topic. */
  private inCrossReference(start: number): boolean {
    if (this.inTopicPointer(start)) return true;
    for (let j = Math.max(0, start - CROSS_REFERENCE_REACH); j < start; j++) {
      if (this.words[j]?.lower !== 'see') continue;
      if (this.words[j + 1]?.stem === 'section') {
        // "(see section 1.c.), at times resulting in death": a comma before a lower-case word closes the
        // pointer, and so does its closing bracket ("(see section 2.b.) and detained"); "(see section 1.d.,
        // Arbitrary Arrest or Detention)" goes on with the section's title.
        let closed = false;
        for (let k = j + 2; k <= start && !closed; k++) {
          const w = this.words[k];
          // ", and section 1.d., Arbitrary Arrest": a conjunction that goes on to another section keeps it open.
          const nextSection =
            (w?.lower === 'and' || w?.lower === 'or') && this.words[k + 1]?.stem === 'section';
          closed =
            w?.closesBracket === true ||
            (w?.punctBefore === ',' && !w.capitalised && !w.isNumber && !nextSection);
        }
        // Past the usual reach only a list of numbered, titled sections continues the pointer.
        if (!closed && (start - j <= CROSS_REFERENCE_NEAR || this.sectionList(j + 2, start))) return true;
        continue;
      }
      // "see also section 1.c., Torture and ...", "(see Refoulement, below)": a section named by its title.
      const k = this.words[j + 1]?.lower === 'also' ? j + 2 : j + 1;
      const titled = this.words[start]?.capitalised === true;
      if (titled && (this.words[k]?.stem === 'section' || k === start)) return true;
    }
    return false;
  }

  /** Words from..to-1 only list sections: numbers, letters, Title Case words and "and", "or", "of". */
  private sectionList(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = this.words[k];
      if (!w) return false;
      if (!(w.isNumber || w.capitalised || w.lower.length === 1 || SECTION_LIST_LINKS.has(w.lower)))
        return false;
    }
    return true;
  }

  /** The cue is a finite verb of a reported event ("officers trained abroad tortured detainees"). */
  private isFiniteVerb(start: number): boolean {
    const w = this.words[start];
    if (!w || !/(?:ed|beat|beaten)$/.test(w.lower)) return false;
    return !NON_FINITE_BEFORE.has(this.words[start - 1]?.lower ?? '');
  }

  /**
   * Whether the sentence says practice departs from the stated norm ("did not always respect these
   * prohibitions") or conforms to it ("generally respected", "no reports that ... failed to respect").
   */
  practice(norm?: PhraseMatch<Rule>): { kind: 'departure' | 'compliance'; rule: string } | undefined {
    for (const d of this.departures) {
      // "The code orders the release of suspects whose arrest did not follow procedure": a departure told in a
      // who/whose clause after the norm picks out the people the norm is about; it is the norm's condition, not practice.
      if (norm && this.departureNamesNormObject(norm, d)) continue;
      // "Despite the ban on forced marriage, families still chose spouses for their daughters": the clause that
      // concedes the norm says practice departs from it, unless what follows denies it ("… no complaints were filed").
      if (d.phrase.payload.rule === DESPITE_NORM && this.negations.some((n) => n.start >= d.end)) continue;
      const neg = this.negationCovering(d.start, d.end);
      if (neg === undefined) return { kind: 'departure', rule: d.phrase.payload.rule };
      return { kind: 'compliance', rule: `no-reports-of-${d.phrase.payload.rule}` };
    }
    const c = this.compliances[0];
    return c ? { kind: 'compliance', rule: c.phrase.payload.rule } : undefined;
  }

  /**
   * A restrictive "who"/"whom"/"whose" (no comma before it) stands between the norm and the departure, in one clause,
   * close enough before the departure that no other verb (a reporting verb, a new subject) can come between.
   */
  private departureNamesNormObject(norm: PhraseMatch<Rule>, d: PhraseMatch<Rule>): boolean {
    const ws = this.words;
    const clause = ws[norm.start]?.clause;
    if (d.start < norm.end || ws[d.start]?.clause !== clause) return false;
    for (let j = d.start - 1; j >= norm.end && d.start - j <= NORM_OBJECT_RELATIVE_REACH; j--) {
      const w = ws[j];
      if (!w || w.clause !== clause || REPORTING_LINKS.has(w.lower) || ws[j + 1]?.punctBefore) return false;
      if (PERSON_RELATIVES.has(w.lower)) return w.punctBefore === '';
    }
    return false;
  }

  /** Historical rule for a clause: explicit past markers or year ranges, unless the clause says the abuse is ongoing. */
  historicalRule(
    clause: number,
    cueStart: number,
    cueEnd: number,
    event = false,
    yearReach = YEAR_AFTER_WINDOW,
  ): string | undefined {
    const ws = this.words;
    // "the 2017 killing of two experts": a year that modifies the abuse dates it, ongoing or not.
    // "kidnapped in 2014 remained missing": a year after a preposition dates the phrase before it, not the cue.
    // "the 2009 stadium massacre": after an article, one noun may stand between the year and the abuse.
    const yearAt = isYear(ws[cueStart - 1])
      ? cueStart - 1
      : isYear(ws[cueStart - 2]) && ARTICLES.has(ws[cueStart - 3]?.lower ?? '') && !ws[cueStart - 1]?.isNumber
        ? cueStart - 2
        : -1;
    const before = ws[yearAt];
    if (
      this.reportYear !== undefined &&
      yearAt >= 0 &&
      Number(before?.lower) < this.reportYear &&
      !YEAR_PREPOSITIONS.has(ws[yearAt - 1]?.lower ?? '') &&
      ws[yearAt + 1]?.punctBefore === '' &&
      ws[cueStart]?.punctBefore === '' &&
      // "a 2019 report political prisoners ...": a year that dates a source dates no abuse.
      !SOURCE_NOUNS.has(ws[yearAt + 1]?.lower ?? '')
    ) {
      return 'dated-past';
    }
    const dated = this.pastYearRightAfter(clause, cueEnd);
    if (dated) return dated;
    // "remains of persons killed during the civil war": an era named right after the act dates it, even in a
    // clause whose own verb goes on ("the commission continued to exhume ...").
    const era = this.historical.find(
      (m) =>
        ERA_RULES.has(m.phrase.payload.rule) &&
        this.clauseOf(m) === clause &&
        m.start >= cueEnd &&
        m.start - cueEnd <= ERA_WINDOW &&
        !this.hasAny(cueEnd, m.start, RELATIVES),
    );
    if (era) return era.phrase.payload.rule;
    if (event && this.namedWarAfter(clause, cueEnd)) return 'past-war';
    if (event && (this.inDatedEventRelative(cueStart) || this.inDatedDeathRelative(cueStart)))
      return 'past-event';
    // "where there were past reports of police using lethal force": the reports, and so the abuse, belong to the past,
    // whatever else in the clause goes on.
    const pastReports = this.historical.find(
      (m) =>
        m.phrase.payload.rule === 'past-reports' &&
        this.clauseOf(m) === clause &&
        m.end <= cueStart &&
        cueStart - m.end <= PAST_REPORTS_WINDOW,
    );
    if (pastReports) return pastReports.phrase.payload.rule;
    // "In May 2019, after protests earlier in the year, ...": "earlier|later in the year" after a past year names a
    // time in that year, not the report year, and so does not make the act current.
    // "expelling asylum seekers whose appeals were still pending": a "who"/"whose" clause after the act describes the
    // people it names; what goes on there does not carry the act into the report year, unless it says they are still
    // missing or held ("women abducted in 2019 whose fates remained unclear": the abduction goes on).
    if (
      this.inClause(this.ongoing, clause).some(
        (o) =>
          !this.pastYearRelative(o.start) &&
          !this.proceedingGoesOn(o.start) &&
          (!this.describesPersonsAfter(cueEnd, o.start) || this.stillMissingAt(o.end)),
      )
    )
      return undefined;
    const h = this.inClause(this.historical, clause).find(
      (m) =>
        !ERA_ONLY_RULES.has(m.phrase.payload.rule) &&
        m.phrase.payload.rule !== COMMEMORATION &&
        !this.comparisonBaseline(m.start),
    );
    if (h) return h.phrase.payload.rule;
    let pastYearBeforeCue = false;
    let pastYearAfterCue = false;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!w || w.clause !== clause || !isYear(w)) continue;
      const year = Number(w.lower);
      const next = ws[i + 1];
      // "a December 2019 report stated police raped ...": a source published on a date before the report year
      // can only tell of what happened before it.
      if (this.reportYear !== undefined && year < this.reportYear && this.datedSource(i))
        return 'past-source';
      // "in a 2013 report, the NGO described beatings" (report year 2016): a source two or more years older than
      // the report year describes acts that happened before it, not in the report year. A state it describes
      // ("political prisoners in the camps worked in mines") may still go on.
      if (
        event &&
        this.reportYear !== undefined &&
        year <= this.reportYear - 2 &&
        i < cueStart &&
        SOURCE_NOUNS.has(next?.lower ?? '')
      )
        return 'past-source';
      // "the 2016 report" dates a source; what it describes may well continue.
      if (SOURCE_NOUNS.has(next?.lower ?? '') || SOURCE_NOUNS.has(ws[i + 2]?.lower ?? '')) continue;
      // "the institute's white paper for 2020 reported ...": the year names the edition of the source.
      if (ws[i - 1]?.lower === 'for' && SOURCE_NOUNS.has(ws[i - 2]?.lower ?? '')) continue;
      // "overcrowded prisons, ..., persons displaced by the conflicts of the 1990s": a decade after a comma that
      // follows the abuse dates a later item of the list, not the abuse.
      if (next && next.lower === 's' && next.start === w.end) {
        if (i >= cueEnd && this.commaBetween(cueEnd - 1, i)) continue;
        return 'decade';
      }
      const prev = ws[i - 1]?.lower;
      const link = next?.lower;
      const second = ws[i + 2];
      // "the 1976-83 dictatorship": a hyphenated range, its end written with two digits or four.
      if (next?.isNumber && next.start === w.end + 1 && /^(\d\d|(19|20)\d\d)$/.test(next.lower)) {
        const endYear =
          next.lower.length === 2 ? Math.floor(year / 100) * 100 + Number(next.lower) : Number(next.lower);
        if (endYear > year && (this.reportYear === undefined || endYear < this.reportYear))
          return 'year-range';
      }
      if (
        (prev === 'between' || prev === 'from') &&
        (link === 'and' || link === 'to' || link === 'until') &&
        second?.isNumber &&
        isYear(second) &&
        (this.reportYear === undefined || Number(second.lower) < this.reportYear)
      ) {
        return 'year-range';
      }
      if (this.reportYear !== undefined) {
        if (year >= this.reportYear) return undefined;
        if (this.reachesUndatedMonth(i)) continue;
        // "the commission, set up in 2010 to look into abuses, received 90 reports of killings": the year dates when
        // a body or law came to be, not the act.
        if (i < cueStart && this.foundingYear(i)) continue;
        // "Since October 2019 the NGO counted 60 killings": a span that opens in a past month runs into the report year.
        // "abuses committed during the 2020 hostilities and beyond": a span from that year on does too.
        const since =
          prev === 'since' ||
          (MONTH_WORDS.has(prev ?? '') && ws[i - 2]?.lower === 'since') ||
          this.spanRunsOn(i);
        if (i < cueStart && !since && !this.presentReport(i, cueStart)) pastYearBeforeCue = true;
        // "abducted in Mali in 2021": the year right after the act dates it.
        if (
          i >= cueEnd &&
          i - this.coordinatedActEnd(cueEnd, event) < yearReach &&
          // "between August 4 and December 31, 2023": a full date after the act dates it too.
          (prev === 'in' ||
            MONTH_WORDS.has(prev ?? '') ||
            ws[i - 2]?.lower === 'in' ||
            this.partOfYear(i) ||
            // A detention may outlast the date of its arrest ("arrested after protesting on July 11, 2021"); a
            // killing, disappearance or beating happens on it.
            (event && ws[i - 1]?.isNumber === true && MONTH_WORDS.has(ws[i - 2]?.lower ?? '')) ||
            // "the disappearance of marchers following the 2009 massacre": the act came right after a dated event.
            (event && ARTICLES.has(prev ?? '') && AFTERMATH_LINKS.has(ws[i - 2]?.lower ?? ''))) &&
          // "beat students who had protested in 2019": the year dates the relative clause, not the act.
          !this.hasAny(cueEnd, i, RELATIVES) &&
          !this.comparedBefore(cueEnd, i)
        ) {
          pastYearAfterCue = true;
        }
        // "beat the two men for a week after their arrest in May 2019": an act told as following an arrest dated to
        // an earlier year happened in the days after it, then.
        if (event && i >= cueEnd && this.afterDatedArrest(cueEnd, i)) pastYearAfterCue = true;
        // "one abuse case, which took place in 2012, was reported this year": a relative clause that only says when
        // something happened dates the act it follows ("beat students who had protested in 2019" dates the students).
        if (i >= cueEnd && i - cueEnd < yearReach && this.relativeDating(i)) pastYearAfterCue = true;
      }
    }
    if (pastYearBeforeCue) return 'past-year';
    return pastYearAfterCue ? 'past-year-after' : undefined;
  }

  /**
   * A one-word crowding cue whose noun is a setting other than detention: "overcrowded dockets", "overcrowding in
   * the schools".
   */
  private crowdedElsewhere(start: number, end: number): boolean {
    const ws = this.words;
    if (end - start !== 1 || !ws[start]!.lower.startsWith('overcrowd')) return false;
    let j = end;
    if (ws[j]?.lower === 'in' || ws[j]?.lower === 'at') j += ARTICLES.has(ws[j + 1]?.lower ?? '') ? 2 : 1;
    const noun = ws[j];
    return (
      noun !== undefined &&
      !/[,;:(]/.test(noun.punctBefore) &&
      (ELSEWHERE.has(noun.stem) || CASELOADS.has(noun.lower))
    );
  }

  /** The year at `year` closes a part of it: "in the fall of 2022", "during the summer of 2021", "at the end of 2020". */
  private partOfYear(year: number): boolean {
    const ws = this.words;
    return (
      ws[year - 1]?.lower === 'of' &&
      YEAR_PARTS.has(ws[year - 2]?.lower ?? '') &&
      ws[year - 3]?.lower === 'the' &&
      PART_PREPOSITIONS.has(ws[year - 4]?.lower ?? '')
    );
  }

  /**
   * "accused of asphyxiating and killing a man in his village in May 2022": an act with a second act coordinated right
   * after it shares that act's object and date, so the reach to the year counts from the second verb.
   */
  private coordinatedActEnd(cueEnd: number, event: boolean): number {
    const ws = this.words;
    const link = ws[cueEnd];
    const verb = ws[cueEnd + 1]?.lower ?? '';
    if (
      event &&
      link &&
      (link.lower === 'and' || link.lower === 'or') &&
      link.punctBefore === '' &&
      (/(?:ed|ing)$/.test(verb) || PAST_IRREGULAR.has(verb))
    )
      return cueEnd + 2;
    return cueEnd;
  }

  /** The index of the "in" before the year at `year`, or before its month ("in 2019", "in May 2019"); -1 when none. */
  private inBeforeYear(year: number): number {
    const ws = this.words;
    const inAt = MONTH_WORDS.has(ws[year - 1]?.lower ?? '') ? year - 2 : year - 1;
    return ws[inAt]?.lower === 'in' ? inAt : -1;
  }

  /**
   * Between the end of the act and the "in" before the year at `year` stand "after" or "following" and, close after
   * it, an arrest or detention, all in the act's clause: "after arresting him in 2015", "after their detention in 2019".
   */
  private afterDatedArrest(cueEnd: number, year: number): boolean {
    const ws = this.words;
    const inAt = this.inBeforeYear(year);
    if (inAt < 0 || inAt - cueEnd > AFTER_ARREST_WINDOW) return false;
    for (let j = cueEnd; j < inAt; j++) {
      if (ws[j]?.clause !== ws[cueEnd - 1]?.clause) return false;
      if (!AFTERMATH_LINKS.has(ws[j]?.lower ?? '')) continue;
      for (let k = j + 1; k < inAt && k - j <= 3; k++) if (DETENTION_ACTS.has(ws[k]?.stem ?? '')) return true;
      return false;
    }
    return false;
  }

  /** The year at `year` closes "which|that [had] happened|occurred|took place in [Month]". */
  private relativeDating(year: number): boolean {
    const ws = this.words;
    const inAt = this.inBeforeYear(year);
    if (inAt < 0) return false;
    let j = inAt - 1;
    const verb = ws[j]?.lower ?? '';
    if (verb === 'place' && ws[j - 1]?.lower === 'took') j--;
    else if (verb !== 'happened' && verb !== 'occurred') return false;
    j--;
    if (ws[j]?.lower === 'had') j--;
    return ws[j]?.lower === 'which' || ws[j]?.lower === 'that';
  }

  /** The "earlier|later in the year" at `at` follows a year before the report year: it names a time in that year. */
  private pastYearRelative(at: number): boolean {
    const ws = this.words;
    const rel = ws[at]?.lower;
    if ((rel !== 'earlier' && rel !== 'later') || this.reportYear === undefined) return false;
    const years = ws.slice(0, at).filter((w) => isYear(w));
    return years.length > 0 && years.every((w) => Number(w.lower) < this.reportYear!);
  }

  /**
   * "following a 2018 attack by rebels in which 19 civilians were killed": an act told in an "in which" clause of an
   * event dated to an earlier year happened in that event, whatever goes on in the main clause.
   */
  private inDatedEventRelative(cueStart: number): boolean {
    if (this.reportYear === undefined) return false;
    const ws = this.words;
    for (let j = cueStart - 1; j > 0 && cueStart - j <= DATED_EVENT_REACH; j--) {
      if (ws[j]!.lower !== 'which') continue;
      if (!WHICH_PREPOSITIONS.has(ws[j - 1]?.lower ?? '')) return false;
      // The event noun stands right before "in which", or before a short "by ..." phrase naming its agent.
      for (let k = j - 2; k >= 1 && j - k <= DATED_EVENT_REACH; k--) {
        const w = ws[k]!;
        if (isYear(w)) return Number(w.lower) < this.reportYear && ARTICLES.has(ws[k - 1]?.lower ?? '');
      }
      return false;
    }
    return false;
  }

  /**
   * "justice sought for the May 2021 custodial death of a detainee, whom kin said guards beat to death":
   * a who/whom clause on the person whose death the sentence dates before the report year tells how that death came
   * about; it is no new act.
   */
  private inDatedDeathRelative(cueStart: number): boolean {
    if (this.reportYear === undefined) return false;
    const ws = this.words;
    for (let j = cueStart - 1; j > 0 && cueStart - j <= DEATH_RELATIVE_REACH; j--) {
      if (ws[j]!.lower !== 'who' && ws[j]!.lower !== 'whom') continue;
      for (let k = j - 1; k >= 1 && j - k <= DATED_EVENT_REACH; k--) {
        if (!KILLING_NOUNS.has(ws[k]!.lower)) continue;
        const month = MONTH_WORDS.has(ws[k - 2]?.lower ?? '');
        const year = ws[k - 1];
        const article = ws[month ? k - 3 : k - 2];
        return isYear(year) && Number(year!.lower) < this.reportYear && ARTICLES.has(article?.lower ?? '');
      }
      return false;
    }
    return false;
  }

  /** Words [from, to) are one or two parenthetical adverbs: "can, however, detain", "may, in practice, hold". */
  private onlyParenthetical(from: number, to: number): boolean {
    if (to <= from || to - from > 2) return false;
    for (let j = from; j < to; j++) if (!PARENTHETICALS.has(this.words[j]?.lower ?? '')) return false;
    return true;
  }

  /** Words from `at` name a length of time: "two weeks", "up to 72 hours", "more than a month", "several days". */
  private durationAt(at: number): boolean {
    const ws = this.words;
    for (let j = at; j < ws.length && j - at <= DURATION_REACH; j++) {
      const w = ws[j]!;
      if (DURATION_UNITS.has(w.lower)) return true;
      if (!w.isNumber && !DURATION_FILLERS.has(w.lower)) return false;
    }
    return false;
  }

  /**
   * The cue at `start` is in what a court found: "the tribunal concluded that guards beat him". A month or the report
   * year after the verb dates the act found ("found that police beat him on May 3"), and "continued", "remained" say
   * it goes on; either keeps the abuse.
   */
  private courtFinding(start: number): boolean {
    const ws = this.words;
    for (let v = start - 1; v >= 0 && start - v <= FINDING_REACH; v--) {
      const verb = ws[v]!.lower;
      const that = ws[v + 1]?.lower === 'that';
      if (!FINDING_VERBS.has(verb) && !(verb === 'held' && that)) continue;
      if (FINDING_NOT_FACT.has(ws[v + 1]?.lower ?? '')) return false;
      let finder = false;
      for (let j = v - 1; j >= 0 && v - j <= FINDER_REACH; j--) {
        if (RELATIVES.has(ws[j]!.lower)) break;
        if (COURT_FINDERS.has(ws[j]!.lower)) finder = true;
      }
      if (!finder) return false;
      const dated = ws.some(
        (w, i) =>
          i > v &&
          (MONTH_WORDS.has(w.lower) ||
            (this.reportYear !== undefined && w.lower === String(this.reportYear))),
      );
      return !dated && !this.ongoing.some((o) => o.start > v);
    }
    return false;
  }

  /**
   * The return at `start` is what a court's ruling decides: "the court ruled against deporting them", "the Council
   * of State ruled in May that returns could resume". "The court ruled that police had deported him" finds a return
   * done, which "had" tells.
   */
  private rulingOnReturn(start: number): boolean {
    const ws = this.words;
    for (let v = start - 1; v >= 0 && start - v <= FINDING_REACH; v--) {
      if (!RETURN_RULINGS.has(ws[v]!.lower)) continue;
      let body = false;
      for (let j = v - 1; j >= 0 && v - j <= FINDER_REACH; j--) {
        if (RELATIVES.has(ws[j]!.lower)) break;
        if (RULING_BODIES.has(ws[j]!.lower)) body = true;
      }
      return body && !this.hasWord(v + 1, start, 'had');
    }
    return false;
  }

  /**
   * "welcomed the arrests", "praised the quick arrest": the arrest at `start` is the object of a verb of approval.
   * "supporters of the government welcomed the arrest of peaceful protesters" still says whom it held.
   */
  private approvedArrest(start: number): boolean {
    const ws = this.words;
    const clause = ws[start]!.clause;
    const whom = ws.some(
      (w, i) =>
        i > start && w.clause === clause && (ARBITRARINESS.has(w.stem) || ARBITRARINESS_EXACT.has(w.lower)),
    );
    for (let j = start - 1; j >= 0 && start - j <= APPROVED_REACH; j--) {
      if (APPROVAL_VERBS.has(ws[j]!.lower)) return !whom;
      if (ws[j + 1]!.punctBefore !== '' || this.actors.some((a) => a.start <= j && j < a.end)) return false;
    }
    return false;
  }

  /**
   * The cue ending at `end` is a harm in the series that names a kind of threat: "torture threats", "death, torture,
   * and rape threats". "beatings and death threats" keeps the beatings, which the series does not name as a threat.
   */
  private threatKind(end: number): boolean {
    const ws = this.words;
    if (!THREATENED_HARMS.has(ws[end - 1]?.lower ?? '')) return false;
    for (let j = end; j < ws.length && j - end <= THREAT_KIND_REACH; j++) {
      const w = ws[j]!;
      if (w.punctBefore !== '' && w.punctBefore !== ',') return false;
      if (w.lower === 'threat' || w.lower === 'threats') return !SERIES_LINKS.has(ws[j - 1]!.lower);
      if (!SERIES_LINKS.has(w.lower) && !THREATENED_HARMS.has(w.lower)) return false;
    }
    return false;
  }

  /** The clause says its people are still held: "remained in captivity", "were still held hostage". */
  private stillHeld(clause: number, states: ReadonlySet<string> = HELD_STATES): boolean {
    const ws = this.words;
    return ws.some(
      (w, i) =>
        w.clause === clause &&
        STILL.has(w.lower) &&
        ws.slice(i + 1, i + 1 + STILL_HELD_REACH).some((v) => states.has(v.lower)),
    );
  }

  /**
   * The sentence says a fate or whereabouts is still not known: "remained unknown" after the fate, or information on
   * it that was not given ("..., nor had it given families information on the whereabouts of ...").
   */
  private fateWithheld(): boolean {
    const ws = this.words;
    return ws.some((w, i) => {
      if (!FATE_NOUNS.has(w.lower)) return false;
      for (let j = i + 1; j < ws.length && j - i <= FATE_UNKNOWN_REACH; j++)
        if (WITHHELD_FATE.has(ws[j]!.lower) && FATE_COPULAS.has(ws[j - 1]!.lower)) return true;
      if (ws[i - 1]?.lower !== 'the' || !FATE_INFO_LINKS.has(ws[i - 2]?.lower ?? '')) return false;
      if (ws[i - 3]?.lower !== 'information') return false;
      // The denial stands in the same stretch of words: "..., nor had it given families information on the whereabouts".
      for (let j = i - 4; j >= 0 && i - j <= FATE_DENIAL_REACH; j--) {
        if (FATE_DENIALS.has(ws[j]!.lower)) return true;
        if (ws[j]!.punctBefore !== '') return false;
      }
      return false;
    });
  }

  /**
   * "abducted by the regime during the Korean War": a war named as a proper noun ("the Korean War") after the act
   * dates it to that war, an event of the past; so does a named genocide ("killed in the Srebrenica genocide").
   */
  private namedWarAfter(clause: number, cueEnd: number): boolean {
    const ws = this.words;
    const last = Math.min(ws.length, cueEnd + NAMED_WAR_REACH);
    for (let i = cueEnd; i < last; i++) {
      const w = ws[i]!;
      if (w.clause !== clause || RELATIVES.has(w.lower)) return false;
      if (!WAR_DATING.has(w.lower) && !GENOCIDE_DATING.has(w.lower)) continue;
      let k = i + 1;
      if (ws[k]?.lower !== 'the') continue;
      // One to three capitalised words, then a capitalised "War": a named war, not "the war" still being fought.
      let names = 0;
      for (k = k + 1; names < 3 && ws[k]?.capitalised && !WAR_WORDS.has(ws[k]!.lower); k++) names++;
      if (names === 0) continue;
      if (WAR_DATING.has(w.lower) && ws[k]?.capitalised && WAR_WORDS.has(ws[k]!.lower)) return true;
      if (GENOCIDE_DATING.has(w.lower) && ws[k]?.lower === GENOCIDE) return true;
    }
    return false;
  }

  /**
   * The year at `yearAt` follows a month and dates a source named right after it, perhaps after the source's
   * name: "a December 2019 MHRC report", "the September 2019 report", "a March 2021 ombudsman report".
   */
  private datedSource(yearAt: number): boolean {
    const ws = this.words;
    if (!MONTH_WORDS.has(ws[yearAt - 1]?.lower ?? '')) return false;
    for (let j = yearAt + 1; j < ws.length && j - yearAt <= DATED_SOURCE_REACH; j++) {
      const w = ws[j];
      if (!w || w.punctBefore !== '') return false;
      if (SOURCE_NOUNS.has(w.lower)) return true;
    }
    return false;
  }

  /**
   * "from March 2020 to November 8", "in September 2018 and in March": the past year opens a span, or
   * sits in a list of dates, that goes on to a month of the report year (a month given without a year).
   */
  private reachesUndatedMonth(yearAt: number): boolean {
    const ws = this.words;
    if (!SPAN_LINKS.has(ws[yearAt + 1]?.lower ?? '')) return false;
    const at = ws[yearAt + 2]?.lower === 'in' ? yearAt + 3 : yearAt + 2;
    if (!MONTH_WORDS.has(ws[at]?.lower ?? '')) return false;
    const after = ws[at + 1];
    return !isYear(after) && !isYear(ws[at + 2]);
  }

  /** "the 2020 hostilities and beyond", "from 2019 onward": within a few words after the year, the span runs on. */
  private spanRunsOn(yearAt: number): boolean {
    const ws = this.words;
    for (let j = yearAt + 1; j < ws.length && j - yearAt <= SPAN_ON_REACH; j++) {
      const w = ws[j]!.lower;
      if (ONWARD.has(w) || (w === 'beyond' && ws[j - 1]?.lower === 'and')) return true;
      if (ws[j]!.punctBefore !== '') return false;
    }
    return false;
  }

  /**
   * "In 2021 the director declared that women soldiers are subjected to abuse": the year dates the
   * statement, and the statement puts the abuse in the present.
   */
  private presentReport(yearAt: number, cueStart: number): boolean {
    let sawThat = false;
    for (let j = yearAt + 1; j < cueStart; j++) {
      const w = this.words[j]?.lower;
      if (w === 'that') sawThat = true;
      else if (sawThat && (w === 'are' || w === 'is' || w === 'remain' || w === 'remains')) return true;
    }
    return false;
  }

  /** "established in 2010", "set up in 2019", "adopted in 2015": the year at `at` dates a founding or enactment. */
  private foundingYear(at: number): boolean {
    const ws = this.words;
    if (ws[at - 1]?.lower !== 'in') return false;
    const verb = ws[at - 2]?.lower ?? '';
    return FOUNDING_VERBS.has(verb) || (verb === 'up' && ws[at - 3]?.lower === 'set');
  }

  /**
   * "received 40 complaints of police killings, compared with 52 in 2020", "a drop from 30 in 2019": between the act
   * and the year at `at` stands a comparison, so the year dates the figure compared against, not the act.
   */
  private comparedBefore(cueEnd: number, at: number): boolean {
    for (let j = cueEnd; j < at; j++) {
      const w = this.words[j]!.lower;
      if (COMPARISON_WORDS.has(w)) return true;
      if (w === 'from' && CHANGE_WORDS.has(this.words[j - 1]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * "used them less often than in past years to detain activists": a past period after "than" is what the report
   * year is measured against, so the act it qualifies happened in the report year too.
   */
  private comparisonBaseline(at: number): boolean {
    for (let j = at - 1; j >= 0 && at - j <= BASELINE_REACH; j--) {
      if (this.words[j]!.lower === 'than') return true;
      if (this.words[j + 1]!.punctBefore !== '') return false;
    }
    return false;
  }

  /** "the killings of two journalists in 2015": a past year shortly after the act, with no current year in the clause. */
  private pastYearRightAfter(clause: number, cueEnd: number): string | undefined {
    if (this.reportYear === undefined) return undefined;
    let found = false;
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      if (!w || w.clause !== clause || !isYear(w)) continue;
      if (Number(w.lower) >= this.reportYear) return undefined;
      if (
        i >= cueEnd &&
        i - cueEnd <= 6 &&
        // "in 2015", "during the 1990s conflict", "in the 2016 clashes", "in a 2018 explosion".
        (DATING_PREPOSITIONS.has(this.words[i - 1]?.lower ?? '') ||
          (ARTICLES.has(this.words[i - 1]?.lower ?? '') &&
            DATING_PREPOSITIONS.has(this.words[i - 2]?.lower ?? ''))) &&
        !this.hasAny(cueEnd, i, RELATIVES) &&
        !this.comparedBefore(cueEnd, i)
      ) {
        found = true;
      }
    }
    if (!found) found = this.priorYearRightAfter(clause, cueEnd);
    return found ? 'past-year-after' : undefined;
  }

  /**
   * "killed by security forces the year before", "detained a year earlier", "in the previous year": a year named by
   * its place before the report year dates the act as a year number would, unless the clause compares figures with it
   * ("up from 35 the previous year").
   */
  private priorYearRightAfter(clause: number, cueEnd: number): boolean {
    const ws = this.words;
    for (let i = cueEnd; i < ws.length && i - cueEnd <= YEAR_AFTER_REACH; i++) {
      const w = ws[i]!;
      if (w.clause !== clause || RELATIVES.has(w.lower)) return false;
      const next = ws[i + 1]?.lower;
      const third = ws[i + 2]?.lower;
      const prior =
        (w.lower === 'the' && next === 'year' && third === 'before') ||
        (w.lower === 'a' && next === 'year' && third === 'earlier') ||
        (w.lower === 'the' && PRIOR_YEAR_WORDS.has(next ?? '') && third === 'year');
      if (prior) return !this.comparesYears(clause, i);
    }
    return false;
  }

  /**
   * "up from 35 the previous year", "twice as many deaths as in the previous year", "decreased from the previous
   * year": the year before is mostly named to compare this year's figures with it; then it dates nothing.
   */
  private comparesYears(clause: number, at: number): boolean {
    const ws = this.words;
    const link = ws[at - 1]?.lower === 'in' || ws[at - 1]?.lower === 'during' ? ws[at - 2] : ws[at - 1];
    if (YEAR_COMPARING_LINKS.has(link?.lower ?? '')) return true;
    return ws.some(
      (w) =>
        w.clause === clause &&
        (COMPARISON_WORDS.has(w.lower) || CHANGE_WORDS.has(w.lower) || YEAR_COMPARING_WORDS.has(w.lower)),
    );
  }

  private intensityFor(clause: number): number {
    let best = 1;
    for (const m of this.inClause(this.intensity, clause)) best = Math.max(best, m.phrase.payload.multiplier);
    const ws = this.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!w || w.clause !== clause || !w.isNumber) continue;
      if (isYear(w)) continue;
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
  actorFor(
    start: number,
    end: number,
    clause: number,
    fallback: ActorKind | undefined,
    agentsOnly = false,
  ): Assessment['actor'] {
    const ws = this.words;
    let preceding: PhraseMatch<{ actor: ActorKind }> | undefined;
    let following: PhraseMatch<{ actor: ActorKind }> | undefined;
    let sentencePreceding: PhraseMatch<{ actor: ActorKind }> | undefined;
    for (const a of this.actors) {
      // "deaths in police operations": an agent named inside the cue is its agent.
      if (a.start >= start && a.end <= end) return a.phrase.payload.actor;
      if (agentsOnly && this.namesPlaceOrAddressee(a)) continue;
      // "police reported finding evidence of physical abuse": an actor who reports or finds the abuse is not its agent.
      if (agentsOnly && a.end <= start && this.hasAny(a.end, start, REPORTING_LINKS)) continue;
      const sameClause = this.clauseOf(a) === clause;
      if (a.start >= end && sameClause) {
        if (a.start - end <= BY_AGENT_WINDOW) {
          for (let j = end; j < a.start; j++) if (ws[j]?.lower === 'by') return a.phrase.payload.actor;
          if (this.atHandsOf(end, a.start)) return a.phrase.payload.actor;
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

  /**
   * "police could detain persons suspected of smuggling, racketeering ... without a warrant": a modal right before the
   * verb of holding makes the whole holding a power, however long its object; the "without ..." later in the clause
   * is the manner of that same holding.
   */
  private modalHoldingManner(h: PhraseMatch<Rule>, start: number, category: CategoryId): boolean {
    return (
      category === 'arbitrary_detention' &&
      h.phrase.payload.rule === 'modal' &&
      HOLDING_VERBS.has(this.words[h.end]?.stem ?? '') &&
      this.words[start]?.lower === 'without' &&
      this.clauseOf(h) === this.words[start]?.clause &&
      !this.hasAny(h.end + 1, start, RELATIVES)
    );
  }

  /** Decide the status of the category cue at words [start, end). First matching rule wins; order matters. */
  assess(start: number, end: number, defaultActor: ActorKind | undefined, cue: CueInfo): Assessment {
    const clause = this.words[start]?.clause ?? 0;
    const actor = this.actorFor(start, end, clause, defaultActor);
    const base = (status: AssertionStatus, reason: string): Assessment => ({
      status,
      reason,
      intensity: 1,
      credibility: 1,
      actor,
    });
    // A treaty or body named after the abuse ("Convention against Torture") mentions it without alleging it.
    for (const m of this.institutional) {
      if (m.phrase.payload.rule === 'instrument' && m.start <= start && m.end >= end)
        return base('institutional', 'institutional:instrument');
    }
    if (this.inProperName(start, end)) return base('institutional', 'institutional:proper-name');
    if (this.inCrossReference(start)) return base('institutional', 'institutional:cross-reference');
    const neg = this.negationCovering(start, end);
    if (neg) return base('negated', `negation:${neg}`);
    if (this.nobodyAsObject(end)) return base('negated', 'negation:no-one-object');
    // "the police let the march go ahead without large-scale arrests": arrests that "without" denies did not happen.
    if (
      (cue.category === 'arbitrary_detention' || cue.category === 'political_prisoners') &&
      this.arrestsDenied(start, end)
    )
      return base('negated', 'negation:without');
    // "figures on deaths in the jails were not available": an abuse named only as the topic of missing data is not
    // said to have happened.
    if (this.topicOfMissingData(start, end, clause)) return base('institutional', 'institutional:no-data');
    // "a blogger who posted videos on sensitive topics including disappearances and police abuse": the subjects someone
    // wrote or spoke about are not said to have happened.
    if (this.listedTopic(start, clause)) return base('institutional', 'institutional:topic');
    // "no statute that expressly outlaws torture", "the acts that constitute torture": the abuse as the object of a
    // verb that bans or defines it names the offence in law, not an act that happened.
    if (this.lawObject(start)) return base('legal_norm', 'legal:law-object');
    // "penalties below those for other serious crimes, such as abduction": an act named as the example of a class of
    // offences whose punishment is meant is a kind of crime in law, whatever the sentence says of the penalties.
    if (EVENT_CATEGORIES.has(cue.category) && this.offenceClassExample(start))
      return base('legal_norm', 'legal:offence-class');
    // "sealed the family home, accusing the son of killing a guard": an act that someone is accused of, named after
    // the accused, is the crime ascribed to that person, not an abuse the sentence reports.
    if (EVENT_CATEGORIES.has(cue.category) && this.accusedObject(start))
      return base('institutional', 'out_of_scope:crime-suspects');
    // "gave a man ten years in prison for sexually abusing a child": the abuse is the offence the prison
    // term punishes, done outside any prison; a court event about a private crime.
    if (cue.category === 'detention_conditions' && this.prisonTermOffence(start, end))
      return base('historical', 'court_event:prison-term-offence');
    // "the father got three weeks in jail for slapping the maid": an act named as what a prison term punishes is the
    // offence of a court event, whoever did it.
    if (EVENT_CATEGORIES.has(cue.category) && this.punishedByTerm(start))
      return base('historical', 'court_event:prison-term-offence');
    // "the NGO released a report on jailed journalists": a report or data released about people frees no one.
    if (cue.category === 'political_prisoners' && this.releasedDocument(start, end))
      return base('institutional', 'institutional:topic');
    if (cue.category === 'political_prisoners' && this.deniesLabel(start, clause))
      return base('negated', 'negation:not-classified');
    // "the agency did not classify the expulsion as refoulement": the word is a name someone declined to give the act.
    if (
      cue.category === 'refoulement' &&
      this.words[start]?.stem === REFOULEMENT &&
      this.deniesLabel(start, clause, REFOULEMENT_CLASSING, REFOULEMENT_CLASSING_REACH)
    )
      return base('negated', 'negation:not-classified');
    if (cue.category === 'political_prisoners' && this.deniedHolding(start, clause))
      return base('negated', 'negation:denied-holding');
    let reason = 'asserted:plain';
    // "brought to a judge days past the legally set 36-hour limit": a legal word inside a cue that opens with a breach
    // measures how far practice went past the law; it states no norm.
    const breach = BREACH_OPENERS.has(this.words[start]?.lower ?? '');
    const legal = this.inClause(this.legal, clause).find(
      (l) =>
        !this.citedByCourt(l, clause) &&
        !this.beyondDefinition(l, start) &&
        !(breach && l.start >= start && l.end <= end) &&
        !this.measuredBreach(l.start) &&
        !this.limitRelative(l.start) &&
        !this.meetsDefinition(l) &&
        !this.breachedLimit(l.start) &&
        !this.missedLimit(l.start) &&
        !this.penaltyOutcome(l),
    );
    if (legal) {
      // Norm clauses only count when the sentence says practice departed from them.
      const practice = this.practice(legal);
      if (!practice) return base('legal_norm', `legal:${legal.phrase.payload.rule}`);
      if (practice.kind === 'compliance') return base('negated', `compliance:${practice.rule}`);
      reason = `departure:${practice.rule}`;
    }
    // "former political prisoners": the status belongs to the past.
    // "Former political prisoners stated that guards ...": their testimony reports the imprisonment, it is not past.
    if (this.words[start - 1]?.lower === 'former' && !TESTIFYING.has(this.words[end]?.lower ?? ''))
      return base('historical', 'historical:former');
    if (this.releasedBefore(start)) return base('historical', 'historical:released');
    // "the politically motivated charges against the Tovel editor were dropped": charges a sentence says were
    // dismissed or dropped no longer hold anyone; it reports their end.
    if (cue.category === 'political_prisoners' && this.chargesDropped(start, end))
      return base('historical', 'court_event:dismissal');
    // "a court convicted the opposition spokesperson and fined her": a verdict whose penalty the sentence gives as a fine
    // or a suspended term holds no one, unless the sentence also says the person was arrested or is in prison.
    if (cue.category === 'political_prisoners' && this.nonCustodialVerdict(start, end))
      return base('historical', 'court_event:non-custodial');
    // "barred from the ballot by a prior conviction that observers called political": a holding or conviction the
    // sentence calls earlier is past; what it reports is what that record now brings about.
    if (
      (cue.category === 'political_prisoners' || cue.category === 'arbitrary_detention') &&
      this.priorBefore(start)
    )
      return base('historical', 'historical:previously');
    // "issued an arrest warrant against an activist": a warrant orders an arrest that has not happened.
    // "the law requires an arrest warrant, but police did not always comply": a warrant the sentence says was not
    // obtained is the arrest without one; and "an arrest for most offences" in that norm is arrests in general, not a
    // trial about one.
    const departed = reason.startsWith('departure:');
    if (WARRANTS.has(this.words[start + 1]?.lower ?? '') && this.words[start]?.stem === ARREST && !departed)
      return base('hypothetical', 'hypothetical:warrant');
    const hist = this.historicalRule(
      clause,
      start,
      end,
      EVENT_CATEGORIES.has(cue.category),
      cue.category === 'disappearance' ? DISAPPEARANCE_YEAR_REACH : YEAR_AFTER_WINDOW,
    );
    // "travelers abducted in 2021 by armed groups remained in captivity": the abduction is dated, but the captivity
    // goes on in the report year, and a disappearance lasts as long as the captivity.
    // "the fate of those who disappeared in the 1990s war remained unknown", "nor had it released information on the
    // whereabouts of the disappeared": a fate still withheld keeps the disappearance going, whenever it began.
    const stillHeld =
      cue.category === 'disappearance' &&
      ((PAST_YEAR_RULES.has(hist ?? '') && this.stillHeld(clause)) ||
        ((PAST_YEAR_RULES.has(hist ?? '') || ERA_RULES.has(hist ?? '')) && this.fateWithheld()));
    // "activists arrested at the 2016 protests were still being held": the arrest is dated, the holding goes on.
    const stillImprisoned =
      (cue.category === 'political_prisoners' || cue.category === 'arbitrary_detention') &&
      PAST_YEAR_RULES.has(hist ?? '') &&
      this.stillHeld(clause, STILL_HELD_PERSONS);
    if (hist && !stillHeld && !stillImprisoned) return base('historical', `historical:${hist}`);
    if (cue.category === 'killings' && this.commemorated(clause, start, end))
      return base('historical', `historical:${COMMEMORATION}`);
    // "former detainees of the Tovel camps drew a monthly pension", "a court awarded damages to a man held without
    // charge": redress paid for a holding looks back on it; the sentence reports the payment.
    if (
      (cue.category === 'political_prisoners' || cue.category === 'arbitrary_detention') &&
      this.paidRedress(clause)
    )
      return base('historical', 'historical:redress');
    const event = EVENT_CATEGORIES.has(cue.category);
    // "a court convicted the general of illegal detention": an arrest is a discrete act a trial can be about too.
    const detention = cue.category === 'arbitrary_detention' && this.namesDetention(start, end);
    // "ECHR rulings on 16 politically motivated prosecutions": judgments on a political case come after it.
    const prosecution = cue.category === 'political_prisoners' && this.namesProsecution(start, end);
    if (event || detention || prosecution || cue.crime || cue.category === 'detention_conditions') {
      // A trial, sentence or pardon is about an abuse reported before, not a fresh one.
      // "cases of malnutrition ... and long pretrial detention": for arrests "cases" and "accused" name no trial.
      // "prison officials were convicted of abuse": a cue whose words span a verdict ("prison ... abuse") is judged
      // from the verdict inside it, as its last words would be on their own.
      const verdict = this.court.find(
        (c) =>
          VERDICT_RULES.has(c.phrase.payload.rule) &&
          c.start > start &&
          c.end < end &&
          this.clauseOf(c) === clause,
      );
      const court = this.courtEvent(
        verdict ? verdict.end : start,
        end,
        clause,
        (cue.ordinary || cue.crime === true) && actor === 'unspecified' && !detention,
        (cue.ordinary || cue.crime === true) && !detention,
      );
      // Prisoners await trial in overcrowded cells: for conditions only an inquiry into them is about them.
      // "pretrial detention cases" are the detainees' own cases, not trials about the detention.
      // Detention before trial is not what a charge or suspicion of the detainee judges: the trial is still to come.
      // "backlogs denied speedy trials and kept defendants in pretrial detention": the trial named is the one the
      // detainees still wait for, not a court event about their detention.
      const pending =
        (PENDING_CASE_RULES.has(court ?? '') || court === 'trial') && this.namesPretrial(start, end);
      const aboutDetention = detention && !CRIME_ONLY_COURT_RULES.has(court ?? '') && !pending;
      const aboutProsecution = prosecution && RULINGS.has(court ?? '');
      if (
        court &&
        !(departed && court === 'arrest-for') &&
        (event || cue.crime || aboutDetention || aboutProsecution || ACCOUNTABILITY_RULES.has(court))
      )
        return base('historical', `court_event:${court}`);
    }
    // "the ECHR found that police had questioned the man without counsel": the abuse is a court's finding about an act
    // the sentence does not date; a court event says nothing about the year unless the finding dates the act to a
    // month of it or says it goes on (LABELLING.md).
    if (this.courtFinding(start)) return base('historical', 'court_event:finding');
    // "defendants were seldom held during trials, though the suspected crimes often involved murder": the abuse names
    // the kind of offence the defendants stand accused of, not an act the sentence reports.
    // "tried for crimes that included beating detainees in April" dates the act to the report year.
    if (
      (event || cue.crime) &&
      this.kindOfSuspectedCrime(start, clause) &&
      !this.monthRightAfter(end, clause)
    )
      return base('historical', 'court_event:crime-type');
    // "the general, who was said to have ordered killings, was sentenced to life": the abuse describes the defendant
    // of the court event that is the sentence's main predicate.
    if (event && this.describesDefendant(start, end)) return base('historical', 'court_event:defendant');
    // "asylum seekers were subject to deportation whenever officials chose": being liable to a return says it may happen, even after
    // "were" (which otherwise makes "were subject to beatings" an act that happened).
    if (cue.category === 'refoulement' && this.liableToReturn(start, end))
      return base('hypothetical', 'hypothetical:liable');
    if (cue.category === 'refoulement' && this.rulingOnReturn(start))
      return base('hypothetical', 'hypothetical:ruling');
    // "received death, torture, and rape threats": the abuse names what a threat promised, not an act done.
    if (EVENT_CATEGORIES.has(cue.category) && this.threatKind(end))
      return base('hypothetical', 'hypothetical:threat');
    for (const h of this.hypothetical) {
      // "authorities can, however, detain the person": a parenthetical adverb set off by commas splits no clause.
      if (this.clauseOf(h) !== clause && !this.onlyParenthetical(h.end, start)) continue;
      // "held pending deportation" only says a return has not happened yet; it hedges nothing else.
      if (RETURN_ONLY_HEDGES.has(h.phrase.payload.rule) && cue.category !== 'refoulement') continue;
      // "threats of violence against journalists, arrests of journalists": a list item after the threat is its own fact.
      const listed = h.phrase.payload.rule === 'threat' && this.commaBetween(h.end, end - 1);
      // "threatened a reporter with arrest and beatings" threatens both; "threatened him with a knife and beat him" did
      // the beating.
      const reach = h.phrase.payload.rule === 'threat-with' ? THREAT_WITH_REACH : HYPOTHETICAL_WINDOW;
      const before =
        h.end <= start &&
        (start - h.end <= reach ||
          this.listedUnderHedge(h.end, start) ||
          this.modalHoldingManner(h, start, cue.category)) &&
        !listed &&
        !this.actedAfterAttempt(h, start);
      // "dissidents said they would face imprisonment": the hedge sits inside the gapped cue.
      // A return is refoulement because of what the returned would face, so that hedge belongs to the cue,
      // unless it governs the return itself ("asylum seekers who awaited deportation").
      // "harsh and potentially life-threatening prison conditions": a hedge after "and" qualifies the second
      // conjunct only; the first ("harsh ... conditions") stands.
      const secondConjunct =
        cue.category === 'detention_conditions' && this.words[h.start - 1]?.lower === 'and';
      const inside =
        h.start > start &&
        h.end <= end &&
        !secondConjunct &&
        (cue.category !== 'refoulement' || this.hedgesReturn(h.start, h.end, start, end));
      if (before || inside) {
        return base('hypothetical', `hypothetical:${h.phrase.payload.rule}`);
      }
    }
    // "deportation of refugees was rare": a return the clause calls rare is a statement on how seldom returns happen,
    // no return of someone to danger that the sentence reports.
    // "although enforced disappearances were rare, kidnappings for ransom were common": so is any abuse whose own
    // verb calls it rare ("complaints of torture whose investigations remained rare" still asserts the torture).
    if (this.calledRare(end, clause, cue.category === 'refoulement' ? RARE_REACH : 0))
      return base('negated', 'negation:rare');
    // "living without papers, exposing them to arrest and deportation": an arrest or a return someone is exposed to is
    // a risk they run; unlike "exposing him to electric shocks", a lawful-looking measure is not a harm done.
    if (
      (cue.category === 'arbitrary_detention' ||
        cue.category === 'political_prisoners' ||
        cue.category === 'refoulement') &&
      this.exposedTo(start, clause)
    )
      return base('hypothetical', 'hypothetical:exposed');
    // "officers were able to arrest someone with no warrant if a commander was told": what police are able to do is
    // a power they hold, as "can" says; it tells of no arrest made.
    if (cue.category === 'arbitrary_detention' && this.ableToArrest(start, clause))
      return base('hypothetical', 'hypothetical:ability');
    // "preventive detention could occur when the board found the prisoner a danger": an abuse that is the subject of a
    // modal of occurring is a possibility the rules leave open, not an act.
    if (MODALS_AFTER.has(this.words[end]?.lower ?? '') && OCCURRING.has(this.words[end + 1]?.lower ?? ''))
      return base('hypothetical', 'hypothetical:modal-after');
    // "he was held at a police station to prevent his abduction": a harm that someone acted to keep from happening
    // did not happen, unless the sentence says the prevention failed ("did nothing to prevent the killings").
    if (event && this.preventedHarm(start)) return base('hypothetical', 'hypothetical:prevented');
    // "Jail conditions were harsh owing to overcrowding, physical abuse, and poor sanitation": abuse listed
    // among the causes of harsh conditions is a condition of detention, not torture, unless an agent is named.
    if (cue.category === 'torture' && actor === 'unspecified' && this.inmateSexualAbuse()) {
      return base('institutional', 'out_of_scope:between-inmates');
    }
    // "four cases of inmate-on-inmate assault": violence between inmates is a condition of detention (LABELLING.md).
    if (cue.category === 'torture' && this.inmateOnInmate(start, end)) {
      return base('institutional', 'out_of_scope:between-inmates');
    }
    // "inmates killed fellow inmates", "killings among prisoners were reported": a killing between inmates is
    // violence between inmates, a condition of detention (LABELLING.md), whoever else the sentence names.
    if (cue.category === 'killings' && this.killedAmongHeld(start, end))
      return base('institutional', 'out_of_scope:between-inmates');
    // "conditions in two jails were harsh enough to constitute degrading treatment": conditions the sentence classes as
    // ill-treatment are harsh conditions of detention (their own category), not treatment anyone inflicted.
    if (cue.category === 'torture' && this.conditionsClassed(start, clause))
      return base('institutional', 'out_of_scope:conditions-as-treatment');
    // "clinics offered counselling to survivors of sexual violence": people named as those a service helps are a class of
    // people; an official provider or an "officially reported" in the sentence is not the abuser.
    if (cue.category === 'torture' && this.servedVictims(start, end))
      return base('institutional', 'out_of_scope:victim-services');
    // "funding for the care of torture survivors", "the rule spared survivors of torture": "survivors" names a class of
    // people, such as those who reach the country after torture abroad, and says nothing of an act here.
    if (cue.category === 'torture' && this.survivorClass(start, end)) {
      return base('institutional', 'out_of_scope:torture-survivors');
    }
    // "the convict was stabbed and kicked by cellmates", "three prisoners assaulted a fellow inmate": when inmates are
    // the ones who struck, the violence is between inmates, a condition of detention (LABELLING.md).
    if (cue.category === 'torture' && this.inmatesActed(start, end, clause)) {
      return base('institutional', 'out_of_scope:between-inmates');
    }
    // A listed word that itself names torture or cruel, inhuman or degrading treatment ("harsh due to crowding and
    // degrading treatment") is ill-treatment all the same, whatever else the list holds.
    if (
      cue.category === 'torture' &&
      actor !== 'state' &&
      !this.tortureProper(start, end) &&
      this.causeOfConditions(end - 1, clause)
    ) {
      return base('institutional', 'out_of_scope:conditions-list');
    }
    // "serving sentences for human rights abuses", "abusive physical conditions in prisons": the abuse word names
    // abuses of any kind, or harsh conditions, not ill-treatment of the prisoners.
    if (
      (cue.category === 'torture' || cue.category === 'detention_conditions') &&
      this.genericAbuse(start, end)
    )
      return base('institutional', 'out_of_scope:generic-abuse');
    // "militias attacked the town, beating men and raping women": beatings and rape in an armed group's raid are
    // violence against civilians; torture by an armed group is torture of people it holds (LABELLING.md), unless
    // the report itself calls the act torture or cruel, inhuman or degrading treatment.
    if (
      cue.category === 'torture' &&
      actor === 'non_state' &&
      // "soldiers and rebels beat villagers": when the state acts too, the state is the actor.
      !this.stateInClause(clause) &&
      !this.tortureProper(start, end) &&
      !this.namesCaptivity()
    )
      return base('institutional', 'out_of_scope:armed-group-violence');
    // "dragged out of a gendarmerie station and stoned", "reports to police": the state is named, not acting.
    const agent = actor === 'state' ? this.actorFor(start, end, clause, defaultActor, true) : actor;
    const scope = this.outOfScopeRule(start, end, clause, agent, cue.category);
    // Returns to a place abroad are what refoulement is about, unless the whole sentence is about acts abroad.
    const applies =
      scope === 'abroad-label' ||
      (scope === 'abroad' && cue.category !== 'refoulement') ||
      (scope !== undefined && event) ||
      (scope === 'natural-causes' && cue.category === 'detention_conditions');
    if (scope && applies)
      return base('institutional', `out_of_scope:${scope === 'abroad-label' ? 'abroad' : scope}`);
    // "following the March 14 killing of a guardsman, the army arrested 152 persons": an event that only dates what
    // the sentence reports is its background, not an abuse the sentence asserts, unless its own agent is named
    // ("following the killing of two students by soldiers").
    // "cared for orphans whose parents had been killed": a death told in a "whose" clause only says who the people
    // of the main act are, unless the killer is named ("whose whereabouts remain unknown" is itself the disappearance).
    if (
      ANCHOR_CATEGORIES.has(cue.category) &&
      (this.timeAnchored(start) ||
        (cue.category === 'killings' && this.inWhoseClause(start)) ||
        (cue.category === 'disappearance' && this.timeOfDisappearance(start, end))) &&
      !this.hasWord(end, end + BY_AGENT_WINDOW, 'by')
    )
      return base('institutional', 'out_of_scope:setting-event');
    // "a police officer was killed near the market", "several rebels were injured or killed in the clashes": when the
    // one armed actor the sentence names is the subject of a passive killing and no one is said to have killed them,
    // the sentence counts fallen agents or fighters; it asserts no unlawful killing by anyone.
    if (cue.category === 'killings' && this.agentAsVictim(start, end))
      return base('institutional', 'out_of_scope:agent-victim');
    // "the killing of a commander on May 5 led to a request for troops": a killing that is the subject of what it
    // caused, with no agent named, is the cause of the events the sentence reports, as an arrest is.
    if (
      cue.category === 'killings' &&
      // "the army's killing of" names the agent as possessor.
      this.words[start - 1]?.lower !== 's' &&
      this.eventAsCause(start, KILLING_NOUNS) &&
      !this.hasWord(end, end + BY_AGENT_WINDOW, 'by')
    )
      return base('institutional', 'out_of_scope:setting-event');
    // "activists held a press conference": "held" with its own object is the activists' act, not their custody.
    if (
      (cue.category === 'political_prisoners' || cue.category === 'arbitrary_detention') &&
      this.words[end - 1]?.lower === 'held' &&
      EVENT_OPENERS.has(this.words[end]?.lower ?? '') &&
      this.words[end]?.punctBefore === ''
    )
      return base('institutional', 'out_of_scope:not-detention');
    // "the courts held it was illegal to wear the symbols", "judges have held that the ban applies": a "held" that
    // opens a clause of its own is a ruling or a view, not custody.
    if (
      (cue.category === 'political_prisoners' || cue.category === 'arbitrary_detention') &&
      this.heldRuling(start, end)
    )
      return base('institutional', 'out_of_scope:not-detention');
    // "courts used alternatives to prison such as community service or house arrest": house arrest named among the
    // measures that stand in for prison or pretrial custody is a sanction in law, not a holding without legal basis.
    if (cue.category === 'arbitrary_detention' && this.houseArrestAsAlternative(start, end))
      return base('institutional', 'out_of_scope:alternative-measure');
    // "the average stay in pretrial detention was two to four months": an average counted in months is a figure on how
    // long detention lasts, not a claim that it runs too long, as "averaged two years" or "beyond the legal limit" are.
    if (cue.category === 'arbitrary_detention' && this.averageInMonths(start, end, clause))
      return base('institutional', 'out_of_scope:average-in-months');
    // "confessions recorded without counsel", "dismissals from the Tovel faculty without a hearing": a "without" that
    // qualifies an act other than holding someone (a confession, a dismissal, an eviction) says how that act was
    // done; it names no detention, unless a word of holding stands between them ("held and questioned without").
    if (
      cue.category === 'arbitrary_detention' &&
      this.words[start]?.lower === 'without' &&
      this.withoutQualifiesOtherAct(start)
    )
      return base('institutional', 'out_of_scope:not-detention');
    // "relatives of imprisoned activists said visits were costly": held people named as whose kin the sentence is
    // about are its background; what it reports is what happened to or was said by their kin.
    if (
      cue.category === 'political_prisoners' &&
      end - start === 2 &&
      /ed$/.test(this.words[start]?.lower ?? '') &&
      DETENTION_ACTS.has(this.words[start]?.stem ?? '') &&
      this.words[start - 1]?.lower === 'of' &&
      KIN_NOUNS.has(this.words[start - 2]?.lower ?? '')
    )
      return base('institutional', 'out_of_scope:arrest-setting');
    // "police arrested two men accused of the murder of a journalist": the journalist is the victim of the crime the
    // arrested are suspected of, not the one held; the arrest is of crime suspects.
    // "sentenced for participating in a massacre": a part taken in a violent crime is the crime the court punishes.
    if (cue.category === 'political_prisoners' && this.partInCrime(end))
      return base('institutional', 'out_of_scope:crime-suspects');
    if (cue.category === 'political_prisoners' && this.crimeVictimInCue(start, end))
      return base('institutional', 'out_of_scope:crime-suspects');
    // "police caned six arrested activists": the activists' arrest sets the scene of the caning.
    if (
      cue.category === 'political_prisoners' &&
      DETENTION_ACTS.has(this.words[start]?.stem ?? '') &&
      // "tortured after being arrested for his posts" still says why he was held.
      this.arrestAsSetting(start, false)
    )
      return base('institutional', 'out_of_scope:arrest-setting');
    // "attacked the demonstrator during the arrest", "four years after her arrest": an arrest named only as the
    // time of another event sets its scene; the sentence reports that event, not the arrest.
    // "the March arrest of the opposition leader triggered days of protests": an arrest that is the subject of what
    // it caused is the cause of the events the sentence reports, not an arrest it says was arbitrary.
    if (
      (cue.category === 'political_prisoners' || cue.category === 'arbitrary_detention') &&
      (this.timeOfArrest(end) || this.eventAsCause(start))
    )
      return base('institutional', 'out_of_scope:arrest-setting');
    // "authorities arrested three police officers", "14 officers were in preventive detention": holding state
    // agents (for what they did) is accountability, not an arbitrary arrest, unless the arrest is called arbitrary.
    if (
      cue.category === 'arbitrary_detention' &&
      (cue.ordinary || this.words[start]?.lower === 'preventive') &&
      this.detainedAreAgents(start, end)
    )
      return base('institutional', 'out_of_scope:agents-detained');
    // "residents welcomed the arrests", "the ombudsman praised the swift detention of the attackers": an arrest that
    // the sentence's speakers approve of is the state holding culprits, not holding someone without grounds.
    if (cue.ordinary && cue.category === 'arbitrary_detention' && this.approvedArrest(start))
      return base('institutional', 'out_of_scope:approved-arrest');
    // "transgender inmates detained in crowded cells": those already imprisoned are placed, not arrested.
    if (
      cue.ordinary &&
      cue.category === 'arbitrary_detention' &&
      end - start === 1 &&
      INMATE_NOUNS.has(this.words[start - 1]?.lower ?? '') &&
      this.words[start]?.stem !== ARREST &&
      this.words[end]?.lower === 'in'
    )
      return base('institutional', 'out_of_scope:placement');
    // "minors were held with adults", "women detained alongside men": who shares a cell is a condition of detention,
    // not a word on whether the holding itself had a legal basis.
    if (
      cue.ordinary &&
      cue.category === 'arbitrary_detention' &&
      end - start === 1 &&
      this.words[start]?.stem !== ARREST &&
      this.heldAlongside(end)
    )
      return base('institutional', 'out_of_scope:placement');
    // "soldiers detained and tortured a villager", "police detained, fined, and threatened migrants": a state agent's
    // arrest told in one series with violence or threats against the same people is part of that abuse, never
    // ordinary policing.
    // "herders caught outside the zone with no pass were subject to arrest": a bare arrest they are subject to is
    // a liability under the rules, not an arrest made ("subject to arbitrary arrest" still says what happens).
    if (
      cue.ordinary &&
      cue.category === 'arbitrary_detention' &&
      this.words[start - 1]?.lower === 'to' &&
      this.words[start - 2]?.lower === 'subject'
    )
      return base('hypothetical', 'hypothetical:liable');
    // "persons were normally arrested on a judicial warrant": an arrest the sentence says a warrant backed is lawful,
    // whatever the rest of the sentence says of arrests without one.
    if (cue.ordinary && cue.category === 'arbitrary_detention' && end - start === 1 && this.onWarrant(end))
      return base('institutional', 'out_of_scope:on-warrant');
    const violent = agent === 'state' && this.inViolentSeries(end);
    if (cue.ordinary && cue.category === 'arbitrary_detention' && !violent && !this.holdsBystanders(end)) {
      // Everyone in pretrial detention is a suspect: for it, only the markers below tell ordinary from arbitrary.
      // "by law suspects may see a lawyer from the moment of arrest; this was not always observed": the suspects of a
      // norm that practice departed from are anyone arrested.
      if (
        !departed &&
        this.namesSuspects(clause, start) &&
        !this.namesPretrial(start, end) &&
        !this.massCount(clause) &&
        !this.dissentHeld(clause, start)
      )
        return base('institutional', 'out_of_scope:crime-suspects');
      // "NGOs listed 90 persons arrested since 2015 as political prisoners", "the political nature of their arrests":
      // a bare arrest the same clause classes as political is the political imprisonment the sentence reports.
      // "detained persons because of their political beliefs" classes it by its motive just as plainly (LABELLING.md:
      // people held for their politics are political prisoners).
      // "politically motivated arrests", "detained without a reason" still say how the arrest itself was arbitrary.
      if (
        end - start === 1 &&
        this.words[start - 1]?.lower !== 'motivated' &&
        !this.hasWord(end, end + LABEL_WITHOUT_REACH, 'without') &&
        this.politicalLabel(clause)
      )
        return base('institutional', 'out_of_scope:political-label');
      // "police caned six arrested activists", "beaten after being arrested": the arrest is the setting of what
      // the sentence reports, not its subject.
      if (end - start === 1 && this.arrestAsSetting(start))
        return base('institutional', 'out_of_scope:arrest-setting');
      // "ill-treatment of detained insurgents", "violence against detained activists": the participle says who
      // suffered the act the sentence reports, as "six arrested activists" does.
      if (end - start === 1 && this.heldObject(start))
        return base('institutional', 'out_of_scope:arrest-setting');
      // A bare "arrested" is ordinary policing unless the sentence says whom or how: protesters, journalists, without charge, en masse.
      // "the law requires a warrant for an arrest, but police did not always comply": the departure is the how.
      // Everyone in pretrial detention awaits trial: whose relatives they are, or what their politics, says nothing of
      // the detention itself ("restricted family visits to persons in pretrial detention"); only its length or
      // legality does ("lengthy pretrial detention", "remained in pretrial detention without a hearing").
      const pretrial = this.namesPretrial(start, end);
      if (
        !departed &&
        !this.heldAtUnknownPlace(clause) &&
        !this.words.some(
          (w, i) =>
            (pretrial
              ? PRETRIAL_MARKERS.has(w.lower) &&
                (w.clause === clause || !CONDITION_MARKERS.has(w.lower)) &&
                // "maximum pretrial detention is 18 months": a limit no one is said to have gone past is the law.
                (!LIMIT_MARKERS.has(w.lower) || this.limitBreached())
              : (ARBITRARINESS.has(w.stem) || ARBITRARINESS_EXACT.has(w.lower)) &&
                // "did not arrest migrants for staying illegally, only when they committed crimes": a
                // word of unlawfulness in another clause qualifies another act, not this arrest.
                (w.clause === clause || !UNLAWFUL_MANNER.has(w.lower))) &&
            // "released after hunger strikes": a detainee's protest, not a strike of workers.
            this.words[i - 1]?.lower !== 'hunger' &&
            // "Violence and Harassment: attacks on Roma led to arrests": the run-in heading names the section's
            // topic, not whom or how this arrest held; under "Arbitrary Arrest:" the report itself files the arrest
            // as arbitrary.
            (i >= this.firstUnlabelled || w.lower === 'arbitrary') &&
            !this.helpGranted(i) &&
            !this.objectOfDamage(i),
        )
      ) {
        return base('institutional', 'out_of_scope:ordinary-arrest');
      }
    }
    // "disappeared in the capital while attempting to renew her passport", "disappeared after leaving her flat": a
    // person who vanished while or after doing something of their own, with no one said to have taken them, is a
    // missing person, not a disappearance.
    if (
      cue.category === 'disappearance' &&
      agent === 'unspecified' &&
      end - start === 1 &&
      this.words[start]?.stem === DISAPPEAR &&
      this.vanishedDuringOwnAct(end)
    )
      return base('institutional', 'out_of_scope:no-agent');
    // "the case papers reportedly disappeared": documents or funds that vanish are lost, not a person taken.
    if (cue.category === 'disappearance' && end - start === 1 && this.thingVanished(start))
      return base('institutional', 'out_of_scope:thing-vanished');
    // "rioting inmates took hostage 22 prison staff": staff held in their own prison by those they guard are the
    // victims of a riot, not people the state or an armed group made to disappear.
    if (cue.category === 'disappearance' && agent !== 'non_state' && this.staffHostages(start, end))
      return base('institutional', 'out_of_scope:prison-riot');
    if (
      cue.needsAgent &&
      agent === 'unspecified' &&
      !this.namesPlace() &&
      !this.countedComplaints(start) &&
      !this.stateForceOpensSentence(clause)
    ) {
      return base('institutional', 'out_of_scope:no-agent');
    }
    // "a herder was detained by rebels": an armed group has no lawful power to arrest, so those it seizes are
    // abducted; an arrest by anyone else is for the detention categories to judge.
    if (cue.needsArmedGroup && !this.armedGroupSeizes(end, clause))
      return base('institutional', 'out_of_scope:not-armed-group');
    // "police had no suspect for the rape and murder", "protests followed the abduction, rape, and killing of a
    // girl": a killing told in one series with a rape, with no one named as the perpetrator, is the sexual crime
    // the rape cue already leaves to private violence, not a killing by agents.
    if (
      cue.category === 'killings' &&
      this.inRapeSeries(start, end) &&
      !this.namesPerpetrator(start, end, clause)
    )
      return base('institutional', 'out_of_scope:no-agent');
    // "captives freed from rebel captivity told of sexual abuse": the armed group that held them is the abuser.
    if (
      cue.needsPerpetrator &&
      !this.namesPerpetrator(start, end, clause) &&
      !(cue.category === 'torture' && this.heldByArmedGroup())
    ) {
      return base('institutional', 'out_of_scope:no-agent');
    }
    // "a detainee died in custody", "several died in custody as the virus spread": a death in custody is an
    // unlawful killing when abuse or neglect caused it (LABELLING.md); with no such cause named it is a death.
    if (cue.needsCause && !this.words.some((w) => ABUSIVE_CAUSES.has(w.stem))) {
      return base('institutional', 'out_of_scope:no-cause');
    }
    if (cue.needsSeveral && !this.severalOrCaused(start, end, clause)) {
      return base('institutional', 'out_of_scope:single-death');
    }
    if (cue.needsCustody && !this.namesPlace()) {
      return base('institutional', 'out_of_scope:not-detention');
    }
    // "penalties were below those for offences like fraud or negligence": negligence named as an offence whose
    // penalties (imprisonment among them) are compared says nothing of how detainees are kept.
    if (cue.category === 'detention_conditions' && this.negligenceOffence(start, end)) {
      return base('institutional', 'out_of_scope:not-detention');
    }
    // "delays due to overcrowded dockets", "families lived in overcrowded housing": what the crowding word qualifies is
    // a court's caseload or a home, not a cell, whatever detention the rest of the sentence names.
    if (cue.needsPlace && this.crowdedElsewhere(start, end)) {
      return base('institutional', 'out_of_scope:not-detention');
    }
    if (cue.needsPlace && !this.namesPlace() && this.words.some((w) => ELSEWHERE.has(w.stem))) {
      return base('institutional', 'out_of_scope:not-detention');
    }
    if (
      cue.category === 'refoulement' &&
      (this.returnedHere(end) ||
        this.returnedWithin(start, end) ||
        this.returnedByStateAbroad(start, end) ||
        this.namesReturnees(start, end) ||
        this.ownNationals(start, end))
    ) {
      return base('institutional', 'out_of_scope:returned-here');
    }
    // "beaten, then sent to a prison where they might face torture": the danger awaits in a prison here; being
    // sent there is imprisonment, not a return across a border.
    if (cue.category === 'refoulement' && this.sentToHolding(start, end))
      return base('institutional', 'out_of_scope:imprisonment');
    // "employers subjected migrant workers to abusive working conditions and summary deportation": harm at work in
    // this country is no danger awaiting those sent back.
    // "Abuse of Migrants, Refugees, and Stateless Persons: ... deportations continued": the heading's words
    // name the section's topic, not a danger awaiting those returned.
    if (
      cue.needsDanger &&
      !this.words.some(
        (w, i) =>
          i >= this.firstUnlabelled &&
          ((DANGER.has(w.stem) &&
            !this.assessedClaim(i) &&
            !LABOR_SETTINGS.has(this.words[i + 1]?.lower ?? '')) ||
            this.soughtAsylum(i) ||
            this.protectionDenied(i) ||
            this.grantedRefugee(i)),
      )
    ) {
      return base('institutional', 'out_of_scope:no-danger');
    }
    const inst = this.institutional.find(
      (m) =>
        m.phrase.payload.rule !== 'instrument' &&
        this.clauseOf(m) === clause &&
        this.institutionalApplies(m, start, end) &&
        // "in excess of the mandated maximum": the mandate is the limit the breach is measured against.
        !(breach && m.start >= start && m.end <= end) &&
        !this.breachedLimit(m.start) &&
        !this.missedLimit(m.start) &&
        // "permitted access to political prisoners": monitors can only visit prisoners who are held.
        !(cue.category === 'political_prisoners' && m.phrase.payload.rule === 'monitoring-access'),
    );
    // "In practice, police make arrests without warrants, citing the powers the law grants them": a sentence that
    // opens on what happens in practice reports that practice; the mandate it cites is the excuse, not the subject.
    if (inst && !legal && !(inst.phrase.payload.rule === 'mandate' && this.opensOnPractice()))
      return base('institutional', `institutional:${inst.phrase.payload.rule}`);
    const unaccounted = reason === 'asserted:plain' && this.deniesAccountability(start, clause);
    // "despite the inquiry into the 2018 post-election violence, no compensation reached the families of those
    // killed": redress, paid or still lacking, for violence the sentence dates to an earlier year looks back on it
    // (LABELLING.md).
    if (
      reason === 'asserted:plain' &&
      EVENT_CATEGORIES.has(cue.category) &&
      (unaccounted || this.words.some((w) => REDRESS_STEMS.has(w.stem))) &&
      this.unredressedPastViolence(start)
    )
      return base('historical', 'historical:unredressed-past');
    if (unaccounted) reason = 'asserted:no-accountability';
    if (reason === 'asserted:plain' && this.perpetrated(start, clause)) reason = 'asserted:responsible-for';
    const cred = this.credibilityFor(start, clause);
    if (reason === 'asserted:plain' && cred.rule) reason = `asserted:${cred.rule}`;
    return {
      status: 'asserted',
      reason,
      intensity: this.intensityFor(clause),
      credibility: cred.multiplier,
      actor,
    };
  }

  /** "remained missing", "remain unclear", "still held": a held or unknown state right after `at`. */
  private stillMissingAt(at: number): boolean {
    for (let j = at; j < this.words.length && j - at < STILL_HELD_REACH; j++) {
      const w = this.words[j]!.lower;
      if (HELD_STATES.has(w) || UNKNOWN_FATE.has(w)) return true;
    }
    return false;
  }

  /** A "who", "whom" or "whose" stands between the end of the cue and `at` (which lies after the cue). */
  private describesPersonsAfter(cueEnd: number, at: number): boolean {
    if (at < cueEnd) return false;
    for (let j = cueEnd; j < at; j++) if (PERSON_RELATIVES.has(this.words[j]!.lower)) return true;
    return false;
  }

  /** "while attempting to", "after leaving": within a few words after `end`, "while" or "after" opens the person's own act. */
  private vanishedDuringOwnAct(end: number): boolean {
    const ws = this.words;
    for (let j = end; j < ws.length && j - end <= OWN_ACT_REACH; j++) {
      if (ws[j]!.punctBefore !== '' && j > end) return false;
      if (!OWN_ACT_LINKS.has(ws[j]!.lower)) continue;
      const next = ws[j + 1]?.lower ?? '';
      return /ing$/.test(next) && !PASSIVE_AUXILIARIES.has(next);
    }
    return false;
  }

  /**
   * The vanishing verb at `start` has a thing as its subject: "the files disappeared", "the papers pertaining to the
   * case reportedly vanished". The thing may carry a phrase after it ("of", "pertaining to") but no relative,
   * complement or pronoun that would give the verb another subject ("files showing that he disappeared").
   */
  private thingVanished(start: number): boolean {
    const ws = this.words;
    if (!VANISH_VERBS.has(ws[start]?.lower ?? '')) return false;
    const clause = ws[start]!.clause;
    let j = start - 1;
    while (
      j >= 0 &&
      (/ly$/.test(ws[j]!.lower) || ['had', 'has', 'have', 'also', 'almost', 'nearly'].includes(ws[j]!.lower))
    )
      j--;
    for (let k = j; k >= 0 && start - k <= THING_SUBJECT_REACH && ws[k]!.clause === clause; k--) {
      const w = ws[k]!.lower;
      if (OTHER_SUBJECT_OPENERS.has(w) || PERSON_RELATIVES.has(w)) return false;
      if (!VANISHING_THINGS.has(w)) continue;
      if (k !== j && !THING_MODIFIER_OPENERS.has(ws[k + 1]?.lower ?? '')) return false;
      for (let r = k - 1; r >= 0 && k - r <= THING_RELATIVE_REACH && ws[r]!.clause === clause; r--)
        if (RELATIVES.has(ws[r]!.lower)) return false;
      return true;
    }
    return false;
  }

  /**
   * The cue at `start` follows "involved" or "including" (an adverb may come between) that names the kind of an
   * offence noun: "crimes involving murder", "the crimes, which often involved murder". The offence is marked as
   * suspected or alleged, or the sentence is about a trial, charge or accusation before it.
   */
  private kindOfSuspectedCrime(start: number, clause: number): boolean {
    const ws = this.words;
    const adverb = (i: number): boolean =>
      KIND_ADVERBS.has(ws[i]?.lower ?? '') || /ly$/.test(ws[i]?.lower ?? '');
    let j = start - 1;
    if (adverb(j)) j--;
    if (!KIND_VERBS.has(ws[j]?.lower ?? '') || ws[j]!.clause !== clause) return false;
    j--;
    if (adverb(j)) j--;
    if (RELATIVES.has(ws[j]?.lower ?? '') && !RELATIVES_OF_PERSONS.has(ws[j]!.lower)) j--;
    const noun = j;
    if (!OFFENCE_NOUNS.has(ws[noun]?.lower ?? '')) return false;
    if (this.hasAny(Math.max(0, noun - 2), noun, SUSPICION_WORDS)) return true;
    return this.court.some((c) => c.end <= noun && DEFENDANT_COURT_RULES.has(c.phrase.payload.rule));
  }

  /**
   * The passive killing at [start, end) has an actor phrase as its subject ("a police officer was killed", "rebels
   * were injured or killed"), no agent after it ("by ...") and no other actor anywhere in the sentence.
   */
  private agentAsVictim(start: number, end: number): boolean {
    const ws = this.words;
    let j = start - 1;
    // "injured or killed", "shot and killed": a participle coordinated before the cue.
    if (SERIES_LINKS.has(ws[j]?.lower ?? '') && /ed$/.test(ws[j - 1]?.lower ?? '')) j -= 2;
    while (j >= 0 && /ly$/.test(ws[j]!.lower)) j--;
    if (!PASSIVE_AUXILIARIES.has(ws[j]?.lower ?? '')) return false;
    if (ws[j]!.lower === 'been' && ['had', 'have', 'has'].includes(ws[j - 1]?.lower ?? '')) j--;
    const subject = this.actors.find((a) => a.end === j);
    if (!subject || this.actors.some((a) => a !== subject)) return false;
    return !this.hasWord(end, Math.min(ws.length, end + BY_AGENT_WINDOW), 'by');
  }

  /**
   * The cue sits in a relative clause set off by commas (", who ... ,") whose subject is then the object of a
   * court event: ", who ordered the killings, was sentenced", ", whom witnesses accused of torture, was acquitted".
   */
  private describesDefendant(start: number, end: number): boolean {
    const ws = this.words;
    let who = -1;
    for (let j = start - 1; j >= 0 && start - j <= DEFENDANT_REACH; j--) {
      if (RELATIVES_OF_PERSONS.has(ws[j]!.lower) && ws[j]!.punctBefore.includes(',')) {
        who = j;
        break;
      }
      if (ws[j]!.punctBefore.includes(',') || ws[j]!.punctBefore.includes(';')) return false;
    }
    if (who < 0) return false;
    for (let k = end; k < ws.length && k - end <= DEFENDANT_REACH; k++) {
      const w = ws[k]!;
      if (!w.punctBefore.includes(',')) continue;
      // "an officer, who shot a protester in May, was charged": an abuse dated to a month of the report year is fresh.
      if (this.hasAny(who, k, MONTH_WORDS)) return false;
      let v = k;
      while (v < k + 3 && (BE.has(ws[v]?.lower ?? '') || ws[v]?.lower === 'had' || ws[v]?.lower === 'been'))
        v++;
      if (ws[v] && (/ly$/.test(ws[v]!.lower) || ws[v]!.lower === 'also')) v++;
      // "a student, who was beaten by police, was arrested": an arrest follows what was done to the person too; only
      // an act the arrested person did ("who helped plan the killing") is what the arrest is for.
      const suffered = BE.has(ws[who + 1]?.lower ?? '') || ws[who + 1]?.lower === 'had';
      if (ws[v]?.lower === 'arrested' && suffered) return false;
      return v > k && DEFENDANT_VERBS.has(ws[v]?.lower ?? '');
    }
    return false;
  }

  /**
   * Whether a hedge inside a refoulement cue governs the return rather than the danger: it comes
   * before the cue's first return word with no danger word between ("refugees who feared deportation",
   * "migrants awaiting removal"), not after it ("deported although they risked persecution") nor on
   * the danger ("refugees who feared persecution were deported").
   */
  private hedgesReturn(hedgeStart: number, hedgeEnd: number, start: number, end: number): boolean {
    const ws = this.words;
    let first = -1;
    for (let j = start; j < end; j++) {
      if (RETURN_WORDS.has(ws[j]?.stem ?? '')) {
        first = j;
        break;
      }
    }
    if (first < hedgeStart) return false;
    for (let j = hedgeEnd; j < first; j++) if (DANGER.has(ws[j]?.stem ?? '')) return false;
    return true;
  }

  /**
   * "forcibly repatriated women", "executed ..., forcibly returned asylum seekers", "those forcibly repatriated
   * after escaping abroad": the participle names people by a return that brought them into this country's hands;
   * the sentence is about what they suffer here, not a return this country carried out.
   */
  private namesReturnees(start: number, end: number): boolean {
    const ws = this.words;
    const first = ws[start];
    // "more than 2,000 refouled refugees": "refouled" alone is such a participle, the return being forced.
    const refouled = end - start === 1 && first?.lower === 'refouled';
    if (
      !refouled &&
      (first?.lower !== 'forcibly' ||
        end - start !== 2 ||
        !RETURN_PARTICIPLES.has(ws[start + 1]?.lower ?? ''))
    )
      return false;
    for (let k = end; k < end + ABROAD_REACH && k < ws.length; k++)
      if (ws[k]?.lower === 'abroad') return true;
    const next = ws[end];
    if (next && RETURN_LINKS.has(next.lower)) return false;
    if (this.returneeRelative(start)) return true;
    if (!next || next.punctBefore !== '') return false;
    const prev = ws[start - 1];
    return (
      first.punctBefore.includes(',') ||
      RETURNEE_DETERMINERS.has(prev?.lower ?? '') ||
      (prev?.isNumber === true && prev.clause === first.clause)
    );
  }

  /**
   * "asylum seekers who were forcibly returned, officials", "defectors that had been forcibly
   * repatriated suffered abuse": a relative clause whose return names no destination says who the people are, by
   * the return that brought them back into this country's hands (the caller has checked that no "to", "from" or
   * "by" follows).
   */
  private returneeRelative(start: number): boolean {
    const ws = this.words;
    if (!HOME_RETURNS.has(ws[start + 1]?.lower ?? '')) return false;
    let j = start - 1;
    while (RETURNEE_AUXILIARIES.has(ws[j]?.lower ?? '')) j--;
    return j < start - 1 && RETURNEE_RELATIVES.has(ws[j]?.lower ?? '');
  }

  /**
   * "forcibly returned to the country": in these reports "the country" is the one reported on, so the
   * persons were brought back into it (from abroad), not sent from it to danger. "To the country of
   * origin", "to the country where they faced ..." name a destination abroad.
   */
  private returnedHere(end: number): boolean {
    const ws = this.words;
    // "repatriated from Lakemoor", "deported by Lakemoor", "returned from other countries": another country sent
    // them back into this one.
    const link = ws[end]?.lower;
    const source = ws[end + 1];
    if (
      (link === 'from' || link === 'by') &&
      source?.capitalised &&
      source.punctBefore === '' &&
      !this.actors.some((a) => a.start === end + 1)
    )
      return true;
    if (fromUnnamedPlaceAbroad(ws, end)) return true;
    // "police forcibly returned her to her family": a return to a home is no crossing of a border.
    const home = OBJECT_PRONOUNS.has(ws[end]?.lower ?? '') ? end + 1 : end;
    if (
      ws[home]?.lower === 'to' &&
      POSSESSIVES.has(ws[home + 1]?.lower ?? '') &&
      HOME_DESTINATIONS.has(ws[home + 2]?.lower ?? '')
    )
      return true;
    const at = ws[end - 1]?.lower === 'to' ? end - 1 : end;
    if (ws[at]?.lower !== 'to' || ws[at + 1]?.lower !== 'the') return false;
    // "UNHCR pressed for refugees to go back to the camp": a place inside the country.
    if (this.internalPlaceAt(at)) return true;
    if (ws[at + 2]?.lower !== 'country') return false;
    const next = ws[at + 3];
    return !DESTINATION_LINKS.has(next?.lower ?? '');
  }

  /**
   * The cue leads "to prison" or "to the jail", and no place abroad ("in Ostmark") follows it: the person is put in a
   * prison here. "Returned to detention centres where they faced abuse" is left alone: migrants intercepted at sea are
   * taken back to camps across the water.
   */
  private sentToHolding(start: number, end: number): boolean {
    const ws = this.words;
    for (let j = start + 1; j <= end && j < ws.length; j++) {
      if (ws[j]!.lower !== 'to' || ws[j]!.punctBefore !== '') continue;
      const at = DESTINATION_DETERMINERS.has(ws[j + 1]?.lower ?? '') ? j + 2 : j + 1;
      if (!PRISON_ONLY.has(ws[at]?.stem ?? '')) continue;
      return !this.outOfScope.some((m) => m.phrase.payload.rule.startsWith('abroad') && m.start > at);
    }
    return false;
  }

  /**
   * "employers forced workers to return to plantations", "soldiers returned the villagers to their fields": the
   * return the cue names leads to a place inside the country, so it crosses no border, whoever orders it.
   */
  private returnedWithin(start: number, end: number): boolean {
    const ws = this.words;
    const r = this.firstReturnWord(start, end);
    if (r === end) return false;
    for (let k = r + 1; k < ws.length && k - r <= RETURN_OBJECT_REACH + 1; k++) {
      if (ws[k]!.punctBefore !== '') return false;
      if (ws[k]!.lower === 'to') return this.internalPlaceAt(k);
    }
    return false;
  }

  /**
   * "In October, Ostmark confirmed it had returned four refugees", "Ostmark deported the dissidents": another state
   * is the subject of the return, so it sent them into this country; this country returned no one.
   */
  private returnedByStateAbroad(start: number, end: number): boolean {
    const ws = this.words;
    const r = this.firstReturnWord(start, end);
    if (r === end) return false;
    return this.statesAbroad.some(
      (m) =>
        m.end <= r &&
        r - m.end <= RETURNER_LINK_REACH &&
        ws[m.start]?.clause === ws[r]?.clause &&
        ws
          .slice(m.end, r)
          .every((w) => !w.punctBefore && (RETURNER_LINKS.has(w.lower) || /ly$/.test(w.lower))),
    );
  }

  /**
   * The first arrest noun of the cue at [start, end) follows "without", perhaps after a quantity word ("without any
   * arrests", "without mass arrests"). A bare singular ("held without arrest or charge") is a holding with no formal
   * arrest, and an "arrest warrant" is a document, so neither counts.
   */
  private arrestsDenied(start: number, end: number): boolean {
    const ws = this.words;
    let a = start;
    while (a < end && !ARREST_NOUNS.has(ws[a]?.lower ?? '')) a++;
    if (a >= end || WARRANTS.has(ws[a + 1]?.lower ?? '')) return false;
    let modified = false;
    let j = a - 1;
    while (j >= 0 && a - j <= WITHOUT_ARREST_REACH && WITHOUT_ARREST_MODIFIERS.has(ws[j]!.lower)) {
      if (ws[j + 1]!.punctBefore.trim() !== '' && ws[j + 1]!.punctBefore !== '-') return false;
      modified = true;
      j--;
    }
    if (ws[j]?.lower !== 'without' || ws[j + 1]!.punctBefore.includes(',')) return false;
    return modified || /s$/.test(ws[a]!.lower);
  }

  /** The first return word of the cue at [start, end) follows "subject to": a return people are liable to. */
  private liableToReturn(start: number, end: number): boolean {
    const ws = this.words;
    const first = this.firstReturnWord(start, end);
    if (first >= end) return false;
    // "subject to summary deportation": one modifier may stand between.
    const to = ws[first - 1]?.lower === 'to' ? first - 1 : first - 2;
    return ws[to]?.lower === 'to' && ws[to - 1]?.lower === 'subject';
  }

  /** Index of the first word in [start, end) that names the return itself, or `end`. */
  private firstReturnWord(start: number, end: number): number {
    let r = start;
    while (r < end && !RETURN_WORDS.has(this.words[r]?.stem ?? '')) r++;
    return r;
  }

  /** The "to" at `to` leads to a place inside the country ("to the camp", "to their villages"), not one abroad. */
  private internalPlaceAt(to: number): boolean {
    const ws = this.words;
    const at = DESTINATION_DETERMINERS.has(ws[to + 1]?.lower ?? '') ? to + 2 : to + 1;
    if (!INTERNAL_DESTINATIONS.has(ws[at]?.lower ?? '') || COUNTRY_NOUNS.has(ws[at + 1]?.lower ?? ''))
      return false;
    return !this.outOfScope.some(
      (m) =>
        m.phrase.payload.rule.startsWith('abroad') && m.start > at && m.start - at <= INTERNAL_ABROAD_REACH,
    );
  }

  /**
   * The abuse word at `last` is an item of the causes or parts of "conditions" named earlier in its clause:
   * "conditions were harsh due to ...", "conditions were harsh and included ...". The last word, because a gapped
   * cue may begin before the link ("prisons due to overcrowding, violence, physical abuse").
   */
  private causeOfConditions(last: number, clause: number): boolean {
    const ws = this.words;
    for (let k = last - 1; k >= 1 && last - k <= CAUSE_LIST_REACH; k--) {
      if (ws[k]?.clause !== clause) return false;
      if (
        !CAUSE_LINKS.has(`${ws[k - 1]?.lower ?? ''} ${ws[k]?.lower ?? ''}`) &&
        !PART_LINKS.has(ws[k]?.lower ?? '')
      )
        continue;
      for (let j = k - 2; j >= 0 && ws[j]?.clause === clause; j--) if (ws[j]?.stem === CONDITION) return true;
      return false;
    }
    return false;
  }

  /**
   * "migrants who requested asylum", "an intention to seek asylum": a person who asks for asylum claims a danger at
   * home, so returning them without hearing the claim is the denial of asylum with return that refoulement names.
   */
  private soughtAsylum(i: number): boolean {
    if (this.words[i]?.lower !== 'asylum') return false;
    for (let j = i - 1; j >= 0 && i - j <= ASYLUM_VERB_REACH; j--) {
      if (!SEEKING_ASYLUM.has(this.words[j]?.lower ?? '')) continue;
      // "the ones who never applied for asylum were sent back": no claim, so no danger is claimed.
      const before = `${this.words[j - 2]?.lower ?? ''} ${this.words[j - 1]?.lower ?? ''}`.split(' ');
      return !before.some((w) => NOT_SEEKING.has(w));
    }
    return false;
  }

  /**
   * "returned without any possibility to access the asylum procedure", "pushed back without assessing their
   * protection needs", "persons in need of international protection": a return that shuts out the asylum claim,
   * or of people said to need protection, is the return to danger that refoulement names (LABELLING.md: denial of
   * access to asylum with forced return).
   */
  private protectionDenied(i: number): boolean {
    const ws = this.words;
    const w = ws[i]?.lower;
    if (w !== 'asylum' && w !== 'protection') return false;
    // "without seeking asylum" says no claim was made; "without access to asylum" says the claim was shut out.
    let access = false;
    for (let j = i - 1; j >= 0 && i - j <= DENIED_ACCESS_REACH; j--) {
      if (ws[j + 1]?.punctBefore) return false;
      if (DENYING.has(ws[j]?.lower ?? '')) return access;
      if (ACCESS_WORDS.has(ws[j]?.lower ?? '')) access = true;
    }
    return false;
  }

  /**
   * "deported a UNHCR-recognized refugee", "returned an activist who had lived as a refugee abroad": a person whose
   * claim to fear danger at home was heard and granted is sent back to that danger.
   */
  private grantedRefugee(i: number): boolean {
    if (this.words[i]?.lower !== 'refugee') return false;
    for (let j = i - 1; j >= 0 && i - j <= GRANTED_STATUS_REACH; j--) {
      const w = this.words[j]!.lower;
      if (GRANTED_STATUS.has(w)) return w !== 'as' || this.words[j + 1]?.lower === 'a';
    }
    return false;
  }

  /**
   * "rejected asylum seekers", "failed asylum seekers": their claims were heard and refused, so being an asylum
   * seeker no longer stands for the danger a return would bring.
   */
  private assessedClaim(i: number): boolean {
    const ws = this.words;
    const w = ws[i];
    // "asylum seekers whose claims were rejected": the claim itself, heard and refused, names no danger either.
    if (CLAIM_NOUNS.has(w?.lower ?? '') && ws[i - 1]?.lower === 'whose') return this.refusedFrom(i + 1);
    if (w?.lower !== 'seeker' && w?.lower !== 'seekers') return false;
    const before = ws[i - 1]?.lower === 'asylum' ? i - 2 : i - 1;
    if (ASSESSED.has(ws[before]?.lower ?? '')) return true;
    return ws[i + 1]?.lower === 'whose' && CLAIM_NOUNS.has(ws[i + 2]?.lower ?? '') && this.refusedFrom(i + 3);
  }

  /** "were rejected", "had been denied": a refusal within a few words from `from`. */
  private refusedFrom(from: number): boolean {
    for (let k = from; k < from + REFUSAL_REACH; k++)
      if (ASSESSED.has(this.words[k]?.lower ?? '')) return true;
    return false;
  }

  /**
   * "expelled hundreds of the country's migrant workers", "deported its own citizens": the people returned are
   * this country's nationals, sent back into it by another state; they are not refugees it sent to danger.
   */
  private ownNationals(start: number, end: number): boolean {
    const ws = this.words;
    for (let j = start; j < end + OWN_NATIONALS_REACH && j < ws.length; j++) {
      const owner =
        (ws[j]?.lower === 'country' && ws[j + 1]?.lower === 's') ||
        (ws[j]?.lower === 'its' && ws[j + 1]?.lower === 'own');
      if (!owner) continue;
      if (PEOPLE.has(ws[j + 2]?.lower ?? '') || PEOPLE.has(ws[j + 3]?.lower ?? '')) return true;
    }
    return false;
  }

  /** "to prevent his disappearance", "averting the killing": the cue at `start` is what a preventing verb governs. */
  private preventedHarm(start: number): boolean {
    const ws = this.words;
    let v = ARREST_POSSESSORS.has(ws[start - 1]?.lower ?? '') ? start - 2 : start - 1;
    // "guidelines to prevent 'encounter' deaths", "to prevent further killings": one word may qualify the harm.
    if (
      !PREVENTING.has(ws[v]?.lower ?? '') &&
      v === start - 1 &&
      /^[a-z]+$/.test(ws[v]?.lower ?? '') &&
      !NOT_HARM_MODIFIERS.has(ws[v]?.lower ?? '')
    )
      v--;
    if (!PREVENTING.has(ws[v]?.lower ?? '')) return false;
    for (let j = v - 1; j >= 0 && v - j <= FAILED_PREVENTION_REACH; j--)
      if (FAILED_PREVENTION.has(ws[j]!.lower)) return false;
    return true;
  }

  /**
   * "accused the pair of trying to escape and shot them": the attempt is the victim's, and a past-tense verb
   * joined by "and" after it reports what was then done to them.
   */
  private actedAfterAttempt(h: PhraseMatch<Rule>, start: number): boolean {
    if (!ATTEMPT_RULES.has(h.phrase.payload.rule)) return false;
    // "attempted to silence critics through other means, including holding activists in detention": what the
    // attempt was made by or through was done; only the aim after "to" may have failed.
    if (h.phrase.payload.rule === 'attempt')
      for (let j = h.end + 1; j < start; j++) if (ATTEMPT_MEANS.has(this.words[j]!.lower)) return true;
    for (let j = h.end; j < start; j++) {
      if (this.words[j]?.lower !== 'and') continue;
      let k = j + 1;
      while (AFTER_AND_SKIP.has(this.words[k]?.lower ?? '')) k++;
      const next = this.words[k]?.lower ?? '';
      if (/ed$/.test(next) || PAST_IRREGULAR.has(next)) return true;
    }
    return false;
  }

  /**
   * "three inmates died in prison", "106 individuals had died in detention", "deaths in prisons", "died of
   * cholera in prison": several victims, or a cause of death, make a death in custody a fact about the
   * conditions. "He died in prison in May" alone does not.
   */
  private severalOrCaused(start: number, end: number, clause: number): boolean {
    const ws = this.words;
    if (ws[start]?.lower.startsWith('death')) return true;
    let j = start - 1;
    while (DEATH_AUXILIARIES.has(ws[j]?.lower ?? '')) j--;
    const subject = ws[j];
    if (subject && !subject.capitalised && /[^s]s$/.test(subject.lower) && subject.clause === clause)
      return true;
    if (subject && NUMBER_WORDS.has(subject.lower)) return true;
    for (let k = end; k < ws.length && k - end <= DEATH_CAUSE_REACH; k++) {
      const w = ws[k];
      if (!w || w.clause !== clause) break;
      if (DEATH_CAUSE_LINKS.has(w.lower)) return true;
    }
    return false;
  }

  /** A place or state of detention is named; a "cell phone" is no cell. */
  private namesPlace(): boolean {
    return (
      this.words.some((w, i) => PLACES.has(w.stem) && !PHONES.has(this.words[i + 1]?.lower ?? '')) ||
      this.conditionsLabel()
    );
  }

  /**
   * "Physical Conditions: ..." is the run-in label the reports give to the state of prisons and detention centres:
   * what follows it is said of places of detention.
   */
  private conditionsLabel(): boolean {
    const ws = this.words;
    return (
      ws[0]?.lower === 'physical' &&
      ws[1]?.lower === 'conditions' &&
      ws[0].capitalised &&
      ws[1].capitalised &&
      (ws[2]?.punctBefore.includes(':') ?? false)
    );
  }

  /**
   * The cue's abuse word is "human rights abuses" (abuses of every kind) after the place or person of detention
   * ("prison sentences for human rights abuses"), "abusive (physical) conditions" (the conditions of detention), or the
   * abuse of drugs or alcohol.
   */
  private genericAbuse(start: number, end: number): boolean {
    const ws = this.words;
    for (const at of [start, end - 1]) {
      const w = ws[at];
      if (w?.stem !== ABUSE) continue;
      // "human rights abuses against detainees" still names abuse of the detainees.
      if (ws[at - 1]?.lower === 'rights' && at > start) return true;
      const next = ws[at + 1]?.lower === 'physical' ? ws[at + 2] : ws[at + 1];
      if (w.lower === 'abusive' && next?.stem === CONDITION) return true;
      // "charges of abuse of power", "abuse of office": an offence of office, not ill-treatment of a person.
      if (ws[at + 1]?.lower === 'of' && OFFICE_ABUSED.has(ws[at + 2]?.lower ?? '')) return true;
      // "drug abuse was common in the prisons", "abuse of alcohol among inmates": the inmates' own use of a substance.
      if (SUBSTANCES_ABUSED.has(ws[at - 1]?.lower ?? '')) return true;
      if (ws[at + 1]?.lower === 'of' && SUBSTANCES_ABUSED.has(ws[at + 2]?.lower ?? '')) return true;
    }
    return false;
  }

  /** A state actor, not named as a place or an addressee, stands in the clause. */
  private stateInClause(clause: number): boolean {
    return this.actors.some(
      (a) =>
        a.phrase.payload.actor === 'state' && this.clauseOf(a) === clause && !this.namesPlaceOrAddressee(a),
    );
  }

  /** The cue itself names torture or cruel, inhuman or degrading treatment or punishment. */
  private tortureProper(start: number, end: number): boolean {
    for (let j = start; j < end; j++) if (TORTURE_PROPER.has(this.words[j]?.stem ?? '')) return true;
    return false;
  }

  /**
   * "inmate-on-inmate assault", "prisoner-on-prisoner violence": the cue at [start, end) is violence between inmates
   * (the pair opens the cue, stands right before it, or right before its last word).
   */
  private inmateOnInmate(start: number, end: number): boolean {
    const ws = this.words;
    const pairAt = (j: number) =>
      INMATE_NOUNS.has(ws[j]?.lower ?? '') &&
      ws[j + 1]?.lower === 'on' &&
      INMATE_NOUNS.has(ws[j + 2]?.lower ?? '');
    return pairAt(start) || pairAt(start - 3) || pairAt(end - 4);
  }

  /**
   * Inmates are the agents of the violent act at [start, end): a participle followed by "by" and an inmate noun
   * ("was beaten by fellow prisoners"), with no state agent among those named, or an act whose subject and object
   * are both inmates ("two inmates reportedly assaulted another inmate"). Only participles take the "by" agent:
   * "complaints of torture by detainees" are complaints the detainees made.
   */
  private inmatesActed(start: number, end: number, clause: number): boolean {
    const ws = this.words;
    const last = ws[end - 1]?.lower ?? '';
    if (/(?:ed|en)$/.test(last)) {
      const agent = this.outOfScope.find(
        (m) =>
          m.phrase.payload.rule === 'inmate-agent' &&
          this.clauseOf(m) === clause &&
          m.start >= end &&
          m.start - end <= PRIVATE_AGENT_WINDOW &&
          this.hasWord(end, m.start, 'by'),
      );
      if (
        agent &&
        !this.actors.some(
          (a) =>
            a.phrase.payload.actor === 'state' &&
            a.start >= end &&
            a.start <= agent.end + PRIVATE_AGENT_WINDOW,
        )
      )
        return true;
    }
    const subject = /ly$/.test(ws[start - 1]?.lower ?? '') ? start - 2 : start - 1;
    return INMATE_NOUNS.has(ws[subject]?.lower ?? '') && INMATE_NOUNS.has(last);
  }

  /**
   * The cue stands in the subject "information|data|statistics|figures on|about ..." of a clause whose predicate is
   * "was|were not available" or "was|were unavailable": "data on abuse in the cells were unavailable".
   */
  private topicOfMissingData(start: number, end: number, clause: number): boolean {
    const ws = this.words;
    let topic = -1;
    for (let j = start - 1; j >= 1 && start - j <= DATA_TOPIC_REACH; j--) {
      if (ws[j]?.clause !== clause) return false;
      if (TOPIC_LINKS.has(ws[j]?.lower ?? '') && DATA_NOUNS.has(ws[j - 1]?.lower ?? '')) {
        topic = j;
        break;
      }
    }
    if (topic < 0) return false;
    for (let j = end; j < ws.length && j - end <= DATA_TOPIC_REACH; j++) {
      if (ws[j]?.clause !== clause) return false;
      if (ws[j]?.lower !== 'was' && ws[j]?.lower !== 'were') continue;
      const next = ws[j + 1]?.lower;
      return next === 'unavailable' || (next === 'not' && ws[j + 2]?.lower === 'available');
    }
    return false;
  }

  /**
   * "murder-for-hire charges", "murder and money laundering charges": the offence names a kind of charge, with
   * "for hire" or another offence joined by "and" between it and the charge noun. Returns where the noun stands, or -1.
   */
  private chargesAfterOffence(end: number, clause: number): number {
    const ws = this.words;
    let j = end;
    if (ws[j]?.lower === 'for' && ws[j + 1]?.lower === 'hire') j += 2;
    if (ws[j]?.lower === 'and' || ws[j]?.lower === 'or') {
      const from = j;
      while (j - from <= OFFENCE_JOIN_REACH && ws[j] && !CHARGE_NOUNS_ONLY.has(ws[j]!.lower)) {
        if (ws[j]!.isNumber || ws[j]!.punctBefore !== '' || ws[j]!.clause !== clause) return -1;
        j++;
      }
    }
    return j > end && CHARGE_NOUNS_ONLY.has(ws[j]?.lower ?? '') && ws[j]?.punctBefore === '' ? j : -1;
  }

  /**
   * "faced risks on their return, including disappearance, torture and death in custody": the
   * cue is an item of an "including" list that opens within the hedge's reach, so the hedge spans it as it spans the
   * first item.
   */
  private listedUnderHedge(hedgeEnd: number, start: number): boolean {
    const ws = this.words;
    for (let j = start - 1; j >= hedgeEnd && start - j <= COUNT_LIST_REACH; j--) {
      const w = ws[j];
      if (!w || w.clause !== ws[start]?.clause || TOPIC_LIST_BREAKS.has(w.lower)) return false;
      if (w.lower === 'including') return j - hedgeEnd <= HYPOTHETICAL_WINDOW;
    }
    return false;
  }

  /** The cue opens on "released" or "freed" and what it says was released is a report, statement or data. */
  private releasedDocument(start: number, end: number): boolean {
    const ws = this.words;
    if (ws[start]?.stem !== RELEASE && ws[start]?.lower !== 'freed') return false;
    for (let i = start + 1; i < end; i++) {
      const w = ws[i]!.lower;
      if (SOURCE_NOUNS.has(w) || w === 'statement' || w === 'statements') return true;
    }
    return false;
  }

  /**
   * The cue at `start` is an item of a list of topics ("published articles on topics including the jailing of
   * journalists, disappearances, and police abuse"): a topic noun, then a word that opens the list, then only list
   * items up to the cue.
   */
  private listedTopic(start: number, clause: number): boolean {
    const ws = this.words;
    let opened = false;
    for (let j = start - 1; j >= 0 && start - j <= TOPIC_LIST_REACH; j--) {
      const w = ws[j];
      if (!w || w.clause !== clause) return false;
      if (TOPIC_NOUNS.has(w.lower)) return opened;
      if (TOPIC_LIST_OPENERS.has(w.lower)) opened = true;
      else if (!opened && TOPIC_LIST_BREAKS.has(w.lower)) return false;
    }
    return false;
  }

  /**
   * The cue at `start` is the object of a verb that bans or defines it in law ("specifically banning torture",
   * "criminalizing enforced disappearance"), or of "constitute" after the acts a law covers ("the conduct that
   * constitutes torture").
   */
  private lawObject(start: number): boolean {
    const ws = this.words;
    const at = /ly$/.test(ws[start - 1]?.lower ?? '') ? start - 2 : start - 1;
    const verb = ws[at]?.lower ?? '';
    if (LAW_OBJECT_VERBS.has(verb)) return true;
    return (
      (verb === 'constitute' || verb === 'constitutes') &&
      RELATIVES.has(ws[at - 1]?.lower ?? '') &&
      CONDUCT_NOUNS.has(ws[at - 2]?.lower ?? '')
    );
  }

  /**
   * The cue at `start` follows the "of" of an active "accuse" with its object between ("accusing the driver of", "accused
   * two herders of"). An actor as the object ("accused soldiers of", "accused the militia of") makes it an allegation of
   * abuse, as does a passive with its agent ("was accused by police of").
   */
  private accusedObject(start: number): boolean {
    const ws = this.words;
    if (ws[start - 1]?.lower !== 'of') return false;
    for (let j = start - 2; j >= 0 && start - j <= ACCUSED_REACH; j--) {
      if (ws[j + 1]?.punctBefore) return false;
      if (!ACCUSE_FORMS.has(ws[j]!.lower)) continue;
      return j < start - 2 && !this.actors.some((a) => a.start > j && a.start < start - 1);
    }
    return false;
  }

  /**
   * The cue at `start` follows "such as" or "like" after an offence noun that is the object of "for", with at most
   * OFFENCE_CLASS_MODIFIERS words between ("for analogous serious crimes, such as", "for offences like").
   */
  private offenceClassExample(start: number): boolean {
    const ws = this.words;
    const link = ws[start - 1]?.lower === 'like' ? start - 1 : start - 2;
    if (link === start - 2 && (ws[start - 1]?.lower !== 'as' || ws[start - 2]?.lower !== 'such'))
      return false;
    const noun = link - 1;
    if (!OFFENCE_NOUNS.has(ws[noun]?.lower ?? '')) return false;
    for (let j = noun - 1; j >= Math.max(0, noun - 1 - OFFENCE_CLASS_MODIFIERS); j--) {
      if (ws[j + 1]?.punctBefore) return false;
      if (ws[j]?.lower === 'for') return true;
    }
    return false;
  }

  /**
   * The cue names the abuse that befell people a service is given to ("support to survivors of sexual violence", "a
   * centre for children who were victims of abuse such as rape"), and no agent of it follows ("victims of beatings by
   * soldiers" names who did it).
   */
  private servedVictims(start: number, end: number): boolean {
    const ws = this.words;
    const segment = ws[start]?.segment;
    let noun = -1;
    for (let j = start - 1; j >= 1 && start - j <= VICTIM_CLASS_REACH; j--) {
      if (ws[j]?.segment !== segment) return false;
      if (ws[j]?.lower === 'of' && VICTIM_CLASS_NOUNS.has(ws[j - 1]?.lower ?? '')) {
        noun = j - 1;
        break;
      }
    }
    if (noun < 0) return false;
    if (ws[end]?.lower === 'by' || ws[end + 1]?.lower === 'by') return false;
    // "on the day in support of torture victims the lawyer said her firm took 900 cases of victims of torture": help named
    // for other victims, or before a clause of its own, is not given to these.
    for (let j = noun - 1; j >= 0 && noun - j <= VICTIM_SERVICE_REACH; j--) {
      const w = ws[j]!;
      if (w.segment !== segment || VICTIM_CLASS_NOUNS.has(w.lower) || w.lower === 'that') return false;
      if (VICTIM_SERVICES.has(w.lower)) return true;
    }
    return false;
  }

  /** The one-word cue is a noun naming its survivors: "torture survivors", "survivors of torture". */
  private survivorClass(start: number, end: number): boolean {
    const ws = this.words;
    if (end - start !== 1) return false;
    return (
      SURVIVOR_NOUNS.has(ws[end]?.lower ?? '') ||
      (ws[start - 1]?.lower === 'of' && SURVIVOR_NOUNS.has(ws[start - 2]?.lower ?? ''))
    );
  }

  /** The sentence tells of people captured or held: a place of detention, or words of capture and captivity. */
  private namesCaptivity(): boolean {
    return this.namesPlace() || this.words.some((w) => CAPTIVITY.has(w.stem));
  }

  /**
   * A lone "negligence" or "neglect" named as a crime: "criminal negligence", "those for negligence", an item of
   * "offences such as theft or negligence", or what a charge names ("charged with causing death by negligence").
   */
  private negligenceOffence(start: number, end: number): boolean {
    const ws = this.words;
    if (end - start !== 1 || !NEGLIGENCE_WORDS.has(ws[start]?.lower ?? '')) return false;
    const prev = ws[start - 1]?.lower ?? '';
    if (prev === 'criminal' || (prev === 'for' && ws[start - 2]?.lower === 'those')) return true;
    for (let i = start - 1; i >= Math.max(1, start - OFFENCE_LIST_REACH); i--) {
      if (ws[i]?.clause !== ws[start]?.clause) return false;
      // "misdemeanour charges of causing death through negligence": the offence a charge or verdict names.
      if (NEGLIGENCE_CHARGES.has(ws[i]!.lower) && CRIME_LINKS.has(ws[i + 1]?.lower ?? '')) return true;
      const linked = ws[i]?.lower === 'like' || (ws[i]?.lower === 'as' && ws[i - 1]?.lower === 'such');
      if (linked) return OFFENCE_NOUNS.has(ws[i - (ws[i]?.lower === 'as' ? 2 : 1)]?.lower ?? '');
    }
    return false;
  }

  /**
   * A cue that runs from "years in prison for" to the sexual abuse after it names the crime of a prison term; inmates
   * "in prison for theft" who suffered sexual abuse there serve no term the sentence counts.
   */
  /** "arrested on a judicial warrant", "detained under a court warrant": a warrant named right after the arrest. */
  private onWarrant(end: number): boolean {
    const ws = this.words;
    if (!WARRANT_LINKS.has(ws[end]?.lower ?? '')) return false;
    for (let j = end + 1; j <= end + WARRANT_REACH; j++) if (WARRANTS.has(ws[j]?.lower ?? '')) return true;
    return false;
  }

  /** "three weeks in jail for slapping", "ten years' imprisonment for the killing": the cue follows a prison term's "for". */
  private punishedByTerm(start: number): boolean {
    const ws = this.words;
    let at = start - 1;
    if (ARTICLES.has(ws[at]?.lower ?? '')) at--;
    if (ws[at]?.lower !== 'for') return false;
    if (ws[at - 1]?.lower === 'imprisonment') return TERM_UNITS.has(ws[at - 2]?.lower ?? '');
    return (
      PRISON_ONLY.has(ws[at - 1]?.stem ?? '') &&
      ws[at - 2]?.lower === 'in' &&
      TERM_UNITS.has(ws[at - 3]?.lower ?? '')
    );
  }

  private prisonTermOffence(start: number, end: number): boolean {
    const ws = this.words;
    for (let i = start; i + 1 < end; i++) {
      if (!PRISON_ONLY.has(ws[i]?.stem ?? '') || ws[i + 1]?.lower !== 'for' || ws[i - 1]?.lower !== 'in')
        continue;
      if (!TERM_UNITS.has(ws[i - 2]?.lower ?? '')) continue;
      for (let j = i + 2; j < end; j++) if (ws[j]?.stem === SEXUAL) return true;
    }
    return false;
  }

  /** Sexual abuse told of a prison with no agent and no custody of the police or army: abuse between inmates. */
  private inmateSexualAbuse(): boolean {
    const ws = this.words;
    return (
      ws.some((w) => w.stem === SEXUAL) &&
      ws.some((w) => PRISON_ONLY.has(w.stem)) &&
      !ws.some((w) => CUSTODY_WORDS.has(w.stem))
    );
  }

  /**
   * An actor is the agent of the cue at [start, end): "assaulted by police", "sexual violence by armed
   * groups", or its subject right before it, "soldiers raped", "police officers reportedly assaulted".
   */
  /** The actor at `at` follows "committed by" or "perpetrated by" (and an article). */
  private committedBy(at: number): boolean {
    const by = ARTICLES.has(this.words[at - 1]?.lower ?? '') ? at - 2 : at - 1;
    return this.words[by]?.lower === 'by' && COMMITTED.has(this.words[by - 1]?.lower ?? '');
  }

  private namesPerpetrator(start: number, end: number, clause: number): boolean {
    if (this.subjectedBy(start)) return true;
    return this.actors.some((a) => {
      const attributed = ATTRIBUTIONS.has(this.words[a.start - 2]?.lower ?? '');
      if (this.clauseOf(a) !== clause || (!attributed && this.namesPlaceOrAddressee(a))) return false;
      // "cases of rape attributed to soldiers" names the agent as "by soldiers" does.
      if (a.start >= end)
        return (
          (a.start - end <= BY_AGENT_WINDOW &&
            (this.hasWord(end, a.start, 'by') ||
              this.attributedTo(end, a.start) ||
              this.atHandsOf(end, a.start))) ||
          // "sexual violence cases against girls were committed by the army": "committed by" names the
          // agent of the acts however long the phrase about their victims.
          (a.start - end <= COMMITTED_BY_REACH && this.committedBy(a.start))
        );
      if (a.end > start) return false;
      const adverb = /ly$/.test(this.words[start - 1]?.lower ?? '') ? 1 : 0;
      if (start - a.end <= 1 + adverb) return true;
      // "members of the army's 21st Battalion raped": a named unit of the actor stands between it and the act.
      if (this.unitName(a.end, start - adverb)) return true;
      // "security forces were also accused of rape": the subject of "accused of" is the alleged perpetrator.
      if (this.accusedOf(a.end, start)) return true;
      // "police detained and assaulted", "soldiers stopped, searched, and raped": the actor is the subject of
      // a series of past-tense verbs that ends in the cue ("threatened and physically assaulted": an adverb
      // may qualify the cue).
      return start - a.end <= VERB_SERIES_REACH && this.onlyVerbSeries(a.end, start - adverb);
    });
  }

  /**
   * The seizure at [start, end) names an armed group after "by" as its agent: "detained by a rebel faction". The
   * active form is not enough: a group that rules a territory as a de facto authority also makes arrests there.
   */
  private armedGroupSeizes(end: number, clause: number): boolean {
    const ws = this.words;
    if (ws[end]?.lower !== 'by') return false;
    return this.actors.some(
      (a) =>
        a.phrase.payload.actor === 'non_state' &&
        this.clauseOf(a) === clause &&
        a.start > end &&
        a.start - end <= BY_AGENT_WINDOW &&
        !this.commaBetween(end, a.start) &&
        ws.slice(a.start, a.end).some((w) => ARMED_GROUP_WORDS.has(w.stem)),
    );
  }

  /**
   * The sentence names an armed group and the captivity it holds people in ("rebel captivity", "abducted by
   * ISIS"); families, gangs and other private persons who hold someone are not armed groups.
   */
  private heldByArmedGroup(): boolean {
    return (
      this.actors.some(
        (a) =>
          a.phrase.payload.actor === 'non_state' &&
          this.words.slice(a.start, a.end).some((w) => ARMED_GROUP_WORDS.has(w.stem)),
      ) && this.words.some((w) => CAPTIVITY.has(w.stem))
    );
  }

  /**
   * Words [from, to) name a unit of the actor before them: numbers and capitalised words ending in a unit noun
   * ("Army 33rd Light Infantry Division", "Police 4 Rapid Unit").
   */
  private unitName(from: number, to: number): boolean {
    if (to - from < 2 || to - from > UNIT_NAME_REACH) return false;
    const ws = this.words;
    if (!UNIT_NOUNS.has(ws[to - 1]?.lower ?? '')) return false;
    for (let j = from; j < to - 1; j++) {
      const w = ws[j]!;
      // "88th" is read as "88" and "th".
      const ordinal = ORDINAL_ENDINGS.has(w.lower) && ws[j - 1]?.isNumber === true;
      if (!(w.isNumber || w.capitalised || ordinal) || w.punctBefore !== '') return false;
    }
    return ws[to - 1]!.punctBefore === '';
  }

  /**
   * Words [from, to) link a subject to what it is accused of: "were (also) accused of", "have been accused of
   * committing", "were reportedly responsible for". Only auxiliaries and adverbs may stand beside the link.
   */
  private accusedOf(from: number, to: number): boolean {
    if (to - from > ACCUSED_REACH || to <= from) return false;
    let link = false;
    for (let j = from; j < to; j++) {
      const w = this.words[j]?.lower ?? '';
      if (ACCUSATION_LINKS.has(w)) link = true;
      else if (!ACCUSATION_FILLERS.has(w) && !/ly$/.test(w)) return false;
    }
    const last = this.words[to - 1]?.lower ?? '';
    return link && (last === 'of' || last === 'for' || last === 'committing' || last === 'perpetrating');
  }

  /**
   * "the government subjected prisoners who protested to isolation, assaults, and ...": the actor that
   * subjected the victims to the abuse inflicted it, though a relative clause may stand between them.
   */
  private subjectedBy(start: number): boolean {
    const ws = this.words;
    return this.actors.some((a) => {
      if (a.end >= start || start - a.end > SUBJECTED_REACH || !SUBJECTED.has(ws[a.end]?.lower ?? ''))
        return false;
      if (this.namesPlaceOrAddressee(a)) return false;
      let to = false;
      for (let j = a.end + 1; j <= start; j++) {
        if (ws[j]?.punctBefore.includes(';') || ws[j]?.punctBefore.includes('.')) return false;
        if (j >= a.end + 2 && j < start && ws[j]?.lower === 'to') to = true;
      }
      return to;
    });
  }

  /**
   * The act ending at `end` heads a series of past-tense verbs that goes on to a violent act: "detained and
   * tortured", "arrested, kidnapped, or killed", "detained, beaten, or raped".
   */
  private inViolentSeries(end: number): boolean {
    const ws = this.words;
    const last = Math.min(ws.length, end + VERB_SERIES_REACH);
    for (let j = end; j < last; j++) {
      if (!VIOLENT_SERIES.has(ws[j]!.lower)) continue;
      if ((j === end && ws[j]!.punctBefore.includes(',')) || this.onlyVerbSeries(end, j)) return true;
      break;
    }
    return this.violentAfterObject(end);
  }

  /**
   * "soldiers detained two herders near the river and beat them", "were arrested in May and threatened": the arrest's
   * object or time comes between it and the "and" that joins the violent act done to the same people. A comma or a
   * relative pronoun between opens another clause ("arrested a man who had beaten ...").
   */
  private violentAfterObject(end: number): boolean {
    const ws = this.words;
    const last = Math.min(ws.length, end + SERIES_OBJECT_REACH);
    for (let j = end + 1; j < last; j++) {
      const w = ws[j]!;
      if (w.punctBefore !== '' || RELATIVES.has(w.lower)) return false;
      if (w.lower === 'and')
        return VIOLENT_SERIES.has(ws[j + 1]?.lower ?? '') && ws[j + 1]!.punctBefore === '';
    }
    return false;
  }

  /** Words [from, to) hold "attributed to" or "attributable to". */
  /** "abuse at the hands of police": the actor whose hands the abuse came at is its agent, as after "by". */
  private atHandsOf(from: number, to: number): boolean {
    for (let j = from; j < to - 1; j++)
      if (this.words[j]?.lower === 'hands' && this.words[j + 1]?.lower === 'of') return true;
    return false;
  }

  private attributedTo(from: number, to: number): boolean {
    for (let j = from; j < to - 1; j++)
      if (ATTRIBUTIONS.has(this.words[j]?.lower ?? '') && this.words[j + 1]?.lower === 'to') return true;
    return false;
  }

  /**
   * "detained for a month at an unknown location", "taken to an undisclosed site": a person held where no one may know
   * is held outside the law's sight, whoever they are and whatever they are suspected of.
   */
  private heldAtUnknownPlace(clause: number): boolean {
    return this.words.some(
      (w, i) =>
        w.clause === clause &&
        HIDDEN_PLACE.has(w.lower) &&
        UNKNOWN_PLACES.has(this.words[i + 1]?.lower ?? '') &&
        PLACE_LINKS.has(this.words[i - 1]?.lower ?? ''),
    );
  }

  /** "for questioning", "for psychiatric evaluation": what the person is held for is an examination, not a crime. */
  private purposeAt(at: number): boolean {
    const ws = this.words;
    return EXAMINATIONS.has(ws[at]?.lower ?? '') || EXAMINATIONS.has(ws[at + 1]?.lower ?? '');
  }

  /** "in custody", "in police custody", "in pretrial detention": the words before `at` end in a place of holding. */
  private heldIn(at: number): boolean {
    const ws = this.words;
    if (ws[at - 1]?.lower !== 'in') return false;
    const next = ws[at]?.stem ?? '';
    if (CUSTODY_WORDS.has(next)) return true;
    return HOLDING_MODIFIERS.has(ws[at]?.lower ?? '') && CUSTODY_WORDS.has(ws[at + 1]?.stem ?? '');
  }

  /** Words [from, to) are past-tense verbs, adverbs and conjunctions only, with a conjunction last. */
  private onlyVerbSeries(from: number, to: number): boolean {
    if (!SERIES_LINKS.has(this.words[to - 1]?.lower ?? '')) return false;
    for (let j = from; j < to; j++) {
      const w = this.words[j]?.lower ?? '';
      if (!SERIES_LINKS.has(w) && !/(?:ed|ly)$/.test(w) && !PAST_IRREGULAR.has(w)) return false;
    }
    return true;
  }

  /**
   * "The army fired tear gas at the strikers; some were beaten": a state agent that opens the sentence by using
   * force on a crowd is the agent of the passive abuse told in a later clause. Other acts of the state ("police
   * arrested two men after a woman was beaten") leave the beating's agent open.
   */
  private stateForceOpensSentence(clause: number): boolean {
    const first = ARTICLES.has(this.words[0]?.lower ?? '') ? 1 : 0;
    return this.actors.some(
      (a) =>
        a.phrase.payload.actor === 'state' &&
        a.start === first &&
        this.clauseOf(a) < clause &&
        !REPORTING_LINKS.has(this.words[a.end]?.lower ?? '') &&
        !this.namesPlaceOrAddressee(a) &&
        this.words.some((w) => w.clause === this.clauseOf(a) && CROWD_FORCE.has(w.lower)),
    );
  }

  /** "a gendarmerie station", "reports to police": a state word that names a place or an addressee. */
  private namesPlaceOrAddressee(a: PhraseMatch<unknown>): boolean {
    const before = this.words[a.start - 1]?.lower ?? '';
    const after = this.words[a.end]?.lower ?? '';
    // "turned himself in to the police": an article may stand between "to" and the addressee, unless the "to" ties
    // the act or an armed group to the state ("attributed to the army", "loyal to the government").
    const addressee =
      ARTICLES.has(before) &&
      this.words[a.start - 2]?.lower === 'to' &&
      !TIED_TO.has(this.words[a.start - 3]?.lower ?? '');
    return STATE_PLACES.has(after) || before === 'to' || addressee;
  }

  /**
   * "did not consider any inmates to be political prisoners", "does not track political prisoners": a
   * negated verb of classing denies that anyone bears the label; it reports no one held.
   */
  private deniesLabel(
    start: number,
    clause: number,
    classing: ReadonlySet<string> = CLASSING,
    reach = CLASSING_REACH,
  ): boolean {
    return this.negations.some((n) => {
      if (this.clauseOf(n) !== clause || n.end > start) return false;
      for (let j = n.end; j < start && j - n.end <= reach; j++) {
        if (classing.has(this.words[j]?.stem ?? '')) return true;
      }
      return false;
    });
  }

  /**
   * "The government denied holding any political prisoners", "denied that there were political prisoners": a
   * denial reported as the sentence's news puts no one in prison. Only link words may stand between the verb and
   * the label, so "denied political prisoners access to visits" (a harm done to them) still asserts them.
   */
  private deniedHolding(start: number, clause: number): boolean {
    for (let j = start - 1; j >= 0 && start - j <= 5; j--) {
      const w = this.words[j];
      if (!w || w.clause !== clause) return false;
      if (w.stem === DENY) return j < start - 1;
      if (!DENIAL_LINKS.has(w.lower)) return false;
    }
    return false;
  }

  /** The clause names redress (a pension, compensation, damages) and its payment (received, paid, awarded). */
  private paidRedress(clause: number): boolean {
    const named = (set: ReadonlySet<string>): boolean =>
      this.words.some((w) => w.clause === clause && set.has(w.lower));
    return (named(REDRESS_NOUNS) && named(PAYMENT_VERBS)) || named(COMPENSATING);
  }

  /** "previous" or "prior" stands right before the cue, or before one word that joins it ("prior criminal"). */
  private priorBefore(start: number): boolean {
    const ws = this.words;
    if (PRIOR_WORDS.has(ws[start - 1]?.lower ?? '')) return true;
    return (
      PRIOR_WORDS.has(ws[start - 2]?.lower ?? '') && !ws[start - 1]?.punctBefore && !ws[start]?.punctBefore
    );
  }

  /**
   * The cue is a conviction or sentence ("convicted the critic", "journalist was sentenced") and the sentence names a
   * penalty that keeps no one ("fined her", "a suspended sentence", "limitation of liberty") and no arrest or holding.
   */
  private nonCustodialVerdict(start: number, end: number): boolean {
    const ws = this.words;
    if (!ws.slice(start, end).some((w) => VERDICT_WORDS.has(w.lower))) return false;
    if (
      !ws.some(
        (w, i) =>
          NON_CUSTODIAL.has(w.lower) &&
          !(w.lower === 'liberty' && !LIBERTY_LIMITS.has(ws[i - 2]?.lower ?? '')),
      )
    )
      return false;
    // "a six-month suspended prison sentence": a prison term that is suspended holds no one either.
    return !ws.some(
      (w, i) =>
        CUSTODIAL.has(w.lower) &&
        !ws.slice(Math.max(0, i - SUSPENDED_REACH), i).some((x) => x.lower === 'suspended'),
    );
  }

  /** The cue names charges or a prosecution, and the verb right after them says they were dropped or dismissed. */
  private chargesDropped(start: number, end: number): boolean {
    const ws = this.words;
    let k = start;
    while (k < end && !CHARGE_NOUNS.has(ws[k]!.lower)) k++;
    if (k === end) return false;
    const clause = ws[k]!.clause;
    for (let j = k + 1; j < ws.length && j - k <= DROPPED_REACH && ws[j]!.clause === clause; j++) {
      if (!PASSIVE_AUX_WORDS.has(ws[j]!.lower)) continue;
      return DROPPED_VERBS.has(ws[j + 1]?.lower ?? '');
    }
    return false;
  }

  /** The cue names hostages, a prison or its inmates stand in the sentence, and the hostages held are its staff. */
  private staffHostages(start: number, end: number): boolean {
    const ws = this.words;
    let hostage = -1;
    for (let j = start; j < end; j++) if (HOSTAGE_WORDS.has(ws[j]!.lower)) hostage = j;
    if (hostage < 0) return false;
    if (!ws.some((w) => PRISON_ONLY.has(w.stem) || INMATE_NOUNS.has(w.lower))) return false;
    // The staff are the object ("held six guards hostage", "took hostage 22 staff"), never the takers before it.
    for (let j = start; j <= hostage + STAFF_HOSTAGE_REACH; j++) {
      if (STAFF_NOUNS.has(ws[j]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * "Many released political prisoners faced restrictions": "released" as an adjective after a determiner
   * (not a verb with its own subject, "authorities released political prisoners") puts the detention in the past.
   */
  private releasedBefore(start: number): boolean {
    if (this.words[start - 1]?.lower !== 'released') return false;
    const before = this.words[start - 2];
    // After a comma "released" opens a new phrase: "Under the code, released political prisoners faced ...".
    return (
      before === undefined ||
      this.words[start - 1]?.punctBefore === ',' ||
      RELEASED_DETERMINERS.has(before.lower)
    );
  }

  /** The cue itself names an arrest or a detention ("illegal detention", "arrested"), which a trial can be about. */
  private namesDetention(start: number, end: number): boolean {
    for (let j = start; j < end; j++) if (DETENTION_ACTS.has(this.words[j]?.stem ?? '')) return true;
    return false;
  }

  /** The cue names a prosecution, not a detention: "politically motivated prosecutions". */
  private namesProsecution(start: number, end: number): boolean {
    for (let j = start; j < end; j++) if (PROSECUTIONS.has(this.words[j]?.stem ?? '')) return true;
    return false;
  }

  /** "arrested hundreds of people it suspected of ...": a mass arrest, whatever suspicion is stated. */
  private massCount(clause: number): boolean {
    return this.words.some(
      (w) =>
        w.clause === clause &&
        (MASS_WORDS.has(w.lower) || (w.isNumber && !isYear(w) && Number(w.lower.replace(/,/g, '')) >= 100)),
    );
  }

  /**
   * The persons the cue says were held are state agents: the object of the arrest ("arrested two soldiers"),
   * the subject of a passive ("police officers were detained") or those placed "in" it ("officers in
   * preventive detention").
   */
  private detainedAreAgents(start: number, end: number): boolean {
    const ws = this.words;
    let j = end;
    while (j < end + AGENT_OBJECT_REACH && (ws[j]?.isNumber || AGENT_OBJECT_FILLERS.has(ws[j]?.lower ?? '')))
      j++;
    for (const a of this.actors) {
      if (a.phrase.payload.actor !== 'state') continue;
      if (a.start === j && ws[j]?.punctBefore === '') return true;
      // "officers were arrested", "soldiers remained in preventive detention": only linking words between.
      if (a.end < start && start - a.end <= AGENT_LINK_REACH) {
        // "authorities had detained", "police also arrested": an active verb's subject is the agent who held.
        let k = a.end;
        let passive = false;
        while (k < start && AGENT_LINKS.has(ws[k]?.lower ?? '') && ws[k]?.punctBefore === '') {
          if (PASSIVE_LINKS.has(ws[k]?.lower ?? '')) passive = true;
          k++;
        }
        if (k === start && passive) return true;
      }
    }
    return false;
  }

  /** The cue ends in "during|upon|after the|his|her|their arrest". */
  private timeOfArrest(end: number): boolean {
    const ws = this.words;
    // "abuses occurred during arrests": an arrest right after "during" or "upon" is only the time of what happened.
    if (
      (ws[end - 1]?.lower === 'arrests' || ws[end - 1]?.lower === 'arrest') &&
      ARREST_MOMENTS.has(ws[end - 2]?.lower ?? '')
    )
      return true;
    if (ws[end - 1]?.lower !== 'arrest') return false;
    if (ARREST_POSSESSORS.has(ws[end - 2]?.lower ?? '') && ARREST_TIMES.has(ws[end - 3]?.lower ?? ''))
      return true;
    // "following Orvel's initial arrest, others faced the same charges": a named person's arrest, perhaps with a word
    // that orders it among others, after a word of time is the time of what the sentence reports.
    let j = end - 2;
    if (ARREST_ORDINALS.has(ws[j]?.lower ?? '')) j--;
    if (ws[j]?.lower === 's' && ws[j - 1]?.capitalised && ARREST_TIMES_NAMED.has(ws[j - 2]?.lower ?? ''))
      return true;
    // "to be informed of the charges within 30 days of arrest": a span counted from the arrest, a deadline.
    const of = ARREST_POSSESSORS.has(ws[end - 2]?.lower ?? '') ? end - 3 : end - 2;
    return ws[of]?.lower === 'of' && SPAN_UNITS.has(ws[of - 1]?.lower ?? '');
  }

  /**
   * The arrest noun (or another event noun of `nouns`) at `start` heads the subject of a verb of causing: "the arrest
   * of the governor sparked protests", "the detention of two organisers prompted a strike", "the killing of a
   * commander led to a request for troops".
   */
  private eventAsCause(start: number, nouns: ReadonlySet<string> = ARREST_NOUNS): boolean {
    const ws = this.words;
    if (!nouns.has(ws[start]?.lower ?? '') || ws[start + 1]?.lower !== 'of') return false;
    const clause = ws[start]!.clause;
    const last = Math.min(ws.length, start + 2 + CAUSE_SUBJECT_REACH);
    for (let j = start + 2; j < last; j++) {
      const w = ws[j]!;
      if (w.clause !== clause || w.punctBefore.includes(',') || w.punctBefore.includes(';')) return false;
      if (CAUSING_VERBS.has(w.lower) || (w.lower === 'led' && ws[j + 1]?.lower === 'to')) return true;
    }
    return false;
  }

  /** The clause classes its detainees as political: "political prisoners|detainees", "political nature". */
  private politicalLabel(clause: number): boolean {
    const ws = this.words;
    return ws.some(
      (w, i) =>
        w.clause === clause &&
        w.lower === 'political' &&
        POLITICAL_LABELS.has(ws[i + 1]?.lower ?? '') &&
        ws[i - 1]?.lower !== 'former' &&
        !this.othersLabelled(i),
    );
  }

  /**
   * The "political" at `i` opens a label on other people, the object of "of", "to" or "for" after a noun or verb
   * of the arrested's own act: "a rally against the plight of political prisoners", "bringing food to a political
   * prisoner", "to demand the release of party leader and political prisoner ...". Reports, cases or allegations
   * "of political prisoners" still class the held themselves.
   */
  private othersLabelled(i: number): boolean {
    const ws = this.words;
    let j = i - 1;
    while (
      j >= 0 &&
      i - j <= OTHERS_LABEL_REACH &&
      (LABEL_FILLERS.has(ws[j]?.lower ?? '') || ws[j]?.capitalised)
    )
      j--;
    const link = ws[j]?.lower ?? '';
    // A quotation mark may open the label ("the release of 'political prisoners'"); a comma or colon ends the phrase.
    if (!OTHERS_LINKS.has(link) || /[,;:.]/.test(ws[j + 1]?.punctBefore ?? '')) return false;
    const head = ws[j - 1]?.lower ?? '';
    return !COMPLAINT_NOUNS.has(head) && head !== 'number' && head !== 'list';
  }

  /**
   * The word at `i` names what an arrested person is held for damaging, not who was held: "arrested a man for
   * defacing a party office", "for allegedly vandalising an opposition billboard".
   */
  private objectOfDamage(i: number): boolean {
    const ws = this.words;
    for (let j = i - 1; j >= 1 && i - j <= DAMAGE_OBJECT_REACH; j--) {
      if (ws[j + 1]?.punctBefore !== '') return false;
      if (!DAMAGE_GERUNDS.has(ws[j]?.lower ?? '')) continue;
      const link = ws[j - 1]?.lower === 'allegedly' ? j - 2 : j - 1;
      return ws[link]?.lower === 'for';
    }
    return false;
  }

  /**
   * The ongoing marker at `at` says a case or trial goes on, not the abuse it is about: "one case continuing at year's
   * end involved officers accused of beating detainees after the 2023 riots".
   */
  private proceedingGoesOn(at: number): boolean {
    const ws = this.words;
    for (let j = at - 1; j >= 0 && at - j <= PROCEEDING_REACH; j--) {
      if (PROCEEDING_NOUNS.has(ws[j]?.lower ?? '')) return true;
      if (ws[j + 1]?.punctBefore !== '') return false;
    }
    return false;
  }

  /**
   * The cue ends on taking part in or organising something, and that something is a violent crime: "for
   * participating in a massacre", "for organising the attack". Protests "against killings" name no crime of theirs.
   */
  private partInCrime(end: number): boolean {
    const ws = this.words;
    if (!PART_VERBS.has(ws[end - 1]?.lower ?? '')) return false;
    let j = ws[end]?.lower === 'in' ? end + 1 : end;
    if (ARTICLES.has(ws[j]?.lower ?? '')) j++;
    for (let k = j; k < j + PART_OBJECT_REACH && k < ws.length; k++) {
      const w = ws[k]!;
      if (k > end && w.punctBefore !== '') return false;
      if (VIOLENT_CRIMES.has(w.lower)) return true;
      if (CRIME_LINKS.has(w.lower) || w.lower === 'against') return false;
    }
    return false;
  }

  /**
   * Inside a gapped cue, a crime done to someone stands before the person the cue ends on: "arrested three men
   * accused of the killing of reporter", "detained a man for attacking an activist".
   */
  private crimeVictimInCue(start: number, end: number): boolean {
    const ws = this.words;
    for (let link = start; link < end - 2; link++) {
      // "suspected of the murder", "for attacking": the crime is what the arrested are held over; "mass arrests and
      // killings of activists" lists a second abuse of the same people.
      const j = this.crimeAfterLink(link);
      if (j < 0 || j >= end - 1) continue;
      const w = ws[j]!.lower;
      // A noun takes its victim through "of"; a gerund takes it as object; an attack takes it through "on".
      if (/ing$/.test(w) && !KILLING_NOUNS.has(w)) return true;
      if (ws[j + 1]?.lower === 'of') return true;
      if (ASSAULT_NOUNS.has(w) && ASSAULT_TARGET_LINKS.has(ws[j + 1]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * The crime a link at `link` ties an arrest or charge to ("for [the 2016] abduction", "over the murder", "accused of
   * killing"): where the first crime of VIOLENT_CRIMES, or of `more`, stands within CRIME_REACH words, or -1. A charge
   * the sentence calls false ("in connection with a fabricated murder case") names no crime, and an act named first
   * ("for reporting the abduction of", "over protests against graft") is what the link ties, unless it is a part taken
   * in the crime.
   */
  private crimeAfterLink(link: number, more?: ReadonlySet<string>): number {
    const ws = this.words;
    if (!CRIME_LINKS.has(ws[link]?.lower ?? '')) return -1;
    // "protests over the killing of a student": the crime is the grievance of a protest, not what anyone is held for.
    if (GRIEVANCE_NOUNS.has(ws[link - 1]?.lower ?? '')) return -1;
    for (let j = link + 1; j <= link + CRIME_REACH && j < ws.length; j++) {
      const w = ws[j]!.lower;
      if (FABRICATED.has(w)) return -1;
      if (VIOLENT_CRIMES.has(w) || more?.has(w)) return j;
      if ((/ing$/.test(w) && !PART_VERBS.has(w)) || GRIEVANCE_NOUNS.has(w)) return -1;
    }
    return -1;
  }

  /**
   * The one-word act at [start, end) is a noun coordinated with a rape right before or after it: "rape and murder",
   * "the abduction, rape, and killing". Verbs ("raped and killed") have their own subject, which tells who acted.
   */
  private inRapeSeries(start: number, end: number): boolean {
    const ws = this.words;
    if (end - start !== 1 || !KILLING_NOUNS.has(ws[start]?.lower ?? '')) return false;
    const before = SERIES_LINKS.has(ws[start - 1]?.lower ?? '') ? start - 2 : start - 1;
    if ((before < start - 1 || ws[start]?.punctBefore === ',') && RAPE_NOUNS.has(ws[before]?.lower ?? ''))
      return true;
    return SERIES_LINKS.has(ws[end]?.lower ?? '') && RAPE_NOUNS.has(ws[end + 1]?.lower ?? '');
  }

  /**
   * The killing at [start, end) is between people held: its subject and its object are inmates ("inmates killed a
   * fellow inmate"), or it is said to be "among" or "between" them ("killings among prisoners").
   */
  private killedAmongHeld(start: number, end: number): boolean {
    const ws = this.words;
    if (AMONG_LINKS.has(ws[end]?.lower ?? '')) {
      const j = ws[end + 1]?.lower === 'fellow' || ws[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      return FELLOW_HELD.has(ws[j]?.lower ?? '');
    }
    const subject = /ly$/.test(ws[start - 1]?.lower ?? '') ? start - 2 : start - 1;
    if (!FELLOW_HELD.has(ws[subject]?.lower ?? '')) return false;
    for (let k = end; k < ws.length && k - end < FELLOW_OBJECT_REACH; k++) {
      if (k > end && ws[k]!.punctBefore !== '') return false;
      if (FELLOW_HELD.has(ws[k]!.lower)) return true;
    }
    return false;
  }

  /**
   * The ill-treatment at `start` is what a classing verb right before it ("constitute", "amount to") says conditions
   * named shortly before in its clause are: "conditions ... were harsh enough to constitute degrading treatment".
   */
  private conditionsClassed(start: number, clause: number): boolean {
    const ws = this.words;
    const at = ws[start - 1]?.lower === 'to' ? start - 2 : start - 1;
    if (!CLASSING_VERBS.has(ws[at]?.lower ?? '')) return false;
    for (let j = at - 1; j >= 0 && at - j <= CLASSED_CONDITIONS_REACH; j--) {
      if (ws[j]!.clause !== clause) return false;
      if (ws[j]!.stem === CONDITION) return true;
    }
    return false;
  }

  /** A held-participle after a preposition, as the first word of its noun phrase: "abuse of detained migrants". */
  private heldObject(start: number): boolean {
    const ws = this.words;
    const w = ws[start];
    const next = ws[start + 1];
    if (!w || !next || !/ed$/.test(w.lower) || !HELD_OBJECT_PREPOSITIONS.has(ws[start - 1]?.lower ?? ''))
      return false;
    if (!HARM_NOUNS.has(ws[start - 2]?.stem ?? '')) return false;
    return next.punctBefore === '' && /^[a-z]/.test(next.lower) && !FUNCTION_AFTER.has(next.lower);
  }

  /** The cue is "house arrest" and the sentence names it among the measures that replace prison or custody. */
  private houseArrestAsAlternative(start: number, end: number): boolean {
    if (end - start !== 2 || this.words[start]?.lower !== 'house') return false;
    // "released on bail in March, but police then placed him under house arrest": a measure in another clause is
    // another step of the case.
    // "kept under house arrest or on probation indefinitely": a measure said to drag on is still overlong.
    const clause = this.words[start]!.clause;
    const inClause = this.words.filter((w) => w.clause === clause);
    if (inClause.some((w) => PRETRIAL_MARKERS.has(w.lower) && !MEASURE_MANNERS.has(w.lower))) return false;
    return inClause.some(
      (w, i) =>
        ALTERNATIVE_MEASURES.has(w.lower) ||
        (w.lower === 'service' && inClause[i - 1]?.lower === 'community'),
    );
  }

  /**
   * "... was rare", "... were extremely rare": the clause's predicate, its verb at most `reach` words after the cue,
   * calls it rare.
   */
  private calledRare(end: number, clause: number, reach: number): boolean {
    const ws = this.words;
    for (let j = end; j < ws.length && j - end <= reach; j++) {
      if (ws[j]?.clause !== clause) return false;
      if (!BE.has(ws[j]!.lower) && ws[j]!.lower !== 'remained') continue;
      const k = RARE_DEGREES.has(ws[j + 1]?.lower ?? '') ? j + 2 : j + 1;
      return ws[k]?.lower === 'rare';
    }
    return false;
  }

  /** "exposing them to", "exposed migrants to" shortly before the cue, in its clause. */
  private exposedTo(start: number, clause: number): boolean {
    const ws = this.words;
    for (let j = start - 1; j >= 0 && start - j <= HYPOTHETICAL_WINDOW; j--) {
      if (ws[j]?.clause !== clause) return false;
      if (!EXPOSE_WORDS.has(ws[j]!.lower)) continue;
      for (let k = j + 1; k < start && k - j <= EXPOSED_OBJECT_REACH; k++)
        if (ws[k]?.lower === 'to') return true;
      return false;
    }
    return false;
  }

  /** "able to arrest" or "able to detain" opens the clause's holding, at or shortly before the cue. */
  private ableToArrest(start: number, clause: number): boolean {
    const ws = this.words;
    for (let j = Math.max(0, start - 2 - HYPOTHETICAL_WINDOW); j <= start - 2; j++) {
      if (ws[j]?.clause !== clause || ws[j]!.lower !== 'able' || ws[j + 1]?.lower !== 'to') continue;
      if (DETENTION_ACTS.has(ws[j + 2]?.stem ?? '')) return true;
    }
    return false;
  }

  /** The sentence says some holding went past or reached a limit: "beyond the maximum", "equaled the maximum". */
  private limitBreached(): boolean {
    return this.words.some(
      (w) => BREACH_OPENERS.has(w.lower) || BREACH_VERBS.has(w.lower) || LIMIT_REACHED.has(w.lower),
    );
  }

  /** The cue is an average that ends in months, and its clause names no year and no overstay of the law. */
  private averageInMonths(start: number, end: number, clause: number): boolean {
    const ws = this.words;
    if (!MONTH_UNITS.has(ws[end - 1]?.lower ?? '')) return false;
    if (!ws.slice(start, end).some((w) => w.stem === AVERAGE)) return false;
    return !ws.some(
      (w) =>
        w.clause === clause &&
        (YEAR_UNITS.has(w.lower) || (PRETRIAL_MARKERS.has(w.lower) && !LENGTH_WORDS.has(w.lower))),
    );
  }

  /** A "held" in the cue opens a clause: "held that ...", "held it was ...". */
  private heldRuling(start: number, end: number): boolean {
    const ws = this.words;
    for (let h = start; h < end; h++) {
      if (ws[h]?.lower !== 'held') continue;
      const next = ws[h + 1];
      if (!next || next.punctBefore !== '') return false;
      // "held that night": "that" points at a time, not a clause.
      if (next.lower === 'that') return !DAY_PARTS.has(ws[h + 2]?.lower ?? '');
      return next.lower === 'it' && BE.has(ws[h + 2]?.lower ?? '');
    }
    return false;
  }

  /** The held participle goes on to whom the held share their place with: "detained [together] with adults". */
  private heldAlongside(end: number): boolean {
    const ws = this.words;
    let j = end;
    if (ws[j]?.lower === 'together') j++;
    const link = ws[j]?.lower ?? '';
    if (ws[j]?.punctBefore || !(link === 'with' || link === 'alongside')) return false;
    const k = ws[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    return CELLMATE_NOUNS.has(ws[k]?.lower ?? '') && !ws[k]?.punctBefore;
  }

  /** The sentence opens on "In practice": "In practice, police ...". */
  private opensOnPractice(): boolean {
    const i = this.firstUnlabelled;
    return this.words[i]?.lower === 'in' && this.words[i + 1]?.lower === 'practice';
  }

  /**
   * The legal word at `at` opens a relative clause on a limit that a breach went past: "held beyond the 48 hours the
   * law allows", "exceeded the maximum period that the constitution provides for". The clause names the measure of
   * the breach, not a norm of the sentence.
   */
  private limitRelative(at: number): boolean {
    const ws = this.words;
    let k = at;
    while (k > at - LIMIT_SUBJECT_REACH && ws[k - 1]?.lower !== 'the') {
      if (ws[k]?.punctBefore) return false;
      k--;
    }
    if (ws[k - 1]?.lower !== 'the' || ws[k]?.punctBefore || ws[k - 1]?.punctBefore) return false;
    let head = k - 2;
    if (RELATIVES.has(ws[head]?.lower ?? '')) {
      if (ws[head]?.punctBefore || ws[head + 1]?.punctBefore) return false;
      head--;
    }
    if (!LIMIT_NOUNS.has(ws[head]?.lower ?? '') || ws[head + 1]?.punctBefore) return false;
    return this.measuredBreach(head, LIMIT_BREACH_REACH);
  }

  /** "those still held fit that definition": persons said to fit a definition are classed by it. */
  private meetsDefinition(l: PhraseMatch<Rule>): boolean {
    if (l.phrase.payload.rule !== 'definition') return false;
    for (let j = l.start - 1; j >= 0 && l.start - j <= DEFINITION_REACH; j--) {
      if (this.words[j + 1]?.punctBefore) return false;
      if (DEFINITION_FITS.has(this.words[j]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * The legal word at `at` is what a breach went past: "detentions that exceeded the maximum penalty", "held beyond
   * the statutory limit". It measures practice against the law and states no norm.
   */
  private measuredBreach(at: number, reach = BREACH_REACH): boolean {
    for (let j = at - 1; j >= 0 && at - j <= reach; j--) {
      const w = this.words[j];
      if (!w || this.words[j + 1]?.punctBefore) return false;
      if (BREACH_OPENERS.has(w.lower) || BREACH_VERBS.has(w.lower)) return true;
    }
    return false;
  }

  /**
   * A bare arrest word that only sets the scene: an attributive participle between a determiner or number and its
   * noun ("six arrested activists", "the detained reporter"), or a subordinate "after being arrested", "when
   * arresting".
   */
  private arrestAsSetting(start: number, afterBeing = true): boolean {
    const ws = this.words;
    const end = start + 1;
    const w = ws[start];
    const before = ws[start - 1];
    if (!w || !before) return false;
    if (
      /ed$/.test(w.lower) &&
      (before.isNumber || SETTING_DETERMINERS.has(before.lower)) &&
      ws[end]?.punctBefore === ''
    )
      return /^[a-z]/.test(ws[end]?.lower ?? '') && !FUNCTION_AFTER.has(ws[end]?.lower ?? '');
    if (afterBeing && before.lower === 'being' && SETTING_LINKS.has(ws[start - 2]?.lower ?? '')) return true;
    return /ing$/.test(w.lower) && SETTING_LINKS.has(before.lower);
  }

  /** Walking back from "without", an act other than detention comes before any word of holding, in the same clause. */
  private withoutQualifiesOtherAct(at: number): boolean {
    const ws = this.words;
    const clause = ws[at]?.clause;
    for (let j = at - 1; j >= 0 && at - j <= WITHOUT_HEAD_REACH && ws[j]!.clause === clause; j--) {
      if (DETENTION_ACTS.has(ws[j]!.stem) || ws[j]!.stem === RELEASE) return false;
      if (NON_DETENTION_ACTS.has(ws[j]!.stem)) return true;
    }
    return false;
  }

  /** A "whose" opens the cue's clause a few words before it: "children whose parents were killed". */
  private inWhoseClause(start: number): boolean {
    const clause = this.words[start]?.clause;
    for (let j = start - 1; j >= 0 && start - j <= WHOSE_REACH; j--) {
      const w = this.words[j];
      if (!w || w.clause !== clause) return false;
      if (w.lower === 'whose') return true;
    }
    return false;
  }

  /**
   * The one-word cue is a disappearance that only dates an earlier event: "before his disappearance", "prior to the
   * abduction". What came after an abduction ("after his abduction he was beaten") is often the captivity itself, so
   * "after" tells of the disappearance; and a killing is left out ("beaten two months before his killing").
   */
  private timeOfDisappearance(start: number, end: number): boolean {
    const ws = this.words;
    if (end - start !== 1) return false;
    const owner = ws[start - 1]?.lower ?? '';
    if (!POSSESSIVES.has(owner) && owner !== 'the') return false;
    const link = ws[start - 2]?.lower ?? '';
    return link === 'before' || (link === 'to' && ws[start - 3]?.lower === 'prior');
  }

  /**
   * The cue is the object of a time anchor: "following the killing", "which followed an alleged kidnapping",
   * "after the March 3 killings", "in response to the lawyer's disappearance".
   */
  private timeAnchored(start: number): boolean {
    const ws = this.words;
    const clause = ws[start]?.clause;
    for (let j = start - 1; j >= 0 && start - j <= ANCHOR_REACH; j--) {
      const w = ws[j];
      if (!w || w.clause !== clause) return false;
      const l = w.lower;
      if (l === 'following' || l === 'followed') return true;
      if (l === 'of' && ws[j - 1]?.lower === 'wake' && ws[j - 2]?.lower === 'the') return true;
      if (l === 'to' && (ws[j - 1]?.lower === 'response' || ws[j - 1]?.lower === 'reaction'))
        return ws[j - 2]?.lower === 'in';
      // "the lawyer's abduction": a possessor names the victim; "the army's killing of" names the agent.
      const possessor = ws[j + 1]?.lower === 's' && !this.actors.some((a) => a.start <= j && a.end > j);
      // "following the kidnapping and murder of": an event noun joined to the anchored one shares its anchor.
      const eventNoun = (k: number): boolean => /(?:ing|ion)$/.test(ws[k]?.lower ?? '');
      const conjunction = (k: number): boolean => ws[k]?.lower === 'and' || ws[k]?.lower === 'or';
      const joinedEvent = (conjunction(j) && eventNoun(j - 1)) || (eventNoun(j) && conjunction(j + 1));
      if (!(
        ANCHOR_FILLERS.has(l) ||
        MONTH_WORDS.has(l) ||
        w.isNumber ||
        w.capitalised ||
        possessor ||
        joinedEvent
      ))
        return false;
    }
    return false;
  }

  /** The cue names detention before trial: "pretrial detention", "pre-trial detention". */
  private namesPretrial(start: number, end: number): boolean {
    for (let j = start; j < end; j++) {
      const w = this.words[j];
      if (w?.stem === PRETRIAL || (w?.lower === 'pre' && this.words[j + 1]?.lower === 'trial')) return true;
    }
    return false;
  }

  /**
   * The arrest ending at `end` holds witnesses or relatives beside the suspects, or in their place: "detained every
   * suspect and witness", "detained relatives of wanted men", "held as witnesses". A witness named as
   * a source ("witnesses said police detained him") is not among those held: it comes before the arrest.
   */
  private holdsBystanders(end: number): boolean {
    const clause = this.words[end - 1]?.clause;
    for (let j = end; j < end + BYSTANDER_REACH && j < this.words.length; j++) {
      const w = this.words[j];
      if (!w || w.clause !== clause) return false;
      if (BYSTANDERS.has(w.lower)) return true;
    }
    return false;
  }

  /** Police arresting suspects of a crime is law enforcement, not arbitrary detention. */
  /**
   * A word of dissent near the arrest at `cue` names those held ("arrested five political activists"), not the victim
   * of the crime the held are suspected of ("arrested the attackers of a journalist", "the murder of an activist").
   */
  private dissentHeld(clause: number, cue: number): boolean {
    const ws = this.words;
    return ws.some(
      (w, i) =>
        w.clause === clause &&
        Math.abs(i - cue) <= DISSENT_REACH &&
        DISSENT_WORDS.has(w.lower) &&
        !ws
          .slice(Math.max(0, i - DISSENT_VICTIM_REACH), i)
          .some((x) => SUSPECT_WORDS.has(x.lower) || VIOLENT_CRIMES.has(x.lower)),
    );
  }

  private namesSuspects(clause: number, cue: number): boolean {
    return this.words.some(
      (w, i) =>
        w.clause === clause &&
        ((SUSPECT_WORDS.has(w.lower) && !this.suspectedOfPolitics(i)) ||
          (w.lower === 'on' && this.groundsAt(i + 1)) ||
          this.heldForCrime(i, cue)),
    );
  }

  /**
   * "suspected of supporting the opposition", "suspected links to the protests": what they are suspected of is
   * their politics, not a crime, so the suspicion makes them no crime suspects.
   */
  private suspectedOfPolitics(i: number): boolean {
    const ws = this.words;
    // "suspected of robbing an opposition office" is a crime against the opposition: only a tie to it is politics.
    const tie = ws[i + 1]?.lower === 'of' ? i + 2 : i + 1;
    if (!POLITICAL_TIES.has(ws[tie]?.lower ?? '')) return false;
    for (let j = tie + 1; j <= tie + POLITICS_SUSPECTED_REACH && j < ws.length; j++) {
      const w = ws[j]!;
      if (w.punctBefore !== '' || w.clause !== ws[i]?.clause) return false;
      if (POLITICS_SUSPECTED.has(w.lower)) return true;
    }
    return false;
  }

  /**
   * "on charges", "on war crimes allegations", "on fraud charges": the grounds noun at `i` or after the name of a
   * serious crime. Other modifiers may make the charges a pretext ("on administrative charges", "on trumped-up
   * charges").
   */
  private groundsAt(i: number): boolean {
    const ws = this.words;
    for (let j = i; j < i + 1 + GROUNDS_MODIFIERS && j < ws.length; j++) {
      const w = ws[j]!;
      if (STATED_GROUNDS.has(w.lower)) return true;
      if (
        (j > i && w.punctBefore !== '') ||
        !(VIOLENT_CRIMES.has(w.lower) || GRAFT_CRIMES.has(w.lower) || NAMED_CRIMES.has(w.lower))
      )
        return false;
    }
    return false;
  }

  /** "for torturing ...", "in connection with the murder": the word at `i` opens the crime charged. */
  private heldForCrime(i: number, cue: number): boolean {
    const ws = this.words;
    const w = ws[i]?.lower;
    // Across a whole clause "of", "with" and "in" tie many things; only "accused of" and "in connection with" tie the
    // arrest to a crime. A cue's own span (crimeVictimInCue) needs no such head.
    const opens =
      w === 'of'
        ? ws[i - 1]?.lower === 'accused' && this.accusedOfHeld(i - 1, cue)
        : w === 'with'
          ? ws[i - 1]?.lower === 'connection' && ws[i - 2]?.lower === 'in'
          : w !== 'in';
    const j = opens ? this.crimeAfterLink(i, GRAFT_CRIMES) : -1;
    if (j < 0) return false;
    // Graft names no victim, so only the sentence tells whether the charge is a pretext.
    return !GRAFT_CRIMES.has(ws[j]!.lower) || !this.words.some((v) => PRETEXT_WORDS.has(v.lower));
  }

  /**
   * "arrested the mayor and 13 others accused of arson": the accused at `at` are those the arrest at `cue` holds. "was
   * arrested after she said that a man accused of rape went free" names someone else, past a subordinate word.
   */
  private accusedOfHeld(at: number, cue: number): boolean {
    const [from, to] = at < cue ? [at, cue] : [cue, at];
    for (let j = from + 1; j < to; j++) if (ACCUSED_BREAKS.has(this.words[j]?.lower ?? '')) return false;
    return true;
  }

  /** "Security forces were responsible for dozens of disappearances": the abuse is the object of "responsible for". */
  private perpetrated(start: number, clause: number): boolean {
    return this.institutional.some(
      (m) =>
        m.phrase.payload.rule === 'responsible-for' &&
        this.clauseOf(m) === clause &&
        this.directObject(m.end, start),
    );
  }

  /**
   * "a vigil for the victims of the 1990 massacre", "the anniversary of the Tovel killings": the killing is what the
   * anniversary, vigil or memorial before it marks. A vigil for those "killed in March" mourns a killing of the year.
   */
  private commemorated(clause: number, start: number, end: number): boolean {
    const marked = this.historical.some(
      (m) =>
        m.phrase.payload.rule === COMMEMORATION &&
        this.clauseOf(m) === clause &&
        m.end <= start &&
        start - m.end <= COMMEMORATION_REACH &&
        !this.commaBetween(m.end - 1, start),
    );
    // "ahead of the Kelvo massacre anniversary on June 4": the abuse names the anniversary it modifies, and a date after
    // it is the anniversary's.
    const naming = ANNIVERSARY_NOUNS.has(this.words[end]?.lower ?? '') && !this.words[end]?.punctBefore;
    if (!naming && (!marked || this.monthRightAfter(end, clause))) return false;
    const year = this.reportYear;
    return (
      year === undefined ||
      !this.words.some((w) => w.clause === clause && isYear(w) && Number(w.lower) >= year)
    );
  }

  /**
   * The sentence dates the violence it speaks of to a year before the report year ("the 2018 post-election violence",
   * "the killings of 2019") and names no later year and nothing that goes on in the report year.
   */
  private unredressedPastViolence(start: number): boolean {
    const ws = this.words;
    const year = this.reportYear;
    // "there was no progress during the year on the 2006 killing": a marker of the present before the violence dates
    // the missing justice, not the violence.
    if (year === undefined || this.ongoing.some((m) => m.end > start)) return false;
    if (ws.some((w) => isYear(w) && Number(w.lower) >= year)) return false;
    return ws.some((w, i) => {
      if (!isYear(w) || Number(w.lower) >= year) return false;
      for (let j = i + 1; j <= i + PAST_VIOLENCE_REACH; j++)
        if (PAST_VIOLENCE_NOUNS.has(ws[j]?.lower ?? '') && !ws[j]!.punctBefore) return true;
      return (
        PAST_VIOLENCE_NOUNS.has(ws[i - 2]?.lower ?? '') &&
        (ws[i - 1]?.lower === 'of' || ws[i - 1]?.lower === 'in')
      );
    });
  }

  /** "the killing of two officials on June 22": a month with no year shortly after the act, in its clause. */
  private monthRightAfter(end: number, clause: number): boolean {
    const ws = this.words;
    for (let j = end; j < ws.length && j - end <= MONTH_AFTER_REACH; j++) {
      const w = ws[j]!;
      if (w.clause !== clause || RELATIVES.has(w.lower)) return false;
      if (!MONTH_WORDS.has(w.lower) || !DATING_MONTH_LINKS.has(ws[j - 1]?.lower ?? '')) continue;
      return !isYear(ws[j + 1]) && !isYear(ws[j + 2]);
    }
    return false;
  }

  /** Between `from` and `to`, a comma closes an appositive and a reporting verb follows it: ", reported". */
  private reportedAfterAppositive(from: number, to: number): boolean {
    const ws = this.words;
    if (to - from > APPOSITIVE_REACH) return false;
    for (let j = from; j < to; j++) {
      if (ws[j]!.punctBefore.includes(',') && REPORTING_LINKS.has(ws[j]!.lower)) return true;
    }
    return false;
  }

  /** A count starts at `at`: "71", "dozens of", "several". */
  private countedAt(at: number): boolean {
    const w = this.words[at];
    return w !== undefined && (w.isNumber || NUMBER_WORDS.has(w.lower));
  }

  /** No verb between the end of a governing phrase and the cue: "responsible for [most of the] killings". */
  private directObject(from: number, to: number): boolean {
    // "blamed for several arbitrary detentions and kidnappings": a list reaches further.
    const listed = this.hasWord(from, to, 'and') || this.hasAny(from, to, DISJUNCTIONS);
    if (to < from || to - from > (listed ? COORDINATED_REACH : 4)) return false;
    for (let j = from; j < to; j++) if (/ing$/.test(this.words[j]?.lower ?? '')) return false;
    return true;
  }

  /**
   * "officers tasked with guarding the camp beat": a participle mandate ("tasked with", "empowered to") right after a
   * noun, before the cue with no relative pronoun between, and not the object of a gerund ("tasked with investigating
   * enforced disappearances", where the cue is what the mandate covers).
   */
  private subjectsMandate(m: PhraseMatch<Rule>, start: number): boolean {
    const ws = this.words;
    return (
      m.end <= start &&
      MANDATE_PARTICIPLES.has(ws[m.start]?.lower ?? '') &&
      !NON_FINITE_BEFORE.has(ws[m.start - 1]?.lower ?? '') &&
      !COPULAS.has(ws[m.start - 1]?.lower ?? '') &&
      !/ing$/.test(ws[start - 1]?.lower ?? '') &&
      !this.hasAny(m.end, start, RELATIVES)
    );
  }

  /** "deported against their will": the words next to the cue say the act was not voluntary. */
  private againstWill(start: number, end: number): boolean {
    const ws = this.words;
    for (
      let j = Math.max(0, start - AGAINST_WILL_REACH);
      j < end + AGAINST_WILL_REACH && j < ws.length;
      j++
    ) {
      if (ws[j]?.lower === 'against' && ws[j + 2]?.lower === 'will') return true;
    }
    return false;
  }

  /**
   * Whether an institutional cue describes the abuse rather than reports it. "Responsible for" names
   * a perpetrator when the abuse is its direct object; a training or plan mentioned beside an abuse
   * reported with a finite verb ("officers trained by the ministry tortured detainees") is background.
   */
  private institutionalApplies(m: PhraseMatch<Rule>, start: number, end: number): boolean {
    const rule = m.phrase.payload.rule;
    if (rule === 'responsible-for' && this.directObject(m.end, start)) return false;
    // "soldiers were responsible for 40 disappearances while armed groups were responsible for 71 abductions": a
    // later "responsible for" a counted set of acts names another perpetrator, not a mandate.
    if (rule === 'responsible-for' && m.start >= end && this.countedAt(m.end)) return false;
    // "the mission's division, tasked with monitoring abuses, reported 700 civilians killed": a mandate set off by
    // commas describes the source, and the source's report of the abuse is what the sentence says.
    if (rule === 'mandate' && this.reportedAfterAppositive(m.end, start)) return false;
    // "soldiers tasked with guarding the border shot two farmers": a mandate worn by the subject as a participle says
    // who they are; the finite verb after it reports what they did. "militiamen killed a colonel whose unit was tasked
    // with guarding the ministry": a mandate told after the act describes its victim.
    if (rule === 'mandate' && this.isFiniteVerb(start) && (m.start >= end || this.subjectsMandate(m, start)))
      return false;
    // "ISIS claimed responsibility for an attack that killed ...": a perpetrator owning the act, not a mandate.
    if (rule === 'responsible-for' && CLAIMS.has(this.words[m.start - 1]?.lower ?? '')) return false;
    // "violence against women was one of the factors responsible for their poor health": the abuse is the cause.
    if (rule === 'responsible-for' && CAUSES.has(this.words[m.start - 1]?.lower ?? '')) return false;
    // "too few clerks and poor training led to long detentions": a training the sentence says was missing or poor
    // is a cause of the abuse it reports, not a course about it.
    if (rule === 'training' && m.end <= start && this.hasAny(m.end, start, EFFECT_VERBS)) return false;
    // "only some left voluntarily, and many were ... deported against their will": the return is the forced one.
    if (rule === 'voluntary-return' && this.againstWill(start, end)) return false;
    // "all parties to the conflict killed civilians", "none of which is party to the peace process": a side in
    // a conflict, not a state bound by a treaty.
    if (rule === 'treaty') {
      const at = ARTICLES.has(this.words[m.end]?.lower ?? '') ? m.end + 1 : m.end;
      if (CONFLICT_SIDES.has(this.words[at]?.lower ?? '')) return false;
    }
    if (!FINITE_VERB_BACKGROUND.has(rule)) return true;
    if (!this.isFiniteVerb(start)) return true;
    // "detained her, and charged her with cooperation with a foreign body": named after the act, it is the charge.
    if (m.start >= end) return false;
    return !(m.end <= start && !this.hasAny(m.end, start, RELATIVES));
  }
}

/** What the classifier needs to know about the category cue itself. */
export interface CueInfo {
  category: CategoryId;
  /** The cue also names ordinary crime or law enforcement (see the lexicon's `ordinary`). */
  ordinary: boolean;
  /** The cue is refoulement only if the sentence names a danger at the destination. */
  needsDanger: boolean;
  /** The cue is evidence only if the sentence names a place or state of detention. */
  needsPlace: boolean;
  /** Stricter than `needsPlace`: the place must be named even outside work or school settings. */
  needsCustody: boolean;
  /** The cue is evidence only with a named agent of the abuse or a place of detention. */
  needsAgent?: boolean;
  /** The cue is evidence only with an actor as its agent: "by" the actor, or the actor as its subject. */
  needsPerpetrator?: boolean;
  /** The cue is evidence only with an armed group as its agent after "by": "detained by rebels". */
  needsArmedGroup?: boolean;
  /** The cue is evidence only when the sentence counts several victims or names a cause of the death. */
  needsSeveral?: boolean;
  /** The cue is a killing only when the sentence names abuse, neglect, violence or wounds as the cause. */
  needsCause?: boolean;
  /**
   * The cue names a crime that a court event can be about ("charged with rape", "convicted of female genital
   * mutilation"), read by the rules for court events only (the group harms of the profiles).
   */
  crime?: boolean;
}
