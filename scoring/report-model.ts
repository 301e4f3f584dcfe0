import { z } from 'zod';

/**
 * Normalised section keys shared by both page layouts (2016–2023 "Section 1 … 7" and 2024
 * "Life / Liberty / Security of the Person"). Unknown headings become `other`.
 */
export const SECTION_KEYS = [
  'executive_summary',
  'killings',
  'disappearance',
  'torture',
  'prison_conditions',
  'police_security',
  'arbitrary_arrest',
  'fair_trial',
  'political_prisoners',
  'civil_remedies',
  'property_restitution',
  'privacy',
  'conflict_abuses',
  'transnational_repression',
  'expression',
  'assembly',
  'religion',
  'movement',
  'refugees',
  'political_participation',
  'corruption',
  'monitoring',
  'discrimination',
  'children',
  'trafficking',
  'worker_rights',
  'population_control',
  'other',
] as const;
export const SectionKeySchema = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof SectionKeySchema>;

export const ParsedParagraphSchema = z.object({
  /** Index into `sections`. */
  sectionIndex: z.number().int().nonnegative(),
  text: z.string().min(1),
  /** Character offsets into `ParsedReport.text`: text === report.text.slice(start, end). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ParsedParagraph = z.infer<typeof ParsedParagraphSchema>;

export const ParsedSectionSchema = z.object({
  key: SectionKeySchema,
  /** The original headings from the outermost to this one, as printed on the page. */
  headingPath: z.array(z.string().min(1)).min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ParsedSection = z.infer<typeof ParsedSectionSchema>;

/** A State Department country page reduced to its report text, sections and paragraphs. */
export const ParsedReportSchema = z.object({
  year: z.number().int().min(1999).max(2100),
  /** Country name as the page prints it, e.g. "China (Includes Hong Kong, Macau, and Tibet)". */
  pageCountryName: z.string().min(1),
  title: z.string().min(1),
  sourceUrl: z.string().url(),
  /** `summary-only`: the page as published holds no numbered sections. */
  layout: z.enum(['sections-1-7', 'life-liberty-security', 'summary-only']),
  /** Plain text of the report body: headings and paragraphs separated by blank lines. */
  text: z.string().min(1),
  sections: z.array(ParsedSectionSchema).min(1),
  paragraphs: z.array(ParsedParagraphSchema).min(1),
});
export type ParsedReport = z.infer<typeof ParsedReportSchema>;
