import type { z } from 'zod';
import type { BadgeJsonSchema, CountryRefSchema, OEmbedResponseSchema } from '../api-schemas';
import type { Band } from '../../scoring/score-model';
import type { HttpProblem } from '../problem';
import { countryNameIn, translatorFor, type Language } from '../web/shared/i18n/messages';
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

function labelOf(figures: BadgeFigures, language: Language): string {
  const country = countryNameIn(language, figures.country.code, figures.country.name);
  return translatorFor(language)('badge.labelCountry', { country });
}

function messageOf(figures: BadgeFigures, language: Language): string {
  const t = translatorFor(language);
  return t('badge.message', { score: figures.score, band: t(`bandShort.${figures.band}`) });
}

export function presentBadgeSvg(figures: BadgeFigures, language: Language = 'en'): string {
  return renderBadgeSvg(
    labelOf(figures, language),
    messageOf(figures, language),
    BAND_COLOURS[figures.band],
    language,
  );
}

/** A grey badge naming the problem ("unknown country", "no report"). */
export function presentMissingBadgeSvg(problem: HttpProblem, language: Language = 'en'): string {
  const t = translatorFor(language);
  const message = problem.slug === 'no-report' ? t('badge.noReport') : t('badge.unknownCountry');
  return renderBadgeSvg(t('badge.label'), message, MISSING_COLOUR, language);
}

/** A shields.io endpoint badge. */
export function presentBadgeJson(
  figures: BadgeFigures,
  cacheMaxAge: number,
  language: Language = 'en',
): z.infer<typeof BadgeJsonSchema> {
  return {
    schemaVersion: 1,
    label: labelOf(figures, language),
    message: messageOf(figures, language),
    color: BAND_COLOURS[figures.band].slice(1),
    cacheSeconds: Math.max(300, cacheMaxAge),
  };
}

/** An oEmbed "rich" answer: the widget's iframe at most the size asked for. */
export function presentOEmbed(
  figures: BadgeFigures,
  options: {
    origin: string;
    cacheMaxAge: number;
    maxwidth?: number;
    maxheight?: number;
    language?: Language;
  },
): z.infer<typeof OEmbedResponseSchema> {
  const width = Math.min(OEMBED_WIDTH, options.maxwidth ?? OEMBED_WIDTH);
  const height = Math.min(OEMBED_HEIGHT, options.maxheight ?? OEMBED_HEIGHT);
  const { country } = figures;
  const language = options.language ?? 'en';
  const t = translatorFor(language);
  return {
    version: '1.0',
    type: 'rich',
    title: t('badge.title', {
      country: countryNameIn(language, country.code, country.name),
      score: figures.score,
      band: t(`band.${figures.band}`).toLowerCase(),
    }),
    provider_name: t('app.name'),
    provider_url: `${options.origin}/`,
    cache_age: options.cacheMaxAge,
    width,
    height,
    html: iframeSnippet(options.origin, country.code, country.name, width, height, language),
  };
}
