import { PROFILE_VERSION, extractReportProfiles, type ProfileParagraph } from '../scoring/profile-scorer';
import type { ParsedReport } from '../scoring/report-model';
import type { ReportWriter } from './report-writer';

/**
 * Computes and stores the risk-profile findings of every stored report that has none, or has them
 * from another profile version, from its stored paragraphs. Runs at the end of an ingest: reports
 * stored by this run already carry theirs (computed in the page workers), so this only catches
 * reports whose pages did not change while profiles.json or the method did. Returns how many
 * reports were (re)computed.
 */
export async function refreshProfileFindings(writer: ReportWriter): Promise<number> {
  const stale = await writer.listReportsWithoutProfiles(PROFILE_VERSION);
  for (const reportId of stale) {
    const report = await writer.loadReportParagraphs(reportId);
    if (!report) continue;
    await writer.replaceReportProfiles(reportId, extractReportProfiles(report));
  }
  return stale.length;
}

/**
 * What profile findings are made from, taken from a parsed report: exactly what
 * `ReportWriter.loadReportParagraphs` reads back once the report is stored, so findings computed
 * before storing equal those the end-of-ingest refresh would compute.
 */
export function profileInputOf(report: ParsedReport): {
  year: number;
  textLength: number;
  paragraphs: ProfileParagraph[];
} {
  const paragraphs: ProfileParagraph[] = [];
  for (const paragraph of report.paragraphs) {
    // A paragraph without its section is stored without one and the stored join drops it.
    const section = report.sections[paragraph.sectionIndex];
    if (!section) continue;
    paragraphs.push({
      text: paragraph.text,
      start: paragraph.start,
      section: section.key,
      heading: section.headingPath[section.headingPath.length - 1] ?? '',
    });
  }
  return { year: report.year, textLength: report.text.length, paragraphs };
}
