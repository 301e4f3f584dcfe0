// @ts-check
/* The printable evidence brief: score, categories, coverage, history and numbered citations with
   report years and retrieval dates. Shown only in print (see app.css). */
import { append, byId, h } from './dom.js';
import {
  bandWords,
  categoryLabel,
  confidenceWords,
  formatDate,
  percent,
  round,
  sectionName,
} from './format.js';
import { profileBriefSection } from './profile-cards.js';
import { coverageWarnings, warningList } from './score-card.js';
import { CATEGORIES } from './vocabulary.js';

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
      const retrieved = retrievedAt ? ` Retrieved ${formatDate(retrievedAt)}.` : '';
      return h(
        'li',
        null,
        `“${ev.quote}” `,
        `U.S. Department of State, ${ev.year} Country Reports on Human Rights Practices: ${score.country.name}, ${sectionName(ev)}. `,
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
        h('th', { text: 'Category' }),
        h('th', { text: 'Score' }),
        h('th', { text: 'Sentences' }),
        h('th', { text: 'Report year' }),
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
  append(brief, [
    h('h1', { id: 'brief-title', text: `Evidence brief: deportation risk for ${score.country.name}` }),
    h(
      'div',
      { className: 'meta' },
      h('p', {
        text: `Generated on ${formatDate(new Date().toISOString())} from ${location.origin}/country/${score.country.code}.`,
      }),
      h('p', {
        text: `Method version ${score.methodology.version}. Report years cited: ${yearsCited.join(', ')}.`,
      }),
      h(
        'p',
        null,
        `Main source: ${score.report.title || 'Country Reports on Human Rights Practices'} (${score.report.year}), retrieved ${formatDate(score.report.retrievedAt)}, SHA-256 ${score.report.sha256.slice(0, 16)}…, `,
        h('span', { className: 'url', text: score.report.sourceUrl }),
      ),
    ),
    h('h2', { text: 'Score' }),
    h('p', {
      text: `${round(score.score)} out of 100: ${bandWords(score.band)}. Confidence ${percent(score.confidence)} (${confidenceWords(score.confidence)}).`,
    }),
    categoryTable(score),
    warnings.length ? [h('h2', { text: 'Coverage' }), warningList(warnings)] : null,
    profileBriefSection(score, retrievedByYear),
    history && history.years.length > 1
      ? [
          h('h2', { text: 'History' }),
          h('p', {
            text: `${history.years.map((p) => `${p.year}: ${round(p.score)} (${p.band})`).join('; ')}.`,
          }),
        ]
      : null,
    h('h2', { text: 'Citations' }),
    citationList(score, retrievedByYear),
    h('p', {
      text: 'Scores are computed by this service from the text of the reports; the quotations are verbatim. The State Department does not score countries.',
    }),
  ]);
}
