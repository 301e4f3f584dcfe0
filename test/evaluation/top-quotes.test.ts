import { loadSentenceSet, loadSentenceSplit, resolveSentenceSet } from '../../evaluation/sentence-set';
import {
  TOP_QUOTE_SET_FILE,
  TOP_QUOTE_YEARS,
  quotePrecision,
  topQuotesOf,
} from '../../evaluation/top-quotes';
import { CORPUS_DIR } from '../support/corpus';
import { buildTestReport } from '../support/report-builder';

describe('top quotes: what a filing reads first', () => {
  const report = buildTestReport(2023, [
    {
      key: 'torture',
      heading: 'c. Torture',
      paragraphs: [
        'In March guards at the northern jail beat three inmates with batons until one lost consciousness.',
        'The law prohibits torture.',
        'Rights monitors said police tortured two farmers in custody in May.',
        'Soldiers tortured a student detained at a checkpoint in June, according to his family.',
        'Police officers beat a street vendor in detention in August.',
      ],
    },
  ]);

  it('lists at most three quotes a category, in display order, each pointing at its sentence in the report', () => {
    const quotes = topQuotesOf(report, 'a'.repeat(64), 'TST').filter((q) => q.category === 'torture');
    expect(quotes.map((q) => q.rank)).toEqual([1, 2, 3]);
    for (const quote of quotes) expect(report.text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('never offers a sentence that only states the law as a top quote', () => {
    const quotes = topQuotesOf(report, 'a'.repeat(64), 'TST', 10);
    expect(quotes.some((q) => q.text.startsWith('The law prohibits'))).toBe(false);
  });

  it('gives the share of right quotes with a bootstrap interval around it', () => {
    const result = quotePrecision([true, true, true, false]);
    expect(result).toMatchObject({ quotes: 4, right: 3, precision: 0.75 });
    expect(result.interval[0]).toBeLessThanOrEqual(0.75);
    expect(result.interval[1]).toBeGreaterThanOrEqual(0.75);
    expect(result.interval[1]).toBeLessThanOrEqual(1);
  });

  it('when nothing is labelled, the precision is 0 of 0 rather than a division by zero', () => {
    expect(quotePrecision([])).toEqual({ quotes: 0, right: 0, precision: 0, interval: [0, 0] });
  });
});

describe('the labelled top-quote set', () => {
  it('when the parser or the corpus changes, every reference still lands on the quote that was labelled', async () => {
    const set = await loadSentenceSet(TOP_QUOTE_SET_FILE);
    const resolved = await resolveSentenceSet(set.sentences, CORPUS_DIR);
    const broken = set.sentences
      .filter((ref) => !resolved.get(ref.id)?.ok)
      .map((ref) => `${ref.id} (${ref.iso3} ${ref.year})`);
    expect(broken).toEqual([]);
    expect(set.sentences.length).toBeGreaterThanOrEqual(500);
  }, 300_000);

  it("keeps each quote in its country's part of the fixed split, so the test part never informs the order", async () => {
    const [set, split] = await Promise.all([loadSentenceSet(TOP_QUOTE_SET_FILE), loadSentenceSplit()]);
    const dev = new Set(split.dev);
    const test = new Set(split.test);
    for (const ref of set.sentences) {
      expect(ref.split === 'dev' ? dev.has(ref.iso3) : test.has(ref.iso3)).toBe(true);
      expect(TOP_QUOTE_YEARS).toContain(ref.year);
      for (const value of Object.values(ref)) {
        if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(64);
      }
    }
    expect(set.sentences.some((ref) => ref.split === 'test')).toBe(true);
  });
});
