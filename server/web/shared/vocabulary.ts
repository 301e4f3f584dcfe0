/**
 * The ids the page and the server share, in their public order: the seven categories and the five
 * bands. Their words live in the message catalogues (`i18n/`), one per language. The page imports
 * `/assets/vocabulary.js`, which the server generates from this module (see `vocabulary-module.ts`),
 * and `tsconfig.web.json` type-checks the page against this file. Everything exported here must be
 * plain JSON data.
 */
import { CATEGORY_IDS as IDS } from '../../../scoring/categories';
import { BANDS as BAND_IDS } from '../../../scoring/score-model';

export const CATEGORY_IDS = [...IDS];
export const BANDS = [...BAND_IDS];
