import { z } from 'zod';
import {
  ChangesQuerySchema,
  ChangesSummaryQuerySchema,
  ChangesSummaryResponseSchema,
  CountryChangesResponseSchema,
  CountryParamSchema,
  PacketQuerySchema,
} from '../api-schemas';
import { ExhibitService, type ExhibitPacket } from '../exhibit-service';
import {
  presentChangesCsv,
  presentChangesSummary,
  presentCountryChanges,
} from '../presenters/changes-presenter';
import { writePacketDocx } from '../presenters/packet-docx';
import { writePacketPdf } from '../presenters/packet-pdf';
import { buildPacketBlocks, packetFileName } from '../presenters/packet-presenter';
import { problemForFailure } from '../problem';
import { sendRemembered, setCacheable } from './http-caching';
import { defineRoute, json, named, problem, type RouteDeps } from './route-registry';

const notFound = problem('Unknown country (with `suggestions`) or no report for a year asked for');
const Binary = z.string().describe('the document (binary)');
const CsvText = z.string().describe('CSV with a header line, CRLF line ends');

/** Quotes per category in a packet: enough for a filing, few enough to read. */
export const PACKET_QUOTES_PER_CATEGORY = 10;
/** Quotes per chosen profile: every sentence stored for the group (profiles.json keeps 10). */
export const PACKET_QUOTES_PER_PROFILE = 10;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function exhibits(deps: RouteDeps): ExhibitService {
  return new ExhibitService(deps.service, deps.store);
}

async function loadPacket(
  deps: RouteDeps,
  country: string,
  query: z.infer<typeof PacketQuerySchema>,
): Promise<ExhibitPacket> {
  const result = await exhibits(deps).getPacket(country, {
    quotesPerCategory: PACKET_QUOTES_PER_CATEGORY,
    quotesPerProfile: PACKET_QUOTES_PER_PROFILE,
    now: new Date(),
    ...(query.year !== undefined ? { year: query.year } : {}),
    ...(query.categories ? { categories: query.categories } : {}),
    ...(query.profiles ? { profiles: query.profiles } : {}),
  });
  if (!result.ok) throw problemForFailure(result);
  return result.value;
}

const packetDescription =
  'A cover (country, generation date, method version, chosen profiles, what the score is and is not), a summary table with a row per category and per chosen profile and the coverage warnings, numbered quotes by category and then by profile each with its pinpoint citation and link, the sources (every edition of each report used: address, retrieval date, SHA-256) and what the latest report no longer says. Streamed. An unknown profile id is refused (400) as on the score.';

export const exhibitRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/brief.pdf',
    operationId: 'getCountryBriefPdf',
    summary: 'Exhibit packet as a PDF (selectable text)',
    description: packetDescription,
    tags: ['exhibits'],
    params: CountryParamSchema,
    query: PacketQuerySchema,
    responses: {
      200: { description: 'The packet', content: { 'application/pdf': Binary } },
      404: notFound,
    },
    handler: async ({ params, query }, _req, res, deps) => {
      const packet = await loadPacket(deps, params.country, query);
      setCacheable(res, deps);
      res
        .type('application/pdf')
        .setHeader('Content-Disposition', `attachment; filename="${packetFileName(packet, 'pdf')}"`);
      await writePacketPdf(buildPacketBlocks(packet), res, `Exhibit: ${packet.score.country.name}`);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/brief.docx',
    operationId: 'getCountryBriefDocx',
    summary: 'Exhibit packet as a Word document',
    description: packetDescription,
    tags: ['exhibits'],
    params: CountryParamSchema,
    query: PacketQuerySchema,
    responses: {
      200: { description: 'The packet', content: { [DOCX_TYPE]: Binary } },
      404: notFound,
    },
    handler: async ({ params, query }, _req, res, deps) => {
      const packet = await loadPacket(deps, params.country, query);
      setCacheable(res, deps);
      res
        .type(DOCX_TYPE)
        .setHeader('Content-Disposition', `attachment; filename="${packetFileName(packet, 'docx')}"`);
      writePacketDocx(buildPacketBlocks(packet), res, `Exhibit: ${packet.score.country.name}`);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/countries/{country}/changes',
    operationId: 'getCountryChanges',
    summary: 'What one edition of a country’s report stopped saying',
    description:
      'Topics in `from` and not in `to`, asserted evidence per category in each edition, the length change, and up to 5 `from` quotes per category that `to` no longer asserts.',
    tags: ['exhibits'],
    params: CountryParamSchema,
    query: ChangesQuerySchema,
    responses: { 200: json(named('CountryChanges', CountryChangesResponseSchema)), 404: notFound },
    handler: ({ params, query }, req, res, deps) =>
      sendRemembered(req, res, deps, async () => {
        const result = await exhibits(deps).getChanges(params.country, query.from, query.to);
        if (!result.ok) throw problemForFailure(result);
        return presentCountryChanges(result.value);
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/changes',
    operationId: 'summariseChanges',
    summary: 'Edition changes across all countries',
    description:
      'Median length change, topics dropped and by how many countries, and a row per country. With `format=csv`, the rows as CSV.',
    tags: ['exhibits'],
    query: ChangesSummaryQuerySchema,
    responses: {
      200: {
        description: 'The summary and a row per country with both editions (format=csv: the rows as CSV)',
        content: {
          'application/json': named('ChangesSummary', ChangesSummaryResponseSchema),
          'text/csv': CsvText,
        },
      },
    },
    handler: async ({ query }, req, res, deps) => {
      if (query.format === 'csv') {
        const summary = await exhibits(deps).getChangesSummary(query.from, query.to);
        setCacheable(res, deps);
        res
          .type('text/csv; charset=utf-8')
          .setHeader(
            'Content-Disposition',
            `attachment; filename="report-changes-${query.from}-${query.to}.csv"`,
          );
        res.send(presentChangesCsv(summary));
        return;
      }
      await sendRemembered(req, res, deps, async () =>
        presentChangesSummary(await exhibits(deps).getChangesSummary(query.from, query.to)),
      );
    },
  }),
];
