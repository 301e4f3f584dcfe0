import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('disappearance: things that vanish are not people taken', () => {
  it('when the papers about a land claim reportedly disappeared, disappearance is not asserted', () => {
    const s = signalOf(
      'The papers concerning the Tovel land claim reportedly disappeared from the registry.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:thing-vanished');
  });

  it('when the records of a cooperative later disappeared, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'Records of the Kestrel cooperative later disappeared, according to its members.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when documents show that an activist disappeared, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Documents seen by the Dorvan commission showed that an activist disappeared after soldiers took him from his home.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when the lawyer who kept the files disappeared after soldiers took him, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'The lawyer who kept the files of the Tovel case disappeared after soldiers took him from his home in March.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('court events: an abuse set before the verdict by "aside from" is one more count of it', () => {
  it('when aside from illegal detention the gendarmes were found guilty of bribery, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Aside from illegal detention, the three Kestrel gendarmes were found guilty of bribery.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toMatch(/^court_event:/);
  });

  it('when aside from torture the guards denied inmates food, torture is still asserted', () => {
    expect(isAsserted('Aside from torture, guards in the Tovel jail denied inmates water.', 'torture')).toBe(
      true,
    );
  });
});

describe('torture: the maximum or minimum punishment a law sets for an abuse is a norm', () => {
  it('when the maximum punishment for torture by an official is three years in prison, torture is not asserted', () => {
    const s = signalOf(
      'In Tovel the maximum punishment for torture by an official was three years in prison.',
      'torture',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:penalties');
  });

  it('when the minimum punishment for rape by a police officer is ten years, torture is not asserted', () => {
    expect(
      isAsserted(
        'The minimum punishment for rape by a police officer was ten years in prison, or life if the victim died.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when guards used beatings as a punishment for inmates who complained, torture is still asserted', () => {
    expect(
      isAsserted(
        'Guards in the Kestrel jail used beatings as a punishment for inmates who complained.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('torture: a rule that exempts people from a punishment is a norm, not an act', () => {
  it('when the rules exempted women and older men from caning, torture is not asserted', () => {
    const s = signalOf('Rules in Tovel exempted women, and men older than 60, from caning.', 'torture');
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:exempt');
  });

  it('when women and older men are exempt from caning, torture is not asserted', () => {
    expect(isAsserted('Men older than 60 and all women in Tovel are exempt from caning.', 'torture')).toBe(
      false,
    );
  });

  it('when judges ordered the caning of two men who were not exempt, torture is still asserted', () => {
    expect(
      isAsserted('Judges in Kestrel ordered the caning of two men who were not exempt.', 'torture'),
    ).toBe(true);
  });

  it('when officers caned two women although the law exempts women, torture is still asserted', () => {
    expect(
      isAsserted(
        'Although the law exempts women from caning, prison officers caned two women in Tovel in May.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('killings: a named genocide after the act dates it to the past', () => {
  it('when impunity remains for villagers killed in a named genocide, killings are not asserted', () => {
    const s = signalOf(
      'Impunity remained for those responsible for the 6,000 villagers killed in the Tovel genocide.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-war');
  });

  it('when families sought the remains of persons killed during a named genocide, killings are not asserted', () => {
    expect(
      isAsserted(
        'Families of persons killed during the Kestrel genocide still sought the remains.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when militias killed civilians in a genocide that began in March, killings are still asserted', () => {
    expect(
      isAsserted(
        'Militias killed hundreds of Dorvan civilians in the genocide that began in March.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('court events: an abuse that names the kind of crime defendants are accused of', () => {
  it('when defendants were seldom held though the alleged crimes often involved murder, killings are not asserted', () => {
    const s = signalOf(
      'Defendants in the Tovel war crimes cases were seldom held during trials, though the alleged crimes often involved murder.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:crime-type');
  });

  it('when soldiers committed crimes that often involved the murder of villagers, killings are still asserted', () => {
    expect(
      isAsserted(
        'During the year soldiers in Kestrel committed crimes that often involved the murder of villagers.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when officers were tried for crimes that included beating detainees in April, torture is still asserted', () => {
    expect(
      isAsserted(
        'Police officers were tried for crimes that included beating detainees in the Dorvan jail in April.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('detention conditions: negligence named by a charge or verdict is an offence', () => {
  it("when a court cut jailers' terms after replacing felony counts with negligence charges, detention conditions are not asserted", () => {
    const s = signalOf(
      "In May the Tovel court cut the jailers' terms after it replaced the felony counts with charges of causing death through negligence.",
      'detention_conditions',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:not-detention');
  });

  it('when guards were charged with negligence after a prison fire, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'The guards were charged with negligence after the fire in the Kestrel prison.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when detainees held without charges suffered from neglect, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'Detainees held without charges suffered from neglect in the Dorvan jail.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});

describe('refoulement: a return people are subject to is a liability, not a return made', () => {
  it('when asylum seekers were subject to deportation whenever officials chose, refoulement is not asserted', () => {
    const s = signalOf(
      'Asylum seekers in Tovel were subject to deportation at any time, since the country had no asylum law.',
      'refoulement',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:liable');
  });

  it('when asylum seekers were subject to summary expulsion once their permits lapsed, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'Asylum seekers from Kestrel were subject to summary expulsion whenever their permits lapsed.',
        'refoulement',
      ),
    ).toBe(false);
  });

  it('when refugees were subject to beatings and were deported to face torture, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'Refugees in Tovel were subject to beatings by police and were deported to Kestrel, where they faced torture.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: arrests that "without" denies did not happen', () => {
  it('when the march in Tovel went ahead without large-scale arrests, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Authorities let the march in Tovel go ahead without large-scale arrests or clashes.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('negated');
    expect(s?.reason).toBe('negation:without');
  });

  it('when the Kestrel rally ended without any arrests, arbitrary detention is not asserted', () => {
    expect(isAsserted('The Kestrel rally ended without any arrests.', 'arbitrary_detention')).toBe(false);
  });

  it('when police held a man for three days without arrest or charge, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Dorvan held a farmer for three days without arrest or charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('torture: a penalty someone faces "up to" is a possible sentence, not a punishment given', () => {
  it('when a man faced up to ten years in prison and a caning, torture is not asserted', () => {
    const s = signalOf(
      'The Tovel trader faced up to ten years in prison and a caning on each count.',
      'torture',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:possible-penalty');
  });

  it('when two men were caned in May and faced up to five more years, torture is still asserted', () => {
    expect(
      isAsserted(
        'In May two Kestrel men were caned after a court sentenced them, and each faced up to five more years in prison.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('killings: a killing someone incites others to commit has not happened', () => {
  it('when a preacher posted a video inciting followers to kill reporters, killings are not asserted', () => {
    const s = signalOf(
      'A Tovel preacher posted a video inciting followers to attack the Kestrel newspaper and kill its reporters.',
      'killings',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:incitement');
  });

  it('when soldiers who incited a crowd killed two protesters in May, killings are still asserted', () => {
    expect(
      isAsserted('Soldiers who incited the crowd in May killed two protesters in Tovel.', 'killings'),
    ).toBe(true);
  });
});
