import { z } from 'zod';
import { getCountryRegistry } from '../../data/country-registry';
import { loadWorldShapes, type WorldShape } from '../../data/world-shapes';
import { MapQuerySchema } from '../api-schemas';
import { presentWorldMapSvg } from '../presenters/world-map-presenter';
import { validation } from '../problem';
import { answerInLanguage } from '../web/language-choice';
import { setCacheable } from './http-caching';
import { defineRoute } from './route-registry';

/** The projected outlines never change while the process runs: made on first use, then kept. */
let shapes: WorldShape[] | undefined;

export const mapRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/map.svg',
    operationId: 'getWorldMapSvg',
    summary: 'The world map of headline bands as an SVG image, optionally with some countries outlined',
    tags: ['countries'],
    query: MapQuerySchema,
    responses: {
      200: {
        description: 'SVG choropleth with a legend',
        content: { 'image/svg+xml': z.string().describe('SVG image') },
      },
    },
    handler: async ({ query }, req, res, deps) => {
      const registry = getCountryRegistry();
      const highlight = new Set<string>();
      const unknown: string[] = [];
      for (const entry of query.countries ?? []) {
        const found = registry.lookup(entry);
        if (found.ok) highlight.add(found.country.code);
        else unknown.push(entry);
      }
      if (unknown.length)
        throw validation(
          unknown.map((entry) => ({ path: 'query.countries', message: `unknown country: ${entry}` })),
          'query',
        );
      shapes ??= loadWorldShapes(registry);
      const countries = await deps.service.listCountries(query.year);
      setCacheable(res, deps);
      const language = answerInLanguage(req, res, query.lang);
      res.type('image/svg+xml; charset=utf-8');
      res.send(
        presentWorldMapSvg(shapes, countries, {
          highlight,
          language,
          ...(query.lang ? { linkLanguage: query.lang } : {}),
        }),
      );
    },
  }),
];
