import { attributeSentence, extractReportProfiles } from '../../scoring/profile-scorer';
import type { ParsedReport } from '../../scoring/report-model';
import { analyzeParagraphs, scoreReport } from '../../scoring/report-scorer';
import { analyzeSentence } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the reports' register; none is copied from a report.
const TORTURE = 'Soldiers tortured a detained blogger in a military camp.';
const LAW = 'The penal code of Valdoria criminalizes consensual same-sex sexual acts.';

describe('attribution can take the category signals already found for a sentence', () => {
  test('given the signals the analyser finds, it attributes exactly as when it analyses the sentence', () => {
    for (const sentence of [
      TORTURE,
      LAW,
      'Authorities arrested three opposition party members after the rally.',
    ]) {
      const analyze = (text: string) => analyzeSentence(text, { reportYear: 2023 });
      expect(attributeSentence(sentence, { reportYear: 2023, analyze })).toEqual(
        attributeSentence(sentence, { reportYear: 2023 }),
      );
    }
  });

  test('it uses the signals it is given: with none, the torture counts only as a harm of profiles.json', () => {
    expect(attributeSentence(TORTURE, { reportYear: 2023 }).targeted).toEqual([
      expect.objectContaining({ profile: 'journalist', category: 'torture', harm: null }),
    ]);
    expect(attributeSentence(TORTURE, { reportYear: 2023, analyze: () => [] }).targeted).toEqual([
      expect.objectContaining({ profile: 'journalist', category: null }),
    ]);
  });

  test('a group harm of profiles.json needs no category signal, so it still counts without any', () => {
    expect(attributeSentence(LAW, { reportYear: 2023, analyze: () => [] }).targeted).toEqual([
      expect.objectContaining({ profile: 'lgbtqi', harm: 'criminalisation' }),
    ]);
  });
});

describe('scoring a report from paragraphs analysed beforehand', () => {
  const text = [
    'Section 1',
    'Soldiers shot and killed two protesters in Velmar in June. Police beat a detained blogger.',
    'Officials said the inquiry would report next year.',
  ].join('\n\n');
  const report: ParsedReport = {
    year: 2021,
    title: 'A report written for this test',
    pageCountryName: 'Velmar',
    sourceUrl: 'https://example.org/velmar',
    layout: 'sections-1-7',
    text,
    sections: [{ key: 'killings', headingPath: ['Section 1'], start: 0, end: text.length }],
    paragraphs: [
      { sectionIndex: 0, text: text.split('\n\n')[1] ?? '', start: 11, end: 101 },
      { sectionIndex: 0, text: text.split('\n\n')[2] ?? '', start: 103, end: text.length },
    ],
  };

  test('gives the same score and evidence as scoring that analyses the paragraphs itself', () => {
    const score = scoreReport(report);
    expect(score.evidence.length).toBeGreaterThan(0);
    expect(scoreReport(report, undefined, analyzeParagraphs(report))).toEqual(score);
  });

  test('reads the analyses it is given rather than the text: none found means no evidence', () => {
    const none = report.paragraphs.map(() => []);
    expect(scoreReport(report, undefined, none).evidence).toEqual([]);
  });

  test('profiles from signals looked up in those analyses equal the profiles found unaided', () => {
    const signals = new Map(
      analyzeParagraphs(report)
        .flat()
        .map((s) => [s.text, s.signals] as const),
    );
    const input = {
      year: report.year,
      textLength: text.length,
      paragraphs: report.paragraphs.map((p) => ({
        text: p.text,
        start: p.start,
        section: 'killings' as const,
        heading: 'Section 1',
      })),
    };
    const profiles = extractReportProfiles(input);
    expect(profiles.evidence.length).toBeGreaterThan(0);
    expect(extractReportProfiles(input, { analyze: (s) => signals.get(s) ?? [] })).toEqual(profiles);
  });
});
