import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('a rally that only tells where a reporter was working names no protester', () => {
  test('when police detain a reporter during a rally, the reporter is targeted and no political opponent is', () => {
    const found = targets(
      'In May riot police in Kessa detained the radio reporter Ilo Brand for a day during a rally.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });

  test('when guards beat photographers at a demonstration, no political opponent is targeted', () => {
    expect(
      targets(
        'Palace guards beat two photographers from Velan Radio at the end of a demonstration in Kessa in June.',
      ),
    ).not.toContain('political_opponent');
  });

  test('near miss: when police hold people during a rally with no reporter named, political opponents are targeted', () => {
    expect(
      targets('In May riot police in Kessa detained nine young men for a day during a rally.'),
    ).toContain('political_opponent');
  });

  test('near miss: when protesters and a reporter are both detained at a march, political opponents are still targeted', () => {
    expect(
      targets(
        'In May riot police in Kessa detained twelve protesters and the reporter Ilo Brand at a march.',
      ),
    ).toContain('political_opponent');
  });
});

describe('the Hema, Lendu and Chin peoples are named as ethnic minorities', () => {
  test('when an armed group attacks Hema villages, ethnic minorities are targeted', () => {
    expect(
      targets('During the year a local armed group repeatedly attacked Hema villages near Bunia.'),
    ).toContain('ethnic_minority');
  });

  test('when Lendu farmers are killed by soldiers, ethnic minorities are targeted', () => {
    expect(
      targets('Witnesses said soldiers killed four Lendu farmers on a road in Ituri in March.'),
    ).toContain('ethnic_minority');
  });

  test('when soldiers torture a Chin pastor in custody, ethnic minorities are targeted', () => {
    expect(
      targets('Soldiers reportedly tortured a Chin pastor while holding him at a camp in April.'),
    ).toContain('ethnic_minority');
  });

  test('near miss: when guards beat a prisoner on his chin, no ethnic minority is targeted', () => {
    expect(targets('Guards beat a prisoner and broke his chin in the Kessa jail in April.')).not.toContain(
      'ethnic_minority',
    );
  });
});

describe('people who gathered to protest are named as protesters', () => {
  test('when soldiers shoot into a crowd that gathered to protest, political opponents are targeted', () => {
    expect(
      targets(
        'In July soldiers shot and killed two men among villagers who gathered to protest against a mine closure.',
      ),
    ).toContain('political_opponent');
  });

  test('when police beat villagers who had assembled to protest, political opponents are targeted', () => {
    expect(
      targets('Police beat dozens of villagers who had assembled to protest a dam near Tarro in March.'),
    ).toContain('political_opponent');
  });

  test('near miss: when residents gathered to protest and nothing was done to them, no group is targeted', () => {
    expect(
      targets('Hundreds of residents gathered to protest the new fuel tax outside the town hall.'),
    ).toEqual([]);
  });
});

describe('abuse for political and other reasons names political opponents', () => {
  test('when abductions for political and economic reasons go on, political opponents are targeted', () => {
    expect(
      targets(
        'Abductions by security units for political and economic reasons continued in the northern hills.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when a man is said to have left for political and family reasons, no group is targeted', () => {
    expect(targets('The mayor resigned in May for political and family reasons, his office said.')).toEqual(
      [],
    );
  });
});

describe('a group that does the harm to someone else is not its target', () => {
  test('when Kurdish villagers abduct a shepherd, no ethnic minority is targeted', () => {
    expect(
      targets('In June Kurdish villagers abducted a shepherd from a farm near the river.'),
    ).not.toContain('ethnic_minority');
  });

  test('when a Hindu community threatens two families, no religious minority is targeted', () => {
    expect(
      targets('The Hindu community repeatedly threatened two families who had refused to leave the valley.'),
    ).not.toContain('religious_minority');
  });

  test('near miss: when Kurdish villagers are abducted by soldiers, ethnic minorities are targeted', () => {
    expect(
      targets('In June Kurdish villagers abducted by soldiers were held for weeks near the river.'),
    ).toContain('ethnic_minority');
  });

  test('near miss: when soldiers attack Kurdish villagers, ethnic minorities are targeted', () => {
    expect(targets('In June soldiers attacked Kurdish villagers who had gathered near the river.')).toContain(
      'ethnic_minority',
    );
  });
});

describe('the wife of a named man is harmed through him, not as a woman', () => {
  test('when rebels kill the wife of a village chief, no woman or girl is targeted', () => {
    expect(targets('In May rebels killed the wife of a village chief near Tarro.')).not.toContain(
      'women_girls',
    );
  });

  test('near miss: when rebels kill three women, women and girls are targeted', () => {
    expect(targets('In May rebels killed three women near Tarro.')).toContain('women_girls');
  });

  test('near miss: when a man beats the wife of his brother in a case of domestic violence, women are targeted', () => {
    expect(
      targets(
        'Police ignored a domestic violence complaint in May in which a man beat the wife of his brother.',
      ),
    ).toContain('women_girls');
  });
});

describe('a participle inside a list of sources does not end the list', () => {
  test('when former prisoners and relatives of jailed bloggers report bribes, former prisoners are only a source', () => {
    expect(
      targets(
        'Former prisoners and relatives of jailed bloggers said inmates in Kessa paid guards to receive parcels from home.',
      ),
    ).not.toContain('criminal_deportee');
  });

  test('near miss: when former prisoners detained in May report being beaten, former prisoners are targeted', () => {
    expect(
      targets(
        'Former prisoners detained in May and released in June said they had been beaten by guards in Kessa.',
      ),
    ).toContain('criminal_deportee');
  });
});

describe('people dispersed over an area are spread out, not broken up', () => {
  test('when refugees live dispersed across several districts, no migrant or refugee is targeted', () => {
    expect(
      targets('Most of the refugees from Velan were dispersed across five districts and moved about freely.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when police disperse refugees camped outside a ministry, migrants and refugees are targeted', () => {
    expect(targets('In May police dispersed refugees who had camped outside the Kessa ministry.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('a group word in the capitalised name of a facility names the facility', () => {
  test('when guards assault an inmate at a Female Correctional Facility, no woman or girl is targeted', () => {
    expect(
      targets('In March two guards assaulted an inmate at the Tarro Female Correctional Facility.'),
    ).not.toContain('women_girls');
  });

  test('near miss: when guards assault a female inmate at a jail, women and girls are targeted', () => {
    expect(targets('In March two guards assaulted a female inmate at the Tarro jail.')).toContain(
      'women_girls',
    );
  });
});

describe('a group word inside a run of capitalised names is part of a person’s name', () => {
  test('when police arrest a man whose middle name is a faith, no religious minority is targeted', () => {
    const found = targets(
      'In May police arrested the blogger Karim Hindu Valdo over a post about the governor.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('religious_minority');
  });

  test('near miss: when the next capitalised word names a people too, religious minorities are targeted', () => {
    expect(targets('In May Hindu Tamil families were detained by soldiers near Tarro.')).toContain(
      'religious_minority',
    );
  });
});

describe('care not offered to people with a named health need is denied care', () => {
  test('when jail staff do not offer treatment to inmates with mental illness, people with health needs are targeted', () => {
    expect(
      targets(
        'Staff at the Tarro jail did not routinely offer any treatment to inmates with mental illness.',
      ),
    ).toContain('health_disability');
  });

  test('near miss: when jail doctors offer treatment to inmates with mental illness, no group is targeted', () => {
    expect(
      targets('Doctors at the Tarro jail offered weekly treatment to inmates with mental illness.'),
    ).toEqual([]);
  });
});
