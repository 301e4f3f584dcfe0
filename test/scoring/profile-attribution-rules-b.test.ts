import { targets } from './group-targets';
import { analyzeSentence } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('a group that tells of what was done to it is its target as well as the source', () => {
  test('when activists report being harassed, political opponents are targeted', () => {
    expect(targets('Activists reported being harassed by police after the vote in Varnel.')).toContain(
      'political_opponent',
    );
  });

  test('when a journalist reports he was detained, journalists are targeted', () => {
    expect(targets('A radio journalist said he was detained and beaten by police in March.')).toContain(
      'journalist',
    );
  });

  test('when activists report an abuse done to others, they are only the source', () => {
    expect(targets('Activists reported that police beat farmers in Varnel.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('those who watch and report are the source after "according to"', () => {
  test('"according to human rights activists" does not make activists the target', () => {
    expect(
      targets(
        'According to human rights activists and lawyers, police routinely beat detainees to force confessions.',
      ),
    ).not.toContain('political_opponent');
  });

  test('"according to the press" does not make the press the target', () => {
    expect(targets('According to the press, soldiers killed two herders near Osk.')).not.toContain(
      'journalist',
    );
  });

  test('victims who testify are still the target: "according to refugees, guards beat them"', () => {
    expect(targets('According to refugees held at the camp, guards beat them in May.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('a protest that a journalist or monitor covers does not make that person a protester', () => {
  test('a journalist arrested while covering an opposition rally is not a political opponent', () => {
    const found = targets('Police arrested a television reporter while he was covering an opposition rally.');
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });

  test('a man arrested while leading an opposition rally is a political opponent', () => {
    expect(targets('Police arrested a student while he was leading an opposition rally.')).toContain(
      'political_opponent',
    );
  });
});

describe('words for relations between communities name no targeted group', () => {
  test.each([
    ['ethnic tensions', 'Soldiers were involved in killings fuelled by long-standing ethnic tensions.'],
    [
      'an ethnically mixed area',
      'Militias carried out killings in ethnically and religiously mixed districts.',
    ],
    [
      'a list of adjectives ending in conflict',
      'Gunmen killed dozens in sectarian, ethnic, and tribal conflict.',
    ],
  ])('%s', (_case, sentence) => {
    const found = targets(sentence);
    expect(found).not.toContain('ethnic_minority');
    expect(found).not.toContain('religious_minority');
  });

  test('people of an ethnic minority killed by soldiers are targeted', () => {
    expect(targets('Soldiers killed 12 ethnic minority villagers near the river.')).toContain(
      'ethnic_minority',
    );
  });
});

describe('perpetrators are not the group their adjective names', () => {
  test('Hindu suspects indicted for a killing are not a targeted religious minority', () => {
    expect(targets('Prosecutors indicted three Hindu suspects for the killing of a trader.')).not.toContain(
      'religious_minority',
    );
  });

  test('Hindu pilgrims beaten by police are a targeted religious minority', () => {
    expect(targets('Police beat three Hindu pilgrims at a checkpoint in June.')).toContain(
      'religious_minority',
    );
  });
});

describe('migrants are named by pushbacks and by being deported', () => {
  test('pushbacks at the border target migrants', () => {
    expect(targets('Border guards carried out 900 pushbacks into the neighboring country.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('a figurative pushback against a policy names no migrants', () => {
    expect(targets('Local business groups voiced pushback against the new tax law.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });

  test('when the government summarily deported the strike organisers, migrants are targeted', () => {
    expect(targets('The government summarily deported the strike organizers in most cases.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('citizens deported from abroad are returnees, not migrants', () => {
    expect(
      targets('Citizens deported from abroad were questioned and detained at the airport.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('refugees apprehended by immigration officers are targeted', () => {
    expect(targets('Immigration officers apprehended 40 refugees near the border town of Kesh.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('no report that refugees were apprehended names no target', () => {
    expect(targets('There were no reports that police apprehended refugees outside the camp.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('a threat that is not a threat made against the group', () => {
  test('a life-threatening shortage is not a threat', () => {
    expect(targets('Refugees in the camp faced a life-threatening shortage of water.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });

  test('police who threatened refugees target them', () => {
    expect(targets('Police threatened refugees in the camp during the night.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('an employer who threatened a migrant worker is a private actor', () => {
    expect(targets('Her employer threatened a migrant worker with dismissal in April.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });

  test('a plan that posed a threat to a community is no threat made', () => {
    expect(targets('The zoning plan posed a serious threat to the Buddhist community.')).not.toContain(
      'religious_minority',
    );
  });

  test('officials who threatened a religious community target it', () => {
    expect(targets('Local officials threatened the Buddhist community in the valley.')).toContain(
      'religious_minority',
    );
  });

  test('an employer’s threat of deportation is neither a threat by the state nor a deportation', () => {
    expect(targets('An employer threatened the migrant workers with deportation.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });

  test('migrants who were deported to a country at war are targeted', () => {
    expect(
      targets(
        'Authorities deported migrants who lacked permits to a country at war, where they faced torture.',
      ),
    ).toContain('migrant_asylum_seeker');
  });
});

describe('protection against return is a safeguard, not a return', () => {
  const refoulement = (sentence: string) =>
    analyzeSentence(sentence, { reportYear: 2023 }).find((s) => s.category === 'refoulement')?.status;

  test('protection against the return of refugees asserts no refoulement', () => {
    const sentence =
      'The government offered some protection against the return of refugees to countries where they could face persecution.';
    expect(refoulement(sentence)).not.toBe('asserted');
    expect(targets(sentence)).not.toContain('migrant_asylum_seeker');
  });

  test('the return of refugees to countries where they faced persecution is refoulement', () => {
    const sentence = 'Police returned refugees to countries where they faced persecution.';
    expect(refoulement(sentence)).toBe('asserted');
    expect(targets(sentence)).toContain('migrant_asylum_seeker');
  });
});

describe('religious belief words name the religious group', () => {
  test('people imprisoned for their religious beliefs are a targeted religious minority', () => {
    expect(targets('Authorities imprisoned 40 people for their religious beliefs.')).toContain(
      'religious_minority',
    );
  });

  test('people imprisoned for their political beliefs are not a religious minority', () => {
    expect(targets('Authorities imprisoned 40 people for their political beliefs.')).not.toContain(
      'religious_minority',
    );
  });
});

describe('political opponents named by office and by protesting', () => {
  test.each([
    ['a party chairman', 'Police arrested Green Harvest Party chairman Tomas Ledo in Orun.'],
    ['a political blogger', 'Police beat a political blogger outside his home in Orun.'],
    ['people who protested', 'Soldiers shot and killed two farmers who protested the dam in Orun.'],
    [
      'human rights work as the cause',
      'Police detained Rema Sol for ten days because of her human rights work.',
    ],
  ])('%s', (_case, sentence) => {
    expect(targets(sentence)).toContain('political_opponent');
  });

  test.each([
    ['a bank chairman', 'Police arrested the bank chairman Tomas Ledo for fraud.'],
    ['a travel blogger', 'Police beat a travel blogger outside his home in Orun.'],
    ['farmers who farmed', 'Soldiers shot and killed two farmers who lived near the dam in Orun.'],
    [
      'construction work as the cause',
      'Police detained Rema Sol for ten days because of her construction work.',
    ],
  ])('not %s', (_case, sentence) => {
    expect(targets(sentence)).not.toContain('political_opponent');
  });
});

describe('press sources are the source', () => {
  test('press sources and contacts who estimate a toll are not a targeted press', () => {
    expect(
      targets('Press sources and contacts estimated that militias kidnapped 300 villagers.'),
    ).not.toContain('journalist');
  });

  test('members of the press kidnapped by militias are targeted', () => {
    expect(targets('Militias kidnapped three members of the press near Osk.')).toContain('journalist');
  });
});

describe('a denial of asylum is a harm aimed at asylum seekers', () => {
  test('when the government stopped granting refugee status, asylum seekers are targeted', () => {
    expect(targets('The agency stopped granting refugee status to asylum seekers from the north.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('when a ministry did not grant residency to those seeking asylum, they are targeted', () => {
    expect(targets('The interior ministry did not grant residency to asylum seekers in 2023.')).toContain(
      'migrant_asylum_seeker',
    );
  });

  test('when arrivals were unable to gain access to international protection, they are targeted', () => {
    expect(
      targets('Hundreds of arrivals were unable to gain access to international protection that year.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('when the government granted refugee status, no harm is asserted', () => {
    expect(targets('The agency granted refugee status to 300 asylum seekers from the north.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('journalism names journalists', () => {
  test('a man arrested for practising journalism without a licence is a targeted journalist', () => {
    expect(targets('Police arrested Dov Alin for practicing journalism without a license.')).toContain(
      'journalist',
    );
  });

  test('a man arrested for practising medicine without a licence is not a journalist', () => {
    expect(targets('Police arrested Dov Alin for practicing medicine without a license.')).not.toContain(
      'journalist',
    );
  });
});

describe('a run-in label names the topic of the whole sentence', () => {
  test('a group named by the label is targeted by an abuse in the text after it', () => {
    expect(
      targets('Abuse of Migrants and Refugees: Guards beat several detainees at the holding center in May.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('without the label, detainees beaten are not named as migrants', () => {
    expect(targets('Guards beat several detainees at the holding center in May.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('guidelines state a norm, like a law', () => {
  test('guidelines that allow asylum seekers to be detained assert no detention', () => {
    expect(
      targets('Ministry guidelines allow asylum seekers to be detained for up to four months.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('asylum seekers detained for four months are targeted', () => {
    expect(targets('Authorities detained asylum seekers for up to four months.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('a removal of migrants is read as a return abroad', () => {
  const refoulement = (sentence: string) =>
    analyzeSentence(sentence, { reportYear: 2023 }).find((s) => s.category === 'refoulement')?.status;

  test('a return that an agency advocated for has not happened', () => {
    const sentence = 'The UN agency advocated for the return of refugees to their home villages.';
    expect(refoulement(sentence)).not.toBe('asserted');
    expect(targets(sentence)).not.toContain('migrant_asylum_seeker');
  });

  test('a return that border police carried out has happened', () => {
    const sentence =
      'Border police carried out the return of refugees to a country where they faced persecution.';
    expect(refoulement(sentence)).toBe('asserted');
    expect(targets(sentence)).toContain('migrant_asylum_seeker');
  });

  test('a refugee’s deportation from another country was done there', () => {
    expect(
      targets('The refugee passed through the capital after his deportation from Veldra.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('a refugee’s deportation to another country was done here', () => {
    expect(targets('The refugee was held at the capital before his deportation to Veldra.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});
