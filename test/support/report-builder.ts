import type { ParsedReport, SectionKey } from '../../scoring/report-model';

/**
 * A small report in the shape the parser produces (paragraphs joined by blank lines, offsets into the joined text),
 * from sections written for a test.
 */
export function buildTestReport(
  year: number,
  sections: ReadonlyArray<{ key: SectionKey; heading: string; paragraphs: readonly string[] }>,
  countryName = 'Testland',
): ParsedReport {
  let text = '';
  const parsedSections: ParsedReport['sections'] = [];
  const paragraphs: ParsedReport['paragraphs'] = [];
  const append = (chunk: string) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += chunk;
    return { start, end: text.length };
  };
  for (const section of sections) {
    const span = append(section.heading);
    parsedSections.push({
      key: section.key,
      headingPath: [section.heading],
      start: span.start,
      end: span.end,
    });
    for (const paragraph of section.paragraphs) {
      const p = append(paragraph);
      paragraphs.push({ sectionIndex: parsedSections.length - 1, text: paragraph, ...p });
      const last = parsedSections[parsedSections.length - 1];
      if (last) last.end = p.end;
    }
  }
  return {
    year,
    pageCountryName: countryName,
    title: `${year} Country Reports on Human Rights Practices: ${countryName}`,
    sourceUrl: `https://www.state.gov/reports/test/${countryName.toLowerCase()}/`,
    layout: 'sections-1-7',
    text,
    sections: parsedSections,
    paragraphs,
  };
}
