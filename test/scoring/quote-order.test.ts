import {
  DEFAULT_QUOTE_ORDER,
  QuoteOrderSchema,
  quoteLogOdds,
  quoteReliability,
  quoteTraits,
  type QuoteOrder,
} from '../../scoring/quote-order';
import { rankEvidence, scoreReport } from '../../scoring/report-scorer';
import { buildTestReport } from '../support/report-builder';

const order = (traits: Record<string, number>, reliabilityWeight = 1): QuoteOrder => ({
  version: 'test',
  reliabilityWeight,
  bias: 1,
  traits,
});

const candidate = (start: number, section: 'torture' | 'discrimination', quote: string) => ({
  category: 'torture' as const,
  quote,
  section,
  heading: section,
  start,
  end: start + quote.length,
  weight: 1,
  cue: 'beat',
  actor: 'state' as const,
  intensity: 1,
});

describe('quote order: what a reader sees first among what counts', () => {
  it('names each trait of a quote as a plain string a reader can look up in the model file', () => {
    expect(
      quoteTraits({
        category: 'arbitrary_detention',
        section: 'arbitrary_arrest',
        cue: 'Arrested',
        actor: 'state',
        categoriesInSentence: 5,
      }),
    ).toEqual([
      'category:arbitrary_detention',
      'section:arbitrary_arrest',
      'category-section:arbitrary_detention|arbitrary_arrest',
      'cue:arbitrary_detention|arrest',
      'actor:arbitrary_detention|state',
      'categories-in-sentence:3',
    ]);
  });

  it('adds the weight of every known trait to the bias, and ignores traits the model never saw', () => {
    const input = {
      category: 'torture' as const,
      section: 'discrimination' as const,
      cue: 'beaten',
      actor: 'state' as const,
      categoriesInSentence: 1,
    };
    const model = order({ 'section:discrimination': -2, 'cue:torture|beaten': 0.5 });
    expect(quoteLogOdds(input, model)).toBeCloseTo(1 - 2 + 0.5);
    expect(quoteReliability(input, model)).toBeCloseTo(1 / (1 + Math.exp(0.5)));
  });

  it('when quotes from a section were rarely right, such a quote is shown after an equally specific one from the abuse section', () => {
    const model = order({ 'section:discrimination': -3 });
    const ranked = rankEvidence(
      [
        candidate(0, 'discrimination', 'Officers beat a shop owner in Ashford in May.'),
        candidate(100, 'torture', 'Officers beat a detainee in Ashford in May.'),
      ],
      2023,
      model,
    );
    expect(ranked.map((e) => e.start)).toEqual([100, 0]);
  });

  it('with a reliability weight of 0 the order is specificity and page order alone', () => {
    const model = order({ 'section:discrimination': -3 }, 0);
    const ranked = rankEvidence(
      [
        candidate(0, 'discrimination', 'Officers beat a shop owner in Ashford in May.'),
        candidate(100, 'torture', 'Officers beat a detainee in Ashford in May.'),
      ],
      2023,
      model,
    );
    expect(ranked.map((e) => e.start)).toEqual([0, 100]);
  });

  it('the shipped model file is valid and never changes a score, only the order of the quotes', () => {
    expect(QuoteOrderSchema.parse(DEFAULT_QUOTE_ORDER)).toEqual(DEFAULT_QUOTE_ORDER);
    const report = buildTestReport(2023, [
      {
        key: 'torture',
        heading: 'c. Torture',
        paragraphs: [
          'Guards at the river prison beat two inmates in April.',
          'Police officers tortured a suspect at the central station in June.',
        ],
      },
      {
        key: 'discrimination',
        heading: 'Discrimination',
        paragraphs: ['Police beat members of a minority community in a market in July.'],
      },
    ]);
    const flat = scoreReport(report, undefined, undefined, order({}, 0));
    const steep = scoreReport(report, undefined, undefined, order({ 'section:torture': -5 }, 10));
    expect(steep.score).toBe(flat.score);
    expect(steep.categories).toEqual(flat.categories);
    expect(new Set(steep.evidence.map((e) => e.start))).toEqual(new Set(flat.evidence.map((e) => e.start)));
  });
});

describe('list sentences in a scored report', () => {
  it('a sentence asserting three or more categories at once is quoted after a single incident of its category', () => {
    const list =
      'Observers described unlawful killings by police, torture of detainees and enforced disappearances.';
    const report = buildTestReport(2023, [
      {
        key: 'torture',
        heading: 'c. Torture',
        paragraphs: [list, 'Guards tortured a prisoner at the hill prison.'],
      },
    ]);
    const torture = scoreReport(report, undefined, undefined, order({}, 0)).evidence.filter(
      (e) => e.category === 'torture',
    );
    expect(torture.map((e) => e.quote)).toEqual(['Guards tortured a prisoner at the hill prison.', list]);
  });
});
