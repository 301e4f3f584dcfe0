import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('a norm followed by reports or continuing practice asserts the abuse the norm forbids', () => {
  it('when a sentence says the constitution bans torture but monitors reported it went on, torture is asserted', () => {
    expect(
      statusOf(
        'The constitution bans torture and cruel treatment, but several monitors reported that such practices persisted.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the code forbids torture but the practices continued, torture is asserted', () => {
    expect(
      statusOf(
        'The penal code forbids torture and degrading punishment; the practices continued in rural lockups.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the law prohibits torture but there were no reports of it, torture is not asserted', () => {
    expect(
      statusOf(
        'The penal code prohibits torture, but there were no reports that wardens used it.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says the law prohibits torture and obliges officials to report abuse, torture is not asserted', () => {
    expect(
      statusOf(
        'The penal code prohibits torture and obliges wardens to report any abuse they witness.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: a shortage among patients, households or the wider population is not a prison condition', () => {
  it('when a sentence says medicine for patients with diabetes was often lacking, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Insulin for patients with diabetes was frequently lacking, and medical care was inadequate.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says an open reception centre for asylum seekers was unsanitary, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Volunteers described the reception centre near the harbour as unsanitary and cramped.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says medical care for inmates was inadequate, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Insulin for inmates with diabetes was frequently lacking, and medical care was inadequate.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('detention conditions: malnutrition reported as falling is an improvement, as overcrowding is', () => {
  it('when a sentence says rations improved in a jail and the rate of malnutrition fell, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Rations improved at the northern jail, and the rate of malnutrition among inmates dropped.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says malnutrition among inmates rose, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Rations shrank at the northern jail, and the rate of malnutrition among inmates rose.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: a return participle that names the people returned is not a return by this country', () => {
  it('when a sentence lists forcibly repatriated defectors among people the state executed, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Escapees said the regime executed deserters, forcibly repatriated defectors, and black-market traders.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says those forcibly returned after fleeing abroad were imprisoned, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Those forcibly returned after fleeing abroad were imprisoned for months in border camps.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says police forcibly returned families to a country at war where they faced torture, refoulement is asserted', () => {
    expect(
      statusOf(
        'Police detained and forcibly returned several families to a country at war where they faced torture.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('negation: not receiving complaints is the absence of reports', () => {
  it('when a sentence says the ombudsman did not receive complaints that guards beat detainees, torture is not asserted', () => {
    expect(
      statusOf('The provincial ombudsman did not receive complaints that guards beat detainees.', 'torture'),
    ).toBe('negated');
  });

  it('when a sentence says the ombudsman received complaints that guards beat detainees, torture is asserted', () => {
    expect(
      statusOf('The provincial ombudsman received complaints that guards beat detainees.', 'torture'),
    ).toBe('asserted');
  });
});

describe('torture: an adverb before the last verb of a series keeps its subject as the perpetrator', () => {
  it('when a sentence says soldiers threatened and physically assaulted students, torture is asserted', () => {
    expect(
      statusOf(
        'Monitors said that soldiers threatened and physically assaulted several students at a checkpoint.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says students were threatened and physically assaulted without naming who did it, torture is not asserted', () => {
    expect(
      statusOf(
        'Monitors said that several students were threatened and physically assaulted at a checkpoint.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: a monitor counting complaints or cases of mistreatment asserts the mistreatment', () => {
  it('when a sentence says a monitor logged 212 cases of abuse or mistreatment, torture is asserted', () => {
    expect(
      statusOf('Between March and May the ombudsman logged 212 cases of abuse or mistreatment.', 'torture'),
    ).toBe('asserted');
  });

  it('when a sentence says a monitor received complaints of mistreatment without a count, torture is not asserted', () => {
    expect(statusOf('The ombudsman received complaints of mistreatment.', 'torture')).not.toBe('asserted');
  });

  it('when a sentence counts complaints of mistreatment of children by parents, torture is not asserted', () => {
    expect(
      statusOf('The ombudsman received 40 complaints of mistreatment of children by parents.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('torture: a violent arrest is force used on the person arrested', () => {
  it('when a sentence says riot police violently arrested students, torture is asserted', () => {
    expect(statusOf('Riot police violently arrested nine students near the campus.', 'torture')).toBe(
      'asserted',
    );
  });

  it('when a sentence says a suspect violently resisted arrest, torture is not asserted', () => {
    expect(
      statusOf('Riot police said the suspect violently resisted arrest near the campus.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: occupancy above design, isolation and mixing with the general population', () => {
  it('when a sentence says a jail held 2,104 inmates in a building designed for 350, detention conditions are asserted', () => {
    expect(
      statusOf(
        'As of June, the central jail held 2,104 inmates in a building designed to hold 350.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a new jail was designed to hold 500 inmates, detention conditions are not asserted', () => {
    expect(
      statusOf('The ministry opened a jail designed to hold 500 inmates.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says a jail had a capacity of 300 and held 700 detainees, detention conditions are asserted', () => {
    expect(statusOf('The jail had a capacity of 300 and held 700 detainees.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('when detainees say wardens held them in isolation for long periods, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Opposition detainees said the wardens held them in isolation for long periods.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says travellers were kept in isolation at an airport, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Travelers arriving at the airport were kept in isolation for two weeks.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says wardens mixed juveniles with the general prison population, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Wardens routinely mixed juveniles with the general prison population.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('negation: a practice that was ended or discontinued is no longer asserted', () => {
  it('when a sentence says officials ended the practice of deporting asylum seekers with pending appeals, refoulement is not asserted', () => {
    expect(
      statusOf(
        'In May officials ended the practice of deporting asylum seekers whose appeals were pending.',
        'refoulement',
      ),
    ).toBe('negated');
  });

  it('when a sentence says officials continued deporting asylum seekers despite the risk of persecution, refoulement is asserted', () => {
    expect(
      statusOf(
        'In May officials continued the practice of deporting asylum seekers whose appeals were pending, despite the risk of persecution.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('detention conditions: deaths in custody that the sentence puts down to natural causes', () => {
  it('when a sentence says 27 inmates died in custody, all of natural causes, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'According to the prison service, 27 inmates died in custody during the year, all of natural causes.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says 27 inmates died in custody, many from untreated infections, detention conditions are asserted', () => {
    expect(
      statusOf(
        'According to the prison service, 27 inmates died in custody during the year, many from untreated infections.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says prisons were overcrowded and one inmate died of natural causes, detention conditions are asserted', () => {
    expect(
      statusOf('Prisons were overcrowded, and one inmate died of natural causes.', 'detention_conditions'),
    ).toBe('asserted');
  });
});

describe('negation: complaints stated to be unsubstantiated or unfounded do not assert the abuse', () => {
  it('when a sentence says complaints about abuse in police custody were mostly insufficiently substantiated, torture is not asserted', () => {
    expect(
      statusOf(
        'The inspector said complaints about abuse in police custody were mostly insufficiently substantiated.',
        'torture',
      ),
    ).toBe('negated');
  });

  it('when a sentence says complaints about abuse in police custody were unfounded, torture is not asserted', () => {
    expect(
      statusOf('The inspector said complaints about abuse in police custody were unfounded.', 'torture'),
    ).toBe('negated');
  });

  it('when a sentence says complaints about abuse in police custody were mostly substantiated, torture is asserted', () => {
    expect(
      statusOf(
        'The inspector said complaints about abuse in police custody were mostly substantiated.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('torture: the state that "subjected" victims to a list of abuses is their perpetrator', () => {
  it('when a sentence says the authorities subjected inmates who protested to isolation and assaults, torture is asserted', () => {
    expect(
      statusOf(
        'The authorities subjected inmates who staged protests or hunger strikes to long isolation, assaults, and denial of visits.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the authorities subjected reports to review and, after a semicolon, that assaults continued, torture is not asserted', () => {
    expect(
      statusOf('The authorities subjected the reports to review; assaults continued.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when a sentence says critics were subjected to assaults without naming who did it, torture is not asserted', () => {
    expect(statusOf('Critics were subjected to assaults.', 'torture')).not.toBe('asserted');
  });
});

describe('refoulement: a return "against their will" is not a voluntary return, even beside one', () => {
  it('when a sentence says only a few departed voluntarily and many were deported against their will to danger, refoulement is asserted', () => {
    expect(
      statusOf(
        'Migrants said only a few departed voluntarily and many were deported against their will to countries where they faced abuse.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says migrants agreed to be deported voluntarily, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Migrants said they agreed to be deported voluntarily to countries where they faced abuse.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });
});
