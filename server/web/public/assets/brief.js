// @ts-check
/* The printable evidence brief: score, categories, coverage, history and numbered citations with
   report years and retrieval dates. Shown only in print (see app.css). */
import { append, byId, h } from './dom.js';
import {
  CATEGORIES,
  bandWords,
  categoryLabel,
  confidenceWords,
  formatDate,
  percent,
  round,
} from './format.js';
import { profileBriefSection } from './profile-cards.js';
import { citationText, englishText } from './evidence-list.js';
import { countryName, t } from './i18n.js';
import { coverageWarnings, warningList } from './score-card.js';

/** @typedef {import('./api-client.js').Score} Score */
/** @typedef {import('./api-client.js').History} History */

/**
 * @param {Score} score
 * @param {Record<number, string>} retrievedByYear when each cited report year was retrieved
 */
function citationList(score, retrievedByYear) {
  return h(
    'ol',
    { className: 'citations' },
    score.evidence.map((ev) => {
      const retrievedAt = retrievedByYear[ev.year];
      const retrieved = retrievedAt ? t('brief.retrieved', { date: formatDate(retrievedAt) }) : '';
      return h(
        'li',
        null,
        h('span', { className: 'quoted', lang: englishText(), text: `“${ev.quote}” ` }),
        citationText(ev, score),
        `[${categoryLabel(ev.category)}.]${retrieved} `,
        h('a', { className: 'url', href: ev.sourceUrl, text: ev.sourceUrl }),
      );
    }),
  );
}

/** @param {Score} score */
function categoryTable(score) {
  return h(
    'table',
    null,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { text: t('brief.category') }),
        h('th', { text: t('brief.score') }),
        h('th', { text: t('brief.sentences') }),
        h('th', { text: t('brief.reportYear') }),
      ),
    ),
    h(
      'tbody',
      null,
      CATEGORIES.map((c) => {
        const v = score.categories[c.id];
        return h(
          'tr',
          null,
          h('td', { text: c.label }),
          h('td', { text: round(v.score) }),
          h('td', { text: v.evidenceCount }),
          h('td', { text: v.year }),
        );
      }),
    ),
  );
}

/**
 * @param {Score} score
 * @param {History | null} history
 * @param {Record<number, string>} retrievedByYear when each cited report year was retrieved
 */
export function renderBrief(score, history, retrievedByYear) {
  const brief = byId('brief');
  brief.textContent = '';
  const warnings = coverageWarnings(score);
  const yearsCited = [...new Set([score.report.year, ...score.evidence.map((ev) => ev.year)])].sort();
  const country = countryName(score.country.code, score.country.name);
  // The report's title is English; the fallback is the series' English name too.
  const [sourceBefore = '', sourceAfter = ''] = t('brief.mainSource', {
    title: '\u0000',
    year: score.report.year,
    date: formatDate(score.report.retrievedAt),
    sha: score.report.sha256.slice(0, 16),
  }).split('\u0000');
  append(brief, [
    h('h1', { id: 'brief-title', text: t('brief.title', { country }) }),
    h(
      'div',
      { className: 'meta' },
      h('p', {
        text: t('brief.generated', {
          date: formatDate(new Date().toISOString()),
          url: `${location.origin}/country/${score.country.code}`,
        }),
      }),
      h('p', {
        text: t('brief.methodYears', { version: score.methodology.version, years: yearsCited.join(', ') }),
      }),
      h(
        'p',
        null,
        sourceBefore,
        h('cite', { lang: englishText(), text: score.report.title || t('brief.mainSourceTitle') }),
        sourceAfter,
        h('span', { className: 'url', text: score.report.sourceUrl }),
      ),
    ),
    h('h2', { text: t('brief.score') }),
    h('p', {
      text: t('brief.scoreLine', {
        score: round(score.score),
        band: bandWords(score.band),
        percent: percent(score.confidence),
        words: confidenceWords(score.confidence),
      }),
    }),
    categoryTable(score),
    warnings.length ? [h('h2', { text: t('brief.coverage') }), warningList(warnings)] : null,
    profileBriefSection(score, retrievedByYear),
    history && history.years.length > 1
      ? [
          h('h2', { text: t('brief.history') }),
          h('p', {
            text: `${history.years.map((p) => `${p.year}: ${round(p.score)} (${bandWords(p.band).toLowerCase()})`).join('; ')}.`,
          }),
        ]
      : null,
    h('h2', { text: t('brief.citations') }),
    citationList(score, retrievedByYear),
    h('p', { text: t('brief.disclaimer') }),
  ]);
}
