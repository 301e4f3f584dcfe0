import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('a roundup of people is a mass arrest', () => {
  it('when the governor regretted a police roundup of herders, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The governor later expressed regret over a police roundup of herders in Torvala and two villages nearby.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when soldiers carried out round-ups of young men, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Witnesses said soldiers carried out round-ups of young men at the Pellin market.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a ministry publishes a weekly news roundup, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The ministry of culture publishes a weekly news roundup of cultural events in Torvala.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('witnesses or relatives held beside the suspects are not suspected of anything', () => {
  it('when police routinely detained every suspect and witness of an offence, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In the northern districts officers routinely detained every suspect and witnesses of an offence.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police detained the relatives of wanted suspects to make them give up, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Officers in Marovin detained relatives of three suspects so that the men would give themselves up.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when police detained only the suspects of an offence, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In the northern districts officers detained two suspects of the bank robbery.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when witnesses only say that police arrested a driver, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('Witnesses said police arrested a lorry driver near Marovin.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('a detention told as a span of weeks, months or years is itself the abuse', () => {
  it('when investigators kept detainees for months or even years in custody, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Investigators in Halvar kept some detainees for months or even years in investigative custody.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when detainees remained in police cells for long periods before transfer, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Lawyers said some detainees remained in district police cells for long periods before any transfer to a jail.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when inmates were held in isolation for extended periods, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Former inmates of Halvar jail said guards held them in isolation for extended periods.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when a court sentenced a man to years in prison, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'A district court in Halvar sentenced the smuggler to six years in prison.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('delays before trial of people in custody are prolonged detention', () => {
  it('when jailed organisers were refused bail and suffered long trial delays, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The jailed union organisers complained that they were refused bail and suffered long trial delays.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when trial delays clog civil courts and nobody is held, arbitrary detention is not asserted', () => {
    expect(isAsserted('Long trial delays clogged the civil courts of Verimar.', 'arbitrary_detention')).toBe(
      false,
    );
  });

  it('when delays between arrest and trial stretched to years, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In Verimar, delays between arrest and trial often stretched to several years.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the law caps the delay between arrest and trial, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The code of Verimar caps the delay between arrest and trial at 90 days.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when poor training of magistrates led to lengthy pretrial detention, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In Verimar, too few clerks and poor training of magistrates led to lengthy pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a ministry trains magistrates on lengthy pretrial detention, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The ministry held a training for magistrates in Verimar on lengthy pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('imprisonment decided regardless of trial, or with trials dispensed with, is detention without trial', () => {
  it('when former guards said the security bureau sent people to labour camps regardless of trial, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Former guards told researchers that internment in the Orlan labour camps was ordered by the security bureau alone, regardless of trial.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the police ministry dispensed with trials and sent prisoners to the camps, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The police ministry of Orlan dispensed with trials in sedition cases and sent prisoners straight to the camps.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a party ignored a trial outcome and nobody is held, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The ruling party in Orlan ran its campaign regardless of trial results.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('holding migrants for a removal that has no reasonable prospect is detention without a lawful purpose', () => {
  it('when migrants were kept in detention although there was no reasonable prospect of their removal, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The Vetrani ombudsman said migrants were kept in detention in Dorsk while no reasonable prospect of their removal existed.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when there is no realistic prospect of removal for families who are not held, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Lawyers said there was no realistic prospect of removal for the three Vetrani families.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
