/** A slice of a source text: `text === source.slice(start, end)`. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that are (almost) never sentence-final in the reports: titles, legal references,
// month names before a day, corporate suffixes.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'amb',
  'pres',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'paras',
  'sec',
  'secs',
  'vol',
  'pp',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'univ',
  'assn',
  'approx',
  'est',
  'vs',
  'cf',
  'ibid',
  'al',
  'ch',
]);

// After a dotted acronym ("U.S.", "U.N.") a sentence break is only plausible before a typical opener.
const SENTENCE_OPENERS = new Set([
  'The',
  'In',
  'On',
  'During',
  'There',
  'This',
  'That',
  'These',
  'Those',
  'According',
  'Authorities',
  'Police',
  'It',
  'He',
  'She',
  'They',
  'A',
  'An',
  'As',
  'At',
  'Although',
  'However',
  'Some',
  'Several',
  'Many',
  'NGOs',
  'Government',
  'Security',
  'Human',
  'Officials',
  'No',
  'For',
  'By',
  'After',
  'Following',
  'While',
  'Despite',
  'We',
  'His',
  'Her',
  'Their',
]);

// A terminal punctuation run, optionally closed by quotes or brackets, followed by whitespace or the end.
const BOUNDARY_RE = /[.!?]+["'”’)\]]*(?=\s|$)/g;
const PARAGRAPH_RE = /\n[ \t\r]*\n/g;

function isBreak(para: string, punctStart: number, punctEnd: number, sentenceStart: number): boolean {
  const punct = para.charAt(punctStart);
  let k = punctEnd;
  while (k < para.length && /\s/.test(para.charAt(k))) k++;
  if (k >= para.length) return true;
  const next = para.charAt(k);
  // A sentence never continues in lower case: "p. 4", "e.g. the", "et al. reported".
  if (next >= 'a' && next <= 'z') return false;
  // Only a period can belong to an abbreviation; "!" and "?" always end the sentence.
  if (punct !== '.') return true;
  // The word (letters and inner dots) right before the period.
  let b = punctStart;
  while (b > sentenceStart && /[A-Za-z0-9.]/.test(para.charAt(b - 1))) b--;
  const before = para.slice(b, punctStart);
  if (before === '') return true;
  const lowerBefore = before.toLowerCase();
  if (ABBREVIATIONS.has(lowerBefore)) return false;
  // Initials ("J. Smith") and sub-section letters ("section 1.c. Torture").
  if (/^[A-Za-z]$/.test(before)) return false;
  // Numbered list items: "1. The police ..." or "iv. Detainees ..." at the start of a sentence.
  if (/^(?:\d{1,3}|[ivxlc]{1,5}|[a-z])$/i.test(before) && para.slice(sentenceStart, b).trim() === '')
    return false;
  // "Section 1. Respect for ...", "Article 5. The law ...": a numbered reference, not a sentence end.
  if (
    /^\d{1,3}$/.test(before) &&
    /\b(?:section|article|chapter|part|paragraph)\s+$/i.test(para.slice(Math.max(sentenceStart, b - 12), b))
  ) {
    return false;
  }
  // Dotted acronyms and "e.g."/"i.e.": keep going unless a typical opener follows.
  if (before.includes('.')) {
    if (/^(?:e\.g|i\.e|viz)$/i.test(before)) return false;
    const nextWord = /^[A-Za-z]+/.exec(para.slice(k))?.[0] ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

function pushTrimmed(out: TextSpan[], source: string, start: number, end: number): void {
  while (start < end && /\s/.test(source.charAt(start))) start++;
  while (end > start && /\s/.test(source.charAt(end - 1))) end--;
  if (end > start) out.push({ text: source.slice(start, end), start, end });
}

/**
 * Split text into sentences with exact offsets. Blank lines always end a sentence (headings and
 * paragraphs); a single newline is ordinary whitespace. Periods after known abbreviations ("Mr.",
 * "No.", "Jan."), initials, dotted acronyms ("U.S.") and list numbers ("1.") do not end a sentence.
 * Spans are trimmed of surrounding whitespace and never empty.
 */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let paraStart = 0;
  PARAGRAPH_RE.lastIndex = 0;
  const paragraphs: Array<[number, number]> = [];
  for (let m = PARAGRAPH_RE.exec(text); m !== null; m = PARAGRAPH_RE.exec(text)) {
    paragraphs.push([paraStart, m.index]);
    paraStart = m.index + m[0].length;
  }
  paragraphs.push([paraStart, text.length]);

  for (const [ps, pe] of paragraphs) {
    const para = text.slice(ps, pe);
    let sentenceStart = 0;
    BOUNDARY_RE.lastIndex = 0;
    for (let m = BOUNDARY_RE.exec(para); m !== null; m = BOUNDARY_RE.exec(para)) {
      const punctStart = m.index;
      const punctEnd = m.index + m[0].length;
      if (isBreak(para, punctStart, punctEnd, sentenceStart)) {
        pushTrimmed(out, text, ps + sentenceStart, ps + punctEnd);
        sentenceStart = punctEnd;
      }
    }
    pushTrimmed(out, text, ps + sentenceStart, pe);
  }
  return out;
}
