/**
 * Reports published as one pre-formatted block: hard line breaks every ~75 characters and
 * headings printed as plain-text lines ("Section 1. Life", "a. Extrajudicial Killings",
 * "Physical Attacks, Imprisonment, and Pressure"). The page markup then says nothing about
 * structure, so headings and paragraph ends are read from the lines themselves.
 */

export interface PlainTextBlock {
  kind: 'heading' | 'paragraph';
  /** Heading depth as the HTML layouts count it: 1 for "Section N.", 2 for "a.", 3+ below. */
  level: number;
  text: string;
}

/** "Section 1. Life", "Section 2. Respect for Civil Liberties, Including:" */
const SECTION_MARKER = /^Section \d{1,2}\.\s+\S/;
/** "a. Extrajudicial Killings": one lower-case letter, a dot, then a capitalised title. */
const LETTER_MARKER = /^[a-z]\.\s+[A-Z]/;
/** A line that ends a sentence: a full stop, question or exclamation mark, perhaps inside quotes or brackets. */
const SENTENCE_END = /[.!?]["”’')\]]*$/;
/** Anything a heading does not end with (headings end with a word, a bracket or, for "Including:", a colon). */
const PUNCTUATION_END = /[.,;!?]["”’')\]]*$/;
/** Words a title leaves in lower case; they do not count against a line being a heading. */
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over per the to under via with without against'.split(
    ' ',
  ),
);
/** A heading wrapped onto a second line ends its first line with one of these. */
const DANGLING_WORD = /(,|\b(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|their|its))$/i;
/** Fewer marker headings than this and the block is ordinary prose that merely has line breaks in its source. */
const MIN_MARKER_HEADINGS = 2;

function isMarker(line: string): boolean {
  return SECTION_MARKER.test(line) || LETTER_MARKER.test(line);
}

function firstWordLength(line: string | undefined): number {
  return line ? (line.split(/\s+/)[0] ?? '').length : 0;
}

/** Most words capitalised, as in a title ("Prolonged Detention without Charges"), unlike prose. */
function isTitleCase(line: string): boolean {
  const words = line
    .replace(/^[a-z]\.\s+|^Section \d+\.\s+/, '')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter((word) => word && !SMALL_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}

/** The width lines are wrapped at: a high percentile, so a few over-long lines do not stretch it. */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines
    .filter((line) => line.length > 0)
    .map((line) => line.length)
    .sort((a, b) => a - b);
  return Math.max(40, lengths[Math.floor(lengths.length * 0.9)] ?? 0);
}

/** Joins a wrapped line to the next: a word hyphenated across the break keeps its hyphen and loses the space. */
function joinWrapped(left: string, right: string): string {
  if (left.endsWith('\u00ad')) return left.slice(0, -1) + right;
  // "two-" + "week": a compound split at its hyphen. The hyphen is kept rather than guessing that
  // it was a soft break inside one word, because dropping it would make up a word the report never printed.
  if (/\p{L}-$/u.test(left)) return left + right;
  return `${left} ${right}`;
}

/**
 * Splits a pre-formatted report block into headings and paragraphs, or returns `undefined` when the
 * block does not look like one (fewer than two "Section N." / "a." heading lines), so ordinary
 * paragraphs whose HTML source merely wraps are left alone.
 *
 * A line is a heading when it follows the end of a paragraph (or another heading), is shorter than
 * the wrap width, does not end with punctuation, reads as a title and is not followed by a line that
 * continues it in lower case. A paragraph ends at a blank line, a heading, or a line that ends a
 * sentence well short of the wrap width (the next word would have fitted, so the break was meant).
 */
export function splitPlainTextReport(rawText: string): PlainTextBlock[] | undefined {
  const lines = rawText.split(/\r\n|\r|\n/).map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim());
  const width = wrapWidth(lines);
  const shortLimit = width * 0.85;

  const nextNonBlank = (index: number): string | undefined => {
    for (let i = index + 1; i < lines.length; i += 1) if (lines[i]) return lines[i];
    return undefined;
  };
  const headingShaped = (line: string, next: string | undefined): boolean => {
    if (!/^[\p{Lu}\d]|^[a-z]\.\s/u.test(line)) return false;
    if (next !== undefined && /^\p{Ll}/u.test(next) && !LETTER_MARKER.test(next)) return false;
    // A PDF edition prints "a. Arbitrary Deprivation of Life … Killings" on one line as wide as the
    // prose: a marked title may fill the line, an unmarked one may not.
    if (isMarker(line) && line.length > shortLimit)
      return line.length <= width && !PUNCTUATION_END.test(line) && isTitleCase(line);
    if (line.length > shortLimit) return false;
    if (isMarker(line)) return !PUNCTUATION_END.test(line);
    return !PUNCTUATION_END.test(line) && !line.endsWith(':') && isTitleCase(line);
  };

  const blocks: PlainTextBlock[] = [];
  let paragraph: string | undefined;
  let previousEndsParagraph = true;
  let previousWasHeading = false;
  let markerHeadings = 0;
  /** Level of the last heading that carried no marker, and whether text followed it. */
  let unmarked: { level: number; hadBody: boolean } | undefined;
  let markedLevel = 0;

  const flush = (): void => {
    if (paragraph) blocks.push({ kind: 'paragraph', level: 0, text: paragraph });
    paragraph = undefined;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!line) {
      flush();
      previousEndsParagraph = true;
      previousWasHeading = false;
      continue;
    }
    const next = nextNonBlank(i);
    if ((previousEndsParagraph || previousWasHeading) && headingShaped(line, next)) {
      let heading = line;
      // A long heading wraps: "… Degrading Treatment or" / "Punishment".
      while (i + 1 < lines.length) {
        const following = lines[i + 1] ?? '';
        const afterFollowing = nextNonBlank(i + 1);
        const wrapped =
          following &&
          !isMarker(following) &&
          headingShaped(following, afterFollowing) &&
          (DANGLING_WORD.test(heading) || (lines[i] ?? '').length >= width * 0.7);
        if (!wrapped) break;
        heading = `${heading} ${following}`;
        i += 1;
      }
      flush();
      let level: number;
      if (SECTION_MARKER.test(heading)) {
        level = 1;
        markerHeadings += 1;
      } else if (LETTER_MARKER.test(heading)) {
        level = 2;
        markerHeadings += 1;
      } else if (previousWasHeading && unmarked && !unmarked.hadBody) {
        level = unmarked.level + 1;
      } else if (unmarked) {
        level = unmarked.level;
      } else {
        level = markedLevel + 1;
      }
      if (level <= 2) {
        markedLevel = level;
        unmarked = undefined;
      } else {
        unmarked = { level, hadBody: false };
      }
      blocks.push({ kind: 'heading', level, text: heading });
      previousWasHeading = true;
      previousEndsParagraph = true;
      continue;
    }
    paragraph = paragraph === undefined ? line : joinWrapped(paragraph, line);
    if (unmarked) unmarked.hadBody = true;
    previousWasHeading = false;
    previousEndsParagraph = SENTENCE_END.test(line);
    const deliberateBreak =
      previousEndsParagraph && next !== undefined && line.length + 1 + firstWordLength(next) <= shortLimit;
    if (deliberateBreak) flush();
  }
  flush();
  return markerHeadings >= MIN_MARKER_HEADINGS ? blocks : undefined;
}
