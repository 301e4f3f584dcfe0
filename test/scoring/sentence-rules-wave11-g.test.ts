import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('a named statute that lays down rules states a norm', () => {
  it('when the Safeguards Act provided rules to stop and punish disappearance and torture, neither is asserted', () => {
    const sentence =
      'The Citizen Safeguards Act provided rules to stop and penalise torture and enforced disappearance by officials.';
    expect(signalOf(sentence, 'torture')?.status).toBe('legal_norm');
    expect(signalOf(sentence, 'disappearance')?.status).toBe('legal_norm');
  });

  it('when the Public Order Act established prison terms for guards who kill, killings are a norm', () => {
    expect(
      signalOf(
        'The Public Order Act established prison terms for guards who kill prisoners in their care.',
        'killings',
      )?.status,
    ).toBe('legal_norm');
  });

  it('when police tortured detainees held under a named act, torture is still asserted', () => {
    expect(
      isAsserted('Police tortured three detainees held under the Internal Security Act in May.', 'torture'),
    ).toBe(true);
  });

  it('when a lower-case act is the abuse and not a named statute, torture is still asserted', () => {
    expect(
      isAsserted(
        'Soldiers tortured the two farmers in March, and the act provided the unit a pretext for more raids.',
        'torture',
      ),
    ).toBe(true);
  });
});
