import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('arbitrary detention: what officials "had to" do is a duty of procedure', () => {
  it('when police had to tell relatives of an arrest, arbitrary detention is not asserted', () => {
    const s = signalOf(
      "In Tovel police had to tell a detainee's relatives of the arrest at once, and they mostly did.",
      'arbitrary_detention',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:duty');
  });

  it('when a prosecutor had to rule on an arrest made without a warrant, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'When police held a suspect without a warrant, the duty prosecutor had to rule within a day on whether the arrest stood.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police arrested traders without warrants and the detainees had to pay guards, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Kestrel arrested dozens of traders without warrants, and the detainees had to pay guards for water.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: an arrest that "required a warrant" states the procedure', () => {
  it('when an arrest normally required a warrant from a magistrate, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'In Tovel an arrest normally required a warrant signed by a magistrate, save when a crime was under way.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:requires-warrant');
  });

  it('when officers detained a shopkeeper without the required warrant, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Officers in Kestrel detained the shopkeeper without the required warrant.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when arrests required warrants but police in practice ignored the requirement, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Arrests in Dorvan required a warrant, but police often ignored the requirement.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: courts that "held" something ruled, they held no one', () => {
  it('when the courts held it was illegal to carry party flags at marches, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'The Tovel courts held it was illegal to carry party flags at marches.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:not-detention');
  });

  it('when police held two editors illegally for a week, arbitrary detention is still asserted', () => {
    expect(
      isAsserted('Police in Kestrel held the two editors illegally for a week.', 'arbitrary_detention'),
    ).toBe(true);
  });

  it('when police held protesters that night, political imprisonment is still asserted', () => {
    expect(
      isAsserted(
        'Police in Kestrel held that night dozens of protesters without charge.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: an average stay in pretrial detention counted in months is a figure', () => {
  it('when the prison service gave an average pretrial stay of two to five months, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'The Tovel prison service said the average duration of pretrial detention was two to five months.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:average-in-months');
  });

  it('when the average pretrial stay was about two years, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'The average length of pretrial detention in Kestrel was about two years.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when an average pretrial stay in months went past the legal maximum, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In Dorvan the average duration of pretrial detention was nine months, past the maximum.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('accountability: agents arrested or sanctioned as the accused of an undated abuse', () => {
  it('when the ministry suspended jailers accused of torture, torture is not asserted', () => {
    const s = signalOf(
      'In Tovel the interior ministry suspended six jailers accused of torture and assault.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:accused');
  });

  it('when a court ordered the arrest of gendarmes accused of torture, torture is not asserted', () => {
    expect(
      isAsserted('A Kestrel court ordered the arrest of four gendarmes accused of torture.', 'torture'),
    ).toBe(false);
  });

  it('when police arrested officers accused of torturing a detainee in February, torture is still asserted', () => {
    expect(
      isAsserted(
        'Police in Kestrel arrested four officers accused of torturing a detainee in February.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when officers accused of torture stayed on duty, torture is still asserted', () => {
    expect(isAsserted('Officers accused of torture in Tovel remained on duty.', 'torture')).toBe(true);
  });
});

describe('accountability: charges brought against someone for an undated abuse', () => {
  it('when prosecutors brought charges against wardens alleged to have tortured inmates, torture is not asserted', () => {
    const s = signalOf(
      'Prosecutors in Tovel brought charges against two wardens alleged to have tortured inmates.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:charge');
  });

  it('when the charges are for a torture the sentence dates to April, torture is still asserted', () => {
    expect(
      isAsserted(
        'Prosecutors in Tovel filed charges against three wardens for the torture of an inmate in April.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when detainees were not told the charges against them, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Officers in Dorvan seldom told detainees of the charges against them, above all those arrested at opposition rallies.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('court events: an abuse named "besides" the counts of a verdict is one more count', () => {
  it('when, besides torture, a court convicted jailers of extortion, torture is not asserted', () => {
    const s = signalOf('Besides torture, the Tovel court convicted the two jailers of extortion.', 'torture');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:conviction');
  });

  it('when, in addition to arbitrary detention, gendarmes were tried for bribery, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In addition to arbitrary detention, the three Kestrel gendarmes were tried for bribery.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when, besides torture, guards denied inmates food, torture is still asserted', () => {
    expect(isAsserted('Besides torture, guards in Kestrel denied inmates food.', 'torture')).toBe(true);
  });

  it('when a court word sits inside the opening phrase itself, the conditions it lists are still asserted', () => {
    expect(
      isAsserted(
        'In addition to lacking blankets and sleeping on damaged mats, inmates in Tovel often fell ill.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});

describe('court events: "criminal cases of" an abuse are cases opened about it', () => {
  it('when a prosecutor merged criminal cases of torture against prison staff, torture is not asserted', () => {
    const s = signalOf(
      'In June the Tovel prosecutor merged four criminal cases of torture against prison staff into one.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:investigation');
  });

  it('when lawyers documented cases of torture by police, torture is still asserted', () => {
    expect(isAsserted('Lawyers in Kestrel documented dozens of cases of torture by police.', 'torture')).toBe(
      true,
    );
  });

  it('when the criminal cases are about beatings the sentence dates to March, torture is still asserted', () => {
    expect(
      isAsserted(
        'Prosecutors in Kestrel opened criminal cases of torture against guards for beatings in March.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: a duty that officials "failed to do" or "did not do" is departed from', () => {
  it('when police had to tell families of arrests but often did not do so, arbitrary detention is asserted', () => {
    const s = signalOf(
      'Police in Tovel had to tell families of arrests, but often did not do so.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('departure:not-always-respected');
  });

  it('when officers were required to notify relatives of arrests but often failed to do so, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Officers in Kestrel were required to notify relatives of arrests, but often failed to do so.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police had to notify relatives of an arrest and generally did, arbitrary detention is still not asserted', () => {
    expect(
      isAsserted(
        'Police in Tovel had to notify relatives of an arrest, and they generally did.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('court events: a verb coordinated after an accusation is what the holders did', () => {
  it('when police arrested men accused of theft and tortured them, torture is asserted', () => {
    const s = signalOf(
      'Police in Kestrel arrested 30 men accused of theft and tortured them in custody.',
      'torture',
    );
    expect(s?.status).toBe('asserted');
  });

  it('when a farmer was arrested on suspicion of having abducted and mistreated his niece, torture is not asserted', () => {
    const s = signalOf(
      'On May 4, police in Tovel arrested a farmer suspected of having abducted and mistreated his niece.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:suspect');
  });
});

describe('arbitrary detention: officials who "had to release" someone were made to, it is no duty of procedure', () => {
  it('when police had to release an activist held without charge, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'After protests, police in Tovel had to release the activist they had held without charge for ten days.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('court events: agents relieved or suspended from duty for an undated abuse', () => {
  it('when gendarmes were relieved from duty for allegedly beating a vendor, torture is not asserted', () => {
    const s = signalOf(
      'In Tovel three gendarmes were relieved from duty for allegedly beating a street vendor.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:sanction');
  });

  it('when gendarmes were suspended from duty for a beating the sentence dates to June, torture is still asserted', () => {
    expect(
      isAsserted(
        'Three Kestrel gendarmes were suspended from duty for beating a street vendor in June.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('court events: agents detained "on suspicion of" an undated abuse', () => {
  it('when authorities detained two officers on suspicion of torturing a suspect, torture is not asserted', () => {
    const s = signalOf(
      'Authorities in Tovel detained two police officers on suspicion of torturing a suspect.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:suspicion');
  });

  it('when police detained a man on suspicion of theft and beat him, torture is still asserted', () => {
    expect(
      isAsserted('Police in Tovel detained a man on suspicion of theft and beat him in custody.', 'torture'),
    ).toBe(true);
  });
});

describe('court events: agents suspended over an undated abuse', () => {
  it('when a police chief suspended officers over the beating of a detainee, torture is not asserted', () => {
    const s = signalOf(
      'The Kestrel police chief suspended three officers over the beating of a detainee.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:sanction');
  });

  it('when the government suspended a newspaper and police beat its editor, torture is still asserted', () => {
    expect(
      isAsserted('The Tovel government suspended the newspaper, and police beat its editor.', 'torture'),
    ).toBe(true);
  });
});

describe('court events: "implicated in" is an accusation like "accused of"', () => {
  it('when a court ordered the detention of soldiers implicated in torture, torture is not asserted', () => {
    const s = signalOf(
      'The Tovel military court ordered the detention of three soldiers implicated in the torture of detainees.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:accused');
  });

  it('when soldiers implicated in torture stayed on active duty, torture is still asserted', () => {
    expect(
      isAsserted(
        'Soldiers implicated in the torture of detainees in Tovel remained on active duty.',
        'torture',
      ),
    ).toBe(true);
  });
});
