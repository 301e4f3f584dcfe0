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

describe('a prison term for sexual abuse names the offence, not a condition of detention', () => {
  it('when a court sentenced a man to years in prison for sexually abusing a child, detention_conditions is not asserted', () => {
    expect(
      isAsserted(
        'In June a Varnholt court gave a farmer 22 years in prison for the sexual abuse of a girl he had wed at age nine.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when a coach got life in prison for sexual assault of pupils, detention_conditions is not asserted', () => {
    expect(
      isAsserted(
        'A judge sentenced the swimming coach to life in prison for sexual assault of four pupils.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when inmates held in prison for theft reported sexual abuse by guards, detention_conditions is still asserted', () => {
    expect(
      isAsserted(
        'Inmates held in prison for petty theft reported sexual abuse by guards at the Ossel facility.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});
