import type { RequestListener } from 'http';
import request from 'supertest';
import { OpenApiValidator } from './openapi-validator';
import { buildTestApp, buildTestDatabase, type TestDatabase } from './test-database';

/** The fixture database, the app over it, and a validator for the app's own /openapi.json. */
export async function startContractApp(): Promise<{
  fixture: TestDatabase;
  app: RequestListener;
  contract: OpenApiValidator;
}> {
  const fixture = await buildTestDatabase();
  const app = buildTestApp(fixture.store);
  const contract = new OpenApiValidator((await request(app).get('/openapi.json')).body);
  return { fixture, app, contract };
}

export type CallArgs = [
  method: 'get' | 'post',
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
];

/** One request whose response is checked against the contract before the test sees it. */
export async function callChecked(
  app: RequestListener,
  contract: OpenApiValidator,
  ...[method, url, body, headers = {}]: CallArgs
) {
  let pending = request(app)[method](url);
  for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
  const response = body === undefined ? await pending : await pending.send(body as object);
  contract.assertResponse(method, url, response);
  return response;
}

type ParseCallback = (error: Error | null, body: unknown) => void;
/** What supertest hands a `.parse()` callback: the response, readable as a stream. */
type ParsedResponse = import('superagent').Response;

/** A supertest `.parse()` that keeps the body as bytes, whatever its type (images, PDFs, Word files). */
export function parseAsBytes(res: ParsedResponse, done: ParseCallback): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A supertest `.parse()` that keeps the body as UTF-8 text, whatever its type (pages, SVG). */
export function parseAsText(res: ParsedResponse, done: ParseCallback): void {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
}
