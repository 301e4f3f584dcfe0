import type { MiniWorldShape } from '../../data/world-shapes';
import type { Comparison } from '../comparison-service';
import { BAND_WORDS } from '../web/shared/vocabulary';

/** Every word the comparison embed prints, in one place so that it can be translated as a whole. */
export const COMPARE_WORDS = {
  kicker: 'Deportation destination risk',
  heading: (count: number) => `${count} destinations compared`,
  profile: 'Risk profile:',
  scoreOutOf: ' out of 100',
  newTab: ' (opens in a new tab)',
  mapLabel: (names: string) => `World map with ${names} marked`,
  frameTitle: (summary: string) => `Deportation risk compared: ${summary}`,
  scoresSummary: (rows: string) => `${rows} (scores out of 100)`,
  source: (years: string) =>
    `Scores 0–100 (higher is more dangerous) from the U.S. State Department Country Reports on Human Rights Practices, ${years}.`,
  more: 'Each country’s evidence, history and method',
  problemHeading: 'This comparison cannot be drawn',
  problemTitle: 'Deportation risk compared: invalid request',
  searchAll: 'Search all countries',
} as const;

/** Width of the mini-map's plane: about the pixels it is drawn at in a narrow column, so whole units suffice. */
export const MINI_MAP_WIDTH = 320;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "A, B and C". */
function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The small world map under the bars: every other country as one grey path, each compared country
 * filled with its band's colour and marked with a dot, since El Salvador or Eswatini is a pixel or two
 * at this size. The bars say everything the map does; the map is labelled as a picture.
 */
export function presentMiniMap(
  shapes: readonly MiniWorldShape[],
  comparison: Comparison,
  height: number,
): string {
  const compared = new Map(comparison.rows.map((row) => [row.country.code, row]));
  const others = shapes
    .filter((shape) => !shape.code || !compared.has(shape.code))
    .map((shape) => shape.path)
    .join('');
  const marked = shapes.flatMap((shape) => {
    const row = shape.code ? compared.get(shape.code) : undefined;
    return row ? [{ shape, band: row.band }] : [];
  });
  const fills = marked.map(({ shape, band }) => `<path class="b-${band}" d="${shape.path}"/>`).join('');
  const dots = marked
    .map(
      ({ shape, band }) =>
        `<circle class="b-${band}" cx="${shape.centre[0]}" cy="${shape.centre[1]}" r="4"/>`,
    )
    .join('');
  const label = COMPARE_WORDS.mapLabel(listNames(comparison.rows.map((row) => row.country.name)));
  return `<svg class="m" viewBox="0 0 ${MINI_MAP_WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}"><path class="o" d="${others}"/>${fills}${dots}</svg>`;
}

function head(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/embed.css"><script src="/assets/embed.js" defer></script></head>`;
}

/**
 * The comparison embed: a ranked list (real text: rank, name linked to the country's page, score and
 * band) with a bar per country drawn as SVG (the widget's CSP allows no inline style), then the map.
 */
export function renderCompareEmbed(origin: string, comparison: Comparison, miniMap: string): string {
  const words = COMPARE_WORDS;
  const query = comparison.profile ? `?profiles=${comparison.profile.id}` : '';
  const newTab = `<span class="v">${words.newTab}</span>`;
  const items = comparison.rows.map(
    (row) =>
      `<li class="b-${row.band}"><a href="${escapeHtml(`${origin}/country/${row.country.code}${query}`)}" target="_blank" rel="noopener">${escapeHtml(row.country.name)}${newTab}</a><svg class="g" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect width="${row.score}" height="1"/></svg><b>${row.score}<span class="v">${words.scoreOutOf}</span></b><span class="c">${BAND_WORDS[row.band]}</span></li>`,
  );
  const summary = words.scoresSummary(
    comparison.rows.map((row) => `${row.country.name} ${row.score}`).join(', '),
  );
  const years = [...new Set(comparison.rows.map((row) => row.year))].sort();
  const profile = comparison.profile
    ? `\n<p class="x">${words.profile} <strong>${escapeHtml(comparison.profile.label)}</strong></p>`
    : '';
  return `${head(words.frameTitle(comparison.rows.map((row) => row.country.name).join(', ')))}
<body><main class="w q" data-title="${escapeHtml(words.frameTitle(summary))}">
<p class="k">${words.kicker}</p>
<h1>${words.heading(comparison.rows.length)}</h1>${profile}
<ol class="r">${items.join('')}</ol>
${miniMap}
<p class="f">${escapeHtml(words.source(listNames(years.map(String))))} <a href="${escapeHtml(origin)}/" target="_blank" rel="noopener">${words.more}${newTab}</a></p>
</main></body></html>
`;
}

/** The embed's answer to a request it cannot draw: what is wrong, one line per issue. */
export function renderCompareEmbedProblem(origin: string, messages: readonly string[]): string {
  const words = COMPARE_WORDS;
  const items = messages
    .map((message) => `<li>${escapeHtml(message.charAt(0).toUpperCase() + message.slice(1))}.</li>`)
    .join('');
  return `${head(words.problemTitle)}
<body><main class="w" data-title="${escapeHtml(words.problemTitle)}">
<p class="k">${words.kicker}</p>
<h1>${words.problemHeading}</h1><ul>${items}</ul>
<p class="f"><a href="${escapeHtml(origin)}/" target="_blank" rel="noopener">${words.searchAll}<span class="v">${words.newTab}</span></a></p>
</main></body></html>
`;
}
