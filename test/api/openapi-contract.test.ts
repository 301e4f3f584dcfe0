import { METHOD_VERSION } from '../../scoring/report-scorer';
import { buildOpenApiDocument } from '../../server/openapi';
import { API_ROUTES } from '../../server/routes/api-routes';

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses: Record<string, unknown>;
};

const document = buildOpenApiDocument(METHOD_VERSION, API_ROUTES);
const operations = Object.entries(document['paths'] as Record<string, Record<string, Operation>>).flatMap(
  ([route, methods]) => Object.entries(methods).map(([method, operation]) => ({ route, method, operation })),
);

describe('the OpenAPI document built from the route declarations', () => {
  test('lists one operation per declared route, under its path and method', () => {
    expect(operations.map(({ method, route }) => `${method} ${route}`).sort()).toEqual(
      API_ROUTES.map((route) => `${route.method} ${route.path}`).sort(),
    );
  });

  test('every operation has a unique operationId, a summary, tags and at least one 4xx response', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { route, method, operation } of operations) {
      const where = `${method} ${route}`;
      expect([where, operation.operationId]).toEqual([where, expect.stringMatching(/^[a-z][A-Za-z]+$/)]);
      expect([where, operation.summary]).toEqual([where, expect.any(String)]);
      expect([where, operation.tags?.length]).toEqual([where, expect.any(Number)]);
      expect([where, Object.keys(operation.responses).some((status) => /^4\d\d$/.test(status))]).toEqual([
        where,
        true,
      ]);
    }
  });

  test('declares its servers, a license and that no operation needs credentials', () => {
    expect(document['servers']).toEqual([expect.objectContaining({ url: expect.any(String) })]);
    expect(document['info']).toMatchObject({ license: { name: 'MIT' } });
    expect(document['security']).toEqual([]);
  });

  test('routes that take a body declare 413 and 415; rate-limited routes declare 429', () => {
    for (const route of API_ROUTES) {
      const responses = operations.find((o) => o.route === route.path && o.method === route.method)?.operation
        .responses;
      if (route.body) expect(Object.keys(responses ?? {})).toEqual(expect.arrayContaining(['413', '415']));
      expect(Object.keys(responses ?? {}).includes('429')).toBe(route.rateLimited !== false);
    }
  });
});
