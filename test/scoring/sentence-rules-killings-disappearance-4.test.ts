import { signalOf, statusOf } from './sentence-status';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.

describe('an attempted or foiled killing or abduction did not happen', () => {
  it('when police are praised for foiling an attempted abduction, no disappearance is asserted', () => {
    expect(
      statusOf(
        'The governor thanked the gendarmerie for stopping an attempted abduction at the market.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });

  it('when a mayor survived an attempted assassination, no killing is asserted', () => {
    expect(
      statusOf('In May the mayor survived an attempted assassination outside his office.', 'killings'),
    ).not.toBe('asserted');
  });

  it('when gendarmes are said to have abducted a trader, the disappearance is asserted', () => {
    expect(
      statusOf('Witnesses said gendarmes abducted a trader at the market in May.', 'disappearance'),
    ).toBe('asserted');
  });

  it('when soldiers are said to have murdered a farmer, the killing is asserted', () => {
    expect(statusOf('Villagers said soldiers murdered a farmer near the river in May.', 'killings')).toBe(
      'asserted',
    );
  });
});

describe('a wish to kill is an intention, not a killing', () => {
  it('when an attacker is said to have wanted to kill a foreigner, no killing is asserted', () => {
    const s = signalOf(
      'Press accounts said the youth had stabbed the clerk because he wanted to kill a foreigner.',
      'killings',
    );
    expect(s?.status).toBe('hypothetical');
  });

  it('when a militia is said to have killed foreigners, the killing is asserted', () => {
    expect(
      statusOf(
        'Press accounts said the militia killed three foreigners at a checkpoint in April.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('conflict-era abuses belong to the past', () => {
  it('when a commission counts conflict-era disappearances, no disappearance is asserted', () => {
    const s = signalOf(
      'The commission counted 340 conflict-era disappearances in the western hills.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
  });

  it('when a commission counts disappearances of the year, the disappearance is asserted', () => {
    expect(
      statusOf(
        'The commission counted 340 disappearances in the western hills during the year.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('a killing of the killer’s own kin is a domestic killing', () => {
  it('when a trader is said to have killed his teenage daughter, no killing is asserted', () => {
    const s = signalOf(
      'In June a grain trader in the port town killed his 15-year-old daughter over a suitor.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when police are said to have killed a woman’s son, the killing is asserted', () => {
    expect(
      statusOf('In June police in the port town shot dead her 15-year-old son at a roadblock.', 'killings'),
    ).toBe('asserted');
  });
});

describe('deaths said to result from torture or beatings are killings', () => {
  it('when monitors say deaths in provincial jails were due to routine torture, the killing is asserted', () => {
    expect(
      statusOf(
        'Monitors said deaths in two provincial jails and a police lockup were due to the routine torture of inmates.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when monitors say deaths in provincial jails were due to pneumonia, no killing is asserted', () => {
    expect(
      statusOf(
        'Monitors said deaths in two provincial jails and a police lockup were due to pneumonia.',
        'killings',
      ),
    ).not.toBe('asserted');
  });
});

describe('a death told in a "whose" clause describes the people of another act', () => {
  it('when an agency took in pupils whose teachers were killed in the fighting, no killing is asserted', () => {
    const s = signalOf(
      'The welfare agency placed in boarding schools 60 pupils whose teachers were killed in the fighting.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:setting-event');
  });

  it('when the teachers are said to have been killed by militiamen, the killing is asserted', () => {
    expect(
      statusOf(
        'The welfare agency placed in boarding schools 60 pupils whose teachers were killed by militiamen in May.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a "whose" clause says a detainee’s whereabouts remain unknown, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Relatives named a teacher held by the gendarmerie whose whereabouts remained unknown at year’s end.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('lives lost to an agent’s acts and deaths in security operations are killings', () => {
  it('when militia raids are said to cause heavy loss of life, the killing is asserted', () => {
    expect(
      statusOf('Militia raids on herding villages continued, causing heavy loss of life.', 'killings'),
    ).toBe('asserted');
  });

  it('when heavy rains are said to cause loss of life, no killing is asserted', () => {
    expect(statusOf('Heavy rains continued, causing heavy loss of life.', 'killings')).not.toBe('asserted');
  });

  it('when a junta’s arbitrary arrests are said to have claimed lives, the killing is asserted', () => {
    expect(
      statusOf(
        "The junta's arbitrary arrests claimed more lives, including that of a former mayor.",
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when road crashes are said to have claimed lives, no killing is asserted', () => {
    expect(statusOf('Road crashes claimed more lives than in any earlier year.', 'killings')).not.toBe(
      'asserted',
    );
  });

  it('when a group records deaths of teenagers in antidrug operations, the killing is asserted', () => {
    expect(
      statusOf(
        'A church group recorded 12 deaths of teenagers in antidrug operations from March to May.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a group records deaths of teenagers in road crashes, no killing is asserted', () => {
    expect(
      statusOf(
        'A church group recorded 12 deaths of teenagers in road crashes from March to May.',
        'killings',
      ),
    ).not.toBe('asserted');
  });
});

describe('a death right after a beating or torture is a killing', () => {
  it('when a herder died shortly after the beating, the killing is asserted', () => {
    expect(statusOf('The herder died as he reached the clinic, shortly after the beating.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when a herder died shortly after a wedding, no killing is asserted', () => {
    expect(
      statusOf('The herder died as he reached the clinic, shortly after the wedding.', 'killings'),
    ).not.toBe('asserted');
  });

  it('when the beating was by his neighbours, no killing is asserted', () => {
    expect(
      statusOf('The herder died two days later, after being beaten by his neighbors.', 'killings'),
    ).not.toBe('asserted');
  });
});

describe('charging officers with a murder is a court event, whatever the length of the list of names', () => {
  it('when a prosecutor charged four named officers with his murder, no killing is asserted', () => {
    const s = signalOf(
      'On May 3, the prosecutor charged Inspector Ama Bediako, Sergeant Kofi Mensah, Constable Yaw Boateng, and Corporal Efua Asante with his murder.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:charge');
  });

  it('when residents charged that soldiers killed herders, the killing is asserted', () => {
    expect(
      statusOf('Residents charged that soldiers beat herders with their rifles and killed two.', 'killings'),
    ).toBe('asserted');
  });
});

describe('residents and villagers who kill are private persons; kin in a passive are victims', () => {
  it('when angry residents shot and killed a suspected thief, no killing is asserted', () => {
    const s = signalOf(
      'In March angry residents shot and killed a suspected cattle thief in a river town.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when residents were shot and killed by soldiers, the killing is asserted', () => {
    expect(
      statusOf('In March angry residents were shot and killed by soldiers in a river town.', 'killings'),
    ).toBe('asserted');
  });

  it('when residents described killings of herders, they are witnesses and the killing is asserted', () => {
    expect(statusOf('Residents described killings of herders near the market in March.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when a woman’s son was killed at a checkpoint, the kin is the victim and the killing is asserted', () => {
    expect(statusOf('Her son was killed at a checkpoint outside the river town in March.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when a woman’s husband killed her, the killing is domestic and not asserted', () => {
    expect(statusOf('Her husband killed her outside the river town in March.', 'killings')).not.toBe(
      'asserted',
    );
  });
});
