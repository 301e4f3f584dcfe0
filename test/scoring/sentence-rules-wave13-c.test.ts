import { ForeignPlaces } from '../../scoring/foreign-places';
import { analyzeSentence } from '../../scoring/text-analyzer';
import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('killings: "execute" in its sense of carrying out a task is no killing', () => {
  it('when a ministry is in charge of the execution of criminal sanctions, killings are not asserted', () => {
    expect(
      isAsserted(
        'In Varlen the execution of criminal sanctions falls to the two regional ministries.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when hackers executed a cyberattack on a news site, killings are not asserted', () => {
    expect(
      isAsserted(
        'The editors of Kestrel Daily said unknown hackers executed a cyberattack on their site in May.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when a clerk executed bank transactions for his employer, killings are not asserted', () => {
    expect(
      isAsserted(
        'Prosecutors said the clerk had executed dozens of bank transactions for the mayor in 2023.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the searches were reportedly executed on the instructions of the prosecutor, killings are not asserted', () => {
    expect(
      isAsserted(
        'In Tovel the searches were reportedly executed on the instructions of the prosecutor.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when an officer was jailed for overstepping his powers while on duty (the execution of an act of service), killings are not asserted', () => {
    expect(
      isAsserted(
        'A Kestrel court jailed a traffic officer for overstepping his powers during the execution of an act of service.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the execution of a soldier in the service of the state shocked residents, killings are still asserted', () => {
    expect(
      isAsserted(
        'In Kestrel the execution of a soldier in the service of the state shocked residents.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when soldiers executed villagers, killings are still asserted', () => {
    expect(
      isAsserted(
        'In March soldiers in Varlen executed four villagers accused of helping rebels.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when detainees were reportedly executed, killings are still asserted', () => {
    expect(
      isAsserted('Three detainees held at the Tovel base were reportedly executed in April.', 'killings'),
    ).toBe(true);
  });
});

describe('arbitrary detention: defendants are not human rights defenders, and holding people to press them is arbitrary', () => {
  it('when courts order house arrest so that defendants attend their hearings, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Courts in Varlen regularly ordered house arrest to make sure defendants attended their hearings.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police detain two rights defenders after a rally, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Varlen detained two rights defenders after a rally in May.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police detain shopkeepers to put pressure on their union, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        "Police in Varlen detained three shopkeepers to put pressure on the traders' union.",
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police detain defendants for evaluations a court ordered, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Varlen detained two defendants for mental evaluations ordered by the court.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('negation: suspects named right before their detention are its victims, not suspects of an abuse', () => {
  it('when no suspect is reported held incommunicado (suspects named right before the detention), arbitrary detention is negated', () => {
    expect(
      signalOf(
        'In Tovel, monitors had no reports of suspects detained incommunicado in 2023.',
        'arbitrary_detention',
      )?.status,
    ).toBe('negated');
  });

  it('when monitors reported suspects detained incommunicado for weeks, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Monitors in Tovel reported suspects detained incommunicado for weeks at a time.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

// The report is Dorvan's; Ostmark and Vale are its neighbours (invented countries).
const DORVAN = new ForeignPlaces(['Ostmark', 'Vale'], ['Dorvan']);
const refoulementIn = (sentence: string): string | undefined =>
  analyzeSentence(sentence, { reportYear: 2022, placesAbroad: DORVAN }).find(
    (s) => s.category === 'refoulement',
  )?.status;

describe('refoulement: another country that sends people back into this one is not this country returning them', () => {
  it('when soldiers tortured a man whom Ostmark had forcibly deported, refoulement is not asserted in Dorvan', () => {
    expect(
      refoulementIn(
        'Monitors said Dorvani soldiers tortured a man whom Ostmark had forcibly deported in May.',
      ),
    ).not.toBe('asserted');
  });

  it('when Ostmark began returning migrants to Dorvan, refoulement is not asserted in Dorvan', () => {
    expect(
      refoulementIn(
        'When Ostmark began returning the migrants to Dorvan, rights groups warned that they faced abuse.',
      ),
    ).not.toBe('asserted');
  });

  it('when Dorvan began returning migrants to Ostmark, where they faced abuse, refoulement is still asserted', () => {
    expect(
      refoulementIn(
        'In March border guards began returning migrants to Ostmark, where they faced abuse in camps.',
      ),
    ).toBe('asserted');
  });

  it('when a man was forcibly deported to Vale, where he faced torture, refoulement is still asserted', () => {
    expect(
      refoulementIn(
        'Monitors said Dorvani police forcibly deported a man to Vale, where he faced torture, in May.',
      ),
    ).toBe('asserted');
  });
});

describe('disappearance: samples or income that vanish are no person taken', () => {
  it('when the blood samples of a dead inmate disappeared from the laboratory, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'Officials in Tovel said the blood samples of the dead inmate had disappeared from the laboratory.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it("when displaced families' earnings almost disappeared, disappearance is not asserted", () => {
    expect(
      isAsserted(
        'In Tovel the earnings of displaced families had almost disappeared during the lockdown.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when two union organisers disappeared after their arrest, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'In Tovel two union organisers whose wages had gone unpaid disappeared after police arrested them.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('negation: pretrial detention that did not usually equal the maximum sentence is denied', () => {
  it('when pretrial detention in Vale did not usually equal or exceed the longest sentence, arbitrary detention is negated', () => {
    expect(
      signalOf(
        'In Vale, time in pretrial detention did not usually equal or exceed the longest sentence for the offence charged.',
        'arbitrary_detention',
      )?.status,
    ).toBe('negated');
  });

  it('when pretrial detention in Vale often equalled the longest sentence, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In Vale, time in pretrial detention often equalled or exceeded the longest sentence for the offence charged.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: house arrest named as an alternative to prison is a lawful measure', () => {
  it('when the alternative judges used most was house arrest without electronic tags, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Vale the alternative judges used most often was house arrest, with or without electronic tags.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when alternatives such as community work or house arrest cut prison crowding, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Vale more use of alternatives (for instance, community work or house arrest) eased overcrowding in jails.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police held an opposition leader under house arrest without charge, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In Vale police held an opposition leader under house arrest for months without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('detention conditions: crowding and care in homes, polling stations or foster care are not conditions of detention', () => {
  it('when many dwellings of returnees were overcrowded, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'In Vale many dwellings of returnee families were overcrowded and lacked running water.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when observers saw frequent overcrowding during polling, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Observers said polling in Vale was orderly, though they saw frequent overcrowding and long queues.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when children placed in foster care have little access to their language, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Monitors said dozens of minority children in Vale, placed in foster care, had very limited access to their language.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when the remand prison was overcrowded and inmates could not take part in voting, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'The Vale remand prison was badly overcrowded, and inmates could not take part in voting.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});
