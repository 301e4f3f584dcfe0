import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { z } from 'zod';
import { METHOD_VERSION } from '../scoring/report-scorer';
import { buildOpenApiDocument } from './openapi';
import { API_ROUTES } from './routes/api-routes';

/** The part of `redocly lint --format json` this check reads. */
const LintReportSchema = z.object({
  totals: z.object({ errors: z.number(), warnings: z.number() }),
  problems: z.array(
    z.object({
      ruleId: z.string(),
      severity: z.string(),
      message: z.string(),
      location: z.array(z.object({ pointer: z.string().optional() })).default([]),
    }),
  ),
});

/**
 * `npm run lint:openapi`: builds the document /openapi.json serves (in-process, no server or
 * database) and runs Redocly's recommended rules on it. Redocly exits 0 on warnings; this check
 * fails on any error or warning.
 */
function main(): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
  try {
    const file = path.join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(buildOpenApiDocument(METHOD_VERSION, API_ROUTES), null, 2));
    const redocly = path.resolve(__dirname, '..', 'node_modules', '.bin', 'redocly');
    const run = spawnSync(
      redocly,
      ['lint', '--extends', 'recommended', '--format', 'json', '--max-problems', '1000', file],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const parsed = LintReportSchema.safeParse(safeJson(run.stdout));
    if (!parsed.success) {
      process.stderr.write(`redocly lint gave no report (exit ${run.status}):\n${run.stderr}\n`);
      return 1;
    }
    const { totals, problems } = parsed.data;
    for (const problem of problems) {
      const where = problem.location[0]?.pointer ?? '';
      process.stdout.write(`${problem.severity} ${problem.ruleId} ${where}: ${problem.message}\n`);
    }
    process.stdout.write(
      `redocly lint --extends recommended (served /openapi.json): ${totals.errors} errors, ${totals.warnings} warnings\n`,
    );
    return totals.errors + totals.warnings === 0 ? 0 : 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

process.exitCode = main();
