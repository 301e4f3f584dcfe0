import type { AssertionStatus, CategoryId } from '../../scoring/categories';
import { analyzeSentence, type Signal } from '../../scoring/text-analyzer';

/** The first signal of `category` the analyser finds in one sentence, for a report of `reportYear`. */
export const signalOf = (sentence: string, category: CategoryId, reportYear = 2022): Signal | undefined =>
  analyzeSentence(sentence, { reportYear }).find((s) => s.category === category);

/** The status of that signal (`undefined` when the sentence has no cue of the category). */
export const statusOf = (
  sentence: string,
  category: CategoryId,
  reportYear = 2022,
): AssertionStatus | undefined => signalOf(sentence, category, reportYear)?.status;

/** Whether the analyser asserts `category` in one sentence, for a report of `reportYear`. */
export const isAsserted = (sentence: string, category: CategoryId, reportYear = 2022): boolean =>
  statusOf(sentence, category, reportYear) === 'asserted';
