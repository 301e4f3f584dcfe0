import { STATUS_CODES } from 'http';
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { z } from 'zod';
import type { ProblemSchema } from './api-schemas';

type Problem = z.infer<typeof ProblemSchema>;

const TYPE_BASE = '/problems/';

/** An expected failure that a route turns into a problem response; never a bug. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Partial<Problem> = {},
  ) {
    super(detail ?? title);
  }
}

/** Writes an RFC 9457 problem document with the request id. */
export function sendProblem(
  req: Request,
  res: Response,
  problem: Omit<Problem, 'instance' | 'requestId'>,
): void {
  const requestId = String(req.id ?? '');
  res
    .status(problem.status)
    .type('application/problem+json')
    .set('Cache-Control', 'no-store')
    .send(JSON.stringify({ ...problem, instance: req.originalUrl, requestId }));
}

/** Paths and messages of a zod error, e.g. `countries.3: Too small`. */
export function zodIssues(error: z.ZodError, prefix: string): Array<{ path: string; message: string }> {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Errors from body-parser and other http-errors users (express.static): a status, maybe a type. */
interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
  headers?: Record<string, string>;
}

/** Tag given to body errors that body-parser leaves untyped: a body its Content-Encoding cannot decode. */
export const BODY_DECODE_FAILED = 'encoding.failed';

const BODY_PROBLEMS: Record<string, [string, string, string]> = {
  'entity.parse.failed': ['malformed-json', 'Malformed JSON', 'the request body is not valid JSON'],
  'entity.too.large': ['body-too-large', 'Request body too large', 'the request body is larger than 1 MB'],
  'encoding.unsupported': [
    'unsupported-encoding',
    'Unsupported content encoding',
    'use identity, gzip or deflate',
  ],
  'charset.unsupported': ['unsupported-charset', 'Unsupported charset', 'send the body as UTF-8'],
  'request.aborted': ['request-aborted', 'Request aborted', 'the client closed the request'],
  [BODY_DECODE_FAILED]: [
    'malformed-body',
    'Malformed body',
    'the request body could not be decoded with its Content-Encoding',
  ],
};

/**
 * The one error handler: expected problems keep their status; body-parser errors map to 400/413/415;
 * anything else is a bug, logged with its stack and answered with a plain 500 that shows no stack.
 */
export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (error instanceof HttpProblem) {
    sendProblem(req, res, {
      type: TYPE_BASE + error.slug,
      title: error.title,
      status: error.status,
      ...(error.detail ? { detail: error.detail } : {}),
      ...error.extra,
    });
    return;
  }
  if (error instanceof URIError) {
    // Express could not percent-decode a path parameter (e.g. %FF or an overlong %C0%AE).
    sendProblem(req, res, {
      type: TYPE_BASE + 'malformed-path',
      title: 'Malformed path',
      status: 400,
      detail: 'the path is not valid percent-encoded UTF-8',
    });
    return;
  }
  const parserError = error as BodyParserError;
  if (parserError && typeof parserError === 'object' && parserError.type) {
    const status = parserError.status ?? parserError.statusCode ?? 400;
    const [slug, title, detail] = BODY_PROBLEMS[parserError.type] ?? [
      'bad-request',
      'Bad request',
      'the request body could not be read',
    ];
    sendProblem(req, res, {
      type: TYPE_BASE + slug,
      title,
      status: status >= 400 && status < 500 ? status : 400,
      detail,
    });
    return;
  }
  if (parserError && typeof parserError === 'object' && parserError.expose) {
    // Other client errors with a safe message, e.g. express.static's 416 for a range past the end.
    const status = parserError.status ?? parserError.statusCode ?? 400;
    if (status >= 400 && status < 500) {
      for (const [name, value] of Object.entries(parserError.headers ?? {})) res.setHeader(name, value);
      sendProblem(req, res, {
        type: TYPE_BASE + 'client-error',
        title: STATUS_CODES[status] ?? 'Client error',
        status,
        detail: parserError.message ?? STATUS_CODES[status] ?? 'client error',
      });
      return;
    }
  }
  req.log?.error({ err: error }, 'unhandled error');
  sendProblem(req, res, {
    type: TYPE_BASE + 'internal',
    title: 'Internal server error',
    status: 500,
    detail: 'something went wrong on our side; quote the request id if you report it',
  });
};
