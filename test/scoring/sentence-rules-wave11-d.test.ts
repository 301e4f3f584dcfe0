import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('arbitrary detention: a limit the law sets, named in a relative clause after the breach, measures it', () => {
  it('when officers kept suspects without charge beyond the hours the law allows, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Officers in Marlow kept suspects without charge beyond the 72 hours the law allows.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when pretrial detention in Tovel exceeded the longest period the code permits, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Pretrial detention in Tovel regularly exceeded the longest period that the code permits.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when detainees waited in pretrial detention longer than the days the constitution provides for, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Many Dorvan detainees waited in pretrial detention longer than the 30 days the constitution provides for.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the law allows police to keep suspects without charge for two days, arbitrary detention is a legal norm', () => {
    expect(
      signalOf(
        'The Marlow law allows officers to keep suspects without charge for two days.',
        'arbitrary_detention',
      )?.status,
    ).toBe('legal_norm');
  });

  it('when the law allows the holding a comma sets apart from the breach, arbitrary detention is a legal norm', () => {
    expect(
      signalOf(
        'Officers kept suspects without charge beyond two days, which the Marlow law allows.',
        'arbitrary_detention',
      )?.status,
    ).toBe('legal_norm');
  });
});
