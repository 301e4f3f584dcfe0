import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from './categories';
import lexiconJson from './lexicon/lexicon.json';

const PhraseSchema = z.string().min(1);
const CategoryEntrySchema = z.object({
  phrase: PhraseSchema,
  weight: z.number().min(0),
  actor: z.enum(['state', 'non_state']).optional(),
  gap: z.number().int().min(0).max(15).optional(),
  /** Mention-only cues place a sentence in a category without ever counting as evidence. */
  mention: z.boolean().optional(),
  /**
   * The cue also names ordinary crime or ordinary law enforcement ("murder", "arrest"): with a
   * suspect, charge or private perpetrator around it, it is not evidence of state abuse.
   */
  ordinary: z.boolean().optional(),
  /** Only evidence when the sentence names a danger at the destination ("deported" alone is not refoulement). */
  needsDanger: z.boolean().optional(),
  /** Only evidence when the sentence names a place or state of detention ("poor conditions" alone may be a workplace). */
  needsPlace: z.boolean().optional(),
  /** Stricter: only evidence when the sentence itself names a place or state of detention ("abuse" of inmates, in prisons). */
  needsCustody: z.boolean().optional(),
  /**
   * Only evidence with an agent of the abuse named in the clause, or a place of detention in the sentence
   * ("physical abuse" alone is as often abuse at home, school or work as abuse by officials).
   */
  needsAgent: z.boolean().optional(),
  /**
   * Stricter: only evidence with an actor as the cue's agent, "by" the actor or its subject right before
   * ("raped by soldiers", "police assaulted"): rape and assault are mostly private crimes.
   */
  needsPerpetrator: z.boolean().optional(),
  /**
   * Only evidence when an armed group (rebels, militias, ISIS ...) is the cue's agent after "by": "detained by
   * rebels" is an abduction, "detained by police" an arrest for the detention categories to judge.
   */
  needsArmedGroup: z.boolean().optional(),
  /**
   * Only evidence of conditions when the sentence counts several victims, or names what caused the death
   * ("106 detainees died in detention", "died of cholera in prison"): one person's death in prison with no
   * cause given says nothing yet about the conditions.
   */
  needsSeveral: z.boolean().optional(),
  /**
   * A killing only when the sentence names what caused the death: abuse, neglect, violence or wounds ("a detainee
   * died in custody after a beating"). "A detainee died in custody" alone reports a death, not an unlawful killing.
   */
  needsCause: z.boolean().optional(),
});
const RuleCueSchema = z.object({
  phrase: PhraseSchema,
  rule: z.string().regex(/^[a-z0-9-]+$/),
  gap: z.number().int().min(0).max(15).optional(),
});
const NegationCueSchema = RuleCueSchema.extend({
  scope: z.union([z.literal('clause'), z.literal('adjacent'), z.number().int().positive()]),
  /** The negation ends at the next comma: "fired live rounds rather than tear gas, killing three". */
  commaBound: z.boolean().optional(),
});
const MultiplierCueSchema = z.object({
  phrase: PhraseSchema,
  multiplier: z.number().positive(),
  rule: z.string().optional(),
  gap: z.number().int().min(0).max(15).optional(),
});

/** Shape of `lexicon/lexicon.json`; parsed once at module load so a malformed edit fails fast. */
export const LexiconSchema = z.object({
  version: z.string().min(1),
  syntax: z.string().optional(),
  defaultGap: z.number().int().min(0).max(15),
  categories: z.object(
    Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.array(CategoryEntrySchema).min(1)])) as Record<
      CategoryId,
      z.ZodArray<typeof CategoryEntrySchema>
    >,
  ),
  actors: z.object({
    multipliers: z.object({
      state: z.number().positive(),
      unspecified: z.number().positive(),
      non_state: z.number().positive(),
    }),
    state: z.array(PhraseSchema).min(1),
    non_state: z.array(PhraseSchema).min(1),
  }),
  intensity: z.array(
    MultiplierCueSchema.refine((c) => c.multiplier >= 1, 'intensity multipliers must be >= 1'),
  ),
  counts: z.array(z.object({ atLeast: z.number().int().positive(), multiplier: z.number().min(1) })),
  credibility: z.array(MultiplierCueSchema),
  negation: z.array(NegationCueSchema).min(1),
  postNegation: z.array(RuleCueSchema),
  negationExceptions: z.array(PhraseSchema),
  adjacentSkip: z.array(z.string()),
  /** Verbs after "not" that carry the abuse named next ("were not detained incommunicado"). */
  negationCarriers: z.array(z.string()),
  departure: z.array(RuleCueSchema),
  compliance: z.array(RuleCueSchema),
  legalNorm: z.array(RuleCueSchema).min(1),
  legalNormExceptions: z.array(PhraseSchema),
  institutional: z.array(RuleCueSchema).min(1),
  historical: z.array(RuleCueSchema).min(1),
  ongoing: z.array(RuleCueSchema),
  hypothetical: z.array(RuleCueSchema).min(1),
  hypotheticalExceptions: z.array(PhraseSchema),
  /** Court and prosecution events; an abuse they are about is not a fresh event of the report year. */
  courtEvents: z.array(RuleCueSchema),
  /** Nouns that turn a crime word before them into the name of a case ("a murder case"). */
  caseNouns: z.array(z.string()),
  /** Words after a negation that show it denies accountability, not the abuse ("no investigation into the killings"). */
  accountability: z.array(z.string()),
  /** Private perpetrators, ordinary crime, accidents and places abroad: outside the state abuse this country is scored on. */
  outOfScope: z.array(RuleCueSchema),
  /** Stems of words that make an ordinary arrest arbitrary or political (targets, manner, scale); '=word' is that exact word. */
  arbitrarinessMarkers: z.array(z.string()),
  /** Nouns after a year that make it the date of a source ("the 2016 report"), not of the events it describes. */
  sourceNouns: z.array(z.string()),
  /** Words that name a place or state of detention. */
  detentionPlaces: z.array(z.string()),
  /** Words of settings other than detention (work, school, housing) where "poor conditions" are not prison conditions. */
  nonDetentionSettings: z.array(z.string()),
  /** Words just before a court or investigation event that say justice failed ("failed to open investigations"). */
  accountabilityFailure: z.array(z.string()),
  /** Stems of words that name a danger awaiting those returned. */
  dangerWords: z.array(z.string()),
  clauses: z.object({
    breakers: z.array(z.string()),
    /** Open a clause that ends at the next comma wherever they occur. */
    subordinators: z.array(z.string()),
    /** Same, but only at the start of the sentence or after a comma ("while" is also "during"). */
    initialSubordinators: z.array(z.string()),
  }),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/** The validated lexicon shipped with this build. */
export const LEXICON: Lexicon = LexiconSchema.parse(lexiconJson);
