import { combineYears } from '../scoring/report-scorer';
import type { ReportWriter } from './report-writer';

/**
 * Recomputes the headline score of the given countries (every country with a report when omitted)
 * from their stored yearly scores. The store only moves rows; combining the years is scoring's
 * `combineYears`. Returns how many headline scores were written.
 */
export async function refreshCountryScores(writer: ReportWriter, codes?: readonly string[]): Promise<number> {
  const targets = codes ?? (await writer.listReportedCountries());
  const headlines = [];
  for (const code of targets) {
    const yearly = await writer.loadReportScores(code);
    headlines.push({
      code,
      headline: yearly.length > 0 ? combineYears(yearly.map((entry) => entry.score)) : undefined,
    });
  }
  await writer.replaceCountryScores(headlines);
  return headlines.filter((entry) => entry.headline).length;
}
