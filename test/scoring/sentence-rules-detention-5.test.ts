import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('immunity from arrest is a legal protection, not an arrest', () => {
  it('when an amendment gives officials immunity from arrest, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In May changes to the Auditor Act gave the auditor and some other senior officials immunity from civil suits and arrest without the prior approval of the senate.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when police arrest an official despite his immunity, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police arbitrarily arrested the deputy mayor in July although he held immunity as a council member.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('the maximum length of detention is a limit, not a detention', () => {
  it('when a sentence states the maximum term of pretrial detention, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('The present maximum length of pretrial detention is nine months.', 'arbitrary_detention'),
    ).toBe(false);
  });

  it('near miss: when detainees spend years in pretrial detention, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Many remand prisoners spent years in pretrial detention before their cases were heard.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('detention that did not exceed a limit is denied', () => {
  it('when time held before trial stayed within the maximum sentence, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The duration of pretrial detention usually did not exceed the maximum sentence for any alleged offence.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when pretrial detention often lasted years, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Pretrial detention often lasted two years or more for defendants accused of theft.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('detention based on political affiliation or beliefs is political imprisonment', () => {
  it('when groups say police detained their members based on political beliefs, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'Several tribal associations said the gendarmerie jailed their members based on their political affiliation.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when a party selects candidates based on political affiliation, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The electoral board assigned polling staff based on political affiliation.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('arrests of political figures and counterdemonstrators are political detentions', () => {
  it('when media report the arrest of political figures, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'In October newspapers reported the arrest of several political figures and councillors, among them a well-known senator from the Green Coast alliance.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when police regularly detain counterdemonstrators, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'Gendarmes routinely detained counterprotesters who tried to interrupt the parades.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when political leaders meet the police chief, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Political leaders from both parties met the police chief to discuss election security.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('a bare arrest that the clause classes as political is the political imprisonment, not a second abuse', () => {
  it('when a group lists people arrested over years as political prisoners, political prisoners is asserted and arbitrary detention is not', () => {
    const s =
      'A local monitoring group counted 95 persons arrested since 2015 as political prisoners, and many of them were ill.';
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
    expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
  });

  it('when evidence shows the political nature of the arrests, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Officials denied holding anyone for political reasons, although monitors cited the political nature of the arrests of union members.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when people were arrested on their way to a rally demanding that political prisoners be freed, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The two sisters had been arrested many times on their way to a rally to demand the release of political prisoners.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when political prisoners were detained without any lawful reason, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The panel found that many supposedly common convicts were political prisoners, detained without any lawful reason.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('a trial without counsel is a fair-trial matter, not a detention', () => {
  it('when defendants were tried and sentenced without a lawyer, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In fast-track hearings for people accused of breaking the curfew, defendants were tried and convicted without any defence lawyer.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when detainees were held for weeks without a lawyer, arbitrary detention is asserted', () => {
    expect(
      isAsserted('Gendarmes held the farmers for three weeks without a lawyer.', 'arbitrary_detention'),
    ).toBe(true);
  });
});

describe('"authorities to" is not "authorized to": a practice with authorities as actor is not a mandate', () => {
  it('when it was common for authorities to detain people with no explanation, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Each market day it was usual for authorities to detain, photograph, and later free traders with little or no justification for holding them.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the army has the authority to detain people without charge, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The army had the authority to hold civilians without charge in border camps.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when officers are authorized to detain people without charge, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Customs officers are authorized to hold travellers without charge for up to 12 hours.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('a pointer to several titled sections names them, it reports nothing', () => {
  it('when a sentence points to the sections on arbitrary arrest and on political prisoners, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The couple could not sell their flat, her brother said (see sections 2.a., Arbitrary Arrest and 2.c., Political Prisoners).',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('near miss: when an arrest comes well after a section pointer in the running text, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'After the rally (see section 2.b.) officers from the provincial riot unit later that night arbitrarily detained 40 students.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('monitors who did not report an abuse deny it', () => {
  it('when groups that monitor jails did not report political prisoners were treated worse, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Organizations that visit detention sites did not report political prisoners were handled differently from common inmates.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('near miss: when monitors report that political prisoners were treated worse, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'Associations that visit detention sites reported political prisoners were handled more harshly than common inmates.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});
