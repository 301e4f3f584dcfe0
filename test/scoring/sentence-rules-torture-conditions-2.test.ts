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

describe('cross-references: a section named by its title is a pointer, not an allegation', () => {
  it('when a sentence points to "see also section 1.c., Torture and ...", torture is not asserted', () => {
    expect(
      statusOf(
        'Monitors counted eleven unlawful deaths during the year (see also section 1.c., Torture and Other Degrading Treatment, for one such case).',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence points to a section by its title alone, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Applicants who withdrew their claims left the island on charter flights (see Refoulement, below).',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a lower-case abuse follows the pointer, torture is asserted', () => {
    expect(
      statusOf(
        'Monitors counted eleven unlawful deaths (see also section 1.c.), and wardens tortured two inmates in March.',
        'torture',
      ),
    ).toBe('asserted');
  });
});
