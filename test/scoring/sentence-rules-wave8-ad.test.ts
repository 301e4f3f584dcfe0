import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('a pointer that goes on ", and section ..." to a second titled section names that section', () => {
  it('when a pointer lists a conditions section and then ", and section 1.d., Arbitrary Arrest", arbitrary detention is not asserted', () => {
    const sentence =
      'Guards in Tarsk beat several of the women (see section 1.c., Prison Conditions, Physical Conditions, and section 1.e., Arbitrary Arrest).';
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(sentence, 'torture')).toBe(true);
  });

  it('near miss: when the pointer closes and the sentence goes on ", and arbitrarily detained", arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Guards in Tarsk beat the women (see section 1.c.), and police arbitrarily detained their brothers.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('a time limit on holding people that was often exceeded is detention beyond legal limits', () => {
  it('when lawyers said the three-day time limit frequently was exceeded, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Lawyers in Brevik said the three-day time limit frequently was exceeded in cases the police cared about.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a budget limit was exceeded, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Auditors found the ministry budget limit was exceeded in two regions.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when the 48-hour limit was never exceeded, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('Monitors in Brevik found the 48-hour limit was never exceeded.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('"earlier in the year" after a past year names a time in that past year', () => {
  it('when a sentence opens "In October 2021" and cites strikes earlier in the year, an arrest in it is not asserted for 2022', () => {
    expect(
      isAsserted(
        'In October 2021, after two strikes by dock workers earlier in the year, police in Halvo arrested four union organisers without a warrant.',
        'arbitrary_detention',
        2022,
      ),
    ).toBe(false);
  });

  it('near miss: when the sentence opens "In October" with no year, the arrest earlier in the year is asserted', () => {
    expect(
      isAsserted(
        'In October, after two strikes by dock workers earlier in the year, police in Halvo arrested four union organisers without a warrant.',
        'arbitrary_detention',
        2022,
      ),
    ).toBe(true);
  });

  it('near miss: when the year named is the report year, the arrest is asserted', () => {
    expect(
      isAsserted(
        'In October 2022, after two strikes by dock workers earlier in the year, police in Halvo arrested four union organisers without a warrant.',
        'arbitrary_detention',
        2022,
      ),
    ).toBe(true);
  });
});

describe('pretrial detention said to be extensive or protracted is prolonged pretrial detention', () => {
  it('when provincial police kept people in pretrial detention for extensive spells, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Provincial police in Marrow also kept people in extensive pretrial detention spells.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when protracted pretrial detention was common, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Protracted pretrial detention was common in Marrow owing to missing case files.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when visits to persons in pretrial detention were restricted, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Guards in Marrow restricted family visits to persons in pretrial detention during the outbreak.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('the trial that people in pretrial detention still wait for is not a court event about their detention', () => {
  it('when backlogs denied speedy trials and kept defendants in pretrial detention for long periods, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Staff shortages in Orvel caused backlogs that denied speedy trials to most defendants and kept some in pretrial detention for long periods.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a judge may send a suspect to pretrial detention to await trial, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'A judge in Orvel may order a suspect held in pretrial detention to await trial or released on bail.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('pretrial detention drawn out by delays is prolonged pretrial detention', () => {
  it('when pretrial detention in Orvel grew long because of delayed investigations, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Stretched pretrial detention in Orvel often resulted from delayed investigations and missing case files.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when persons in pretrial detention were moved to a new wing, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The prison service in Orvel moved persons in pretrial detention to a new wing.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('an arrest over what someone wrote or shared on a social network is not ordinary policing', () => {
  it('when police arrested a teacher after she forwarded a WhatsApp voice message about the governor, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police in Kelmar arrested a teacher after she forwarded a WhatsApp voice message about the governor.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when police arrested two men suspected of robbing a woman they met on Facebook, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Kelmar arrested two men suspected of robbing a woman they met on Facebook.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('overcrowding told in another clause is a prison condition, not a mark of arbitrary pretrial detention', () => {
  it('when fewer people were in pretrial detention but overcrowding remained, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Although the ministry in Dunmar cut the number of persons in pretrial detention, overcrowding in the jails remained severe.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when pretrial detention itself remained lengthy in the second clause, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Although the ministry in Dunmar opened two courts, pretrial detention remained lengthy.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('"authorities" is the state acting, not a law that authorizes', () => {
  it('when authorities arrested opposition supporters before a legislative vote, arbitrary and political detention are asserted', () => {
    const sentence =
      'Before the legislative vote in Pelm, authorities arrested dozens of opposition supporters.';
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(true);
    expect(isAsserted(sentence, 'political_prisoners')).toBe(true);
  });

  it('near miss: when the law authorizes police to detain suspects for two days, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Pelm the law authorizes police to detain suspects without charge for two days.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when a decree authorized the army to hold people without charge, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'A decree in Pelm authorized the army to hold people without charge.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('a political-prisoner label on other people does not class the arrest the sentence reports', () => {
  it('when police detained six marchers at a rally about the plight of political prisoners, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police in Voska detained six marchers at a rally about the plight of political prisoners.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a cousin bringing food to a political prisoner was detained at the jail for four days, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In June a cousin bringing food to a political prisoner was detained at Voska jail for four days.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when police detained political prisoners in a remote camp, the label classes the held and arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Voska often detained political prisoners in a remote camp.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('the suspects of a norm that practice departed from are anyone arrested, not crime suspects', () => {
  it('when the law gives lawyers access to suspects from arrest but this was not regularly observed, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'By law, defence lawyers in Ostrel are entitled to see suspects from the start of their arrest; this provision, however, was not regularly observed.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the law gives lawyers access to suspects from arrest and nothing says it was breached, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'By law, defence lawyers in Ostrel are entitled to see suspects from the start of their arrest.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
