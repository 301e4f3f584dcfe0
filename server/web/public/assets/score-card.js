// @ts-check
/* The score card: the score, its band, confidence, report, coverage warnings and a bar per category. */
import { append, byId, h } from './dom.js';
import { bandWords, categoryLabel, confidenceWords, percent, round } from './format.js';
import { CATEGORIES } from './vocabulary.js';

/** @typedef {import('./api-client.js').Score} Score */

/**
 * The band as a coloured chip that also says it in words.
 * @param {import('./format.js').Band} band
 */
function bandChip(band) {
  return h('span', { className: `band-chip band-${band}`, text: bandWords(band) });
}

/**
 * What the reader should know about the score's coverage: the territory note, the server's notes, and
 * each category whose section is missing and was not carried forward from an earlier report.
 * @param {Score} score
 * @returns {string[]}
 */
export function coverageWarnings(score) {
  const carried = new Set(score.coverage.carriedForward.map((c) => c.category));
  const missing = score.coverage.missingCategories
    .filter((id) => !carried.has(id))
    .map(
      (id) =>
        `The ${score.year} report has no section on ${categoryLabel(id).toLowerCase()}, so that category is scored from what other sections say.`,
    );
  return [...(score.note ? [score.note] : []), ...score.coverage.notes, ...missing];
}

/**
 * @param {string[]} warnings
 */
export function warningList(warnings) {
  return h(
    'ul',
    null,
    warnings.map((w) => h('li', { text: w })),
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
      const note = c.year !== score.year ? `, from the ${c.year} report` : '';
      const sentences = c.evidenceCount === 1 ? ' sentence' : ' sentences';
      return h(
        'li',
        null,
        h(
          'div',
          { className: 'bar-label' },
          h('span', { id: `bar-${category.id}`, text: category.label }),
          h('span', {
            className: 'bar-value',
            text: `${value} / 100 · ${c.evidenceCount}${sentences}${note}`,
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
            'aria-valuetext': `${value} out of 100`,
          },
          fill,
        ),
      );
    }),
  );
  append(card, [
    h('p', { className: 'kicker', text: 'Deportation destination risk' }),
    h('h2', { id: 'card-title', tabindex: '-1', text: score.country.name }),
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
      h('dt', { text: 'Confidence' }),
      h('dd', { text: `${percent(score.confidence)} (${confidenceWords(score.confidence)})` }),
      h('dt', { text: 'Report' }),
      h(
        'dd',
        null,
        h('a', {
          href: score.report.sourceUrl,
          text: score.report.title || `${score.report.year} Country Report on Human Rights Practices`,
        }),
        ` (${score.report.year})`,
      ),
      h('dt', { text: 'Method' }),
      h(
        'dd',
        null,
        `Version ${score.methodology.version} · `,
        h('a', { href: score.methodology.url || '/methodology', text: 'how scores are computed' }),
      ),
    ),
    warnings.length
      ? h(
          'div',
          { className: 'warnings', role: 'note', 'aria-labelledby': 'warn-title' },
          h('h3', { id: 'warn-title', text: 'Coverage warnings' }),
          warningList(warnings),
        )
      : null,
    h('h3', { text: 'The seven categories' }),
    bars,
    h(
      'p',
      null,
      h('button', {
        type: 'button',
        className: 'secondary',
        text: 'Print evidence brief',
        onclick: () => window.print(),
      }),
    ),
  ]);
  // Widths through CSSOM (allowed by style-src 'self'), after layout so the transition can run.
  requestAnimationFrame(() => {
    for (const [fill, value] of fills) fill.style.width = `${value}%`;
  });
}
