import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('an arrest, charge or sentence for a crime against the group is not aimed at the group', () => {
  test('near miss: a court sentencing the killer of a reporter does not target journalists', () => {
    expect(
      targets(
        'In May a regional court in Osk sentenced the killer of a reporter to 20 years in prison for a 2017 murder.',
      ),
    ).not.toContain('journalist');
  });

  test('a court sentencing a reporter targets journalists', () => {
    expect(
      targets('In May a regional court in Osk sentenced a reporter to 20 years in prison for his articles.'),
    ).toContain('journalist');
  });

  test('near miss: charges brought over the deaths of three indigenous men do not target the men', () => {
    expect(
      targets(
        'Since 2021, the deaths of three indigenous men in police cells have led to manslaughter charges.',
      ),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: a police officer convicted for threats against journalists does not target journalists', () => {
    expect(
      targets('In June a court convicted a police officer over threats made against journalists in 2019.'),
    ).not.toContain('journalist');
  });

  test('police charging indigenous men targets them', () => {
    expect(targets('In June police charged three indigenous men with trespass on the plantation.')).toContain(
      'ethnic_minority',
    );
  });
});

describe('a group that tells what was done to it is the target of what it tells', () => {
  test('when dissidents report that police beat them, dissidents are targeted', () => {
    expect(targets('Dissidents reported the police beat them in the cells.')).toContain('political_opponent');
  });

  test('near miss: dissidents reporting that police beat farmers are only the source', () => {
    expect(targets('Dissidents reported the police beat two farmers in the village.')).not.toContain(
      'political_opponent',
    );
  });

  test('near miss: a pronoun far down the reported clause refers to the others named there', () => {
    expect(
      targets(
        'Dissidents reported the police beat two farmers in the village square during the night and threatened them.',
      ),
    ).not.toContain('political_opponent');
  });
});

describe('a group that others dealt with, in a relative clause, is not the target of what is done to them', () => {
  test('near miss: villagers who sheltered migrants and were beaten do not make migrants a target', () => {
    expect(targets('Police beat villagers who sheltered migrants in abandoned factories.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });

  test('near miss: inmates punished for contact with foreigners do not make foreigners a target', () => {
    expect(
      targets('Guards singled out for beatings those inmates who had regular contact with foreigners.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('migrants who sheltered in factories and were beaten are targeted', () => {
    expect(targets('Police beat migrants who sheltered in abandoned factories.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('"politically motivated" names political opponents only as the motive of an abuse of persons', () => {
  test('politically motivated disappearances target political opponents', () => {
    expect(
      targets('Monitors reported politically motivated disappearances in two northern provinces.'),
    ).toContain('political_opponent');
  });

  test('near miss: reporters serving politically motivated prison terms are targeted as journalists only', () => {
    expect(
      targets('Authorities continued to harass reporters serving politically motivated prison terms.'),
    ).not.toContain('political_opponent');
  });

  test('near miss: bloggers prosecuted in politically motivated cases are targeted as journalists only', () => {
    expect(targets('Authorities prosecuted bloggers in politically motivated cases.')).not.toContain(
      'political_opponent',
    );
  });

  test('detentions said to be politically motivated target political opponents', () => {
    expect(
      targets(
        'Rights groups said the arrests of four teachers in the capital were unlawful and politically motivated.',
      ),
    ).toContain('political_opponent');
  });
});

describe('detention of migrants is immigration detention, however it is worded', () => {
  test('border police holding migrants in detention target migrants', () => {
    expect(targets('Border police held 40 migrants in detention for weeks.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('short-term detention of irregular migrants at a police station targets migrants', () => {
    expect(
      targets('Coastal police used a village station for short-term detention of irregular migrants.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: a law allowing detention of migrants is no detention that happened', () => {
    expect(
      targets('The law allows police to place migrants in detention for up to 18 months.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: no reports of detention of asylum seekers is a negation', () => {
    expect(targets('There were no reports of detention of asylum seekers during the year.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('a group closing one list item is not the subject of the next item', () => {
  test('harassment of reporters stays aimed at reporters when the next item begins with "reports"', () => {
    expect(
      targets(
        'Major human rights problems included: harassment of reporters; reports of excessive force by police; corruption.',
      ),
    ).toContain('journalist');
  });

  test('near miss: reporters who report harassment within one item remain the source', () => {
    expect(
      targets('Major human rights problems included: reporters reported harassment by police; corruption.'),
    ).not.toContain('journalist');
  });
});

describe('a group in the list of subjects of a reporting verb is a source', () => {
  test('near miss: reporters listed among those who reported torture are not its target', () => {
    expect(
      targets(
        'Defense lawyers, reporters, and independent monitoring groups, including two local NGOs, reported cases of torture by police in Osk.',
      ),
    ).not.toContain('journalist');
  });

  test('reporters in such a list who were detained and report torture are its target', () => {
    expect(
      targets(
        'Defense lawyers, reporters, and students detained in March reported torture by police in Osk.',
      ),
    ).toContain('journalist');
  });

  test('reporters in such a list who report that police beat them are its target', () => {
    expect(targets('Reporters and students reported that police beat them during the march.')).toContain(
      'journalist',
    );
  });
});
