import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('a group word before a single attacker or assailant names who did the harm', () => {
  test('when a Kurdish attacker stabbed and killed a police officer, no ethnic minority is targeted', () => {
    expect(
      targets('In March a Kurdish attacker stabbed and killed a police officer at a checkpoint in Tamsa.'),
    ).not.toContain('ethnic_minority');
  });

  test('when a Kurdish assailant shot and killed two soldiers, no ethnic minority is targeted', () => {
    expect(targets('In March a Kurdish assailant shot and killed two soldiers near Tamsa.')).not.toContain(
      'ethnic_minority',
    );
  });

  test('near miss: when soldiers shot and killed a Kurdish farmer, an ethnic minority is targeted', () => {
    expect(targets('In March soldiers shot and killed a Kurdish farmer at a checkpoint in Tamsa.')).toContain(
      'ethnic_minority',
    );
  });
});

describe('a group word in the name of a commissioner names the office', () => {
  test('when shelling killed residents and damaged a school the UN High Commissioner for Refugees built, no migrant is targeted', () => {
    expect(
      targets(
        'In May artillery fire killed six residents of Tamsa and damaged a school that the UN High Commissioner for Refugees had built.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when the shelling killed six refugees, migrants and asylum seekers are targeted', () => {
    expect(
      targets(
        'In May artillery fire killed six refugees in Tamsa and damaged a school that the UN High Commissioner for Refugees had built.',
      ),
    ).toContain('migrant_asylum_seeker');
  });
});

describe('the words before a party word that a term holds name the party', () => {
  test('when police beat a Liberty Front Party member, political opponents are targeted', () => {
    expect(
      targets(
        'In April police in Tamsa beat Ilan Dorsk, a Liberty Front Party member, and held him overnight.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when police raided a foundation named after party members, no political opponent is targeted', () => {
    expect(
      targets('In April police raided the Liberty Party Members Foundation in Tamsa and seized its records.'),
    ).not.toContain('political_opponent');
  });
});

describe('LGBTQI+ people refused medical care are targeted for who they are, not for a health need', () => {
  test('when gay and transgender people were refused medical treatment and threatened, LGBTQI+ people are targeted and no health group', () => {
    const groups = targets(
      'The Kessa Rainbow Alliance said gay and transgender people were refused medical treatment at public clinics and threatened by neighbors.',
    );
    expect(groups).toContain('lgbtqi');
    expect(groups).not.toContain('health_disability');
  });

  test('near miss: when guards refused medical treatment to political prisoners, people with a health need are targeted', () => {
    expect(
      targets(
        'In Tamsa prison guards refused medical treatment to two political prisoners and beat them in March.',
      ),
    ).toContain('health_disability');
  });
});

describe('arrival at a prison or penal colony is no return to the country', () => {
  test('when an activist says guards beat him upon arrival at a penal colony, no deportee or returnee is targeted', () => {
    expect(
      targets(
        'Dorin Vask, a jailed opposition activist, said guards beat him upon arrival at the Tamsa penal colony in June.',
      ),
    ).not.toContain('criminal_deportee');
  });

  test('near miss: when police beat a man upon arrival at the airport after another state expelled him, returnees are targeted', () => {
    expect(
      targets('Police beat Dorin Vask upon arrival at Tamsa airport in June after Lakemoor expelled him.'),
    ).toContain('criminal_deportee');
  });
});

describe('people taking part in peaceful gatherings are protesters', () => {
  test('when police beat and detained residents participating in peaceful gatherings, political opponents are targeted', () => {
    expect(
      targets(
        'In May police in Tamsa beat and detained residents participating in peaceful gatherings against a new tax.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when police beat residents near a square where peaceful gatherings were held, no political opponent is targeted', () => {
    expect(
      targets(
        'In May police in Tamsa beat and detained residents near a square where peaceful gatherings were often held.',
      ),
    ).not.toContain('political_opponent');
  });
});
