import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('detention conditions: the usual failings of custody said in other words', () => {
  it('when a sentence says remand prisoners shared cells with convicts for lack of room, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Remand prisoners at the Velmar jail shared cells with convicted inmates for want of room.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says students shared rooms with older pupils, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'At the boarding school younger students shared dormitories with adults on the staff.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says juveniles and adults mixed in some prisons, detention conditions are asserted', () => {
    expect(
      statusOf(
        'In two district prisons juveniles and adults mixed throughout the day.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says children and adults mixed at a festival, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'At the harvest festival children and adults mixed freely in the square.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says wardens did not provide psychiatric care to inmates, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Wardens did not provide psychiatric care to inmates with severe depression.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the ministry did not provide health services to rural villages, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'The ministry did not provide health services to several remote villages.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says paperwork delayed detainees’ access to doctors, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Lengthy paperwork routinely delayed detainees’ access to medical treatment.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a strike delayed patients’ access to treatment, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'A nurses’ strike delayed patients’ access to medical treatment for weeks.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says a monitor recorded cases of prison gang violence, detention conditions are asserted', () => {
    expect(
      statusOf(
        'The monitor recorded three cases of prison gang violence at the Orlen facility.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says guards punished inmates by holding them in isolation, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Observers said wardens punished inmates by holding them in isolation for weeks.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a scholar worked in isolation, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'The scholar preferred holding his seminars in isolation from the faculty.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says detainees were packed into crowded cells, detention conditions are asserted', () => {
    expect(
      statusOf('Detainees at the border post were kept in crowded cells for days.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says a market hall was crowded, detention conditions are not asserted', () => {
    expect(
      statusOf('Traders said the crowded quarters of the old market were unsafe.', 'detention_conditions'),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: overcrowding said to be easing is no longer reported as a harm', () => {
  it('when a sentence says prison overcrowding continued to diminish, detention conditions are not asserted', () => {
    expect(
      statusOf('Overcrowding in the Rivna remand prison continued to diminish.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says prison overcrowding continued to worsen, detention conditions are asserted', () => {
    expect(
      statusOf('Overcrowding in the Rivna remand prison continued to worsen.', 'detention_conditions'),
    ).toBe('asserted');
  });
});

describe('detention conditions: care for people with disabilities in general is not a prison condition', () => {
  it('when a sentence says care for persons with disabilities remained inadequate, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Health care for persons with intellectual disabilities remained inadequate.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says care for prisoners with disabilities remained inadequate, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Health care for prisoners with intellectual disabilities remained inadequate.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('a decade named in a later item of a list dates that item only', () => {
  it('when a summary lists overcrowded prisons and then people displaced in the 1980s, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Other problems included corruption in customs, overcrowded and decaying prisons, lengthy pretrial detention, and the uncertain status of families uprooted by the border wars of the 1980s.',
        'detention_conditions',
        2018,
      ),
    ).toBe('asserted');
  });

  it('when a sentence says prisons were overcrowded in the 1980s, detention conditions are not asserted', () => {
    expect(
      statusOf('The island’s prisons were badly overcrowded in the 1980s.', 'detention_conditions', 2018),
    ).not.toBe('asserted');
  });
});

describe('refoulement: a call to refrain from a return reports no return', () => {
  it('when a sentence says rights groups urged the state to refrain from deporting asylum seekers, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Several rights groups urged the cabinet to refrain from deporting Tavian asylum seekers to their homeland.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says the state deported asylum seekers despite calls to stop, refoulement is asserted', () => {
    expect(
      statusOf(
        'Ignoring appeals from rights groups, the cabinet deported Tavian asylum seekers to their homeland.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: "refouled" before a noun names people returned into the country', () => {
  it('when a sentence counts refouled refugees among the returnees, refoulement is not asserted', () => {
    expect(
      statusOf('Among the returnees were some 1,500 refouled Orlanian refugees.', 'refoulement'),
    ).not.toBe('asserted');
  });

  it('when a sentence says the authorities refouled refugees, refoulement is asserted', () => {
    expect(
      statusOf('During the year the authorities refouled some 1,500 Orlanian refugees.', 'refoulement'),
    ).toBe('asserted');
  });
});

describe('refoulement: returning people who asked for asylum denies them asylum', () => {
  it('when a sentence says migrants who applied for asylum were deported, refoulement is asserted', () => {
    expect(
      statusOf(
        'Monitors stated that several migrants who applied for asylum were nonetheless deported.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says migrants who did not apply for asylum were deported, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Officials stated that migrants who did not apply for asylum were deported within two days.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says border guards sent migrants back although they sought asylum, refoulement is asserted', () => {
    expect(
      statusOf(
        'Observers saw border guards sending migrants to Korvia even though they had sought asylum at the crossing.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a charity sent migrants home at their request, refoulement is not asserted', () => {
    expect(
      statusOf(
        'A charity helped by sending migrants to their home towns at their own request.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });
});

describe('an inquiry into a counted number of cases counts incidents of the period', () => {
  it('when a sentence says wardens investigated five cases of inmate-on-inmate assault, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Between March and June, wardens at the Dorne facility investigated five cases of inmate-on-inmate assault.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says wardens investigated cases of inmate-on-inmate assault with no count, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Wardens at the Dorne facility investigated cases of inmate-on-inmate assault.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: criticised conditions in custody', () => {
  it('when a sentence says a monitor criticised conditions in holding facilities for detainees, detention conditions are asserted', () => {
    expect(
      statusOf(
        'The ombudsman criticised the conditions in holding facilities for detained migrants.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a union criticised conditions in garment factories, detention conditions are not asserted', () => {
    expect(
      statusOf('The union criticised the conditions in several garment factories.', 'detention_conditions'),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: common report wordings for want of basics in custody', () => {
  it('when a sentence says conditions in most jails fell below international standards, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Conditions in most district jails did not meet international standards.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says rural clinics did not meet minimum standards, detention conditions are not asserted', () => {
    expect(
      statusOf('Many rural clinics did not meet minimum standards of hygiene.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says detainees went days without water, detention conditions are asserted', () => {
    expect(
      statusOf('Detainees at the Harl lockup sometimes went two days without water.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says hikers went days without water, detention conditions are not asserted', () => {
    expect(
      statusOf('The stranded hikers went two days without water in the canyon.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says several prisons had no doctor, detention conditions are asserted', () => {
    expect(
      statusOf('Several provincial prisons had no doctor and no running water.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says several villages had no doctor, detention conditions are not asserted', () => {
    expect(
      statusOf('Several mountain villages had no doctor and no running water.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says inmates received one meal a day, detention conditions are asserted', () => {
    expect(statusOf('Inmates at the Sorrel facility received one meal a day.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('when a sentence says detainees were crammed into small cells, detention conditions are asserted', () => {
    expect(
      statusOf('Detainees were crammed into tiny cells at the central station.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says commuters were crammed into buses, detention conditions are not asserted', () => {
    expect(
      statusOf('Commuters were crammed into buses during the transit strike.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says medical care in jails was rudimentary, detention conditions are asserted', () => {
    expect(statusOf('Medical care in the territory’s jails was rudimentary.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('when a sentence says conditions in the police lockups were especially poor, detention conditions are asserted', () => {
    expect(statusOf('Conditions in the police lockups were especially poor.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('when a sentence says conditions for seasonal farm workers were particularly poor, detention conditions are not asserted', () => {
    expect(
      statusOf('Conditions for the seasonal farm workers were particularly poor.', 'detention_conditions'),
    ).not.toBe('asserted');
  });
});

describe('refoulement: lawful returns, threatened returns and returns of the country’s own people', () => {
  it('when a sentence says asylum seekers whose claims were rejected were deported, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Asylum seekers whose applications had been refused were deported once their appeals ended.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says asylum seekers were deported while their claims were under review, refoulement is asserted', () => {
    expect(
      statusOf(
        'Asylum seekers whose applications were still under review were deported to Korvia.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says migrants who crossed irregularly faced deportation, refoulement is not asserted', () => {
    expect(
      statusOf('Migrants who crossed the river irregularly faced deportation to Korvia.', 'refoulement'),
    ).not.toBe('asserted');
  });

  it('when a sentence says migrants were deported and faced abuse on arrival, refoulement is asserted', () => {
    expect(
      statusOf(
        'Migrants who crossed the river irregularly were deported to Korvia, where they faced abuse.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a neighbouring state forcibly expelled the country’s migrant workers, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Neighbouring Korvia forcibly expelled about 900 of the country’s seasonal workers.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says the authorities forcibly expelled refugees across the country’s border, refoulement is asserted', () => {
    expect(
      statusOf(
        'Authorities forcibly expelled about 900 Korvian refugees across the country’s border, where they faced persecution.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});
