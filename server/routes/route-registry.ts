import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { z } from 'zod';
import type { ReportReader } from '../../data/report-reader';
import type { AppSettings } from '../config';
import type { CountryService } from '../country-service';
import type { PngRenderer } from '../png-renderer';
import { BODY_DECODE_FAILED, unsupportedMediaType, validation, zodIssues } from '../problem';
import type { ResponseCache } from '../response-cache';

/** What route handlers may use; built once per app. */
export interface RouteDeps {
  service: CountryService;
  cache: ResponseCache;
  store: ReportReader;
  settings: AppSettings;
  /** Rasterises the share cards and the map, keeping recent PNGs. */
  images: PngRenderer;
  /** The data release's digest when serving one (DATA_RELEASE). */
  release?: string;
}

/** A schema published under a name in `components.schemas`, so generated clients get a named type. */
export interface NamedSchema<S extends z.ZodType = z.ZodType> {
  readonly component: string;
  readonly schema: S;
}

export function named<S extends z.ZodType>(component: string, schema: S): NamedSchema<S> {
  return { component, schema };
}

type BodySchema = z.ZodType | NamedSchema;

export interface ResponseDeclaration {
  description: string;
  /** Media type → body schema; a problem response uses `problem(...)`. */
  content: Record<string, BodySchema>;
}

/** The API's tags, each described once in the document. */
export const TAGS = {
  countries: 'Countries with a report, their scores, history and evidence',
  scores: 'Scores for many countries at once',
  profiles: 'Risk profiles: who is being deported (a score per profile on top of the country score)',
  analysis: 'Risk signals in any text',
  badges: 'Badges, share cards and oEmbed for publishers',
  exhibits: 'Exhibit packets (PDF, Word) and what each edition stopped saying',
  health: 'Liveness and readiness',
} as const;
export type Tag = keyof typeof TAGS;

type Method = 'get' | 'post';
type AnyObject = z.ZodObject;

/**
 * One API operation, declared once: the Express mounting and the OpenAPI `paths` entry both come
 * from it. Input is validated before the handler runs; a failure is a 400 naming each field.
 */
export interface RouteDeclaration<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** OpenAPI style: `/v1/countries/{country}/score`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: [Tag, ...Tag[]];
  params?: P;
  query?: Q;
  /** A JSON body; the route then also refuses other media types (415) and bodies over 1 MB (413). */
  body?: B | NamedSchema<B>;
  /** Health checks are not rate limited, so they declare no 429. */
  rateLimited?: boolean;
  /** The success and expected-failure responses; 400, 413, 415, 429 and 500 are added from the above. */
  responses: Record<number, ResponseDeclaration>;
  handler(
    input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> },
    req: Request,
    res: Response,
    deps: RouteDeps,
  ): void | Promise<void>;
}

/** Keeps the generics of one declaration while the registry holds many kinds. */
export function defineRoute<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(
  route: RouteDeclaration<P, Q, B>,
): RouteDeclaration {
  return route as unknown as RouteDeclaration;
}

export const ProblemComponent = 'Problem';

/** A problem+json response with the shared Problem schema (which openapi.ts publishes once, from ProblemSchema). */
export function problem(description: string): ResponseDeclaration {
  return {
    description,
    content: { 'application/problem+json': { component: ProblemComponent, schema: z.never() } },
  };
}

export function json(schema: BodySchema, description = 'OK'): ResponseDeclaration {
  return { description, content: { 'application/json': schema } };
}

function schemaOfBody(body: BodySchema): z.ZodType {
  return body instanceof z.ZodType ? body : body.schema;
}

/* ------------------------------------------------------------------------------------------------
 * Express
 * ---------------------------------------------------------------------------------------------- */

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validation(zodIssues(parsed.error, where), where);
  return parsed.data;
}

function requireJson(req: Request, _res: Response, next: NextFunction): void {
  next(req.is('application/json') ? undefined : unsupportedMediaType());
}

const parseJson = express.json({ limit: '1mb', strict: true });
const jsonBody: RequestHandler = (req, res, next) =>
  parseJson(req, res, (error?: unknown) => {
    // body-parser leaves a body its Content-Encoding cannot decode untyped; name it for the problem handler.
    if (error && typeof error === 'object' && !(error as { type?: unknown }).type)
      Object.assign(error, { type: BODY_DECODE_FAILED });
    next(error);
  });

const NO_INPUT = Object.freeze({});

/** `/v1/countries/{country}` → `/v1/countries/:country`. */
function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Mounts every declared route on the app, validating input before each handler. */
export function mountRoutes(app: Express, routes: readonly RouteDeclaration[], deps: RouteDeps): void {
  for (const route of routes) {
    const body = route.body ? schemaOfBody(route.body) : undefined;
    const handle: RequestHandler = async (req, res) => {
      const params = route.params ? parseOrThrow(route.params, req.params, 'path') : NO_INPUT;
      const query = route.query ? parseOrThrow(route.query, req.query, 'query') : NO_INPUT;
      const parsedBody = body ? parseOrThrow(body, req.body, 'body') : undefined;
      await route.handler({ params, query, body: parsedBody }, req, res, deps);
    };
    const chain = body ? [requireJson, jsonBody, handle] : [handle];
    app[route.method](expressPath(route.path), ...chain);
  }
}

/* ------------------------------------------------------------------------------------------------
 * OpenAPI
 * ---------------------------------------------------------------------------------------------- */

type JsonSchema = Record<string, unknown>;

export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json['$schema'];
  return json;
}

function parametersOf(schema: AnyObject | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toJsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required?.includes(name) ?? false),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

/** Collects named schemas as components (output form for responses, input form for request bodies). */
class Components {
  readonly schemas: Record<string, JsonSchema> = {};

  ref(body: BodySchema, io: 'input' | 'output'): JsonSchema {
    if (body instanceof z.ZodType) return toJsonSchema(body, io);
    if (body.component !== ProblemComponent) this.schemas[body.component] ??= toJsonSchema(body.schema, io);
    return { $ref: `#/components/schemas/${body.component}` };
  }
}

function responsesOf(route: RouteDeclaration, components: Components): Record<string, JsonSchema> {
  const hasInput = Boolean(route.params || route.query || route.body);
  const declared: Record<number, ResponseDeclaration> = {};
  if (hasInput) declared[400] = problem('Invalid input; `errors` lists each bad field with its path');
  if (route.body) {
    declared[413] = problem('Body over 1 MB');
    declared[415] = problem('Body is not application/json');
  }
  if (route.rateLimited !== false) declared[429] = problem('Too many requests; see Retry-After');
  declared[500] = problem('Unexpected error');
  Object.assign(declared, route.responses);
  return Object.fromEntries(
    Object.entries(declared)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([status, response]) => [
        status,
        {
          description: response.description,
          content: Object.fromEntries(
            Object.entries(response.content).map(([media, body]) => [
              media,
              { schema: components.ref(body, 'output') },
            ]),
          ),
        },
      ]),
  );
}

/** The OpenAPI `paths`, the named schemas they refer to, and the tags they use, from the declarations. */
export function describeRoutes(routes: readonly RouteDeclaration[]): {
  paths: Record<string, Record<string, JsonSchema>>;
  schemas: Record<string, JsonSchema>;
  tags: Array<{ name: Tag; description: string }>;
} {
  const components = new Components();
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const used = new Set<Tag>();
  for (const route of routes) {
    route.tags.forEach((tag) => used.add(tag));
    const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
    (paths[route.path] ??= {})[route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: route.tags,
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: components.ref(route.body, 'input') } },
            },
          }
        : {}),
      responses: responsesOf(route, components),
    };
  }
  return {
    paths,
    schemas: components.schemas,
    tags: (Object.keys(TAGS) as Tag[])
      .filter((tag) => used.has(tag))
      .map((name) => ({ name, description: TAGS[name] })),
  };
}
