import type { ProfileId } from '../../scoring/profile-model';
import { attributeSentence } from '../../scoring/profile-scorer';
import { analyzeSentence } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the reports' register; names and places are invented.
const targets = (sentence: string, reportYear = 2023): ProfileId[] =>
  attributeSentence(sentence, { reportYear }).targeted.map((t) => t.profile);
const asserted = (sentence: string, reportYear = 2023): string[] =>
  analyzeSentence(sentence, { reportYear })
    .filter((s) => s.status === 'asserted')
    .map((s) => s.category);

describe('a sentence that only points to another section for a topic asserts nothing', () => {
  test('near miss: "For information on ... see section" names the topic of another section', () => {
    const sentence =
      '(For information on the abduction and beating of Karvi traders from the border districts, see section 1.b.).';
    expect(targets(sentence)).not.toContain('ethnic_minority');
    expect(asserted(sentence)).toEqual([]);
  });

  test('a sentence that tells of the abuse and then points to a section still asserts it', () => {
    const sentence = 'In May soldiers abducted four ethnic Karvi traders near Lodu (see section 1.b.).';
    expect(targets(sentence)).toContain('ethnic_minority');
    expect(asserted(sentence)).toContain('disappearance');
  });
});
