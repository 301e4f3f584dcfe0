import { EmptyQuerySchema, HealthResponseSchema, ReadyResponseSchema } from '../api-schemas';
import { setNoStore } from './http-caching';
import { defineRoute, json, named } from './route-registry';

const Ready = named('Ready', ReadyResponseSchema);

export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    summary: 'Process is up',
    tags: ['health'],
    query: EmptyQuerySchema,
    rateLimited: false,
    responses: { 200: json(named('Health', HealthResponseSchema)) },
    handler: (_input, _req, res) => {
      setNoStore(res);
      res.json({ status: 'ok' });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    summary: 'Database open and reports present',
    tags: ['health'],
    query: EmptyQuerySchema,
    rateLimited: false,
    responses: { 200: json(Ready), 503: json(Ready, 'Not ready: no report in the database') },
    handler: async (_input, _req, res, deps) => {
      setNoStore(res);
      const reports = await deps.store.countReports().catch(() => 0);
      res.status(reports > 0 ? 200 : 503).json({
        status: reports > 0 ? 'ready' : 'not_ready',
        reports,
        ...(deps.release ? { release: deps.release } : {}),
      });
    },
  }),
];
