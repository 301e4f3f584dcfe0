import { ProblemSchema } from './api-schemas';
import {
  describeRoutes,
  ProblemComponent,
  toJsonSchema,
  type RouteDeclaration,
} from './routes/route-registry';

type JsonDocument = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document: this frame around the paths, schemas and tags that the route
 * declarations give, so the contract and the mounted routes cannot drift apart.
 */
export function buildOpenApiDocument(version: string, routes: readonly RouteDeclaration[]): JsonDocument {
  const { paths, schemas, tags } = describeRoutes(routes);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Deportation destination risk API',
      version,
      description:
        'Risk scores for deportation destinations, each point traced to quoted sentences of the U.S. State Department Country Reports on Human Rights Practices. Not a legal finding.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative to the address this document is served from, so it holds for any deployment.
    servers: [{ url: '/', description: 'This service' }],
    // The API is public: no operation asks for credentials.
    security: [],
    tags,
    paths,
    components: {
      schemas: { ...schemas, [ProblemComponent]: toJsonSchema(ProblemSchema, 'output') },
    },
  };
}
