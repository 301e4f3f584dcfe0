import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('women and girls: rape stated as a practice targets women and girls', () => {
  test('when a sentence says rape remained a serious problem, women_girls is targeted', () => {
    expect(targets('Rape remained a serious problem throughout the northern provinces.')).toContain(
      'women_girls',
    );
  });

  test('when a sentence says most rapes went unreported, women_girls is targeted', () => {
    expect(
      targets('Advocates said rape was heavily underreported because survivors distrusted the courts.'),
    ).toContain('women_girls');
  });

  test('when a sentence says police rarely investigated complaints of rape, women_girls is targeted', () => {
    expect(targets('Police in the capital rarely investigated complaints of rape.')).toContain('women_girls');
  });

  test('when survivors seldom reported sexual assault or other gender-based crimes, women_girls is targeted', () => {
    expect(
      targets(
        'Survivors seldom reported sexual assault or other gender-based crimes, largely because of stigma.',
      ),
    ).toContain('women_girls');
  });

  test('when the practice named is rape of detainees, women_girls is not targeted', () => {
    expect(targets('Rape of male detainees by guards was widespread at the Tarno facility.')).not.toContain(
      'women_girls',
    );
  });

  test('when a sentence only supposes that rape went unpunished, women_girls is not targeted', () => {
    expect(
      targets('If rape went unpunished, the commission warned, survivors would lose trust in the courts.'),
    ).not.toContain('women_girls');
  });

  test('when a sentence tells of a campaign against impunity for rape, women_girls is not targeted', () => {
    expect(targets('The ministry launched a campaign to end impunity for rape.')).not.toContain(
      'women_girls',
    );
  });
});

describe('women and girls: sexual abuse of named women is gender-based violence', () => {
  test('when guards sexually abused women detainees, women_girls is targeted', () => {
    expect(targets('Former inmates said guards at Dorla prison sexually abused women detainees.')).toContain(
      'women_girls',
    );
  });

  test('when a sentence tells of training officers to respond to sexual harassment of women, women_girls is not targeted', () => {
    expect(
      targets('The ministry trained 300 officers to respond to complaints of sexual harassment of women.'),
    ).not.toContain('women_girls');
  });
});

describe('women and girls: a law that lightens punishment for violence against women', () => {
  test('when the code grants lighter sentences for killings of a wife or daughter for honour, women_girls is targeted', () => {
    expect(
      targets(
        'The penal code grants lighter sentences for killings committed with “honorable” motives against a wife or daughter.',
      ),
    ).toContain('women_girls');
  });

  test('when the law lets husbands chastise their wives, women_girls is targeted', () => {
    expect(targets('Article 12 of the family code allows husbands to chastise their wives.')).toContain(
      'women_girls',
    );
  });

  test('when a court reduced the sentence of a woman convicted of fraud, women_girls is not targeted', () => {
    expect(
      targets('In June an appeals court reduced the sentence of a woman convicted of fraud to two years.'),
    ).not.toContain('women_girls');
  });
});

describe('religious minorities: a cleric held for criticism or protest is held as a critic', () => {
  test('when police arrested a pastor for holding a prayer service, religious_minority is targeted', () => {
    expect(
      targets('Police arrested a pastor of an unregistered church for leading a prayer meeting at his home.'),
    ).toContain('religious_minority');
  });

  test('when authorities detained an imam for sermons criticising the government, religious_minority is not targeted', () => {
    const found = targets(
      'In May authorities detained an imam in Sarvi for sermons criticizing the government.',
    );
    expect(found).not.toContain('religious_minority');
  });

  test('when police arrested a pastor for demonstrating outside a ministry, religious_minority is not targeted', () => {
    expect(
      targets('In April police arrested a pastor who was demonstrating outside the finance ministry.'),
    ).not.toContain('religious_minority');
  });
});

describe('people perceived as gang members: "suspected of gang activity" labels them', () => {
  test('when police detained young men suspected of gang activity without charge, gang_perceived is targeted', () => {
    expect(
      targets('Police detained dozens of young men suspected of gang activity without charge.'),
    ).toContain('gang_perceived');
  });

  test('when police detained men suspected of gang rape, gang_perceived is not targeted', () => {
    expect(targets('Police detained three men suspected of gang rape in Rovu.')).not.toContain(
      'gang_perceived',
    );
  });
});

describe('people with disabilities: poor conditions in the institutions that hold them', () => {
  test('when conditions at homes for people with mental disabilities were harsh, health_disability is targeted', () => {
    expect(
      targets(
        'Conditions at several residential homes for people with mental disabilities were harsh, inspectors found.',
      ),
    ).toContain('health_disability');
  });

  test('when conditions in a psychiatric hospital were good, health_disability is not targeted', () => {
    expect(
      targets(
        'Conditions in the psychiatric hospital for persons with mental disabilities were good, inspectors said.',
      ),
    ).not.toContain('health_disability');
  });
});

describe('a norm conceded by "despite" says practice departs from it', () => {
  test('when despite legal protections against forced marriage elders chose husbands for girls, women_girls is targeted', () => {
    expect(
      targets(
        'Despite legal protections for girls against forced marriage, village elders often chose husbands for them.',
      ),
    ).toContain('women_girls');
  });

  test('when despite those protections no such unions were reported, women_girls is not targeted', () => {
    expect(
      targets(
        'Despite legal protections for girls against forced marriage, there were no reports that families arranged such unions during the year.',
      ),
    ).not.toContain('women_girls');
  });

  test('when a sentence only states the protections, women_girls is not targeted', () => {
    expect(targets('Legal protections for girls against forced marriage were in force.')).not.toContain(
      'women_girls',
    );
  });
});

describe('women and girls counted as a share of all victims are no target as such', () => {
  test('when rebels killed civilians including a number of women, women_girls is not targeted', () => {
    expect(
      targets(
        'Rebels killed at least 240 civilians, including 31 women, in raids on villages near Kolo during the year.',
      ),
    ).not.toContain('women_girls');
  });

  test('when a share of kidnapped people were women, women_girls is not targeted', () => {
    expect(
      targets('Militants kidnapped about 900 villagers in 2023, up to 400 of whom were women.'),
    ).not.toContain('women_girls');
  });

  test('when soldiers raped people including a number of women, women_girls is still targeted by the rape', () => {
    expect(
      targets('Soldiers raped at least 40 people, including 12 women, during the operation near Kolo.'),
    ).toContain('women_girls');
  });

  test('when soldiers beat women at a market, women_girls is targeted', () => {
    expect(targets('Soldiers beat women at the market in Kolo in March.')).toContain('women_girls');
  });
});

describe('"FGM/C" mid-sentence is the practice, not part of a proper name', () => {
  test('when a sentence says the practice of FGM/C was common, women_girls is targeted', () => {
    expect(targets('The practice of FGM/C was common in the eastern districts.')).toContain('women_girls');
  });

  test('when FGM is named inside the title of a committee, women_girls is not targeted', () => {
    expect(targets('The National Committee on FGM Prevention met twice during the year.')).not.toContain(
      'women_girls',
    );
  });
});

describe('women and girls: girls "married off" is child or forced marriage', () => {
  test('when girls as young as 13 were married off for a bride price, women_girls is targeted', () => {
    expect(
      targets('In the northern hills girls as young as 13 were married off for a bride price.'),
    ).toContain('women_girls');
  });

  test('when the law forbids parents to marry off daughters, women_girls is not targeted', () => {
    expect(targets('The law forbids parents to marry off daughters younger than 18.')).not.toContain(
      'women_girls',
    );
  });
});

describe('an arrest of whoever committed a crime against the group is not aimed at the group', () => {
  test('when police arrested a driver who robbed a passenger with disabilities, health_disability is not targeted', () => {
    expect(
      targets('In June police arrested a taxi driver who robbed a passenger with disabilities in Marto.'),
    ).not.toContain('health_disability');
  });

  test('when police arrested a passenger with disabilities, health_disability is targeted', () => {
    expect(
      targets('In June police arrested a passenger with disabilities in Marto without a warrant.'),
    ).toContain('health_disability');
  });
});

describe('harassment described as societal is no abuse by or tolerated by the state', () => {
  test('when persons with HIV faced societal harassment in housing and jobs, health_disability is not targeted', () => {
    expect(
      targets('Persons with HIV faced harassment and societal discrimination in housing and employment.'),
    ).not.toContain('health_disability');
  });

  test('when police harassed persons with HIV at a clinic, health_disability is targeted', () => {
    expect(targets('Police harassed persons with HIV outside a clinic in Marto in April.')).toContain(
      'health_disability',
    );
  });
});

describe('people with disabilities: care for them said to be inadequate, in that word order too', () => {
  test('when treatment for residents with disabilities remained inadequate, health_disability is targeted', () => {
    expect(
      targets('Treatment for residents with psychosocial disabilities in state homes remained inadequate.'),
    ).toContain('health_disability');
  });

  test('when medical care for persons with disabilities was adequate, health_disability is not targeted', () => {
    expect(
      targets('Medical care for persons with disabilities was adequate in most regions, the ombudsman said.'),
    ).not.toContain('health_disability');
  });
});
