import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: an exemption from corporal punishment names no law anyone was sentenced under', () => {
  it('when a list of persons exempt from caning includes men convicted of capital crimes, torture is not asserted', () => {
    const s = signalOf(
      'In Dorvan, the elderly, girls, men convicted of capital crimes whose appeals were still pending, and the frail were exempt from caning.',
      'torture',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:exempt');
  });

  it('when guards caned elderly inmates although such men are exempt, torture is still asserted', () => {
    expect(
      isAsserted(
        'Although men over 60 are exempt from caning, guards in Kestrel caned two elderly inmates in June.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: a legal maximum for pretrial detention is a limit, not a breach', () => {
  it('when the sentence gives the maximum pretrial detention for a felony, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Tovel the maximum pretrial detention for a felony charge was two years.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it("when maximum pretrial detention with a magistrate's order is given in months, arbitrary detention is not asserted", () => {
    expect(
      isAsserted(
        "With a magistrate's order, maximum pretrial detention in Dorvan is 14 months.",
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when suspects spent pretrial terms equaling the maximum, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Some suspects in Kestrel spent pretrial detention terms equaling the maximum.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});
