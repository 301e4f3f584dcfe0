import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('detention conditions: violence between inmates inside a prison', () => {
  it('counts a riot inside a prison that left inmates dead', () => {
    expect(
      statusOf(
        'A riot inside the Valmora penitentiary in March left three inmates dead and a dozen injured.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('counts a stabbing at a jail reported by the prison service', () => {
    expect(
      statusOf(
        'The prison service reported a stabbing at the Orvin jail in which one man was wounded.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('does not count a shooting in a market with no prison in view', () => {
    expect(
      statusOf(
        'A shooting in the central market of Dusar killed two vendors in June.',
        'detention_conditions',
      ),
    ).toBeUndefined();
  });
});

describe('detention conditions: slopping out is a degrading sanitation practice', () => {
  it('counts prisoners still slopping out in their cells', () => {
    expect(
      statusOf(
        'Inspectors found that some prisoners in the older wing still had to practise slopping out in shared cells.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('does not count slopping out when the report says no prisoner was subject to it', () => {
    expect(
      statusOf(
        'There were no reports that any prisoner was subject to slopping out during the year.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: medical care in detention said to be inadequate', () => {
  it('counts medical care for detainees described as inadequate', () => {
    expect(
      statusOf(
        'Medical care in the northern lockups remained inadequate, the bar association said.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('does not count inadequate medical care in rural clinics, outside detention', () => {
    expect(
      statusOf(
        'Medical care in rural clinics was inadequate, the health ministry said.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: investigations said to fall short assert the abuse they were about', () => {
  it('counts beatings whose investigations were limited, the predicate far from the abuse', () => {
    expect(
      statusOf(
        'Investigations into beatings of detainees by prison guards in the southern region were limited, according to the bar association.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('counts torture complaints whose investigations remained rare', () => {
    expect(
      statusOf(
        'Investigations into torture complaints against police in the southern provinces remained rare.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('does not count investigations described as thorough', () => {
    expect(
      statusOf(
        'Investigations into beatings of detainees by prison guards were thorough and public.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('does not count investigations only limited in scope to a place', () => {
    expect(
      statusOf(
        'Investigations into beatings of detainees by prison guards were limited to the capital.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: a count of "torture cases" tallies incidents, not a court case', () => {
  it('counts a number of torture cases documented by a rights center', () => {
    expect(
      statusOf('The rights center documented 37 torture cases in police stations in the north.', 'torture'),
    ).toBe('asserted');
  });

  it('counts a share of torture cases recorded by a coalition', () => {
    expect(
      statusOf(
        'Members of the Varan minority made up 40 percent of torture cases the coalition recorded.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('does not count a single torture case against officers that remained open', () => {
    expect(
      statusOf('A torture case against two officers from the Lusk station remained open.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('torture: methods and custodial abuse named in their own words', () => {
  it('counts sleep deprivation described by former detainees', () => {
    expect(
      statusOf(
        'Former detainees described sleep deprivation and cigarette burns during interrogation at the Kessa base.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('counts cigarette burns inflicted by police', () => {
    expect(
      statusOf('Police officers burned the student with cigarettes while questioning him.', 'torture'),
    ).toBe('asserted');
  });

  it('counts custodial violence documented in police stations', () => {
    expect(
      statusOf(
        'Rights groups documented 14 cases of custodial violence in district police stations.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('counts suspects forced by officers to confess', () => {
    expect(
      statusOf('Officers forced the suspects to confess by threatening their families.', 'torture'),
    ).toBe('asserted');
  });

  it('does not count sleep deprivation among workers, with no agent or custody', () => {
    expect(
      statusOf('Sleep deprivation among night-shift nurses was a concern, the union said.', 'torture'),
    ).not.toBe('asserted');
  });

  it('does not count a private confession pressed by friends', () => {
    expect(statusOf('Her friends forced her to confess her feelings to him.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('detention conditions: floors, air and vermin in places of detention', () => {
  it('counts inmates sleeping on concrete floors', () => {
    expect(statusOf('Inmates at the Tarsel prison slept on concrete floors.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('counts detainees held in poorly ventilated cells', () => {
    expect(
      statusOf(
        'Detainees were held in poorly ventilated cells at the Ruvan station.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('counts lockup cells infested with lice', () => {
    expect(
      statusOf('Cells at the Ruvan lockup were infested with lice, detainees said.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('does not count workers sleeping on the ground at a building site', () => {
    expect(
      statusOf('Construction workers slept on the bare ground at the site.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('does not count a poorly lit school building', () => {
    expect(
      statusOf('The new school building was poorly lit, parents said.', 'detention_conditions'),
    ).not.toBe('asserted');
  });
});
