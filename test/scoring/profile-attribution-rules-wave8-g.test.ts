import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('opposition parties and movements named by their own names are political opponents', () => {
  test('when police detain members of Chadema, political opponents are targeted', () => {
    expect(
      targets('In May police in Kessa detained eleven Chadema youth members on their way to a meeting.'),
    ).toContain('political_opponent');
  });

  test('when intelligence agents beat Filimbi members in custody, political opponents are targeted', () => {
    expect(
      targets('Intelligence agents beat four Filimbi members while holding them in Tarro in June.'),
    ).toContain('political_opponent');
  });

  test('when soldiers kill National League for Democracy members, political opponents are targeted', () => {
    expect(
      targets('In April soldiers killed three National League for Democracy members near Kessa.'),
    ).toContain('political_opponent');
  });

  test('near miss: when a party is only named as winning seats, no political opponent is targeted', () => {
    expect(targets('The NLD won nine seats in the Kessa council vote in March.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('more ethnic, tribal and indigenous communities are named as ethnic minorities', () => {
  test('when soldiers kill men from the Banyamulenge community, ethnic minorities are targeted', () => {
    expect(
      targets('In March two soldiers killed three men from the Banyamulenge community near Tarro.'),
    ).toContain('ethnic_minority');
  });

  test('when a mob beats Madhesi traders, ethnic minorities are targeted', () => {
    expect(
      targets('In June a mob from Kessa beat and threatened four Madhesi traders at the Tarro market.'),
    ).toContain('ethnic_minority');
  });

  test('when police detain Lumad farmers, ethnic minorities are targeted', () => {
    expect(targets('Police detained nine Lumad farmers without charge near Kessa in May.')).toContain(
      'ethnic_minority',
    );
  });

  test('near miss: when a community is only named as living in a province, no ethnic minority is targeted', () => {
    expect(targets('Most Tharu families in Kessa farm rice along the river.')).not.toContain(
      'ethnic_minority',
    );
  });
});

describe('Arabs named where they are a minority are an ethnic minority, unless the sect names them', () => {
  test('when security forces kidnap Arab residents of a city, ethnic minorities are targeted', () => {
    expect(
      targets('In Tarro regional security forces kidnapped and threatened Arab residents of the old city.'),
    ).toContain('ethnic_minority');
  });

  test('when police arrest Arab citizens at a protest, ethnic minorities are targeted', () => {
    expect(targets('Police arbitrarily arrested 12 Arab citizens near Kessa in May.')).toContain(
      'ethnic_minority',
    );
  });

  test('near miss: when militias abuse detainees named as Sunni Arabs, the sect names them and no ethnic minority is targeted', () => {
    const found = targets(
      'Militia units abused detainees in Kessa, particularly Sunni Arabs, during the year.',
    );
    expect(found).toContain('religious_minority');
    expect(found).not.toContain('ethnic_minority');
  });

  test('near miss: the United Arab Emirates is a country, not a group', () => {
    expect(
      targets('Police arrested two traders on their return from the United Arab Emirates in May.'),
    ).not.toContain('ethnic_minority');
  });
});

describe("a group's facility named with a possessive is a place, not the group's people", () => {
  test("when a commission reports violence in custody and old buildings at women's and juvenile centres, no women are targeted", () => {
    expect(
      targets(
        "The Kessa ombudsman reported violence by guards during pretrial custody and crumbling walls at women's and juvenile centres.",
      ),
    ).not.toContain('women_girls');
  });

  test("when guards beat inmates in the women's wing of a prison, no women are targeted", () => {
    expect(targets("Guards beat two inmates in the women's wing of Tarro prison in May.")).not.toContain(
      'women_girls',
    );
  });

  test("near miss: when guards beat women in a women's prison, the women are still targeted", () => {
    expect(
      targets("In May guards sexually assaulted three women held at the women's prison in Tarro."),
    ).toContain('women_girls');
  });
});

describe('a movement that a faith names is a community of believers', () => {
  test('when guards beat a deputy of the Muslim Renewal Movement, religious minorities are targeted', () => {
    expect(
      targets('In March prison guards in Tarro beat Ilo Marsh, deputy of the Muslim Renewal Movement.'),
    ).toContain('religious_minority');
  });

  test('near miss: a faith word in the name of a council stays the name of an institution', () => {
    expect(
      targets('In March police in Tarro beat a driver outside the office of the Christian Welfare Council.'),
    ).not.toContain('religious_minority');
  });
});

describe('"press" as a title or as the medium something appeared in names no journalist', () => {
  test("when an opposition leader's press secretary says the leader was arrested, no journalist is targeted", () => {
    expect(
      targets('In May the press secretary of Ilo Marsh stated that police had arrested Marsh four times.'),
    ).not.toContain('journalist');
  });

  test('when police arrest a retired teacher after a letter of his appeared in the press, no journalist is targeted', () => {
    expect(
      targets(
        'Police arrested a retired teacher after his letter to the mayor appeared in the press in June.',
      ),
    ).not.toContain('journalist');
  });

  test('near miss: when police raid the independent press, journalists are targeted', () => {
    expect(targets('In June police raided and threatened the independent press in Kessa.')).toContain(
      'journalist',
    );
  });
});

describe('confining refugees to camps or restricting their movement is a harm aimed at them', () => {
  test('when refugees are held to a camp by an encampment policy, migrants and refugees are targeted', () => {
    expect(
      targets(
        'Refugees in Kessa remained bound by an encampment policy that kept them inside the Tarro camp.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('when rules restrict the movements of refugees, migrants and refugees are targeted', () => {
    expect(
      targets('Ministry rules sharply restricted the movements of refugees living near Tarro.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when the movements of villagers are restricted, no migrant is targeted', () => {
    expect(targets('Soldiers restricted the movements of villagers near Tarro in May.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('asylum rarely granted, or access to it denied, is a denial of asylum', () => {
  test('when officials rarely grant refugee status to asylum seekers, migrants and asylum seekers are targeted', () => {
    expect(
      targets(
        'Officials in Kessa rarely granted refugee status to asylum seekers from Velan during the year.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('when border guards deny migrants access to asylum, migrants and asylum seekers are targeted', () => {
    expect(
      targets('At the Tarro crossing border guards denied dozens of migrants access to the asylum office.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when officials grant refugee status to most applicants, no migrant is targeted', () => {
    expect(
      targets('Officials in Kessa granted refugee status to most applicants from Velan during the year.'),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('detainees with chronic or serious illnesses are people who need medical care', () => {
  test('when care is poor for inmates with serious conditions, people with health needs are targeted', () => {
    expect(
      targets('Monitors in Tarro found that care was poor for inmates with serious conditions.'),
    ).toContain('health_disability');
  });

  test('when guards beat terminally ill men held in a jail, people with health needs are targeted', () => {
    expect(targets('Guards beat two terminally ill men held in Kessa jail in May.')).toContain(
      'health_disability',
    );
  });

  test('near miss: when a prison is in serious condition, no person with a health need is targeted', () => {
    expect(
      targets('Monitors found the roof of Tarro jail in serious condition and guards beat two inmates.'),
    ).not.toContain('health_disability');
  });
});

describe('people from Central Asia held or taken abroad are foreign nationals', () => {
  test('when security forces abduct men from Central Asia, migrants are targeted', () => {
    expect(
      targets(
        'In Kessa security forces abducted three men from Central Asia whom their own governments sought.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('when police detain Central Asian workers at a market, migrants are targeted', () => {
    expect(targets('Police detained forty Central Asian workers at the Tarro market in May.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('near miss: when a delegation from Central Asia visits a ministry, no migrant is targeted', () => {
    expect(
      targets('A trade delegation from Central Asia visited the Kessa ministry of commerce in May.'),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('a named reporter held for writing or posting is held for the work of a journalist', () => {
  test('when police jail a reporter for writing about a land deal, the journalist is targeted and no political opponent is', () => {
    const found = targets(
      'In April police jailed the radio reporter Ilo Brand for writing about a land deal in Tarro.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });

  test('near miss: when police jail a teacher for posting about a land deal, political opponents are targeted', () => {
    expect(
      targets('In April police jailed a teacher for posting about a land deal in Tarro on social media.'),
    ).toContain('political_opponent');
  });
});

describe('compound words for women (businesswoman, policewoman) name women', () => {
  test('when gunmen abduct a businesswoman, women are targeted', () => {
    expect(targets('In May four gunmen abducted a businesswoman from her shop in Tarro.')).toContain(
      'women_girls',
    );
  });

  test('near miss: when a businessman is abducted, no women are targeted', () => {
    expect(targets('In May four gunmen abducted a businessman from his shop in Tarro.')).not.toContain(
      'women_girls',
    );
  });
});

describe('media members, staff and personnel are media workers', () => {
  test('when officials threaten media members by telephone, journalists are targeted', () => {
    expect(
      targets('Provincial officials in Tarro threatened media members by telephone during the vote count.'),
    ).toContain('journalist');
  });

  test('near miss: when officials threaten hospital staff, no journalist is targeted', () => {
    expect(
      targets('Provincial officials in Tarro threatened hospital staff by telephone during the vote count.'),
    ).not.toContain('journalist');
  });
});
