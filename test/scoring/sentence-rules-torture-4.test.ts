import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: a court dismissal for want of evidence is a court event, not a failure of justice', () => {
  it('when judges dismissed cases of alleged torture for a lack of supporting evidence, torture is not asserted', () => {
    expect(
      statusOf(
        'Monitors said judges in the north dismissed most cases of alleged torture due to a lack of supporting evidence.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when judges dismissed cases of alleged torture for a lack of political will, torture is asserted', () => {
    expect(
      statusOf(
        'Monitors said judges in the north dismissed most cases of alleged torture because of a lack of political will.',
        'torture',
      ),
    ).toBe('asserted');
  });
});
