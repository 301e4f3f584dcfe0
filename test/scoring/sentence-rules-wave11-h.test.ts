import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('killings: what an anniversary, vigil or memorial marks is a past killing', () => {
  it('when dissidents are confined to their homes around the anniversary of a massacre, killings are not asserted', () => {
    const s = signalOf(
      'Officials in Tovel kept several dissidents confined to their homes around the anniversary of the Harbor Gate massacre.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:commemoration');
  });

  it('when a vigil honoring the people killed in a massacre is broken up, killings are not asserted', () => {
    expect(
      isAsserted(
        'Riot police in Kestrel broke up a candlelight vigil honoring the people killed in the Dorvan Bridge massacre.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when mourners are held at the anniversary of a massacre, the holding is still asserted as arbitrary detention', () => {
    expect(
      isAsserted(
        'Police in Tovel detained dozens of student activists who gathered on the anniversary of the Harbor Gate massacre.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a vigil mourns protesters the army killed in a month of the report year, killings are still asserted', () => {
    expect(
      isAsserted(
        'Police in Kestrel dispersed a vigil for the protesters soldiers killed in April.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when police kill mourners at a memorial, killings are still asserted', () => {
    expect(
      isAsserted(
        'In Dorvan, police shot and killed two mourners outside a memorial for a slain lawyer.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('a risk spans the items of the "including" list that spells it out', () => {
  it('when returnees face risks of persecution that include death in detention, detention conditions are not asserted', () => {
    const s = signalOf(
      'A Kestrel monitoring group said that families fleeing the fighting in Dorvan faced risks of reprisals by the army once they came back, including abduction, beatings, and death in detention.',
      'detention_conditions',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:risk');
  });

  it('when the list of risks ends in arbitrary arrest, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Deported students were at risk of mistreatment by Tovel border guards on their arrival home, including threats, beatings and arbitrary arrest.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the sentence goes on to say returnees died in detention, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'Returnees to Tovel faced risks of reprisals, including arrest; in March three returnees died in detention after guards denied them medical care.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});

describe('killings: a plot or conspiracy to kill is no killing', () => {
  it('when an official is said to have directed a plot to kill an exiled writer, killings are not asserted', () => {
    const s = signalOf(
      'Kestrel officials said a Tovel intelligence officer had directed a plot to kill an exiled writer living in Port Albery.',
      'killings',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:plot');
  });

  it('when soldiers conspired to kill a union leader, killings are not asserted', () => {
    expect(
      isAsserted('Two Dorvan army captains conspired to kill a union leader in Tovel.', 'killings'),
    ).toBe(false);
  });

  it('when the conspirators went on to shoot the victim dead, killings are still asserted', () => {
    expect(
      isAsserted(
        'In June two Dorvan army captains conspired to kill a union leader in Tovel and shot him dead at his home.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('court events: an offence named before "charges" with "for hire" or another offence between is a charge', () => {
  it('when prosecutors announce murder-for-hire charges against an official, killings are not asserted', () => {
    const s = signalOf(
      'In May Kestrel prosecutors announced murder-for-hire charges against a Tovel customs official.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:case');
  });

  it('when prosecutors file torture and abuse of office charges against guards, torture is not asserted', () => {
    expect(
      isAsserted(
        'Dorvan prosecutors filed torture and abuse of office charges against three prison guards.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when a count of killings stands beside a count of charges, killings are still asserted', () => {
    expect(
      isAsserted(
        'The Tovel bar association recorded 14 police killings and 3 charges during the year.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe("court events: a prosecutor's allegation is the case put at trial", () => {
  it('when a foreign prosecutor alleges officers tortured and killed a researcher, neither abuse is asserted', () => {
    const text =
      'A Kestrel prosecutor alleged that the Tovel officers had tortured and then killed the visiting researcher, press accounts said.';
    const killing = signalOf(text, 'killings');
    expect(killing?.status).toBe('historical');
    expect(killing?.reason).toBe('court_event:prosecution');
    expect(isAsserted(text, 'torture')).toBe(false);
  });

  it('when prosecutors contend guards beat an inmate, torture is not asserted', () => {
    expect(
      isAsserted('Dorvan prosecutors contended that two guards beat an inmate with metal rods.', 'torture'),
    ).toBe(false);
  });

  it('when prosecutors allege a beating to death they date to a month of the year, killings are still asserted', () => {
    expect(
      isAsserted(
        'Prosecutors in Tovel alleged that police beat a street vendor to death in August.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: holding people at politically sensitive times is no ordinary policing', () => {
  it('when residents are put under house arrest during sensitive periods, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Tovel authorities put many residents under house arrest during sensitive periods such as state visits and national holidays.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrest men suspected of theft, arbitrary detention is still not asserted', () => {
    expect(
      isAsserted('Tovel police arrested three men suspected of stealing cattle.', 'arbitrary_detention'),
    ).toBe(false);
  });
});
