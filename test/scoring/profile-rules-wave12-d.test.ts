import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('the political motive of an abuse aimed at a journalist names no political opponent', () => {
  test('when officials threaten reporters for political reasons, journalists are targeted and no political opponent', () => {
    const found = targets(
      'Officials in Tarro threatened two reporters by telephone for political reasons in May.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });

  test('when police detain an editor for his political views, journalists are targeted and no political opponent', () => {
    const found = targets('In June police in Kessa detained the editor Ilan Voss for his political views.');
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });

  test('near miss: when police detain a teacher for her political views, political opponents are targeted', () => {
    expect(
      targets('In June police in Kessa detained the teacher Mira Dovan for her political views.'),
    ).toContain('political_opponent');
  });

  test('near miss: when police detain a reporter and an activist for their political views, both are targeted', () => {
    const found = targets(
      'In June police in Kessa detained a reporter and an activist for their political views.',
    );
    expect(found).toContain('journalist');
    expect(found).toContain('political_opponent');
  });
});

describe('ill-treatment of prisoners names no one who is ill', () => {
  test('when the ombudsman hears complaints of ill-treatment by prison staff, no person with a health need is targeted', () => {
    expect(
      targets(
        'The ombudsman received complaints of ill-treatment by prison staff and of violence between inmates.',
      ),
    ).not.toContain('health_disability');
  });

  test('near miss: when guards deny sick prisoners medical care, people with a health need are targeted', () => {
    expect(
      targets('Guards in Tarro kept sick prisoners in their cells for days and denied them medical care.'),
    ).toContain('health_disability');
  });
});

describe('opening fire on people is a harm aimed at them', () => {
  test('when soldiers open fire on protesters, political opponents are targeted', () => {
    expect(
      targets('In May soldiers opened fire on protesters outside the Tarro governor’s office.'),
    ).toContain('political_opponent');
  });

  test('when police fire into a crowd of demonstrators, political opponents are targeted', () => {
    expect(targets('Police fired into a crowd of demonstrators outside the Kessa court in June.')).toContain(
      'political_opponent',
    );
  });

  test('near miss: when a ministry fires activists from their posts, no shooting is read', () => {
    expect(
      targets('In May the ministry fired two activists from their posts at the Tarro archive.'),
    ).not.toContain('political_opponent');
  });
});

describe('people described as a threat to themselves or others are not threatened', () => {
  test('when guards isolate Kurdish inmates deemed a threat to themselves or others, no ethnic minority is targeted', () => {
    expect(
      targets(
        'Guards in Tarro placed Kurdish inmates deemed a threat to themselves or others in separate wings.',
      ),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: when guards threaten Kurdish inmates, an ethnic minority is targeted', () => {
    expect(targets('Guards in Tarro threatened Kurdish inmates with transfer to distant prisons.')).toContain(
      'ethnic_minority',
    );
  });
});

describe('time spent in prison or detention is a detention of the people who spent it', () => {
  test('when opposition leaders were released after they spent ten months in prison, political opponents are targeted', () => {
    expect(
      targets(
        'In May authorities released two opposition leaders from Tarro, who had spent ten months in prison.',
      ),
    ).toContain('political_opponent');
  });

  test('when a reporter spent more than a year in detention, journalists are targeted', () => {
    expect(
      targets('The Kessa reporter Ilan Voss spent over a year in detention until his release in June.'),
    ).toContain('journalist');
  });

  test('near miss: when activists spent a week in the capital, no one is targeted', () => {
    expect(targets('In May two activists from Tarro spent a week in the capital meeting officials.')).toEqual(
      [],
    );
  });
});

describe('jailing people is a detention aimed at them', () => {
  test('when editors were jailed after a dispute with the governor, journalists are targeted', () => {
    expect(targets('Two Kessa editors were jailed in May after a dispute with the governor.')).toContain(
      'journalist',
    );
  });

  test('near miss: when the men who attacked a reporter were jailed, the reporter is not targeted by the jailing', () => {
    expect(
      targets('In May the two men convicted of the 2015 murder of reporter Ilan Voss were jailed in Tarro.'),
    ).not.toContain('journalist');
  });
});

describe('summoning people to the authorities is a harm aimed at them', () => {
  test('when the security service summons an editor over an article, journalists are targeted', () => {
    expect(
      targets(
        'In June the Tarro security service summoned the editor Ilan Voss over an article on the army.',
      ),
    ).toContain('journalist');
  });

  test('near miss: when prosecutors summon witnesses to testify about an activist, the activist is not targeted by the summons', () => {
    expect(
      targets(
        'In June prosecutors in Tarro summoned two witnesses to testify about the activist Mira Dovan.',
      ),
    ).not.toContain('political_opponent');
  });
});

describe('fining people is a penalty aimed at them', () => {
  test('when protesters were fined for taking part in an unsanctioned rally, political opponents are targeted', () => {
    expect(
      targets('In May courts in Tarro fined dozens of protesters for taking part in an unsanctioned rally.'),
    ).toContain('political_opponent');
  });

  test('near miss: when the perpetrators who insulted an activist were fined, the activist is not targeted by the fine', () => {
    expect(
      targets('In May a Tarro court fined the perpetrators who had insulted the activist Mira Dovan.'),
    ).not.toContain('political_opponent');
  });
});

describe('a vaccination against a disease names no one who has it', () => {
  test('when guards beat an inmate and vaccinate him against tuberculosis, no person with a health need is targeted', () => {
    expect(
      targets(
        'In May guards in Tarro beat an inmate and vaccinated him against tuberculosis without his consent.',
      ),
    ).not.toContain('health_disability');
  });

  test('near miss: when guards beat inmates with tuberculosis, people with a health need are targeted', () => {
    expect(targets('In May guards in Tarro beat two inmates with tuberculosis.')).toContain(
      'health_disability',
    );
  });
});

describe('a rule that bars deportation protects the people it names', () => {
  test('when a rule bars deporting foreign workers with HIV whose children live here, neither migrants nor people with HIV are targeted', () => {
    const found = targets(
      'A new rule bars the deportation of foreign workers with HIV whose children live in Tarro.',
    );
    expect(found).not.toContain('migrant_asylum_seeker');
    expect(found).not.toContain('health_disability');
  });

  test('near miss: when authorities deport foreigners found to have HIV, both groups are targeted', () => {
    const found = targets('In May authorities in Tarro deported foreigners found to have HIV.');
    expect(found).toContain('migrant_asylum_seeker');
    expect(found).toContain('health_disability');
  });
});
