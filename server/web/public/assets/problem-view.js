// @ts-check
/* A failed request explained in a status region, with the server's suggestions as buttons. */
import { h, setStatus } from './dom.js';
import { countryName, t } from './i18n.js';

/**
 * What a problem says, in the page's language when it is one the page knows (an unknown country, no
 * report); otherwise the server's own words, which are English.
 * @param {Partial<import('./api-client.js').Problem>} body
 * @param {number} status
 * @param {string} input what the reader asked for
 * @returns {{ text: string, english: boolean }}
 */
export function problemText(body, status, input) {
  const slug = (body.type ?? '').split('/').pop();
  if (slug === 'unknown-country') return { text: t('problem.unknownCountry', { input }), english: false };
  if (slug === 'no-report') return { text: t('problem.noReport', { input }), english: false };
  const text = body.detail || body.title;
  return text ? { text, english: true } : { text: t('problem.generic', { status }), english: false };
}

/**
 * @param {HTMLElement} status
 * @param {{ status: number, body: Partial<import('./api-client.js').Problem> | null }} result
 * @param {(country: import('./api-client.js').CountryRef) => void} onPick called with a suggestion the reader picks
 * @param {string} [input] what the reader asked for
 */
export function renderProblem(status, result, onPick, input = '') {
  const body = result.body ?? {};
  const suggestions = body.suggestions ?? [];
  const { text, english } = problemText(body, result.status, input);
  // The question's words around the buttons, in the catalogue's order for the language.
  const [before = '', after = ''] = t('problem.didYouMean', { suggestions: '\u0000' }).split('\u0000');
  setStatus(
    status,
    [
      h('p', { text, lang: english && document.documentElement.lang !== 'en' ? 'en' : null }),
      suggestions.length
        ? h(
            'p',
            null,
            before,
            suggestions.map((suggestion, i) => [
              i ? ', ' : '',
              h('button', {
                type: 'button',
                className: 'link',
                text: countryName(suggestion.code, suggestion.name),
                onclick: () => onPick(suggestion),
              }),
            ]),
            after,
          )
        : null,
    ],
    true,
  );
}
