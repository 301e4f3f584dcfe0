// @ts-check
/* The exhibit panel: "Download PDF" and "Download Word" for the filing-ready packet, and what the
   latest report no longer says compared with the edition before it. */
import { byId, h, setStatus } from './dom.js';
import { categoryLabel } from './format.js';
import { pickedProfiles } from './profile-picker.js';
import { CATEGORIES } from './vocabulary.js';

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
          text: `${categoryLabel(group.category)}: ${changes.changes.categories[group.category].from.evidenceCount} asserted sentences in ${from}, ${changes.changes.categories[group.category].to.evidenceCount} in ${to}`,
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
 * The packet's address: the year chosen (none: the headline score), the profiles picked on the page
 * and the categories ticked (none named when all are, or none).
 * @param {string} code
 * @param {'pdf' | 'docx'} format
 * @param {{ year: string, categories: string[] }} choice
 */
export function packetHref(code, format, choice) {
  const params = new URLSearchParams();
  if (choice.year) params.set('year', choice.year);
  const profiles = pickedProfiles();
  if (profiles.length) params.set('profiles', profiles.join(','));
  if (choice.categories.length && choice.categories.length < CATEGORIES.length)
    params.set('categories', choice.categories.join(','));
  // The commas stay readable: they are allowed in a query and the server splits on them.
  const query = params.toString().replace(/%2C/g, ',');
  return `/v1/countries/${encodeURIComponent(code)}/brief.${format}${query ? `?${query}` : ''}`;
}

/**
 * Fills the exhibit panel for a country: the packet's year and categories, download links that
 * follow them (and the profiles picked on the page), and the latest edition compared with the one
 * before it.
 * @param {Score} score
 * @param {History | null} history
 */
export async function renderExhibit(score, history) {
  const panel = byId('exhibit');
  const code = score.country.code;
  panel.textContent = '';
  const pdf = h('a', { className: 'button', id: 'packet-pdf', download: '', text: 'Download PDF' });
  const docx = h('a', { className: 'button', id: 'packet-docx', download: '', text: 'Download Word' });
  const yearSelect = h(
    'select',
    { id: 'packet-year', name: 'year' },
    h('option', { value: '', text: `Latest reports (as scored above, ${score.year})` }),
    (history?.years ?? [])
      .map((entry) => entry.year)
      .sort((a, b) => b - a)
      .map((year) => h('option', { value: String(year), text: `${year} report only` })),
  );
  const boxes = CATEGORIES.map((category) =>
    h('input', {
      type: 'checkbox',
      id: `packet-category-${category.id}`,
      name: 'categories',
      value: category.id,
      checked: true,
    }),
  );
  const update = () => {
    const choice = {
      year: yearSelect.value,
      categories: boxes.filter((box) => box.checked).map((box) => box.value),
    };
    pdf.setAttribute('href', packetHref(code, 'pdf', choice));
    docx.setAttribute('href', packetHref(code, 'docx', choice));
  };
  const options = h(
    'fieldset',
    { className: 'packet-options', onchange: update },
    h('legend', { text: 'What the packet covers' }),
    h('p', null, h('label', { for: 'packet-year', text: 'Report year ' }), yearSelect),
    h(
      'ul',
      { className: 'packet-categories', 'aria-label': 'Categories' },
      CATEGORIES.map((category, index) =>
        h(
          'li',
          null,
          boxes[index],
          ' ',
          h('label', { for: `packet-category-${category.id}`, text: category.label }),
        ),
      ),
    ),
    h('p', {
      className: 'hint',
      text: 'The risk profiles picked above are scored in the packet too, with their quotes.',
    }),
  );
  update();
  panel.append(
    h('h2', { id: 'exhibit-title', text: 'Exhibit packet' }),
    h(
      'p',
      null,
      'Every quote with its pinpoint citation (section and paragraph), the sources with their retrieval dates and fingerprints, and what the latest report no longer says.',
    ),
    options,
    h('p', { className: 'row' }, pdf, ' ', docx),
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
