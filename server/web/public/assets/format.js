// @ts-check
/* How numbers, dates and the shared vocabulary are written on the page. */
import { BAND_WORDS, CATEGORIES } from './vocabulary.js';

/** @typedef {import('../../../../scoring/categories').CategoryId} CategoryId */
/** @typedef {import('../../../../scoring/score-model').Band} Band */

/**
 * The category's full label, from the server's vocabulary.
 * @param {CategoryId} id
 */
export function categoryLabel(id) {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}

/**
 * The band written out, in the words of the server's vocabulary.
 * @param {Band} band
 */
export function bandWords(band) {
  return BAND_WORDS[band];
}

/** @param {number} n */
export function round(n) {
  return Math.round(n);
}

/** @param {number} n a fraction between 0 and 1 */
export function percent(n) {
  return `${Math.round(n * 100)}%`;
}

/** @param {number} c a confidence between 0 and 1 */
export function confidenceWords(c) {
  return c >= 0.75 ? 'high' : c >= 0.5 ? 'medium' : 'low';
}

/**
 * A date as "3 March 2024" (UTC); an unreadable one as given.
 * @param {string} iso
 */
export function formatDate(iso) {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/**
 * The report's own heading for a quote, or its section key when it has none.
 * @param {{ heading: string, section: string }} ev
 */
export function sectionName(ev) {
  return ev.heading || ev.section;
}
