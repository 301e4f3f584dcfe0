import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('a norm followed by reports or continuing practice asserts the abuse the norm forbids', () => {
  it('when a sentence says the constitution bans torture but monitors reported it went on, torture is asserted', () => {
    expect(
      statusOf(
        'The constitution bans torture and cruel treatment, but several monitors reported that such practices persisted.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the code forbids torture but the practices continued, torture is asserted', () => {
    expect(
      statusOf(
        'The penal code forbids torture and degrading punishment; the practices continued in rural lockups.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the law prohibits torture but there were no reports of it, torture is not asserted', () => {
    expect(
      statusOf(
        'The penal code prohibits torture, but there were no reports that wardens used it.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says the law prohibits torture and obliges officials to report abuse, torture is not asserted', () => {
    expect(
      statusOf(
        'The penal code prohibits torture and obliges wardens to report any abuse they witness.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});
