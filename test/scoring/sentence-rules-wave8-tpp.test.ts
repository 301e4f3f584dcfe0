import { isAsserted, signalOf } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('physical violence by a named state agent is ill-treatment', () => {
  it('when progovernment militias subjected families to threats and physical violence, torture is asserted', () => {
    expect(
      isAsserted(
        'Residents said progovernment militias stopped families at checkpoints and subjected them to threats, extortion, physical violence, and abductions.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when police officers used physical violence against herders, torture is asserted', () => {
    expect(
      isAsserted(
        'Villagers said police officers used physical violence against herders at the market.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: physical violence in the home with no agent named is not torture', () => {
    expect(
      isAsserted(
        'A shelter in Dovra said physical violence in the home was common and rarely reported.',
        'torture',
      ),
    ).toBe(false);
  });

  it('near miss: physical violence by a husband is private violence, not torture', () => {
    expect(
      isAsserted(
        'Neighbours said her husband used physical violence against her throughout the year.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('degrading or inhuman treatment named among the causes of harsh conditions is still ill-treatment', () => {
  it('when camp conditions were harsh due to crowding and degrading treatment, torture is asserted', () => {
    expect(
      isAsserted(
        'Conditions in the Kelmor work camps stayed harsh due to overcrowding, degrading treatment, and scarce food and water.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: physical abuse listed among the causes, with no agent, stays a condition of detention', () => {
    expect(
      isAsserted(
        'Conditions in the Kelmor work camps stayed harsh due to overcrowding, physical abuse, and scarce food and water.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('violence by inmates against other inmates is a condition of detention', () => {
  it('when a detainee was beaten to death by inmates, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Monitors learned that a young detainee in Borsk had been beaten to death by inmates after a quarrel over food.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a teenager was assaulted by prisoners sharing his cell, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'In March a teenager in the Borsk remand centre was assaulted by prisoners sharing his cell.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: a man beaten by guards and police names no inmate violence', () => {
    expect(
      isAsserted(
        'A man held in Borsk said he was beaten by guards and later by the police.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('inmates who attack another inmate hold people in violent conditions', () => {
  it('when three inmates stabbed another inmate, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'In June three inmates reportedly stabbed another inmate in the Tarvo penal colony.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: inmates who attacked a guard name no violence suffered by inmates', () => {
    expect(
      isAsserted(
        'In June three inmates reportedly attacked a guard in the Tarvo penal colony.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('prison and penitentiary employees or personnel are agents of the state', () => {
  it('when beatings and sexual violence by prison employees were reported in a colony, torture is asserted', () => {
    expect(
      isAsserted(
        'Monitors cited repeated beatings and sexual violence by prison employees at the Rasko colony this year.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when penitentiary personnel kicked inmates, the actor of the torture is the state', () => {
    expect(
      signalOf(
        'Two former inmates said penitentiary personnel kicked them during a search of the Rasko colony.',
        'torture',
      )?.actor,
    ).toBe('state');
  });

  it('near miss: sexual violence among inmates, with no employee named, stays between inmates', () => {
    expect(
      signalOf('Monitors cited sexual violence among inmates at the Rasko colony this year.', 'torture')
        ?.status,
    ).not.toBe('asserted');
  });
});

describe('keeping a detainee from sleeping is sleep deprivation', () => {
  it('when officers questioned a detainee and did not allow him to sleep, torture is asserted', () => {
    expect(
      isAsserted(
        'His lawyer said officers in Lemsk questioned the detainee all night, after which he was not allowed to sleep.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when guards kept prisoners from sleeping, torture is asserted', () => {
    expect(
      isAsserted('Former inmates of the Lemsk jail said guards kept them from sleeping for days.', 'torture'),
    ).toBe(true);
  });

  it('near miss: workers not allowed to sleep at a factory, with no agent of the state, is not torture', () => {
    expect(
      isAsserted(
        'Seasonal workers in Lemsk said they were not allowed to sleep during long harvest shifts.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('agents who shove or manhandle people use force on them', () => {
  it('when police officers shoved a reporter to the ground and detained him, torture is asserted', () => {
    expect(
      isAsserted(
        'On May 4, police officers shoved a reporter to the ground and then detained him outside the Varno courthouse.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when soldiers manhandled villagers at a checkpoint, torture is asserted', () => {
    expect(
      isAsserted(
        'Witnesses said soldiers manhandled villagers at a checkpoint near Varno in April.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: people shoved in a crowd with no agent named are not ill-treated by anyone', () => {
    expect(
      isAsserted('Several fans were shoved and injured as the crowd left the Varno stadium.', 'torture'),
    ).toBe(false);
  });

  it('near miss: a mob that shoved a reporter is private violence, not torture', () => {
    expect(isAsserted('A mob shoved a reporter outside the Varno market in June.', 'torture')).toBe(false);
  });
});

describe('violent arrests and interrogations are force used by agents', () => {
  it('when clinic doctors treated bruises left by violent arrests, torture is asserted', () => {
    expect(
      isAsserted(
        'Doctors at the Kesh clinic said they treated bruises left by violent arrests during the strike.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: when no violent arrests were reported, torture is not asserted', () => {
    expect(isAsserted('There were no reports of violent arrests in Kesh during the year.', 'torture')).toBe(
      false,
    );
  });

  it('near miss: a suspect who turned violent during his arrest is not a violent arrest', () => {
    expect(isAsserted('Police said the suspect turned violent during his arrest in Kesh.', 'torture')).toBe(
      false,
    );
  });
});

describe('a named unit of the army or police between the actor and the act keeps the actor as perpetrator', () => {
  it('when members of the Army 88th Light Infantry Battalion raped two women, torture is asserted', () => {
    expect(
      isAsserted(
        'Villagers said members of the Army 88th Light Infantry Battalion raped two women near Tamsu.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: a battalion named with no state actor word names no state perpetrator', () => {
    expect(
      isAsserted(
        'Villagers said members of the Tamsu Volunteer Battalion raped two women near the river.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('an armed group that holds people in captivity is the perpetrator of the sexual abuse they suffer there', () => {
  it('when captives back from rebel captivity said they had been sexually abused, torture is asserted', () => {
    expect(
      isAsserted(
        'Captives who returned from rebel captivity in the Oru hills said they had been sexually abused.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when women who escaped captivity with a militia said they were raped, torture is asserted', () => {
    expect(
      isAsserted(
        'Women who escaped from captivity with the Red Hand militia said they were raped repeatedly.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: rape during a militia raid, with no one held, stays violence against civilians', () => {
    expect(
      isAsserted('Villagers said they were raped while militiamen looted the market in Oru.', 'torture'),
    ).toBe(false);
  });
});

describe('a private person who holds someone captive is not an armed group', () => {
  it('near miss: a husband who held his wife captive and raped her is private violence, not torture', () => {
    expect(
      isAsserted('Neighbours said her husband held her captive for a week in Tarn and raped her.', 'torture'),
    ).toBe(false);
  });
});

describe('sexual slavery by an armed group is sexual abuse of people it holds', () => {
  it('when girls who fled an ISIS camp told of captivity and sexual slavery, torture is asserted', () => {
    expect(
      isAsserted(
        'Two girls who fled an ISIS camp near Tarn told aid workers of two years of captivity and sexual slavery.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when militants kept women in sexual slavery, torture is asserted', () => {
    expect(
      isAsserted(
        'Survivors said militants kept at least 40 women in sexual slavery in the Tarn hills.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: abductions for labour or sexual slavery name only the purpose of the abduction', () => {
    expect(
      isAsserted(
        'Armed groups abducted many persons, mostly for forced labour, portering, or sexual slavery.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('the "Physical Conditions:" label of the prison section names places of detention', () => {
  it('when monitors under that label found unsafe water and poor lighting, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Physical Conditions: Monitors in Orsk found inadequate drinking water and poor lighting throughout the year.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: the same shortages under a label about work name no place of detention', () => {
    expect(
      isAsserted(
        'Working conditions: Farm hands in Orsk reported inadequate drinking water and poor ventilation in the sheds.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('abuse named with a second act before "by" an agent is still abuse by that agent', () => {
  it('when residents cited abuse and extortion by police, torture is asserted', () => {
    expect(
      isAsserted(
        'Residents of Dunmer cited frequent abuse and extortion by police at road checkpoints.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: a law that forbids abuse and neglect by officers states a norm', () => {
    expect(
      isAsserted(
        'The Dunmer police code forbids abuse and neglect by officers toward persons in their care.',
        'torture',
      ),
    ).toBe(false);
  });
});
