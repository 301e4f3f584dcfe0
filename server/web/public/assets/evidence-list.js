// @ts-check
/* The quoted sentences behind the score, grouped by category, each linked to state.gov. Quotes and
   the report's headings stay in English, marked lang="en" when the page is in another language. */
import { append, byId, h } from './dom.js';
import { CATEGORIES, sectionName } from './format.js';
import { countryName, t } from './i18n.js';

/** lang="en" for the report's own words, or nothing when the page is English already. */
export function englishText() {
  return document.documentElement.lang === 'en' ? null : 'en';
}

/**
 * The report's heading of a quote, with its pinpoint (section and paragraph) when it has one: the
 * report's English.
 * @param {{ heading: string, section: string, pinpoint?: { text: string } }} ev
 */
function reportPlace(ev) {
  return ev.pinpoint ? `${sectionName(ev)}, ${ev.pinpoint.text}` : sectionName(ev);
}

/**
 * "2023 report, Section 1.c" with the heading (the report's English) marked as such.
 * @param {number} year
 * @param {{ heading: string, section: string, pinpoint?: { text: string } }} ev
 */
export function citeLine(year, ev) {
  const [before = '', after = ''] = t('evidence.cite', { year, section: '\u0000' }).split('\u0000');
  return [before, h('span', { lang: englishText(), text: reportPlace(ev) }), after];
}

/**
 * The citation of a quote: the report (its English title), the country and the report's heading.
 * @param {{ year: number, heading: string, section: string, pinpoint?: { text: string } }} ev
 * @param {import('./api-client.js').Score} score
 */
export function citationText(ev, score) {
  // The report's section heading is English; the rest is in the page's language.
  const [before = '', after = ''] = t('brief.citation', {
    year: ev.year,
    country: countryName(score.country.code, score.country.name),
    section: '\u0000',
  }).split('\u0000');
  return [before, h('span', { lang: englishText(), text: reportPlace(ev) }), after];
}

/** @param {import('./api-client.js').Score} score */
export function renderEvidence(score) {
  const section = byId('evidence');
  section.textContent = '';
  append(section, [
    h('h2', { id: 'evidence-title', text: t('evidence.title') }),
    h('p', { text: t('evidence.intro') }),
  ]);
  let n = 0;
  for (const category of CATEGORIES) {
    const items = score.evidence.filter((e) => e.category === category.id);
    const group = h('div', { className: 'evidence-group' }, h('h3', { text: category.label }));
    if (!items.length) {
      group.appendChild(h('p', { className: 'none', text: t('evidence.none') }));
    } else {
      const list = h('ol', { className: 'quotes' });
      for (const ev of items) {
        n += 1;
        list.appendChild(
          h(
            'li',
            { className: 'quote' },
            h('blockquote', { cite: ev.sourceUrl, lang: englishText() }, h('p', { text: `“${ev.quote}”` })),
            h(
              'p',
              { className: 'cite' },
              citeLine(ev.year, ev),
              ' · ',
              h(
                'a',
                { href: ev.sourceUrl },
                t('evidence.read'),
                h('span', { className: 'visually-hidden', text: t('evidence.quoteHidden', { number: n }) }),
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
