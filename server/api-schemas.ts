import { z } from 'zod';
import {
  CATEGORY_IDS,
  CategoryIdSchema,
  type CategoryId,
  AssertionStatusSchema,
} from '../scoring/categories';
import { SectionKeySchema } from '../scoring/report-model';
import { BandSchema, CarriedForwardSchema } from '../scoring/score-model';
import { PROFILE_IDS, ProfileCoverageSchema, ProfileIdSchema } from '../scoring/profile-model';
import { RegionSchema } from '../data/country-regions';
import { LANGUAGES } from './web/shared/i18n/messages';

/** One object with a key per category id, all required. */
function perCategory<T extends z.ZodTypeAny>(schema: T) {
  return z.object(Object.fromEntries(CATEGORY_IDS.map((id) => [id, schema])) as Record<CategoryId, T>);
}

const Year = z.coerce.number().int().min(2000).max(2100);

export const CountryParamSchema = z.object({
  country: z
    .string()
    .min(1)
    .max(100)
    .describe('ISO alpha-2 or alpha-3 code, English name or alias, any case, with or without accents'),
});

export const YearQuerySchema = z.object({ year: Year.optional() }).strict();

export const CountryListQuerySchema = z
  .object({
    year: Year.optional(),
    format: z
      .enum(['json', 'csv'])
      .optional()
      .describe('csv for a download link; otherwise the Accept header chooses (text/csv or JSON)'),
  })
  .strict();

/**
 * `lang` of answers written for readers (badges, map and share images, oEmbed): without it the
 * Accept-Language header chooses, and the answer says `Vary: Accept-Language`.
 */
export const Lang = z
  .enum(LANGUAGES)
  .optional()
  .describe('language of the words: en or es (default: the best of Accept-Language, else en)');

export const LangQuerySchema = z.object({ lang: Lang }).strict();

export const MapQuerySchema = z
  .object({
    year: Year.optional(),
    lang: Lang,
    countries: z
      .string()
      .max(2000)
      .transform((text) =>
        text
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ''),
      )
      .pipe(z.array(z.string().max(100)).max(250))
      .optional()
      .describe('countries to outline, comma-separated codes or names'),
  })
  .strict();

/** Image bodies; the PNG names its media type (JSON Schema contentMediaType) so generated clients treat it as a file. */
export const SvgImageSchema = z.string().describe('SVG image');
export const PngImageSchema = z
  .string()
  .meta({ contentMediaType: 'image/png' })
  .describe('PNG image (binary)');

/** The languages the share card is written in (`?lang=`; without it, Accept-Language, else English). */
export const CardLangSchema = z
  .enum(LANGUAGES)
  .describe(
    'language of the card’s words (report figures are the same); default: the best of Accept-Language, else en',
  );

export const CardQuerySchema = z.object({ lang: CardLangSchema.optional() }).strict();

/** Routes that take no query parameters still refuse unknown ones, naming them. */
export const EmptyQuerySchema = z.object({}).strict();

const UNKNOWN_PROFILE = `unknown profile id; valid ids: ${PROFILE_IDS.join(', ')}`;

/** A profile id of a request; an unknown one is refused with the list of valid ids. */
const RequestedProfileSchema = z.enum(PROFILE_IDS, { error: () => UNKNOWN_PROFILE });

/** `?profiles=lgbtqi,criminal_deportee`: distinct profile ids, in the order given. */
export const ProfileListQuerySchema = z
  .string()
  .max(400)
  .describe(`comma-separated risk profile ids (GET /v1/profiles): ${PROFILE_IDS.join(', ')}`)
  .transform((value) => [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => id !== ''))
  .pipe(z.array(RequestedProfileSchema).max(PROFILE_IDS.length));

export const ScoreQuerySchema = z
  .object({
    year: Year.optional(),
    evidence: z.coerce.number().int().min(0).max(50).default(3),
    profiles: ProfileListQuerySchema.optional(),
  })
  .strict();

export const EvidenceQuerySchema = z
  .object({
    category: CategoryIdSchema.optional(),
    year: Year.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z
      .string()
      .max(40)
      .regex(/^[A-Za-z0-9_-]+$/, 'cursor must be a value returned as nextCursor')
      .optional(),
  })
  .strict();

export const BatchQuerySchema = z.object({ sort: z.enum(['score', 'input']).default('input') }).strict();

export const BatchRequestSchema = z
  .object({
    // A blank entry (an empty spreadsheet cell) is answered as an error of its own, not refused with the batch.
    countries: z.array(z.string().max(100)).min(1).max(250),
    year: z.number().int().min(2000).max(2100).optional(),
    profiles: z
      .array(RequestedProfileSchema)
      .max(PROFILE_IDS.length)
      .optional()
      .describe('risk profile ids: each result gets their scores, the CSV a column per profile'),
  })
  .strict();

export const AnalyzeRequestSchema = z
  .object({
    text: z.string().min(1).max(100_000),
    country: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe(
        'the country whose report the text comes from (code or name): an abuse the text places in another country is then read as abroad',
      ),
    year: z
      .number()
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .describe('the year the report covers: events the text dates to earlier years are then historical'),
  })
  .strict();

export const CountryRefSchema = z.object({
  code: z.string().length(2).describe('ISO 3166-1 alpha-2 (Kosovo: XK)'),
  iso3: z.string().length(3).describe('ISO 3166-1 alpha-3 (Kosovo: XKX)'),
  name: z.string(),
});

export const CountryListItemSchema = CountryRefSchema.extend({
  year: z.number().int(),
  score: z.number(),
  band: BandSchema,
  confidence: z.number(),
  aliases: z
    .array(z.string())
    .describe('other names that find this report (former names, territories it covers)'),
  region: RegionSchema.nullable().describe('continent (UN geoscheme), null when not known'),
  categories: perCategory(z.number().min(0).max(100)).describe('score of each category'),
});
export const CountryListResponseSchema = z.object({ countries: z.array(CountryListItemSchema) });

export const CategorySummarySchema = z.object({
  score: z.number().min(0).max(100),
  evidenceCount: z.number().int().nonnegative(),
  year: z.number().int().describe('report year the figure comes from'),
});

export const EvidenceItemSchema = z.object({
  category: CategoryIdSchema,
  quote: z.string().describe('verbatim sentence from the report'),
  section: SectionKeySchema,
  heading: z.string(),
  year: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  weight: z.number(),
  sourceUrl: z.string().describe('state.gov page with a text fragment that highlights the quote'),
  pinpoint: z.object({
    section: z.string().nullable().describe('the report’s own outline number ("1.c"); null where unnumbered'),
    paragraph: z.number().int().nullable().describe('paragraph number within that part (¶)'),
    text: z.string().describe('"§ 1.c, ¶ 4"'),
  }),
  citation: z
    .string()
    .describe(
      'U.S. Dep’t of State, <report title> § 1.c, ¶ 4 (retrieved YYYY-MM-DD), then the address with its text fragment',
    ),
});

/** A sentence aimed at a group: a category abuse or a group-specific harm (`harm`), with its place in the report. */
export const ProfileEvidenceItemSchema = EvidenceItemSchema.omit({
  category: true,
}).extend({
  category: CategoryIdSchema.nullable().describe(
    'the abuse category, or null for a group-specific harm only',
  ),
  harm: z
    .string()
    .nullable()
    .describe('group-specific harm (criminalisation, detention_on_arrival, …) or null'),
  groupCue: z.string().describe('the words that name the group, as printed'),
  cue: z.string().describe('the words that assert the abuse or the harm, as printed'),
  reason: z
    .string()
    .describe(
      'why the sentence counts for the group: which words named it and which abuse it is the target of',
    ),
});

export const ProfileResultSchema = z.object({
  id: ProfileIdSchema,
  label: z.string(),
  score: z.number().min(0).max(100).describe('never below the country score'),
  band: BandSchema,
  countryScore: z.number().min(0).max(100),
  targetedScore: z.number().min(0).max(100).describe('0–100 from the sentences aimed at the group'),
  explanation: z
    .string()
    .describe('how the score was combined, or that no report sentence targets this group'),
  evidence: z.array(ProfileEvidenceItemSchema),
  coverage: ProfileCoverageSchema,
});

export const ProfileListResponseSchema = z.object({
  profiles: z.array(z.object({ id: ProfileIdSchema, label: z.string(), definition: z.string() })),
});
export const ReportSummarySchema = z
  .object({
    quote: z.string(),
    section: SectionKeySchema,
    heading: z.string(),
    year: z.number().int(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    sourceUrl: z.string().describe('state.gov page with a text fragment that highlights the quote'),
  })
  .describe(
    "the executive summary's own list of the year's abuses, shown once here rather than as every category's top quote",
  );

/** One edition of a report: its page, its PDF or a plain-text export of the PDF. */
export const ReportSourceItemSchema = z.object({
  kind: z
    .enum(['page', 'pdf', 'text'])
    .describe('the state.gov page, its PDF edition or a plain-text export'),
  quoted: z.boolean().describe('whether the stored text and every quote’s link come from this edition'),
  address: z.string(),
  retrievedAt: z.string(),
  sha256: z.string(),
});

export const ScoreResponseSchema = z.object({
  country: CountryRefSchema,
  year: z.number().int(),
  score: z.number().min(0).max(100),
  band: BandSchema,
  confidence: z.number().min(0).max(1),
  categories: perCategory(CategorySummarySchema),
  evidence: z.array(EvidenceItemSchema),
  summary: ReportSummarySchema.nullable(),
  coverage: z.object({
    sections: z.array(SectionKeySchema),
    missingCategories: z.array(CategoryIdSchema),
    carriedForward: z.array(CarriedForwardSchema),
    notes: z.array(z.string()),
  }),
  methodology: z.object({ version: z.string(), url: z.string() }),
  report: z.object({
    year: z.number().int(),
    title: z.string(),
    sourceUrl: z.string(),
    sha256: z.string(),
    retrievedAt: z.string(),
    sources: z
      .array(ReportSourceItemSchema)
      .describe(
        'every edition of this report on record: the one its text and quotes come from (`quoted`) first, then any other (a state.gov PDF of a report read from its page), each with its own address, retrieval date and SHA-256',
      ),
  }),
  note: z.string().optional().describe('set when the country is reported inside another country’s page'),
  profiles: z.array(ProfileResultSchema).optional().describe('present when `profiles` was asked for'),
});

export const HistoryResponseSchema = z.object({
  country: CountryRefSchema,
  years: z.array(
    z.object({
      year: z.number().int(),
      score: z.number(),
      band: BandSchema,
      confidence: z.number(),
      categories: perCategory(z.number()),
      sourceUrl: z.string(),
    }),
  ),
});

export const PassageSchema = z.object({
  quote: z.string(),
  snippet: z.string(),
  section: SectionKeySchema,
  heading: z.string(),
  year: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  sourceUrl: z.string(),
});

export const EvidenceResponseSchema = z.object({
  country: CountryRefSchema,
  items: z.array(z.union([EvidenceItemSchema, PassageSchema])),
  nextCursor: z.string().nullable(),
});

export const BatchResultSchema = z.object({
  input: z.string(),
  country: CountryRefSchema,
  year: z.number().int(),
  score: z.number(),
  band: BandSchema,
  confidence: z.number(),
  categories: perCategory(z.number()),
  profiles: z
    .array(
      z.object({ id: ProfileIdSchema, score: z.number(), band: BandSchema, evidenceCount: z.number().int() }),
    )
    .optional()
    .describe('present when `profiles` was asked for'),
});

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  suggestions: z.array(CountryRefSchema).optional(),
});

export const BatchErrorSchema = z.object({
  input: z.string(),
  type: z.string().describe('problem type, as in a problem document: /problems/unknown-country, …'),
  status: z.number().int(),
  title: z.string(),
  detail: z.string(),
  suggestions: z.array(CountryRefSchema),
});

export const BatchResponseSchema = z.object({
  results: z.array(BatchResultSchema),
  errors: z.array(BatchErrorSchema),
});

export const AnalyzeResponseSchema = z.object({
  sentences: z.array(
    z.object({
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      signals: z.array(
        z.object({
          category: CategoryIdSchema,
          status: AssertionStatusSchema,
          weight: z.number(),
          cue: z.string(),
        }),
      ),
    }),
  ),
  summary: z.object({
    sentenceCount: z.number().int(),
    assertedByCategory: perCategory(z.number().int()),
    otherStatuses: z.record(z.string(), z.number().int()),
  }),
});

export const HealthResponseSchema = z.object({ status: z.literal('ok') });
export const ReadyResponseSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  reports: z.number().int(),
  /** The data release served (its digest), when the server runs on one. */
  release: z.string().optional(),
});

/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export const BadgeJsonSchema = z.object({
  schemaVersion: z.literal(1),
  label: z.string(),
  message: z.string(),
  color: z.string(),
  cacheSeconds: z.number().int(),
});

/** oEmbed's own parameters; others are ignored, as consumers add their own. */
export const OEmbedQuerySchema = z.object({
  url: z.string().min(1).max(2000).describe('address of a country page of this service'),
  format: z.enum(['json', 'xml']).default('json').describe('only json is implemented (xml is a 501)'),
  maxwidth: z.coerce.number().int().min(1).optional(),
  maxheight: z.coerce.number().int().min(1).optional(),
  lang: Lang,
});

export const OEmbedResponseSchema = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.string(),
  cache_age: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  html: z.string(),
});

const EditionPair = {
  from: Year.describe('the earlier edition'),
  to: Year.describe('the later edition'),
};
const fromBeforeTo: [(query: { from: number; to: number }) => boolean, { message: string; path: string[] }] =
  [(query) => query.from < query.to, { message: 'from must be earlier than to', path: ['to'] }];

export const ChangesQuerySchema = z
  .object(EditionPair)
  .strict()
  .refine(...fromBeforeTo);

// The format is a parameter rather than content negotiation: cached answers are replayed by address.
export const ChangesSummaryQuerySchema = z
  .object({ ...EditionPair, format: z.enum(['json', 'csv']).default('json') })
  .strict()
  .refine(...fromBeforeTo);

const CategoryFiguresSchema = z.object({
  evidenceCount: z.number().int().nonnegative().describe('asserted sentences'),
  weight: z.number().nonnegative().describe('sum of their weights, before diminishing returns'),
});

export const EditionChangesSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  droppedTopics: z.array(SectionKeySchema).describe('topics the earlier edition has and the later one lacks'),
  addedTopics: z.array(SectionKeySchema),
  length: z.object({
    from: z.number().int(),
    to: z.number().int(),
    change: z.number().int().describe('characters; negative when the later edition is shorter'),
    ratio: z.number(),
  }),
  categories: perCategory(z.object({ from: CategoryFiguresSchema, to: CategoryFiguresSchema })),
  noLongerAsserted: z.array(CategoryIdSchema).describe('asserted in the earlier edition, not in the later'),
  mostlyDropped: z
    .array(CategoryIdSchema)
    .describe(
      'the later edition keeps at most a quarter of the earlier asserted sentences (from at least 4)',
    ),
});

const ReportSourceSchema = z.object({
  year: z.number().int(),
  title: z.string(),
  sourceUrl: z.string(),
  sha256: z.string(),
  retrievedAt: z.string(),
});

export const CountryChangesResponseSchema = z.object({
  country: CountryRefSchema,
  changes: EditionChangesSchema,
  reports: z.object({ from: ReportSourceSchema, to: ReportSourceSchema }),
  noLongerSays: z
    .array(
      z.object({
        category: CategoryIdSchema,
        reason: z.enum(['none_asserted', 'mostly_dropped']),
        quotes: z.array(EvidenceItemSchema),
      }),
    )
    .describe(
      'up to 5 earlier quotes per category the later edition no longer asserts (or mostly dropped), each absent from the later text, quotes under dropped topics first',
    ),
});

export const ChangesSummaryResponseSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  summary: z.object({
    countries: z.number().int(),
    medianLength: z.object({ from: z.number(), to: z.number(), ratio: z.number() }),
    droppedTopics: z.array(z.object({ topic: SectionKeySchema, countries: z.number().int() })),
    noLongerAsserted: z.array(z.object({ category: CategoryIdSchema, countries: z.number().int() })),
  }),
  countries: z.array(z.object({ country: CountryRefSchema, changes: EditionChangesSchema })),
});

export const PacketQuerySchema = z
  .object({
    year: Year.optional(),
    categories: z
      .string()
      .max(300)
      .optional()
      .transform((value) => (value ? value.split(',').map((entry) => entry.trim()) : undefined))
      .pipe(z.array(CategoryIdSchema).optional())
      .describe('comma-separated category ids; all by default'),
    profiles: ProfileListQuerySchema.optional().describe(
      `comma-separated risk profile ids (GET /v1/profiles): the cover names them, the summary scores them and their quotes follow the categories'; ${PROFILE_IDS.join(', ')}`,
    ),
  })
  .strict();
