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
