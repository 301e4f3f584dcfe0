import { z } from 'zod';
import {
  AnalyzeRequestSchema,
  AnalyzeResponseSchema,
  BatchRequestSchema,
  BatchResponseSchema,
  CountryListResponseSchema,
  EvidenceQuerySchema,
  EvidenceResponseSchema,
  HealthResponseSchema,
  HistoryResponseSchema,
  ProblemSchema,
  ReadyResponseSchema,
  ScoreQuerySchema,
  ScoreResponseSchema,
  YearQuerySchema,
  BatchQuerySchema,
} from './api-schemas';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json['$schema'];
  return json;
}

function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const countryParameter = {
  name: 'country',
  in: 'path',
  required: true,
  description: 'ISO alpha-2 or alpha-3 code, English name or alias, any case, with or without accents',
  schema: { type: 'string', maxLength: 100 },
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const json = (ref: string, description = 'OK') => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});

const commonErrors = {
  '400': problem('Invalid input; `errors` lists each bad field with its path'),
  '429': problem('Too many requests; see Retry-After'),
  '500': problem('Unexpected error'),
};

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(version: string): JsonSchema {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Deportation destination risk API',
      version,
      description:
        'Risk scores for deportation destinations, each point traced to quoted sentences of the U.S. State Department Country Reports on Human Rights Practices. Not a legal finding.',
    },
    paths: {
      '/v1/countries': {
        get: {
          summary: 'Every country with a report, with its headline score (or one year’s)',
          parameters: queryParameters(YearQuerySchema),
          responses: { '200': json('CountryList'), ...commonErrors },
        },
      },
      '/v1/countries/{country}/score': {
        get: {
          summary: 'Score, band, confidence, category scores and the strongest evidence',
          parameters: [countryParameter, ...queryParameters(ScoreQuerySchema)],
          responses: {
            '200': json('Score'),
            '404': problem('Unknown country (with suggestions) or no report'),
            ...commonErrors,
          },
        },
      },
      '/v1/countries/{country}/history': {
        get: {
          summary: 'Score, band and category scores for every report year',
          parameters: [countryParameter],
          responses: {
            '200': json('History'),
            '404': problem('Unknown country or no report'),
            ...commonErrors,
          },
        },
      },
      '/v1/countries/{country}/evidence': {
        get: {
          summary:
            'Paginated evidence; with q, full-text search of the report paragraphs, newest report first and in report order',
          parameters: [countryParameter, ...queryParameters(EvidenceQuerySchema)],
          responses: {
            '200': json('Evidence'),
            '404': problem('Unknown country or no report'),
            ...commonErrors,
          },
        },
      },
      '/v1/scores/batch': {
        post: {
          summary: 'Score up to 250 countries at once; Accept: text/csv for CSV',
          parameters: queryParameters(BatchQuerySchema),
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/BatchRequest' } } },
          },
          responses: {
            '200': {
              description: 'Results in input order (or by score with sort=score) and per-entry errors',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/BatchResponse' } },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            '413': problem('Body over 1 MB'),
            '415': problem('Body is not application/json'),
            ...commonErrors,
          },
        },
      },
      '/v1/analyze': {
        post: {
          summary: 'Find risk signals, and whether each is asserted, in any pasted text',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/AnalyzeRequest' } } },
          },
          responses: {
            '200': json('AnalyzeResponse'),
            '413': problem('Body over 1 MB'),
            '415': problem('Body is not application/json'),
            ...commonErrors,
          },
        },
      },
      '/v1/countries/{country}/badge.svg': {
        get: {
          summary: 'SVG badge with the headline score and band (for READMEs and <noscript>)',
          parameters: [countryParameter],
          responses: {
            '200': { description: 'Badge', content: { 'image/svg+xml': { schema: { type: 'string' } } } },
            '404': {
              description: 'Grey "unknown country" or "no report" badge',
              content: { 'image/svg+xml': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/v1/countries/{country}/badge.json': {
        get: {
          summary: 'shields.io endpoint badge',
          parameters: [countryParameter],
          responses: {
            '200': {
              description: 'shields.io endpoint JSON',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['schemaVersion', 'label', 'message', 'color'],
                    properties: {
                      schemaVersion: { const: 1 },
                      label: { type: 'string' },
                      message: { type: 'string' },
                      color: { type: 'string' },
                      cacheSeconds: { type: 'integer' },
                    },
                  },
                },
              },
            },
            '404': problem('Unknown country or no report'),
          },
        },
      },
      '/oembed': {
        get: {
          summary: 'oEmbed provider (type "rich") for country pages of this service',
          parameters: [
            { name: 'url', in: 'query', required: true, schema: { type: 'string' } },
            {
              name: 'format',
              in: 'query',
              required: false,
              schema: { type: 'string', enum: ['json', 'xml'] },
            },
            { name: 'maxwidth', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
            { name: 'maxheight', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            '200': {
              description: 'oEmbed rich response',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['version', 'type', 'html', 'width', 'height'],
                    properties: {
                      version: { const: '1.0' },
                      type: { const: 'rich' },
                      title: { type: 'string' },
                      provider_name: { type: 'string' },
                      provider_url: { type: 'string' },
                      cache_age: { type: 'integer' },
                      width: { type: 'integer' },
                      height: { type: 'integer' },
                      html: { type: 'string' },
                    },
                  },
                },
              },
            },
            '400': problem('url missing'),
            '404': problem('Not a country page of this service'),
            '501': problem('format=xml is not implemented'),
          },
        },
      },
      '/healthz': { get: { summary: 'Process is up', responses: { '200': json('Health') } } },
      '/readyz': {
        get: {
          summary: 'Database open and reports present',
          responses: { '200': json('Ready'), '503': json('Ready', 'Not ready') },
        },
      },
    },
    components: {
      schemas: {
        CountryList: schemaOf(CountryListResponseSchema, 'output'),
        Score: schemaOf(ScoreResponseSchema, 'output'),
        History: schemaOf(HistoryResponseSchema, 'output'),
        Evidence: schemaOf(EvidenceResponseSchema, 'output'),
        BatchRequest: schemaOf(BatchRequestSchema, 'input'),
        BatchResponse: schemaOf(BatchResponseSchema, 'output'),
        AnalyzeRequest: schemaOf(AnalyzeRequestSchema, 'input'),
        AnalyzeResponse: schemaOf(AnalyzeResponseSchema, 'output'),
        Health: schemaOf(HealthResponseSchema, 'output'),
        Ready: schemaOf(ReadyResponseSchema, 'output'),
        Problem: schemaOf(ProblemSchema, 'output'),
      },
    },
  };
}
