import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import {
  ParsedReportSchema,
  type ParsedReport,
  type ParsedSection,
  type ParsedParagraph,
} from '../scoring/report-model';
import { classifySectionPath } from '../scoring/section-taxonomy';
import { splitPlainTextReport } from './plain-text-layout';

/** Bumped whenever the parser's output for the same page can change; stored with each report. */
export const PARSER_VERSION = 'parser-5';

export type PageRejection =
  | 'empty'
  | 'binary'
  | 'wrong_encoding'
  | 'truncated'
  | 'not_a_country_report'
  | 'no_report_body'
  | 'too_deep';

export type ParsePageResult =
  { ok: true; report: ParsedReport } | { ok: false; code: PageRejection; message: string };

const TITLE_PATTERN = /^(\d{4}) Country Reports? on Human Rights Practices:\s*(.+)$/i;
const BLOCK_TAGS = new Set(['p', 'pre', 'li', 'blockquote', 'tr', 'dd', 'dt', 'figcaption']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'nav',
  'noscript',
  'svg',
  'form',
  'button',
  'iframe',
  'template',
]);
const SKIPPED_CLASSES = ['report__tags', 'report__side', 'report-nav', 'report-toc', 'accordion-icon'];
/** Real pages nest about 25 elements deep; anything far deeper is hostile or broken markup. */
const MAX_DEPTH = 400;

function rejection(code: PageRejection, message: string): ParsePageResult {
  return { ok: false, code, message };
}

function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function classOf(element: Element): string {
  return element.attribs['class'] ?? '';
}

/** Text of a node; `<br>` becomes `lineBreak` (a space, or a newline where line breaks carry layout). */
function textOf(node: AnyNode, depth = 0, lineBreak = ' '): string {
  if (depth > MAX_DEPTH) throw new DepthError();
  if (node.type === 'text') return node.data;
  if (node.type === 'tag' || node.type === 'root') {
    const element = node as Element;
    if (node.type === 'tag' && SKIPPED_TAGS.has(element.name)) return '';
    let out = '';
    for (const child of element.children) {
      out += textOf(child, depth + 1, lineBreak);
      if (child.type === 'tag' && (child as Element).name === 'br') out += lineBreak;
      else if (child.type === 'tag' && (child as Element).name === 'td') out += ' ';
    }
    return out;
  }
  return '';
}

class DepthError extends Error {}

function findFirst(node: AnyNode, test: (element: Element) => boolean, depth = 0): Element | undefined {
  if (depth > MAX_DEPTH) throw new DepthError();
  if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style')
    return undefined;
  const element = node as Element;
  if (node.type === 'tag' && test(element)) return element;
  for (const child of element.children ?? []) {
    const found = findFirst(child, test, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function containsBlock(element: Element, depth = 0): boolean {
  if (depth > MAX_DEPTH) throw new DepthError();
  for (const child of element.children) {
    if (child.type !== 'tag') continue;
    const tag = (child as Element).name;
    if (BLOCK_TAGS.has(tag) || HEADING_TAGS.has(tag) || tag === 'ul' || tag === 'ol' || tag === 'table')
      return true;
    if (containsBlock(child as Element, depth + 1)) return true;
  }
  return false;
}

function isTerritoryNavigation(text: string): boolean {
  return text.length < 120 && /[→|]/.test(text) && !/[.;:]/.test(text);
}

interface Block {
  kind: 'heading' | 'paragraph' | 'prefix';
  level: number;
  text: string;
}

/**
 * Heading level inside the report body. Both layouts mark top-level sections with
 * `report__section-title`; below that the tag name gives the depth.
 */
function headingLevel(element: Element): number {
  if (classOf(element).includes('report__section-title')) return 1;
  const tagLevel = Number(element.name.slice(1));
  return Math.max(2, tagLevel - 1);
}

function collectBlocks(node: AnyNode, blocks: Block[], depth: number): void {
  if (depth > MAX_DEPTH) throw new DepthError();
  if (node.type !== 'tag' && node.type !== 'root') return;
  const element = node as Element;
  if (node.type === 'tag') {
    if (SKIPPED_TAGS.has(element.name)) return;
    const cls = classOf(element);
    if (SKIPPED_CLASSES.some((skipped) => cls.split(/\s+/).includes(skipped))) return;
    // "Section 1." is printed in its own element just before the section's title.
    if (cls.includes('report-toc-section')) {
      const text = collapseWhitespace(textOf(element));
      if (text) blocks.push({ kind: 'prefix', level: 1, text });
      return;
    }
    if (HEADING_TAGS.has(element.name)) {
      const text = collapseWhitespace(textOf(element));
      // "Read a Section: China | Hong Kong | ..." links to the sibling territory pages; it is navigation.
      if (/^read a section\b/i.test(text)) return;
      if (text) blocks.push({ kind: 'heading', level: headingLevel(element), text });
      return;
    }
    if (BLOCK_TAGS.has(element.name) && !containsBlock(element)) {
      const raw = textOf(element, 0, '\n');
      // One page (Kenya 2024) holds its whole report in a single block with hard line breaks and
      // plain-text headings; its lines say where sections and paragraphs begin.
      const plain = raw.includes('\n') ? splitPlainTextReport(raw) : undefined;
      if (plain) {
        for (const piece of plain) blocks.push(piece);
        return;
      }
      const text = collapseWhitespace(raw);
      // "Hong Kong | Macau | Tibet" and "Crimea →" link to the sibling territory pages: navigation.
      if (text && !isTerritoryNavigation(text)) blocks.push({ kind: 'paragraph', level: 0, text });
      return;
    }
  }
  for (const child of element.children) collectBlocks(child, blocks, depth + 1);
}

/** Largest page any source hands to the parser, in bytes (real pages are under 1 MB). */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

const REPORT_URL =
  /^https?:\/\/[^/]+\/reports\/(\d{4})-country-reports-on-human-rights-practices\/[^/?#]+\/?$/;

/** Unwraps web-archive addresses ("https://web.archive.org/web/2021.../https://www.state.gov/...") to the original. */
function unwrapArchivedUrl(url: string): string {
  const inner = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.+)$/.exec(url);
  return inner?.[1] ?? url;
}

/**
 * The page's own address: the canonical link, else og:url. A few saved pages carry a broken
 * relative canonical link or an archive.org address; the first state.gov report address wins.
 */
function sourceUrlOf(root: AnyNode): string | undefined {
  const candidates: string[] = [];
  const link = findFirst(
    root,
    (el) =>
      el.name === 'link' &&
      (el.attribs['rel'] ?? '').split(/\s+/).includes('canonical') &&
      !!el.attribs['href'],
  );
  if (link?.attribs['href']) candidates.push(link.attribs['href']);
  const og = findFirst(
    root,
    (el) => el.name === 'meta' && el.attribs['property'] === 'og:url' && !!el.attribs['content'],
  );
  if (og?.attribs['content']) candidates.push(og.attribs['content']);
  const absolute = candidates.map(unwrapArchivedUrl).filter((url) => /^https?:\/\//.test(url));
  return absolute.find((url) => REPORT_URL.test(url)) ?? absolute[0];
}

function checkBytes(raw: Buffer): ParsePageResult | string {
  if (raw.length === 0 || raw.toString('utf8').trim() === '') return rejection('empty', 'the page is empty');
  const head = raw.subarray(0, Math.min(raw.length, 65536));
  if (head.includes(0))
    return rejection('binary', 'the file holds binary data (NUL bytes), not an HTML page');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return rejection('wrong_encoding', 'the page is not valid UTF-8 (state.gov serves UTF-8)');
  }
}

/**
 * Turns one state.gov country page (2016–2023 or 2024 layout) into report text, sections and
 * paragraphs with exact offsets. Site chrome (navigation, table of contents, scripts, footer) is dropped.
 */
export function parseReportPage(raw: Buffer): ParsePageResult {
  const decoded = checkBytes(raw);
  if (typeof decoded !== 'string') return decoded;
  if (!/<\/html\s*>(\s|<!--[\s\S]*?-->)*$/i.test(decoded.slice(-4096))) {
    return rejection('truncated', 'the page ends before </html>; it was cut off while saving or downloading');
  }
  try {
    return parseDecodedPage(decoded);
  } catch (error) {
    if (error instanceof DepthError || error instanceof RangeError) {
      return rejection('too_deep', `the markup nests deeper than ${MAX_DEPTH} elements`);
    }
    throw error;
  }
}

/**
 * The parts of a page worth building a DOM for: its head (canonical link), its headline and the
 * report body. Pages are ~280 KB of which the body is ~75 KB, so parsing only these parts roughly
 * halves the work; when a marker is missing the whole page is parsed instead.
 */
function slicePage(html: string): { meta: string; body: string } | undefined {
  const headEnd = html.search(/<\/head\s*>/i);
  const h1Start = html.search(/<h1[\s>]/i);
  const bodyMarker = html.search(/<div[^>]*class="[^"]*\breport__content\b/);
  if (headEnd < 0 || h1Start < 0 || bodyMarker < 0 || h1Start > bodyMarker) return undefined;
  const h1End = html.indexOf('</h1>', h1Start);
  const tail = html
    .slice(bodyMarker)
    .search(/class="[^"]*\b(report__tags|report__side|report-nav__fields)\b/);
  const bodyEnd = tail < 0 ? html.length : bodyMarker + tail;
  return {
    meta: `${html.slice(0, headEnd)}</head><body>${html.slice(h1Start, h1End < 0 ? h1Start : h1End + 5)}</body></html>`,
    body: html.slice(bodyMarker, bodyEnd),
  };
}

function parseDecodedPage(html: string): ParsePageResult {
  const sliced = slicePage(html);
  const root = parseDocument(sliced ? sliced.meta : html);
  const bodyRoot = sliced ? parseDocument(sliced.body) : root;
  const sourceUrl = sourceUrlOf(root);
  const urlYear = sourceUrl ? REPORT_URL.exec(sourceUrl)?.[1] : undefined;
  // 2016–2022 and most 2023 pages print "<year> Country Reports on Human Rights Practices: <country>";
  // some 2023 pages print the bare country name, and then the report address must say it is a report.
  const h1 =
    findFirst(root, (el) => el.name === 'h1' && classOf(el).includes('report-header__headline')) ??
    findFirst(root, (el) => el.name === 'h1');
  const headline = h1 ? collapseWhitespace(textOf(h1)) : '';
  const titleMatch = TITLE_PATTERN.exec(headline);
  const yearText = titleMatch?.[1] ?? urlYear;
  const countryText = titleMatch?.[2] ?? (urlYear ? headline : undefined);
  if (!yearText || !countryText) {
    return rejection(
      'not_a_country_report',
      'no "<year> Country Reports on Human Rights Practices: <country>" heading nor report address; this is not a country report page',
    );
  }
  if (!sourceUrl)
    return rejection('not_a_country_report', 'the page has no canonical link naming its state.gov address');
  const year = Number(yearText);
  const pageCountryName = stripRepeatedSuffix(countryText);
  const title = titleMatch ? headline : `${year} Country Reports on Human Rights Practices: ${countryText}`;

  const body = findFirst(bodyRoot, (el) => classOf(el).split(/\s+/).includes('report__content'));
  if (!body) return rejection('no_report_body', 'the page has no report body (div.report__content)');

  const blocks: Block[] = [];
  collectBlocks(body, blocks, 0);
  return assembleReport(blocks, {
    year,
    pageCountryName: pageCountryName.trim(),
    title,
    sourceUrl,
  });
}

/** "China (includes Tibet, Hong Kong, and Macau) - China" repeats the country after a dash. */
function stripRepeatedSuffix(name: string): string {
  const dash = name.search(/\s[-–—]\s[^-–—]*$/);
  if (dash < 0) return name;
  const suffix = name.slice(dash + 3).trim();
  return name.startsWith(suffix) ? name.slice(0, dash) : name;
}

/** Which of the two page layouts the top-level headings show; neither means only a summary was published. */
export function layoutOf(sections: readonly ParsedSection[]): ParsedReport['layout'] {
  const topHeadings = sections.map((s) => s.headingPath[0] ?? '');
  if (topHeadings.some((h) => /\b(Life|Liberty|Security of the Person)$/i.test(h)))
    return 'life-liberty-security';
  return topHeadings.some((h) => /^Section \d/i.test(h)) ? 'sections-1-7' : 'summary-only';
}

export interface PageMeta {
  year: number;
  pageCountryName: string;
  title: string;
  sourceUrl: string;
}

/**
 * Lays headings and paragraphs end to end into one report text with section and paragraph offsets.
 * Pages and PDF or plain-text editions (data/edition-parser.ts) share it, so both cite alike.
 */
export function assembleReport(blocks: readonly Block[], meta: PageMeta): ParsePageResult {
  const pieces: string[] = [];
  let offset = 0;
  const append = (text: string): { start: number; end: number } => {
    if (pieces.length > 0) {
      pieces.push('\n\n');
      offset += 2;
    }
    const start = offset;
    pieces.push(text);
    offset += text.length;
    return { start, end: offset };
  };

  const sections: ParsedSection[] = [];
  const paragraphs: ParsedParagraph[] = [];
  const path: Array<{ level: number; heading: string }> = [];
  let pendingPrefix: string | undefined;

  for (const block of blocks) {
    if (block.kind === 'prefix') {
      pendingPrefix = block.text;
      continue;
    }
    if (block.kind === 'heading') {
      const heading = pendingPrefix && block.level === 1 ? `${pendingPrefix} ${block.text}` : block.text;
      pendingPrefix = undefined;
      while ((path[path.length - 1]?.level ?? 0) >= block.level) path.pop();
      path.push({ level: block.level, heading });
      const headingPath = path.map((entry) => entry.heading);
      const span = append(heading);
      sections.push({ key: classifySectionPath(headingPath), headingPath, start: span.start, end: span.end });
      continue;
    }
    if (sections.length === 0) {
      // Text before any heading (a note on which areas the report covers): kept under "Preface".
      const span = append('Preface');
      sections.push({ key: 'other', headingPath: ['Preface'], start: span.start, end: span.end });
      path.push({ level: 1, heading: 'Preface' });
    }
    const span = append(block.text);
    const sectionIndex = sections.length - 1;
    const section = sections[sectionIndex];
    if (section) section.end = span.end;
    paragraphs.push({ sectionIndex, text: block.text, start: span.start, end: span.end });
  }

  if (paragraphs.length === 0) {
    return rejection('no_report_body', 'the report body has no paragraphs');
  }
  const text = pieces.join('');
  const layout = layoutOf(sections);
  const parsed = ParsedReportSchema.safeParse({ ...meta, layout, text, sections, paragraphs });
  if (!parsed.success) {
    return rejection(
      'no_report_body',
      `the parsed report is incomplete: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  }
  return { ok: true, report: parsed.data };
}
