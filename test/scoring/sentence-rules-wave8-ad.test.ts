import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('a pointer that goes on ", and section ..." to a second titled section names that section', () => {
  it('when a pointer lists a conditions section and then ", and section 1.d., Arbitrary Arrest", arbitrary detention is not asserted', () => {
    const sentence =
      'Guards in Tarsk beat several of the women (see section 1.c., Prison Conditions, Physical Conditions, and section 1.d., Arbitrary Arrest).';
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(sentence, 'torture')).toBe(true);
  });

  it('near miss: when the pointer closes and the sentence goes on ", and arbitrarily detained", arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Guards in Tarsk beat the women (see section 1.c.), and police arbitrarily detained their brothers.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});
