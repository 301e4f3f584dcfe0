import type { z } from 'zod';
import type { CategoryId } from '../../scoring/categories';
import type { Band } from '../../scoring/score-model';
import type { CardLangSchema } from '../api-schemas';
import { BAND_WORDS, CATEGORIES } from '../web/shared/vocabulary';

export type CardLang = z.infer<typeof CardLangSchema>;

/**
 * Every word the share card and the page's share tags print, in one place, so a language is one
 * more table (or one catalogue lookup per entry) and the drawing code never holds a sentence.
 */
export interface CardWords {
  /** The `xml:lang` of the words below. */
  lang: string;
  kicker: string;
  outOf: string;
  band: Readonly<Record<Band, string>>;
  /** A category's full name, and the short one for when the full one does not fit. */
  category: Readonly<Record<CategoryId, { label: string; short: string }>>;
  topCategories: string;
  noCategory: string;
  /** `years` is already written out, e.g. "2023–2024". */
  source(years: string): string;
  method(version: string): string;
  notLegal: string;
  /** The card's accessible name, and the title of a shared link. */
  headline(name: string, score: number, band: Band): string;
  shareTitle(name: string): string;
  shareDescription(name: string, score: number, band: Band): string;
  noReportDescription(name: string): string;
  siteTitle: string;
  siteDescription: string;
  mapAlt: string;
}

const ENGLISH: CardWords = {
  lang: 'en',
  kicker: 'Deportation destination risk',
  outOf: '/100',
  band: BAND_WORDS,
  category: Object.fromEntries(CATEGORIES.map(({ id, label, short }) => [id, { label, short }])) as Record<
    CategoryId,
    { label: string; short: string }
  >,
  topCategories: 'Highest category scores (0–100)',
  noCategory: 'No sentence of the reports asserts abuse in the seven categories.',
  source: (years) => `Source: U.S. State Department Country Reports on Human Rights Practices, ${years}`,
  method: (version) => `Scoring method ${version}`,
  notLegal: 'Not a legal finding',
  headline: (name, score, band) =>
    `${name}: deportation risk ${score} out of 100, ${BAND_WORDS[band].toLowerCase()}`,
  shareTitle: (name) => `${name}: deportation destination risk`,
  shareDescription: (name, score, band) =>
    `${name} scores ${score}/100 (${BAND_WORDS[band].toLowerCase()}), with the State Department report sentences behind the score.`,
  noReportDescription: (name) =>
    `Deportation destination risk for ${name}, from the State Department's human-rights reports.`,
  siteTitle: 'Deportation destination risk',
  siteDescription:
    'How dangerous is a deportation destination? Risk scores for every country, each traced to quoted sentences of the U.S. State Department human-rights reports.',
  mapAlt: 'World map of deportation risk by band',
};

/**
 * The card's words in `lang`. Spanish falls back to English until the Spanish catalogue exists;
 * plugging it in means filling this table from the catalogue, nothing else changes.
 */
export function getCardWords(lang: CardLang): CardWords {
  switch (lang) {
    case 'en':
    case 'es':
      return ENGLISH;
  }
}
