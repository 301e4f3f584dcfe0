import type { ProfileId } from '../../scoring/profile-model';
import { attributeSentence } from '../../scoring/profile-scorer';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.
const targets = (sentence: string, reportYear = 2023): ProfileId[] =>
  attributeSentence(sentence, { reportYear }).targeted.map((t) => t.profile);

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
