import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('disappearance: an abduction named as the example of a class of offences', () => {
  it('when penalties fall short of those for other grave crimes, such as kidnapping, disappearance is not asserted', () => {
    const s = signalOf(
      'Fines for forced labour were low and the rules were not enforced, unlike the terms for other grave crimes, such as kidnapping.',
      'disappearance',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:offence-class');
  });

  it('when the example follows "offences like", disappearance is not asserted', () => {
    expect(
      isAsserted(
        'Sanctions in Varnel were weaker than the terms set for offences like kidnapping, and inspectors ignored the law.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when an armed group committed crimes such as kidnapping, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Rebels in the northern hills committed crimes such as kidnapping during the year.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('killings and torture: a crowd that is the subject of the act', () => {
  it('when a crowd beats a suspected thief to death, killings is not asserted', () => {
    expect(
      isAsserted('In May a crowd beat a suspected thief to death in a market in Tarsk.', 'killings'),
    ).toBe(false);
  });

  it('when police fire into a crowd and kill two marchers, killings is still asserted', () => {
    expect(isAsserted('In May police fired into a crowd in Tarsk and killed two marchers.', 'killings')).toBe(
      true,
    );
  });
});

describe('killings: what an inquest or an inquiry found about an undated killing', () => {
  it('when an inquest determined that undated killings were unlawful, killings is not asserted', () => {
    const s = signalOf(
      'The inquest determined that for two of the dead men the killings by officers were unlawful.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:finding');
  });

  it('when an inquiry into a raid determined that officers killed a suspect, killings is not asserted', () => {
    expect(
      isAsserted(
        'A parliamentary inquiry into the raid determined that police officers had killed the suspect deliberately.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when a commission found that soldiers killed villagers, undated, killings is not asserted', () => {
    expect(
      isAsserted(
        'The commission of inquiry found that soldiers had killed four villagers near the dam.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the inquiry dates the killing to a month of the year, killings is still asserted', () => {
    expect(
      isAsserted(
        'A parliamentary inquiry into the raid determined that police officers killed the suspect in March.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('killings: killings for ritual purposes', () => {
  it('when killings of children for ritual purposes are reported, with no agent, killings is not asserted', () => {
    expect(
      isAsserted(
        'Newspapers reported several killings of children for ritual purposes in Dorvan Province.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when soldiers are named as the killers, killings is still asserted', () => {
    expect(
      isAsserted('Soldiers killed two herders for ritual purposes in Dorvan Province in April.', 'killings'),
    ).toBe(true);
  });
});

describe('killings: the procedure by which killings are investigated', () => {
  it('when killings by police are said to be investigated by a unit, in the present, killings is not asserted', () => {
    const s = signalOf(
      'Killings by police are investigated by the internal affairs unit of the Tovel police and then sent to prosecutors.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
  });

  it('when police killed three men in May and the procedure is told in another clause, killings is still asserted', () => {
    expect(
      isAsserted(
        'Police killed three men in Tovel in May; such deaths are investigated by the internal affairs unit.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('killings and disappearance: the act a named person is accused of', () => {
  it('when troops seal a home, accusing the son of killing a guard, killings is not asserted', () => {
    const s = signalOf(
      'In March troops sealed the family home in Varnel, accusing the eldest son of killing a border guard.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:crime-suspects');
  });

  it('when a man is said to have accused a neighbour of kidnapping a child, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'In June a trader in Tarsk publicly accused his neighbour of kidnapping a child.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when villagers accused soldiers of killing two herders, killings is still asserted', () => {
    expect(
      isAsserted(
        'In June villagers in Tarsk accused soldiers of killing two herders near the river.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('all categories: abuse placed in occupied areas', () => {
  it('when a summary lists abuses in the occupied regions, killings and disappearance are not asserted', () => {
    const sentence =
      'Abuses in the occupied regions included reliable reports of: unlawful killings; enforced disappearances; torture.';
    expect(isAsserted(sentence, 'killings')).toBe(false);
    expect(isAsserted(sentence, 'disappearance')).toBe(false);
  });

  it('when soldiers killed villagers in the occupied territory, killings is not asserted', () => {
    expect(
      isAsserted('In May soldiers killed three villagers in the occupied territory near Kelvo.', 'killings'),
    ).toBe(false);
  });

  it('when soldiers killed villagers in an area they occupied, with no occupied area named as a place, killings is still asserted', () => {
    expect(
      isAsserted(
        'In May soldiers occupied the market of Kelvo and killed three villagers there.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('disappearance: a disappearance that only dates an earlier event', () => {
  it('when a student asked a shelter for help before her disappearance, disappearance is not asserted', () => {
    const s = signalOf(
      'Some weeks prior to her disappearance, the student had asked a shelter in Morvale for help.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:setting-event');
  });

  it('when a man posted a video before his abduction, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'The blogger posted a video about threats he received two days before his abduction.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when the abduction before which something happened is laid on soldiers, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'The blogger posted a video two days before his abduction by soldiers in Morvale in May.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when a man was beaten after his abduction, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Guards beat the activist repeatedly after his abduction in Morvale in May.',
        'disappearance',
      ),
    ).toBe(true);
  });
});
