import { targets } from './group-targets';
import { analyzeSentence } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('women and girls: forced abortion is a harm aimed at women', () => {
  test('when a sentence says officials subjected women to forced abortions, women_girls is targeted', () => {
    expect(
      targets(
        'Former detainees said camp officials forced pregnant women held there to undergo forced abortions.',
      ),
    ).toContain('women_girls');
  });

  test('when a sentence says the law bans forced abortion, women_girls is not targeted', () => {
    expect(
      targets('The penal code prohibits forced abortion and sets penalties of up to six years.'),
    ).not.toContain('women_girls');
  });

  test('when a sentence says abortion is legal, women_girls is not targeted', () => {
    expect(targets('Abortion is legal during the first 12 weeks of pregnancy.')).not.toContain('women_girls');
  });
});

describe('women and girls: marriage by abduction is forced marriage', () => {
  test('when a sentence says marriage by kidnapping went on in some districts, women_girls is targeted', () => {
    expect(
      targets('Marriage by kidnapping continued in several highland districts during the year.'),
    ).toContain('women_girls');
  });

  test('when armed men abduct a trader for ransom, women_girls is not targeted', () => {
    expect(
      targets(
        'In May armed men abducted a cattle trader near Lomo and released him after his family paid a ransom.',
      ),
    ).not.toContain('women_girls');
  });

  test('when a sentence states the law bans marriage by abduction, women_girls is not targeted', () => {
    expect(
      targets('The law prohibits marriage by abduction and sets penalties of up to ten years.'),
    ).not.toContain('women_girls');
  });
});

describe('returnees: "returned from abroad" places what follows in this country', () => {
  test('when people returned involuntarily from abroad were jailed in harsh conditions, criminal_deportee is targeted', () => {
    expect(
      targets(
        'Several migrant workers returned involuntarily from abroad served prison terms in harsh conditions at Kolva camp.',
      ),
    ).toContain('criminal_deportee');
  });

  test('when people forcibly repatriated from abroad were beaten in holding centres, criminal_deportee is targeted', () => {
    expect(
      targets(
        'Former detainees said people who were forcibly repatriated from abroad were beaten in holding centers near the border.',
      ),
    ).toContain('criminal_deportee');
  });

  test('when citizens were beaten while abroad, criminal_deportee is not targeted', () => {
    expect(
      targets('Two returnees told reporters they had been beaten by border guards while working abroad.'),
    ).not.toContain('criminal_deportee');
  });
});

describe('categories: a return from abroad is not abuse abroad', () => {
  const asserted = (sentence: string): string[] =>
    analyzeSentence(sentence, { reportYear: 2023 })
      .filter((s) => s.status === 'asserted')
      .map((s) => s.category);

  test('when guards beat people forcibly repatriated from abroad, torture is asserted', () => {
    expect(
      asserted(
        'Witnesses said guards beat people who had been forcibly repatriated from abroad at the Tarn holding center.',
      ),
    ).toContain('torture');
  });

  test('when citizens were beaten by guards abroad, torture is not asserted', () => {
    expect(
      asserted('Witnesses said guards beat citizens who had travelled abroad for seasonal work.'),
    ).not.toContain('torture');
  });
});

describe('health: withholding medicine targets people who need medical care', () => {
  test('when guards withheld medicine from a detained activist, health_disability is targeted', () => {
    expect(
      targets(
        'While Dorin was held at Vesk prison, guards at times withheld his medicine and gave him spoiled bread.',
      ),
    ).toContain('health_disability');
  });

  test('when guards withheld family parcels from a detained activist, health_disability is not targeted', () => {
    expect(
      targets(
        'While Dorin was held at Vesk prison, guards at times withheld his family parcels and gave him spoiled bread.',
      ),
    ).not.toContain('health_disability');
  });
});

describe('groups "accused of" something are the accused, not accusers', () => {
  test('when police arrest Christians accused of defacing a shrine, religious_minority is targeted', () => {
    expect(
      targets(
        'In June police arrested 40 persons, including two Christians accused of defacing a shrine in Velm.',
      ),
    ).toContain('religious_minority');
  });

  test('when pastors accuse a mayor of harassing traders, religious_minority is not targeted', () => {
    expect(targets('In June two pastors accused the Velm mayor of harassing local traders.')).not.toContain(
      'religious_minority',
    );
  });
});

describe('categories: people repatriated after escaping abroad suffer what follows here', () => {
  const asserted = (sentence: string): string[] =>
    analyzeSentence(sentence, { reportYear: 2023 })
      .filter((s) => s.status === 'asserted')
      .map((s) => s.category);

  test('when people forcibly repatriated after escaping abroad were executed, killings is asserted', () => {
    expect(
      asserted(
        'Witnesses alleged that several people forcibly repatriated after escaping abroad were executed in public.',
      ),
    ).toContain('killings');
  });

  test('when people who escaped abroad were executed there, killings is not asserted', () => {
    expect(
      asserted(
        'Witnesses alleged that several people who had been living abroad were executed by a foreign militia.',
      ),
    ).not.toContain('killings');
  });
});
