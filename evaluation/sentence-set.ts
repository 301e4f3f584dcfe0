import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import { z } from 'zod';
import { CATEGORY_IDS, CategoryIdSchema, type CategoryId } from '../scoring/categories';
import { PROFILE_IDS, ProfileIdSchema, type ProfileId } from '../scoring/profile-model';
import type { ParsedReport } from '../scoring/report-model';
import { getCountryRegistry } from '../data/country-registry';
import { parseReportPage } from '../data/report-parser';
import { readSource } from '../data/report-sources';

/**
 * The labelled sentence set: references to real report sentences (never their text), each with a label per
 * category and an actor. A reference is the page's SHA-256 and the sentence's character offsets into the report
 * text the parser makes of that page, plus a hash of the sentence so a parser change that moves text is caught.
 */
export const CategoryLabelsSchema = z.object(
  Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.boolean()])) as Record<CategoryId, z.ZodBoolean>,
);
export type CategoryLabels = z.infer<typeof CategoryLabelsSchema>;

export const ActorSchema = z.enum(['state', 'non_state', 'unclear']);
export type Actor = z.infer<typeof ActorSchema>;

/** The risk-profile groups the labelling guide names: the profiles of scoring/, one id list. */
export const GROUP_IDS = PROFILE_IDS;
export const GroupIdSchema = ProfileIdSchema;
export type GroupId = ProfileId;

/**
 * One reading of a sentence: the categories it asserts (none for most sentences), the actor of that abuse, and the
 * groups the abuse or a group-specific harm targets.
 */
export const AnnotationSchema = z.object({
  asserted: z.array(CategoryIdSchema),
  actor: ActorSchema,
  groups: z.array(GroupIdSchema),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export function labelsOf(annotation: Annotation): CategoryLabels {
  return Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, annotation.asserted.includes(id)]),
  ) as CategoryLabels;
}

export const SentenceReferenceSchema = z.object({
  id: z.string().regex(/^s-[0-9a-f]{12}$/),
  iso3: z.string().length(3),
  year: z.number().int().min(2016).max(2024),
  /** SHA-256 of the page as published (the corpus MANIFEST lists it). */
  pageSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Offsets into the parsed report text of that page (`ParsedReport.text`). */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** First 16 hex digits of the SHA-256 of the sentence text: proves the offsets still land on it. */
  sentenceSha256: z.string().regex(/^[0-9a-f]{16}$/),
  section: z.string(),
  /** Why the sentence was drawn (category cue and section group, or `no-cue`). */
  stratum: z.string(),
  split: z.enum(['dev', 'test']),
  /** Adjudicated gold labels. */
  gold: AnnotationSchema,
  /** The two independent annotations before adjudication (for agreement figures). */
  annotators: z.tuple([AnnotationSchema, AnnotationSchema]),
  /**
   * When a consistency pass labelled the sentence again under a later guide (two new blind annotations, every
   * difference from each other or from the earlier gold adjudicated): the pass, its annotations and the gold
   * before it, so figures on the earlier gold can still be computed.
   */
  consistencyPass: z
    .object({
      pass: z.string(),
      annotators: z.tuple([AnnotationSchema, AnnotationSchema]),
      previousGold: AnnotationSchema,
    })
    .optional(),
});
export type SentenceReference = z.infer<typeof SentenceReferenceSchema>;

export const SentenceSetSchema = z.object({
  version: z.string(),
  guide: z.string(),
  sentences: z.array(SentenceReferenceSchema),
});
export type SentenceSet = z.infer<typeof SentenceSetSchema>;

export const SentenceSplitSchema = z.object({
  version: z.string(),
  method: z.string(),
  dev: z.array(z.string().length(3)),
  test: z.array(z.string().length(3)),
});

/**
 * The later dev rounds (3 onward): each drawn after some lexicon version and labelled the same way (all labels new,
 * every disagreement adjudicated), in its own folder of the labelling folder, its strata marked by a prefix so the
 * rules can be scored on sentences they were never tuned on.
 */
export const LATER_DEV_ROUNDS = [
  { round: 3, folder: 'round3', prefix: 'more-dev:' },
  { round: 4, folder: 'round4', prefix: 'more-dev-4:' },
  { round: 5, folder: 'round5', prefix: 'more-dev-5:' },
  { round: 6, folder: 'round6', prefix: 'more-dev-6:' },
  { round: 7, folder: 'round7', prefix: 'more-dev-7:' },
  { round: 8, folder: 'round8', prefix: 'more-dev-8:' },
  { round: 9, folder: 'round9', prefix: 'more-dev-9:' },
  { round: 10, folder: 'round10', prefix: 'more-dev-10:' },
  { round: 11, folder: 'round11', prefix: 'more-dev-11:' },
  { round: 12, folder: 'round12', prefix: 'more-dev-12:' },
  { round: 13, folder: 'round13', prefix: 'more-dev-13:' },
] as const;
export type LaterDevRound = (typeof LATER_DEV_ROUNDS)[number];

/**
 * Later test rounds: more sentences of the test-part countries, drawn and labelled like the later dev rounds (only
 * new text, each text once), to narrow the intervals of the test figures. They are scored, never tuned on.
 */
export const LATER_TEST_ROUNDS = [{ round: 2, folder: 'test-round2', prefix: 'more-test-2:' }] as const;
export type LaterTestRound = (typeof LATER_TEST_ROUNDS)[number];

/** The later test round whose prefix a stratum carries, if any. */
export function laterTestRoundOf(stratum: string): LaterTestRound | undefined {
  return LATER_TEST_ROUNDS.find((r) => stratum.startsWith(r.prefix));
}

/** The later dev round whose prefix a stratum carries, if any. */
export function laterDevRoundOf(stratum: string): LaterDevRound | undefined {
  return LATER_DEV_ROUNDS.find((r) => stratum.startsWith(r.prefix));
}

export const SENTENCE_SET_FILE = path.resolve(__dirname, 'labels', 'sentence-set.json');
export const SENTENCE_SPLIT_FILE = path.resolve(__dirname, 'labels', 'sentence-split.json');

export function hashSentence(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function sentenceIdFor(pageSha256: string, start: number): string {
  return `s-${createHash('sha256').update(`${pageSha256}:${start}`).digest('hex').slice(0, 12)}`;
}

export async function loadSentenceSet(file = SENTENCE_SET_FILE): Promise<SentenceSet> {
  return SentenceSetSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
}

export async function loadSentenceSplit(
  file = SENTENCE_SPLIT_FILE,
): Promise<z.infer<typeof SentenceSplitSchema>> {
  return SentenceSplitSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
}

/** One parsed page of the corpus with its hash and the country the registry gives it. */
export interface CorpusReport {
  sha256: string;
  iso3: string;
  report: ParsedReport;
}

/**
 * Parses every page of the given year archives. Pages the parser rejects, or whose country the registry does
 * not know, are skipped: they hold no sentence the set can refer to.
 */
export async function* readCorpusReports(archives: readonly string[]): AsyncGenerator<CorpusReport> {
  const registry = getCountryRegistry();
  for (const archive of archives) {
    for await (const page of readSource(archive)) {
      if (!page.ok) continue;
      const parsed = parseReportPage(page.raw);
      if (!parsed.ok) continue;
      const country = registry.identifyReportCountry(parsed.report.pageCountryName);
      if (!country) continue;
      yield {
        sha256: createHash('sha256').update(page.raw).digest('hex'),
        iso3: country.iso3,
        report: parsed.report,
      };
    }
  }
}

export function archivesIn(corpusDir: string, years: readonly number[]): string[] {
  return years.map((year) => path.join(corpusDir, `state-dept-hrr-${year}.tar.gz`));
}

export type ResolvedSentence = { ok: true; text: string } | { ok: false; reason: string };

/** The sentence a reference points at, or why it no longer lands on it. */
export function resolveReference(ref: SentenceReference, report: ParsedReport | undefined): ResolvedSentence {
  if (!report) return { ok: false, reason: `no page with SHA-256 ${ref.pageSha256} in the corpus` };
  if (ref.end > report.text.length) {
    return {
      ok: false,
      reason: `offsets ${ref.start}–${ref.end} run past the report text (${report.text.length})`,
    };
  }
  const text = report.text.slice(ref.start, ref.end);
  if (hashSentence(text) !== ref.sentenceSha256) {
    return { ok: false, reason: `offsets ${ref.start}–${ref.end} no longer land on the labelled sentence` };
  }
  return { ok: true, text };
}

/**
 * Reads the corpus pages the references name (by SHA-256) and resolves each reference to its sentence text.
 * Only the pages in the set are parsed.
 */
export async function resolveSentenceSet(
  references: readonly SentenceReference[],
  corpusDir: string,
): Promise<Map<string, ResolvedSentence>> {
  const wanted = new Set(references.map((ref) => ref.pageSha256));
  const years = [...new Set(references.map((ref) => ref.year))].sort();
  const reports = new Map<string, ParsedReport>();
  for (const archive of archivesIn(corpusDir, years)) {
    for await (const page of readSource(archive)) {
      if (!page.ok) continue;
      const sha256 = createHash('sha256').update(page.raw).digest('hex');
      if (!wanted.has(sha256)) continue;
      const parsed = parseReportPage(page.raw);
      if (parsed.ok) reports.set(sha256, parsed.report);
    }
  }
  return new Map(references.map((ref) => [ref.id, resolveReference(ref, reports.get(ref.pageSha256))]));
}
