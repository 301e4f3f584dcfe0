import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('arbitrary detention: a bare arrest the clause says was for political beliefs is political imprisonment', () => {
  it('when monitors say the government held people because of their political beliefs, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Monitors in Varesk insisted that the government detained dozens of persons chiefly because of their political beliefs.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:political-label');
  });

  it('when police arrested critics for their political views, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Ostrel arrested four teachers for their political views, according to the union.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('the same sentence still asserts political imprisonment', () => {
    expect(
      isAsserted(
        'Monitors in Varesk insisted that the government detained dozens of persons chiefly because of their political beliefs.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the arrest for political views was also made without a warrant, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Ostrel detained four teachers without a warrant because of their political views.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('torture: a state agent that opens the sentence using force on a crowd is the agent of a later beating', () => {
  it('when soldiers fired tear gas at marchers and some marchers were then beaten, torture is asserted', () => {
    const s = signalOf(
      'Soldiers fired tear gas to break up the Dunmere marchers; several marchers were beaten, and one lost an eye.',
      'torture',
    );
    expect(s?.status).toBe('asserted');
  });

  it('when the police dispersed dock workers and some were kicked, torture is asserted', () => {
    expect(
      isAsserted(
        'The police dispersed striking dock workers in Port Avel with water cannon; afterwards some of the workers were kicked.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the police only reported that a trader was beaten, torture is not asserted', () => {
    expect(
      isAsserted('Police in Port Avel said that a trader was beaten in the fish market.', 'torture'),
    ).toBe(false);
  });

  it('when the state agent opening the sentence used no force, a later beating keeps its agent open', () => {
    expect(
      isAsserted(
        'The police opened a station in Dunmere last spring; a few weeks later a shopkeeper was beaten nearby.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: a word of unlawfulness in another clause does not make a bare arrest arbitrary', () => {
  it('when guards spared migrants who stayed illegally but held those who committed offences, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Border guards did not detain migrants who stayed illegally in Velmor but did detain them if they committed offences.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police ignored vendors trading without permits but arrested them for theft, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The police left street vendors alone when they traded without permits, but they arrested them when they stole.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the police arrested a trader without a warrant, arbitrary detention is still asserted', () => {
    expect(
      isAsserted('In Velmor, police arrested the trader without a warrant.', 'arbitrary_detention'),
    ).toBe(true);
  });

  it('when the police arrested farmers illegally and a court later freed them, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Velmor arrested two farmers illegally, and the court later freed them.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('torture: cases of sexual violence "committed by" state agents are the acts, not court cases', () => {
  const byArmy =
    'Monitors in Ruvala said that most sexual violence cases committed against displaced women were committed by the army.';

  it('when monitors say most such cases were committed by the army, torture is asserted', () => {
    expect(isAsserted(byArmy, 'torture')).toBe(true);
  });

  it('when the same cases were committed by neighbours, torture is not asserted', () => {
    expect(
      isAsserted(
        'Monitors in Ruvala said that most sexual violence cases committed against displaced women were committed by their neighbours.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when the cases brought against soldiers were pending in court, torture is still not asserted', () => {
    const s = signalOf(
      'Monitors in Ruvala said that the sexual violence cases brought against two soldiers were still pending.',
      'torture',
    );
    expect(s?.status).toBe('historical');
  });
});

describe('torture: physical abuse by state agents that the lexicon lacked', () => {
  it.each([
    'A video from Port Avel showed an officer pressing a knee on the neck of a handcuffed man for a full minute.',
    'Former inmates said guards at the Varesk jail pulled out their fingernails during questioning.',
    'Detainees at the Ostrel station said they were stripped naked by police and left in a cold cell.',
    'Witnesses said soldiers dragged the woman by her hair to a waiting truck.',
    'Border guards forced the migrants to strip and stand in the snow.',
    'Police officers strangled the suspect until he lost consciousness.',
  ])('when state agents do it, torture is asserted: %s', (sentence) => {
    expect(isAsserted(sentence, 'torture')).toBe(true);
  });

  it('when a brother strangles a farmer, torture is not asserted', () => {
    expect(
      isAsserted('A farmer in Ostrel was strangled by his brother after a quarrel over land.', 'torture'),
    ).toBe(false);
  });

  it('when a stepmother drags a girl by her hair, torture is not asserted', () => {
    expect(
      isAsserted('The girl said her stepmother dragged her by her hair across the yard.', 'torture'),
    ).toBe(false);
  });
});

describe('arbitrary detention: a named statute that permits or gives a power to detain states a norm', () => {
  it('when the Public Order Act of Tarvel permits police to hold suspects without charge, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'The Tarvel Public Order Act permits police to hold suspects for 90 days without charge.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('legal_norm');
  });

  it('when the statute is followed by its acronym and allows police to detain, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The Ostrel Internal Security Act (OISA) allowed police to detain persons for a year without charge.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police detained protesters without charge under a named act, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Tarvel detained 300 protesters without charge under the Public Order Act.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});
