import request from 'supertest';
import type { RequestListener } from 'http';
import { Parser } from 'htmlparser2';
import { startContractApp, parseAsText } from '../support/contract-app';
import type { TestDatabase } from '../support/test-database';
import type { OpenApiValidator } from '../support/openapi-validator';
import { BAND_FILLS, NO_REPORT_FILL } from '../../server/presenters/world-map-presenter';

let fixture: TestDatabase;
let app: RequestListener;
let contract: OpenApiValidator;

beforeAll(async () => ({ fixture, app, contract } = await startContractApp()));
afterAll(() => fixture.close());

async function get(url: string) {
  const response = await request(app).get(url).buffer(true).parse(parseAsText);
  contract.assertResponse('get', url, response);
  return response;
}

interface Element {
  name: string;
  attributes: Record<string, string>;
}

/** Parses the SVG as XML, failing on a tag closed out of order or left open; returns every element. */
function parseWellFormedSvg(text: string): Element[] {
  const elements: Element[] = [];
  const open: string[] = [];
  const errors: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        elements.push({ name, attributes });
        open.push(name);
      },
      onclosetag: (name) => {
        if (open.pop() !== name) errors.push(`</${name}> closes another element`);
      },
      onerror: (error) => errors.push(error.message),
    },
    { xmlMode: true, recognizeSelfClosing: true },
  );
  parser.write(text);
  parser.end();
  expect(errors).toEqual([]);
  expect(open).toEqual([]);
  return elements;
}

describe('GET /v1/map.svg', () => {
  test('is a well-formed SVG where each country with a report is a link filled with its band colour', async () => {
    const response = await get('/v1/map.svg');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const elements = parseWellFormedSvg(response.body as string);
    expect(elements[0]?.name).toBe('svg');

    const countries = (await request(app).get('/v1/countries')).body.countries as Array<{
      code: string;
      band: keyof typeof BAND_FILLS;
    }>;
    const links = elements.filter((e) => e.name === 'a');
    const linked = new Map(links.map((a) => [a.attributes['data-code'], a]));
    // Every country with a report has a shape (the fixture's are all in the 1:110m atlas).
    for (const country of countries) {
      const link = linked.get(country.code);
      expect(link?.attributes.href).toBe(`/country/${country.code}`);
      expect(link?.attributes['aria-label']).toMatch(/out of 100/);
    }
    expect(links).toHaveLength(countries.length);
    const fills = elements.filter((e) => e.name === 'path').map((e) => e.attributes.fill);
    for (const country of countries) {
      const index = elements.findIndex((e) => e.attributes['data-code'] === country.code);
      expect(elements[index + 1]?.attributes.fill).toBe(BAND_FILLS[country.band]);
    }
    // The rest of the world is there too, as "no report".
    expect(fills.filter((fill) => fill === NO_REPORT_FILL).length).toBeGreaterThan(100);
  });

  test('outlines the countries asked for, by code or name', async () => {
    const response = await get('/v1/map.svg?countries=SV,Rwanda');
    const elements = parseWellFormedSvg(response.body as string);
    const outlined = elements
      .map((e, i) => ({ e, parent: elements[i - 1] }))
      .filter(({ e }) => e.attributes.class === 'highlight')
      .map(({ parent }) => parent?.attributes['data-code']);
    expect(outlined.sort()).toEqual(['RW', 'SV']);
  });

  test('an unknown country in countries= is a 400 naming it', async () => {
    const response = await request(app).get('/v1/map.svg?countries=SV,Atlantis');
    contract.assertResponse('get', '/v1/map.svg?countries=SV,Atlantis', response);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('Atlantis');
  });
});
