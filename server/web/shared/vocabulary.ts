/**
 * The words the page and the server both print for categories and bands. The page never copies them:
 * it imports `/assets/vocabulary.js`, which the server generates from this module (see
 * `vocabulary-module.ts`), and `tsconfig.web.json` type-checks the page against this file.
 * Everything exported here must be plain JSON data.
 */
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../scoring/categories';
import type { Band } from '../../../scoring/score-model';

/** Column headings for tables too narrow for the full labels (the full label goes in the title). */
const CATEGORY_SHORT_LABELS: Record<CategoryId, string> = {
  killings: 'Killings',
  disappearance: 'Disappearance',
  torture: 'Torture',
  detention_conditions: 'Detention conditions',
  arbitrary_detention: 'Arbitrary detention',
  political_prisoners: 'Political prisoners',
  refoulement: 'Refoulement',
};

/** The seven categories in their public order, with the scoring core's labels. */
export const CATEGORIES: ReadonlyArray<{ id: CategoryId; label: string; short: string }> = CATEGORY_IDS.map(
  (id) => ({ id, label: CATEGORY_LABELS[id], short: CATEGORY_SHORT_LABELS[id] }),
);

/** A band written out, so the band never depends on colour alone. */
export const BAND_WORDS: Readonly<Record<Band, string>> = {
  low: 'Low risk',
  moderate: 'Moderate risk',
  elevated: 'Elevated risk',
  high: 'High risk',
  severe: 'Severe risk',
};
