import { randomUUID } from 'crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'http';
import path from 'path';
import compression from 'compression';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import type { z } from 'zod';
import { CATEGORY_IDS } from '../scoring/categories';
import { analyzeText } from '../scoring/text-analyzer';
import type { AppConfig } from '../data/app-config';
import type { CountryRegistry } from '../data/country-registry';
import type { ReportReader } from '../data/report-reader';
import {
  AnalyzeRequestSchema,
  BatchQuerySchema,
  BatchRequestSchema,
  CountryParamSchema,
  EmptyQuerySchema,
  EvidenceQuerySchema,
  ScoreQuerySchema,
  YearQuerySchema,
} from './api-schemas';
import { CountryService, decodeCursor, type ServiceError } from './country-service';
import { buildOpenApiDocument } from './openapi';
import { BODY_DECODE_FAILED, HttpProblem, problemHandler, sendProblem, zodIssues } from './problem';
import { renderApiDocs } from './api-docs';
import { ResponseCache, type CachedBody } from './response-cache';
import {
  COMPRESSION_THRESHOLD,
  createReplayingListener,
  snapshotHeaders,
  type ReplayRateLimit,
} from './response-replay';
import { mountWeb } from './web/web-routes';

export interface AppDependencies {
  store: ReportReader;
  registry: CountryRegistry;
  config: Pick<AppConfig, 'RATE_LIMIT_PER_MINUTE' | 'CACHE_MAX_AGE'> &
    Partial<Pick<AppConfig, 'RESPONSE_CACHE_MB'>>;
  logger: Logger;
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new HttpProblem(400, 'validation', 'Invalid request', `the ${where} has invalid fields`, {
      errors: zodIssues(parsed.error, where),
    });
  }
  return parsed.data;
}

function failureToProblem(failure: ServiceError): HttpProblem {
  if (failure.code === 'unknown_country') {
    const hint = failure.suggestions.length
      ? `; did you mean ${failure.suggestions.map((s) => s.name).join(', ')}?`
      : '';
    return new HttpProblem(
      404,
      'unknown-country',
      'Unknown country',
      `"${failure.input}" is not a country name, alias or ISO code we know${hint}`,
      {
        suggestions: failure.suggestions,
      },
    );
  }
  const years = failure.years.length ? ` Reports available: ${[...failure.years].sort().join(', ')}.` : '';
  return new HttpProblem(
    404,
    'no-report',
    'No report',
    `no State Department report for ${failure.country.name}${failure.year !== undefined ? ` in ${failure.year}` : ''}.${years}`,
  );
}

/** The caller's X-Request-Id when it is a plain token, else a new one. */
function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

function requireJson(req: Request, _res: Response, next: NextFunction): void {
  if (!req.is('application/json')) {
    next(
      new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'send the body as application/json',
      ),
    );
    return;
  }
  next();
}

function toCsvCell(value: string | number): string {
  const text = String(value);
  // Leading =,+,-,@ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Builds the request listener: the Express application (API, docs, web page and widget) behind the
 * replay of cached API responses. No listening, no process handling.
 */
export function createApp(deps: AppDependencies): RequestListener {
  const app = express();
  const cache = new ResponseCache(() => deps.store.dataVersion(), {
    ...(deps.config.RESPONSE_CACHE_MB ? { maxBytes: deps.config.RESPONSE_CACHE_MB * 1024 * 1024 } : {}),
  });
  const service = new CountryService(deps.store, deps.registry, (key, compute) =>
    cache.rememberValue(key, compute),
  );
  const openApi = buildOpenApiDocument(service.methodVersion);
  const docsHtml = renderApiDocs(openApi);

  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  app.set('trust proxy', 'loopback');

  const httpLogger = pinoHttp({
    logger: deps.logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // A line names the request rather than copying its headers: no client's cookies or tokens in the
    // logs, and far less to serialise on every request.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    autoLogging: { ignore: (req) => req.url === '/healthz' },
  });
  app.use(httpLogger);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          fontSrc: ["'self'"],
          // Served over plain http on localhost too, where upgrading would break every asset.
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      // The main page may not be framed; the widget route removes this and sets an open frame-ancestors.
      frameguard: { action: 'deny' },
    }),
  );
  app.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, X-Request-Id, Retry-After');
    }
    next();
  });
  app.use(compression({ threshold: COMPRESSION_THRESHOLD }));

  // One store and one client key for the middleware and for replayed responses, so both count alike.
  const trustProxy = app.get('trust proxy fn') as Parameters<typeof proxyAddr>[1];
  const replayRateLimit: ReplayRateLimit | undefined =
    deps.config.RATE_LIMIT_PER_MINUTE > 0
      ? {
          store: new MemoryStore(),
          limit: deps.config.RATE_LIMIT_PER_MINUTE,
          windowMs: 60_000,
          keyFor: (req: IncomingMessage) => ipKeyGenerator(proxyAddr(req, trustProxy)),
        }
      : undefined;
  if (replayRateLimit) {
    app.use(
      rateLimit({
        windowMs: replayRateLimit.windowMs,
        limit: replayRateLimit.limit,
        store: replayRateLimit.store,
        keyGenerator: replayRateLimit.keyFor,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        skip: (req) => req.path === '/healthz' || req.path === '/readyz',
        handler: (req, res, _next, options) => {
          res.setHeader('Retry-After', String(Math.ceil(options.windowMs / 1000)));
          sendProblem(req, res, {
            type: '/problems/rate-limited',
            title: 'Too many requests',
            status: 429,
            detail: `more than ${deps.config.RATE_LIMIT_PER_MINUTE} requests a minute from this address; retry after the Retry-After seconds`,
          });
        },
      }),
    );
  }

  /** Sends a cached body; Express answers 304 itself when If-None-Match matches the ETag. */
  const sendCached = (res: Response, cached: CachedBody) => {
    cacheable(res);
    res.setHeader('ETag', cached.etag);
    res.type('application/json');
    cached.headers ??= snapshotHeaders(res);
    res.send(cached.body);
  };
  const cacheable = (res: Response) =>
    res.setHeader('Cache-Control', `public, max-age=${deps.config.CACHE_MAX_AGE}`);

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const reports = await deps.store.countReports().catch(() => 0);
    res.status(reports > 0 ? 200 : 503).json({ status: reports > 0 ? 'ready' : 'not_ready', reports });
  });
  app.get('/openapi.json', (_req, res) => {
    cacheable(res);
    res.json(openApi);
  });
  app.get('/docs', (_req, res) => {
    cacheable(res);
    res.type('html').send(docsHtml);
  });

  const api = express.Router();
  api.get('/countries', async (req, res) => {
    const query = parseOrThrow(YearQuerySchema, req.query, 'query');
    const body = await cache.remember(req.originalUrl, async () => ({
      countries: await service.listCountries(query.year),
    }));
    sendCached(res, body);
  });
  api.get('/countries/:country/score', async (req, res) => {
    const { country } = parseOrThrow(CountryParamSchema, req.params, 'path');
    const query = parseOrThrow(ScoreQuerySchema, req.query, 'query');
    const body = await cache.remember(req.originalUrl, async () => {
      const result = await service.getScore(country, {
        evidencePerCategory: query.evidence,
        ...(query.year !== undefined ? { year: query.year } : {}),
      });
      if (!result.ok) throw failureToProblem(result);
      return result.value;
    });
    sendCached(res, body);
  });
  api.get('/countries/:country/history', async (req, res) => {
    const { country } = parseOrThrow(CountryParamSchema, req.params, 'path');
    parseOrThrow(EmptyQuerySchema, req.query, 'query');
    const body = await cache.remember(req.originalUrl, async () => {
      const result = await service.getHistory(country);
      if (!result.ok) throw failureToProblem(result);
      return result.value;
    });
    sendCached(res, body);
  });
  api.get('/countries/:country/evidence', async (req, res) => {
    const { country } = parseOrThrow(CountryParamSchema, req.params, 'path');
    const query = parseOrThrow(EvidenceQuerySchema, req.query, 'query');
    const offset = decodeCursor(query.cursor);
    if (offset === undefined) {
      throw new HttpProblem(400, 'validation', 'Invalid request', 'the cursor was not returned by this API', {
        errors: [{ path: 'query.cursor', message: 'unknown cursor' }],
      });
    }
    const body = await cache.remember(req.originalUrl, async () => {
      const result = await service.getEvidence(country, {
        limit: query.limit,
        offset,
        ...(query.category ? { category: query.category } : {}),
        ...(query.year !== undefined ? { year: query.year } : {}),
        ...(query.q ? { q: query.q } : {}),
      });
      if (!result.ok) throw failureToProblem(result);
      return result.value;
    });
    sendCached(res, body);
  });

  const parseJson = express.json({ limit: '1mb', strict: true });
  const jsonBody: RequestHandler = (req, res, next) =>
    parseJson(req, res, (error?: unknown) => {
      // body-parser leaves a body its Content-Encoding cannot decode untyped; name it for the problem handler.
      if (error && typeof error === 'object' && !(error as { type?: unknown }).type)
        Object.assign(error, { type: BODY_DECODE_FAILED });
      next(error);
    });
  api.post('/scores/batch', requireJson, jsonBody, async (req, res) => {
    const query = parseOrThrow(BatchQuerySchema, req.query, 'query');
    const body = parseOrThrow(BatchRequestSchema, req.body, 'body');
    const batch = await service.scoreBatch(body.countries, body.year);
    if (query.sort === 'score')
      batch.results.sort((a, b) => b.score - a.score || a.country.name.localeCompare(b.country.name));
    res.setHeader('Cache-Control', 'no-store');
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      const header = [
        'input',
        'code',
        'iso3',
        'name',
        'year',
        'score',
        'band',
        'confidence',
        ...CATEGORY_IDS,
        'error',
      ];
      const lines = [header.join(',')];
      const errorsByInput = new Map(batch.errors.map((error) => [error.input, error]));
      const rows =
        query.sort === 'score'
          ? [...batch.results.map((r) => r.input), ...batch.errors.map((e) => e.input)]
          : body.countries;
      const resultsByInput = new Map(batch.results.map((result) => [result.input, result]));
      for (const input of rows) {
        const result = resultsByInput.get(input);
        if (result) {
          lines.push(
            [
              input,
              result.country.code,
              result.country.iso3,
              result.country.name,
              result.year,
              result.score,
              result.band,
              result.confidence,
              ...CATEGORY_IDS.map((id) => result.categories[id]),
              '',
            ]
              .map(toCsvCell)
              .join(','),
          );
        } else {
          const error = errorsByInput.get(input);
          lines.push(
            [input, '', '', '', '', '', '', '', ...CATEGORY_IDS.map(() => ''), error?.detail ?? 'unknown']
              .map(toCsvCell)
              .join(','),
          );
        }
      }
      res
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', 'attachment; filename="risk-scores.csv"');
      res.send(`${lines.join('\r\n')}\r\n`);
      return;
    }
    res.json(batch);
  });
  api.post('/analyze', requireJson, jsonBody, (req, res) => {
    const body = parseOrThrow(AnalyzeRequestSchema, req.body, 'body');
    const sentences = analyzeText(body.text);
    const assertedByCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<
      (typeof CATEGORY_IDS)[number],
      number
    >;
    const otherStatuses: Record<string, number> = {};
    for (const sentence of sentences) {
      for (const signal of sentence.signals) {
        if (signal.status === 'asserted') assertedByCategory[signal.category] += 1;
        else otherStatuses[signal.status] = (otherStatuses[signal.status] ?? 0) + 1;
      }
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      sentences: sentences
        .filter((sentence) => sentence.signals.length > 0)
        .map((sentence) => ({
          text: sentence.text,
          start: sentence.start,
          end: sentence.end,
          signals: sentence.signals.map((signal) => ({
            category: signal.category,
            status: signal.status,
            weight: signal.weight,
            cue: signal.cue,
          })),
        })),
      summary: { sentenceCount: sentences.length, assertedByCategory, otherStatuses },
    });
  });
  app.use('/v1', api);

  mountWeb(app, {
    service,
    cacheMaxAge: deps.config.CACHE_MAX_AGE,
    publicDir: path.join(__dirname, 'web', 'public'),
  });

  app.use((req, _res, next) => {
    next(new HttpProblem(404, 'not-found', 'Not found', `no route for ${req.method} ${req.path}`));
  });
  app.use(problemHandler);
  return createReplayingListener({
    cache,
    fallback: app,
    // pino-http writes a line for a successful request only at level info; below that, a replay (always
    // 200 or 304) needs no request logger, only its id.
    logRequest: deps.logger.isLevelEnabled('info')
      ? (req, res) => httpLogger(req, res)
      : (req, res) => res.setHeader('X-Request-Id', requestIdFor(req)),
    ...(replayRateLimit ? { rateLimit: replayRateLimit } : {}),
  });
}
