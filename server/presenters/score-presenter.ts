import type { z } from 'zod';
import { buildTextFragmentUrl } from '../../scoring/report-scorer';
import type { EvidenceRow, PassageRow, ProfileEvidenceRow } from '../../data/report-reader';
import type {
  EvidenceItemSchema,
  EvidenceResponseSchema,
  PassageSchema,
  ProfileEvidenceItemSchema,
  ProfileResultSchema,
  ScoreResponseSchema,
} from '../api-schemas';
import type { CountryScore, EvidencePage, ProfileResult } from '../country-service';
import { citationParts, formatCitation, formatPinpoint } from './citation-presenter';

type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const METHODOLOGY_URL = '/methodology';

/**
 * The fields a score's evidence item and a profile's share: the quote, where it stands, its link to the
 * sentence on state.gov and its citation. Each caller puts its own fields around them.
 */
function presentPlacedQuote(row: Omit<EvidenceRow, 'category'>) {
  return {
    quote: row.quote,
    section: row.section,
    heading: row.heading,
    year: row.year,
    start: row.start,
    end: row.end,
    weight: row.weight,
    sourceUrl: buildTextFragmentUrl(row.sourceUrl, row.quote),
    pinpoint: { section: row.outline, paragraph: row.paragraph, text: formatPinpoint(row) },
    citation: formatCitation(citationParts(row)),
  };
}

/** A stored evidence row as the API shows it, linked to its sentence in the report on state.gov. */
export function presentEvidenceItem(row: EvidenceRow): EvidenceItem {
  return { category: row.category, ...presentPlacedQuote(row) };
}

/** A stored sentence aimed at a group, shown like a score's evidence item, with the harm and the group's words. */
export function presentProfileEvidenceItem(
  row: ProfileEvidenceRow,
): z.infer<typeof ProfileEvidenceItemSchema> {
  return {
    category: row.category,
    harm: row.harm,
    groupCue: row.groupCue,
    ...presentPlacedQuote(row),
    cue: row.cue,
    reason: explainProfileEvidence(row),
  };
}

/** "Names the group (“gay men”) as the target of “beat” (torture)." */
export function explainProfileEvidence(
  row: Pick<ProfileEvidenceRow, 'groupCue' | 'cue' | 'category' | 'harm'>,
) {
  const what =
    row.harm === 'criminalisation'
      ? 'a law that criminalises the group, which counts as stated because the law is the risk'
      : row.category !== null
        ? `an asserted ${row.category.replace(/_/g, ' ')} abuse aimed at it`
        : row.harm === null || row.harm === 'abuse'
          ? 'an asserted abuse aimed at it'
          : `the group-specific harm "${row.harm.replace(/_/g, ' ')}", asserted`;
  return `Names the group (“${row.groupCue}”) in the same list item as “${row.cue}”: ${what}.`;
}

/** A profile's score with its evidence linked to the sentences on state.gov. */
export function presentProfile(result: ProfileResult): z.infer<typeof ProfileResultSchema> {
  return {
    id: result.id,
    label: result.label,
    score: result.score,
    band: result.band,
    countryScore: result.countryScore,
    targetedScore: result.targetedScore,
    explanation: result.explanation,
    evidence: result.evidence.map(presentProfileEvidenceItem),
    coverage: result.coverage,
  };
}

function presentPassage(row: PassageRow): z.infer<typeof PassageSchema> {
  return {
    quote: row.text,
    snippet: row.snippet,
    section: row.section,
    heading: row.heading,
    year: row.year,
    start: row.start,
    end: row.end,
    sourceUrl: buildTextFragmentUrl(row.sourceUrl, row.text),
  };
}

/** The score answer: the figures, each quote linked to its sentence, the report's provenance and the method. */
export function presentScore(value: CountryScore): z.infer<typeof ScoreResponseSchema> {
  const { evidence, methodVersion, report, summary, profiles, ...figures } = value;
  return {
    ...figures,
    ...(profiles ? { profiles: profiles.map(presentProfile) } : {}),
    evidence: evidence.map(presentEvidenceItem),
    summary: summary
      ? { ...summary, sourceUrl: buildTextFragmentUrl(report.sourceUrl, summary.quote) }
      : null,
    methodology: { version: methodVersion, url: METHODOLOGY_URL },
    report: {
      year: report.year,
      title: report.title,
      sourceUrl: report.sourceUrl,
      sha256: report.sha256,
      retrievedAt: report.retrievedAt,
      sources: report.sources,
    },
  };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** Offset from a cursor, or undefined when the cursor was not made by us. */
export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return 0;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,7})$/.exec(decoded);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** One page of evidence or passages, with the cursor of the next page. */
export function presentEvidencePage(page: EvidencePage): z.infer<typeof EvidenceResponseSchema> {
  return {
    country: page.country,
    items: page.kind === 'passages' ? page.rows.map(presentPassage) : page.rows.map(presentEvidenceItem),
    nextCursor: page.nextOffset === null ? null : encodeCursor(page.nextOffset),
  };
}
