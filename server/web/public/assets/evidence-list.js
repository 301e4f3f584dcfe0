// @ts-check
/* The quoted sentences behind the score, grouped by category, each linked to state.gov. */
import { append, byId, h } from './dom.js';
import { sectionName } from './format.js';
import { CATEGORIES } from './vocabulary.js';

/** @param {import('./api-client.js').Score} score */
export function renderEvidence(score) {
  const section = byId('evidence');
  section.textContent = '';
  append(section, [
    h('h2', { id: 'evidence-title', text: 'Evidence' }),
    h('p', {
      text: 'The sentences of the report that weigh most in each category, quoted exactly. Each link opens state.gov with the sentence highlighted.',
    }),
  ]);
  let n = 0;
  for (const category of CATEGORIES) {
    const items = score.evidence.filter((e) => e.category === category.id);
    const group = h('div', { className: 'evidence-group' }, h('h3', { text: category.label }));
    if (!items.length) {
      group.appendChild(h('p', { className: 'none', text: 'No sentence in the report asserts this.' }));
    } else {
      const list = h('ol', { className: 'quotes' });
      for (const ev of items) {
        n += 1;
        list.appendChild(
          h(
            'li',
            { className: 'quote' },
            h('blockquote', { cite: ev.sourceUrl }, h('p', { text: `“${ev.quote}”` })),
            h(
              'p',
              { className: 'cite' },
              `${ev.year} report, ${sectionName(ev)} · `,
              h(
                'a',
                { href: ev.sourceUrl },
                'Read it on state.gov',
                h('span', { className: 'visually-hidden', text: ` (quote ${n}, highlighted)` }),
              ),
            ),
          ),
        );
      }
      group.appendChild(list);
    }
    section.appendChild(group);
  }
}
