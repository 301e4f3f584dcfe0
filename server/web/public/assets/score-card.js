// @ts-check
/* The score card: the score, its band, confidence, report, coverage warnings and a bar per category. */
import { append, byId, h } from './dom.js';
import { CATEGORIES, bandWords, categoryLabel, confidenceWords, percent, round } from './format.js';
import { countryName, lang, t } from './i18n.js';

/** @typedef {import('./api-client.js').Score} Score */

/**
 * The band as a coloured chip that also says it in words.
 * @param {import('./format.js').Band} band
 */
function bandChip(band) {
  return h('span', { className: `band-chip band-${band}`, text: bandWords(band) });
}

/**
 * A coverage warning: its text, and whether it is the server's English (a note the page cannot put
 * in another language, such as a territory's), so that it can be marked lang="en".
 * @typedef {{ text: string, english: boolean }} Warning
 */

// The server writes the shortened-report note in English only; the page says it in its own language.
const SHORTENED_NOTE = /^The (\d{4}) report is about (\d+)% as long as the (\d{4}) report;/;

/**
 * A server note in the page's language: carried-forward notes come from their structured entry, the
 * shortened-report note from its figures; any other note stays in the server's English.
 * @param {Score} score
 * @param {string} note
 * @returns {Warning}
 */
function translatedNote(score, note) {
  if (lang === 'en') return { text: note, english: false };
  const carried = score.coverage.carriedForward.find((c) => c.note === note);
  if (carried) {
    const key =
      carried.reason === 'section_missing' ? 'coverage.carriedSectionMissing' : 'coverage.carriedShortened';
    const category = categoryLabel(carried.category).toLowerCase();
    return { text: t(key, { year: score.year, category, fromYear: carried.fromYear }), english: false };
  }
  const shortened = SHORTENED_NOTE.exec(note);
  if (shortened) {
    const [, year = '', percent = '', previousYear = ''] = shortened;
    return { text: t('coverage.shortened', { year, percent, previousYear }), english: false };
  }
  return { text: note, english: true };
}

/**
 * What the reader should know about the score's coverage: the territory note, the server's notes, and
 * each category whose section is missing and was not carried forward from an earlier report.
 * @param {Score} score
 * @returns {Warning[]}
 */
export function coverageWarnings(score) {
  const carried = new Set(score.coverage.carriedForward.map((c) => c.category));
  const missing = score.coverage.missingCategories
    .filter((id) => !carried.has(id))
    .map((id) => ({
      text: t('coverage.missingSection', { year: score.year, category: categoryLabel(id).toLowerCase() }),
      english: false,
    }));
  return [
    ...(score.note ? [translatedNote(score, score.note)] : []),
    ...score.coverage.notes.map((note) => translatedNote(score, note)),
    ...missing,
  ];
}

/**
 * @param {Warning[]} warnings
 */
export function warningList(warnings) {
  return h(
    'ul',
    null,
    warnings.map((w) => h('li', { text: w.text, lang: w.english ? 'en' : null })),
  );
}

/** @param {Score} score */
export function renderCard(score) {
  const card = byId('card');
  card.textContent = '';
  card.className = `card band-${score.band}`;
  const warnings = coverageWarnings(score);
  /** @type {Array<[HTMLElement, number]>} */
  const fills = [];
  const bars = h(
    'ul',
    { className: 'bars' },
    CATEGORIES.map((category) => {
      const c = score.categories[category.id];
      const value = round(c.score);
      const fill = h('div', { className: 'bar-fill' });
      fills.push([fill, value]);
      const note = c.year !== score.year ? t('card.fromReport', { year: c.year }) : '';
      const sentences = t('card.sentences', { count: c.evidenceCount });
      return h(
        'li',
        null,
        h(
          'div',
          { className: 'bar-label' },
          h('span', { id: `bar-${category.id}`, text: category.label }),
          h('span', {
            className: 'bar-value',
            text: `${value} / 100 · ${sentences}${note}`,
          }),
        ),
        h(
          'div',
          {
            className: 'bar-track',
            role: 'meter',
            'aria-labelledby': `bar-${category.id}`,
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': value,
            'aria-valuetext': t('score.outOf100', { score: value }),
          },
          fill,
        ),
      );
    }),
  );
  append(card, [
    h('p', { className: 'kicker', text: t('app.name') }),
    h('h2', { id: 'card-title', tabindex: '-1', text: countryName(score.country.code, score.country.name) }),
    h(
      'p',
      { className: 'headline' },
      h(
        'span',
        null,
        h('span', { className: 'score-number', text: round(score.score) }),
        h('span', { className: 'score-out-of', text: ' / 100' }),
      ),
      bandChip(score.band),
    ),
    h(
      'dl',
      { className: 'facts' },
      h('dt', { text: t('card.confidence') }),
      h('dd', {
        text: t('card.confidenceValue', {
          percent: percent(score.confidence),
          words: confidenceWords(score.confidence),
        }),
      }),
      h('dt', { text: t('card.report') }),
      h(
        'dd',
        null,
        // The report's own title is English; our fallback is in the page's language.
        h('a', {
          href: score.report.sourceUrl,
          text: score.report.title || t('card.reportTitle', { year: score.report.year }),
          lang: score.report.title && lang !== 'en' ? 'en' : null,
        }),
        ` (${score.report.year})`,
      ),
      h('dt', { text: t('card.method') }),
      h(
        'dd',
        null,
        t('card.version', { version: score.methodology.version }),
        h('a', {
          href: score.methodology.url || '/methodology',
          hreflang: 'en',
          text: t('card.howComputed'),
        }),
      ),
    ),
    warnings.length
      ? h(
          'div',
          { className: 'warnings', role: 'note', 'aria-labelledby': 'warn-title' },
          h('h3', { id: 'warn-title', text: t('card.coverageWarnings') }),
          warningList(warnings),
        )
      : null,
    h('h3', { text: t('card.sevenCategories') }),
    bars,
    h(
      'p',
      null,
      h('button', {
        type: 'button',
        className: 'secondary',
        text: t('card.print'),
        onclick: () => window.print(),
      }),
    ),
  ]);
  // Widths through CSSOM (allowed by style-src 'self'), after layout so the transition can run.
  requestAnimationFrame(() => {
    for (const [fill, value] of fills) fill.style.width = `${value}%`;
  });
}
