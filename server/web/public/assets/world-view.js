// @ts-check
/* The world at a glance: every country with a report in a ranked table, sortable by any column and
   filterable by band and region, with CSV and JSON downloads. The table is also the accessible
   alternative to the map. */
import { fetchCountryList } from './api-client.js';
import { append, byId, h, setStatus } from './dom.js';
import { BANDS, CATEGORIES, bandWords, round } from './format.js';
import { countryName, lang, localPath, locale, t } from './i18n.js';

/** @typedef {import('./api-client.js').CountryList['countries'][number]} CountryRow */
/** @typedef {import('../../../../scoring/score-model').Band} Band */

const REGIONS = /** @type {const} */ (['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);

/**
 * How the table is ordered: a column and a direction. Scores start highest first, names A to Z.
 * @typedef {{ key: 'name' | 'score' | 'band' | import('../../../../scoring/categories').CategoryId, descending: boolean }} Order
 */

/**
 * The rows in the order asked for; ties by name, so the order is stable and predictable. Names are
 * compared as the reader sees them, in the page's language.
 * @param {readonly CountryRow[]} rows
 * @param {Order} order
 * @returns {CountryRow[]}
 */
export function sortCountries(rows, order) {
  /** @param {CountryRow} row */
  const value = (row) =>
    order.key === 'name'
      ? 0
      : order.key === 'score'
        ? row.score
        : order.key === 'band'
          ? BANDS.indexOf(row.band)
          : row.categories[order.key];
  const sign = order.descending ? -1 : 1;
  /** @param {CountryRow} row */
  const name = (row) => countryName(row.code, row.name);
  return [...rows].sort(
    (a, b) => sign * (value(a) - value(b)) || sign * name(a).localeCompare(name(b), locale),
  );
}

/**
 * @param {readonly CountryRow[]} rows
 * @param {{ band: string, region: string }} filter '' for any
 */
export function filterCountries(rows, filter) {
  return rows.filter(
    (row) => (!filter.band || row.band === filter.band) && (!filter.region || row.region === filter.region),
  );
}

/** @type {CountryRow[]} */
let countries = [];
/** @type {Order} */
let order = { key: 'score', descending: true };

/** @returns {{ band: string, region: string }} */
function currentFilter() {
  return {
    band: byId('world-band', HTMLSelectElement).value,
    region: byId('world-region', HTMLSelectElement).value,
  };
}

/**
 * A column heading whose button sorts by it; aria-sort says the current order.
 * @param {Order['key']} key
 * @param {string | Node} label
 * @param {boolean} numeric
 */
function sortableHeading(key, label, numeric) {
  const active = order.key === key;
  return h(
    'th',
    {
      scope: 'col',
      className: numeric ? 'num' : null,
      'aria-sort': active ? (order.descending ? 'descending' : 'ascending') : null,
    },
    h(
      'button',
      {
        type: 'button',
        className: 'sort',
        'data-sort': key,
        onclick: () => {
          // A new column starts with its natural order: names A–Z, scores and bands highest first.
          order = active ? { key, descending: !order.descending } : { key, descending: key !== 'name' };
          render();
        },
      },
      label,
      h('span', { 'aria-hidden': 'true', text: active ? (order.descending ? ' ▼' : ' ▲') : '' }),
    ),
  );
}

/** @param {readonly CountryRow[]} rows */
function worldTable(rows) {
  return h(
    'table',
    { id: 'world-table' },
    h('caption', { text: t('world.caption') }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col', className: 'num', text: t('table.rank') }),
        sortableHeading('name', t('table.country'), false),
        sortableHeading('score', t('table.score'), true),
        sortableHeading('band', t('table.band'), false),
        h('th', { scope: 'col', text: t('table.region') }),
        CATEGORIES.map((c) => sortableHeading(c.id, h('abbr', { title: c.label, text: c.short }), true)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((row, i) =>
        h(
          'tr',
          { 'data-code': row.code },
          h('td', { className: 'num', text: i + 1 }),
          h(
            'th',
            { scope: 'row' },
            h('a', {
              href: localPath(`/country/${encodeURIComponent(row.code)}`),
              text: countryName(row.code, row.name),
            }),
          ),
          h('td', { className: 'num', text: round(row.score) }),
          h('td', null, h('span', { className: `band-text band-${row.band}`, text: bandWords(row.band) })),
          h('td', { text: row.region ? t(`region.${row.region}`) : '' }),
          CATEGORIES.map((c) => h('td', { className: 'num', text: round(row.categories[c.id]) })),
        ),
      ),
    ),
  );
}

function render() {
  const filter = currentFilter();
  const rows = sortCountries(filterCountries(countries, filter), order);
  const out = byId('world-table-area');
  // Keep focus on the sort button that was pressed, across the re-render.
  const focused =
    document.activeElement instanceof HTMLElement ? document.activeElement.dataset.sort : undefined;
  out.textContent = '';
  append(
    out,
    h(
      'div',
      { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('table.ranked') },
      worldTable(rows),
    ),
  );
  const again = focused ? out.querySelector(`button[data-sort="${focused}"]`) : null;
  if (again instanceof HTMLElement) again.focus();
  setStatus(byId('world-status'), t('world.shown', { shown: rows.length, count: countries.length }));
}

/**
 * @param {string} id
 * @param {string} label
 * @param {Array<[string, string]>} options value and text; the first is "any"
 */
function filterSelect(id, label, options) {
  return h(
    'span',
    { className: 'filter' },
    h('label', { for: id, text: label }),
    ' ',
    h(
      'select',
      { id, onchange: render },
      options.map(([value, text]) => h('option', { value, text })),
    ),
  );
}

/**
 * The server's map (GET /v1/map.svg) inlined, so each country is a link the keyboard reaches and a
 * screen reader names with its score and band; the table below is the alternative to it.
 */
async function loadMap() {
  const area = byId('world-map');
  const response = await fetch(`/v1/map.svg?lang=${lang}`);
  if (!response.ok) return;
  const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') return;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  // Links keep the language only when the address chose it, as every other link of the page does.
  for (const link of svg.querySelectorAll('a[href]')) {
    const href = new URL(link.getAttribute('href') ?? '/', location.origin);
    href.searchParams.delete('lang');
    link.setAttribute('href', localPath(`${href.pathname}${href.search}`));
  }
  area.textContent = '';
  area.appendChild(document.importNode(svg, true));
}

/** Builds the section in #world and fills the map and the table from the country list. */
export async function startWorldView() {
  const section = byId('world');
  append(section, [
    h('h2', { id: 'world-title', text: t('world.title') }),
    h('p', { id: 'world-map-hint', className: 'hint' }, t('world.mapHint')),
    h('figure', { id: 'world-map', className: 'world-map', 'aria-describedby': 'world-map-hint' }),
    h(
      'div',
      { className: 'row filters' },
      filterSelect('world-band', t('table.band'), [
        ['', t('world.anyBand')],
        ...BANDS.map((b) => /** @type {[string, string]} */ ([b, bandWords(b)])),
      ]),
      filterSelect('world-region', t('table.region'), [
        ['', t('world.anyRegion')],
        ...REGIONS.map((r) => /** @type {[string, string]} */ ([r, t(`region.${r}`)])),
      ]),
    ),
    h(
      'p',
      { className: 'downloads' },
      t('world.download'),
      h('a', { href: '/v1/countries?format=csv', download: '', text: 'CSV' }),
      ', ',
      h('a', { href: '/v1/countries', download: 'risk-scores.json', text: 'JSON' }),
    ),
    h('div', { id: 'world-status', className: 'status', role: 'status', 'aria-live': 'polite' }),
    h('div', { id: 'world-table-area' }),
  ]);
  void loadMap();
  const result = await fetchCountryList();
  if (!result.ok) {
    setStatus(byId('world-status'), t('world.failed', { status: result.status }), true);
    return;
  }
  countries = result.body.countries;
  render();
}
