import { buildTextFragmentUrl } from '../../scoring/report-scorer';
import type { EvidenceRow } from '../../data/report-reader';

/** The parts of a pinpoint citation, so a document can set the title in italics. */
export interface CitationParts {
  author: string;
  /** "2023 Country Reports on Human Rights Practices: El Salvador" (italic in print). */
  title: string;
  /** "§ 1.c, ¶ 4", or "Executive Summary, ¶ 2" for a part the report does not number. */
  pinpoint: string;
  /** "retrieved 2026-11-27" */
  retrieved: string;
  /** The report's address with a text fragment that highlights the quote. */
  url: string;
}

type CitedRow = Pick<
  EvidenceRow,
  'quote' | 'sourceUrl' | 'outline' | 'paragraph' | 'topHeading' | 'heading' | 'reportTitle' | 'retrievedAt'
>;

/** "EXECUTIVE SUMMARY" → "Executive Summary"; headings already in mixed case are kept. */
function readableHeading(heading: string): string {
  if (heading !== heading.toUpperCase()) return heading;
  return heading.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/** "§ 1.c, ¶ 4": where the quote sits in the report's own outline. */
export function formatPinpoint(row: Pick<CitedRow, 'outline' | 'paragraph' | 'topHeading' | 'heading'>) {
  const part = row.outline !== null ? `§ ${row.outline}` : readableHeading(row.topHeading ?? row.heading);
  return row.paragraph !== null ? `${part}, ¶ ${row.paragraph}` : part;
}

export function citationParts(row: CitedRow): CitationParts {
  return {
    author: "U.S. Dep't of State",
    title: row.reportTitle,
    pinpoint: formatPinpoint(row),
    retrieved: `retrieved ${row.retrievedAt.slice(0, 10)}`,
    url: buildTextFragmentUrl(row.sourceUrl, row.quote),
  };
}

/**
 * A ready citation: U.S. Dep't of State, 2023 Country Reports on Human Rights Practices: El Salvador
 * § 1.c, ¶ 4 (retrieved 2026-11-27), followed by the address with its text fragment.
 */
export function formatCitation(parts: CitationParts): string {
  return `${parts.author}, ${parts.title} ${parts.pinpoint} (${parts.retrieved}), ${parts.url}`;
}
