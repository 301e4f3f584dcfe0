// @ts-check
/* A failed request explained in a status region, with the server's suggestions as buttons. */
import { h, setStatus } from './dom.js';

/**
 * @param {HTMLElement} status
 * @param {{ status: number, body: Partial<import('./api-client.js').Problem> | null }} result
 * @param {(country: import('./api-client.js').CountryRef) => void} onPick called with a suggestion the reader picks
 */
export function renderProblem(status, result, onPick) {
  const body = result.body ?? {};
  const suggestions = body.suggestions ?? [];
  setStatus(
    status,
    [
      h('p', { text: body.detail || body.title || `Something went wrong (${result.status}).` }),
      suggestions.length
        ? h(
            'p',
            null,
            'Did you mean: ',
            suggestions.map((suggestion, i) => [
              i ? ', ' : '',
              h('button', {
                type: 'button',
                className: 'link',
                text: suggestion.name,
                onclick: () => onPick(suggestion),
              }),
            ]),
            '?',
          )
        : null,
    ],
    true,
  );
}
