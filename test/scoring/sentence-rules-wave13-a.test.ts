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
