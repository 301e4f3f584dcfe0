import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: an exemption from corporal punishment names no law anyone was sentenced under', () => {
  it('when a list of persons exempt from caning includes men convicted of capital crimes, torture is not asserted', () => {
    const s = signalOf(
      'In Dorvan, the elderly, girls, men convicted of capital crimes whose appeals were still pending, and the frail were exempt from caning.',
      'torture',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:exempt');
  });

  it('when guards caned elderly inmates although such men are exempt, torture is still asserted', () => {
    expect(
      isAsserted(
        'Although men over 60 are exempt from caning, guards in Kestrel caned two elderly inmates in June.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: a legal maximum for pretrial detention is a limit, not a breach', () => {
  it('when the sentence gives the maximum pretrial detention for a felony, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Tovel the maximum pretrial detention for a felony charge was two years.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it("when maximum pretrial detention with a magistrate's order is given in months, arbitrary detention is not asserted", () => {
    expect(
      isAsserted(
        "With a magistrate's order, maximum pretrial detention in Dorvan is 14 months.",
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when suspects spent pretrial terms equaling the maximum, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Some suspects in Kestrel spent pretrial detention terms equaling the maximum.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: house arrest named as a stand-in for prison is a lawful measure', () => {
  it('when community service and house arrest are used as alternatives to jail, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Wider use of community service and house arrest as alternatives to jail eased overcrowding in Kestrel.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:alternative-measure');
  });

  it('when house arrest with or without electronic monitoring is the measure judges chose most, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The measure judges in Tovel chose most often was house arrest, with or without an ankle tag and electronic monitoring.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when a leader freed on bail was later put under house arrest without a court order, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'The opposition leader was released on bail in March but police placed him under house arrest in April without a court order.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when critics stayed on probation or under house arrest indefinitely, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Several Dorvan critics stayed on probation or under house arrest indefinitely.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('torture: help given to survivors of an abuse does not assert the abuse', () => {
  it('when ministry clinics gave counselling to survivors of officially recorded sexual violence, torture is not asserted', () => {
    const s = signalOf(
      'Clinics run by the Dorvan health ministry gave counselling and medicine to survivors of officially recorded sexual violence.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:victim-services');
  });

  it('when a charity gave legal aid to victims of beatings by prison guards, torture is still asserted', () => {
    expect(
      isAsserted(
        'The Kestrel charity gave legal aid to victims of beatings by prison guards during the year.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('killings: redress for violence dated to an earlier year is not a killing of the report year', () => {
  it('when the state had not compensated families of those killed in the 2019 post-election violence, killings are not asserted', () => {
    const s = signalOf(
      'Despite the findings of the inquiry into the 2019 post-election violence in Tovel, the state had not compensated the families of those killed.',
      'killings',
      2022,
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:unredressed-past');
  });

  it('when a cabinet paid no compensation for deaths in the 2019 post-election violence, killings are not asserted', () => {
    expect(
      isAsserted(
        'Despite a report on the 2019 post-election violence in Tovel, the cabinet paid no compensation to relatives of the people killed.',
        'killings',
        2022,
      ),
    ).toBe(false);
  });

  it('when no compensation was paid for people soldiers killed, with no earlier year named, killings are still asserted', () => {
    expect(
      isAsserted(
        'No compensation was paid to relatives of the people killed by soldiers in Tovel.',
        'killings',
        2022,
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: what police are able to do is a power, not an arrest made', () => {
  it('when officers were able to arrest without a warrant by first informing a commander, arbitrary detention is not asserted', () => {
    const s = signalOf(
      "Arrests in Dorvan needed a magistrate's warrant, though officers were able to arrest someone without one by first informing a senior commander.",
      'arbitrary_detention',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:ability');
  });

  it('when officers arrested a teacher without a warrant in May, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In May officers in Dorvan arrested a teacher without a warrant and held her for a week.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('dating: "the year before" or "a year earlier" after the act dates it before the report year', () => {
  it('when villagers said soldiers shot dead four herders the year before, killings are not asserted', () => {
    const s = signalOf(
      'Villagers told the Tovel monitors that soldiers had shot dead four herders near the river the year before.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-year-after');
  });

  it('when students were detained without charge a year earlier, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'An NGO said dozens of students were detained without charge in Kestrel a year earlier.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the killings of the report year are compared with the previous year ("up from 25"), killings are still asserted', () => {
    expect(
      isAsserted(
        'The monitors counted 40 killings by soldiers near the river, up from 25 the previous year.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when soldiers shot dead more herders than in the previous year, killings are still asserted', () => {
    expect(
      isAsserted('Soldiers shot dead more herders near the river than in the previous year.', 'killings'),
    ).toBe(true);
  });
});

describe('arbitrary detention: an arrest people are exposed to is a risk they run', () => {
  it('when migrants left without papers were exposed to arrest and expulsion, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'A new permit fee left thousands of Tovel migrants without papers, exposing them to arrest and expulsion.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:exposed');
  });

  it('when police detained migrants without papers and held them without charge, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police detained dozens of migrants without papers in May and held them for weeks without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('refoulement: a return the sentence calls rare reports no return to danger', () => {
  it('when deportation of registered refugees was extremely rare, refoulement is not asserted', () => {
    const s = signalOf(
      'Asylum seekers in Tovel could be deported at any time, although deportation of registered refugees was extremely rare.',
      'refoulement',
    );
    expect(s?.status).toBe('negated');
    expect(s?.reason).toBe('negation:rare');
  });

  it('when police deported asylum seekers to a country where they faced torture, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In May Tovel police deported 40 asylum seekers to Kestrel, where they faced torture.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('dating: a who/whom clause on a person whose death the sentence dates to an earlier year is no new act', () => {
  const earlier =
    'Officials continued to seek accountability for the May 2021 death in custody of Jon Veld, whom relatives and several reporters alleged prison guards beat to death in Tovel Jail.';

  it('when accountability is sought for a 2021 death whom relatives said guards beat to death, killings are not asserted', () => {
    expect(isAsserted(earlier, 'killings', 2023)).toBe(false);
  });

  it('when accountability is sought for a 2021 death whom relatives said guards beat to death, torture is not asserted', () => {
    const s = signalOf(earlier, 'torture', 2023);
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-event');
  });

  it('when guards beat to death in March a man whom police had arrested earlier, killings are still asserted', () => {
    expect(
      isAsserted(
        'In March guards in Tovel beat to death Jon Veld, whom police had arrested in February.',
        'killings',
        2023,
      ),
    ).toBe(true);
  });
});

describe('detention conditions: crowding at polling stations is no prison crowding', () => {
  it('when monitors reported overcrowding at polling stations, detention conditions are not asserted', () => {
    const s = signalOf(
      'Monitors in Tovel reported overcrowding at several polling stations and long lines of voters.',
      'detention_conditions',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:not-detention');
  });

  it('when police held voters in overcrowded cells, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'Police held dozens of voters in overcrowded cells after the Tovel election.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});
