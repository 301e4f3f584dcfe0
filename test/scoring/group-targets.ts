import type { ProfileId } from '../../scoring/profile-model';
import { attributeSentence } from '../../scoring/profile-scorer';

/** The groups the profile scorer names as targets of one sentence, for a report of `reportYear`. */
export const targets = (sentence: string, reportYear = 2023): ProfileId[] =>
  attributeSentence(sentence, { reportYear }).targeted.map((t) => t.profile);
