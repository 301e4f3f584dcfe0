import { statusOf } from './sentence-status';
import type { CategoryId } from '../../scoring/categories';

// Every sentence here is invented: same shape as report English, different words, names and places.
const isAsserted = (sentence: string, category: CategoryId, reportYear = 2022): boolean =>
  statusOf(sentence, category, reportYear) === 'asserted';

describe('a year that names the edition of a source', () => {
  it('when a sentence cites a yearbook "for" the year before, political prisoners held in camps are asserted', () => {
    expect(
      isAsserted(
        "According to the institute's annual paper for 2021, whole families were sent to political prison camps in the east.",
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the past year dates the detention itself, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'According to the institute, whole families were sent to political prison camps in the east in 2021.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('a missing count is not a missing abuse', () => {
  it('when a sentence says there was no reliable estimate of the number of political prisoners, they are asserted', () => {
    expect(
      isAsserted(
        'While there was no reliable estimate of the number of political prisoners, monitors named 150 jailed members of outlawed parties.',
        'political_prisoners',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Although no information was available regarding the total number of political detainees, monitors named 150 of them.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a sentence says there were no political prisoners, they are not asserted', () => {
    expect(
      isAsserted(
        'There were no political prisoners, according to the estimate of local monitors.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});
