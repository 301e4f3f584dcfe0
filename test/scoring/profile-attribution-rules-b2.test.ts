import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('people held for their politics are political opponents, named or not', () => {
  test('when bus drivers are arrested and prosecuted for organising a strike, political opponents are targeted', () => {
    expect(
      targets(
        'Bus drivers at the municipal depot were arrested in March and prosecuted for organising a strike.',
      ),
    ).toContain('political_opponent');
  });

  test('when arrests of villagers are called politically motivated, political opponents are targeted', () => {
    expect(
      targets(
        'Local monitors said the arrests of nine villagers in Osk in May were arbitrary and politically motivated.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: arrests of suspects in a theft, with no political ground, target no political opponent', () => {
    expect(
      targets('Police arrested nine villagers in Osk in May on suspicion of stealing cattle.'),
    ).not.toContain('political_opponent');
  });

  test('near miss: journalists held for their reporting are journalists, not political opponents', () => {
    const found = targets(
      'Police arrested three journalists in Osk in May for their reporting on the election.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });

  test('near miss: protesters who demand the release of detained men remain the speakers', () => {
    expect(targets('Protesters demanded that police free the farmers detained in Osk.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('a group that raises, cites or acknowledges something speaks; it is not the target', () => {
  test('opposition lawmakers who cite the disappearance of ballot boxes are not political opponents targeted', () => {
    expect(
      targets('Several opposition lawmakers cited fraud and the disappearance of ballot boxes in Osk.'),
    ).not.toContain('political_opponent');
  });

  test('rights groups and other monitors who raise concerns about degrading treatment are only the source', () => {
    expect(
      targets(
        'Civil society groups and other monitors raised concerns over degrading treatment of detainees by guards in Osk.',
      ),
    ).not.toContain('political_opponent');
  });

  test('near miss: civil society activists subjected to degrading treatment are the target', () => {
    expect(
      targets('Guards in Osk subjected civil society activists to degrading treatment during questioning.'),
    ).toContain('political_opponent');
  });

  test('near miss: opposition lawmakers beaten by police are the target', () => {
    expect(targets('Police beat several opposition lawmakers outside the assembly in Osk.')).toContain(
      'political_opponent',
    );
  });
});

describe("a people's name in a list of names that ends in a place noun names a place", () => {
  test('police beating detainees across the Amhara, Kelo, and Varda regions targets no ethnic minority', () => {
    expect(
      targets(
        'Police officers in the Amhara, Kelo, and Varda regions beat detainees to extract confessions.',
      ),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: police beating Amhara, Kelo, and Varda herders targets an ethnic minority', () => {
    expect(
      targets('Police officers beat Amhara, Kelo, and Varda herders in May to extract confessions.'),
    ).toContain('ethnic_minority');
  });
});

describe('a list of sources after "according to" are all sources', () => {
  test('"according to rights groups and the local press" does not make the press the target', () => {
    expect(
      targets('According to rights groups and the local press, soldiers beat two herders near Osk in June.'),
    ).not.toContain('journalist');
  });

  test('near miss: reporters beaten, as the local press tells, are the target', () => {
    expect(targets('According to the local press, soldiers beat two reporters near Osk in June.')).toContain(
      'journalist',
    );
  });
});

describe('broadcasting an item names no broadcaster', () => {
  test('a bar on broadcasting the songs of beaten singers targets no journalist', () => {
    expect(
      targets('Police beat two folk singers in Osk and barred state radio from broadcasting their songs.'),
    ).not.toContain('journalist');
  });

  test('near miss: a broadcaster beaten by police is targeted', () => {
    expect(targets('Police beat a broadcaster outside the state radio studio in Osk.')).toContain(
      'journalist',
    );
  });
});

describe('a travel restriction may name its targets between the restriction and the travel', () => {
  test('restricting the right of residents, notably former political prisoners, to foreign travel targets them', () => {
    expect(
      targets(
        'The constitution guarantees free movement, but officials often restricted the right of residents, notably former political prisoners, to foreign travel.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: a travel restriction on residents alone targets no political opponent', () => {
    expect(
      targets(
        'The constitution guarantees free movement, but officials often restricted the right of residents of border villages to foreign travel.',
      ),
    ).not.toContain('political_opponent');
  });
});

describe('an expulsion is a removal abroad, read like a return', () => {
  test('migrants expelled from another country were expelled there, not here', () => {
    expect(
      targets(
        'Over the year the aid agency helped about 9,000 migrants expelled from Lakemoor to reach the capital.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: migrants this country expelled to a border desert are the target', () => {
    expect(
      targets(
        'Over the year authorities expelled about 9,000 migrants to the desert border, where several died.',
      ),
    ).toContain('migrant_asylum_seeker');
  });
});

describe('harsh conditions alone are not aimed at an ethnic minority', () => {
  test('indigenous inmates in overcrowded cells are not, by that alone, targeted as an ethnic minority', () => {
    expect(
      targets(
        'Indigenous inmates at the Osk prison slept in shifts because the cells held three times their capacity.',
      ),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: indigenous leaders detained without charge are the target', () => {
    expect(
      targets(
        'Police detained four indigenous leaders without charge for two weeks after the land protest in Osk.',
      ),
    ).toContain('ethnic_minority');
  });
});

describe('"remained subject to" states an ongoing practice, like "were subject to"', () => {
  test('opposition activists who remained subject to intimidation and arrest are targeted', () => {
    expect(
      targets(
        'Opposition activists in Osk remained subject to intimidation, questioning, and arrest throughout the year.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: activists who are subject to arrest under a decree are only liable to it', () => {
    expect(
      targets(
        'Under the new decree, opposition activists are subject to arrest for holding unsanctioned meetings.',
      ),
    ).not.toContain('political_opponent');
  });
});

describe('people sent back to danger are migrants or asylum seekers, named or not', () => {
  test('when coast guards push back boats, migrants and asylum seekers are targeted', () => {
    expect(
      targets('Between May 3 and 9, coast guards pushed back four more boats coming from Lakemoor.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: boats rescued at sea are no return', () => {
    expect(
      targets('Between May 3 and 9, coast guards rescued four more boats coming from Lakemoor.'),
    ).not.toContain('migrant_asylum_seeker');
  });
});
