import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('a return that another state made into this country is no harm done here', () => {
  test('when asylum seekers were forcibly returned to the country from a neighbour, no migrant is targeted', () => {
    expect(
      targets(
        'Officials in Dorvan said two asylum seekers were forcibly returned to the country from Kessa in May.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('when laborers were forcibly repatriated from a neighbour, no deportee is targeted', () => {
    expect(
      targets('Some 900 Tovelese laborers were forcibly repatriated from Kessa during the spring.'),
    ).not.toContain('criminal_deportee');
  });

  test('near miss: when border guards forcibly return asylum seekers to torture abroad, migrants are targeted', () => {
    expect(
      targets('Border guards forcibly returned two asylum seekers to Kessa, where they faced torture.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when police forcibly return a girl to her family, the girl is still targeted', () => {
    expect(
      targets('The girl fled a forced engagement, but police in Tarro forcibly returned her to her uncle.'),
    ).toContain('women_girls');
  });
});

describe('Yezidis are named by their faith, a religious minority, not an ethnic one', () => {
  test('when militants abduct Yezidi farmers, religious minorities are targeted and no ethnic minority', () => {
    const found = targets(
      'In May militants near Tarro abducted six Yezidi farmers and held them for a month.',
    );
    expect(found).toContain('religious_minority');
    expect(found).not.toContain('ethnic_minority');
  });

  test('near miss: when Kurdish and Yezidi farmers are abducted, the Kurds are still an ethnic minority', () => {
    expect(
      targets(
        'In May militants near Tarro abducted six Kurdish and Yezidi farmers and held them for a month.',
      ),
    ).toContain('ethnic_minority');
  });
});

describe('a capitalised name does not run across a colon, a semicolon or a bracket', () => {
  test('when a run-in label ending in an institution word is followed by refugees who were beaten, migrants are targeted', () => {
    expect(
      targets('Freedom of Movement: Refugees in the Kessa camp were beaten by guards in May.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: a group word inside the name of a council still names the council', () => {
    expect(
      targets('In May police raided the Tarro office of the Refugee Support Council and seized its files.'),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('news websites, media groups, radio and television stations and publishing directors name journalists', () => {
  test('when police detain the publishing director of a news website, journalists are targeted', () => {
    expect(
      targets('In May police detained the publishing director of a Tarro news website for two days.'),
    ).toContain('journalist');
  });

  test('when soldiers beat staff of a community radio station, journalists are targeted', () => {
    expect(targets('In May soldiers beat two staff of a community radio station in Kessa.')).toContain(
      'journalist',
    );
  });

  test('when police arrest the chairman of a media group, journalists are targeted', () => {
    expect(
      targets('Police arrested the chairman of the Dorvan Media Group in June on tax charges.'),
    ).toContain('journalist');
  });

  test('near miss: a news website that reports an abuse is the source, and no journalist is targeted', () => {
    expect(targets('The Tarro news website reported that soldiers beat two farmers in May.')).not.toContain(
      'journalist',
    );
    expect(
      targets('According to the Kessa Daily news website, soldiers beat two farmers in May.'),
    ).not.toContain('journalist');
  });
});

describe("a wife named as a man's wife is reached through him, not targeted as a woman", () => {
  test('when agents threaten to kill an activist’s wife to silence him, no woman is targeted', () => {
    expect(
      targets(
        'Agents beat the Tovel activist and threatened to kill his wife if he told anyone of the raid.',
      ),
    ).not.toContain('women_girls');
  });

  test('near miss: when a man kills his wife after years of domestic violence, women are targeted', () => {
    expect(targets('In March a man in Tarro killed his wife after years of domestic violence.')).toContain(
      'women_girls',
    );
  });

  test('near miss: when police beat a woman who is named as a woman, women are targeted', () => {
    expect(targets('Police in Kessa beat a driver and a woman at a checkpoint in June.')).toContain(
      'women_girls',
    );
  });
});

describe("a short stock of medicine is the prison's supply, not people who need care", () => {
  test('when prison infirmaries have a limited supply of medicine, no person with a health need is targeted', () => {
    expect(targets('Every prison infirmary in Kessa had a badly limited supply of medicine.')).not.toContain(
      'health_disability',
    );
  });

  test('near miss: when inmates with tuberculosis have limited access to medicine, they are targeted', () => {
    expect(
      targets('In Kessa prison, inmates with tuberculosis had limited access to medicine all year.'),
    ).toContain('health_disability');
  });
});

describe('"their criminal records" is what others keep, not people with a criminal record', () => {
  test('when freed victims of political trials keep their criminal records, no deportee is targeted', () => {
    expect(
      targets(
        'Victims of politically motivated trials in Kessa were freed in May, but their criminal records remained.',
      ),
    ).not.toContain('criminal_deportee');
  });

  test('near miss: when police detain men with criminal records without charge, they are targeted', () => {
    expect(
      targets('In June police in Kessa detained nine men with criminal records for a week without charge.'),
    ).toContain('criminal_deportee');
  });
});

describe('one tribe named by its own name is a kin group, not an ethnic minority', () => {
  test('when men of one named tribe abduct a herder of another, no ethnic minority is targeted', () => {
    expect(
      targets('In May armed men from the Harun tribe abducted a herder from the Selo tribe near Tarro.'),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: when police beat members of minority tribes, ethnic minorities are targeted', () => {
    expect(targets('In May police in Kessa beat and detained members of two minority tribes.')).toContain(
      'ethnic_minority',
    );
    expect(targets('In May police in Kessa beat and detained members of a small tribe.')).toContain(
      'ethnic_minority',
    );
  });
});

describe('a group word that a definition defines names a category, not people', () => {
  test('when a council defines political prisoners and excludes those charged with violence, no political opponent is targeted', () => {
    expect(
      targets(
        'The Kessa bar council defined political prisoners by the motive for their arrest and excluded anyone charged with violent crimes.',
      ),
    ).not.toContain('political_opponent');
  });

  test('when few inmates fit the definition of political prisoner, no political opponent is targeted', () => {
    expect(
      targets(
        'Few of the inmates held in Tarro fit the definition of political prisoner, the monitors said.',
      ),
    ).not.toContain('political_opponent');
  });

  test('near miss: when police charge political prisoners with new offences, political opponents are targeted', () => {
    expect(targets('In May police in Tarro charged four political prisoners with new offences.')).toContain(
      'political_opponent',
    );
  });
});

describe('rape is a harm to whatever group names its victim, and impairments name people with disabilities', () => {
  test('when a teacher rapes a boy with a hearing impairment, people with a disability are targeted', () => {
    expect(
      targets('In May a teacher at a Tarro boarding school raped a boy with a hearing impairment.'),
    ).toContain('health_disability');
  });

  test('near miss: when a penal code sets the penalty for rape of people with an impairment, no one is targeted', () => {
    expect(
      targets(
        'The Kessa penal code punishes the rape of a person with a hearing impairment with life in prison.',
      ),
    ).not.toContain('health_disability');
  });
});
