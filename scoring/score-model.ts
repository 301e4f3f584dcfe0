import { z } from 'zod';
import { CategoryIdSchema, CATEGORY_IDS, type CategoryId } from './categories';
import { SectionKeySchema } from './report-model';

export const BANDS = ['low', 'moderate', 'elevated', 'high', 'severe'] as const;
export const BandSchema = z.enum(BANDS);
export type Band = z.infer<typeof BandSchema>;

export const EvidenceSchema = z.object({
  category: CategoryIdSchema,
  /** Verbatim substring of the report text: text.slice(start, end). */
  quote: z.string(),
  section: SectionKeySchema,
  /** The most specific original heading the sentence sits under. */
  heading: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  weight: z.number().nonnegative(),
  /** The words that triggered the signal, as printed. */
  cue: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const CategoryScoreSchema = z.object({
  score: z.number().min(0).max(100),
  /** Sum of the weights of the asserted sentences, before the length adjustment and diminishing returns. */
  raw: z.number().nonnegative(),
  evidenceCount: z.number().int().nonnegative(),
  /** Whether the report has the section where this category is normally reported. */
  covered: z.boolean(),
});
export type CategoryScore = z.infer<typeof CategoryScoreSchema>;

const categoryRecord = <T extends z.ZodTypeAny>(schema: T) =>
  z.object(Object.fromEntries(CATEGORY_IDS.map((id) => [id, schema])) as Record<CategoryId, T>);

export const CoverageSchema = z.object({
  /** Section keys the report has, in page order, without duplicates. */
  sections: z.array(SectionKeySchema),
  /** Categories whose home section is absent from this report. */
  missingCategories: z.array(CategoryIdSchema),
  textLength: z.number().int().nonnegative(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** A quoted span of the report text that is not tied to one category. */
export const QuoteSchema = z.object({
  /** Verbatim substring of the report text: text.slice(start, end). */
  quote: z.string(),
  section: SectionKeySchema,
  heading: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ReportScoreSchema = z.object({
  methodVersion: z.string(),
  year: z.number().int(),
  score: z.number().min(0).max(100),
  band: BandSchema,
  confidence: z.number().min(0).max(1),
  categories: categoryRecord(CategoryScoreSchema),
  coverage: CoverageSchema,
  /** Most specific asserted sentences first within each category (see `rankEvidence`). */
  evidence: z.array(EvidenceSchema),
  /**
   * The executive summary's own list of the year's abuses ("Significant human rights issues
   * included credible reports of: ..."), shown once here instead of as every category's top quote.
   * Null when the report has none; scores stored before this field existed read as null.
   */
  summary: QuoteSchema.nullable().default(null),
});
export type ReportScore = z.infer<typeof ReportScoreSchema>;

export const HeadlineCategorySchema = z.object({
  score: z.number().min(0).max(100),
  evidenceCount: z.number().int().nonnegative(),
  /** The report year this figure comes from (an earlier year when the latest report lost the topic). */
  year: z.number().int(),
});

export const CarriedForwardSchema = z.object({
  category: CategoryIdSchema,
  fromYear: z.number().int(),
  reason: z.enum(['section_missing', 'report_shortened']),
  note: z.string(),
});
export type CarriedForward = z.infer<typeof CarriedForwardSchema>;

export const HeadlineScoreSchema = z.object({
  methodVersion: z.string(),
  /** Year of the latest report. */
  year: z.number().int(),
  score: z.number().min(0).max(100),
  band: BandSchema,
  confidence: z.number().min(0).max(1),
  categories: categoryRecord(HeadlineCategorySchema),
  carriedForward: z.array(CarriedForwardSchema),
  notes: z.array(z.string()),
});
export type HeadlineScore = z.infer<typeof HeadlineScoreSchema>;
