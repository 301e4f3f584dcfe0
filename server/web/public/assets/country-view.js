// @ts-check
/* One country: fetches its score, its history and the retrieval dates of the reports it cites, then
   renders the card, evidence, history, embed panel and brief, and keeps the address in step. */
import { fetchHistory, fetchScore } from './api-client.js';
import { renderBrief } from './brief.js';
import { offerForCompare } from './compare-view.js';
import { byId, h, setStatus } from './dom.js';
import { renderEmbed } from './embed-panel.js';
import { renderExhibit } from './exhibit-panel.js';
import { renderEvidence } from './evidence-list.js';
import { bandWords, round } from './format.js';
import { renderHistory } from './history-chart.js';
import { countryName, localPath, t } from './i18n.js';
import { renderProblem } from './problem-view.js';
import { renderProfiles } from './profile-cards.js';
import { pickedProfiles, profileQuery } from './profile-picker.js';
import { renderCard } from './score-card.js';

/**
 * Retrieval date of every report year the evidence cites, for the printable brief.
 * @param {import('./api-client.js').Score} score
 * @returns {Promise<Record<number, string>>}
 */
async function retrievalDates(score) {
  /** @type {Record<number, string>} */
  const retrieved = { [score.report.year]: score.report.retrievedAt };
  const cited = [...score.evidence, ...(score.profiles ?? []).flatMap((p) => p.evidence)];
  const otherYears = new Set(cited.map((e) => e.year).filter((y) => y !== score.report.year));
  await Promise.all(
    [...otherYears].map(async (year) => {
      const r = await fetchScore(score.country.code, { year, evidence: 0 });
      if (r.ok) retrieved[year] = r.body.report.retrievedAt;
    }),
  );
  return retrieved;
}

/** @param {string} code */
function updateHeadLinks(code) {
  const pageUrl = `${location.origin}/country/${encodeURIComponent(code)}`;
  let link = document.querySelector('link[type="application/json+oembed"]');
  if (!link) {
    link = h('link', { rel: 'alternate', type: 'application/json+oembed' });
    document.head.appendChild(link);
  }
  link.setAttribute('href', `${location.origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`);
}

/**
 * @param {string} path
 * @param {string} code
 */
function pushAddress(path, code) {
  try {
    window.history.pushState({ country: code }, '', path);
  } catch {
    /* file:// or sandboxed: keep going without the address */
  }
}

/** @type {string | null} the code of the country shown, for a change of profiles */
let shownCode = null;

/**
 * Shows a country given as a code, name or alias; `push` records it in the address bar and moves focus
 * to the card (a reader's search), while loading from the address does neither.
 * @param {string} input
 * @param {boolean} push
 */
export async function showCountry(input, push) {
  const status = byId('status');
  setStatus(status, t('status.loading', { input }));
  const result = await fetchScore(input, { evidence: 3, profiles: pickedProfiles() });
  if (!result.ok) {
    shownCode = null;
    byId('result').hidden = true;
    offerForCompare(null);
    renderProblem(status, result, showSuggestion, input);
    return;
  }
  const score = result.body;
  const [history, retrieved] = await Promise.all([fetchHistory(score.country.code), retrievalDates(score)]);
  const years = history.ok ? history.body : null;
  renderCard(score);
  renderProfiles(score);
  renderEvidence(score);
  renderHistory(years);
  renderEmbed(score);
  renderBrief(score, years, retrieved);
  void renderExhibit(score, years);
  byId('result').hidden = false;
  offerForCompare(score.country.name);
  shownCode = score.country.code;
  const country = countryName(score.country.code, score.country.name);
  setStatus(
    status,
    t('status.showing', { country, score: round(score.score), band: bandWords(score.band).toLowerCase() }),
  );
  document.title = t('app.countryTitle', { country });
  updateHeadLinks(score.country.code);
  const path = localPath(`/country/${encodeURIComponent(score.country.code)}${profileQuery()}`);
  if (push && `${location.pathname}${location.search}` !== path) pushAddress(path, score.country.code);
  if (push) document.getElementById('card-title')?.focus();
}

/**
 * Shows a country the reader picked from suggestions, as if searched for by name.
 * @param {import('./api-client.js').CountryRef} country
 */
export function showSuggestion(country) {
  byId('country-input', HTMLInputElement).value = country.name;
  void showCountry(country.code, true);
}

/** Shows the country on screen again with the profiles now picked (the address already names them). */
export function showPickedProfiles() {
  if (shownCode) void showCountry(shownCode, false);
}
