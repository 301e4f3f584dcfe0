import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: a partial failure to investigate asserts the abuse', () => {
  it('when a sentence says wardens did not always investigate complaints of ill treatment, torture is asserted', () => {
    expect(
      statusOf('Wardens did not always open proper inquiries into complaints of mistreatment.', 'torture'),
    ).toBe('asserted');
  });

  it('when a sentence says wardens investigated complaints of ill treatment, torture is not asserted', () => {
    expect(statusOf('Wardens opened proper inquiries into complaints of mistreatment.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('torture: abuse of authority or power is misconduct, not ill treatment', () => {
  it('when a sentence says officers abused their detention powers, torture is not asserted', () => {
    expect(
      statusOf(
        'Rights monitors said that sheriffs abused their 48-hour detention powers by holding people too long.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says officers abused detainees, torture is asserted', () => {
    expect(
      statusOf(
        'Rights monitors said that sheriffs abused several detainees by holding them in cold water.',
        'torture',
      ),
    ).toBe('asserted');
  });
});
