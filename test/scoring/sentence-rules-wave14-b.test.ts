import { isAsserted } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('killings and torture: clubbing and other blows that kill or injure name the abuse', () => {
  it('when officers clubbed a man to death, the killing is asserted', () => {
    expect(
      isAsserted('Villagers said officers caught Tamo near the river and clubbed him to death.', 'killings'),
    ).toBe(true);
  });

  it('when gendarmes clubbed a man, the beating is asserted as torture', () => {
    expect(isAsserted('Gendarmes clubbed a street vendor outside the Varel market in May.', 'torture')).toBe(
      true,
    );
  });

  it('when the blows are denied, clubbing to death is not asserted', () => {
    expect(
      isAsserted('There were no reports that guards clubbed or kicked any inmate to death.', 'killings'),
    ).toBe(false);
  });
});

describe('agents: "at the hands of" names who acted, as "by" does', () => {
  it('when women suffered sexual abuse at the hands of border guards, torture is asserted', () => {
    expect(
      isAsserted(
        'Women held in the Korvat camp suffered sexual abuse at the hands of border guards.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the same abuse is at the hands of relatives, it is private violence, not torture', () => {
    expect(
      isAsserted('Women held in the Korvat camp suffered sexual abuse at the hands of relatives.', 'torture'),
    ).toBe(false);
  });

  it('when sexual abuse names no one who committed it, torture is still not asserted', () => {
    expect(isAsserted('Women held in the Korvat camp suffered sexual abuse.', 'torture')).toBe(false);
  });

  it('when people died at the hands of soldiers, the killing is asserted', () => {
    expect(isAsserted('Eleven herders died at the hands of soldiers near Olvan in June.', 'killings')).toBe(
      true,
    );
  });

  it('when women died at the hands of their husbands, it is a domestic killing, not asserted', () => {
    expect(isAsserted('Many women died at the hands of their husbands during the year.', 'killings')).toBe(
      false,
    );
  });
});

describe('arbitrary detention: an arrest followed by holding at an unknown place is not ordinary policing', () => {
  it('when a man arrested by the gendarmerie is held for months at an unknown location, the detention is asserted', () => {
    expect(
      isAsserted(
        'A week later he was arrested by the gendarmerie and held for three months at an unknown location, his brother said.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police take an arrested trader to an undisclosed site, the detention is asserted', () => {
    expect(
      isAsserted(
        'Police arrested the trader and took him to an undisclosed site outside Varel.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the same arrest names no hidden place, it stays an ordinary arrest', () => {
    expect(
      isAsserted(
        'A week later he was arrested by the gendarmerie and held for three months, his brother said.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when "unknown" qualifies something other than a place, the arrest stays ordinary', () => {
    expect(
      isAsserted(
        'Police arrested a man for the theft of an unknown number of cattle.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: people suspected of ties to the opposition or to protests are not crime suspects', () => {
  it('when soldiers arrest traders suspected of backing the opposition, the detention is asserted', () => {
    expect(
      isAsserted(
        'Soldiers arrested twelve traders in Olvan suspected of backing the opposition.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when gendarmes detain students suspected of links to the protests, the detention is asserted', () => {
    expect(
      isAsserted(
        'Gendarmes detained dozens of students suspected of links to the protests in Varel.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the suspicion is of a crime against the opposition, those held are crime suspects', () => {
    expect(
      isAsserted(
        'Police arrested twelve traders suspected of robbing an opposition office in Olvan.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the suspicion is of theft, those held are crime suspects', () => {
    expect(
      isAsserted('Gendarmes detained two students suspected of theft in Varel.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('political prisoners: an arrest right after the person published, posted or criticized is for their speech', () => {
  it('when gendarmes arrest a teacher after she posted a video mocking the governor, political imprisonment is asserted', () => {
    expect(
      isAsserted(
        'Gendarmes arrested a retired teacher in Varel after she posted a video that mocked the governor.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when an editor is jailed after he published a letter, political imprisonment is asserted', () => {
    expect(
      isAsserted(
        'The court jailed the editor after he published a letter on the budget of the Olvan district.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the arrest follows a theft, it is not political imprisonment', () => {
    expect(
      isAsserted(
        'Gendarmes arrested a retired teacher in Varel after she stole a van from the market.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('detention conditions: rapes, fights and attacks of inmate on inmate are violence between inmates', () => {
  it('when the prison service records inmate-on-inmate rapes, harsh conditions are asserted', () => {
    expect(
      isAsserted(
        'The prison service recorded six inmate-on-inmate rapes at the Varel jail.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when staff report prisoner-on-prisoner fights, harsh conditions are asserted', () => {
    expect(
      isAsserted(
        'Staff reported frequent prisoner-on-prisoner fights in the Olvan remand centre.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when the rapes between inmates are denied, they are not asserted', () => {
    expect(
      isAsserted(
        'There were no reports of inmate-on-inmate rapes at the Varel jail.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('detention conditions: prisons that failed to meet or maintain basic standards are harsh', () => {
  it('when prisons failed to meet minimum standards of hygiene, harsh conditions are asserted', () => {
    expect(
      isAsserted(
        'Inspectors found that several prisons in the Varel district failed to meet minimum standards of hygiene.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a jail failed to maintain basic standards, harsh conditions are asserted', () => {
    expect(
      isAsserted(
        'The ombudsman said the Olvan jail failed to maintain basic standards for its inmates.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a ministry, not a place of detention, failed to meet standards, no condition is asserted', () => {
    expect(
      isAsserted(
        'The ministry failed to meet basic standards of transparency in its budget.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('torture: excessive use of police or military force is excessive force', () => {
  it('when rights groups report excessive use of police force against strikers, torture is asserted', () => {
    expect(
      isAsserted(
        'Rights groups reported excessive use of police force against strikers in Olvan.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the law prohibits disproportionate use of police force, torture is not asserted', () => {
    expect(
      isAsserted(
        'The law prohibits the disproportionate use of police force against demonstrators.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('killings: a person abducted or detained and then found dead was killed', () => {
  it('when an editor was abducted and later found dead, the killing is asserted', () => {
    expect(
      isAsserted('In May a local editor was abducted near Olvan and later found dead.', 'killings'),
    ).toBe(true);
  });

  it('when a farmer was found dead with no abduction or arrest, no killing is asserted', () => {
    expect(isAsserted('In May a farmer was found dead near Olvan.', 'killings')).toBe(false);
  });

  it('when abductions followed by death are denied, the killing is not asserted', () => {
    expect(
      isAsserted(
        'There were no reports that activists were abducted and later found dead during the year.',
        'killings',
      ),
    ).toBe(false);
  });
});
