import { z } from 'zod';

/** The seven public risk categories. Ids are part of the public API and never change. */
export const CATEGORY_IDS = [
  'killings',
  'disappearance',
  'torture',
  'detention_conditions',
  'arbitrary_detention',
  'political_prisoners',
  'refoulement',
] as const;

export const CategoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryIdSchema>;

/**
 * Whether a sentence asserts that abuse happened. Only `asserted` counts toward risk.
 * - `negated`: the sentence says it did not happen ("there were no reports of ...").
 * - `legal_norm`: the sentence states a law or constitutional rule, not practice.
 * - `institutional`: a mandate, treaty, procedure or description, not an event.
 * - `historical`: the events belong to earlier years, not the report year.
 * - `hypothetical`: a risk, fear, threat or conditional, not an event.
 */
export const ASSERTION_STATUSES = [
  'asserted',
  'negated',
  'legal_norm',
  'institutional',
  'historical',
  'hypothetical',
] as const;
export const AssertionStatusSchema = z.enum(ASSERTION_STATUSES);
export type AssertionStatus = z.infer<typeof AssertionStatusSchema>;

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  killings: 'Arbitrary or unlawful killings',
  disappearance: 'Enforced disappearance',
  torture: 'Torture and cruel, inhuman or degrading treatment',
  detention_conditions: 'Harsh or life-threatening detention conditions',
  arbitrary_detention: 'Arbitrary arrest and detention',
  political_prisoners: 'Political prisoners and detainees',
  refoulement: 'Refoulement and onward removal',
};
