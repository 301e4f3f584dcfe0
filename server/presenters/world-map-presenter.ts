import type { z } from 'zod';
import { BANDS, type Band } from '../../scoring/score-model';
import type { CountryListItemSchema } from '../api-schemas';
import { MAP_HEIGHT, MAP_WIDTH, type WorldShape } from '../../data/world-shapes';
import { BAND_WORDS } from '../web/shared/vocabulary';

type CountryListItem = z.infer<typeof CountryListItemSchema>;

/** The page's band colours (app.css), repeated here because an SVG image carries its own fills. */
export const BAND_FILLS: Readonly<Record<Band, string>> = {
  low: '#1a7f37',
  moderate: '#7a5c00',
  elevated: '#b04a00',
  high: '#c0262d',
  severe: '#6e1423',
};
export const NO_REPORT_FILL = '#dde2e7';
const LEGEND_HEIGHT = 40;
/** The SVG's size: the projected world and the legend below it. */
export const MAP_IMAGE_WIDTH = MAP_WIDTH;
export const MAP_IMAGE_HEIGHT = MAP_HEIGHT + LEGEND_HEIGHT;
/** The PNG is drawn at twice the SVG's size (2000 px wide), sharp enough for a slide or print. */
export const MAP_PNG_ZOOM = 2;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function legend(): string {
  const items: Array<[string, string]> = [
    ...BANDS.map((band): [string, string] => [BAND_FILLS[band], BAND_WORDS[band]]),
    [NO_REPORT_FILL, 'No report'],
  ];
  const y = MAP_HEIGHT + 12;
  return `<g class="legend" font-family="DejaVu Sans, sans-serif" font-size="13" fill="#1b1f24">${items
    .map(
      ([fill, label], i) =>
        `<rect x="${10 + i * 160}" y="${y}" width="16" height="16" fill="${fill}" stroke="#4a5560" stroke-width="0.5"/><text x="${32 + i * 160}" y="${y + 13}">${escapeXml(label)}</text>`,
    )
    .join('')}</g>`;
}

/**
 * The world as an SVG choropleth of headline bands, with a legend. Each country with a report is a
 * link to its page, named with its score and band (so the map can be used by keyboard and screen
 * reader when inlined in the page); every other shape is "no report". Highlighted countries get a
 * heavy outline, for slides about a few destinations.
 */
export function presentWorldMapSvg(
  shapes: readonly WorldShape[],
  countries: readonly CountryListItem[],
  options: { highlight?: ReadonlySet<string>; title: string },
): string {
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const highlight = options.highlight ?? new Set<string>();
  const parts = shapes.map((shape) => {
    const scored = shape.code ? byCode.get(shape.code) : undefined;
    const outline =
      shape.code && highlight.has(shape.code) ? ' stroke="#000" stroke-width="2.5" class="highlight"' : '';
    if (!scored)
      return `<path d="${shape.path}" fill="${NO_REPORT_FILL}"${outline}><title>${escapeXml(`${shape.name}: no report`)}</title></path>`;
    const label = `${scored.name}: ${Math.round(scored.score)} out of 100, ${BAND_WORDS[scored.band]}`;
    return `<a href="/country/${scored.code}" aria-label="${escapeXml(label)}" data-code="${scored.code}" data-band="${scored.band}"><path d="${shape.path}" fill="${BAND_FILLS[scored.band]}"${outline}><title>${escapeXml(label)}</title></path></a>`;
  });
  const height = MAP_IMAGE_HEIGHT;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}" width="${MAP_WIDTH}" height="${height}" role="group" aria-label="${escapeXml(options.title)}"><rect width="${MAP_WIDTH}" height="${height}" fill="#fff"/><g stroke="#fff" stroke-width="0.5" stroke-linejoin="round">${parts.join('')}</g>${legend()}</svg>`;
}
