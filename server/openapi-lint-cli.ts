import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { METHOD_VERSION } from '../scoring/report-scorer';
import { buildOpenApiDocument } from './openapi';
import { API_ROUTES } from './routes/api-routes';

/**
 * `npm run lint:openapi`: builds the document /openapi.json serves (in-process, no server or
 * database) and runs Redocly's recommended rules on it. Any error or warning fails the run.
 */
function main(): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
  try {
    const file = path.join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(buildOpenApiDocument(METHOD_VERSION, API_ROUTES), null, 2));
    const redocly = path.resolve(__dirname, '..', 'node_modules', '.bin', 'redocly');
    const run = spawnSync(redocly, ['lint', '--extends', 'recommended', '--max-problems', '1000', file], {
      stdio: 'inherit',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    return run.status ?? 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = main();
