import type { z } from 'zod';
import type { BadgeJsonSchema, CountryRefSchema, OEmbedResponseSchema } from '../api-schemas';
import type { Band } from '../../scoring/score-model';
import type { HttpProblem } from '../problem';
import { BAND_WORDS } from '../web/shared/vocabulary';
import { BAND_COLOURS, iframeSnippet, renderBadgeSvg } from '../web/web-routes';

/** What a badge shows: the country and its headline score, rounded. */
export interface BadgeFigures {
  country: z.infer<typeof CountryRefSchema>;
  score: number;
  band: Band;
}

const OEMBED_WIDTH = 400;
const OEMBED_HEIGHT = 300;
const MISSING_COLOUR = '#6b6b6b';

function labelOf(figures: BadgeFigures): string {
  return `deportation risk: ${figures.country.name}`;
}

function messageOf(figures: BadgeFigures): string {
  return `${figures.score}/100 ${figures.band}`;
}

export function presentBadgeSvg(figures: BadgeFigures): string {
  return renderBadgeSvg(labelOf(figures), messageOf(figures), BAND_COLOURS[figures.band]);
}

/** A grey badge naming the problem in its own words ("unknown country", "no report"). */
export function presentMissingBadgeSvg(problem: HttpProblem): string {
  return renderBadgeSvg('deportation risk', problem.title.toLowerCase(), MISSING_COLOUR);
}

/** A shields.io endpoint badge. */
export function presentBadgeJson(
  figures: BadgeFigures,
  cacheMaxAge: number,
): z.infer<typeof BadgeJsonSchema> {
  return {
    schemaVersion: 1,
    label: labelOf(figures),
    message: messageOf(figures),
    color: BAND_COLOURS[figures.band].slice(1),
    cacheSeconds: Math.max(300, cacheMaxAge),
  };
}

/** An oEmbed "rich" answer: the widget's iframe at most the size asked for. */
export function presentOEmbed(
  figures: BadgeFigures,
  options: { origin: string; cacheMaxAge: number; maxwidth?: number; maxheight?: number },
): z.infer<typeof OEmbedResponseSchema> {
  const width = Math.min(OEMBED_WIDTH, options.maxwidth ?? OEMBED_WIDTH);
  const height = Math.min(OEMBED_HEIGHT, options.maxheight ?? OEMBED_HEIGHT);
  const { country } = figures;
  return {
    version: '1.0',
    type: 'rich',
    title: `Deportation risk for ${country.name}: ${figures.score}/100, ${BAND_WORDS[figures.band].toLowerCase()}`,
    provider_name: 'Deportation destination risk',
    provider_url: `${options.origin}/`,
    cache_age: options.cacheMaxAge,
    width,
    height,
    html: iframeSnippet(options.origin, country.code, country.name, width, height),
  };
}
