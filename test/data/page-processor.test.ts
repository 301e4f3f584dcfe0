import { processPage, processReport } from '../../data/page-processor';
import { profileInputOf } from '../../data/profile-findings';
import { extractReportProfiles } from '../../scoring/profile-scorer';
import type { ParsedReport } from '../../scoring/report-model';
import { scoreReport } from '../../scoring/report-scorer';
import * as textAnalyzer from '../../scoring/text-analyzer';
import { readCorpusPages } from '../support/corpus';
import { buildTestReport } from '../support/report-builder';

const buildReport = (year: number, sections: Parameters<typeof buildTestReport>[1]) =>
  buildTestReport(year, sections, 'Eastmarch');

// Written for these tests in the reports' register; no sentence is taken from a report.
const SAME_SENTENCE_TWICE =
  'Police officers beat two gay men outside a cafe in Port Velan and held them overnight without charge.';
const REPORTS: ParsedReport[] = [
  buildReport(2022, [
    {
      key: 'executive_summary',
      heading: 'Executive Summary',
      paragraphs: [
        'Significant human rights issues in Dorran included credible reports of: soldiers killing protesters; torture of detainees; and arrests of journalists.',
      ],
    },
    {
      key: 'killings',
      heading: 'a. Arbitrary Deprivation of Life',
      paragraphs: [
        'In March soldiers shot and killed an opposition activist at a checkpoint near Dorran. The ministry said an inquiry was under way.',
        SAME_SENTENCE_TWICE,
      ],
    },
    {
      key: 'expression',
      heading: 'a. Freedom of Expression',
      paragraphs: [
        'Authorities detained three reporters of the weekly Lantern after it printed a story on land seizures. Bloggers said they feared the new media law.',
        'The government owns the largest broadcaster; journalists covered the election freely, according to observers.',
      ],
    },
    {
      key: 'discrimination',
      heading: 'Discrimination',
      paragraphs: [
        SAME_SENTENCE_TWICE,
        'The penal code makes consensual same-sex sexual conduct a crime, and in June police arrested three lesbian women under it.',
        'Women: Rape is a crime, but police rarely investigated reports of rape against women from rural areas.',
      ],
    },
  ]),
  buildReport(2019, [
    {
      key: 'refugees',
      heading: 'f. Protection of Refugees',
      paragraphs: [
        'Guards held asylum seekers in an immigration detention centre for months without review. In 2015 border police beat migrants at the crossing.',
        'Returnees from abroad were questioned on arrival and some were detained for several days.',
      ],
    },
    {
      key: 'other',
      heading: 'A heading no rule knows',
      paragraphs: [
        'A rights group reported that a Christian pastor was abducted and tortured by unknown men.',
      ],
    },
  ]),
];

describe('processReport reuses the signals scoring found for the risk profiles', () => {
  test.each(REPORTS.map((report, index) => [index, report] as const))(
    'report %i: profiles and score equal those computed by analysing every sentence again',
    (_index, report) => {
      const processed = processReport(report);
      expect(processed.profiles).toEqual(extractReportProfiles(profileInputOf(report)));
      expect(processed.score).toEqual(scoreReport(report));
    },
  );

  test('the reports in our own words do target groups, so the comparison above weighs something', () => {
    const targeted = REPORTS.flatMap((report) => processReport(report).profiles.evidence);
    expect(new Set(targeted.map((item) => item.profile)).size).toBeGreaterThanOrEqual(4);
  });

  test('profile attribution analyses no sentence again once scoring has', () => {
    // Scoring's own analysis runs inside text-analyzer and is not seen here; attribution's is.
    const analyse = jest.spyOn(textAnalyzer, 'analyzeSentence');
    try {
      for (const report of REPORTS) processReport(report);
      expect(analyse).not.toHaveBeenCalled();
      // The near miss: without the signals, attribution analyses the sentences that name a group.
      for (const report of REPORTS) extractReportProfiles(profileInputOf(report));
      expect(analyse).toHaveBeenCalled();
    } finally {
      analyse.mockRestore();
    }
  });

  test('real pages, read at test time: every report of the page gets the same profiles either way', async () => {
    const pages = await readCorpusPages(['2018/el-salvador.html', '2023/uganda.html']);
    for (const raw of pages.values()) {
      const processed = processPage(raw);
      if (!processed.ok) throw new Error(processed.message);
      for (const { report, profiles } of processed.reports)
        expect(profiles).toEqual(extractReportProfiles(profileInputOf(report)));
    }
  });
});
