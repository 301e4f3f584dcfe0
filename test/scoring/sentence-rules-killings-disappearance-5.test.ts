import { signalOf, statusOf } from './sentence-status';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.

describe('an abduction that ends in a forced return took place abroad', () => {
  it('when agents are sent across the border to kidnap and forcibly repatriate exiles, no disappearance is asserted', () => {
    const s = signalOf(
      'Exile groups said intelligence agents were sent to towns across the border to kidnap and forcibly repatriate dissidents.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:abroad');
  });

  it('when agents kidnap dissidents and hold them at a secret site, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Exile groups said intelligence agents kidnapped dissidents in the capital and held them at a secret site.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('slaveholders who seize children are private actors', () => {
  it('when slaveholders are reported kidnapping their victims’ children, no disappearance is asserted', () => {
    const s = signalOf(
      'Activists reported that slaveholders went on kidnapping the sons of the herders they kept in servitude.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when gendarmes are reported kidnapping the sons of herders, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Activists reported that gendarmes went on kidnapping the sons of herders in the northern districts.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('a confession to a killing is a step in a criminal case', () => {
  it('when police hold an official who confessed to the killing, no killing is asserted', () => {
    const s = signalOf('In August police detained a customs clerk who confessed to the killing.', 'killings');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:confession');
  });

  it('when soldiers themselves confessed to killing herders, the killing is asserted', () => {
    expect(
      statusOf('Two soldiers confessed to killing three herders near the dam in March.', 'killings'),
    ).toBe('asserted');
  });
});

describe('police who charge a crowd with weapons assault it; they bring no charge', () => {
  it('when riot police charged marchers with batons, killing two, the killing is asserted', () => {
    expect(
      statusOf('Riot police charged the marchers with batons and clubs, killing two students.', 'killings'),
    ).toBe('asserted');
  });

  it('when prosecutors charged officers with killing marchers, no killing is asserted', () => {
    const s = signalOf('Prosecutors charged three officers with killing two marchers.', 'killings');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:charge');
  });
});

describe('an act dated to a named past war belongs to the past', () => {
  it('when farmers were abducted by the army during the Border War, no disappearance is asserted', () => {
    const s = signalOf(
      'Veterans groups estimated that 9,000 farmers abducted by the army during the Border War were still held.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-war');
  });

  it('when farmers were abducted by soldiers during the war still being fought, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Veterans groups said soldiers abducted 90 farmers during the war in the northern hills.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when soldiers abducted farmers in a zone named after a war, the disappearance is asserted', () => {
    expect(
      statusOf('During the year soldiers abducted farmers in the Border War zone.', 'disappearance'),
    ).toBe('asserted');
  });
});

describe('an abduction whose victim is to marry the abductor is marriage by abduction', () => {
  it('when an abductor went unpunished once the girl agreed to marry him, no disappearance is asserted', () => {
    const s = signalOf(
      'Where a girl was abducted, the abductor escaped prosecution if she agreed to marry him.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-crime');
  });

  it('when militants abducted schoolgirls and forced them to marry fighters, the disappearance is asserted', () => {
    expect(
      statusOf('Militants abducted 40 schoolgirls and forced them to marry fighters.', 'disappearance'),
    ).toBe('asserted');
  });

  it('when a married teacher is abducted by gendarmes, the disappearance is asserted', () => {
    expect(statusOf('Gendarmes abducted a married teacher from her home in May.', 'disappearance')).toBe(
      'asserted',
    );
  });
});

describe('an assassination attempt is not a killing', () => {
  it('when officials are blamed for the assassination attempt against a magistrate, no killing is asserted', () => {
    expect(
      statusOf(
        'A former mayor and two soldiers were blamed for the assassination attempt against a magistrate.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when soldiers killed a judge after an attempt on the governor, the killing is asserted', () => {
    expect(
      statusOf(
        'In March soldiers killed a judge after an assassination attempt on the governor failed.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('ritual sacrifice, lynching and infanticide by private persons are private crimes', () => {
  it('when boys were killed as sacrifices, no killing is asserted', () => {
    const s = signalOf(
      'Before June two boys were killed as sacrifices after a healer promised riches.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-crime');
  });

  it('when boys were killed by soldiers, the killing is asserted', () => {
    expect(
      statusOf('Before June two boys were killed by soldiers after a healer was detained.', 'killings'),
    ).toBe('asserted');
  });

  it('when a monitor counts persons killed in public lynchings, no killing is asserted', () => {
    const s = signalOf(
      'A monitoring group said six persons were killed in public lynchings through July.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-crime');
  });

  it('when soldiers are said to have killed persons in public lynchings, the killing is asserted', () => {
    expect(
      statusOf(
        'A monitoring group said soldiers killed six persons in public lynchings through July.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when infanticide is said to occur often and women in prison were convicted of it, no killing is asserted', () => {
    const s = signalOf(
      'Infanticide occurred often in rural areas, and many of the women held in the central prison had been convicted of it.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-crime');
  });

  it('when officials are said to have committed infanticide in detention centres, the killing is asserted', () => {
    expect(
      statusOf(
        'Officials forcibly performed abortions and committed infanticide in detention centres.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('an act told in an "in which" clause of an earlier year’s event belongs to that year', () => {
  it('when operations continued after a 2019 raid in which villagers were killed, no killing is asserted', () => {
    const s = signalOf(
      'In the hill districts the army continued operations following a 2019 raid by rebels in which 12 villagers were killed.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-event');
  });

  it('when the raid in which villagers were killed is of the report year, the killing is asserted', () => {
    expect(
      statusOf(
        'In the hill districts the army continued operations following a 2022 raid by rebels in which 12 villagers were killed.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('acts of "the prior three years" are of earlier years', () => {
  it('when members were killed during the prior three years, no killing is asserted', () => {
    const s = signalOf(
      'The council said attacks on its members were rising and that during the prior three years at least six members were targeted and killed in the north.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:previous-years');
  });

  it('when a toll of the year is compared with any month in the previous two years, the killing is asserted', () => {
    expect(
      statusOf(
        'Police killed 14 protesters in March, the highest toll of any month in the previous two years.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when members were killed by police during the year, the killing is asserted', () => {
    expect(
      statusOf(
        'The council said that during the year at least six members were killed by police in the north.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a captivity that goes on outlasts the year of the abduction', () => {
  it('when traders abducted in an earlier year by armed groups remained in captivity, the disappearance is asserted', () => {
    expect(
      statusOf(
        'As of October, 30 traders abducted in 2020 by armed groups near the river remained in captivity.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when traders abducted in an earlier year by armed groups had been released, no disappearance is asserted', () => {
    const s = signalOf(
      'As of October, 30 traders abducted in 2020 by armed groups near the river had been released.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
  });
});

describe('a later "responsible for" a counted set of acts names another perpetrator', () => {
  it('when the army was responsible for disappearances and rebels for abductions, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Monitors said the army was responsible for 30 disappearances during the first six months, while rebels were responsible for 55 abductions.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when disappearances were reported to a unit responsible for missing persons, no disappearance is asserted', () => {
    expect(
      statusOf(
        'Relatives reported the disappearances to the police unit responsible for missing persons.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });
});

describe('a court event about an abuse dated to a month of the report year asserts the abuse', () => {
  it('when prosecutors investigate the killing of two mayors on a June date, the killing is asserted', () => {
    expect(
      statusOf(
        'In August prosecutors opened investigations into the killing of two mayors on June 14.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when the killing under investigation is dated to a June of an earlier year, no killing is asserted', () => {
    expect(
      statusOf(
        'In August prosecutors opened investigations into the killing of two mayors in June 2019.',
        'killings',
      ),
    ).toBe('historical');
  });

  it('when a court convicted officers of an undated killing, no killing is asserted', () => {
    const s = signalOf('In August a court convicted three officers of killing a student.', 'killings');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:conviction');
  });
});

describe('a mandate set off by commas describes the source of a report', () => {
  it('when a division tasked with monitoring abuses reported civilians killed, the killing is asserted', () => {
    expect(
      statusOf(
        "Separately, the mission's rights division, tasked with monitoring abuses across the country, reported more than 400 civilians killed from March to May.",
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a division is only said to be tasked with monitoring killings, no killing is asserted', () => {
    const s = signalOf(
      "The mission's rights division is tasked with monitoring killings of civilians.",
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('institutional:mandate');
  });
});
