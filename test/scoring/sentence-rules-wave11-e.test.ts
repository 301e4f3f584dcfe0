import type { CategoryId } from '../../scoring/categories';
import { ForeignPlaces } from '../../scoring/foreign-places';
import { analyzeSentence, type Signal } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the shape of report English; names and places are invented. The report is
// Dorvan's; Ostmark and the Tovel Republic are other countries.
const DORVAN = new ForeignPlaces(['Ostmark', 'Tovel Republic'], ['Dorvan']);

const signalIn = (sentence: string, category: CategoryId): Signal | undefined =>
  analyzeSentence(sentence, { reportYear: 2022, placesAbroad: DORVAN }).find((s) => s.category === category);

describe('a town named with its country ("near Kelvo, Ostmark") is a place abroad', () => {
  it('when a deserter was shot dead in a town of Ostmark where he was hiding, killings are not asserted', () => {
    const s = signalIn(
      'In May a Dorvani deserter was shot dead in Port Albery, Ostmark, where he had been living under a false name.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:abroad');
  });

  it('when troops executed captives near a town of the Tovel Republic, killings are not asserted', () => {
    expect(
      signalIn(
        'Witnesses said Dorvani troops executed five captured fighters in June near Selmar, Tovel Republic.',
        'killings',
      )?.status,
    ).not.toBe('asserted');
  });

  it('when the sentence also names a town at home ("in Selmar, Dorvan"), the killings it asserts still count', () => {
    expect(
      signalIn('Border guards shot dead two smugglers in Selmar, Dorvan, and a third in Ostmark.', 'killings')
        ?.status,
    ).toBe('asserted');
  });

  it('when the place is a month before the comma ("In June, Ostmark ..."), the killing is still asserted', () => {
    expect(
      signalIn('In June, Ostmark reported that Dorvani police executed five farmers.', 'killings')?.status,
    ).toBe('asserted');
  });

  it('when the month before the comma is May, which the tokenizer marks as a month, the killing is still asserted', () => {
    expect(
      signalIn('In May, Ostmark reported that Dorvani police executed five farmers.', 'killings')?.status,
    ).toBe('asserted');
  });

  it('when the country after the town is an owner ("in Selmar, Ostmark\'s consul said"), the killing is still asserted', () => {
    expect(
      signalIn("In Selmar, Ostmark's consul said police executed five farmers.", 'killings')?.status,
    ).toBe('asserted');
  });
});

describe('a place abroad after a charge or verdict names where the charged offence was done', () => {
  it('when a politically motivated trial convicted a pilot of killing reporters in a town abroad, the political prisoner is still asserted', () => {
    expect(
      signalIn(
        'In April a politically motivated trial found the pilot guilty of killing two reporters in Selmar, Ostmark.',
        'political_prisoners',
      )?.status,
    ).toBe('asserted');
  });

  it('when the political prisoners are held in a camp abroad, political prisoners are not asserted', () => {
    expect(
      signalIn(
        'Dorvani forces held dozens of political prisoners near Selmar, Ostmark.',
        'political_prisoners',
      )?.status,
    ).not.toBe('asserted');
  });
});

describe('killings: the Nazi era is a past war', () => {
  it('when a foundation paid the heirs of families whom the Nazis deported and killed, killings are not asserted', () => {
    const s = signalIn(
      'A Dorvan foundation paid the heirs of families whom the Nazis deported and killed.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-war');
  });

  it("when most of a town's residents were murdered in Nazi camps, killings are not asserted", () => {
    expect(
      signalIn(
        "Most of the town's residents were murdered in Nazi camps, and the city agreed to pay their heirs.",
        'killings',
      )?.status,
    ).toBe('historical');
  });

  it('when police killed a protester at a rally against the statue of a Nazi general, killings are still asserted', () => {
    expect(
      signalIn(
        'In March police killed a protester at a rally against the statue of a Nazi general.',
        'killings',
      )?.status,
    ).toBe('asserted');
  });
});

describe('acts told in a relative clause on a war abroad happened abroad', () => {
  it('when rights groups blamed Dorvani troops for civilian deaths in the invasion of Ostmark, killings are not asserted', () => {
    const s = signalIn(
      'Dorvan pressed on with its invasion of Ostmark, in which rights monitors blamed Dorvani troops for hundreds of civilian deaths.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:abroad');
  });

  it('when a "where" clause on the conflict in western Ostmark ties troops to civilian killings, killings are not asserted', () => {
    expect(
      signalIn(
        'Dorvani units fought in the conflict in western Ostmark, where observers tied them to scores of civilian killings.',
        'killings',
      )?.status,
    ).not.toBe('asserted');
  });

  it('when police detained people who protested the war in Ostmark, the detention before the relative clause is still asserted', () => {
    expect(
      signalIn(
        'Police arbitrarily detained 40 students who protested the war in Ostmark, in which many civilians were killed.',
        'arbitrary_detention',
      )?.status,
    ).toBe('asserted');
  });

  it('when the war abroad has no relative clause after it, the killing at home is still asserted', () => {
    expect(
      signalIn('Police killed a student at a rally against the war in Ostmark.', 'killings')?.status,
    ).toBe('asserted');
  });
});
