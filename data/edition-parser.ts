import path from 'path';
import { pathToFileURL } from 'url';
import type { ParsedReport } from '../scoring/report-model';
import { splitPlainTextReport } from './plain-text-layout';
import { assembleReport } from './report-parser';

/**
 * The state.gov PDF edition of a report, or a plain-text export of it, turned into the same parsed
 * report a page gives: running headers, footers and page numbers removed, wrapped and hyphenated
 * lines rejoined, sections found by their plain-text headings (plain-text-layout.ts).
 */

export type EditionKind = 'pdf' | 'text';

export type EditionRejection = 'not_a_country_report' | 'no_report_body' | 'wrong_encoding' | 'empty';

export type ParseEditionResult =
  { ok: true; report: ParsedReport } | { ok: false; code: EditionRejection; message: string };

/** "2023 Country Reports on Human Rights Practices: El Salvador" */
const TITLE_LINE = /^(\d{4}) Country Reports? on Human Rights Practices:\s*(.+)$/i;
/** The running title of the PDF editions: "EL SALVADOR 2023 HUMAN RIGHTS REPORT". */
const RUNNING_TITLE =
  /^(.+?)\s+(\d{4})\s+(?:COUNTRY\s+REPORTS?\s+ON\s+)?HUMAN\s+RIGHTS\s+(?:REPORT|PRACTICES)$/i;
/** The PDF's file name on state.gov: "528267-EL-SALVADOR-2023-HUMAN-RIGHTS-REPORT.pdf". */
const FILE_NAME = /^(?:\d+[-_])?(.+?)[-_ ](\d{4})[-_ ]HUMAN[-_ ]RIGHTS[-_ ]REPORT/i;
/** "12", "Page 12", "Page 12 of 40", "12 / 40" */
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** Lines at the top and bottom of a page that may be a running header or footer. */
const EDGE_LINES = 3;

function clean(line: string): string {
  return line.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A running line with its page number blanked, so "Page 3" and "Page 4" count as the same line. */
function runningKey(line: string): string {
  return clean(line).replace(/\d+/g, '#').toLowerCase();
}

/** "EL SALVADOR" → "El Salvador"; names already in mixed case are kept as printed. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\b(And|Of|The)\b/g, (word) => word.toLowerCase());
}

/**
 * Removes running headers and footers: lines among the first or last few of a page that recur on
 * at least half the pages (numbers blanked), and bare page numbers there. With one page only (a
 * text export without form feeds) only page numbers standing apart from the prose go.
 */
export function removeRunningLines(pages: readonly (readonly string[])[]): string[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const filled = lines.map(clean).filter(Boolean);
    const edges = new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)].map(runningKey));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const running = (line: string) =>
    PAGE_NUMBER.test(clean(line)) || (pages.length >= 2 && (counts.get(runningKey(line)) ?? 0) >= threshold);

  return pages.map((page) => {
    const lines: Array<string | undefined> = page.map(clean);
    const strip = (order: number[]) => {
      let seen = 0;
      for (const index of order) {
        const line = lines[index];
        if (!line) continue;
        if (seen >= EDGE_LINES || !running(line)) break;
        lines[index] = undefined;
        seen += 1;
      }
    };
    const indices = lines.map((_, index) => index);
    strip(indices);
    strip([...indices].reverse());
    if (pages.length === 1) {
      for (const [index, line] of lines.entries()) {
        const apart = !lines[index - 1] || !lines[index + 1];
        if (line && PAGE_NUMBER.test(line) && apart) lines[index] = undefined;
      }
    }
    // Blank lines left at a page's edges say nothing: a paragraph may run on over the page break.
    const kept = lines.filter((line): line is string => line !== undefined);
    while (kept[0] === '') kept.shift();
    while (kept[kept.length - 1] === '') kept.pop();
    return kept;
  });
}

interface Identity {
  year: number;
  countryName: string;
}

/** The report's year and country: from its title line, its running title, else the file's name. */
function identify(lines: readonly string[], origin: string): Identity | undefined {
  for (const line of lines) {
    const title = TITLE_LINE.exec(line);
    if (title?.[1] && title[2]) return { year: Number(title[1]), countryName: nameCase(clean(title[2])) };
  }
  for (const line of lines) {
    const running = RUNNING_TITLE.exec(line);
    if (running?.[1] && running[2])
      return { year: Number(running[2]), countryName: nameCase(clean(running[1])) };
  }
  const base = path.basename(origin.replace(/[?#].*$/, ''));
  const named = FILE_NAME.exec(base);
  if (named?.[1] && named[2]) {
    return { year: Number(named[2]), countryName: nameCase(named[1].replace(/[-_]+/g, ' ')) };
  }
  return undefined;
}

/** Where quotes from this edition point: its web address, else the file it was read from. */
function addressOf(origin: string): string {
  return /^https?:\/\//i.test(origin) ? origin : pathToFileURL(path.resolve(origin)).href;
}

/**
 * Parses the pages of a PDF edition (each page's lines) or of a plain-text export into a report.
 * `origin` is the file or address it came from; quotes cite it. The report must show at least two
 * "Section N." / "a." headings, as the plain-text layout requires of any report.
 */
export function parseEditionPages(pages: readonly (readonly string[])[], origin: string): ParseEditionResult {
  const allLines = pages.flat().map(clean);
  if (!allLines.some(Boolean))
    return { ok: false, code: 'empty', message: `${path.basename(origin)} holds no text` };
  const identity = identify(allLines.filter(Boolean), origin);
  if (!identity) {
    return {
      ok: false,
      code: 'not_a_country_report',
      message: `${path.basename(origin)}: no "<year> Country Reports on Human Rights Practices: <country>" title, no "<COUNTRY> <year> HUMAN RIGHTS REPORT" running title and no such file name; this is not a country report edition`,
    };
  }
  const lines = removeRunningLines(pages).flat();
  // A page printed whole carries the site's menus before the report's title: the report starts there.
  const titleAt = lines.findIndex((line) => TITLE_LINE.test(line));
  // The title lines themselves are not report text.
  const body = lines.slice(titleAt + 1).filter((line) => !TITLE_LINE.test(line) && !RUNNING_TITLE.test(line));
  const blocks = splitPlainTextReport(body.join('\n'));
  if (!blocks) {
    return {
      ok: false,
      code: 'no_report_body',
      message: `${path.basename(origin)}: no "Section N." or "a." headings were found, so its sections cannot be told apart`,
    };
  }
  const result = assembleReport(blocks, {
    year: identity.year,
    pageCountryName: identity.countryName,
    title: `${identity.year} Country Reports on Human Rights Practices: ${identity.countryName}`,
    sourceUrl: addressOf(origin),
  });
  return result.ok
    ? result
    : { ok: false, code: 'no_report_body', message: `${path.basename(origin)}: ${result.message}` };
}

/** Parses a plain-text export: UTF-8, pages separated by form feeds when the export kept them. */
export function parseEditionText(raw: Buffer, origin: string): ParseEditionResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, code: 'wrong_encoding', message: `${path.basename(origin)} is not UTF-8 text` };
  }
  return parseEditionPages(
    text.split('\f').map((page) => page.split(/\r\n|\r|\n/)),
    origin,
  );
}

/** Whether a source page is a PDF or a plain-text edition rather than an HTML page, and which. */
export function editionKindOf(origin: string, raw: Buffer): EditionKind | undefined {
  if (raw.subarray(0, 1024).includes(Buffer.from('%PDF-')) || /\.pdf$/i.test(origin)) return 'pdf';
  if (/\.txt$/i.test(origin)) return 'text';
  return undefined;
}
