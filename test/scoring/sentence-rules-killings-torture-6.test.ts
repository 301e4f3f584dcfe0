import { signalOf, statusOf } from './sentence-status';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.

describe('a death in custody is a killing when the sentence names abuse or neglect as its cause', () => {
  it('when an inmate is said only to have died in custody, no killing is asserted', () => {
    const s = signalOf(
      'A retired colonel held at a naval base since 2021 died in custody in March, his lawyer said.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-cause');
  });

  it('when a count of detainees is said only to have died in detention, no killing is asserted', () => {
    expect(
      statusOf(
        'The commission counted 42 persons who had died in detention during the first half of the year.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when an inmate died in custody after guards beat him, the killing is asserted', () => {
    expect(
      statusOf(
        'A retired colonel died in custody in March after guards beat him during an interrogation.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a detainee died in custody after being denied medical care, the killing is asserted', () => {
    expect(
      statusOf(
        'A farmer held on fraud charges died in custody in May after wardens denied him insulin.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a man died in police custody, the killing is still asserted', () => {
    expect(statusOf('In April a street vendor died in police custody in the port city.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when a report lists deaths in custody among abuses, the killing is still asserted', () => {
    expect(
      statusOf(
        'Serious human rights problems included credible reports of deaths in custody and torture.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a crime ascribed to a private person accused or suspected of it is ordinary crime', () => {
  it('when a mob kills an inmate accused of kidnapping, no disappearance is asserted', () => {
    const s = signalOf(
      'In August a crowd broke into the jail, and authorities failed to stop it from killing an inmate accused of kidnapping a child.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:accused');
  });

  it('when a suspect in a dated killing is arrested, no killing is asserted', () => {
    const s = signalOf(
      'Omar Said, a suspect in the May 2 killing of a settler, was arrested in June and placed in solitary confinement.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:suspect');
  });

  it('when a herder suspected of theft is killed by soldiers, the killing is asserted', () => {
    expect(statusOf('A herder suspected of theft was killed by soldiers in March.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when relatives of a man accused of theft say police killed him, the killing is asserted', () => {
    expect(
      statusOf('Relatives of a man accused of theft said police killed him in his cell.', 'killings'),
    ).toBe('asserted');
  });

  it('when soldiers are accused of a killing in May, the killing is asserted', () => {
    expect(statusOf('Soldiers accused of killing two herders in May remained on duty.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when police officers are suspected in a killing in May, the killing is asserted', () => {
    expect(
      statusOf('Two police officers suspected in the May killing of a student were suspended.', 'killings'),
    ).toBe('asserted');
  });
});

describe('what a sentence says was done "rather than" or "instead of" something else did not happen', () => {
  it('when police used tear gas rather than lethal force, no killing is asserted', () => {
    const s = signalOf('Police used tear gas rather than lethal force to disperse the march.', 'killings');
    expect(s?.status).toBe('negated');
    expect(s?.reason).toBe('negation:rather-than');
  });

  it('when police used lethal force instead of tear gas, the killing is asserted', () => {
    expect(statusOf('Police used lethal force instead of tear gas to disperse the march.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when police fired live rounds rather than tear gas, killing three, the killing is asserted', () => {
    expect(statusOf('Police fired live rounds rather than tear gas, killing three.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when soldiers executed detainees rather than releasing them, the killing is asserted', () => {
    expect(statusOf('Rather than releasing the detainees, soldiers executed them.', 'killings')).toBe(
      'asserted',
    );
  });
});

describe('a pointer that names its topic before "see section" asserts nothing', () => {
  it('when a sentence opens "For information on" abuses and points to a section, no disappearance is asserted', () => {
    const s = signalOf(
      '(For information on the detention, beating, and disappearance of fishermen from the islands, see section 1.e.).',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('institutional:cross-reference');
  });

  it('when a sentence reports a beating and only then points to a section, the torture is asserted', () => {
    expect(statusOf('For example, police beat the detainees; see section 1.c.', 'torture')).toBe('asserted');
  });
});

describe('transnational abductions happen across the border', () => {
  it('when the army is implicated in transnational abductions, no disappearance is asserted', () => {
    const s = signalOf(
      'The NGO implicated the army in transnational abductions of students as part of its campaign.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:abroad');
  });

  it('when the army is implicated in abductions of students in the capital, the disappearance is asserted', () => {
    expect(
      statusOf('The NGO implicated the army in abductions of students in the capital.', 'disappearance'),
    ).toBe('asserted');
  });
});

describe('hooding and a gun held to the head are ill-treatment by the agents who do it', () => {
  it('when interrogators cover a detainee’s head with a plastic bag, the torture is asserted', () => {
    expect(statusOf('Interrogators covered his head with a plastic bag until he fainted.', 'torture')).toBe(
      'asserted',
    );
  });

  it('when soldiers hold a rifle to a farmer’s head, the torture is asserted', () => {
    expect(statusOf('Soldiers held a rifle to the farmer’s head and demanded money.', 'torture')).toBe(
      'asserted',
    );
  });

  it('when robbers hold a pistol to a driver’s head, no torture is asserted', () => {
    expect(statusOf('Robbers held a pistol to the driver’s head and took his phone.', 'torture')).not.toBe(
      'asserted',
    );
  });

  it('when a car’s hood strikes a man on the head, no torture is asserted', () => {
    expect(statusOf('The hood of the truck struck a pedestrian on the head.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('to execute an attack, a plan or an order is to carry it out, not to kill', () => {
  it('when two men are said to have executed the attacks, no killing is asserted', () => {
    expect(
      statusOf('Witnesses testified that two brothers executed the attacks on the depot.', 'killings'),
    ).not.toBe('asserted');
  });

  it('when soldiers executed people in raids, the killing is asserted', () => {
    expect(statusOf('Soldiers executed them in raids on the villages.', 'killings')).toBe('asserted');
  });
});

describe('abuse of people held is ill-treatment in custody', () => {
  it('when monitors report abuse of detained students, the torture is asserted', () => {
    expect(
      statusOf('Monitors reported abuse of detained students by wardens at the northern camp.', 'torture'),
    ).toBe('asserted');
  });

  it('when a teacher who abused a pupil was later detained, no torture is asserted', () => {
    expect(statusOf('A teacher who abused a pupil was detained in March.', 'torture')).not.toBe('asserted');
  });
});

describe('an arrest is for the crime named right after "for", not for what the holders did next', () => {
  it('when police detained a journalist for his reporting and beat him, the torture is asserted', () => {
    expect(
      statusOf('Police detained a journalist for his reporting and beat him in custody.', 'torture'),
    ).toBe('asserted');
  });

  it('when captors held victims for days, stripped them and tortured them, the torture is asserted', () => {
    expect(
      statusOf(
        'Victims said they were detained in a forest camp for days, stripped of their shoes, tortured, and then released.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when police arrested a man for raping a girl, no torture is asserted', () => {
    const s = signalOf('Police arrested a man for raping a girl and assaulting her mother.', 'torture');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:arrest-for');
  });

  it('when two brothers were arrested for a murder dated to June, no killing is asserted', () => {
    const s = signalOf('Two brothers were arrested for the murder of a shopkeeper in June.', 'killings');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:arrest-for');
  });

  it('when two police officers were arrested for a murder dated to June, the killing is asserted', () => {
    expect(
      statusOf('Two police officers were arrested for the murder of a shopkeeper in June.', 'killings'),
    ).toBe('asserted');
  });
});

describe('things that disappear are not people disappeared', () => {
  it('when online posts disappeared from a website, no disappearance is asserted', () => {
    expect(
      statusOf(
        'The editor said the posts disappeared from the website after the minister complained.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });

  it('when a student disappeared after police took him, the disappearance is asserted', () => {
    expect(statusOf('The student disappeared after police took him from the campus.', 'disappearance')).toBe(
      'asserted',
    );
  });
});

describe('violence between inmates is a condition of detention, not torture', () => {
  it('when wardens investigated inmate-on-inmate assaults, no torture is asserted', () => {
    const s = signalOf(
      'From March to July, jail authorities investigated six cases of inmate-on-inmate assault in the central jail.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:between-inmates');
  });

  it('when wardens investigated guard-on-inmate assaults, the torture is asserted', () => {
    expect(
      statusOf(
        'From March to July, jail authorities investigated six cases of guard-on-inmate assault in the central jail.',
        'torture',
      ),
    ).toBe('asserted');
  });
});
