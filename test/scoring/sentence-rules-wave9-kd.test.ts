import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('killings: a "who" clause that kills the person\'s own kin is a domestic killing', () => {
  it('when police arrested a woman who killed her husband, killings are not asserted (the state only arrested)', () => {
    const s = signalOf(
      'In March police in Dorvan arrested a woman who killed her husband with an axe.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when a court told police to review the plea of a widow who had killed her second husband, killings are not asserted', () => {
    expect(
      isAsserted(
        'On May 3 the high court told police in Tovel to review the plea of a widow who had killed her second husband.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the "who" stands for police who killed a farmer\'s brother, killings are still asserted', () => {
    expect(
      isAsserted(
        'The farmer said that police who killed his brother at a Dorvan checkpoint were never charged.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('dating: a year that dates a compared figure or the founding of a body does not date the act', () => {
  it('when this year\'s killings are set against a figure "in 2020", killings are asserted', () => {
    expect(
      isAsserted(
        'By October the Tovel ombudsman had logged 40 complaints of killings by police, compared with 52 in 2020.',
        'killings',
        2022,
      ),
    ).toBe(true);
  });

  it('when the body that counted the killings was set up in 2010, killings are asserted', () => {
    expect(
      isAsserted(
        'The Dorvan review panel, set up in 2010 to look into abuses, logged 40 complaints of killings by police, compared with 52 in 2020.',
        'killings',
        2022,
      ),
    ).toBe(true);
  });

  it('when the killings themselves are dated to 2020, killings are not asserted (a past year)', () => {
    const s = signalOf(
      'The Tovel ombudsman logged 40 complaints of killings by police in 2020.',
      'killings',
      2022,
    );
    expect(s?.status).toBe('historical');
  });

  it('when an army unit formed earlier killed suspects in 2019, killings are not asserted (the act is dated)', () => {
    expect(
      isAsserted('A Dorvan army unit established in 2015 killed 12 suspects in 2019.', 'killings', 2022),
    ).toBe(false);
  });
});

describe('events: a harm that someone acted to prevent did not happen', () => {
  it('when a man was kept at a police post to prevent his abduction, disappearance is not asserted', () => {
    const s = signalOf(
      'He wrote that he had been kept at a Tovel police post for three days to prevent his abduction by the militia.',
      'disappearance',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:prevented');
  });

  it('when troops were sent to avert killings in a district, killings are not asserted', () => {
    expect(
      isAsserted('Troops were sent to Dorvan district to avert killings before the vote.', 'killings'),
    ).toBe(false);
  });

  it('when police did nothing to prevent the killing of two traders, killings are still asserted', () => {
    expect(
      isAsserted(
        'Witnesses said police in Dorvan did nothing to prevent the killing of two traders.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when soldiers failed to prevent the abduction of six pupils, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Soldiers at the Tovel camp failed to prevent the abduction of six pupils by rebels.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('killings: killings for body parts are ritual crimes', () => {
  it('when villagers in Tovel were found killed with body parts cut away, killings are not asserted', () => {
    const s = signalOf(
      'Police in Tovel found two herders killed, with body parts cut away by unknown persons.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-crime');
  });

  it('when soldiers killed herders and mutilated their body parts, killings are still asserted (a state agent)', () => {
    expect(
      isAsserted(
        'Soldiers killed two herders near Tovel and mutilated their body parts, witnesses said.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('actors: a state body that showed or estimated a figure is its source, not its agent', () => {
  it('when a study ordered by the government showed that minors went missing from shelters, disappearance is not asserted', () => {
    const s = signalOf(
      'In May a study ordered by the government of Tovel, showing that 300 unaccompanied minors went missing from shelters, was published.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-agent');
  });

  it('when a survey showed that soldiers abducted children, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'A Dorvan survey showed that soldiers abducted 40 children from villages near Tovel.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('dating: what someone did during an earlier term of office is past', () => {
  it('when a governor claimed he had killed suspects during his earlier tenure as police chief, killings are not asserted', () => {
    const s = signalOf(
      "The commission looked into the governor's boast that he had personally killed a number of robbers during his earlier tenure heading the Tovel police.",
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:earlier-tenure');
  });

  it("when police killed suspects during the governor's current term, killings are still asserted", () => {
    expect(
      isAsserted("Dorvan police killed several suspects during the governor's current term.", 'killings'),
    ).toBe(true);
  });
});

describe('disappearance: a person detained by an armed group is abducted', () => {
  it('when a herder was detained by a rebel faction, disappearance is asserted', () => {
    const s = signalOf(
      'In March media said a herder was detained by a rebel faction near the Dorvan border.',
      'disappearance',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('non_state');
  });

  it('when herders were detained by police, the sentence shows no disappearance signal (an arrest, not an abduction)', () => {
    const s = signalOf(
      'In March media said two herders were detained by police near the Dorvan border.',
      'disappearance',
    );
    expect(s).toBeUndefined();
  });
});

describe('disappearance: people taken to undisclosed detention facilities or unknown sites', () => {
  it('when soldiers moved detainees to undisclosed detention facilities, disappearance is asserted', () => {
    expect(
      isAsserted(
        'Dorvan soldiers moved the detainees to undisclosed detention facilities near Tovel.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when a commission inspected a detention facility whose site had been undisclosed, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'The Tovel commission inspected a detention facility in Dorvan whose site had earlier been undisclosed.',
        'disappearance',
      ),
    ).toBe(false);
  });
});

describe('killings: opening fire is a shooting, not yet a killing', () => {
  it('when a broadcaster said troops had opened fire on marchers, killings are not asserted (no one is said to have died)', () => {
    expect(
      isAsserted(
        'A Dorvan radio station said that Tovel troops had opened fire on marchers near the bridge.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when troops opened fire on marchers and killed two of them, killings are still asserted', () => {
    expect(
      isAsserted('Tovel troops opened fire on marchers near the bridge and killed two of them.', 'killings'),
    ).toBe(true);
  });
});

describe('killings: a death in a prison counts like a death in custody, when abuse is named', () => {
  it('when a dissident died in a prison that former inmates called notorious for torture, killings are asserted', () => {
    expect(
      isAsserted(
        'In May the Tovel dissident died in a remote prison that former inmates said was notorious for cold cells and torture.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when a dissident died in a prison and no cause is named, killings are not asserted', () => {
    const s = signalOf('In May the Tovel dissident died in a remote prison, his lawyer said.', 'killings');
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-cause');
  });
});

describe('killings: deaths in a prison from hunger or neglect, the prison named between death and cause', () => {
  it('when monitors found a high mortality rate at a prison from a lack of food, killings are asserted', () => {
    expect(
      isAsserted(
        'Monitors found a 12 percent mortality rate at Dorvan Central prison from a lack of food and water.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when monitors found deaths at a prison but named no cause, killings are not asserted', () => {
    expect(
      isAsserted(
        'Monitors counted a 12 percent mortality rate at Dorvan Central prison last year.',
        'killings',
      ),
    ).toBe(false);
  });
});

describe('dating: an act that came in the wake of an event of a past year is past', () => {
  it('when no inquiry was opened into the disappearance of marchers following the 2015 crackdown, disappearance is not asserted', () => {
    const s = signalOf(
      'Dorvan authorities again opened no inquiry into the disappearance of many marchers following the 2015 crackdown in Tovel.',
      'disappearance',
      2022,
    );
    expect(s?.status).toBe('historical');
  });

  it('when marchers disappeared following the crackdown of this year, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Dorvan soldiers forcibly disappeared many marchers following the 2022 crackdown in Tovel.',
        'disappearance',
        2022,
      ),
    ).toBe(true);
  });
});
