import type { Band } from '../../scoring/score-model';
import type { CardWords } from '../presenters/card-words';
import { MAP_IMAGE_HEIGHT, MAP_IMAGE_WIDTH, MAP_PNG_ZOOM } from '../presenters/world-map-presenter';
import { escapeHtml } from './html-escape';

/** The share card's size: what social sites show a `summary_large_image` at (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a shared link to one of our pages shows: Open Graph and Twitter card tags. */
export interface ShareTags {
  siteName: string;
  title: string;
  description: string;
  /** Absolute: crawlers do not resolve relative URLs. */
  url: string;
  image?: { url: string; width: number; height: number; alt: string };
}

/** A country page's tags; with its headline figures the card is the picture, without them there is none. */
export function countryShareTags(
  origin: string,
  country: { code: string; name: string },
  figures: { score: number; band: Band } | undefined,
  words: CardWords,
): ShareTags {
  const base = {
    siteName: words.siteTitle,
    title: words.shareTitle(country.name),
    url: `${origin}/country/${country.code}`,
  };
  if (!figures) return { ...base, description: words.noReportDescription(country.name) };
  return {
    ...base,
    description: words.shareDescription(country.name, figures.score, figures.band),
    image: {
      url: `${origin}/v1/countries/${country.code}/card.png`,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      alt: words.headline(country.name, figures.score, figures.band),
    },
  };
}

/** The home page's tags: the site, with the world map as its picture. */
export function siteShareTags(origin: string, words: CardWords): ShareTags {
  return {
    siteName: words.siteTitle,
    title: words.siteTitle,
    description: words.siteDescription,
    url: `${origin}/`,
    image: {
      url: `${origin}/v1/map.png`,
      width: MAP_IMAGE_WIDTH * MAP_PNG_ZOOM,
      height: MAP_IMAGE_HEIGHT * MAP_PNG_ZOOM,
      alt: words.mapAlt,
    },
  };
}

/** The `<meta>` lines for the page's head; crawlers run no script, so these are in the served HTML. */
export function renderShareTags(tags: ShareTags): string {
  const meta: Array<[attribute: 'property' | 'name', key: string, value: string]> = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', tags.siteName],
    ['property', 'og:title', tags.title],
    ['property', 'og:description', tags.description],
    ['property', 'og:url', tags.url],
  ];
  if (tags.image)
    meta.push(
      ['property', 'og:image', tags.image.url],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', String(tags.image.width)],
      ['property', 'og:image:height', String(tags.image.height)],
      ['property', 'og:image:alt', tags.image.alt],
      ['name', 'twitter:card', 'summary_large_image'],
      ['name', 'twitter:image', tags.image.url],
      ['name', 'twitter:image:alt', tags.image.alt],
    );
  else meta.push(['name', 'twitter:card', 'summary']);
  meta.push(['name', 'twitter:title', tags.title], ['name', 'twitter:description', tags.description]);
  return meta
    .map(([attribute, key, value]) => `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`)
    .join('\n');
}
