import { getCountryRegistry } from '../../data/country-registry';
import { loadWorldShapes, type WorldShape } from '../../data/world-shapes';
import type { z } from 'zod';
import { MapQuerySchema, PngImageSchema, SvgImageSchema } from '../api-schemas';
import { MAP_PNG_ZOOM, presentWorldMapSvg } from '../presenters/world-map-presenter';
import { validation } from '../problem';
import { setCacheable } from './http-caching';
import { defineRoute, type RouteDeps } from './route-registry';

/** The projected outlines never change while the process runs: made on first use, then kept. */
let shapes: WorldShape[] | undefined;

/** The map as SVG, with the countries of `countries=` outlined; an unknown one is a 400 naming it. */
async function renderMapSvg(query: z.infer<typeof MapQuerySchema>, deps: RouteDeps): Promise<string> {
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
  return presentWorldMapSvg(shapes, countries, {
    highlight,
    title: 'World map of deportation risk by band',
  });
}

export const mapRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/map.svg',
    operationId: 'getWorldMapSvg',
    summary: 'The world map of headline bands as an SVG image, optionally with some countries outlined',
    tags: ['countries'],
    query: MapQuerySchema,
    responses: {
      200: { description: 'SVG choropleth with a legend', content: { 'image/svg+xml': SvgImageSchema } },
    },
    handler: async ({ query }, _req, res, deps) => {
      const svg = await renderMapSvg(query, deps);
      setCacheable(res, deps);
      res.type('image/svg+xml; charset=utf-8').send(svg);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/map.png',
    operationId: 'getWorldMapPng',
    summary: 'The same map as a PNG (2000 px wide), for slides and print',
    tags: ['countries'],
    query: MapQuerySchema,
    responses: {
      200: { description: 'PNG choropleth with a legend', content: { 'image/png': PngImageSchema } },
    },
    handler: async ({ query }, _req, res, deps) => {
      const svg = await renderMapSvg(query, deps);
      const png = await deps.images.render('map', svg, MAP_PNG_ZOOM);
      setCacheable(res, deps);
      res.type('image/png').send(png);
    },
  }),
];
