import type { ProfileId } from '../../scoring/profile-model';
import { attributeSentence } from '../../scoring/profile-scorer';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.
const targets = (sentence: string, reportYear = 2023): ProfileId[] =>
  attributeSentence(sentence, { reportYear }).targeted.map((t) => t.profile);

describe('people sent back home against their will are returnees', () => {
  test.each([
    [
      'a forced repatriation',
      'Officials arbitrarily detained dozens of seasonal workers following their forced repatriation in March.',
    ],
    [
      'an involuntary return',
      'NGOs reported that police tortured several traders returned involuntarily from neighbouring states.',
    ],
    [
      'being repatriated',
      'Rights groups documented that former labourers were tortured by border police once repatriated.',
    ],
  ])('when a sentence tells of abuse after %s, criminal_deportee is targeted', (_case, sentence) => {
    expect(targets(sentence)).toContain('criminal_deportee');
  });

  test('when a sentence mentions a forced repatriation but no abuse, criminal_deportee is not targeted', () => {
    expect(
      targets('The ministry organised the forced repatriation of 300 students from the island in May.'),
    ).not.toContain('criminal_deportee');
  });

  test('when a sentence tells of abuse after a voluntary return, criminal_deportee is not targeted by these words', () => {
    expect(
      targets(
        'NGOs reported that police tortured several students after their voluntary repatriation from abroad.',
      ),
    ).not.toContain('criminal_deportee');
  });
});
