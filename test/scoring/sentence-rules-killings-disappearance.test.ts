import type { CategoryId } from '../../scoring/categories';
import { analyzeSentence, type Signal } from '../../scoring/text-analyzer';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.
const signalOf = (sentence: string, category: CategoryId, reportYear = 2022): Signal | undefined =>
  analyzeSentence(sentence, { reportYear }).find((s) => s.category === category);
const statusOf = (sentence: string, category: CategoryId, reportYear = 2022): string | undefined =>
  signalOf(sentence, category, reportYear)?.status;

describe('a past year after a preposition dates the phrase before it, not the abuse after it', () => {
  it('counts villagers seized in an earlier year who remain missing as a current disappearance', () => {
    expect(
      statusOf(
        'Of the 900 villagers seized by the rebel front in 2015, some 400 remained missing.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('still dates an abuse that an earlier year modifies directly', () => {
    expect(statusOf('The inquiry into the 2015 abduction of a village elder stalled.', 'disappearance')).toBe(
      'historical',
    );
  });
});

describe('a negative determiner reaches every noun of its list', () => {
  it('negates a disappearance named third in a "no X or Y, or Z" list', () => {
    expect(
      statusOf(
        'During the first half of the year, no summary executions or homicides, or enforced disappearances were recorded by the commission.',
        'disappearance',
      ),
    ).toBe('negated');
  });

  it('does not reach across a new predicate to an abuse that happened', () => {
    expect(
      statusOf(
        'No one was arrested or charged, and gunmen abducted two more traders in the delta in May.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('deaths in security operations are killings by the forces named in them', () => {
  it('counts deaths in police operations as state killings even beside vigilante killings', () => {
    const s = signalOf(
      'A children’s rights group counted 11 minors’ deaths in either police operations or vigilante killings tied to the narcotics drive.',
      'killings',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('state');
  });

  it('does not count deaths in operations that a law only regulates', () => {
    expect(
      statusOf(
        'The law requires an inquest into all deaths in police operations within 30 days.',
        'killings',
      ),
    ).toBe('legal_norm');
  });
});
