import type { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../../scoring/categories';
import type { analyzeText } from '../../scoring/text-analyzer';
import type { AnalyzeResponseSchema } from '../api-schemas';

type AnalyzedSentence = ReturnType<typeof analyzeText>[number];

/**
 * The analyze answer: the sentences that carry a signal, with their offsets in the text, and counts
 * of asserted signals per category and of the other statuses over every sentence.
 */
export function presentAnalysis(
  sentences: readonly AnalyzedSentence[],
): z.infer<typeof AnalyzeResponseSchema> {
  const assertedByCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<
    CategoryId,
    number
  >;
  const otherStatuses: Record<string, number> = {};
  for (const sentence of sentences) {
    for (const signal of sentence.signals) {
      if (signal.status === 'asserted') assertedByCategory[signal.category] += 1;
      else otherStatuses[signal.status] = (otherStatuses[signal.status] ?? 0) + 1;
    }
  }
  return {
    sentences: sentences
      .filter((sentence) => sentence.signals.length > 0)
      .map((sentence) => ({
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        signals: sentence.signals.map((signal) => ({
          category: signal.category,
          status: signal.status,
          weight: signal.weight,
          cue: signal.cue,
        })),
      })),
    summary: { sentenceCount: sentences.length, assertedByCategory, otherStatuses },
  };
}
