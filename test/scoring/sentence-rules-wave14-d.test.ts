import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('political prisoners and arbitrary detention: one list of crimes whose suspects an arrest names', () => {
  it('when farmers are arrested for a dated killing of an activist, political prisoners is not asserted', () => {
    const s = signalOf(
      'Gendarmes in Varnel arrested three farmers for the 2019 killing of an opposition activist.',
      'political_prisoners',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:crime-suspects');
  });

  it('when youths are held over the stabbing of a blogger, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Officers in Tarsk detained two youths over the stabbing of a blogger.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when activists are arrested for their posts, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'Gendarmes in Varnel arrested three opposition activists for their posts about the mayor.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when bloggers are held for posts about a stabbing, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'Officers in Tarsk detained two bloggers for their posts about the stabbing.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when drivers are detained as accused of beating a reporter, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Police in Morvale detained two drivers accused of beating a reporter.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:crime-suspects');
  });

  it('when a trader is arrested for the assassination of a council member, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Morvale arrested a trader for the assassination of a council member.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when drivers are detained without charge for weeks, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Morvale detained two drivers without charge for three weeks.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('political prisoners and arbitrary detention: an act named before the crime is what the arrest is for', () => {
  it('when villagers are detained for reporting the abduction of a journalist, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Soldiers in Kelm detained villagers for reporting the abduction of a journalist.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when villagers are detained for the abduction of a journalist, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Soldiers in Kelm detained villagers for the abduction of a journalist.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when villagers are detained for organizing the abduction of a journalist, neither category is asserted', () => {
    const s = 'Soldiers in Kelm detained villagers for organizing the abduction of a journalist.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(s, 'political_prisoners')).toBe(false);
  });
});

describe('political prisoners and arbitrary detention: one list of words that tie an arrest to its crime', () => {
  it('when youths are held over the stabbing of a shopkeeper, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Police in Tarsk detained two youths over the stabbing of a shopkeeper.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:crime-suspects');
  });

  it('when youths are held over their posts, arbitrary detention is still asserted', () => {
    expect(isAsserted('Police in Tarsk detained two youths over their posts.', 'arbitrary_detention')).toBe(
      true,
    );
  });

  it('when guards are arrested as the men behind the killing of a journalist, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Police in Tarsk arrested two guards behind the killing of a journalist.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when men are detained in the killing of a journalist, political prisoners is not asserted', () => {
    expect(
      isAsserted('Police in Tarsk detained two men in the killing of a journalist.', 'political_prisoners'),
    ).toBe(false);
  });
});

describe('political prisoners and arbitrary detention: a crime that is the grievance of a protest names no suspects', () => {
  it('when students are detained for protests against corruption, arbitrary detention is asserted', () => {
    expect(
      isAsserted('Police in Tarsk detained students for protests against corruption.', 'arbitrary_detention'),
    ).toBe(true);
  });

  it('when activists are detained at a vigil for a murdered journalist, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police in Tarsk detained activists at a vigil for the murder of a journalist.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when students are arrested at a rally over the murder of a journalist, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police in Tarsk arrested students at a rally over the murder of a journalist.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention and dated deaths: mass crimes and plural killings join the one crime list', () => {
  it('when someone is detained for the massacre of a family, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Police in Dorva detained a reporter for the massacre of a family.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:crime-suspects');
  });

  it('when a reporter is detained for writing about a massacre, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Dorva detained a reporter for writing about the massacre.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a commander is arrested on genocide charges, the arrest holds a crime suspect', () => {
    expect(
      signalOf('Police in Dorva arrested a former commander on genocide charges.', 'arbitrary_detention')
        ?.reason,
    ).toBe('out_of_scope:crime-suspects');
  });

  it('when guards beat inmates whose deaths the sentence dates to a past year, the beating belongs to those deaths', () => {
    const s = signalOf(
      'Relatives sought justice for the 2019 deaths of two inmates, whom they said guards had beaten in their cells.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-event');
  });
});

describe('arbitrary detention: the protest events the classifier and the group scorer share', () => {
  it('when dockworkers are detained for a strike over the murder of a colleague, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police in Tarsk detained dockworkers for a strike over the murder of a colleague.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when dockworkers are detained for the murder of a colleague, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Tarsk detained dockworkers for the murder of a colleague.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when a man is detained in March for the murder of a colleague, the month is no protest march', () => {
    expect(
      isAsserted(
        'Police in Tarsk detained a man in March for the murder of a colleague.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
