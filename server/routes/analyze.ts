import { analyzeText } from '../../scoring/text-analyzer';
import { AnalyzeRequestSchema, AnalyzeResponseSchema } from '../api-schemas';
import { presentAnalysis } from '../presenters/analyze-presenter';
import { setNoStore } from './http-caching';
import { defineRoute, json, named } from './route-registry';

export const analyzeRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/analyze',
    operationId: 'analyzeText',
    summary: 'Find risk signals, and whether each is asserted, in any pasted text',
    tags: ['analysis'],
    body: named('AnalyzeRequest', AnalyzeRequestSchema),
    responses: { 200: json(named('AnalyzeResponse', AnalyzeResponseSchema)) },
    handler: ({ body }, _req, res) => {
      setNoStore(res);
      res.json(presentAnalysis(analyzeText(body.text)));
    },
  }),
];
