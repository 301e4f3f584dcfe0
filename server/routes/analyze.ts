import { placesAbroadFor } from '../../data/places-abroad';
import { analyzeText } from '../../scoring/text-analyzer';
import { AnalyzeRequestSchema, AnalyzeResponseSchema } from '../api-schemas';
import { presentAnalysis } from '../presenters/analyze-presenter';
import { problemForFailure } from '../problem';
import { setNoStore } from './http-caching';
import { defineRoute, json, named, problem } from './route-registry';

export const analyzeRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/analyze',
    operationId: 'analyzeText',
    summary: 'Find risk signals, and whether each is asserted, in any pasted text',
    tags: ['analysis'],
    body: named('AnalyzeRequest', AnalyzeRequestSchema),
    responses: {
      200: json(named('AnalyzeResponse', AnalyzeResponseSchema)),
      404: problem('Unknown `country` (with `suggestions`)'),
    },
    handler: ({ body }, _req, res, deps) => {
      const resolved = body.country === undefined ? undefined : deps.service.resolve(body.country);
      if (resolved && !resolved.ok) throw problemForFailure(resolved);
      const placesAbroad = placesAbroadFor(resolved?.country.code);
      setNoStore(res);
      res.json(presentAnalysis(analyzeText(body.text, { reportYear: body.year, placesAbroad })));
    },
  }),
];
