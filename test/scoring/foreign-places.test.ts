import type { CategoryId } from '../../scoring/categories';
import { ForeignPlaces } from '../../scoring/foreign-places';
import { attributeSentence } from '../../scoring/profile-scorer';
import { analyzeSentence, type Signal } from '../../scoring/text-analyzer';

// Sentences written for these tests; the countries are invented: the report is Dorvan's, Ostmark and
// the Tovel Republic are its neighbours.
const DORVAN = new ForeignPlaces(['Ostmark', 'Tovel Republic', 'Vale'], ['Dorvan']);

const signalIn = (sentence: string, category: CategoryId, placesAbroad?: ForeignPlaces): Signal | undefined =>
  analyzeSentence(sentence, { reportYear: 2022, placesAbroad }).find((s) => s.category === category);

describe('an abuse the report places in another named country is abroad', () => {
  it("when Dorvan's report says its soldiers killed civilians in eastern Ostmark, killings are not asserted", () => {
    const sentence = 'Rights groups said Dorvani soldiers killed dozens of civilians in eastern Ostmark.';
    expect(signalIn(sentence, 'killings')?.status).toBe('asserted');
    expect(signalIn(sentence, 'killings', DORVAN)).toMatchObject({
      status: 'institutional',
      reason: 'out_of_scope:abroad',
    });
  });

  it('when a several-word country is named ("in the Tovel Republic"), the abduction there is abroad', () => {
    const sentence = 'In May security agents abducted an exiled blogger in the Tovel Republic.';
    expect(signalIn(sentence, 'disappearance', DORVAN)?.status).not.toBe('asserted');
  });

  it('when police beat protesters in the capital, torture is still asserted with the places known', () => {
    expect(
      signalIn('Police beat protesters in the capital and detained 40 of them.', 'torture', DORVAN)?.status,
    ).toBe('asserted');
  });

  it('when the sentence also places the act at home ("in Dorvan"), what it asserts still counts', () => {
    const sentence =
      'Citizens of Ostmark detained in Dorvan said guards tortured them in Ostmark and in prison.';
    expect(signalIn(sentence, 'torture', DORVAN)?.status).toBe('asserted');
  });

  it('when the country names only where a victim once lived, the abuse at home still counts', () => {
    const sentence = 'Guards beat a returned woman who had lived in Ostmark for years.';
    expect(signalIn(sentence, 'torture', DORVAN)?.status).toBe('asserted');
  });

  it('when the place belongs to a war ("protests against the war in Ostmark"), the arrest at home counts', () => {
    const sentence = 'Police arbitrarily arrested 30 students for protesting against the war in Ostmark.';
    expect(signalIn(sentence, 'arbitrary_detention', DORVAN)?.status).toBe('asserted');
  });

  it('when refugees are sent back to face torture in Ostmark, refoulement is still asserted', () => {
    const sentence =
      'Authorities forcibly returned 12 asylum seekers although they faced torture in Ostmark.';
    expect(signalIn(sentence, 'refoulement', DORVAN)?.status).toBe('asserted');
  });
});

describe('what is not a place abroad', () => {
  it.each([
    ['a name joined on by a hyphen is part of a longer name', 'in Ostmark-Vale'],
    ['a capitalised region word makes a name of its own', 'in Northern Ostmark'],
    ['a lower-case name is a common noun, not the country Vale', 'in the vale'],
  ])('when %s ("%s"), the killing there still counts', (_why, place) => {
    const sentence = `Soldiers killed two farmers ${place} during the year.`;
    expect(signalIn(sentence, 'killings', DORVAN)?.status).toBe('asserted');
  });
});

describe('a group harm placed in another named country is abroad too', () => {
  it("when agents harassed exiled journalists in Ostmark, Dorvan's journalists are not shown as targeted", () => {
    const sentence = 'Security agents harassed and threatened exiled journalists in Ostmark.';
    const targeted = (placesAbroad?: ForeignPlaces) =>
      attributeSentence(sentence, { reportYear: 2022, placesAbroad }).targeted.map((t) => t.profile);
    expect(targeted()).toContain('journalist');
    expect(targeted(DORVAN)).not.toContain('journalist');
  });
});
