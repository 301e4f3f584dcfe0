// @ts-check
/* The exhibit panel: "Download PDF" and "Download Word" for the filing-ready packet, and what the
   latest report no longer says compared with the edition before it. */
import { byId, h, setStatus } from './dom.js';

/**
 * @template T
 * @typedef {import('zod').infer<T>} Infer
 */
/** @typedef {Infer<typeof import('../../../api-schemas')['CountryChangesResponseSchema']>} CountryChanges */
/** @typedef {import('./api-client.js').Score} Score */
/** @typedef {import('./api-client.js').History} History */

/** @param {string} key a section key such as prison_conditions */
function topicWords(key) {
  return key.replace(/_/g, ' ');
}

/**
 * @param {string} code
 * @param {number} from
 * @param {number} to
 * @returns {Promise<CountryChanges | null>}
 */
async function fetchChanges(code, from, to) {
  const response = await fetch(`/v1/countries/${encodeURIComponent(code)}/changes?from=${from}&to=${to}`);
  if (!response.ok) return null;
  return /** @type {CountryChanges} */ (await response.json());
}

/**
 * @param {CountryChanges} changes
 * @returns {Array<HTMLElement | null>}
 */
function changesView(changes) {
  const { from, to, length, droppedTopics } = changes.changes;
  const percent = length.from ? Math.round((100 * length.to) / length.from) : 0;
  return [
    h(
      'p',
      null,
      `The ${to} report is ${length.to.toLocaleString('en-US')} characters long, ${percent}% of the ${from} report (${length.from.toLocaleString('en-US')}). A topic it dropped is not evidence that the abuse stopped.`,
    ),
    droppedTopics.length
      ? h('p', null, `Topics in ${from} and not in ${to}: ${droppedTopics.map(topicWords).join(', ')}.`)
      : null,
    ...changes.noLongerSays.map((group) =>
      h(
        'div',
        { className: 'no-longer-says' },
        h('h3', {
          text: `${topicWords(group.category)}: ${changes.changes.categories[group.category].from.evidenceCount} asserted sentences in ${from}, ${changes.changes.categories[group.category].to.evidenceCount} in ${to}`,
        }),
        h(
          'ol',
          null,
          group.quotes.map((quote) =>
            h(
              'li',
              null,
              h('blockquote', null, quote.quote),
              h('p', { className: 'citation' }, h('a', { href: quote.sourceUrl, text: quote.citation })),
            ),
          ),
        ),
      ),
    ),
  ];
}

/**
 * Fills the exhibit panel for a country: download links for the packet of the year shown, and the
 * latest edition compared with the one before it.
 * @param {Score} score
 * @param {History | null} history
 */
export async function renderExhibit(score, history) {
  const panel = byId('exhibit');
  const code = encodeURIComponent(score.country.code);
  panel.textContent = '';
  panel.append(
    h('h2', { id: 'exhibit-title', text: 'Exhibit packet' }),
    h(
      'p',
      null,
      'Every quote with its pinpoint citation (section and paragraph), the sources with their retrieval dates and fingerprints, and what the latest report no longer says.',
    ),
    h(
      'p',
      { className: 'row' },
      h('a', {
        className: 'button',
        href: `/v1/countries/${code}/brief.pdf`,
        download: '',
        text: 'Download PDF',
      }),
      ' ',
      h('a', {
        className: 'button',
        href: `/v1/countries/${code}/brief.docx`,
        download: '',
        text: 'Download Word',
      }),
    ),
  );
  const years = (history?.years ?? []).map((entry) => entry.year).sort((a, b) => b - a);
  const [to, from] = years;
  if (to === undefined || from === undefined) return;
  const changesPanel = h(
    'section',
    { className: 'changes', 'aria-labelledby': 'changes-title' },
    h('h2', { id: 'changes-title', text: `What the ${to} report no longer says` }),
  );
  const status = h('p', { role: 'status' });
  changesPanel.append(status);
  panel.append(changesPanel);
  setStatus(status, `Comparing the ${to} report with ${from}…`);
  const changes = await fetchChanges(score.country.code, from, to);
  if (!changes) {
    setStatus(status, `The ${to} and ${from} reports could not be compared.`, true);
    return;
  }
  setStatus(status, '');
  for (const node of changesView(changes)) if (node) changesPanel.append(node);
}
