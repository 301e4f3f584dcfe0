import { z } from 'zod';
import { CategoryIdSchema } from './categories';
import { SectionKeySchema } from './report-model';
import { BandSchema } from './score-model';

/** The risk profiles (issue 12). Ids are part of the public API and never change. */
export const PROFILE_IDS = [
  'political_opponent',
  'journalist',
  'lgbtqi',
  'religious_minority',
  'ethnic_minority',
  'women_girls',
  'criminal_deportee',
  'gang_perceived',
  'migrant_asylum_seeker',
  'health_disability',
] as const;
export const ProfileIdSchema = z.enum(PROFILE_IDS);
export type ProfileId = z.infer<typeof ProfileIdSchema>;

const PhraseSchema = z.string().min(1);

const HarmSchema = z.object({
  phrase: PhraseSchema,
  weight: z.number().positive(),
  gap: z.number().int().min(0).max(15).optional(),
  /** An arrest or a prosecution: aimed at a group whose criminalisation the report states, the law is enforced. */
  enforces: z.boolean().optional(),
  /**
   * Phrases that undo the harm when they sit in its list item: the law binds only soldiers; the arrest is of those complicit in violence against the group, not of the group.
   */
  unless: z.array(PhraseSchema).optional(),
  /**
   * The harm is a removal abroad, read by the analyser's rules for returns (refoulement): a
   * removal goes abroad by nature, a "deportation from" another country was done there, and
   * "pending deportation" or "advocated for the return" hedges it.
   */
  isReturn: z.boolean().optional(),
  /**
   * The harm is also an ordinary crime (rape, female genital mutilation), read by the analyser's rules for
   * crimes: named as the charge of an arrest, trial or conviction ("arrested a man for raping a girl",
   * "convicted of rape"), it is the state's handling of a crime, not an abuse the state commits or tolerates.
   */
  isCrime: z.boolean().optional(),
});

/** One profile of `profiles/profiles.json`. */
export const ProfileDefinitionSchema = z.object({
  id: ProfileIdSchema,
  label: z.string().min(1),
  definition: z.string().min(1),
  /** Sections where the reports discuss the group; a sentence elsewhere counts with `offSectionWeight`. */
  sections: z.array(SectionKeySchema).min(1),
  /** Phrases that name the group (lexicon phrase syntax). */
  terms: z.array(PhraseSchema).min(1),
  /**
   * Phrases that name the group unless one of their `unless` phrases sits in the same list item:
   * "inadequate medical care" names people who need care, but not when listed with food, sanitation
   * and overcrowding, the conditions every inmate shares (`unlessInmateConditions`: the set's
   * `inmateConditions` count as `unless` phrases).
   */
  qualifiedTerms: z
    .array(
      z
        .object({
          phrase: PhraseSchema,
          unless: z.array(PhraseSchema).min(1).optional(),
          unlessInmateConditions: z.boolean().optional(),
        })
        .refine(
          (q) => q.unless !== undefined || q.unlessInmateConditions === true,
          'an unless phrase or list',
        ),
    )
    .optional(),
  /**
   * Phrases that name the group only by the circumstances of an abuse (where it happened, or the act it answered),
   * not by who the victim is: "detained at a demonstration", "jailed for writing". When a group of `yieldTo` is named
   * in the same list item, the victims are that group, whose own work brought them there or drew the abuse (a reporter
   * at a rally, a reporter jailed for an article), and the phrase names no one.
   */
  contextTerms: z
    .array(z.object({ phrase: PhraseSchema, yieldTo: z.array(ProfileIdSchema).min(1) }))
    .optional(),
  /**
   * Categories that do not make the group a target by themselves: conditions in a women's prison
   * are not gender-based violence, nor is a woman's arrest at a rally or torture to extract a confession.
   */
  ignoreCategories: z.array(CategoryIdSchema).optional(),
  /**
   * What a law against the group punishes ("same-sex sexual conduct"). A sentence naming it with a
   * `repealWords` phrase ("the court declared the section unconstitutional as it applied to consensual
   * same-sex activity") says the law has ended, and the report no longer counts as criminalising the group,
   * whatever other sentences say of the law as it stood.
   */
  lawObjects: z.array(PhraseSchema).optional(),
  /**
   * The common harms of arrest and prosecution do not make the group a target by themselves: a woman
   * convicted of a crime is not a victim of gender-based violence (the group's own harms still count).
   */
  ignoreEnforcement: z.boolean().optional(),
  /**
   * Words for the rest of the population ("men", "boys"). A group word joined to one of them by
   * "and"/"or" ("1,200 women and 1,400 men") makes the group a share of all victims, not a target as
   * such: only the group's own harms count there.
   */
  complements: z.array(z.string().min(1)).optional(),
  /**
   * Words that, right before a term, make it name another group: "transgender women" are targeted for
   * their gender identity (`lgbtqi`), not as women.
   */
  notAfter: z.array(z.string().min(1)).optional(),
  harms: z.array(
    HarmSchema.extend({
      id: z.string().regex(/^[a-z_]+$/),
      /** A law stating this harm counts too: the law is the risk (criminalisation of the group). */
      criminalises: z.boolean().optional(),
      /** Counts in a sentence about a law too ("laws criminalising …, which were enforced"). */
      statedWithLaw: z.boolean().optional(),
      /**
       * Counts only when words outside the harm name the group ("inmates with HIV were denied
       * treatment"), not when the harm's own words are all that names it ("inadequate medical care").
       */
      needsNamedGroup: z.boolean().optional(),
    }),
  ),
});
export type ProfileDefinition = z.infer<typeof ProfileDefinitionSchema>;

export const ProfileSetSchema = z.object({
  version: z.string().min(1),
  comment: z.string().optional(),
  combination: z.object({
    /** Raw targeted weight at which the targeted score reaches 63 (as the categories' saturation). */
    saturation: z.number().positive(),
    /** Share of the gap between the country score and 100 that a targeted score of 100 closes. */
    uplift: z.number().min(0).max(1),
    offSectionWeight: z.number().min(0).max(1),
    evidencePerProfile: z.number().int().positive(),
    /** Sentences naming the group a report needs for the topic to count as covered that year. */
    topicMinMentions: z.number().int().positive(),
    shortenedRatio: z.number().min(0).max(1),
    /**
     * A report that states a law criminalising the group puts the profile score at least at the
     * lower edge of this band: the law exposes every member of the group to arrest.
     */
    criminalisationFloor: BandSchema,
    /** The same, when the report also tells of arrests or prosecutions of the group: the law is enforced. */
    enforcedCriminalisationFloor: BandSchema,
  }),
  /** Stems of verbs that make a group the source of a statement ("activists reported"), not its target. */
  reportingVerbs: z.array(z.string().min(1)),
  /** Words right after a group word that make it the name of an armed actor ("ethnic armed groups"). */
  actorWords: z.array(z.string().min(1)),
  /** Words that may sit between a group and the verb that makes it the speaker ("activists also said"). */
  fillerWords: z.array(z.string().min(1)),
  /**
   * Conditions every inmate of a prison shares (food, sanitation, overcrowding, …): in their list item a
   * lack of medical care or a disease is one more of them, and names no one who needs care.
   */
  inmateConditions: z.array(PhraseSchema).min(1),
  /** Capitalised words that make a capitalised run the name of an institution ("Refugee Rights Clinic"). */
  institutionWords: z.array(z.string().min(1)),
  /**
   * Phrases of help and response (shelters, hotlines, services for survivors): in their list item a
   * harm word describes what the help is for, not an abuse the sentence asserts.
   */
  responseWords: z.array(PhraseSchema),
  /**
   * Phrases saying a law no longer stands (struck down, repealed, decriminalised, declared
   * unconstitutional): anywhere in the sentence, unless the analyser finds them negated ("was not
   * repealed"), they undo a criminalising harm, since the sentence is about the law's end.
   */
  repealWords: z.array(PhraseSchema),
  /** Harms that count for every profile when the sentence names the group as their target. */
  commonHarms: z.array(HarmSchema),
  profiles: z
    .array(ProfileDefinitionSchema)
    .length(PROFILE_IDS.length)
    .refine((list) => PROFILE_IDS.every((id) => list.some((p) => p.id === id)), 'every profile id once'),
});
export type ProfileSet = z.infer<typeof ProfileSetSchema>;

/** A sentence that asserts an abuse aimed at a group: a category abuse or a group-specific harm. */
export const ProfileEvidenceSchema = z.object({
  profile: ProfileIdSchema,
  /** The category of the abuse, or null when only a group-specific harm counts. */
  category: CategoryIdSchema.nullable(),
  /** Id of the group-specific harm (`criminalisation`, `detention_on_arrival`, …), or null for a category abuse. */
  harm: z.string().nullable(),
  /** Verbatim substring of the report text: text.slice(start, end). */
  quote: z.string(),
  section: SectionKeySchema,
  heading: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  weight: z.number().nonnegative(),
  /** The abuse cue, then the words that named the group, as printed. */
  cue: z.string(),
  groupCue: z.string(),
});
export type ProfileEvidence = z.infer<typeof ProfileEvidenceSchema>;

/** What one report says about one group. */
export const ReportProfileSummarySchema = z.object({
  /** Sum of the weights of the sentences targeting the group. */
  raw: z.number().nonnegative(),
  /** The part of `raw` from sentences that only state a law criminalising the group (no abuse category). */
  lawRaw: z.number().nonnegative().default(0),
  evidenceCount: z.number().int().nonnegative(),
  /** Sentences that name the group at all, targeted or not: whether the report covers the topic. */
  mentions: z.number().int().nonnegative(),
  /** Whether a sentence states a law in force that criminalises the group. */
  criminalised: z.boolean().default(false),
  /** Whether a sentence tells of arrests or prosecutions aimed at the group. */
  enforced: z.boolean().default(false),
  /** Whether a sentence says the law against the group was struck down or repealed (see `lawObjects`). */
  lawEnded: z.boolean().default(false),
});
export type ReportProfileSummary = z.infer<typeof ReportProfileSummarySchema>;

/** Profile findings of one report: a summary per profile and the strongest evidence per profile. */
export const ReportProfilesSchema = z.object({
  profileVersion: z.string(),
  year: z.number().int(),
  textLength: z.number().int().nonnegative(),
  profiles: z.object(
    Object.fromEntries(PROFILE_IDS.map((id) => [id, ReportProfileSummarySchema])) as Record<
      ProfileId,
      typeof ReportProfileSummarySchema
    >,
  ),
  evidence: z.array(ProfileEvidenceSchema),
});
export type ReportProfiles = z.infer<typeof ReportProfilesSchema>;

export const ProfileCarriedForwardSchema = z.object({
  profile: ProfileIdSchema,
  fromYear: z.number().int(),
  reason: z.enum(['topic_dropped', 'report_shortened']),
  note: z.string(),
});
export type ProfileCarriedForward = z.infer<typeof ProfileCarriedForwardSchema>;

/** Which year each part of a profile score comes from, and what was carried forward and why. */
export const ProfileCoverageSchema = z.object({
  countryScoreYear: z.number().int(),
  /** Report year of the targeted evidence; null when no report sentence targets the group. */
  evidenceYear: z.number().int().nullable(),
  carriedForward: z.array(ProfileCarriedForwardSchema),
  notes: z.array(z.string()),
});
export type ProfileCoverage = z.infer<typeof ProfileCoverageSchema>;

/** A profile's score for a country, before the HTTP layer adds evidence rows. */
export const ProfileScoreSchema = z.object({
  id: ProfileIdSchema,
  label: z.string(),
  score: z.number().min(0).max(100),
  band: BandSchema,
  countryScore: z.number().min(0).max(100),
  targetedScore: z.number().min(0).max(100),
  evidenceCount: z.number().int().nonnegative(),
  /** How the score was combined, in plain words. */
  explanation: z.string(),
  coverage: ProfileCoverageSchema,
});
export type ProfileScore = z.infer<typeof ProfileScoreSchema>;
