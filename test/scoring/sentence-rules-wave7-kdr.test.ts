import { isAsserted, signalOf, statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('disappearance: "if not" that means "or even" is no condition', () => {
  it('when unnotified arrests amount to incommunicado detention if not enforced disappearance, disappearance is asserted', () => {
    expect(
      isAsserted(
        'Police in Corvath seldom told families where detainees were kept, amounting to incommunicado custody if not enforced disappearance.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when an enforced disappearance is only threatened for those who do not comply, it stays not asserted', () => {
    expect(
      isAsserted(
        'The governor warned that critics would face enforced disappearance if they did not stop posting.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when a law says what happens if a detainee is not charged, no disappearance is asserted', () => {
    expect(
      statusOf(
        'The code states that if not charged within two days, a suspect held in secret detention must be freed.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });
});

describe('killings: deaths at work are occupational safety figures', () => {
  it('when inspectors count workplace fatalities on building sites, killings are not asserted', () => {
    const s = signalOf(
      'Labour inspectors counted 41 workplace fatalities over the year, most of them on building sites.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:workplace');
  });

  it('when hazardous jobs in the fishing industry lead to fatalities, killings are not asserted', () => {
    expect(
      isAsserted(
        'Hazardous work in the fishing industry of Lurenza caused fatalities that no agency recorded.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when rebels kill miners in the mining sector, killings are still asserted', () => {
    expect(
      isAsserted(
        'Rebels of the Dovar front killed nine miners working in the mining sector near Ulm.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when police kill striking workers of the construction sector, killings are still asserted', () => {
    expect(
      isAsserted(
        'Police shot dead two striking workers of the construction sector in Belcastro.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('killings and torture: suspects held in custody are detainees, not suspects of the abuse', () => {
  it('when suspects in custody are said to be dying as a result of mistreatment by guards, killings are asserted', () => {
    expect(
      isAsserted(
        'Monitors in Arvano heard that suspects in custody kept dying as a result of mistreatment by guards.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when suspects in detention are said to be beaten by interrogators, torture is asserted', () => {
    expect(
      isAsserted('Lawyers said suspects in detention were beaten by interrogators in Kelmar.', 'torture'),
    ).toBe(true);
  });

  it('when a man is a suspect in the killing of a trader, killings are still not asserted', () => {
    expect(
      isAsserted('Police in Tovar held a farmer as a suspect in the killing of a trader.', 'killings'),
    ).toBe(false);
  });
});

describe('killings: force that resulted in many deaths', () => {
  it('when soldiers used force that resulted in numerous deaths, killings are asserted', () => {
    expect(
      isAsserted(
        'Observers said reckless fire by soldiers at the Pell checkpoint resulted in numerous deaths among travellers.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when a heat wave resulted in many deaths with no agent named, killings are not asserted', () => {
    expect(
      isAsserted(
        'A long heat wave in the Sorrin valley resulted in many deaths among the elderly.',
        'killings',
      ),
    ).toBe(false);
  });
});

describe('killings: a death whose circumstances come between "died" and "in police custody"', () => {
  it('when a trader died under disputed circumstances in police custody, killings are asserted', () => {
    expect(
      isAsserted(
        'Relatives said a trader from Ferro died under disputed circumstances in police custody in April.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when officials say no detainee died unexpectedly in police custody, killings are not asserted', () => {
    expect(
      isAsserted(
        'Officials said no detainee died unexpectedly in police custody in Ferro that year.',
        'killings',
      ),
    ).toBe(false);
  });
});

describe('killings: a victim of named agents who died of the injuries', () => {
  it('when guards kicked an inmate who later died of his injuries, killings are asserted', () => {
    expect(
      isAsserted(
        'In March guards at Halder jail kicked an inmate, and he later died of his injuries.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when a hiker died of her injuries after a fall with no agent named, killings are not asserted', () => {
    expect(
      isAsserted('A hiker died of her injuries after a fall on the slopes above Tennor.', 'killings'),
    ).toBe(false);
  });

  it('when a woman died from wounds inflicted by her husband, killings are not asserted', () => {
    expect(
      isAsserted('A woman in Dask died from wounds inflicted by her husband during a quarrel.', 'killings'),
    ).toBe(false);
  });
});

describe('disappearance: kidnapping as ordinary crime', () => {
  it('when a shop owner was kidnapped by a kidnapping ring, disappearance is out of scope (ordinary crime)', () => {
    const s = signalOf(
      'In May a shop owner in Varn was kidnapped, reportedly by a kidnapping ring that demanded payment.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:criminal-kidnapping');
  });

  it('when kidnappings were mostly for criminal purposes, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'Kidnappings in the port city stayed frequent and were mostly for criminal purposes.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when soldiers abducted a student for criminal purposes, disappearance is still asserted (a state agent)', () => {
    expect(
      isAsserted(
        'Soldiers abducted a student in Orlan for criminal purposes, his family said.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when an organised crime gang killed a reporter, killings are still asserted', () => {
    expect(
      isAsserted(
        'An organised crime gang killed a reporter in Tessaly after her articles on smuggling.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('disappearance: people missing from decades of war', () => {
  it('when thousands remained missing from decades of war, disappearance is historical', () => {
    const s = signalOf(
      'A commission counted 9,000 people who remained missing from decades of war in Ostrel.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-decades');
  });

  it('when soldiers killed villagers of a region scarred by decades of conflict, killings are still asserted', () => {
    expect(
      isAsserted(
        'Soldiers killed 12 villagers in Dorva, a region scarred by decades of conflict.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('killings: a killing named only as the cause of what the sentence reports', () => {
  it('when the killing of a commander led to a request for foreign troops, killings are not asserted', () => {
    const s = signalOf(
      'The killing of army commander Varis on May 5 led to a request for a regional stabilisation force.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:setting-event');
  });

  it("when the army's killing of a mayor sparked protests, killings are still asserted", () => {
    expect(
      isAsserted("The army's killing of the mayor of Soll sparked protests across the region.", 'killings'),
    ).toBe(true);
  });

  it('when the killing of a mayor by soldiers sparked protests, killings are still asserted', () => {
    expect(
      isAsserted('The killing of the mayor of Soll by soldiers sparked protests in June.', 'killings'),
    ).toBe(true);
  });
});

describe('killings and torture: an abuse that only describes the defendant of a court event', () => {
  it('when a colonel who had reportedly ordered killings was convicted, killings are a court event', () => {
    const s = signalOf(
      'Colonel Darr, who had reportedly ordered the killing of three farmers, was convicted by a military court.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:defendant');
  });

  it('when a sergeant whom witnesses accused of torturing detainees was acquitted, torture is not asserted', () => {
    expect(
      isAsserted('Sergeant Mol, whom witnesses accused of torturing detainees, was acquitted.', 'torture'),
    ).toBe(false);
  });

  it('when an officer who killed a protester in May was charged, killings are still asserted', () => {
    expect(
      isAsserted('An officer, who shot and killed a protester in May, was charged in June.', 'killings'),
    ).toBe(true);
  });

  it('when a colonel who ordered killings fled the country, killings are still asserted', () => {
    expect(
      isAsserted(
        'Colonel Darr, who ordered the killing of three farmers, fled across the border.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('disappearance: a year that closes a long account of an abduction dates it', () => {
  it('when the abduction by two militias of nine children in separate raids is dated to an earlier year, it is historical', () => {
    expect(
      statusOf(
        'The UN reported the abduction by two militias of nine children from three villages in separate raids in 2019.',
        'disappearance',
      ),
    ).toBe('historical');
  });

  it('when soldiers abducted a teacher in March, a year after an earlier acquittal, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Soldiers abducted a teacher in Varn in March, a year after a court had acquitted him of all charges in 2021.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('refoulement: a return to a home or family is no return across a border', () => {
  it('when police forcibly returned a runaway woman to her family, refoulement is out of scope', () => {
    const s = signalOf(
      'Ilsa said she fled an abusive husband twice, but police in Morav forcibly returned her to her family.',
      'refoulement',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:returned-here');
  });

  it('when refugees were forcibly returned to a country where they faced torture, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'Border police forcibly returned 40 refugees to Kestria, where they faced torture and prison.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('actors: "SSF" (state security forces) is a state agent', () => {
  it('when an SSF operation is said to have caused deaths, killings are asserted with a state actor', () => {
    const s = signalOf(
      'Monitors said the SSF response in Bekar resulted in the deaths of at least 30 villagers.',
      'killings',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('state');
  });

  it('when the ministry says no deaths resulted from an SSF operation, killings are not asserted', () => {
    expect(
      isAsserted(
        'The ministry said no deaths resulted from the SSF operation in Bekar during the year.',
        'killings',
      ),
    ).toBe(false);
  });
});
