// @ts-check
/* Compare destinations: a ranked table of candidate countries, the countries not found, and a CSV. */
import { fetchRanking, fetchRankingCsv } from './api-client.js';
import { compareEmbedPanel } from './compare-embed-snippet.js';
import { append, byId, h, setStatus } from './dom.js';
import { bandWords, percent, round } from './format.js';
import { renderProblem } from './problem-view.js';
import { CATEGORIES } from './vocabulary.js';

/** @typedef {import('./api-client.js').Batch} Batch */
/** @typedef {import('./api-client.js').ProfileId} ProfileId */
/** @typedef {{ id: ProfileId, label: string }} RankProfile */

const MAX_COUNTRIES = 250;

/** @type {string[] | null} the list last ranked, for its CSV */
let lastRanked = null;
/** @type {RankProfile | null} the profile the list was last ranked by, for its CSV */
let lastProfile = null;
/** @type {RankProfile[]} the profiles a ranking can follow */
let rankProfiles = [];
/** @type {string | null} the country shown above, which "Add the country shown above" adds */
let offered = null;

/**
 * The candidates in a textarea: one per line or separated by commas or semicolons. Blank and
 * whitespace-only entries (a blank line, a trailing comma, an empty spreadsheet cell) are ignored, and
 * an entry given twice is ranked once.
 * @param {string} text
 * @returns {string[]}
 */
export function parseCountryList(text) {
  const entries = text
    .split(/[\n,;]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return [...new Set(entries)];
}

/**
 * A result's score for a profile; its country score when the batch did not carry that profile.
 * @param {Batch['results'][number]} r
 * @param {ProfileId} id
 */
function profileFigure(r, id) {
  return r.profiles?.find((p) => p.id === id) ?? { score: r.score, band: r.band };
}

/**
 * The results ranked by a profile's score, highest first; ties keep the country-score order.
 * @param {Batch['results']} results highest country score first
 * @param {ProfileId} id
 */
export function rankByProfile(results, id) {
  return results
    .map((r, i) => ({ r, i, score: profileFigure(r, id).score }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ r }) => r);
}

/**
 * @param {Batch['results']} results
 * @param {RankProfile | null} profile the profile ranked by, or null for the country score
 */
function rankingTable(results, profile) {
  return h(
    'table',
    { id: 'compare-table' },
    h('caption', {
      text: profile
        ? `Ranked by risk for ${profile.label}, highest first`
        : 'Ranked by risk score, highest first',
    }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col', className: 'num', text: 'Rank' }),
        h('th', { scope: 'col', text: 'Country' }),
        profile ? h('th', { scope: 'col', className: 'num', text: profile.label }) : null,
        profile ? h('th', { scope: 'col', text: 'Profile band' }) : null,
        h('th', { scope: 'col', className: 'num', text: profile ? 'Country score' : 'Score' }),
        h('th', { scope: 'col', text: 'Band' }),
        h('th', { scope: 'col', className: 'num', text: 'Confidence' }),
        CATEGORIES.map((c) =>
          h('th', { scope: 'col', className: 'num' }, h('abbr', { title: c.label, text: c.short })),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      results.map((r, i) =>
        h(
          'tr',
          null,
          h('td', { className: 'num', text: i + 1 }),
          h(
            'th',
            { scope: 'row' },
            h('a', { href: `/country/${encodeURIComponent(r.country.code)}`, text: r.country.name }),
            r.input.toLowerCase() !== r.country.name.toLowerCase() && r.input.toUpperCase() !== r.country.code
              ? h('span', { className: 'hint', text: ` (${r.input})` })
              : null,
          ),
          profile ? h('td', { className: 'num', text: round(profileFigure(r, profile.id).score) }) : null,
          profile
            ? h(
                'td',
                null,
                h('span', {
                  className: `band-text band-${profileFigure(r, profile.id).band}`,
                  text: bandWords(profileFigure(r, profile.id).band),
                }),
              )
            : null,
          h('td', { className: 'num', text: round(r.score) }),
          h('td', null, h('span', { className: `band-text band-${r.band}`, text: bandWords(r.band) })),
          h('td', { className: 'num', text: percent(r.confidence) }),
          CATEGORIES.map((c) => h('td', { className: 'num', text: round(r.categories[c.id]) })),
        ),
      ),
    ),
  );
}

/** @param {Batch['errors']} errors */
function notRanked(errors) {
  return h(
    'div',
    { className: 'status error' },
    h('p', { text: 'Not ranked:' }),
    h(
      'ul',
      null,
      errors.map((e) => {
        const names = e.suggestions.map((x) => x.name);
        const sug = names.length ? ` Did you mean ${names.join(', ')}?` : '';
        return h('li', { text: `${e.input}: ${e.detail}.${sug}` });
      }),
    ),
  );
}

/**
 * @param {SubmitEvent} event
 * @param {(country: import('./api-client.js').CountryRef) => void} onPickCountry
 */
async function runCompare(event, onPickCountry) {
  event.preventDefault();
  const status = byId('compare-status');
  const out = byId('compare-result');
  const list = parseCountryList(byId('compare-input', HTMLTextAreaElement).value);
  if (!list.length) {
    setStatus(status, 'Enter at least one country.', true);
    return;
  }
  if (list.length > MAX_COUNTRIES) {
    setStatus(status, `At most ${MAX_COUNTRIES} countries at a time (you entered ${list.length}).`, true);
    return;
  }
  const chosen = byId('compare-profile', HTMLSelectElement).value;
  const profile = rankProfiles.find((p) => p.id === chosen) ?? null;
  setStatus(status, `Ranking ${list.length} countries…`);
  const result = await fetchRanking(list, profile ? [profile.id] : []);
  out.textContent = '';
  if (!result.ok) {
    renderProblem(status, result, onPickCountry);
    return;
  }
  lastRanked = list;
  lastProfile = profile;
  const batch = result.body;
  const ranked = profile ? rankByProfile(batch.results, profile.id) : batch.results;
  append(out, [
    h(
      'div',
      { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Ranked countries' },
      rankingTable(ranked, profile),
    ),
    batch.errors.length ? notRanked(batch.errors) : null,
    h(
      'p',
      null,
      h('button', { type: 'button', id: 'compare-csv', text: 'Download CSV', onclick: downloadCsv }),
    ),
    compareEmbedPanel(ranked, profile ? profile.id : null),
  ]);
  const notFound = batch.errors.length ? `; ${batch.errors.length} not found.` : '.';
  setStatus(status, `Ranked ${batch.results.length} of ${list.length} countries${notFound}`);
}

async function downloadCsv() {
  if (!lastRanked) return;
  const status = byId('compare-status');
  const response = await fetchRankingCsv(lastRanked, lastProfile ? [lastProfile.id] : []);
  if (!response.ok) {
    setStatus(status, `The CSV could not be made (${response.status}).`, true);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const a = h('a', {
    href: url,
    download: 'deportation-risk-ranking.csv',
    className: 'visually-hidden',
    text: 'CSV',
  });
  document.body.appendChild(a);
  a.click();
  // Revoked later, not at once: the browser reads the URL after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
    a.remove();
  }, 1000);
  setStatus(status, 'CSV downloaded: deportation-risk-ranking.csv.');
}

function addOffered() {
  if (!offered) return;
  const area = byId('compare-input', HTMLTextAreaElement);
  const list = parseCountryList(area.value);
  if (!list.includes(offered)) list.push(offered);
  area.value = list.join('\n');
  area.focus();
}

/**
 * Offers the country shown above for comparison, or withdraws the offer (null).
 * @param {string | null} name
 */
export function offerForCompare(name) {
  offered = name;
  byId('compare-add').hidden = name === null;
}

/**
 * Lets the reader rank by one of these profiles as well as by the country score.
 * @param {readonly RankProfile[]} profiles
 */
export function offerProfileRanking(profiles) {
  rankProfiles = [...profiles];
  const select = byId('compare-profile', HTMLSelectElement);
  for (const p of rankProfiles) select.appendChild(h('option', { value: p.id, text: p.label }));
  byId('compare-rank-by').hidden = rankProfiles.length === 0;
}

/**
 * @param {{ onPickCountry: (country: import('./api-client.js').CountryRef) => void }} options what a
 *   suggestion in a failed ranking opens
 */
export function startCompareView({ onPickCountry }) {
  byId('compare-form').addEventListener('submit', (event) => runCompare(event, onPickCountry));
  byId('compare-add').addEventListener('click', addOffered);
}
