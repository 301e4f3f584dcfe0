import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('people named as held only as the victims of another harm', () => {
  it('when monitors describe abuse of detained students by guards, arbitrary detention is not asserted', () => {
    const sentence = 'Monitors in Varnel described abuse of detained students by guards at two army camps.';
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(sentence, 'torture')).toBe(true);
  });

  it('when officers used beatings as punishment against detained campaigners, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Lawyers said officers used beatings as a punishment against detained campaigners in the Osk district.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when the same victims were also held without charge, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Monitors described abuse of detained rebels, some of whom were held without charge for months.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when soldiers detained dozens of villagers, arbitrary detention is asserted', () => {
    expect(
      isAsserted('Soldiers detained dozens of villagers near Varnel after the raid.', 'arbitrary_detention'),
    ).toBe(true);
  });
});

describe('who the held share a cell with is a condition of detention, not an arbitrary arrest', () => {
  it('when girls cut off from their families were at times detained with adults, arbitrary detention is not asserted', () => {
    const sentence =
      'Aid workers said girls cut off from their families by the floods were at times detained with adults.';
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(sentence, 'detention_conditions')).toBe(true);
  });

  it('when women from ethnic hill villages were detained together with men, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Rights groups said women from ethnic hill villages were detained together with men in district cells.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when girls were detained with adults and without charge, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Girls displaced by the floods were detained with adults and without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('a detention for remarks that criticise those in power is political', () => {
  it('when police held a preacher for online remarks criticizing the mayor, political detention is asserted', () => {
    expect(
      isAsserted(
        'In June police in Oskar held a preacher for online remarks criticizing the mayor.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a teacher was jailed for videos mocking the ruling family, political detention is asserted', () => {
    expect(
      isAsserted(
        'A teacher from Velm was jailed for videos mocking the ruling family.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when a minister was only criticised for remarks critical of a neighbour, nothing political is asserted', () => {
    expect(
      isAsserted(
        'Editors faulted the minister for remarks critical of a neighbouring state during the summit.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('a detention on false charges or pretexts is political', () => {
  it('when a militia held worshippers arrested on false pretexts in its own jails, political detention is asserted', () => {
    expect(
      isAsserted(
        'Residents said the border militia ran jails holding dozens of worshippers arrested on false pretexts.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a union leader was detained on false charges, political detention is asserted', () => {
    expect(
      isAsserted(
        'In March a union leader in Kessa was detained on false charges of fraud.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when inmates were charged with making false accusations, political detention is not asserted', () => {
    expect(
      isAsserted(
        'Several inmates who complained of beatings were later charged with making false accusations.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('an arrest over an attack, a shooting or arson holds suspects of a crime', () => {
  it('when police arrested three youths in connection with the stabbing of a shopkeeper, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Dalm arrested three youths in connection with the stabbing of a shopkeeper.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when officers detained two party members for the arson of a rival office, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Officers detained two party members for the arson of a rival office in Dalm.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when police arrested three youths in connection with a peaceful march, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police in Dalm arrested three youths in connection with a peaceful march.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('a cue that is a piece of an organisation name asserts nothing', () => {
  it('when a Centre for Activism and Civic Study reports trouble visiting jails, political detention is not asserted', () => {
    expect(
      isAsserted(
        'The Centre for Activism and Civic Study said its staff had trouble visiting jails in Ormek.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('near miss: when two students were jailed for activism, political detention is asserted', () => {
    expect(
      isAsserted('Two students from Ormek were jailed for activism in May.', 'political_prisoners'),
    ).toBe(true);
  });
});

describe('activists who held a meeting were not held', () => {
  it('when student activists held a press briefing, political detention is not asserted', () => {
    expect(
      isAsserted(
        'In May student activists held a press briefing on the new land law in Ormek.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when opposition activists held rallies across the south, political detention is not asserted', () => {
    expect(
      isAsserted(
        'Opposition activists held rallies across the southern provinces in August.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('near miss: when activists were held in a city jail for a week, political detention is asserted', () => {
    expect(
      isAsserted(
        'Four activists held in the Ormek city jail for a week said guards mocked them.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('an arrest named only as the moment of another abuse', () => {
  it('when activists observed that most beatings took place during arrests, political detention is not asserted', () => {
    expect(
      isAsserted(
        'Local activists observed that most beatings took place during arrests.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('near miss: when police beat activists during the arrests of forty demonstrators, political detention is asserted', () => {
    expect(
      isAsserted(
        'Police beat two activists during the arrests of forty demonstrators in Ormek.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('the kin of held activists are the subject, not the holding', () => {
  it('when relatives of jailed bloggers said guards took money for parcels, political detention is not asserted', () => {
    expect(
      isAsserted(
        'Relatives of jailed bloggers said guards in Ormek took money before handing over food parcels.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('near miss: when police jailed bloggers and harassed their relatives, political detention is asserted', () => {
    expect(
      isAsserted(
        'Police in Ormek jailed two bloggers in April and harassed their relatives.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('a detention that went past the penalty or limit the law sets is a breach, not a norm', () => {
  it('when pretrial detention often went past the maximum penalty for the offence, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In Ormek, prolonged pretrial detention often exceeded the maximum penalty for the offence charged.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the law only sets the maximum penalty for an offence, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The maximum penalty for resisting arrest is three years, and pretrial detention is limited to one year.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('a detention in which the police failed to bring any charge', () => {
  it('when gendarmes held suspects for ten days and failed to bring a charge, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Gendarmes in Ormek often held suspects for ten days and failed to bring a charge before letting them go.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when prosecutors failed to bring charges against guards who held a man, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Prosecutors failed to bring charges against the guards who held a man suspected of theft.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('a rearrest on release keeps a person held', () => {
  it('when a campaigner faced repeated rearrests after each short jail term, both detention categories are asserted', () => {
    const sentence =
      'The campaigner faced repeated rearrests in Ormek, each one ending in another short jail term.';
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(true);
    expect(isAsserted(sentence, 'political_prisoners')).toBe(true);
  });

  it('when a poet was rearrested on release from a labour camp, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'A poet from Velm was rearrested on his release from a labour camp in March.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when two escaped convicts were rearrested, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('Two convicts who escaped from Velm prison were rearrested in May.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('people said to meet a definition are classed by it, not told the law', () => {
  it('when monitors say dozens of detainees meet the definition of political prisoner, political detention is asserted', () => {
    expect(
      isAsserted(
        'Monitors said dozens of detainees held in Velm meet the definition of political prisoner.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when the code only gives a definition of political prisoner, political detention is not asserted', () => {
    expect(
      isAsserted('The penal code of Velm gives no definition of political prisoner.', 'political_prisoners'),
    ).toBe(false);
  });
});

describe('a sentence that opens on what happens in practice reports that practice', () => {
  it('when in practice gendarmes arrest without warrants and point to their powers, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In practice, Velm gendarmes carry out arrests without warrants, pointing to their powers to act in urgent cases.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when in practice gendarmes only have powers to arrest in urgent cases, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In practice, Velm gendarmes have powers to carry out arrests in urgent cases.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
