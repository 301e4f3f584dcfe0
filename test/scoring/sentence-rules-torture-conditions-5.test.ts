import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('detention conditions: violence inside prisons', () => {
  it('when a sentence says accounts of violence in provincial prisons were frequent, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Accounts of theft and violence in the provincial prisons of Ostrava were frequent.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says violence in schools was frequent, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Accounts of theft and violence in the secondary schools of Ostrava were frequent.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('hedges: a hedged number is not a hedged event', () => {
  it('when a sentence says soldiers held "dozens, possibly hundreds" of villagers in deadly conditions, detention conditions are asserted', () => {
    expect(
      statusOf(
        'A monitor said that since March soldiers had held "dozens, possibly hundreds" of villagers in life-threatening conditions.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says villagers were possibly held in deadly conditions, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'A monitor said that villagers were possibly held in life-threatening conditions.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: the subject of "accused of" is the perpetrator', () => {
  it('when a sentence says border guards were also accused of sexual assault, torture is asserted', () => {
    expect(
      statusOf(
        'Border guards were also accused of sexual assault, which the ministry said it would examine.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a neighbour was accused of sexual assault, torture is not asserted', () => {
    expect(
      statusOf(
        'A neighbour was also accused of sexual assault, which the ministry said it would examine.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('refoulement: a return that shuts out the asylum claim', () => {
  it('when a sentence says boats were summarily returned without any chance to reach the asylum procedure, refoulement is asserted', () => {
    expect(
      statusOf(
        'Coast guards summarily returned boats to the open sea, sometimes forcefully, without any chance for those aboard to reach the asylum procedure.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a crew was returned without any wish for asylum, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Coast guards summarily returned the fishing crew to port without any wish on their part for asylum.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: violent pushbacks by border forces', () => {
  it('when a sentence says a watchdog accused border guards of violently pushing back refugees, torture is asserted', () => {
    expect(
      statusOf(
        'In April a watchdog accused border guards of routinely violently pushing back refugees across the river.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says violent pushbacks happened with no agent named, torture is not asserted', () => {
    expect(
      statusOf('Violent pushbacks along the river crossing were described in a bulletin.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when a sentence says border guards pushed refugees back across the river, torture is not asserted', () => {
    expect(
      statusOf(
        'In April a watchdog accused border guards of routinely pushing back refugees across the river.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: food and water withheld on purpose', () => {
  it('when a sentence says jailers withheld food from a detained activist, torture is asserted', () => {
    expect(
      statusOf(
        'While the activist was held in Korvel, jailers repeatedly withheld food and gave her only dirty water.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says guards deliberately denied detainees water as a punishment, torture is asserted', () => {
    expect(
      statusOf(
        'Detainees said guards deliberately denied them drinking water for two days as a punishment.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says prisons lacked food for want of funds, torture is not asserted', () => {
    expect(
      statusOf('Prisons in Korvel often ran short of food and drinking water for want of funds.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when a sentence says a donor withheld food aid from a region, torture is not asserted', () => {
    expect(
      statusOf('A foreign donor withheld food aid from the northern region after the drought.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('earlier years: a source two or more years old', () => {
  it('when a sentence in the 2022 report cites a 2019 study describing beatings of detainees, torture is not asserted', () => {
    expect(
      statusOf(
        'In a 2019 study, a legal clinic described beatings, mock drownings, and long shackling of detainees by police.',
        'torture',
        2022,
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence in the 2022 report cites a 2021 study describing beatings of detainees, torture is asserted', () => {
    expect(
      statusOf(
        'In a 2021 study, a legal clinic described beatings, mock drownings, and long shackling of detainees by police.',
        'torture',
        2022,
      ),
    ).toBe('asserted');
  });
});

describe('detention conditions: medical care said in other words', () => {
  it('when a sentence says inmates bought their own medicine, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Inmates at the Dorval jail usually bought their own medicine from visiting traders.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says pensioners bought their own medicine, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Pensioners in Dorval usually bought their own medicine from visiting traders.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says a study found persistent failings in health care in prisons, detention conditions are asserted', () => {
    expect(
      statusOf(
        'A university study found persistent failings in health care across the prisons of the region.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a study found failings in health care in rural districts, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'A university study found persistent failings in health care across the rural districts of the region.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says the needs of elderly detainees went unmet, detention conditions are asserted', () => {
    expect(statusOf('The needs of elderly detainees often went unmet.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('when a sentence says the needs of elderly voters went unmet, detention conditions are not asserted', () => {
    expect(statusOf('The needs of elderly voters often went unmet.', 'detention_conditions')).not.toBe(
      'asserted',
    );
  });
});

describe('torture: coerced self-incrimination and poor treatment in custody', () => {
  it('when a sentence says investigators pressured defendants to testify against themselves, torture is asserted', () => {
    expect(
      statusOf(
        'Lawyers said interrogators often pressured detainees to testify against themselves during night sessions.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a court may compel witnesses to testify, torture is not asserted', () => {
    expect(
      statusOf('Under the code a court may compel reluctant witnesses to testify at trial.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when a sentence says a detainee was reportedly treated badly at an army base, torture is asserted', () => {
    expect(
      statusOf(
        'The farmer was held at the army base in Kotra, where he was reportedly treated badly.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says tenants were treated badly by landlords, torture is not asserted', () => {
    expect(statusOf('Tenants in Kotra said they were often treated badly.', 'torture')).not.toBe('asserted');
  });
});

describe('refoulement: a call for returns is not a return', () => {
  it('when a sentence says a minister urged the swift return of refugees, refoulement is not asserted', () => {
    expect(
      statusOf(
        'In May the interior minister urged the swift return of the refugees to Varnia, where they faced persecution.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says a ministry carried out the swift return of refugees, refoulement is asserted', () => {
    expect(
      statusOf(
        'In May the interior ministry carried out the swift return of the refugees to Varnia, where they faced persecution.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('torture: abuse of power is not abuse of a person', () => {
  it('when a sentence says two jail officials were accused of abuse of office, torture is not asserted', () => {
    expect(
      statusOf('Two officials of the Marren jail were accused of abuse of office last spring.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when a sentence says two jail officials were accused of abuse of inmates, torture is asserted', () => {
    expect(
      statusOf('Two officials of the Marren jail were accused of abuse of inmates last spring.', 'torture'),
    ).toBe('asserted');
  });
});

describe('negation: "despite a reduction" says the problem remains', () => {
  it('when a sentence says overcrowding persisted despite a reduction, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Despite a reduction in overcrowding, the Tarn youth prison still held 240 boys in space meant for 180.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the ministry reported a reduction in overcrowding, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'The ministry reported a reduction in overcrowding at the Tarn youth prison.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});
