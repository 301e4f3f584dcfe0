import { CardQuerySchema, CountryParamSchema, PngImageSchema, SvgImageSchema } from '../api-schemas';
import { getCardWords, type CardLang } from '../presenters/card-words';
import { presentCardSvg, toCardFigures } from '../presenters/card-presenter';
import { problemForFailure } from '../problem';
import { setCacheable } from './http-caching';
import { defineRoute, problem, type RouteDeps } from './route-registry';

const notFound = problem('Unknown country (with `suggestions`) or no report');

/** The share card of a country's headline score; a problem when the country is unknown or unreported. */
async function renderCardSvg(deps: RouteDeps, input: string, lang: CardLang) {
  const result = await deps.service.getScore(input, { evidencePerCategory: 0 });
  if (!result.ok) throw problemForFailure(result);
  const figures = toCardFigures(result.value);
  return { code: figures.country.code, svg: presentCardSvg(figures, getCardWords(lang)) };
}

export const cardRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/card.svg',
    operationId: 'getCountryCardSvg',
    summary: 'Share card (1200×630 SVG): headline score, band, top three categories and source',
    tags: ['badges'],
    params: CountryParamSchema,
    query: CardQuerySchema,
    responses: {
      200: { description: 'The card', content: { 'image/svg+xml': SvgImageSchema } },
      404: notFound,
    },
    handler: async ({ params, query }, _req, res, deps) => {
      const card = await renderCardSvg(deps, params.country, query.lang);
      setCacheable(res, deps);
      res.type('image/svg+xml; charset=utf-8').send(card.svg);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/card.png',
    operationId: 'getCountryCardPng',
    summary: 'Share card (1200×630 PNG), the image of og:image and twitter:image on country pages',
    tags: ['badges'],
    params: CountryParamSchema,
    query: CardQuerySchema,
    responses: {
      200: { description: 'The card', content: { 'image/png': PngImageSchema } },
      404: notFound,
    },
    handler: async ({ params, query }, _req, res, deps) => {
      const card = await renderCardSvg(deps, params.country, query.lang);
      const png = await deps.images.render(`card|${card.code}|${query.lang}`, card.svg);
      setCacheable(res, deps);
      res.type('image/png').send(png);
    },
  }),
];
