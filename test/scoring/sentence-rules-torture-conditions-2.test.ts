import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: a partial failure to investigate asserts the abuse', () => {
  it('when a sentence says wardens did not always investigate complaints of ill treatment, torture is asserted', () => {
    expect(
      statusOf('Wardens did not always open proper inquiries into complaints of mistreatment.', 'torture'),
    ).toBe('asserted');
  });

  it('when a sentence says wardens investigated complaints of ill treatment, torture is not asserted', () => {
    expect(statusOf('Wardens opened proper inquiries into complaints of mistreatment.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('torture: abuse of authority or power is misconduct, not ill treatment', () => {
  it('when a sentence says officers abused their detention powers, torture is not asserted', () => {
    expect(
      statusOf(
        'Rights monitors said that sheriffs abused their 48-hour detention powers by holding people too long.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says officers abused detainees, torture is asserted', () => {
    expect(
      statusOf(
        'Rights monitors said that sheriffs abused several detainees by holding them in cold water.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('cross-references: a section named by its title is a pointer, not an allegation', () => {
  it('when a sentence points to "see also section 1.c., Torture and ...", torture is not asserted', () => {
    expect(
      statusOf(
        'During the year monitors counted eleven unlawful deaths (see also section 2.b., Torture and Related Abuse, for one such case).',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence points to a section by its title alone, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Applicants who withdrew their claims left the island on charter flights (see Refoulement, below).',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a lower-case abuse follows the pointer, torture is asserted', () => {
    expect(
      statusOf(
        'Monitors counted eleven unlawful deaths (see also section 1.c.), and wardens tortured two inmates in March.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: protection against return names the safeguard, not a return', () => {
  it('when a sentence says the state gave protection against expulsion or return of refugees, refoulement is not asserted', () => {
    expect(
      statusOf(
        'The ministry granted partial protection against expulsion or return of asylum seekers to states where they could be harmed.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence lists protection against refoulement among rights, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Holders of the card had a narrow package of rights covering schooling, protection against refoulement, and some work.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says permits were a measure precluding deportation or refoulement, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Two islands issued stay permits as an interim step precluding removal or refoulement.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says border guards returned refugees to a state where they faced torture, refoulement is asserted', () => {
    expect(
      statusOf(
        'Border guards forcibly returned eleven refugees to a state where they faced torture, despite protection requests.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: forced deportation of civilians in a war is not the return of refugees', () => {
  it('when a sentence reports forced deportations of civilians from occupied land, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Rights groups documented the forced deportation of thousands of civilians from the occupied valley, often after abusive screening.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence reports forced deportations of asylum seekers facing abuse, refoulement is asserted', () => {
    expect(
      statusOf(
        'Rights groups documented the forced deportation of dozens of asylum seekers who then faced abuse at home.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: a return that has not happened is not a return', () => {
  it('when a sentence says rejected asylum seekers were held prior to deportation, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Officials kept rejected asylum seekers in closed centres prior to deportation or pending a court review.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says officials tried to deport asylum seekers but a lawyer stopped it, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Officials tried to deport four asylum seekers back to a war zone, but a lawyer halted the flight.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says officials deported asylum seekers back to a war zone, refoulement is asserted', () => {
    expect(
      statusOf('Officials deported four asylum seekers back to a war zone in June.', 'refoulement'),
    ).toBe('asserted');
  });
});

describe('detention conditions: overcrowding stated as population against capacity', () => {
  it('when a sentence gives a prison population far above the designed capacity, conditions are asserted', () => {
    expect(
      statusOf(
        'In August the corrections office counted a total prison population of 9,210 in facilities with a designed holding capacity of 4,100.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says jails built to hold a number of inmates held far more, conditions are asserted', () => {
    expect(
      statusOf(
        'An inspection found that 12 jails designed to hold 2,300 inmates held 5,870 detainees.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence gives the population of a town and a stadium capacity, conditions are not asserted', () => {
    expect(
      statusOf(
        'The town population of 40,000 nearly matched the stadium capacity of 38,000.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says a new jail was designed to hold inmates, conditions are not asserted', () => {
    expect(
      statusOf(
        'The ministry opened a jail designed to hold 600 inmates in the south.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: a hedge on the second of two coordinated adjectives', () => {
  it('when a sentence lists harsh and potentially life-threatening jail conditions, conditions are asserted', () => {
    expect(
      statusOf(
        'Main concerns included police abuse; harsh and potentially life-threatening jail conditions; and corruption.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says jail conditions could become life threatening, conditions are not asserted', () => {
    expect(
      statusOf(
        'Inspectors said jail conditions could potentially become life threatening.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: medication denied in custody', () => {
  it('when a sentence says jail staff denied a detainee needed medication, conditions are asserted', () => {
    expect(
      statusOf(
        'Relatives said jail staff denied essential medication to a detained union organiser for weeks.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a pharmacy denied a customer medication, conditions are not asserted', () => {
    expect(
      statusOf(
        'A pharmacy denied essential medication to a customer without a prescription.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: overcrowding that declined is an improvement', () => {
  it('when a sentence says overcrowding in a jail significantly diminished, conditions are not asserted', () => {
    expect(
      statusOf('Overcrowding in the coastal remand jail significantly diminished.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says overcrowding in a jail was severe, conditions are asserted', () => {
    expect(statusOf('Overcrowding in the coastal remand jail was severe.', 'detention_conditions')).toBe(
      'asserted',
    );
  });
});

describe('detention conditions: care for survivors, or safety in industries, is outside custody', () => {
  it('when a sentence says there was a lack of medical protocols for survivors of abuse, conditions are not asserted', () => {
    expect(
      statusOf(
        'The network criticized a lack of medical protocols for survivors of sexual abuse.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says occupational health rules were insufficient in some industries, conditions are not asserted', () => {
    expect(
      statusOf(
        'Occupational health rules remained insufficient for several industries, notably quarrying.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says there was a lack of medical care for inmates, conditions are asserted', () => {
    expect(
      statusOf(
        'The network criticized a lack of medical care for inmates who were survivors of sexual abuse.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('torture: attacks on people by state agents', () => {
  it('when a sentence says protesters were hospitalised after being attacked by police, torture is asserted', () => {
    expect(
      statusOf(
        'Several marchers were treated in hospital after being attacked by police near the harbour.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence reports attacks on reporters by government officials, torture is asserted', () => {
    expect(
      statusOf(
        'The union reported attacks on two reporters by government officials in the north.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence reports attacks by armed groups on police posts, torture is not asserted', () => {
    expect(
      statusOf('The union reported attacks by armed bands on police posts in the north.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('negation: no reports that authorities failed to investigate', () => {
  it('when a sentence says there were no reports that wardens failed to investigate complaints of mistreatment, torture is not asserted', () => {
    expect(
      statusOf(
        'Oversight: There were no reports that wardens failed to open proper inquiries into credible complaints of mistreatment.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says there was no investigation into the mistreatment of inmates, torture is asserted', () => {
    expect(
      statusOf('There was no investigation into the mistreatment of inmates by wardens in March.', 'torture'),
    ).toBe('asserted');
  });
});

describe('torture: prevention work names torture as its purpose, not as an event', () => {
  it('when a sentence says an ombudsman carried out torture prevention monitoring at a centre, torture is not asserted', () => {
    expect(
      statusOf(
        'In May the ombudsman carried out torture prevention visits at the coastal holding centre.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says a mechanism was too weak to prevent and identify torture, torture is not asserted', () => {
    expect(
      statusOf(
        'The NGO criticized the hotline as inadequate to prevent and identify torture, since calls are not logged.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says guards tortured a man at the centre, torture is asserted', () => {
    expect(statusOf('In May guards tortured a man at the coastal holding centre.', 'torture')).toBe(
      'asserted',
    );
  });
});

describe('historical: abuse dated to a past civil conflict', () => {
  it('when a sentence says no case was brought for torture committed during the civil conflict, torture is not asserted', () => {
    expect(
      statusOf(
        'No prosecutor has yet brought a case over torture committed during the civil conflict.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says no case was brought for torture committed by soldiers this year, torture is asserted', () => {
    expect(
      statusOf(
        'No prosecutor has yet brought a case over torture committed by soldiers during the year.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('hedges: fear that is caused is not a fear of what may happen', () => {
  it('when a sentence says soldiers spread fear among villagers through beatings, torture is asserted', () => {
    expect(
      statusOf(
        'In the border districts soldiers continued to spread fear among villagers through beatings and threats.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says villagers feared beatings by soldiers, torture is not asserted', () => {
    expect(
      statusOf('In the border districts villagers feared beatings by soldiers at checkpoints.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('torture: the agent as subject of a series of verbs ending in the abuse', () => {
  it('when a sentence says police stopped, searched and assaulted a man, torture is asserted', () => {
    expect(
      statusOf(
        'Witnesses said police stopped, searched, and assaulted a fisherman near the quay.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says police stopped a man whom strangers later assaulted, torture is not asserted', () => {
    expect(
      statusOf(
        'Witnesses said police stopped a fisherman whom strangers later assaulted near the quay.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: one death in prison with no cause given', () => {
  it('when a sentence says one named detainee died in prison, conditions are not asserted', () => {
    expect(
      statusOf(
        'On June 3, Tomas Ferreira, a remand detainee, died in prison in the town of Valdoro.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says many detainees died in detention during the year, conditions are asserted', () => {
    expect(
      statusOf(
        'The monitoring mission said 64 detainees had died in detention during the year.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a detainee died in prison of cholera, conditions are asserted', () => {
    expect(
      statusOf(
        'On June 3, a remand detainee died in prison of cholera, his lawyer said.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: a return to the camp is a move inside the country', () => {
  it('when a sentence says the agency urged that refugees go back to the camp, refoulement is not asserted', () => {
    expect(
      statusOf(
        'The refugee agency urged the return of the 40 refugees to the camp, with mixed results.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says police returned refugees to the border, refoulement is asserted', () => {
    expect(
      statusOf(
        'Police returned several refugees to the border, where soldiers of the neighbouring state beat them.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('court events: suspects arrested for an abuse, and relative clauses about the victim', () => {
  it('when a sentence says police arrested persons accused of mistreating residents of a care home, torture is not asserted', () => {
    expect(
      statusOf(
        'In May police arrested nine carers accused of mistreating residents of a care home in Orlana.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says police were accused of mistreating residents of a care home, torture is asserted', () => {
    expect(
      statusOf(
        'In May police officers were accused of mistreating residents of a care home in Orlana.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says police arrested a man suspected of mistreating his niece who had refused a match, torture is not asserted', () => {
    expect(
      statusOf(
        'In May police arrested in Orlana a farmer suspected of having mistreated his niece who had refused a match.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('refoulement: returning rejected asylum seekers is not by itself a return to danger', () => {
  it('when a sentence reports disputes over deporting rejected asylum seekers, refoulement is not asserted', () => {
    expect(
      statusOf(
        'Ministers and advocacy groups disagreed over the deportation of rejected asylum seekers to several states.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence reports the deportation of asylum seekers before their claims were heard, refoulement is asserted', () => {
    expect(
      statusOf(
        'Ministers ordered the deportation of asylum seekers to several states before their claims were heard.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('out of scope: exorcisms are private rituals, like witchcraft', () => {
  it('when a sentence says exorcism rites involved beating children, torture is not asserted', () => {
    expect(
      statusOf(
        'Such exorcisms involved fasting, beating and burning with candles, and isolation of the children.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says police beat children held at a station, torture is asserted', () => {
    expect(
      statusOf(
        'Such raids involved police beating the children held at the station, and isolation.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('detention conditions: unheated cells and missing washing facilities', () => {
  it('when a sentence says remand cells were unheated in winter, conditions are asserted', () => {
    expect(
      statusOf(
        'Several remand cells in the hill districts were unheated through the winter months.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says some jails lacked showers, conditions are asserted', () => {
    expect(statusOf('Some district jails lacked working showers or sinks.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('when a sentence says an employer took cell phones and housed workers in an unheated shed, conditions are not asserted', () => {
    expect(
      statusOf(
        'The farm owner took the labourers’ cell phones and housed them in an unheated shed.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says an employer took cell phones and physically abused workers, torture is not asserted', () => {
    expect(
      statusOf(
        'The farm owner took the labourers’ cell phones, made them sleep in a barn beside the cattle, and physically abused them.',
        'torture',
      ),
    ).not.toBe('asserted');
  });
});

describe('torture: further methods named in the reports', () => {
  it('when a sentence says police detained men and forced them to undergo anal examinations, torture is asserted', () => {
    expect(
      statusOf(
        'In March police detained six men at a bar and forced them to undergo anal examinations.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says clinics offered voluntary medical examinations, torture is not asserted', () => {
    expect(
      statusOf('In March clinics offered the six men voluntary medical examinations.', 'torture'),
    ).not.toBe('asserted');
  });

  it('when a sentence says interrogators staged mock executions of detainees, torture is asserted', () => {
    expect(statusOf('Former detainees said interrogators staged mock executions at night.', 'torture')).toBe(
      'asserted',
    );
  });

  it('when a sentence says a theatre staged a mock execution, torture is not asserted', () => {
    expect(statusOf('A street theatre company staged a mock execution in the square.', 'torture')).not.toBe(
      'asserted',
    );
  });

  it('when a sentence says officers forced suspects to sign confessions, torture is asserted', () => {
    expect(
      statusOf('Lawyers said officers forced their clients to sign prepared confessions.', 'torture'),
    ).toBe('asserted');
  });

  it('when a sentence says suspects chose to sign confessions, torture is not asserted', () => {
    expect(statusOf('Lawyers said their clients chose to sign prepared confessions.', 'torture')).not.toBe(
      'asserted',
    );
  });

  it('when a sentence says guards subjected inmates to humiliating treatment, torture is asserted', () => {
    expect(statusOf('Guards subjected the inmates to humiliating treatment in May.', 'torture')).toBe(
      'asserted',
    );
  });
});
