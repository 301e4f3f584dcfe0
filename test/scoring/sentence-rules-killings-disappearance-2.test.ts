import { signalOf, statusOf } from './sentence-status';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.

describe('a pointer to another country’s report places the abuse in that country', () => {
  it('when a sentence refers the reader to the report on another country, its disappearances are out of scope', () => {
    const s = signalOf(
      'Observers said the northern army and its proxies in Valdoria carried out forced disappearances of teachers (see Country Reports on Human Rights Practices, Valdoria).',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:abroad');
  });

  it('when the pointer says "see also", the abuse it follows is still asserted here', () => {
    expect(
      statusOf(
        'Police carried out forced disappearances of student leaders in the capital (see also Valdoria in Country Reports on Human Rights Practices).',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('executing a legal document is not an execution', () => {
  it('when a sentence says widows execute a testament, no killing is asserted', () => {
    expect(
      statusOf('Widows in the district often execute a testament before they remarry.', 'killings'),
    ).not.toBe('asserted');
  });

  it('when guards executed a detainee "at will", the killing is asserted', () => {
    expect(statusOf('Witnesses said guards executed a detainee at will in the yard.', 'killings')).toBe(
      'asserted',
    );
  });
});

describe('court events about an abuse that is not dated to the report year', () => {
  it('when a court finds a man not guilty of kidnapping, the kidnapping is a court event, not a disappearance', () => {
    expect(
      signalOf(
        'In March the appeals court ruled that a farmer who had carried off a teenager was not guilty of kidnapping.',
        'disappearance',
      )?.reason,
    ).toBe('court_event:acquittal');
  });

  it('when soldiers abducted men whom a court had found not guilty, the abduction is asserted', () => {
    expect(
      statusOf(
        'Soldiers abducted two students whom a tribunal had earlier found not guilty of sedition.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when murder is one of the charges in a list "ranging from" lesser crimes, no killing is asserted', () => {
    expect(
      statusOf(
        'Critics said the ministry jailed union organisers under criminal charges ranging from fraud to arson and murder.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when police killed activists who were held on such charges, the killing is asserted', () => {
    expect(
      statusOf(
        'Police killed two organisers who had been held on charges ranging from fraud to sedition.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when "the case involved" a killing, the killing is the subject of a legal case', () => {
    expect(
      signalOf(
        'The case involved the alleged killing of 14 robbery suspects during raids by the highway police.',
        'killings',
      )?.reason,
    ).toBe('court_event:trial');
  });

  it('when "in one case" introduces a killing by police, the killing is asserted', () => {
    expect(statusOf('In one case police killed 14 robbery suspects during raids.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when a verdict lists murder "and other charges" related to a massacre, the massacre is a court event', () => {
    expect(
      signalOf(
        'The tribunal found four former commanders guilty of looting, rape, and other crimes related to the massacre.',
        'killings',
      )?.reason,
    ).toBe('court_event:verdict');
  });

  it('when ", and" opens a clause with its own subject after a verdict, the massacre is asserted', () => {
    expect(
      statusOf(
        'The tribunal convicted four looters, and soldiers massacred villagers in the hills in June.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('calls for a killing are incitement, not a killing', () => {
  it('when a blogger is charged for calling for the killing of reporters, no killing is asserted', () => {
    expect(
      statusOf(
        'Prosecutors charged a blogger for calling online for the killing of two radio reporters.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when groups called for justice after soldiers killed reporters, the killing is asserted', () => {
    expect(
      statusOf('Press unions called for justice after soldiers killed two radio reporters.', 'killings'),
    ).toBe('asserted');
  });
});

describe('abuse that resulted in the victims’ deaths', () => {
  it('when police beat detainees, in some cases resulting in their deaths, killings is asserted', () => {
    expect(
      statusOf(
        'There were reports that police beat detainees in district lockups, in some cases resulting in their deaths.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when landslides buried homes resulting in their deaths, no killing is asserted (no agent)', () => {
    expect(
      statusOf('Landslides buried homes in the valley, in some cases resulting in their deaths.', 'killings'),
    ).not.toBe('asserted');
  });
});

describe('past reports and years that date the abuse', () => {
  it('when a sentence cites "past reports" of lethal force, the killing is historical even beside ongoing unrest', () => {
    expect(
      statusOf(
        'An NGO described continuing unrest near the quarry, where there were past reports of guards and police using lethal force.',
        'killings',
      ),
    ).toBe('historical');
  });

  it('when the same sentence cites plain reports of lethal force, the killing is asserted', () => {
    expect(
      statusOf(
        'An NGO described continuing unrest near the quarry, where there were reports of guards and police using lethal force.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when an earlier year modifies the massacre through one noun ("the 2012 market massacre"), it is historical even when the clause goes on', () => {
    expect(
      statusOf(
        'Families of the victims of the 2012 market massacre continued to demand answers.',
        'killings',
      ),
    ).toBe('historical');
  });

  it('when the year in that position is the report year, the massacre is asserted', () => {
    expect(
      statusOf(
        'Families of the victims of the 2022 market massacre continued to demand answers.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('an indictment against the person "who" killed names the accused by the act', () => {
  it('when prosecutors filed an indictment against the officer who shot and killed a man, the killing is a court event', () => {
    expect(
      signalOf(
        'In April prosecutors filed an indictment against the customs officer who shot and killed a fisherman.',
        'killings',
      )?.reason,
    ).toBe('court_event:charge');
  });

  it('when ", who" adds a new fact after an indictment, the killing is asserted', () => {
    expect(
      statusOf(
        'Prosecutors filed an indictment against a colonel, who then shot and killed a witness in May.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('attacks on persons with albinism are private crimes', () => {
  it('when a child with albinism was found killed, no state killing is asserted', () => {
    expect(
      signalOf(
        'In June a seven-year-old girl with albinism was found killed near a village market.',
        'killings',
      )?.reason,
    ).toBe('out_of_scope:private-crime');
  });

  it('when soldiers killed a man with albinism, the killing is asserted', () => {
    expect(statusOf('Soldiers killed a man with albinism at a roadblock in June.', 'killings')).toBe(
      'asserted',
    );
  });
});

describe('deaths in detention', () => {
  it('when persons died in military detention, killings is asserted with a state actor', () => {
    const s = signalOf(
      'By September, 12 persons had died in military detention in the border province.',
      'killings',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('state');
  });

  it('when a law requires an inquest into every death in detention, no killing is asserted', () => {
    expect(statusOf('The law requires an inquest into every death in detention.', 'killings')).not.toBe(
      'asserted',
    );
  });
});

describe('"responsible for" a list of abuses', () => {
  it('when rebels were responsible for many of the detentions and kidnappings, the kidnappings are asserted', () => {
    const s = signalOf(
      'The rebel front and some bandit gangs were likewise responsible for many of the unlawful detentions and kidnappings.',
      'disappearance',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:responsible-for');
  });

  it('when a unit is responsible for investigating detentions and kidnappings, nothing is asserted', () => {
    expect(
      statusOf(
        'A police unit is responsible for investigating illegal detentions and kidnappings.',
        'disappearance',
      ),
    ).toBe('institutional');
  });
});

describe('a cross-reference closes at the comma after the section number', () => {
  it('when "(see section 1.c.)" is followed by ", at times resulting in death", the deaths are asserted', () => {
    expect(
      statusOf(
        'Former inmates said that in two labour camps guards routinely beat prisoners (see section 1.c.), at times resulting in death.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when the pointer goes on with the section title, the title names a topic', () => {
    expect(
      signalOf(
        'Some of the victims were later charged (see section 1.a., Killings and Other Arbitrary Deprivation of Life).',
        'killings',
      )?.reason,
    ).toBe('institutional:cross-reference');
  });
});

describe('"according to the law" states a norm', () => {
  it('when a sentence says what relatives may do "according to the law", no disappearance is asserted', () => {
    expect(
      statusOf(
        'According to the law, relatives of alleged victims of disappearances may ask a judge to order agencies to say what they know.',
        'disappearance',
      ),
    ).toBe('legal_norm');
  });

  it('when a sentence says an abduction took place "according to the family", the disappearance is asserted', () => {
    expect(
      statusOf(
        'According to the family, soldiers abducted the shopkeeper in March and his whereabouts remained unknown.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('hostages held by armed groups', () => {
  it('when hostages are still being held by an armed group, disappearance is asserted', () => {
    const s = signalOf(
      'At year’s end some 40 hostages were still being held by Hamas in tunnels.',
      'disappearance',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('non_state');
  });

  it('when an armed group took hostages, disappearance is asserted', () => {
    expect(
      statusOf('Rebels took 12 hostages during a raid on a mining camp in April.', 'disappearance'),
    ).toBe('asserted');
  });

  it('when former hostages testify about their treatment, no disappearance is asserted without a captor', () => {
    expect(
      statusOf('Hostages who came home described hunger and beatings to journalists.', 'disappearance'),
    ).not.toBe('asserted');
  });
});

describe('court events that deny accountability or concern abuse of the report year', () => {
  it('when the government made no known effort to investigate a disappearance, the disappearance is asserted', () => {
    expect(
      statusOf(
        'The ministry did not make any visible effort to investigate the disappearance of the union leader.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when the government made an effort to investigate a disappearance, it is a court event', () => {
    expect(
      signalOf(
        'The ministry made a visible effort to investigate the disappearance of the union leader.',
        'disappearance',
      )?.reason,
    ).toBe('court_event:investigation');
  });

  it('when an agency investigated complaints received during the year of wrongful deaths, killings is asserted', () => {
    expect(
      statusOf(
        'By November the police ombudsman was investigating 410 complaints received during the year about police abuse, including wrongful deaths, beatings, and mistreatment.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when an agency investigated complaints of wrongful deaths with no date and no count, it is a court event', () => {
    expect(
      signalOf(
        'The police ombudsman was investigating complaints about police abuse, including wrongful deaths, beatings, and mistreatment.',
        'killings',
      )?.reason,
    ).toBe('court_event:investigation');
  });

  it('when soldiers were convicted of unlawful killings "throughout the second half of the year", killings is asserted', () => {
    expect(
      statusOf(
        'Army units were tried for and convicted of unlawful killings throughout the second half of the year in the eastern provinces.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when soldiers were convicted of unlawful killings with no date, it is a court event', () => {
    expect(
      signalOf(
        'Army units were tried for and convicted of unlawful killings in the eastern provinces.',
        'killings',
      )?.reason,
    ).toBe('court_event:conviction');
  });
});
