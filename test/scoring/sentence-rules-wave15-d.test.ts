import { isAsserted, statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: excessive use of force named with its agent or target', () => {
  it('when a list of issues names excessive use of force by the gendarmerie, torture is asserted', () => {
    expect(
      isAsserted(
        'The main human rights issues included lengthy pretrial detention and excessive use of force by the gendarmerie.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when riot units made excessive use of force against marchers, torture is asserted', () => {
    expect(
      isAsserted('In Kestrel, riot units made excessive use of force against marchers in June.', 'torture'),
    ).toBe(true);
  });

  it('when soldiers used excessive and at times lethal force on villagers, torture is asserted', () => {
    expect(
      isAsserted(
        'Soldiers in the Tovel valley used excessive and at times lethal force against villagers.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the law punishes excessive use of force by officers, torture is still not asserted', () => {
    expect(
      statusOf(
        'The penal code of Dorvan provides penalties for excessive use of force by officers of the law.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('when excessive use of force names neither agent nor target, torture has no cue from it', () => {
    expect(statusOf('Training courses covered the excessive use of force.', 'torture')).toBeUndefined();
  });
});

describe('detention_conditions: men and women held mixed in detention', () => {
  it('when men and women were intermingled in two prisons, detention_conditions is asserted', () => {
    expect(
      isAsserted(
        'In the two old prisons of Tovel province, men and women were intermingled.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when women and men were commingled in police cells, detention_conditions is asserted', () => {
    expect(
      isAsserted('Women and men were commingled in some Kestrel police cells.', 'detention_conditions'),
    ).toBe(true);
  });

  it('when men and women mixed at a market with no detention named, detention_conditions is not asserted', () => {
    expect(
      isAsserted(
        'At the Kestrel market, men and women mixed freely during the festival.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('detention_conditions: a denial of food or water to people held', () => {
  it('when the one exception to no food shortages is a denial of food to detainees, detention_conditions is asserted', () => {
    expect(
      isAsserted(
        'There were no reports of food shortages in Dorvan jails except for the denial of food to three detainees.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a prisoner alleged denial of water for two days, detention_conditions is asserted', () => {
    expect(
      isAsserted(
        'A lawyer for one prisoner in Kestrel alleged denial of water for two days during his hunger strike.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a denial of water names no place or person of detention, detention_conditions is not asserted', () => {
    expect(
      isAsserted(
        'Villagers in Tovel complained of the denial of water rights by the district council.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('damage to the body is harm, not damages a court awards', () => {
  it('when detainees suffered kidney damage from lack of medical care, detention_conditions is asserted', () => {
    expect(
      isAsserted(
        'Monitors said many detainees in Kestrel suffered kidney damage due to lack of proper medical care.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a court awarded damages for a lack of medical care years ago, detention_conditions is not asserted', () => {
    expect(
      statusOf(
        'In May a court awarded damages to three former detainees for the lack of medical care they suffered in 2015.',
        'detention_conditions',
      ),
    ).toBe('historical');
  });
});

describe('torture: cutting off a part of the body', () => {
  it('when soldiers cut off the ear of a bound detainee, torture is asserted', () => {
    expect(
      isAsserted(
        'A video showed soldiers in Tovel cut off the left ear of a handcuffed detainee in March.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when police officers chopped off the fingers of a suspect, torture is asserted', () => {
    expect(
      isAsserted(
        'Witnesses said two police officers in Kestrel chopped off the fingers of a suspect.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when no one is named as having cut off an ear, torture is not asserted', () => {
    expect(statusOf('Someone cut off the ear of a farmer near the river in Dorvan.', 'torture')).toBe(
      'institutional',
    );
  });

  it('when authorities cut off the water supply of a home, torture has no cue', () => {
    expect(
      statusOf('Authorities in Kestrel cut off the water supply of her home.', 'torture'),
    ).toBeUndefined();
  });
});
