import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: a court dismissal for want of evidence is a court event, not a failure of justice', () => {
  it('when judges dismissed claims of alleged torture for a lack of supporting evidence, torture is not asserted', () => {
    expect(
      statusOf(
        'Monitors said judges in the north dismissed most claims of alleged torture owing to a lack of supporting evidence.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when judges dismissed claims of alleged torture for a lack of political will, torture is asserted', () => {
    expect(
      statusOf(
        'Monitors said judges in the north dismissed most claims of alleged torture owing to a lack of political will.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('torture: "abused" as a verb counts when a state agent or armed group is its subject', () => {
  it('when police officers abused market vendors, torture is asserted', () => {
    expect(
      statusOf('In May, police officers abused three market vendors who refused to pay a bribe.', 'torture'),
    ).toBe('asserted');
  });

  it('when an orphanage director abused children, torture is not asserted (no state agent or armed group)', () => {
    expect(statusOf('The orphanage director abused children in his care.', 'torture')).not.toBe('asserted');
  });

  it('when a husband abused his wife, torture is not asserted (private violence)', () => {
    expect(statusOf('The report said the husband abused his wife for years.', 'torture')).not.toBe(
      'asserted',
    );
  });

  it('when police abused their powers of arrest, torture is not asserted', () => {
    expect(statusOf('Police abused their powers of arrest.', 'torture')).not.toBe('asserted');
  });
});

describe('torture: combatants are an armed group that can be the agent of abuse', () => {
  it('when armed combatants abducted, abused, and killed a teacher, torture is asserted', () => {
    expect(
      statusOf(
        'On March 3, armed combatants abducted, abused, and killed a teacher who had just left the village of Tarno.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when armed youths abducted, abused, and killed a teacher, torture is not asserted (no organised group named)', () => {
    expect(
      statusOf(
        'On March 3, armed youths abducted, abused, and killed a teacher who had just left the village of Tarno.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture by an armed group is torture of people it holds', () => {
  it('when rebels beat traders they had held in a camp, torture is asserted', () => {
    expect(
      statusOf(
        'In August rebels beat at least six traders whom they had held for a week in a forest camp near Velka.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when rebels beat traders while raiding a market town, torture is not asserted', () => {
    expect(
      statusOf(
        'In August rebels attacked the market town of Velka, beating at least six traders and burning a dozen stalls.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when armed militias raped villagers during raids, torture is not asserted', () => {
    expect(
      statusOf('There was widespread looting, rape, and burning of villages by armed militias.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when the report calls what rebels did torture, torture is asserted without captivity', () => {
    expect(
      statusOf('In August rebels tortured at least six traders suspected of informing the army.', 'torture'),
    ).toBe('asserted');
  });

  it('when the report calls what armed groups did degrading treatment, torture is asserted without captivity', () => {
    expect(statusOf('Armed groups subjected villagers to cruel and degrading treatment.', 'torture')).toBe(
      'asserted',
    );
  });

  it('when soldiers and rebels together beat villagers at a market, torture is asserted (the state acts too)', () => {
    expect(statusOf('Soldiers and rebels beat villagers in the market.', 'torture')).toBe('asserted');
  });

  it('when police beat traders at a market, torture is asserted (state agents need no captivity)', () => {
    expect(statusOf('Police beat at least six traders at the market in Velka.', 'torture')).toBe('asserted');
  });
});

describe('an inquiry that counts cases of abuse reports that many incidents', () => {
  it('when a commission investigated a counted number of cases of alleged torture, torture is asserted', () => {
    expect(
      statusOf(
        'By June the rights commission had investigated 23 cases of alleged torture involving 29 victims.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a commission investigated uncounted cases of alleged torture, torture is not asserted', () => {
    expect(
      statusOf(
        'By June the rights commission had investigated cases of alleged torture against several officers.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: physical force by officials and violence during interrogation or custody', () => {
  it('when guards were described using physical force to make inmates change statements, torture is asserted', () => {
    expect(
      statusOf(
        'Complaints to the ombudsman described guards using physical force and threats to make inmates change their statements.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a neighbour used physical force in a private dispute, torture is not asserted', () => {
    expect(
      statusOf(
        'Residents said a neighbour used physical force to evict the family from the shared yard.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when monitors reported violence during interrogation, torture is asserted', () => {
    expect(
      statusOf(
        'Monitors reported the use of violence during interrogation at two remand centres.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when monitors reported violence during an election campaign, torture is not asserted', () => {
    expect(
      statusOf(
        'Monitors reported the use of violence during the election campaign in two districts.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: "human rights abuses" after a prison word and "abusive conditions" are not ill-treatment', () => {
  it('when generals were serving prison sentences for human rights abuses, torture is not asserted', () => {
    expect(
      statusOf('Two former generals were serving long prison sentences for human rights abuses.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when guards committed human rights abuses against detainees, torture is asserted', () => {
    expect(
      statusOf('Guards committed human rights abuses against detainees in the remand jails.', 'torture'),
    ).toBe('asserted');
  });

  it('when jails had abusive physical conditions due to overcrowding, torture is not asserted', () => {
    expect(
      statusOf(
        'There were some abusive physical conditions in the remand jails due to overcrowding and poor ventilation.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when guards used abusive methods against detainees, torture is asserted', () => {
    expect(statusOf('Guards used abusive methods against detainees in the remand jails.', 'torture')).toBe(
      'asserted',
    );
  });
});

describe('a source published on a date before the report year tells of earlier events', () => {
  const sentence = (year: number) =>
    `A November ${year} ombudsman report stated guards beat 12 inmates at the coastal prison.`;

  it('when an ombudsman report of November of the previous year stated guards beat inmates, torture is not asserted', () => {
    expect(statusOf(sentence(2021), 'torture', 2022)).not.toBe('asserted');
  });

  it('when an ombudsman report of November of the report year stated guards beat inmates, torture is asserted', () => {
    expect(statusOf(sentence(2022), 'torture', 2022)).toBe('asserted');
  });
});

describe('torture: statements or testimony obtained under duress, like confessions', () => {
  it('when detainees said investigators obtained their statements under duress, torture is asserted', () => {
    expect(statusOf('Detainees said investigators obtained their statements under duress.', 'torture')).toBe(
      'asserted',
    );
  });

  it('when the law bars statements obtained under duress, torture is not asserted', () => {
    expect(statusOf('The law bars the use of statements obtained under duress.', 'torture')).not.toBe(
      'asserted',
    );
  });
});
