import { z } from 'zod';
import {
  CountryListQuerySchema,
  CountryListResponseSchema,
  CountryParamSchema,
  EmptyQuerySchema,
  EvidenceQuerySchema,
  EvidenceResponseSchema,
  HistoryResponseSchema,
} from '../api-schemas';
import { presentCountryListCsv } from '../presenters/country-list-presenter';
import { decodeCursor, presentEvidencePage } from '../presenters/score-presenter';
import { problemForFailure, validation } from '../problem';
import { sendRemembered, setCacheable } from './http-caching';
import { defineRoute, json, named, problem as problemResponse } from './route-registry';

const notFound = problemResponse('Unknown country (with `suggestions`) or no report');

export const countryRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/countries',
    operationId: 'listCountries',
    summary: 'Every country with a report, with its headline score (or one year’s)',
    description:
      'Send `Accept: text/csv`, or `format=csv` for a link, for a CSV with a row per country, highest score first, and a column per category.',
    tags: ['countries'],
    query: CountryListQuerySchema,
    responses: {
      200: {
        description: 'Every country with its score, band, region and category scores',
        content: {
          'application/json': named('CountryList', CountryListResponseSchema),
          'text/csv': z.string().describe('CSV with a header line, CRLF line ends'),
        },
      },
    },
    handler: async ({ query }, req, res, deps) => {
      res.vary('Accept');
      const csv =
        query.format === 'csv' ||
        (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
      if (!csv) {
        await sendRemembered(req, res, deps, async () => ({
          countries: await deps.service.listCountries(query.year),
        }));
        return;
      }
      const countries = await deps.service.listCountries(query.year);
      setCacheable(res, deps);
      res
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="risk-scores-${query.year ?? 'latest'}.csv"`);
      res.send(presentCountryListCsv(countries));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/history',
    operationId: 'getCountryHistory',
    summary: 'Score, band and category scores for every report year',
    tags: ['countries'],
    params: CountryParamSchema,
    query: EmptyQuerySchema,
    responses: { 200: json(named('History', HistoryResponseSchema)), 404: notFound },
    handler: ({ params }, req, res, deps) =>
      sendRemembered(req, res, deps, async () => {
        const result = await deps.service.getHistory(params.country);
        if (!result.ok) throw problemForFailure(result);
        return result.value;
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/evidence',
    operationId: 'listCountryEvidence',
    summary: 'Evidence sentences, or with q a full-text search of the report paragraphs',
    description:
      'Paginated with `nextCursor`. With `q`, passages come newest report first and in report order.',
    tags: ['countries'],
    params: CountryParamSchema,
    query: EvidenceQuerySchema,
    responses: { 200: json(named('Evidence', EvidenceResponseSchema)), 404: notFound },
    handler: async ({ params, query }, req, res, deps) => {
      const offset = decodeCursor(query.cursor);
      if (offset === undefined)
        throw validation([{ path: 'query.cursor', message: 'unknown cursor' }], 'query');
      await sendRemembered(req, res, deps, async () => {
        const result = await deps.service.getEvidence(params.country, {
          limit: query.limit,
          offset,
          ...(query.category ? { category: query.category } : {}),
          ...(query.year !== undefined ? { year: query.year } : {}),
          ...(query.q ? { q: query.q } : {}),
        });
        if (!result.ok) throw problemForFailure(result);
        return presentEvidencePage(result.value);
      });
    },
  }),
];
