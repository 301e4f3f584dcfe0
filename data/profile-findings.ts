import { PROFILE_VERSION, extractReportProfiles } from '../scoring/profile-scorer';
import type { ReportWriter } from './report-writer';

/**
 * Computes and stores the risk-profile findings of every stored report that has none, or has them
 * from another profile version, from its stored paragraphs. Runs at the end of an ingest, so the
 * server only reads them. Returns how many reports were (re)computed.
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
