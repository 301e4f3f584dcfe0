import { existsSync } from 'fs';
import path from 'path';
import { z } from 'zod';

const DEFAULT_SOURCES = ['data/reports/', '../shared/corpus/state-dept/'];

const integer = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** Every setting the service reads from the environment. `.env.example` lists them all. */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: integer(3000, 0, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('var/reports.sqlite'),
  /** Comma-separated folders, archives, page files or state.gov addresses ingested on first start. */
  REPORT_SOURCES: z
    .string()
    .optional()
    .transform((value) =>
      value === undefined
        ? undefined
        : value
            .split(/[,;\n]/)
            .map((entry) => entry.trim())
            .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute per client address; 0 disables the limit. */
  RATE_LIMIT_PER_MINUTE: integer(1200, 0),
  /** Seconds clients and caches may keep a GET response. */
  CACHE_MAX_AGE: integer(300, 0),
  /** MiB of API response bodies (and their compressed forms) each process keeps in memory. */
  RESPONSE_CACHE_MB: integer(64, 1, 4096),
  /** Worker processes: 1, or "auto" for one per core. */
  WEB_CONCURRENCY: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** Seconds to let in-flight requests finish after SIGTERM. */
  SHUTDOWN_GRACE_SECONDS: integer(10, 0, 600),
  FETCH_CACHE_DIR: z.string().min(1).default('var/cache/state-gov'),
  FETCH_DELAY_MS: integer(1000, 0),
  FETCH_TIMEOUT_MS: integer(30000, 100),
  FETCH_RETRIES: integer(3, 0, 10),
  FETCH_USER_AGENT: z
    .string()
    .min(1)
    .default(
      'deportation-risk-ingest/0.1 (+https://github.com/; human-rights research; one request at a time)',
    ),
});
export type AppConfig = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; message: string };

/** Reads the environment once, at start. Bad values come back as one message naming each variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    return { ok: false, message: `invalid configuration: ${problems}` };
  }
  return { ok: true, config: parsed.data };
}

/** REPORT_SOURCES, or the defaults that exist on this machine (data/reports/, then ../shared/corpus/state-dept/). */
export function resolveReportSources(config: AppConfig, cwd = process.cwd()): string[] {
  if (config.REPORT_SOURCES) return config.REPORT_SOURCES;
  return DEFAULT_SOURCES.map((source) => path.resolve(cwd, source)).filter((source) => existsSync(source));
}

export function fetchOptionsFrom(config: AppConfig) {
  return {
    cacheDir: config.FETCH_CACHE_DIR,
    userAgent: config.FETCH_USER_AGENT,
    timeoutMs: config.FETCH_TIMEOUT_MS,
    retries: config.FETCH_RETRIES,
    delayMs: config.FETCH_DELAY_MS,
    backoffMs: 1000,
  };
}
