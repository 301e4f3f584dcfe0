// @ts-check
/* The score across report years: an SVG chart with a text alternative, and the figures as a table. */
import { append, byId, h, s } from './dom.js';
import { CATEGORIES, bandWords, round } from './format.js';
import { countryName, t } from './i18n.js';

/** @typedef {import('./api-client.js').History} History */
/** @typedef {History['years'][number]} HistoryYear */

/**
 * @param {History} history
 * @param {HistoryYear[]} years at least one
 * @param {HistoryYear} first
 * @param {HistoryYear} last
 */
function chart(history, years, first, last) {
  // Drawn at the width it is shown (at most 640), so its labels stay legible at 320 px.
  const mainWidth = byId('main').clientWidth - 32;
  const W = Math.max(280, Math.min(640, mainWidth || 640));
  const H = W < 480 ? 200 : 240;
  const left = 40;
  const right = 20;
  const top = 20;
  const bottom = 36;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const span = last.year - first.year;
  /** @param {HistoryYear} p */
  const x = (p) => (span === 0 ? left + plotW / 2 : left + (plotW * (p.year - first.year)) / span);
  /** @param {number} v */
  const y = (v) => top + plotH - (plotH * v) / 100;
  const country = countryName(history.country.code, history.country.name);
  const summary = `${
    years.length > 1
      ? t('history.chartSummaryTwo', {
          country,
          firstScore: round(first.score),
          firstYear: first.year,
          lastScore: round(last.score),
          lastYear: last.year,
        })
      : t('history.chartSummary', { country, score: round(first.score), year: first.year })
  } ${t('history.tableBelow')}`;
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart',
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
  });
  svg.appendChild(s('title', { id: 'chart-title' }, t('history.chartTitle', { country })));
  svg.appendChild(s('desc', { id: 'chart-desc' }, summary));
  for (const v of [0, 25, 50, 75, 100]) {
    svg.appendChild(s('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.appendChild(
      s('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis-label' }, String(v)),
    );
  }
  if (years.length > 1) {
    const points = years.map((p) => `${x(p).toFixed(1)},${y(p.score).toFixed(1)}`);
    svg.appendChild(s('polyline', { points: points.join(' '), class: 'line' }));
  }
  for (const p of years) {
    const dot = s('circle', { cx: x(p), cy: y(p.score), r: 5, class: 'point' });
    dot.appendChild(
      s('title', {}, t('history.point', { year: p.year, score: round(p.score), band: bandWords(p.band) })),
    );
    svg.appendChild(dot);
    svg.appendChild(
      s(
        'text',
        { x: x(p), y: y(p.score) - 10, 'text-anchor': 'middle', class: 'value-label' },
        String(round(p.score)),
      ),
    );
    svg.appendChild(
      s('text', { x: x(p), y: H - 12, 'text-anchor': 'middle', class: 'axis-label' }, String(p.year)),
    );
  }
  return svg;
}

/** @param {HistoryYear[]} years */
function table(years) {
  return h(
    'table',
    null,
    h('caption', { text: t('history.caption') }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col', text: t('table.year') }),
        h('th', { scope: 'col', className: 'num', text: t('table.score') }),
        h('th', { scope: 'col', text: t('table.band') }),
        CATEGORIES.map((c) => h('th', { scope: 'col', className: 'num', text: c.short })),
      ),
    ),
    h(
      'tbody',
      null,
      years.map((p) =>
        h(
          'tr',
          null,
          h(
            'th',
            { scope: 'row' },
            h('a', {
              href: p.sourceUrl,
              text: String(p.year),
              'aria-label': t('history.reportLink', { year: p.year }),
            }),
          ),
          h('td', { className: 'num', text: round(p.score) }),
          h('td', null, h('span', { className: `band-text band-${p.band}`, text: bandWords(p.band) })),
          CATEGORIES.map((c) => h('td', { className: 'num', text: round(p.categories[c.id]) })),
        ),
      ),
    ),
  );
}

/** @param {History | null} history */
export function renderHistory(history) {
  const section = byId('history');
  section.textContent = '';
  section.appendChild(h('h2', { id: 'history-title', text: t('history.title') }));
  const years = history?.years ?? [];
  const first = years[0];
  const last = years[years.length - 1];
  if (!history || !first || !last) {
    section.appendChild(h('p', { className: 'none', text: t('history.none') }));
    return;
  }
  append(section, [
    chart(history, years, first, last),
    h(
      'details',
      null,
      h('summary', { text: t('history.showTable') }),
      h(
        'div',
        { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('history.tableLabel') },
        table(years),
      ),
    ),
  ]);
}
