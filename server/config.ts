import { z } from 'zod';
import { ConfigSchema, integer, parseEnvironment, type ConfigResult } from '../data/app-config';

/**
 * The HTTP server's settings on top of the database and ingest ones (data/app-config.ts), so the
 * server reads the environment once, at start. `.env.example` lists them all.
 */
export const ServerConfigSchema = ConfigSchema.extend({
  PORT: integer(3000, 0, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Requests per minute per client address; 0 disables the limit. */
  RATE_LIMIT_PER_MINUTE: integer(1200, 0),
  /** Seconds clients and caches may keep a GET response. */
  CACHE_MAX_AGE: integer(300, 0),
  /** Seconds shared caches (nginx, a CDN) may keep a GET response (s-maxage). */
  CACHE_S_MAXAGE: integer(3600, 0),
  /** Seconds a shared cache may serve a stale answer while it refetches (stale-while-revalidate). */
  CACHE_STALE_SECONDS: integer(86400, 0),
  /**
   * A data release (`npm run build:release`) to serve read-only and immutable, checked against its
   * manifest at start. DATABASE_PATH pointing at a file with a manifest beside it does the same.
   */
  DATA_RELEASE: z.string().min(1).optional(),
  /** MiB of API response bodies (and their compressed forms) each process keeps in memory. */
  RESPONSE_CACHE_MB: integer(64, 1, 4096),
  /** Worker processes: 1, or "auto" for one per core. */
  WEB_CONCURRENCY: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** Seconds to let in-flight requests finish after SIGTERM. */
  SHUTDOWN_GRACE_SECONDS: integer(10, 0, 600),
  /**
   * Seconds an idle keep-alive connection stays open. Longer than the proxy's own idle timeout to the
   * replicas (deploy/nginx.conf: 60 s; most load balancers: 60 s), so the proxy closes an idle
   * connection first and never sends a request on one the replica is closing at that instant.
   */
  KEEP_ALIVE_SECONDS: integer(65, 1, 3600),
  /**
   * Milliseconds past which an answer replayed from the response cache is logged on its own (at
   * warn); the others are counted in a summary line a minute. Express logs every other request.
   */
  SLOW_REQUEST_MS: integer(1000, 0),
});
export type ServerConfig = z.infer<typeof ServerConfigSchema>;

/** What createApp needs of the settings; tests pass these alone. */
export type AppSettings = Pick<ServerConfig, 'RATE_LIMIT_PER_MINUTE' | 'CACHE_MAX_AGE'> &
  Partial<
    Pick<ServerConfig, 'RESPONSE_CACHE_MB' | 'CACHE_S_MAXAGE' | 'CACHE_STALE_SECONDS' | 'SLOW_REQUEST_MS'>
  >;

/** Reads every setting the server uses from the environment, once, at start. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult<ServerConfig> {
  return parseEnvironment(ServerConfigSchema, env);
}
