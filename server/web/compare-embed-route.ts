import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import { getCountryRegistry } from '../../data/country-registry';
import { loadMiniWorldShapes, type MiniWorldShape } from '../../data/world-shapes';
import { compareCountries, MAX_COMPARED } from '../comparison-service';
import type { CountryService } from '../country-service';
import {
  MINI_MAP_WIDTH,
  presentMiniMap,
  renderCompareEmbed,
  renderCompareEmbedProblem,
} from '../presenters/compare-embed-presenter';
import {
  comparisonIssueMessage,
  invalidComparison,
  problemBody,
  sendProblem,
  validation,
  zodIssues,
  type HttpProblem,
} from '../problem';

/**
 * `?countries=SV,RW&profile=lgbtqi` (a repeated `countries` is read as one list). Blank entries (a
 * trailing comma) are dropped; the length caps keep a hostile query from being looked up at all.
 */
export const CompareEmbedQuerySchema = z.object({
  countries: z
    .union([z.string(), z.array(z.string()).max(MAX_COMPARED * 4)])
    .optional()
    .transform((value) =>
      (Array.isArray(value) ? value.join(',') : (value ?? ''))
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .pipe(z.array(z.string().max(100))),
  profile: z.string().max(100).optional(),
});

/** The outlines never change while the process runs: made on first use, then kept. */
let miniWorld: { shapes: MiniWorldShape[]; height: number } | undefined;

function loadMiniWorld(): { shapes: MiniWorldShape[]; height: number } {
  const shapes = loadMiniWorldShapes(getCountryRegistry(), MINI_MAP_WIDTH);
  return { shapes, height: Math.max(...shapes.map((shape) => shape.bottom)) + 1 };
}

/** Wants the problem document rather than the embed's page: an API client, not a frame. */
function wantsProblem(req: Request): boolean {
  return req.accepts(['html', 'application/problem+json', 'application/json']) !== 'html';
}

/**
 * `GET /embed/compare`: a ranked bar chart of a few countries with a mini-map, framed by other sites
 * like the score widget (the caller sets the widget's CSP and caching). A request it cannot draw is a
 * 400: a page naming what is wrong, or the `invalidComparison` problem for a client asking for JSON.
 */
export function mountCompareEmbed(
  app: Express,
  options: { service: CountryService; prepare: (res: Response) => void; originOf: (req: Request) => string },
): void {
  const refuse = (req: Request, res: Response, problem: HttpProblem, messages: readonly string[]) => {
    if (wantsProblem(req)) {
      sendProblem(req, res, problemBody(problem));
      return;
    }
    options.prepare(res);
    res
      .status(problem.status)
      .type('html')
      .send(renderCompareEmbedProblem(options.originOf(req), messages));
  };
  app.get('/embed/compare', async (req, res) => {
    const origin = options.originOf(req);
    const query = CompareEmbedQuerySchema.safeParse(req.query);
    if (!query.success) {
      const issues = zodIssues(query.error, 'query');
      refuse(
        req,
        res,
        validation(issues, 'query'),
        issues.map((issue) => `${issue.path}: ${issue.message}`),
      );
      return;
    }
    const result = await compareCountries(options.service, query.data.countries, query.data.profile);
    if (!result.ok) {
      refuse(req, res, invalidComparison(result.issues), result.issues.map(comparisonIssueMessage));
      return;
    }
    miniWorld ??= loadMiniWorld();
    const map = presentMiniMap(miniWorld.shapes, result.value, miniWorld.height);
    options.prepare(res);
    res.type('html').send(renderCompareEmbed(origin, result.value, map));
  });
}
