/**
 * Pinpoints: where a paragraph sits in the report's own outline. Both page layouts number their
 * parts the same way ("Section 1. Life" or "Section 1. Respect for the Integrity of the Person",
 * then "c. Torture and …"), so a citation reads "§ 1.c, ¶ 4" in either. Deeper headings carry no
 * number of their own; their paragraphs count on within the numbered part above them, which is how
 * a reader holding the printed report finds them.
 */

const SECTION_NUMBER = /^\s*section\s+(\d{1,2})\b/i;
const LETTER = /^\s*([a-z])[.)]\s/i;

/**
 * The outline number of a section from its heading path ("1", "1.c"), or null for a part the report
 * does not number (the executive summary, a preface, a plain-text report without "Section" lines).
 */
export function outlineOf(headingPath: readonly string[]): string | null {
  const top = headingPath[0];
  const section = top === undefined ? undefined : SECTION_NUMBER.exec(top)?.[1];
  if (section === undefined) return null;
  const second = headingPath[1];
  const letter = second === undefined ? undefined : LETTER.exec(second)?.[1];
  return letter === undefined ? section : `${section}.${letter.toLowerCase()}`;
}

/** The part a paragraph is counted in: its outline number, or its top heading when unnumbered. */
function unitOf(headingPath: readonly string[]): string {
  return outlineOf(headingPath) ?? `heading:${headingPath[0] ?? ''}`;
}

export interface ReportPinpoints {
  /** Outline number of each section, in section order. */
  sectionOutlines: Array<string | null>;
  /** 1-based number of each paragraph within its outline unit, in paragraph order. */
  paragraphNumbers: number[];
}

/**
 * Numbers a parsed report's paragraphs within their outline units. It depends only on the sections
 * and the paragraph order, so re-ingesting the same page gives the same numbers.
 */
export function numberParagraphs(
  sections: ReadonlyArray<{ headingPath: readonly string[] }>,
  paragraphs: ReadonlyArray<{ sectionIndex: number }>,
): ReportPinpoints {
  const units = sections.map((section) => unitOf(section.headingPath));
  const counts = new Map<string, number>();
  const paragraphNumbers = paragraphs.map((paragraph) => {
    const unit = units[paragraph.sectionIndex] ?? '';
    const next = (counts.get(unit) ?? 0) + 1;
    counts.set(unit, next);
    return next;
  });
  return { sectionOutlines: sections.map((section) => outlineOf(section.headingPath)), paragraphNumbers };
}
