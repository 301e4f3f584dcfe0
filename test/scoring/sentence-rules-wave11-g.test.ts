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
        'In June a Varnholt court gave a farmer 22 years in prison for repeated sexual abuse of a girl he had wed at age nine.',
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

describe('filing suit is a court event', () => {
  it('when families filed suit against former officers accused of murder and unlawful detention in an earlier year, neither is asserted', () => {
    const sentence =
      'In April relatives of the victims filed suit in the Ossel district court against four retired officers accused of murder and unlawful detention over the violent breakup of a strike at Varn in 2003.';
    expect(isAsserted(sentence, 'killings')).toBe(false);
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(false);
  });

  it('when soldiers killed villagers this year and families then filed suit, killings is still asserted', () => {
    expect(
      isAsserted(
        'Soldiers killed six villagers near Ossel in July, and their families filed suit in October.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('negligence named as an offence in a comparison of penalties is not a condition of detention', () => {
  it('when fines for labour breaches matched crimes such as theft or negligence but prison terms were shorter, detention_conditions is not asserted', () => {
    expect(
      isAsserted(
        'Fines for overtime and safety breaches in Varnholt matched those for comparable crimes, such as theft or negligence; prison terms for them, however, were shorter.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when jail terms for mine owners were shorter than those for criminal negligence, detention_conditions is not asserted', () => {
    expect(
      isAsserted(
        'Fines for unsafe mines were adequate, but jail terms for their owners were shorter than those for criminal negligence.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when inmates died of medical negligence in a prison, detention_conditions is still asserted', () => {
    expect(
      isAsserted(
        'Two inmates of the Ossel prison died in May of medical negligence, their lawyers said.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});

describe('an arrest of someone a relative clause says took part in an abuse is an accountability event', () => {
  it('when a former mayor who allegedly helped plan a killing was also arrested, killings is not asserted', () => {
    expect(
      isAsserted(
        'The former mayor of Varn, who allegedly helped organise the killing of a rival, was also arrested in June for tampering with evidence.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when a student who was beaten by police was then arrested, torture is still asserted', () => {
    expect(
      isAsserted('A student, who was beaten by police at the Ossel rally, was arrested in May.', 'torture'),
    ).toBe(true);
  });
});
