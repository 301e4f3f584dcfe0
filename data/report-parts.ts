import { ParsedReportSchema, type ParsedReport, type ParsedSection } from '../scoring/report-model';
import { layoutOf } from './report-parser';

/** A top-level heading that opens a report: its executive summary or its first numbered section. */
function opensReport(section: ParsedSection | undefined): boolean {
  if (!section || section.headingPath.length !== 1) return false;
  return section.key === 'executive_summary' || /^Section 1\b/i.test(section.headingPath[0] ?? '');
}

/**
 * Indices of sections that open a territory's own part: a top-level heading nobody classifies
 * ("West Bank and Gaza"), after a report has already begun, directly followed by a new executive
 * summary or Section 1.
 */
function partStarts(report: ParsedReport, isOwnDestination: (name: string) => boolean): number[] {
  const starts: number[] = [];
  let begun = false;
  for (const [index, section] of report.sections.entries()) {
    const heading = section.headingPath[0] ?? '';
    const named =
      section.headingPath.length === 1 && section.key === 'other' && !/^(Section \d|Preface$)/i.test(heading);
    if (begun && named && opensReport(report.sections[index + 1]) && isOwnDestination(heading))
      starts.push(index);
    if (opensReport(section)) begun = true;
  }
  return starts;
}

/** Sections [from, to) as a report of their own, offsets counted from the first one's heading. */
function slicePart(report: ParsedReport, from: number, to: number, name: string): ParsedReport | undefined {
  const sections = report.sections.slice(from, to);
  const base = sections[0]?.start ?? 0;
  const end = Math.max(...sections.map((s) => s.end));
  const paragraphs = report.paragraphs
    .filter((p) => p.sectionIndex >= from && p.sectionIndex < to)
    .map((p) => ({ ...p, sectionIndex: p.sectionIndex - from, start: p.start - base, end: p.end - base }));
  const rebased = sections.map((s) => ({ ...s, start: s.start - base, end: s.end - base }));
  const parsed = ParsedReportSchema.safeParse({
    ...report,
    pageCountryName: name,
    layout: layoutOf(rebased),
    text: report.text.slice(base, end),
    sections: rebased,
    paragraphs,
  });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The reports one page holds. Almost every page holds one. A page that prints a territory's complete
 * report after the country's own (a heading such as "West Bank and Gaza" followed by a new executive
 * summary or Section 1) yields one report per part, each with its own text, sections and offsets;
 * the territory's part takes the heading as its country name, and keeps the page's title and address.
 * Only parts that `isOwnDestination` accepts are split off (the West Bank and Gaza; not Tibet, which has
 * no code of its own and stays in China's report). A part without paragraphs keeps the page whole.
 */
export function splitReportParts(
  report: ParsedReport,
  isOwnDestination: (partName: string) => boolean,
): ParsedReport[] {
  const starts = partStarts(report, isOwnDestination);
  if (starts.length === 0) return [report];
  const bounds = [0, ...starts, report.sections.length];
  const parts: ParsedReport[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? report.sections.length;
    const name = i === 0 ? report.pageCountryName : (report.sections[from]?.headingPath[0] ?? '');
    const part = slicePart(report, from, to, name);
    if (!part) return [report];
    parts.push(part);
  }
  return parts;
}
