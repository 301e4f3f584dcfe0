import { analyzeSentence } from '../../scoring/text-analyzer';
import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('clauses: "yet" as an adverb of time does not cut a norm off from its condition', () => {
  it('when a statute requires freeing prisoners whose trial has not yet opened and whose pretrial detention exceeds the longest penalty, arbitrary detention is a legal norm', () => {
    const s = signalOf(
      'The statute requires that judges free any prisoner whose trial has not yet opened and whose pretrial detention by then exceeds the longest penalty for the charge.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('legal_norm');
  });

  it('when "yet" joins a ban to what police did in spite of it, the arrests are still asserted', () => {
    expect(
      isAsserted(
        'The Dorvan code bans arbitrary arrest, yet police arbitrarily arrested dozens of market traders in Tovel.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('disappearance: an arrest is a disappearance cue only when an armed group makes it', () => {
  it('when police arrested protesters, the sentence shows no disappearance signal at all', () => {
    const categories = analyzeSentence(
      'Police in Tovel arrested forty protesters outside the court in May.',
      {
        reportYear: 2022,
      },
    ).map((s) => s.category);
    expect(categories).not.toContain('disappearance');
  });

  it('when rebels detained two herders, disappearance is asserted', () => {
    expect(isAsserted('Two herders were detained by rebels near Tovel in March.', 'disappearance')).toBe(
      true,
    );
  });
});
