import { existsSync } from 'fs';
import path from 'path';
import { z } from 'zod';

const DEFAULT_SOURCES = ['data/reports/', '../shared/corpus/state-dept/'];

export const integer = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/**
 * The settings of the database, ingest and fetcher. The HTTP server's own settings live in
 * server/config.ts, which reads these and its own from one parse of the environment.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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

export type ConfigResult<T = AppConfig> = { ok: true; config: T } | { ok: false; message: string };

/** Parses the environment with a settings schema; bad values come back as one message naming each variable. */
export function parseEnvironment<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv,
): ConfigResult<z.infer<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    return { ok: false, message: `invalid configuration: ${problems}` };
  }
  return { ok: true, config: parsed.data };
}

/** Reads the environment once, at start (the ingest and evaluation commands). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  return parseEnvironment(ConfigSchema, env);
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
