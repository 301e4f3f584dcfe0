import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('political opponents are named by their party, their office and their cause', () => {
  test.each([
    ['a party member', 'Police detained four party members after the vote count in Morvale.'],
    ['a leader of a named party', 'Gunmen shot and killed a leader of the Green Harvest Party in Tolun.'],
    ['a capitalised party name before the role', 'Police arrested Green Harvest Party leader Amos Keld.'],
    ['a lawmaker', 'Soldiers beat an opposition-aligned lawmaker during the session.'],
    ['a politician', 'Unknown assailants abducted a local politician near Brask.'],
    ['a member of parliament', 'Police detained a member of parliament without a warrant.'],
    ['a human rights lawyer', 'Security agents arrested a human rights lawyer at her office.'],
    [
      'politically motivated abuse',
      'There were credible reports of politically motivated killings in the east.',
    ],
    ['a prodemocracy cause', 'The junta detained dozens of lawyers who defended prodemocracy cases.'],
    ['activism as the cause', 'Police beat the student because of his activism on campus.'],
    [
      'views opposed to the government',
      'Authorities arrested people who voiced views that opposed the government.',
    ],
  ])('%s', (_case, sentence) => {
    expect(targets(sentence)).toContain('political_opponent');
  });

  test.each([
    ['party members as the speakers', 'Party members reported that the vote count was slow in Morvale.'],
    ['the party as an institution with no harm', 'The Green Harvest Party held its congress in Tolun.'],
    [
      'a legislative election is not a legislator',
      'Security forces killed two men during the legislative election.',
    ],
    ['activity is not activism', 'Police arrested two men for drug activity in the port.'],
  ])('not %s', (_case, sentence) => {
    expect(targets(sentence)).not.toContain('political_opponent');
  });
});

describe('overlapping group words', () => {
  test('words naming two groups at once count for both', () => {
    const found = targets('Police arrested members of the Kurdish opposition party in the city.');
    expect(found).toEqual(expect.arrayContaining(['political_opponent', 'ethnic_minority']));
  });

  test('a term that holds an institution word is not cut off as an institution name', () => {
    expect(targets('Police arrested Green Harvest Party leader Amos Keld.')).toContain('political_opponent');
    // The near miss: a group word inside an institution's name still names the institution.
    expect(targets('Police raided the offices of the Refugee Rights Clinic in March.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('a possessive group owns the noun that follows; it does not speak', () => {
  test('the protesters’ demands do not make the protesters the speakers', () => {
    expect(
      targets('Soldiers killed two people after the demonstrators’ demands for clean water in Velta.'),
    ).toContain('political_opponent');
  });

  test('the near miss: protesters who demand something are the speakers', () => {
    expect(targets('Demonstrators demanded that police release the men detained in Velta.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('women and girls are named by words for women, not by the word rape', () => {
  test('a list of abuses that includes rape does not name women as the target', () => {
    expect(
      targets('Militias committed killings, rape, and torture against gay men in the north.'),
    ).not.toContain('women_girls');
  });

  test('rape of women named as such counts', () => {
    expect(targets('Soldiers raped women in the villages of the Orvan valley.')).toContain('women_girls');
  });
});

describe('an arrest or prosecution alone does not make women a target', () => {
  test('a woman convicted with others is not a target of gender-based violence', () => {
    expect(targets('Mira Talben, the only woman among the accused, was convicted of fraud.')).not.toContain(
      'women_girls',
    );
  });

  test('the near miss: violence against a woman still counts', () => {
    expect(targets('Police officers beat a woman at a checkpoint near Velta.')).toContain('women_girls');
  });
});

describe('people with health needs or disabilities are the target of an abuse or of denied care', () => {
  test('a heart attack is not an attack on inmates with HIV', () => {
    expect(
      targets('Six inmates died in custody in Velta: three of heart attacks and three of HIV.'),
    ).not.toContain('health_disability');
    expect(targets('Guards attacked inmates with HIV in the prison clinic.')).toContain('health_disability');
  });

  test('a lack of anything but care is not denied care', () => {
    expect(targets('Persons with disabilities protested against the lack of jobs in Velta.')).not.toContain(
      'health_disability',
    );
    expect(targets('Prisoners with disabilities lacked adequate medical care.')).toContain(
      'health_disability',
    );
  });

  test('illness caused by conditions does not name people with a health need', () => {
    expect(targets('Overcrowding in the Velta jail led to illness among inmates.')).not.toContain(
      'health_disability',
    );
    expect(targets('Guards denied medical care to sick prisoners in Velta.')).toContain('health_disability');
  });
});

describe('religious minorities are named as believers, not as institutions', () => {
  test('a church names a building or an institution, not its believers', () => {
    expect(
      targets('Police detained members of the Velta Reformed Church after a march in the capital.'),
    ).not.toContain('religious_minority');
    expect(targets('Police detained Christians after a march in the capital.')).toContain(
      'religious_minority',
    );
  });

  test('a religion word inside the name of a league is part of an institution name', () => {
    expect(
      targets('Authorities arrested the president of the Velta Muslim League on fraud charges.'),
    ).not.toContain('religious_minority');
    expect(targets('Authorities arrested three Muslim clerics without charge.')).toContain(
      'religious_minority',
    );
  });

  test('both spellings of Yazidi name the group', () => {
    expect(targets('Militants abducted dozens of Yezidi villagers in the north.')).toContain(
      'religious_minority',
    );
    expect(targets('Yezidi elders met the governor in the north.')).not.toContain('religious_minority');
  });
});

describe('restrictions on travel are a harm aimed at political opponents', () => {
  test('a state that prevents activists from travelling abroad targets them', () => {
    expect(
      targets('The government kept restrictions preventing foreign travel of opposition activists.'),
    ).toContain('political_opponent');
  });

  test('the near miss: travel of activists with no restriction is no harm', () => {
    expect(targets('Opposition activists travelled abroad to attend a conference in Velta.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('civil society observers who report are the source, not the target', () => {
  test('observers reporting arrests of others do not make civil society a target', () => {
    expect(
      targets('Civil society observers reported a rise in arbitrary arrests of street vendors.'),
    ).not.toContain('political_opponent');
  });

  test('the near miss: arrests of civil society members count', () => {
    expect(targets('Police arbitrarily arrested civil society members in Velta.')).toContain(
      'political_opponent',
    );
  });
});

describe('nationalists of an ethnic group are people, not an armed actor', () => {
  test('killings of Baloch nationalists target the ethnic group', () => {
    expect(targets('Security forces killed three Baloch nationalists near Dorvan in May.')).toContain(
      'ethnic_minority',
    );
  });

  test('the near miss: an ethnic word before militants still names the armed actor', () => {
    expect(targets('Baloch militants killed three soldiers near Dorvan in May.')).not.toContain(
      'ethnic_minority',
    );
  });
});

describe('prisoners of conscience are political opponents', () => {
  test('holding prisoners of conscience targets political opponents', () => {
    expect(targets('Authorities continued to hold at least 40 prisoners of conscience in Velta.')).toContain(
      'political_opponent',
    );
  });

  test('the near miss: ordinary prisoners are not', () => {
    expect(targets('Authorities continued to hold at least 40 prisoners in Velta.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('a press release is a document, not the press', () => {
  test('a press release about killings does not make journalists a target', () => {
    expect(
      targets('The commission issued a press release saying soldiers killed protesters in Dorvan.'),
    ).not.toContain('journalist');
  });

  test('the near miss: killings of members of the press count', () => {
    expect(targets('Soldiers killed two members of the press in Dorvan.')).toContain('journalist');
  });
});

describe('female circumcision is female genital mutilation', () => {
  test('circumcision of girls is a harm aimed at women and girls', () => {
    expect(
      targets('Traditional practitioners circumcised hundreds of girls in the Dorvan region.'),
    ).toContain('women_girls');
  });

  test('the near miss: circumcision with no woman or girl named does not count for them', () => {
    expect(targets('Clinics in Dorvan offered circumcision to adult men.')).not.toContain('women_girls');
  });
});

describe('protection against removal is not removal', () => {
  test('permits that protect refugees against return do not make them a target', () => {
    expect(
      targets('The agency granted refugees residence permits that protect them against return.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('the near miss: deporting asylum seekers counts', () => {
    expect(targets('Authorities deported 40 asylum seekers from Velta in March.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('people punished for what they wrote or posted are critics', () => {
  test('an arrest for posting comments targets a critic', () => {
    expect(targets('Police arrested a teacher in Velta for posting comments about the governor.')).toContain(
      'political_opponent',
    );
  });

  test('the near miss: an arrest for theft does not', () => {
    expect(targets('Police arrested a teacher in Velta for stealing school funds.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('political parties, political figures and strikers are political opponents', () => {
  test.each([
    [
      'offices and candidates of political parties',
      'Gunmen attacked political party offices and candidates in Dorvan.',
    ],
    ['political figures', 'Insurgents killed two political figures near Velta in April.'],
    ['strikers', 'Soldiers beat strikers outside the Velta cement plant.'],
  ])('%s', (_case, sentence) => {
    expect(targets(sentence)).toContain('political_opponent');
  });

  test('the near miss: a political party with no harm aimed at it', () => {
    expect(targets('Four political parties registered for the Velta elections.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('media workers are named by their trade, not only as journalists', () => {
  test.each([
    ['a radio commentator', 'Unknown gunmen killed a radio commentator in Orvan City in May.'],
    ['a columnist and publisher', 'Assailants killed a columnist and publisher outside his home in Tolun.'],
    ['a documentary filmmaker', 'Soldiers arrested a documentary filmmaker at his home in Brask.'],
  ])('%s', (_case, sentence) => {
    expect(targets(sentence)).toContain('journalist');
  });

  test('the near miss: a publisher who speaks is the source', () => {
    expect(targets('The publisher reported that soldiers killed two farmers in Brask.')).not.toContain(
      'journalist',
    );
  });
});

describe('Sikhs are a religious minority', () => {
  test('killing a Sikh shopkeeper targets a religious minority', () => {
    expect(targets('Gunmen shot and killed a Sikh shopkeeper in Dorvan in June.')).toContain(
      'religious_minority',
    );
  });

  test('the near miss: Sikh elders who meet officials are not targeted', () => {
    expect(targets('Sikh elders met the governor in Dorvan in June.')).not.toContain('religious_minority');
  });
});

describe('people punished for their politics or for protesting are political opponents', () => {
  test.each([
    ['lawyers of political cases', 'Police arrested four lawyers handling political cases in Velta.'],
    ['detention for political reasons', 'Authorities detained a teacher in Brask for political reasons.'],
    ['people arrested while protesting', 'Police arrested 30 students protesting fee increases in Tolun.'],
    ['rights advocates', 'Unknown men abducted two human rights advocates near Dorvan.'],
  ])('%s', (_case, sentence) => {
    expect(targets(sentence)).toContain('political_opponent');
  });

  test('the near miss: political cases with no harm aimed at anyone', () => {
    expect(targets('The tribunal reviewed 30 political cases during the year.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('an event that protests is not people protesting', () => {
  test('a vigil protesting killings does not make protesters the target', () => {
    expect(targets('Families held a vigil protesting killings of farmers in Brask.')).not.toContain(
      'political_opponent',
    );
  });

  test('the near miss: people protesting who are beaten are the target', () => {
    expect(targets('Police beat residents protesting the new tax in Brask.')).toContain('political_opponent');
  });
});

describe('migration detention and migration enforcement name migrants', () => {
  test('overcrowded migration detention centers target migrants', () => {
    expect(
      targets('Migration detention centers in Velta were severely overcrowded during the year.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('the near miss: migration statistics with no harm', () => {
    expect(targets('Migration officials published new figures on arrivals in Velta.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('women counted beside men are a share of all victims, not a target as women', () => {
  test.each([
    [
      'numbers of women and men',
      'Of the 900 villagers abducted by the militia, 410 women and 490 men remained missing.',
    ],
    ['boys and girls', 'Boys and girls were kidnapped to work in the Dorvan quarries.'],
  ])('%s', (_case, sentence) => {
    expect(targets(sentence)).not.toContain('women_girls');
  });

  test('the near miss: a harm of their own still counts for women named beside men', () => {
    expect(targets('Soldiers raped women and men held at the Dorvan base.')).toContain('women_girls');
  });

  test('the near miss: women and children named without men still count', () => {
    expect(targets('Militants abducted women and children from the Dorvan market.')).toContain('women_girls');
  });
});

describe('killings by state agents or armed groups are not gender-based violence', () => {
  test('soldiers shooting women dead do not target them as women', () => {
    expect(targets('Soldiers shot dead three women at a checkpoint near Dorvan.')).not.toContain(
      'women_girls',
    );
  });

  test('the near miss: femicide still counts for women', () => {
    expect(targets('Femicide of women by their partners remained widespread in Dorvan.')).toContain(
      'women_girls',
    );
  });
});

describe('a party leader is named across the party acronym', () => {
  test('killing a party leader named with the acronym in brackets targets a political opponent', () => {
    expect(targets('Gunmen killed Velta Unity Party (VUP) leader Amos Keld in Brask.')).toContain(
      'political_opponent',
    );
  });

  test('the near miss: the party leader who speaks is the source', () => {
    expect(
      targets('Velta Unity Party (VUP) leader Amos Keld said soldiers killed two farmers in Brask.'),
    ).not.toContain('political_opponent');
  });
});

describe('denied care counts for people named apart from the care they lack', () => {
  test('people with disabilities denied treatment are the target', () => {
    expect(
      targets('Patients with mental disabilities in the Velta hospital were denied treatment.'),
    ).toContain('health_disability');
  });

  test('the near miss: a shortage of care with no one named apart from it', () => {
    expect(targets('Many rural clinics in Dorvan lacked adequate medical care and staff.')).not.toContain(
      'health_disability',
    );
  });
});

describe('a harm inside a category cue the analyser found negated is negated too', () => {
  test('not forcibly returning asylum seekers does not target them', () => {
    expect(
      targets('Authorities did not forcibly return asylum seekers to Dorvan during the year.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('the near miss: forcibly returning asylum seekers targets them', () => {
    expect(
      targets('Authorities forcibly returned asylum seekers to Dorvan, where police detained them.'),
    ).toContain('migrant_asylum_seeker');
  });
});

describe('separatists, mobs and vigilantes of a group are the actor, not the target', () => {
  test('a mob named by its faith is the attacker', () => {
    expect(targets('A Christian mob attacked and beat two traders in Dorvan.')).not.toContain(
      'religious_minority',
    );
  });

  test('the near miss: a mob attacking people of a faith targets them', () => {
    expect(targets('A mob attacked and beat two Christian traders in Dorvan.')).toContain(
      'religious_minority',
    );
  });
});

describe('people of a named descent or people of color are an ethnic minority', () => {
  test.each([
    ['of a named descent', 'Police detained dozens of residents of Velan descent without warrants.'],
    ['people of color', 'Migration agents arbitrarily detained persons of color in Brask.'],
  ])('%s', (_case, sentence) => {
    expect(targets(sentence)).toContain('ethnic_minority');
  });

  test('the near miss: a descent with no harm aimed at it', () => {
    expect(targets('Many residents of Velan descent live in the capital.')).not.toContain('ethnic_minority');
  });
});

describe('representatives of a group who speak are the source', () => {
  test('civil society organization representatives who say something are not the target', () => {
    expect(
      targets('Civil society organization representatives said police beat detainees in Velta.'),
    ).not.toContain('political_opponent');
  });

  test('the near miss: representatives who are beaten are the target', () => {
    expect(targets('Police beat civil society organization representatives in Velta.')).toContain(
      'political_opponent',
    );
  });
});

describe('a group word inside the name of a law or plan names the law, not people', () => {
  test('a named inclusion plan does not make the group a target', () => {
    expect(targets('The Roma Inclusion Plan was adopted after police beat two men in Velta.')).not.toContain(
      'ethnic_minority',
    );
  });

  test('the near miss: people of the group who are beaten are the target', () => {
    expect(targets('Police beat two Roma men in Velta.')).toContain('ethnic_minority');
  });
});

describe('a group spoken to after a reporting verb is the one told', () => {
  test('journalists the governor complained to are not the target', () => {
    expect(
      targets('The governor complained to journalists that rebels killed 20 villagers in Dorvan.'),
    ).not.toContain('journalist');
  });

  test('the near miss: journalists killed are the target', () => {
    expect(targets('Rebels killed two journalists near Dorvan in May.')).toContain('journalist');
  });
});
