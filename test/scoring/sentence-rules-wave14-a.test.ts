import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('killings: a murder named beside a rape with no perpetrator is a private sexual crime', () => {
  it('when police named no suspect in the rape and murder of a schoolgirl, killings is not asserted', () => {
    const s = signalOf(
      'Dorvan police had still named no suspect by November in the rape and murder of a schoolgirl.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-agent');
  });

  it('when marches followed the abduction, rape, and killing of a child, killings is not asserted', () => {
    expect(
      isAsserted(
        'After the abduction, rape, and killing of Mira T. in Kestrel, crowds marched to demand safer schools.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the rapes and killings are laid on soldiers, killings is still asserted', () => {
    expect(
      isAsserted(
        'Villagers in Tovel reported rapes and killings by soldiers of the northern brigade in May.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when soldiers raped and killed two women, killings is still asserted', () => {
    expect(
      isAsserted(
        'In April three soldiers raped and killed two women near the Tovel border post.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('killings: deaths in a riot that inmates began are prison violence', () => {
  it('when inmates rioted in two jails and four prisoners died, killings is not asserted', () => {
    const s = signalOf(
      'In March some 600 inmates rioted in two Dorvan jails, resulting in the deaths of four prisoners.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:prison-violence');
  });

  it('when guards shot prisoners after inmates rioted, killings is still asserted', () => {
    expect(
      isAsserted(
        'In March guards shot and killed four prisoners after inmates rioted in the Dorvan jail.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('killings: killings between inmates are violence between inmates, not killings by agents', () => {
  it('when inmates killed two fellow inmates, killings is not asserted even though guards beat prisoners', () => {
    const s = signalOf(
      'Guards in Tovel often beat prisoners, and inmates killed two fellow inmates during the year.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:between-inmates');
  });

  it('when killings among detainees were reported, killings is not asserted', () => {
    expect(
      isAsserted(
        'Beatings by guards were common in Kestrel jails, and killings among detainees were also reported.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when guards killed two inmates, killings is still asserted', () => {
    expect(
      isAsserted(
        'Guards in Tovel often beat prisoners, and in June they killed two inmates during a cell search.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when killings of detainees by guards were reported, killings is still asserted', () => {
    expect(
      isAsserted(
        'Beatings by guards were common in Kestrel jails, and killings of detainees by guards were also reported.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('torture: conditions classed as inhuman treatment are conditions of detention', () => {
  it('when monitors found jail conditions bad enough to constitute inhuman treatment, torture is not asserted', () => {
    const s = signalOf(
      'Monitors from the Tovel bar found that conditions in two police jails were bad enough to constitute inhuman treatment.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:conditions-as-treatment');
  });

  it('when the monitors said such conditions amounted to degrading treatment, torture is not asserted', () => {
    expect(
      isAsserted('Monitors said conditions in the Kestrel jail amounted to degrading treatment.', 'torture'),
    ).toBe(false);
  });

  it('when the monitors said beatings in the jail amounted to degrading treatment, torture is still asserted', () => {
    expect(
      isAsserted('Monitors said beatings in the Kestrel jail amounted to degrading treatment.', 'torture'),
    ).toBe(true);
  });
});

describe('torture: abuse listed among what harsh conditions included is a condition of detention', () => {
  it('when harsh jail conditions included crowding, spoiled food and physical abuse, torture is not asserted', () => {
    const s = signalOf(
      'Jail conditions in Dorvan were often harsh and included crowding, spoiled food, physical abuse, and scant medical care.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:conditions-list');
  });

  it('when the listed physical abuse was by guards, torture is still asserted', () => {
    expect(
      isAsserted(
        'Jail conditions in Dorvan were often harsh and included crowding, spoiled food, and physical abuse by guards.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('killings: missing justice for killings the sentence dates to earlier years looks back on them', () => {
  it('when there was no progress during the year on killings that include a 2009 killing, killings is not asserted', () => {
    const s = signalOf(
      'Prosecutors in Tovel made no progress during the year on several killings of reporters, including the 2009 killing of editor Ana Brel.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:unredressed-past');
  });

  it('when the killings include the 2012 death of a blogger, killings is not asserted', () => {
    expect(
      isAsserted(
        'There was no investigative progress on several killings of reporters, including the 2012 death of the Kestrel blogger Ivo Mars.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the killings the inquiry stalled on were by police in March, killings is still asserted', () => {
    expect(
      isAsserted(
        'Prosecutors in Tovel made no progress during the year on the killing of editor Ana Brel by police in March.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('any category: an abuse the clause calls rare is not reported as having happened', () => {
  it('when enforced disappearances are said to be rare, disappearance is not asserted', () => {
    const s = signalOf(
      'Although enforced disappearances were rare in Dorvan, street robberies were frequent.',
      'disappearance',
    );
    expect(s?.status).toBe('negated');
    expect(s?.reason).toBe('negation:rare');
  });

  it('when disappearances by the army were frequent and only other abuses rare, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Enforced disappearances by the army were frequent in Dorvan, although other abuses were rare.',
        'disappearance',
      ),
    ).toBe(true);
  });
});
