import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('a court finding about an abuse the sentence does not date asserts nothing for the year', () => {
  it('when a regional court found that officers questioned a man with no lawyer present, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'In April the Tovel regional court found that officers questioned Arno Pelk without a lawyer present.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:finding');
  });

  it('when an appeals court confirmed an earlier ruling that two mayors had been held illegally, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The Dorvan appeals court confirmed the lower court’s ruling that two former mayors had been detained illegally.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the tribunal concluded that guards had beaten an inmate, torture is not asserted', () => {
    expect(
      isAsserted(
        'In June the Kestrel tribunal concluded that guards had beaten an inmate at Marl prison.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when the finding dates the beating to a month of the year, torture is still asserted', () => {
    expect(
      isAsserted(
        'The Kestrel tribunal concluded that guards beat an inmate at Marl prison on March 4.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the court found that the practice continued, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'A Tovel court found that the prison continued to hold inmates in severely overcrowded cells.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a court ruled to extend a detention without charge, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'The Dorvan court ruled to extend the detention of Lina Varo without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when an NGO rather than a court found that officers beat detainees, torture is still asserted', () => {
    expect(
      isAsserted('The Marl Rights Forum found that officers beat detainees in two stations.', 'torture'),
    ).toBe(true);
  });
});

describe("arbitrary detention: a run-in heading's words do not say how an arrest under it was made", () => {
  it('when assaults reported under a "Violence and Harassment" heading led to arrests, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Violence and Harassment: Several assaults on Tovel residents were reported, a few of which led to arrests.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when a heading names members of the press and police held a man after a brawl, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Press Freedom and Members of the Press: Police in Marl arrested a man in May after a street brawl.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the heading files the arrest under "Arbitrary Arrest", arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Arbitrary Arrest: Police in Kestrel arrested a retired teacher in May.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the sentence under the heading says activists were arrested, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Violence and Harassment: Police arrested dozens of activists in Marl.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('a "however" set off by commas after a short subject does not cut the clause', () => {
  it('when pretrial detention in a town, however, rarely went past the longest sentence, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Pretrial detention in Tovel, however, rarely exceeded the longest sentence the charge carried.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('negated');
  });

  it('when pretrial detention, however, often went past the longest sentence, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Pretrial detention, however, often exceeded the longest sentence the charge carried.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: an arrest that the speakers welcome or praise is the holding of culprits', () => {
  it('when members of a community welcomed the arrests, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Members of the Tovel community welcomed the arrests but asked judges to hear cases of assault faster.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:approved-arrest');
  });

  it('when council members praised the quick arrest of two arsonists, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Members of the Marl council praised the quick arrest of two arsonists.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when party members welcomed the arrests of peaceful protesters, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Party members welcomed the arrests of dozens of peaceful protesters in Marl.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when rights groups condemned the arrests of community members, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Rights groups condemned the arrests of members of the Tovel community.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('a harm that names a kind of threat was threatened, not done', () => {
  it('when a presenter received death, torture, and rape threats, torture is not asserted', () => {
    const s = signalOf(
      'In March, a Tovel radio presenter received anonymous death, torture, and rape threats after the broadcast.',
      'torture',
    );
    expect(s?.status).toBe('hypothetical');
  });

  it('when a presenter received death, torture, and rape threats, killings are not asserted', () => {
    expect(
      isAsserted(
        'In March, a Tovel radio presenter received anonymous death, torture, and rape threats after the broadcast.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when police subjected detainees to torture and threats, torture is still asserted', () => {
    expect(
      isAsserted('In Marl, police subjected detainees to torture and threats during questioning.', 'torture'),
    ).toBe(true);
  });
});

describe('political prisoners: a court order to compensate someone for false charges looks back on them', () => {
  it('when an appeals court ordered prosecutors to compensate a woman for false charges, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'In October an appeals court in Tovel ordered the prosecution to compensate Mira Dane for false charges.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when police held a woman on false charges, political prisoners is still asserted', () => {
    expect(
      isAsserted('In October police in Tovel held Mira Dane on false charges.', 'political_prisoners'),
    ).toBe(true);
  });
});
