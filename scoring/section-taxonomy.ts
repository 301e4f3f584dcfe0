import type { SectionKey } from './report-model';

/**
 * Ordered rules: the first pattern that matches a heading decides its key. Order matters because
 * headings overlap ("Prison and Detention Center Conditions" sits under the torture heading;
 * "Arrest Procedures and Treatment of Detainees" mentions treatment but is about arrest).
 */
const HEADING_RULES: ReadonlyArray<readonly [RegExp, SectionKey]> = [
  [/executive summary/, 'executive_summary'],
  [/discrimination, societal abuses|discrimination and societal abuses/, 'discrimination'],
  [/political prisoner|political detainee/, 'political_prisoners'],
  [/\bprison|detention center|detention facilit|places of detention/, 'prison_conditions'],
  [/collective bargaining|worker rights/, 'worker_rights'],
  [/transnational repression|reprisal against individuals located outside/, 'transnational_repression'],
  [/war crimes|crimes against humanity|genocide/, 'conflict_abuses'],
  [/arbitrary deprivation of life|killing|extrajudicial|deprivation of life/, 'killings'],
  [/disappearance|abduction/, 'disappearance'],
  [/torture|cruel, inhuman|degrading treatment/, 'torture'],
  [/role of the police|security apparatus|impunity/, 'police_security'],
  [
    /prolonged detention|arbitrary arrest|lawfulness of detention|arrest procedures|pretrial detention|detention without|arbitrary detention/,
    'arbitrary_arrest',
  ],
  [/fair public trial|trial procedures|judicial independence|fair trial|denial of fair/, 'fair_trial'],
  [/civil judicial|judicial procedures and remedies/, 'civil_remedies'],
  [/property restitution|property seizure/, 'property_restitution'],
  [/privacy|family, home|correspondence/, 'privacy'],
  [
    /internal conflict|conflict[- ]related|armed conflict|abuses in (an )?internal|use of excessive force|other conflict/,
    'conflict_abuses',
  ],
  [/refugee|asylum|refoulement|stateless|resettlement|durable solutions|temporary protection/, 'refugees'],
  [
    /internally displaced|freedom of movement|in-country movement|foreign travel|exile|emigration/,
    'movement',
  ],
  [
    /freedom of expression|freedom of the press|press and other media|internet freedom|academic freedom|censorship|media|speech/,
    'expression',
  ],
  [/peaceful assembly|freedom of association|freedom of assembly|assembly and association/, 'assembly'],
  [/religio/, 'religion'],
  [
    /political process|elections|political participation|participation of women and members of minority/,
    'political_participation',
  ],
  [/corruption|transparency/, 'corruption'],
  [
    /nongovernmental investigation|human rights bodies|human rights organizations|monitoring|governmental attitude/,
    'monitoring',
  ],
  [/trafficking/, 'trafficking'],
  [/coerci(on|ve) in population control|population control|reproductive rights/, 'population_control'],
  [/worker|labor|collective bargaining|wage|occupational safety|work conditions|employment/, 'worker_rights'],
  [
    /child|birth registration|education|infanticide|sexual exploitation of children|displaced children|institutionalized/,
    'children',
  ],
  [
    /discrimination|societal abuses|women|rape|gender|disabilit|minorit|indigenous|sexual orientation|lgbt|hiv|antisemiti|racial|ethnic|femicide|harassment|societal violence|domestic violence|sexual harassment/,
    'discrimination',
  ],
];

/** Lower-case, accent-free, punctuation-light form of a heading for rule matching. */
function normaliseHeading(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Maps one printed heading to a section key, or `undefined` when no rule knows it.
 * Structural headings ("Section 1. Respect for the Integrity of the Person", "Life", "Liberty",
 * "Security of the Person") are deliberately unknown: their children carry the meaning.
 */
export function classifyHeading(heading: string): SectionKey | undefined {
  const normalised = normaliseHeading(heading);
  for (const [pattern, key] of HEADING_RULES) {
    if (pattern.test(normalised)) return key;
  }
  return undefined;
}

/**
 * Key of a section given its whole heading path: the most specific heading that a rule knows wins,
 * so an unrecognised sub-heading ("Physical Attacks, Imprisonment, and Pressure") inherits its
 * parent's key ("Freedom of the Press" → expression). A path nobody recognises is `other`.
 */
export function classifySectionPath(headingPath: readonly string[]): SectionKey {
  for (let i = headingPath.length - 1; i >= 0; i -= 1) {
    const heading = headingPath[i];
    if (heading === undefined) continue;
    const key = classifyHeading(heading);
    if (key) return key;
  }
  return 'other';
}
