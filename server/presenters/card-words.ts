import type { z } from 'zod';
import type { CategoryId } from '../../scoring/categories';
import type { Band } from '../../scoring/score-model';
import type { CardLangSchema } from '../api-schemas';
import { CATEGORY_IDS } from '../../scoring/categories';
import { BANDS } from '../../scoring/score-model';
import { translatorFor, type Language } from '../web/shared/i18n/messages';

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

/** The card's words in a language, from the message catalogues (`server/web/shared/i18n/`). */
function wordsFromCatalogue(language: Language): CardWords {
  const t = translatorFor(language);
  const band = Object.fromEntries(BANDS.map((id) => [id, t(`band.${id}`)])) as Record<Band, string>;
  return {
    lang: language,
    kicker: t('app.name'),
    outOf: t('shareCard.outOf'),
    band,
    category: Object.fromEntries(
      CATEGORY_IDS.map((id) => [id, { label: t(`category.${id}`), short: t(`category.${id}.short`) }]),
    ) as Record<CategoryId, { label: string; short: string }>,
    topCategories: t('shareCard.topCategories'),
    noCategory: t('shareCard.noCategory'),
    source: (years) => t('shareCard.source', { years }),
    method: (version) => t('shareCard.method', { version }),
    notLegal: t('shareCard.notLegal'),
    headline: (name, score, bandId) =>
      t('shareCard.headline', { country: name, score, band: band[bandId].toLowerCase() }),
    shareTitle: (name) => t('shareCard.shareTitle', { country: name }),
    shareDescription: (name, score, bandId) =>
      t('shareCard.shareDescription', { country: name, score, band: band[bandId].toLowerCase() }),
    noReportDescription: (name) => t('shareCard.noReportDescription', { country: name }),
    siteTitle: t('app.name'),
    siteDescription: t('shareCard.siteDescription'),
    mapAlt: t('world.mapTitle'),
  };
}

const WORDS: Readonly<Record<CardLang, CardWords>> = {
  en: wordsFromCatalogue('en'),
  es: wordsFromCatalogue('es'),
};

/** The card's words in `lang`. */
export function getCardWords(lang: CardLang): CardWords {
  return WORDS[lang];
}
