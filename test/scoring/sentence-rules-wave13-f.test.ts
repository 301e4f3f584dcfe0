import { isAsserted } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: officials who use force or violence against people assert it', () => {
  it('when Tovel police met a sit-in by using force against the marchers, torture is asserted', () => {
    expect(
      isAsserted('Tovel police met the students’ sit-in by using force against the marchers.', 'torture'),
    ).toBe(true);
  });

  it('when border guards used violence against held migrants while removing them, torture is asserted', () => {
    expect(
      isAsserted(
        'Monitors said Dorvan border guards used violence against held migrants while removing them in March.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the law allows police to use force against armed suspects, torture is not asserted', () => {
    expect(isAsserted('The law allows Tovel police to use force against armed suspects.', 'torture')).toBe(
      false,
    );
  });

  it('when neighbours used violence against a family, torture is not asserted', () => {
    expect(isAsserted('Neighbours in Dorvan used violence against the Kestrel family.', 'torture')).toBe(
      false,
    );
  });
});
