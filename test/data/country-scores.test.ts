import { refreshCountryScores } from '../../data/country-scores';
import { ingestSources } from '../../data/report-ingester';
import { openReportReader } from '../../data/report-reader';
import { openReportWriter } from '../../data/report-writer';
import { combineYears } from '../../scoring/report-scorer';
import { extractCorpusPages, tempFile } from '../support/corpus';

describe('headline scores', () => {
  test("a country's stored headline is scoring's combination of its stored years", async () => {
    const file = tempFile('headline.sqlite');
    const writer = await openReportWriter(file);
    if (!writer.ok) throw new Error(writer.message);
    const reader = await openReportReader(file);
    if (!reader.ok) throw new Error(reader.message);
    try {
      const folder = await extractCorpusPages(['2023/rwanda.html', '2024/rwanda.html']);
      await ingestSources(writer.writer, [folder], { threads: 1 });
      const yearly = await reader.reader.loadReportScores('RW');
      expect(yearly.map((entry) => entry.report.year)).toEqual([2024, 2023]);
      expect(await reader.reader.findHeadlineScore('RW')).toEqual(
        combineYears(yearly.map((entry) => entry.score)),
      );
    } finally {
      await reader.reader.close();
      await writer.writer.close();
    }
  });

  test('a refresh writes one headline per country with reports, and none for a country without', async () => {
    const file = tempFile('headline-refresh.sqlite');
    const writer = await openReportWriter(file);
    if (!writer.ok) throw new Error(writer.message);
    const reader = await openReportReader(file);
    if (!reader.ok) throw new Error(reader.message);
    try {
      await ingestSources(writer.writer, [await extractCorpusPages(['2023/norway.html'])], { threads: 1 });
      expect(await refreshCountryScores(writer.writer)).toBe(1);
      expect(await reader.reader.findHeadlineScore('NO')).toMatchObject({ year: 2023 });
      // Rwanda has no report: asking for it writes no headline.
      expect(await refreshCountryScores(writer.writer, ['RW'])).toBe(0);
      expect(await reader.reader.findHeadlineScore('RW')).toBeUndefined();
      expect((await reader.reader.listHeadlineScores()).map((row) => row.code)).toEqual(['NO']);
    } finally {
      await reader.reader.close();
      await writer.writer.close();
    }
  });
});
