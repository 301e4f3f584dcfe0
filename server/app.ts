import type { RequestListener } from 'http';
import path from 'path';
import compression from 'compression';
import express from 'express';
import type { Logger } from 'pino';
import type proxyAddr from 'proxy-addr';
import type { CountryRegistry } from '../data/country-registry';
import type { ReportReader } from '../data/report-reader';
import { renderApiDocs } from './api-docs';
import type { AppSettings } from './config';
import { CountryService } from './country-service';
import { allowCrossOriginReads, createHttpLogger, securityHeaders } from './http-middleware';
import { buildOpenApiDocument } from './openapi';
import { PngRenderer } from './png-renderer';
import { problemHandler, routeNotFound } from './problem';
import { createReplayAccessLog, DEFAULT_SLOW_REQUEST_MS } from './replay-access-log';
import { createRateLimit } from './rate-limiter';
import { computeEtag, ResponseCache } from './response-cache';
import { COMPRESSION_THRESHOLD, createReplayingListener } from './response-replay';
import { API_ROUTES } from './routes/api-routes';
import { formatCacheControl, tagSurrogateKeys } from './shared-cache-headers';
import { mountRoutes } from './routes/route-registry';
import { mountWeb } from './web/web-routes';

export interface AppDependencies {
  store: ReportReader;
  registry: CountryRegistry;
  config: AppSettings;
  logger: Logger;
  /** The digest of the data release served (DATA_RELEASE), if any: reported and folded into ETags. */
  release?: string;
}

/**
 * Builds the request listener: the Express application (API, docs, web page and widget) behind the
 * replay of cached API responses. No listening, no process handling.
 */
export function createApp(deps: AppDependencies): RequestListener {
  const app = express();
  const cache = new ResponseCache(() => deps.store.dataVersion(), {
    ...(deps.config.RESPONSE_CACHE_MB ? { maxBytes: deps.config.RESPONSE_CACHE_MB * 1024 * 1024 } : {}),
    ...(deps.release ? { etagSalt: deps.release, immutable: true } : {}),
  });
  const service = new CountryService(deps.store, deps.registry, (key, compute) =>
    cache.rememberValue(key, compute),
  );
  const openApi = buildOpenApiDocument(service.methodVersion, API_ROUTES);
  const docsHtml = renderApiDocs(openApi);
  const cacheControl = formatCacheControl(deps.config);

  app.disable('x-powered-by');
  // With a release, every replica derives the same ETag from the release and the body.
  app.set('etag', deps.release ? (body: Buffer | string) => computeEtag(body, deps.release) : 'strong');
  app.set('query parser', 'simple');
  app.set('trust proxy', 'loopback');

  const httpLogger = createHttpLogger(deps.logger);
  app.use(httpLogger);
  app.use(securityHeaders());
  app.use(tagSurrogateKeys(service, deps.release));
  app.use(allowCrossOriginReads);
  app.use(compression({ threshold: COMPRESSION_THRESHOLD }));
  const rateLimit = createRateLimit(
    deps.config.RATE_LIMIT_PER_MINUTE,
    app.get('trust proxy fn') as Parameters<typeof proxyAddr>[1],
    new Set(API_ROUTES.filter((route) => route.rateLimited === false).map((route) => route.path)),
  );
  if (rateLimit) app.use(rateLimit.middleware);

  app.get('/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', cacheControl);
    res.json(openApi);
  });
  app.get('/docs', (_req, res) => {
    res.setHeader('Cache-Control', cacheControl);
    res.type('html').send(docsHtml);
  });
  mountRoutes(app, API_ROUTES, {
    service,
    cache,
    store: deps.store,
    settings: deps.config,
    images: new PngRenderer(),
    ...(deps.release ? { release: deps.release } : {}),
  });
  mountWeb(app, {
    service,
    cacheMaxAge: deps.config.CACHE_MAX_AGE,
    cacheControl,
    publicDir: path.join(__dirname, 'web', 'public'),
  });

  app.use((req, _res, next) => next(routeNotFound(req.method, req.path)));
  app.use(problemHandler);
  return createReplayingListener({
    cache,
    fallback: app,
    // A replay (always 200 or 304, from memory) is counted in a summary line and logged alone when
    // slow; at debug, every one gets its line as a request Express answers does.
    logRequest: deps.logger.isLevelEnabled('debug')
      ? (req, res) => {
          httpLogger(req, res);
          return String(res.getHeader('X-Request-Id'));
        }
      : createReplayAccessLog(deps.logger, { slowMs: deps.config.SLOW_REQUEST_MS ?? DEFAULT_SLOW_REQUEST_MS })
          .logRequest,
    ...(rateLimit ? { rateLimit: rateLimit.replay } : {}),
  });
}
