// @ts-check
/* The exhibit panel: download links (PDF and Word) for the filing-ready packet, and what the
   latest report no longer says compared with the edition before it. */
import { byId, h, setStatus } from './dom.js';
import { englishText } from './evidence-list.js';
import { categoryLabel, formatNumber } from './format.js';
import { t } from './i18n.js';

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
      t('exhibit.length', {
        year: to,
        length: formatNumber(length.to),
        percent,
        fromYear: from,
        fromLength: formatNumber(length.from),
      }),
    ),
    droppedTopics.length
      ? h(
          'p',
          null,
          t('exhibit.droppedTopics', {
            fromYear: from,
            year: to,
            topics: droppedTopics.map(topicWords).join(', '),
          }),
        )
      : null,
    ...changes.noLongerSays.map((group) =>
      h(
        'div',
        { className: 'no-longer-says' },
        h('h3', {
          text: t('exhibit.noLongerSays', {
            category: categoryLabel(group.category),
            fromCount: changes.changes.categories[group.category].from.evidenceCount,
            count: changes.changes.categories[group.category].to.evidenceCount,
            fromYear: from,
            year: to,
          }),
        }),
        h(
          'ol',
          null,
          group.quotes.map((quote) =>
            h(
              'li',
              null,
              h('blockquote', { lang: englishText() }, quote.quote),
              h(
                'p',
                { className: 'citation' },
                h('a', { href: quote.sourceUrl, text: quote.citation, lang: englishText() }),
              ),
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
    h('h2', { id: 'exhibit-title', text: t('exhibit.title') }),
    h('p', null, t('exhibit.intro')),
    h(
      'p',
      { className: 'row' },
      h('a', {
        className: 'button',
        href: `/v1/countries/${code}/brief.pdf`,
        download: '',
        text: t('exhibit.pdf'),
        hreflang: 'en',
      }),
      ' ',
      h('a', {
        className: 'button',
        href: `/v1/countries/${code}/brief.docx`,
        download: '',
        text: t('exhibit.word'),
        hreflang: 'en',
      }),
    ),
  );
  if (document.documentElement.lang !== 'en') panel.append(h('p', null, t('exhibit.packetLanguage')));
  const years = (history?.years ?? []).map((entry) => entry.year).sort((a, b) => b - a);
  const [to, from] = years;
  if (to === undefined || from === undefined) return;
  const changesPanel = h(
    'section',
    { className: 'changes', 'aria-labelledby': 'changes-title' },
    h('h2', { id: 'changes-title', text: t('exhibit.changesTitle', { year: to }) }),
  );
  const status = h('p', { role: 'status' });
  changesPanel.append(status);
  panel.append(changesPanel);
  setStatus(status, t('exhibit.comparing', { year: to, fromYear: from }));
  const changes = await fetchChanges(score.country.code, from, to);
  if (!changes) {
    setStatus(status, t('exhibit.compareFailed', { year: to, fromYear: from }), true);
    return;
  }
  setStatus(status, '');
  for (const node of changesView(changes)) if (node) changesPanel.append(node);
}
