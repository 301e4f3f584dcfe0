import {
  applyConsistencyPass,
  needsAdjudication,
  parseLine,
  type Reading,
} from '../../evaluation/annotation-files';
import type { Annotation, SentenceReference } from '../../evaluation/sentence-set';

const none: Annotation = { asserted: [], actor: 'unclear', groups: [] };
const torture: Annotation = { asserted: ['torture'], actor: 'state', groups: [] };
const tortureOfJournalist: Annotation = { asserted: ['torture'], actor: 'state', groups: ['journalist'] };

function reference(id: string, gold: Annotation): SentenceReference {
  return {
    id,
    iso3: 'ZZZ',
    year: 2020,
    pageSha256: 'a'.repeat(64),
    start: 0,
    end: 10,
    sentenceSha256: 'b'.repeat(16),
    section: 'torture',
    stratum: 'torture:abuse-section',
    split: 'test',
    gold,
    annotators: [gold, gold],
  };
}

const readings = (entries: Array<[string, Reading]>): Map<string, Reading> => new Map(entries);

describe('annotation files', () => {
  it('reads an annotator line into categories, actor and groups, in any letter order', () => {
    const { id, reading } = parseLine('s-0123456789ab\tAT\tstate\tjournalist', 'x.tsv:1');
    expect(id).toBe('s-0123456789ab');
    expect(reading).toEqual({
      asserted: ['torture', 'arbitrary_detention'],
      actor: 'state',
      groups: ['journalist'],
    });
  });

  it('names the file, the line and the id when a line carries a letter the guide does not know', () => {
    expect(() => parseLine('s-0123456789ab\tTX\tstate\t-', 'c1-p2.tsv:7')).toThrow(
      'c1-p2.tsv:7: bad categories "TX" for s-0123456789ab',
    );
  });
});

describe('a consistency pass', () => {
  it('sends a sentence to the adjudicator when both new readings agree with each other but not with the earlier gold', () => {
    expect(needsAdjudication(none, none, torture)).toBe(true);
  });

  it('sends a sentence to the adjudicator when the new readings differ only in the groups', () => {
    expect(needsAdjudication(torture, tortureOfJournalist, torture)).toBe(true);
  });

  it('leaves a sentence alone when all three readings agree', () => {
    expect(needsAdjudication(torture, torture, torture)).toBe(false);
  });

  it('takes the adjudicated label where the readings differ, keeps the earlier gold where they agree, and records the gold before the pass', () => {
    const set = [reference('s-000000000001', torture), reference('s-000000000002', torture)];
    const first = readings([
      ['s-000000000001', none],
      ['s-000000000002', torture],
    ]);
    const second = readings([
      ['s-000000000001', none],
      ['s-000000000002', torture],
    ]);
    const adjudicated = readings([['s-000000000001', none]]);
    const applied = applyConsistencyPass(set, 'pass-x', first, second, adjudicated);
    if (!applied.ok) throw new Error('expected the pass to apply');
    expect(applied.changed).toBe(1);
    expect(applied.relabelled).toBe(2);
    const [changed, kept] = applied.sentences;
    expect(changed?.gold).toEqual(none);
    expect(changed?.consistencyPass).toEqual({
      pass: 'pass-x',
      annotators: [none, none],
      previousGold: torture,
    });
    expect(kept?.gold).toEqual(torture);
    expect(kept?.consistencyPass?.previousGold).toEqual(torture);
  });

  it('refuses to apply, naming the sentences, when a difference has no adjudication', () => {
    const set = [reference('s-000000000001', torture)];
    const first = readings([['s-000000000001', none]]);
    const applied = applyConsistencyPass(set, 'pass-x', first, first, readings([]));
    expect(applied).toEqual({ ok: false, missing: ['s-000000000001'] });
  });

  it('leaves the sentences the pass did not read exactly as they were', () => {
    const untouched = reference('s-000000000003', torture);
    const applied = applyConsistencyPass([untouched], 'pass-x', readings([]), readings([]), readings([]));
    expect(applied).toEqual({ ok: true, sentences: [untouched], relabelled: 0, changed: 0 });
  });
});
