import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('killings: a "who" clause that kills the person\'s own kin is a domestic killing', () => {
  it('when police arrested a woman who killed her husband, killings are not asserted (the state only arrested)', () => {
    const s = signalOf(
      'In March police in Dorvan arrested a woman who killed her husband with an axe.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when a court told police to review the plea of a widow who had killed her second husband, killings are not asserted', () => {
    expect(
      isAsserted(
        'On May 3 the high court told police in Tovel to review the plea of a widow who had killed her second husband.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the "who" stands for police who killed a farmer\'s brother, killings are still asserted', () => {
    expect(
      isAsserted(
        'The farmer said that police who killed his brother at a Dorvan checkpoint were never charged.',
        'killings',
      ),
    ).toBe(true);
  });
});
