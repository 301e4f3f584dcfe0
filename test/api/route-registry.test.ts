import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { problemHandler } from '../../server/problem';
import {
  defineRoute,
  describeRoutes,
  json,
  mountRoutes,
  named,
  problem,
  type RouteDeps,
} from '../../server/routes/route-registry';

/** A made-up endpoint, declared the way a new one would be. */
const calls: unknown[] = [];
const EchoSchema = z.object({ id: z.string(), times: z.number(), words: z.array(z.string()) });
const echoRoute = defineRoute({
  method: 'post',
  path: '/v1/things/{id}/echo',
  operationId: 'echoThing',
  summary: 'Repeats the words',
  tags: ['analysis'],
  params: z.object({ id: z.string().regex(/^[a-z]+$/) }),
  query: z.object({ times: z.coerce.number().int().min(1).max(3).default(1) }).strict(),
  body: named('EchoRequest', z.object({ words: z.array(z.string()).min(1) }).strict()),
  responses: { 200: json(named('Echo', EchoSchema)), 404: problem('No such thing') },
  handler: ({ params, query, body }, _req, res) => {
    calls.push({ params, query, body });
    res.json({ id: params.id, times: query.times, words: body.words });
  },
});

function echoApp() {
  const app = express();
  mountRoutes(app, [echoRoute], {} as RouteDeps);
  app.use(problemHandler);
  return app;
}

beforeEach(() => {
  calls.length = 0;
});

describe('a declared route, mounted', () => {
  test('gets its path, query and body parsed by their schemas', async () => {
    const response = await request(echoApp())
      .post('/v1/things/abc/echo?times=2')
      .send({ words: ['a'] });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: 'abc', times: 2, words: ['a'] });
  });

  test('never runs its handler on bad input: a 400 names each bad field', async () => {
    const response = await request(echoApp()).post('/v1/things/ABC/echo?times=9').send({ words: [] });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['path.id']);
    const query = await request(echoApp())
      .post('/v1/things/abc/echo?times=9')
      .send({ words: ['a'] });
    expect(query.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.times']);
    const body = await request(echoApp()).post('/v1/things/abc/echo').send({ words: [] });
    expect(body.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.words']);
    expect(calls).toEqual([]);
  });

  test('with a body, refuses anything but JSON with a 415', async () => {
    const response = await request(echoApp())
      .post('/v1/things/abc/echo')
      .set('Content-Type', 'text/plain')
      .send('a');
    expect(response.status).toBe(415);
    expect(calls).toEqual([]);
  });
});

describe('a declared route, described', () => {
  const { paths, schemas, tags } = describeRoutes([echoRoute]);
  const operation = paths['/v1/things/{id}/echo']?.['post'] as {
    operationId: string;
    parameters: Array<{ name: string; in: string; required: boolean }>;
    requestBody: unknown;
    responses: Record<string, unknown>;
  };

  test('has its operationId, parameters and named request and response schemas', () => {
    expect(operation.operationId).toBe('echoThing');
    expect(operation.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ['path', 'id', true],
      ['query', 'times', false],
    ]);
    expect(operation.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/EchoRequest' } } },
    });
    expect(Object.keys(schemas).sort()).toEqual(['Echo', 'EchoRequest']);
    expect(tags.map((tag) => tag.name)).toEqual(['analysis']);
  });

  test('gets the responses every such route can give: 400, 413, 415, 429 and 500 besides its own', () => {
    expect(Object.keys(operation.responses)).toEqual(['200', '400', '404', '413', '415', '429', '500']);
  });
});
