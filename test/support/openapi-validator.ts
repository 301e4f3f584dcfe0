import Ajv2020 from 'ajv/dist/2020';
import type { Response } from 'supertest';

type Json = Record<string, unknown>;

/**
 * Checks a response against the service's own /openapi.json: the operation's declared schema for
 * that status and content type must accept the body.
 */
export class OpenApiValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

  constructor(private readonly document: Json) {
    this.ajv.addSchema({ $id: 'openapi', components: document['components'] }, 'openapi');
  }

  private operation(method: string, routePath: string): Json | undefined {
    const paths = this.document['paths'] as Record<string, Record<string, Json>>;
    for (const [template, operations] of Object.entries(paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (pattern.test(routePath)) return operations[method.toLowerCase()];
    }
    return undefined;
  }

  /** Throws with the schema errors when the response does not match the contract. */
  assertResponse(method: string, url: string, response: Response): void {
    const routePath = url.split('?')[0] ?? url;
    const operation = this.operation(method, routePath);
    if (!operation) throw new Error(`${method} ${routePath} is not in /openapi.json`);
    const responses = operation['responses'] as Record<
      string,
      { content?: Record<string, { schema: Json }> }
    >;
    const declared = responses[String(response.status)];
    if (!declared)
      throw new Error(
        `${method} ${routePath} answered ${response.status}, which /openapi.json does not declare`,
      );
    const contentType = String(response.headers['content-type'] ?? '').split(';')[0] ?? '';
    const media = declared.content?.[contentType];
    if (!media)
      throw new Error(`${method} ${routePath} ${response.status}: content type ${contentType} not declared`);
    if (!/json$/.test(contentType)) return;
    const schema = JSON.parse(
      JSON.stringify(media.schema).replace(/"#\/components\//g, '"openapi#/components/'),
    ) as Json;
    const validate = this.ajv.compile(schema);
    if (!validate(response.body)) {
      throw new Error(
        `${method} ${url} ${response.status} does not match /openapi.json: ${this.ajv.errorsText(validate.errors)}`,
      );
    }
  }
}
