import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('asylum applications rejected or left unapproved deny asylum', () => {
  test('when the agency rejects asylum applications of people from listed countries, migrants are targeted', () => {
    expect(
      targets(
        'The migration agency used a short procedure to reject asylum applications filed by people from Varnia.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('when the government has yet to approve any asylum application, migrants are targeted', () => {
    expect(
      targets(
        'Although a refugee board met four times, the government of Tessaly has yet to approve any asylum applications.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when the ministry approves asylum applications quickly, no migrant is targeted', () => {
    expect(
      targets('The ministry approved most asylum applications from Varnia within two months.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when rejected asylum seekers receive help to go home, no migrant is targeted', () => {
    expect(
      targets('The agency paid travel costs for rejected asylum seekers who chose to go home to Varnia.'),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('a group word that names terrorists names the attackers, not the victims', () => {
  test('when Kurdish terrorists attack a bus station and kill passengers, no ethnic minority is targeted', () => {
    expect(
      targets('In March, Kurdish terrorists attacked a bus station in Darvo, killing six passengers.'),
    ).not.toContain('ethnic_minority');
  });

  test('when fighters of a group called Kurdish Islamic Jihad kill officers, no ethnic minority is targeted', () => {
    expect(
      targets('On May 2, fighters of Kurdish Islamic Jihad killed four officers near Darvo.'),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: when terrorists kill Kurdish villagers, an ethnic minority is targeted', () => {
    expect(targets('In March, terrorists killed six Kurdish villagers near Darvo.')).toContain(
      'ethnic_minority',
    );
  });
});

describe('minority communities, and minorities with no other qualifier, are ethnic minorities', () => {
  test('when police beat members of minority communities, an ethnic minority is targeted', () => {
    expect(targets('Police beat members of minority communities during raids in Darvo.')).toContain(
      'ethnic_minority',
    );
  });

  test('when soldiers beat farmers and other minorities, an ethnic minority is targeted', () => {
    expect(targets('Soldiers beat Tessan farmers and other minorities at checkpoints near Darvo.')).toContain(
      'ethnic_minority',
    );
  });

  test('near miss: when police beat men from sexual minorities, no ethnic minority is targeted', () => {
    expect(targets('Police in Darvo beat several men from sexual minorities during a raid.')).not.toContain(
      'ethnic_minority',
    );
  });

  test('near miss: when police beat members of religious minorities, no ethnic minority is targeted', () => {
    expect(targets('Police in Darvo beat members of religious minorities during a raid.')).not.toContain(
      'ethnic_minority',
    );
  });
});

describe('saying the true incidence of rape exceeds the cases reported says rape goes underreported', () => {
  test('when observers think the true incidence of rape far exceeds reported cases, women are targeted', () => {
    expect(
      targets(
        'Advocates in Tessaly said the true incidence of rape was far above the figure police recorded.',
      ),
    ).toContain('women_girls');
  });

  test('near miss: when the true extent of rape of male prisoners exceeds the figure recorded, no woman is targeted', () => {
    expect(
      targets(
        'Advocates in Tessaly said the true extent of rape of male prisoners was far above the figure guards recorded.',
      ),
    ).not.toContain('women_girls');
  });
});

describe('people held for immigration offenses are migrants', () => {
  test('when detainees held for immigration violations share cells with convicts, migrants are targeted', () => {
    expect(
      targets('Detainees held for immigration violations shared cells with convicted criminals in Darvo.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when immigration officers held for bribery offenses share cells with convicts, no migrant is targeted', () => {
    expect(
      targets(
        'Two immigration officers held for bribery offenses shared cells with convicted criminals in Darvo.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('a law that caps the sentence for killing a wife is lenient to violence against women', () => {
  test('when the code limits the sentence for murdering an adulterous wife, women are targeted', () => {
    expect(
      targets(
        'In Tessaly the penal code limits the sentence for murder to two years when a husband kills his wife for suspected adultery.',
      ),
    ).toContain('women_girls');
  });

  test('near miss: when the code limits the sentence for tax fraud by a wife, no woman is targeted', () => {
    expect(
      targets(
        'In Tessaly the penal code limits the sentence for tax fraud to two years when a wife hides income from the state.',
      ),
    ).not.toContain('women_girls');
  });
});
