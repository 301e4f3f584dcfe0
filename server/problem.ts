import { STATUS_CODES } from 'http';
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { z } from 'zod';
import type { CountryRefSchema, ProblemSchema } from './api-schemas';
import type { BatchFailure } from './country-service';
import { MAX_COMPARED, MIN_COMPARED, type ComparisonIssue } from './comparison-service';
import { PROFILE_IDS } from '../scoring/profile-model';

type Problem = z.infer<typeof ProblemSchema>;
type CountryRef = z.infer<typeof CountryRefSchema>;
type Issue = { path: string; message: string };

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

// Named problems: each expected failure has one wording, whichever route, presenter or page reports it.
// Details carry no closing full stop, so a page can append its own punctuation.

/** What the user typed is no country, territory, alias or code we know; `suggestions` are near misses. */
export function unknownCountry(input: string, suggestions: readonly CountryRef[]): HttpProblem {
  return new HttpProblem(
    404,
    'unknown-country',
    'Unknown country',
    `"${input}" is not a country we know by name, alias or ISO code`,
    { suggestions: [...suggestions] },
  );
}

/** The country is known but no report covers it (in that year, when one was asked for). */
export function noReport(country: CountryRef, year?: number, years: readonly number[] = []): HttpProblem {
  const available = years.length ? ` (reports: ${[...years].sort().join(', ')})` : '';
  return new HttpProblem(
    404,
    'no-report',
    'No report',
    `there is no State Department report for ${country.name}${year !== undefined ? ` in ${year}` : ''}${available}`,
  );
}

/** A batch entry that is empty or only whitespace (a blank spreadsheet cell). */
export function blankEntry(): HttpProblem {
  return new HttpProblem(
    400,
    'blank-entry',
    'Blank entry',
    'the entry is empty; give a country name or code',
  );
}

/** Input that fails its schema; `issues` name each bad field with its path (`body.countries.3`). */
export function validation(issues: readonly Issue[], where = 'request'): HttpProblem {
  return new HttpProblem(400, 'validation', 'Invalid request', `the ${where} has invalid fields`, {
    errors: [...issues],
  });
}

export function unsupportedMediaType(): HttpProblem {
  return new HttpProblem(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    'send the body as application/json',
  );
}

export function routeNotFound(method: string, path: string): HttpProblem {
  return new HttpProblem(404, 'not-found', 'Not found', `no route for ${method} ${path}`);
}

/** oEmbed asked about an address that is not a country page of this service. */
export function noEmbeddablePage(url: string): HttpProblem {
  return new HttpProblem(404, 'not-found', 'Not found', `no embeddable country page at ${url}`);
}

export function formatNotImplemented(): HttpProblem {
  return new HttpProblem(
    501,
    'format-not-implemented',
    'Format not implemented',
    'this oEmbed provider answers format=json only',
  );
}

export function rateLimited(limitPerMinute: number): HttpProblem {
  return new HttpProblem(
    429,
    'rate-limited',
    'Too many requests',
    `more than ${limitPerMinute} requests a minute from this address; retry after the Retry-After seconds`,
  );
}

/** One line per thing wrong with a comparison, naming it; the embed prints these lines too. */
export function comparisonIssueMessage(issue: ComparisonIssue): string {
  switch (issue.code) {
    case 'too_few':
      return `name at least ${MIN_COMPARED} countries to compare, separated by commas (${issue.count} given)`;
    case 'too_many':
      return `name at most ${MAX_COMPARED} countries to compare (${issue.count} given)`;
    case 'unknown_country': {
      const near = issue.suggestions.map((s) => s.name).join(', ');
      return `"${issue.input}" is not a country we know by name, alias or ISO code${near ? ` (did you mean ${near}?)` : ''}`;
    }
    case 'no_report':
      return `there is no State Department report for ${issue.country.name} ("${issue.input}")`;
    case 'duplicate':
      return `"${issue.input}" names ${issue.country.name} a second time`;
    case 'unknown_profile':
      return `"${issue.input}" is not a risk profile we know; the profiles are ${PROFILE_IDS.join(', ')}`;
  }
}

/** A comparison (`/embed/compare`) that cannot be drawn: every issue named, each under its query field. */
export function invalidComparison(issues: readonly ComparisonIssue[]): HttpProblem {
  const errors = issues.map((issue) => ({
    path: issue.code === 'unknown_profile' ? 'query.profile' : 'query.countries',
    message: comparisonIssueMessage(issue),
  }));
  return new HttpProblem(
    400,
    'invalid-comparison',
    'Invalid comparison',
    errors.map((error) => error.message).join('; '),
    { errors },
  );
}

/** The problem for a failure the country service reports as a value. */
export function problemForFailure(failure: BatchFailure): HttpProblem {
  switch (failure.code) {
    case 'unknown_country':
      return unknownCountry(failure.input, failure.suggestions);
    case 'no_report':
      return noReport(failure.country, failure.year, failure.years);
    case 'blank':
      return blankEntry();
  }
}

/** The problem document body for an HttpProblem (without the request's instance and id). */
export function problemBody(problem: HttpProblem): Omit<Problem, 'instance' | 'requestId'> {
  return {
    type: TYPE_BASE + problem.slug,
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...problem.extra,
  };
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
    sendProblem(req, res, problemBody(error));
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
