import { statusOf } from './sentence-status';
import type { CategoryId } from '../../scoring/categories';

// Every sentence here is invented: same shape as report English, different words, names and places.
const isAsserted = (sentence: string, category: CategoryId, reportYear = 2022): boolean =>
  statusOf(sentence, category, reportYear) === 'asserted';

describe('a roundup of people is a mass arrest', () => {
  it('when the governor regretted a police roundup of herders, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The governor later expressed regret over a police roundup of herders in Torvala and two villages nearby.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when soldiers carried out round-ups of young men, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Witnesses said soldiers carried out round-ups of young men at the Pellin market.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a ministry publishes a weekly news roundup, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The ministry of culture publishes a weekly news roundup of cultural events in Torvala.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
