// @ts-check
/* "Embed this comparison": the <hr-risk-compare> snippet for the countries just ranked, and a preview. */
import { h } from './dom.js';

/** The embed's limits (server/comparison-service.ts): fewer is no comparison, more no longer fits a column. */
const MIN_COMPARED = 2;
const MAX_COMPARED = 12;

/** Every word this part of the page prints, in one place so that it can be translated as a whole. */
const WORDS = {
  heading: 'Embed this comparison',
  hint: 'Paste this into an article: a ranked bar chart with a small world map, which resizes to its content.',
  label: 'Comparison embed snippet',
  preview: 'Preview',
  /** @param {number} max */
  tooMany: (max) =>
    `The comparison embed shows at most ${max} countries; rank ${max} or fewer to embed them.`,
};

/**
 * The snippet for these countries, highest first, and the profile they were ranked by.
 * @param {readonly string[]} codes
 * @param {string | null} profile
 */
export function compareSnippet(codes, profile) {
  return [
    `<hr-risk-compare countries="${codes.join(',')}"${profile ? ` profile="${profile}"` : ''}></hr-risk-compare>`,
    // Split so that this file never contains a closing script tag.
    `<script async src="${location.origin}/widget.js"></` + 'script>',
  ].join('\n');
}

/**
 * The panel under a ranking: the snippet and a live preview, or why there is none; nothing for one country.
 * @param {ReadonlyArray<{ country: { code: string } }>} ranked highest first; an entry given twice counts once
 * @param {string | null} profile
 */
export function compareEmbedPanel(ranked, profile) {
  const codes = [...new Set(ranked.map((r) => r.country.code))];
  if (codes.length < MIN_COMPARED) return null;
  const heading = h('h3', { id: 'compare-embed-title', text: WORDS.heading });
  if (codes.length > MAX_COMPARED)
    return h(
      'section',
      { className: 'compare-embed', 'aria-labelledby': 'compare-embed-title' },
      heading,
      h('p', { className: 'hint', text: WORDS.tooMany(MAX_COMPARED) }),
    );
  return h(
    'section',
    { className: 'compare-embed', 'aria-labelledby': 'compare-embed-title' },
    heading,
    h('p', { className: 'hint', id: 'compare-embed-hint', text: WORDS.hint }),
    h('label', { for: 'compare-embed-snippet', text: WORDS.label }),
    h('textarea', {
      id: 'compare-embed-snippet',
      rows: 3,
      readonly: true,
      spellcheck: 'false',
      'aria-describedby': 'compare-embed-hint',
      text: compareSnippet(codes, profile),
    }),
    h('h4', { text: WORDS.preview }),
    h('div', { className: 'embed-preview' }, h('hr-risk-compare', { countries: codes.join(','), profile })),
  );
}
