import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import request from 'supertest';
import ts from 'typescript';
import { buildTestApp, buildEmptyTestStore, type EmptyTestStore } from '../support/test-database';

/**
 * A client as an API user would write it against types generated from the served /openapi.json:
 * one call each to the score, batch and analyze operations, reading fields the page relies on.
 * It uses an injected transport, so it type-checks with no DOM or Node types.
 */
const CLIENT = `import type { paths } from './api';

type Send = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<unknown>;
type ScoreOperation = paths['/v1/countries/{country}/score']['get'];
type BatchOperation = paths['/v1/scores/batch']['post'];
type AnalyzeOperation = paths['/v1/analyze']['post'];

export async function headline(send: Send, country: ScoreOperation['parameters']['path']['country']) {
  const query: ScoreOperation['parameters']['query'] = { evidence: 1 };
  const score = (await send('GET', '/v1/countries/' + encodeURIComponent(country) + '/score?evidence=' + query?.evidence)) as
    ScoreOperation['responses'][200]['content']['application/json'];
  const problem = (await send('GET', '/v1/countries/Atlantis/score')) as
    ScoreOperation['responses'][404]['content']['application/problem+json'];
  const firstQuote: string | undefined = score.evidence[0]?.quote;
  const band: string = score.band;
  return {
    name: score.country.name,
    iso3: score.country.iso3,
    score: score.score,
    band,
    torture: score.categories.torture.score,
    firstQuote,
    suggestions: (problem.suggestions ?? []).map((s) => s.code),
  };
}

export async function batch(send: Send, countries: string[]) {
  const body: BatchOperation['requestBody']['content']['application/json'] = { countries, year: 2023 };
  const answer = (await send('POST', '/v1/scores/batch?sort=score', body)) as
    BatchOperation['responses'][200]['content']['application/json'];
  return {
    ranked: answer.results.map((r) => r.input + ' ' + r.country.code + ' ' + r.score + ' ' + r.band),
    failed: answer.errors.map((e) => e.input + ': ' + e.type + ' ' + e.status + ' ' + e.detail),
  };
}

export async function analyze(send: Send, text: string) {
  const body: AnalyzeOperation['requestBody']['content']['application/json'] = { text };
  const answer = (await send('POST', '/v1/analyze', body)) as
    AnalyzeOperation['responses'][200]['content']['application/json'];
  return {
    sentences: answer.summary.sentenceCount,
    asserted: answer.summary.assertedByCategory.torture,
    cues: answer.sentences.flatMap((s) => s.signals.map((signal) => signal.cue + ' ' + signal.status)),
  };
}
`;

let fixture: EmptyTestStore;
let served: Record<string, unknown>;
const folders: string[] = [];

beforeAll(async () => {
  fixture = await buildEmptyTestStore();
  const response = await request(buildTestApp(fixture.store)).get('/openapi.json');
  expect(response.status).toBe(200);
  served = response.body as Record<string, unknown>;
});
afterAll(async () => {
  await fixture.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

// openapi-typescript's CommonJS build loads ES modules, which Jest's loader cannot; Node runs it in a child.
const GENERATE = `import { readFileSync, writeFileSync } from 'fs';
import openapiTS, { astToString } from ${JSON.stringify(require.resolve('openapi-typescript').replace(/index\.cjs$/, 'index.mjs'))};
const [source, target] = process.argv.slice(1);
writeFileSync(target, astToString(await openapiTS(JSON.parse(readFileSync(source, 'utf8')))));`;

/** Generates the types from a document, writes them beside the client and type-checks both. */
function typeCheckClient(document: Record<string, unknown>): string[] {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'openapi-client-'));
  folders.push(folder);
  const source = path.join(folder, 'openapi.json');
  writeFileSync(source, JSON.stringify(document));
  execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    GENERATE,
    source,
    path.join(folder, 'api.ts'),
  ]);
  const client = path.join(folder, 'client.ts');
  writeFileSync(client, CLIENT);
  const program = ts.createProgram([client], {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    lib: ['lib.es2022.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('a client typed from the served /openapi.json', () => {
  test('calls the score, batch and analyze operations and type-checks', async () => {
    expect(typeCheckClient(served)).toEqual([]);
  });

  test('stops type-checking when an operation disappears from the contract', async () => {
    const document = structuredClone(served);
    delete (document['paths'] as Record<string, unknown>)['/v1/analyze'];
    const errors = typeCheckClient(document);
    expect(errors.join('\n')).toMatch(/\/v1\/analyze/);
  });

  test('stops type-checking when a field the client reads disappears from a response', async () => {
    const document = structuredClone(served);
    const schemas = (document['components'] as { schemas: Record<string, Record<string, unknown>> }).schemas;
    const score = schemas['Score'] as { properties: Record<string, unknown>; required: string[] };
    delete score.properties['band'];
    score.required = score.required.filter((name) => name !== 'band');
    const errors = typeCheckClient(document);
    expect(errors.join('\n')).toMatch(/band/);
  });
});
