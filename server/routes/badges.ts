import { z } from 'zod';
import {
  BadgeJsonSchema,
  CountryParamSchema,
  LangQuerySchema,
  OEmbedQuerySchema,
  OEmbedResponseSchema,
} from '../api-schemas';
import {
  presentBadgeJson,
  presentBadgeSvg,
  presentMissingBadgeSvg,
  presentOEmbed,
  type BadgeFigures,
} from '../presenters/badge-presenter';
import { formatNotImplemented, noEmbeddablePage, problemForFailure } from '../problem';
import { answerInLanguage } from '../web/language-choice';
import { countryFromPageUrl, originOf } from '../web/web-routes';
import { setCacheable } from './http-caching';
import { defineRoute, json, named, problem, type RouteDeps } from './route-registry';

const SvgText = z.string().describe('SVG image');

/** The headline figures a badge shows, or the failure to show instead. */
async function badgeFigures(deps: RouteDeps, input: string) {
  const result = await deps.service.getScore(input, { evidencePerCategory: 0 });
  if (!result.ok) return result;
  const { score, band, country } = result.value;
  return { ok: true as const, figures: { country, score: Math.round(score), band } satisfies BadgeFigures };
}

export const badgeRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/badge.svg',
    operationId: 'getCountryBadgeSvg',
    summary: 'SVG badge with the headline score and band (for READMEs and <noscript>)',
    tags: ['badges'],
    params: CountryParamSchema,
    query: LangQuerySchema,
    responses: {
      200: { description: 'Badge', content: { 'image/svg+xml': SvgText } },
      404: {
        description: 'Grey "unknown country" or "no report" badge',
        content: { 'image/svg+xml': SvgText },
      },
    },
    handler: async ({ params, query }, req, res, deps) => {
      const found = await badgeFigures(deps, params.country);
      setCacheable(res, deps);
      const language = answerInLanguage(req, res, query.lang);
      res.type('image/svg+xml; charset=utf-8');
      if (!found.ok) {
        res.status(404).send(presentMissingBadgeSvg(problemForFailure(found), language));
        return;
      }
      res.send(presentBadgeSvg(found.figures, language));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/badge.json',
    operationId: 'getCountryBadgeJson',
    summary: 'shields.io endpoint badge',
    tags: ['badges'],
    params: CountryParamSchema,
    query: LangQuerySchema,
    responses: {
      200: json(named('BadgeJson', BadgeJsonSchema), 'shields.io endpoint JSON'),
      404: problem('Unknown country (with `suggestions`) or no report'),
    },
    handler: async ({ params, query }, req, res, deps) => {
      const found = await badgeFigures(deps, params.country);
      if (!found.ok) throw problemForFailure(found);
      setCacheable(res, deps);
      const language = answerInLanguage(req, res, query.lang);
      res.json(presentBadgeJson(found.figures, deps.settings.CACHE_MAX_AGE, language));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/oembed',
    operationId: 'getOEmbed',
    summary: 'oEmbed provider (type "rich") for country pages of this service',
    tags: ['badges'],
    query: OEmbedQuerySchema,
    responses: {
      200: json(named('OEmbed', OEmbedResponseSchema), 'oEmbed rich response'),
      404: problem('Not a country page of this service'),
      501: problem('format=xml is not implemented'),
    },
    handler: async ({ query }, req, res, deps) => {
      if (query.format !== 'json') throw formatNotImplemented();
      const input = countryFromPageUrl(query.url, req.host || '');
      const found = input === undefined ? undefined : await badgeFigures(deps, input);
      if (!found?.ok) throw noEmbeddablePage(query.url);
      setCacheable(res, deps);
      const language = answerInLanguage(req, res, query.lang);
      res.json(
        presentOEmbed(found.figures, {
          origin: originOf(req),
          language,
          cacheMaxAge: deps.settings.CACHE_MAX_AGE,
          ...(query.maxwidth !== undefined ? { maxwidth: query.maxwidth } : {}),
          ...(query.maxheight !== undefined ? { maxheight: query.maxheight } : {}),
        }),
      );
    },
  }),
];
