import { isAsserted, statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('disappearance: "if not" that means "or even" is no condition', () => {
  it('when unnotified arrests amount to incommunicado detention if not enforced disappearance, disappearance is asserted', () => {
    expect(
      isAsserted(
        'Police in Corvath seldom told families where detainees were kept, amounting to incommunicado custody if not enforced disappearance.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when an enforced disappearance is only threatened for those who do not comply, it stays not asserted', () => {
    expect(
      isAsserted(
        'The governor warned that critics would face enforced disappearance if they did not stop posting.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when a law says what happens if a detainee is not charged, no disappearance is asserted', () => {
    expect(
      statusOf(
        'The code states that if not charged within two days, a suspect held in secret detention must be freed.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });
});
