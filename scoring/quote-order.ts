import { z } from 'zod';
import type { CategoryId } from './categories';
import type { SectionKey } from './report-model';
import { tokenize } from './tokenizer';
import quoteOrderJson from './weights/quote-order.json';

/**
 * How likely a quote is to be right, for ordering a category's quotes only. The rules decide what counts; this
 * decides what a reader sees first among what counts. It is a logistic model over a few named traits of the
 * quote (its section, its cue, its actor, how many categories the sentence names), fitted on the dev part of the
 * labelled sentence set (`evaluation/fit-quote-order-cli.ts`): a trait's weight is how much more or less often
 * quotes with that trait were right there. It never changes a score or which sentences count.
 */
export const QuoteOrderSchema = z.object({
  version: z.string(),
  comment: z.string().optional(),
  /** How many specificity points one unit of log-odds of being right is worth in the display order. */
  reliabilityWeight: z.number().nonnegative(),
  /** Log-odds of a quote with none of the traits below. */
  bias: z.number(),
  /** Trait (see `quoteTraits`) → its weight in log-odds. */
  traits: z.record(z.string(), z.number()),
});
export type QuoteOrder = z.infer<typeof QuoteOrderSchema>;

/** The model shipped with the service (scoring/weights/quote-order.json), validated once. */
export const DEFAULT_QUOTE_ORDER: QuoteOrder = QuoteOrderSchema.parse(quoteOrderJson);

/** What the order model reads of one quote. */
export interface QuoteTraitInput {
  category: CategoryId;
  section: SectionKey;
  /** The cue as printed in the sentence. */
  cue: string;
  actor: 'state' | 'non_state' | 'unspecified';
  /** How many categories the sentence is asserted for. */
  categoriesInSentence: number;
}

const cueKeys = new Map<string, string>();
/** The cue's stems, so "arrested" and "arrests" share one trait. */
function cueKey(cue: string): string {
  let key = cueKeys.get(cue);
  if (key === undefined) {
    key = tokenize(cue)
      .filter((word) => /\p{L}/u.test(word.lower))
      .map((word) => word.stem)
      .join(' ');
    if (cueKeys.size < 10_000) cueKeys.set(cue, key);
  }
  return key;
}

/**
 * The named traits of a quote, each a plain string a reader can look up in the model file:
 * `category:torture`, `section:discrimination`, `category-section:torture|prison_conditions`,
 * `cue:arbitrary_detention|arrest`, `actor:killings|unspecified`, `categories-in-sentence:3`.
 */
export function quoteTraits(input: QuoteTraitInput): string[] {
  return [
    `category:${input.category}`,
    `section:${input.section}`,
    `category-section:${input.category}|${input.section}`,
    `cue:${input.category}|${cueKey(input.cue)}`,
    `actor:${input.category}|${input.actor}`,
    `categories-in-sentence:${Math.min(input.categoriesInSentence, 3)}`,
  ];
}

/** Log-odds that the quote is right, by the model: the bias plus the weight of each trait the model knows. */
export function quoteLogOdds(input: QuoteTraitInput, order: QuoteOrder = DEFAULT_QUOTE_ORDER): number {
  return quoteTraits(input).reduce((sum, trait) => sum + (order.traits[trait] ?? 0), order.bias);
}

/** Probability that the quote is right, by the model (0–1). */
export function quoteReliability(input: QuoteTraitInput, order: QuoteOrder = DEFAULT_QUOTE_ORDER): number {
  return 1 / (1 + Math.exp(-quoteLogOdds(input, order)));
}
