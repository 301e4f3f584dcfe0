import { CORPUS_DIR } from '../support/corpus';
import { loadSentenceSet, loadSentenceSplit, resolveSentenceSet } from '../../evaluation/sentence-set';

describe('the labelled sentence set', () => {
  it('when the parser or the corpus changes, every reference still lands on the sentence that was labelled', async () => {
    const set = await loadSentenceSet();
    const resolved = await resolveSentenceSet(set.sentences, CORPUS_DIR);
    const broken = set.sentences
      .map((ref) => ({ ref, result: resolved.get(ref.id) }))
      .filter(({ result }) => !result?.ok)
      .map(
        ({ ref, result }) =>
          `${ref.id} (${ref.iso3} ${ref.year}): ${result && !result.ok ? result.reason : 'missing'}`,
      );
    expect(broken).toEqual([]);
    expect(set.sentences.length).toBeGreaterThanOrEqual(800);
  }, 300_000);

  it('holds references only: no field of a stored sentence carries report text', async () => {
    const set = await loadSentenceSet();
    for (const ref of set.sentences) {
      for (const value of Object.values(ref)) {
        if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(64);
      }
    }
  });

  it('puts each country in one part only, as the fixed split says, so the test part never informs tuning', async () => {
    const [set, split] = await Promise.all([loadSentenceSet(), loadSentenceSplit()]);
    const dev = new Set(split.dev);
    const test = new Set(split.test);
    expect([...dev].filter((c) => test.has(c))).toEqual([]);
    for (const ref of set.sentences) {
      expect(ref.split === 'dev' ? dev.has(ref.iso3) : test.has(ref.iso3)).toBe(true);
    }
    const years = new Set(set.sentences.map((s) => s.year));
    expect([...years].sort()).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });
});
