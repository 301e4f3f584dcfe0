import { isAsserted, signalOf } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('suspects named by the custody that holds them are detainees, not the subjects of a case', () => {
  it('when monitors said suspects in custody were beaten by officers, torture is asserted', () => {
    expect(
      isAsserted(
        'Monitors in Varesk said suspects in custody were left bruised after beatings by station officers.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when suspects in pretrial detention complained of police mistreatment, torture is asserted', () => {
    expect(
      isAsserted('Suspects in pretrial detention in Varesk complained of police mistreatment.', 'torture'),
    ).toBe(true);
  });

  it('near miss: when a guard is a suspect in a beating, torture stays a case, not asserted', () => {
    expect(
      isAsserted('A prison guard from Varesk became a suspect in the beating of an inmate.', 'torture'),
    ).toBe(false);
  });
});

describe('the national forces named by their short names are agents of the state', () => {
  it('when a group of FARDC personnel raped two women, torture is asserted', () => {
    expect(
      isAsserted('In May a group of FARDC personnel raped two women near a market in Kalemba.', 'torture'),
    ).toBe(true);
  });

  it('when the ISF slapped and kicked a vendor, torture is asserted', () => {
    expect(
      isAsserted('The ISF slapped and kicked a vendor at a checkpoint outside the city.', 'torture'),
    ).toBe(true);
  });

  it('when witnesses said the Tatmadaw kicked villagers, torture is asserted', () => {
    expect(isAsserted('Witnesses said the Tatmadaw kicked villagers they had rounded up.', 'torture')).toBe(
      true,
    );
  });

  it('when the PNP punched a street vendor, torture is asserted', () => {
    expect(isAsserted('In June the PNP punched a street vendor during a raid.', 'torture')).toBe(true);
  });

  it('when PMF fighters punched a shopkeeper, torture is asserted', () => {
    expect(
      isAsserted('PMF fighters punched a shopkeeper in Darsan who refused to pay them.', 'torture'),
    ).toBe(true);
  });

  it('when the SSF sexually abused women at roadblocks, torture is asserted', () => {
    expect(
      isAsserted(
        'Local monitors said the SSF sexually abused women they had stopped at roadblocks.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the FARDC executed members of a militia, the killing is by the state', () => {
    expect(signalOf('The FARDC executed nine unarmed members of a local militia.', 'killings')?.actor).toBe(
      'state',
    );
  });

  it('near miss: when rebels attacked the ISF in assaults, torture is not asserted', () => {
    expect(isAsserted('Rebels attacked the ISF near Darsan in a series of assaults.', 'torture')).toBe(false);
  });
});

describe('medical care said not to exist or not to be given in detention is a harsh condition', () => {
  it('when psychiatric help for detainees with mental illness did not exist, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Psychiatric help for detainees living with mental illness did not exist at the Varn remand centre.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when health care in a prison was called nonexistent, detention conditions are asserted', () => {
    expect(isAsserted('Health care at the Varn jail was nonexistent.', 'detention_conditions')).toBe(true);
  });

  it('when inmates with tuberculosis received no treatment, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Inmates with tuberculosis in the Varn colony received no treatment for months.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when detainees said they received no medication for their wounds, detention conditions are asserted', () => {
    expect(
      isAsserted('Two detainees said they received no medication for their wounds.', 'detention_conditions'),
    ).toBe(true);
  });

  it('near miss: when health insurance for farmers did not exist, detention conditions are not asserted', () => {
    expect(
      isAsserted('Health insurance for rural farmers in Varn did not exist.', 'detention_conditions'),
    ).toBe(false);
  });
});

describe('a legal limit that practice is said to have gone beyond measures the breach and is no norm for the clause', () => {
  it('when detainees were kept from a judge past the legal limit so that wounds from police beatings could heal, torture is asserted', () => {
    expect(
      isAsserted(
        'Lawyers said detainees were brought before a judge long after the legally mandated 48-hour limit, reportedly so that wounds from police beatings could heal.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when remand detainees stayed in overcrowded lockups beyond the mandated maximum, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Remand detainees often stayed in overcrowded police lockups well in excess of the mandated 24-hour maximum.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when the law itself sets the limit and bans police beatings, torture is not asserted', () => {
    expect(
      isAsserted(
        'The law mandates that detainees see a judge within 48 hours and prohibits beatings by police.',
        'torture',
      ),
    ).toBe(false);
  });

  it('near miss: when a duty names the legal limit and bans overcrowding, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Police must bring detainees before a judge within the legally mandated 48 hours, and overcrowding in cells is prohibited.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('a body or hotline that is set up is an institution, like one that is established', () => {
  it('when a ministry set up a hotline to report mistreatment by officers, torture is not asserted', () => {
    expect(
      isAsserted(
        'The defense ministry set up a telephone hotline for conscripts to report incidents of mistreatment by their officers.',
        'torture',
      ),
    ).toBe(false);
  });

  it('near miss: when soldiers set up a roadblock and beat drivers, torture is asserted', () => {
    expect(
      isAsserted('Soldiers set up a roadblock and beat drivers who refused to pay them.', 'torture'),
    ).toBe(true);
  });
});

describe('psychiatric confinement or examination used to punish or pressure is ill-treatment by the state', () => {
  it('when officials sent dissidents to a psychiatric ward as punishment, torture is asserted', () => {
    expect(
      isAsserted(
        'Officials sent two dissidents to a psychiatric ward as punishment for their online posts.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when security officers detained a blogger for psychiatric evaluations to pressure him, torture is asserted', () => {
    expect(
      isAsserted(
        'Security officers detained a blogger for psychiatric evaluations to pressure him into silence.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: when the law only allows psychiatric treatment as a punishment, torture is not asserted', () => {
    expect(
      isAsserted(
        'The law allows courts to order psychiatric treatment as punishment for some offenses.',
        'torture',
      ),
    ).toBe(false);
  });

  it('near miss: when staff of a private clinic punished residents, torture is not asserted', () => {
    expect(
      isAsserted(
        'Staff at a private psychiatric clinic locked up residents as punishment for small faults.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('bribes that detainees must pay for water, food, toilets or bedding are a harsh condition', () => {
  it('when inmates had to bribe guards for clean water or a mattress, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Inmates in the Dorvan colony had to pay bribes to guards to get clean water or a mattress.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when guards demanded bribes before detainees could use the toilets, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Detainees said guards demanded bribes before letting them use the toilets.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when relatives paid bribes only to visit, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Relatives bought food for the detainees and then paid bribes to guards to see them.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('bedding, food, water or soap that authorities did not give detainees is a harsh condition', () => {
  it('when guards did not give detainees food for two days, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Guards at the Belmora jail did not give detainees food for two days.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when the prison never supplied soap or blankets to inmates, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'The prison administration never supplied soap or blankets to inmates.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when food aid was not given to flood victims, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Authorities did not provide food aid to flood victims in the north.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('detainees kept from washing are held in harsh conditions', () => {
  it('when a warden barred a hunger striker from bathing, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'The warden at the Korvan jail barred a hunger striker from bathing for a week.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when guards prevented inmates in the punishment block from showering, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Guards prevented the inmates in the punishment block from showering for three weeks.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when a water company stopped residents from washing cars, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'The water company stopped residents from washing cars during the drought.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('state agents coercing people into sex is sexual abuse by the state', () => {
  it('when soldiers coerced young women into sex for food, torture is asserted', () => {
    expect(
      isAsserted(
        'Residents said soldiers entering the village coerced young women into sex in exchange for food.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when police officers forced detainees into sexual acts, torture is asserted', () => {
    expect(
      isAsserted(
        'Two detainees said police officers forced them into sexual acts during interrogation.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: when traffickers forced women into sex work, torture is not asserted', () => {
    expect(
      isAsserted('NGOs said traffickers forced women into sex work in bars along the border.', 'torture'),
    ).toBe(false);
  });
});

describe('dogs of the police or guards set on people are force used by the state', () => {
  it('when police dogs attacked residents during an eviction, torture is asserted', () => {
    expect(isAsserted('During the eviction, police dogs attacked several residents.', 'torture')).toBe(true);
  });

  it('when border guards unleashed dogs on migrants, torture is asserted', () => {
    expect(isAsserted('Border guards unleashed dogs on migrants crossing the river.', 'torture')).toBe(true);
  });

  it('near miss: when a farmer’s dogs attacked hikers, torture is not asserted', () => {
    expect(isAsserted('Police said a farmer’s dogs attacked two hikers.', 'torture')).toBe(false);
  });
});

describe('abuse attributed to state agents names them as its agents, as "by" does', () => {
  it('when monitors listed rapes attributable to police officers, torture is asserted', () => {
    expect(
      isAsserted('Monitors listed rapes attributable to police officers in three provinces.', 'torture'),
    ).toBe(true);
  });

  it('when the UN counted sexual violence attributed to the SSF, torture is asserted', () => {
    expect(
      isAsserted(
        'The UN mission counted 60 cases of sexual violence attributed to the SSF by August.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: when rapes were attributed to family members, torture is not asserted', () => {
    expect(
      isAsserted('Monitors listed 40 rapes, including some attributed to family members.', 'torture'),
    ).toBe(false);
  });
});

describe('a maximum penalty that detention went beyond measures the breach, not a norm', () => {
  it('when pretrial detention exceeded the maximum penalty for the offense, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Pretrial detention often exceeded the maximum penalty for the alleged offense.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the law only sets a maximum penalty, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The law sets the maximum penalty for pretrial detention abuses at five years.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('penalties that complaints led to are an outcome of the cases, not a norm', () => {
  it('when claims of torture by police rarely resulted in heavy penalties, torture is asserted', () => {
    expect(
      isAsserted(
        'An ombudsman in Korvan logged claims of torture by police, and few of the cases resulted in heavy penalties.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when complaints of police beatings rarely led to serious penalties, torture is asserted', () => {
    expect(
      isAsserted(
        'Complaints of police beatings rarely led to serious penalties for the officers.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: when the code only sets penalties for torture by police, torture is not asserted', () => {
    expect(isAsserted('Penalties for torture by police officers are light under the code.', 'torture')).toBe(
      false,
    );
  });
});
