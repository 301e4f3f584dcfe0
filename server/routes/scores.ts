import { z } from 'zod';
import {
  BatchQuerySchema,
  BatchRequestSchema,
  BatchResponseSchema,
  CountryParamSchema,
  ScoreQuerySchema,
  ScoreResponseSchema,
} from '../api-schemas';
import { presentBatch, presentBatchCsv } from '../presenters/batch-presenter';
import { presentScore } from '../presenters/score-presenter';
import { problemForFailure } from '../problem';
import { sendRemembered, setNoStore } from './http-caching';
import { defineRoute, json, named, problem } from './route-registry';

const CsvText = z.string().describe('CSV with a header line, CRLF line ends');

export const scoreRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/score',
    operationId: 'getCountryScore',
    summary: 'Score, band, confidence, category scores and the strongest evidence',
    description:
      'With `profiles=lgbtqi,criminal_deportee` the answer adds a score per risk profile, never below the country score, with the sentences aimed at the group and where each part comes from. An unknown profile id is a 400 that lists the valid ids.',
    tags: ['countries'],
    params: CountryParamSchema,
    query: ScoreQuerySchema,
    responses: {
      200: json(named('Score', ScoreResponseSchema)),
      404: problem('Unknown country (with `suggestions`) or no report'),
    },
    handler: ({ params, query }, req, res, deps) =>
      sendRemembered(req, res, deps, async () => {
        const result = await deps.service.getScore(params.country, {
          evidencePerCategory: query.evidence,
          ...(query.year !== undefined ? { year: query.year } : {}),
          ...(query.profiles ? { profiles: query.profiles } : {}),
        });
        if (!result.ok) throw problemForFailure(result);
        return presentScore(result.value);
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/scores/batch',
    operationId: 'scoreBatch',
    summary: 'Score up to 250 countries at once',
    description:
      'Each entry is answered on its own: a blank, unknown or unreported entry becomes an item of `errors` and the others are scored; an entry given twice is answered twice. Send `Accept: text/csv` for a CSV with a row per entry.',
    tags: ['scores'],
    query: BatchQuerySchema,
    body: named('BatchRequest', BatchRequestSchema),
    responses: {
      200: {
        description: 'Results in input order (or by score with sort=score) and per-entry errors',
        content: { 'application/json': named('BatchResponse', BatchResponseSchema), 'text/csv': CsvText },
      },
    },
    handler: async ({ query, body }, req, res, deps) => {
      const items = await deps.service.scoreBatch(body.countries, body.year, body.profiles);
      setNoStore(res);
      if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
        res
          .type('text/csv; charset=utf-8')
          .setHeader('Content-Disposition', 'attachment; filename="risk-scores.csv"');
        res.send(presentBatchCsv(items, query.sort, body.profiles));
        return;
      }
      res.json(presentBatch(items, query.sort));
    },
  }),
];
