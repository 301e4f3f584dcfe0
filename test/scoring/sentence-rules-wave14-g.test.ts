import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('disappearance: a fate still withheld keeps a disappearance of an earlier era going', () => {
  it('when the fate of people who vanished in a 1990s conflict remained unknown, disappearance is asserted', () => {
    expect(
      isAsserted(
        'In Tovel the fate of many people who disappeared in the 1994-1999 civil war remained unknown.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when people who vanished in a 1990s conflict were later found alive, disappearance is not asserted', () => {
    const s = signalOf(
      'Many people who disappeared in the 1994-1999 civil war in Tovel were later found alive.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
  });

  it('when the ministry had not given families information on the whereabouts of people taken in the conflict era, disappearance is asserted', () => {
    expect(
      isAsserted(
        'By November the ministry had not prosecuted any officer for conflict-era disappearances in Kestrel, nor had it given families information on the whereabouts of persons the commission listed.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when the ministry only asked for information on the whereabouts of people taken in the conflict era, disappearance is not asserted', () => {
    const s = signalOf(
      'By November the ministry had not prosecuted any officer for conflict-era disappearances in Kestrel, and it asked for information on the whereabouts of persons the commission listed.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:civil-war');
  });
});

describe('any category: a count kept since a month of an earlier year runs into the report year', () => {
  it('when a league counted killings since March 2019, killings are asserted', () => {
    expect(
      isAsserted(
        'Since March 2019 the Tovel rights league counted at least 40 killings by soldiers at rallies and strikes.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when a league counted killings in March 2019, killings are not asserted', () => {
    const s = signalOf(
      'In March 2019 the Tovel rights league counted at least 40 killings by soldiers at rallies and strikes.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-year');
  });
});

describe('any category: a past year whose span runs on ("and beyond", "onward") does not date the act before the report year', () => {
  it('when a panel raised abuses of the 2019 border clashes and beyond, including torture, torture is asserted', () => {
    expect(
      isAsserted(
        'In May a UN panel voiced concern over reports of abuses committed during the 2019 border clashes and beyond by Tovel soldiers against captured fighters, including torture and arbitrary detention.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when a panel raised abuses of the 2019 border clashes only, including torture, torture is not asserted', () => {
    const s = signalOf(
      'In May a UN panel voiced concern over reports of abuses committed during the 2019 border clashes by Tovel soldiers against captured fighters, including torture and arbitrary detention.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-year');
  });
});

describe('arbitrary detention and political prisoners: people arrested in an earlier year who are still held are held in the report year', () => {
  it('when students arrested at 2019 rallies were still being held, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'A local monitor said in June that dozens of students arrested during Tovel rallies in 2019 were still being held at the central prison.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when students arrested at 2019 rallies were freed, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'A local monitor said in June that dozens of students arrested during Tovel rallies in 2019 were freed from the central prison.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('historical');
  });

  it('when a man was detained in 2017 and it is his brother who remained missing, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'A monitor wrote about a trader who was arbitrarily detained by militiamen for three weeks in 2017 and whose brother remained missing.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-year-after');
  });
});

describe('torture: complaints a body received are allegations, whatever inquiry they led to', () => {
  it('when an oversight office received complaints of police abuse that led to investigations, torture is asserted', () => {
    expect(
      isAsserted(
        'The Kestrel police oversight office received complaints of police abuse that led to several investigations of officers.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when complaints of police abuse are only said to have led to investigations, torture is not asserted', () => {
    const s = signalOf(
      'Several complaints of police abuse in Kestrel led to investigations of officers.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:investigation');
  });
});
