import { EmptyQuerySchema, ProfileListResponseSchema } from '../api-schemas';
import { sendRemembered } from './http-caching';
import { defineRoute, json, named } from './route-registry';

export const profileRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/profiles',
    operationId: 'listProfiles',
    summary: 'The risk profiles: id, label and definition',
    description:
      'Ask for a profile’s score with `profiles=` on GET /v1/countries/{country}/score or `profiles` in a batch.',
    tags: ['profiles'],
    query: EmptyQuerySchema,
    responses: { 200: json(named('ProfileList', ProfileListResponseSchema)) },
    handler: (_input, req, res, deps) =>
      sendRemembered(req, res, deps, () => Promise.resolve({ profiles: deps.service.listProfiles() })),
  }),
];
