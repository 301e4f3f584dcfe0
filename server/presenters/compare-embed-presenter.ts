import type { MiniWorldShape } from '../../data/world-shapes';
import {
  MAX_COMPARED,
  MIN_COMPARED,
  type ComparedCountry,
  type Comparison,
  type ComparisonIssue,
} from '../comparison-service';
import { PROFILE_IDS } from '../../scoring/profile-model';
import {
  DEFAULT_LANGUAGE,
  FORMAT_LOCALES,
  countryNameIn,
  translate,
  translatorFor,
  type Language,
} from '../web/shared/i18n/messages';

/** Width of the mini-map's plane: about the pixels it is drawn at in a narrow column, so whole units suffice. */
export const MINI_MAP_WIDTH = 320;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "A, B and C", "A, B y C": the platform's list format for the language. */
function listNames(language: Language, names: readonly string[]): string {
  return new Intl.ListFormat(FORMAT_LOCALES[language], { type: 'conjunction' }).format(names);
}

/** A compared country's name in the language. */
function nameOf(language: Language, row: ComparedCountry): string {
  return countryNameIn(language, row.country.code, row.country.name);
}

/** One issue of a request the embed cannot draw, as a sentence in the language. */
export function comparisonIssueText(language: Language, issue: ComparisonIssue): string {
  const t = translatorFor(language);
  const name = (country: { code: string; name: string }) =>
    countryNameIn(language, country.code, country.name);
  switch (issue.code) {
    case 'too_few':
      return t('compareEmbed.tooFew', { min: MIN_COMPARED, count: issue.count });
    case 'too_many':
      return t('compareEmbed.tooMany', { max: MAX_COMPARED, count: issue.count });
    case 'unknown_country':
      return issue.suggestions.length
        ? t('compareEmbed.unknownCountryNear', {
            input: issue.input,
            suggestions: issue.suggestions.map(name).join(', '),
          })
        : t('compareEmbed.unknownCountry', { input: issue.input });
    case 'no_report':
      return t('compareEmbed.noReport', { input: issue.input, country: name(issue.country) });
    case 'duplicate':
      return t('compareEmbed.duplicate', { input: issue.input, country: name(issue.country) });
    case 'unknown_profile':
      return t('compareEmbed.unknownProfile', { input: issue.input, profiles: PROFILE_IDS.join(', ') });
  }
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
  language: Language = DEFAULT_LANGUAGE,
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
  const label = translate(language, 'compareEmbed.mapLabel', {
    countries: listNames(
      language,
      comparison.rows.map((row) => nameOf(language, row)),
    ),
  });
  return `<svg class="m" viewBox="0 0 ${MINI_MAP_WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}"><path class="o" d="${others}"/>${fills}${dots}</svg>`;
}

function head(language: Language, title: string): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/embed.css"><script src="/assets/embed.js" defer></script></head>`;
}

/**
 * The comparison embed: a ranked list (real text: rank, name linked to the country's page, score and
 * band) with a bar per country drawn as SVG (the widget's CSP allows no inline style), then the map.
 */
export function renderCompareEmbed(
  origin: string,
  comparison: Comparison,
  miniMap: string,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = translatorFor(language);
  const query = new URLSearchParams();
  if (comparison.profile) query.set('profiles', comparison.profile.id);
  if (language !== DEFAULT_LANGUAGE) query.set('lang', language);
  const search = query.toString() ? `?${query.toString()}` : '';
  const newTab = `<span class="v">${escapeHtml(t('widget.newTab'))}</span>`;
  const items = comparison.rows.map(
    (row) =>
      `<li class="b-${row.band}"><a href="${escapeHtml(`${origin}/country/${row.country.code}${search}`)}" target="_blank" rel="noopener">${escapeHtml(nameOf(language, row))}${newTab}</a><svg class="g" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect width="${row.score}" height="1"/></svg><b>${row.score}<span class="v">${escapeHtml(t('compareEmbed.scoreOutOf'))}</span></b><span class="c">${escapeHtml(t(`band.${row.band}`))}</span></li>`,
  );
  const summary = t('compareEmbed.scoresSummary', {
    rows: comparison.rows.map((row) => `${nameOf(language, row)} ${row.score}`).join(', '),
  });
  const years = [...new Set(comparison.rows.map((row) => row.year))].sort();
  const profile = comparison.profile
    ? `\n<p class="x">${escapeHtml(t('widget.profile', { profile: '\uE000' })).replace('\uE000', `<strong>${escapeHtml(t(`profile.${comparison.profile.id}`))}</strong>`)}</p>`
    : '';
  const home = language === DEFAULT_LANGUAGE ? '/' : `/?lang=${language}`;
  const names = comparison.rows.map((row) => nameOf(language, row)).join(', ');
  return `${head(language, t('compareEmbed.frameTitle', { summary: names }))}
<body><main class="w q" data-title="${escapeHtml(t('compareEmbed.frameTitle', { summary }))}">
<p class="k">${escapeHtml(t('widget.kicker'))}</p>
<h1>${escapeHtml(t('compareEmbed.heading', { count: comparison.rows.length }))}</h1>${profile}
<ol class="r">${items.join('')}</ol>
${miniMap}
<p class="f">${escapeHtml(t('compareEmbed.source', { years: listNames(language, years.map(String)) }))} <a href="${escapeHtml(origin)}${home}" target="_blank" rel="noopener">${escapeHtml(t('compareEmbed.more'))}${newTab}</a></p>
</main></body></html>
`;
}

/** The embed's answer to a request it cannot draw: what is wrong, one line per issue. */
export function renderCompareEmbedProblem(
  origin: string,
  messages: readonly string[],
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = translatorFor(language);
  const items = messages.map((message) => `<li>${escapeHtml(message)}</li>`).join('');
  const home = language === DEFAULT_LANGUAGE ? '/' : `/?lang=${language}`;
  return `${head(language, t('compareEmbed.problemTitle'))}
<body><main class="w" data-title="${escapeHtml(t('compareEmbed.problemTitle'))}">
<p class="k">${escapeHtml(t('widget.kicker'))}</p>
<h1>${escapeHtml(t('compareEmbed.problemHeading'))}</h1><ul>${items}</ul>
<p class="f"><a href="${escapeHtml(origin)}${home}" target="_blank" rel="noopener">${escapeHtml(t('widget.searchAll'))}<span class="v">${escapeHtml(t('widget.newTab'))}</span></a></p>
</main></body></html>
`;
}
