import { CATEGORY_IDS, type CategoryId } from '../../scoring/categories';
import type { Band } from '../../scoring/score-model';
import type { CountryScore } from '../country-service';
import { IMAGE_FONT_FAMILY } from '../png-renderer';
import { escapeHtml } from '../web/html-escape';
import { CARD_HEIGHT, CARD_WIDTH } from '../web/share-tags';
import { BAND_COLOURS } from '../web/web-routes';
import type { CardWords } from './card-words';

const TOP_CATEGORY_COUNT = 3;

/** What a share card shows: everything the drawing needs and nothing else. */
export interface CardFigures {
  country: { code: string; name: string };
  score: number;
  band: Band;
  /** The highest-scoring categories above zero, highest first, at most three. */
  topCategories: Array<{ id: CategoryId; score: number }>;
  /** The report years the figures come from (a headline carries some categories from older reports). */
  years: number[];
  methodVersion: string;
}

/** The card's figures from a headline or year score, rounded as the page shows them. */
export function toCardFigures(score: CountryScore): CardFigures {
  const ranked = CATEGORY_IDS.map((id) => ({ id, score: Math.round(score.categories[id].score) }))
    .filter((category) => category.score > 0)
    // Stable sort: ties keep the public category order.
    .sort((a, b) => b.score - a.score)
    .slice(0, TOP_CATEGORY_COUNT);
  const years = new Set([score.year, ...CATEGORY_IDS.map((id) => score.categories[id].year)]);
  return {
    country: { code: score.country.code, name: score.country.name },
    score: Math.round(score.score),
    band: score.band,
    topCategories: ranked,
    years: [...years].sort((a, b) => a - b),
    methodVersion: score.methodVersion,
  };
}

/** 2016, 2022, 2023, 2024 → "2016, 2022–2024". */
export function formatYearRanges(years: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const year of years) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
}

/**
 * The advance of `text` in Roboto, in ems, a little generous: resvg has no text measuring before
 * layout, and an overestimate only makes a long name a size smaller.
 */
function estimateWidthEm(text: string, bold: boolean): number {
  let width = 0;
  for (const char of text) {
    if (char === ' ') width += 0.26;
    else if (/[ijl.,:;'|!()[\]]/.test(char)) width += 0.27;
    else if (/[frt]/.test(char)) width += 0.35;
    else if (/[0-9]/.test(char)) width += 0.57;
    else if (/[mwMW]/.test(char)) width += 0.88;
    else if (/[A-Z]/.test(char)) width += 0.67;
    else width += 0.56;
  }
  return width * (bold ? 1.05 : 1);
}

/** A `<text>` at the largest size up to `size` that fits `maxWidth`; squeezed to fit below `minSize`. */
function fittedText(
  text: string,
  options: {
    x: number;
    y: number;
    size: number;
    minSize: number;
    maxWidth: number;
    bold?: boolean;
    attrs?: string;
  },
): string {
  const bold = options.bold ?? false;
  const em = estimateWidthEm(text, bold);
  const size = Math.max(options.minSize, Math.min(options.size, Math.floor(options.maxWidth / em)));
  const squeeze =
    em * size > options.maxWidth ? ` textLength="${options.maxWidth}" lengthAdjust="spacingAndGlyphs"` : '';
  const weight = bold ? ' font-weight="bold"' : '';
  return `<text x="${options.x}" y="${options.y}" font-size="${size}"${weight}${squeeze}${options.attrs ?? ''}>${escapeHtml(text)}</text>`;
}

const INK = '#1b1f24';
const MUTED = '#4a5560';
const TRACK = '#e3e7eb';
const LEFT = 64;
const RIGHT = CARD_WIDTH - 64;

function categoryRows(figures: CardFigures, words: CardWords): string {
  if (figures.topCategories.length === 0)
    return `<text x="${LEFT}" y="452" font-size="26" fill="${INK}">${escapeHtml(words.noCategory)}</text>`;
  const barX = 800;
  const barWidth = 260;
  return figures.topCategories
    .map(({ id, score }, i) => {
      const y = 452 + i * 46;
      const { label, short } = words.category[id];
      const labelWidth = barX - 24 - LEFT;
      const fits = estimateWidthEm(label, false) * 24 <= labelWidth;
      return [
        fittedText(fits ? label : short, { x: LEFT, y, size: 24, minSize: 18, maxWidth: labelWidth }),
        `<rect x="${barX}" y="${y - 18}" width="${barWidth}" height="20" rx="3" fill="${TRACK}"/>`,
        `<rect x="${barX}" y="${y - 18}" width="${Math.round((barWidth * score) / 100)}" height="20" rx="3" fill="${MUTED}"/>`,
        `<text x="${RIGHT}" y="${y}" font-size="24" font-weight="bold" text-anchor="end">${score}</text>`,
      ].join('');
    })
    .join('');
}

/**
 * The share card (1200×630): country, headline score and band in the page's band colour, the three
 * highest categories with their scores, and where the figures come from. Text is drawn in Roboto,
 * the font the PNG rasteriser loads, so the SVG and the PNG look the same where Roboto is installed.
 */
export function presentCardSvg(figures: CardFigures, words: CardWords): string {
  const colour = BAND_COLOURS[figures.band];
  const headline = words.headline(figures.country.name, figures.score, figures.band);
  const scoreSize = 132;
  const scoreWidth = estimateWidthEm(String(figures.score), true) * scoreSize;
  const outOfSize = 44;
  const bandWord = words.band[figures.band];
  const pillX = Math.round(LEFT + scoreWidth + 12 + estimateWidthEm(words.outOf, false) * outOfSize + 28);
  const pillText = 36;
  const pillWidth = Math.round(estimateWidthEm(bandWord, true) * pillText + 56);
  const parts = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fff"/>`,
    `<rect width="20" height="${CARD_HEIGHT}" fill="${colour}"/>`,
    `<text x="${LEFT}" y="84" font-size="28" font-weight="bold" fill="${MUTED}">${escapeHtml(words.kicker)}</text>`,
    fittedText(figures.country.name, {
      x: LEFT,
      y: 172,
      size: 76,
      minSize: 40,
      maxWidth: RIGHT - LEFT,
      bold: true,
    }),
    `<text x="${LEFT}" y="322"><tspan font-size="${scoreSize}" font-weight="bold" fill="${colour}">${figures.score}</tspan><tspan dx="12" font-size="${outOfSize}" fill="${MUTED}">${escapeHtml(words.outOf)}</tspan></text>`,
    `<rect x="${pillX}" y="250" width="${pillWidth}" height="66" rx="33" fill="${colour}"/>`,
    `<text x="${pillX + pillWidth / 2}" y="296" font-size="${pillText}" font-weight="bold" fill="#fff" text-anchor="middle">${escapeHtml(bandWord)}</text>`,
    `<text x="${LEFT}" y="398" font-size="24" font-weight="bold" fill="${MUTED}">${escapeHtml(words.topCategories)}</text>`,
    categoryRows(figures, words),
    `<rect x="${LEFT}" y="566" width="${RIGHT - LEFT}" height="2" fill="${TRACK}"/>`,
    fittedText(words.source(formatYearRanges(figures.years)), {
      x: LEFT,
      y: 596,
      size: 20,
      minSize: 14,
      maxWidth: RIGHT - LEFT,
      attrs: ` fill="${MUTED}"`,
    }),
    `<text x="${LEFT}" y="620" font-size="16" fill="${MUTED}">${escapeHtml(`${words.method(figures.methodVersion)} · ${words.notLegal}`)}</text>`,
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${words.lang}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-label="${escapeHtml(headline)}" data-code="${escapeHtml(figures.country.code)}" data-band="${figures.band}"><title>${escapeHtml(headline)}</title><g font-family="${IMAGE_FONT_FAMILY}, Arial, sans-serif" fill="${INK}">${parts.join('')}</g></svg>`;
}
