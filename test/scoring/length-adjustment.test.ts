import type { ParsedReport } from '../../scoring/report-model';
import {
  DEFAULT_WEIGHTS,
  lengthFactor,
  saturate,
  scoreCategory,
  scoreReport,
} from '../../scoring/report-scorer';

const { reference, shortest } = DEFAULT_WEIGHTS.lengthAdjustment;

/** One torture section with the given paragraphs, plus an optional section of neutral filler. */
function reportWith(paragraphs: string[], filler = ''): ParsedReport {
  const sections: ParsedReport['sections'] = [];
  const parsedParagraphs: ParsedReport['paragraphs'] = [];
  let text = '';
  const add = (key: ParsedReport['sections'][number]['key'], heading: string, bodies: string[]) => {
    const start = text.length;
    text += heading;
    sections.push({ key, headingPath: [heading], start, end: text.length });
    for (const body of bodies) {
      text += '\n\n';
      const at = text.length;
      text += body;
      parsedParagraphs.push({ sectionIndex: sections.length - 1, text: body, start: at, end: text.length });
    }
    const last = sections[sections.length - 1];
    if (last) last.end = text.length;
    text += '\n\n';
  };
  add('torture', 'c. Torture and Other Cruel Punishment', paragraphs);
  if (filler) add('worker_rights', 'Section 7. Worker Rights', [filler]);
  return {
    year: 2022,
    pageCountryName: 'Varnelia',
    title: '2022 Country Reports on Human Rights Practices: Varnelia',
    sourceUrl: 'https://www.state.gov/reports/test/varnelia/',
    layout: 'sections-1-7',
    text,
    sections,
    paragraphs: parsedParagraphs,
  };
}

const ABUSE = [
  'In March police officers in Ostrava Nova beat two detained students with batons during interrogation.',
  'Guards at the Kelmar detention centre tortured a journalist with electric shocks in June.',
];
// Neutral report prose about wages, long enough to make the report several times the reference length.
const FILLER = 'The minimum wage in the textile sector rose by a small amount during the year. '.repeat(4000);

describe('lengthFactor', () => {
  test('is 1 for a report of the reference length and 2 for one four times as long', () => {
    expect(lengthFactor(reference)).toBeCloseTo(1, 10);
    expect(lengthFactor(4 * reference)).toBeCloseTo(2, 10);
  });

  test('counts a report shorter than the shortest length as that long, so a stub is not inflated', () => {
    expect(lengthFactor(1000)).toBe(lengthFactor(shortest));
    expect(lengthFactor(shortest + 1000)).toBeGreaterThan(lengthFactor(shortest));
  });

  test('with exponent 0 leaves every raw sum as it is', () => {
    const flat = { ...DEFAULT_WEIGHTS, lengthAdjustment: { reference, exponent: 0, shortest } };
    expect(lengthFactor(10 * reference, flat)).toBe(1);
    expect(scoreCategory(8, 10 * reference, 'torture', flat)).toBeCloseTo(
      saturate(8, DEFAULT_WEIGHTS.saturation.torture),
      1,
    );
  });
});

describe('scoreCategory', () => {
  test('gives the same raw sum a lower score in a longer report', () => {
    expect(scoreCategory(10, 4 * reference, 'torture')).toBeLessThan(scoreCategory(10, reference, 'torture'));
  });

  test('scores no evidence as 0 whatever the length', () => {
    expect(scoreCategory(0, shortest, 'killings')).toBe(0);
    expect(scoreCategory(0, 10 * reference, 'killings')).toBe(0);
  });
});

describe('scoreReport adjusts for the report length', () => {
  const short = scoreReport(reportWith(ABUSE));
  const long = scoreReport(reportWith(ABUSE, FILLER));

  test('the same torture sentences score lower in a report padded with neutral prose', () => {
    expect(short.categories.torture.evidenceCount).toBeGreaterThan(0);
    expect(long.coverage.textLength).toBeGreaterThan(4 * reference);
    expect(long.categories.torture.score).toBeLessThan(short.categories.torture.score);
  });

  test('the neutral padding adds no evidence: the raw sum still traces to the same quoted sentences', () => {
    expect(long.categories.torture.raw).toBe(short.categories.torture.raw);
    expect(long.categories.torture.evidenceCount).toBe(short.categories.torture.evidenceCount);
    expect(long.evidence.map((item) => item.quote)).toEqual(short.evidence.map((item) => item.quote));
  });

  test('the category score is the saturated raw sum divided by the length factor', () => {
    const { raw } = long.categories.torture;
    const expected = saturate(
      raw / lengthFactor(long.coverage.textLength),
      DEFAULT_WEIGHTS.saturation.torture,
    );
    expect(long.categories.torture.score).toBeCloseTo(expected, 1);
  });
});
