// @ts-check
/* How numbers, dates, categories and bands are written on the page, in the page's language. */
import { locale, t } from './i18n.js';
import { BANDS, CATEGORY_IDS } from './vocabulary.js';

/** @typedef {import('../../../../scoring/categories').CategoryId} CategoryId */
/** @typedef {import('../../../../scoring/score-model').Band} Band */

/** The seven categories in their public order, with their labels in the page's language. */
export const CATEGORIES = CATEGORY_IDS.map((id) => ({
  id,
  label: t(`category.${id}`),
  short: t(`category.${id}.short`),
}));

export { BANDS };

/**
 * The category's full label.
 * @param {CategoryId} id
 */
export function categoryLabel(id) {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}

/**
 * The band written out.
 * @param {Band} band
 */
export function bandWords(band) {
  return t(`band.${band}`);
}

/**
 * A risk profile's label in the page's language.
 * @param {import('../../../../scoring/profile-model').ProfileId} id
 */
export function profileLabel(id) {
  return t(`profile.${id}`);
}

/**
 * A risk profile's definition in the page's language.
 * @param {import('../../../../scoring/profile-model').ProfileId} id
 */
export function profileDefinition(id) {
  return t(`profile.${id}.definition`);
}

/** @param {number} n */
export function round(n) {
  return Math.round(n);
}

/** @param {number} n a fraction between 0 and 1 */
export function percent(n) {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);
}

/** @param {number} n */
export function formatNumber(n) {
  return n.toLocaleString(locale);
}

/** @param {number} c a confidence between 0 and 1 */
export function confidenceWords(c) {
  return t(c >= 0.75 ? 'confidence.high' : c >= 0.5 ? 'confidence.medium' : 'confidence.low');
}

/**
 * A date as "3 March 2024" or "3 de marzo de 2024" (UTC); an unreadable one as given.
 * @param {string} iso
 */
export function formatDate(iso) {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/**
 * The report's own heading for a quote, or its section key when it has none.
 * @param {{ heading: string, section: string }} ev
 */
export function sectionName(ev) {
  return ev.heading || ev.section;
}
