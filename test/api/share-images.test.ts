import type { RequestListener } from 'http';
import { Parser } from 'htmlparser2';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import request from 'supertest';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../scoring/categories';
import { PngRenderer } from '../../server/png-renderer';
import { formatYearRanges } from '../../server/presenters/card-presenter';
import { MAP_IMAGE_HEIGHT, MAP_IMAGE_WIDTH } from '../../server/presenters/world-map-presenter';
import { BAND_COLOURS } from '../../server/web/web-routes';
import { callChecked, startContractApp, type CallArgs, parseAsBytes } from '../support/contract-app';
import type { OpenApiValidator } from '../support/openapi-validator';
import type { TestDatabase } from '../support/test-database';

let fixture: TestDatabase;
let app: RequestListener;
let contract: OpenApiValidator;

beforeAll(async () => ({ fixture, app, contract } = await startContractApp()));
afterAll(() => fixture.close());

/** A contract-checked request whose body is kept as bytes, whatever the type. */
async function getBytes(url: string, headers: Record<string, string> = {}) {
  let pending = request(app).get(url).buffer(true).parse(parseAsBytes);
  for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
  const response = await pending;
  contract.assertResponse('get', url, response);
  return { response, bytes: response.body as Buffer };
}

const call = (...args: CallArgs) => callChecked(app, contract, ...args);

function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

type Attributes = Record<string, string>;
type XmlNode = Record<string, unknown> & { ':@'?: Attributes; '#text'?: string };

/** Every element of a well-formed SVG in document order, with its attributes and own text. */
function parseSvg(text: string): Array<{ name: string; attributes: Attributes; text: string }> {
  expect(XMLValidator.validate(text)).toBe(true);
  const tree = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Keep "59" a string, as the SVG writes it.
    parseTagValue: false,
    parseAttributeValue: false,
  }).parse(text) as XmlNode[];
  const elements: Array<{ name: string; attributes: Attributes; text: string }> = [];
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@');
      if (!name || name === '#text') continue;
      const children = node[name] as XmlNode[];
      const text = children
        .map((child) => child['#text'])
        .filter((part) => part !== undefined)
        .join('');
      elements.push({ name, attributes: node[':@'] ?? {}, text });
      walk(children);
    }
  };
  walk(tree);
  return elements;
}

/** The `<meta>` tags of a page's head, by their property or name. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  const parser = new Parser({
    onopentag: (name, attributes) => {
      const key = attributes.property ?? attributes.name;
      if (name === 'meta' && key && attributes.content !== undefined) tags.set(key, attributes.content);
    },
  });
  parser.write(html);
  parser.end();
  return tags;
}

describe('GET /v1/countries/{country}/card.svg', () => {
  test('is a well-formed 1200×630 SVG with the name, the rounded score, the band colour and the three highest categories', async () => {
    const score = (await call('get', '/v1/countries/SV/score?evidence=0')).body as {
      score: number;
      band: keyof typeof BAND_COLOURS;
      categories: Record<CategoryId, { score: number; year: number }>;
    };
    const { response, bytes } = await getBytes('/v1/countries/SV/card.svg');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const elements = parseSvg(bytes.toString('utf8'));
    const svg = elements[0];
    expect(svg).toMatchObject({ name: 'svg', attributes: { width: '1200', height: '630' } });
    const texts = elements.map((e) => e.text);
    expect(texts).toContain('El Salvador');
    expect(texts).toContain(String(Math.round(score.score)));
    expect(elements.some((e) => e.attributes.fill === BAND_COLOURS[score.band])).toBe(true);

    const top = CATEGORY_IDS.map((id) => ({ id, score: Math.round(score.categories[id].score) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    expect(top).toHaveLength(3);
    // Each row is its label followed (after the bar) by its score; no fourth category is shown.
    const labelIndexes = top.map(({ id }) => texts.indexOf(CATEGORY_LABELS[id]));
    expect(labelIndexes.every((index) => index > 0)).toBe(true);
    expect([...labelIndexes].sort((a, b) => a - b)).toEqual(labelIndexes);
    top.forEach(({ score: value }, i) => {
      const rowTexts = texts.slice(labelIndexes[i], labelIndexes[i + 1] ?? texts.length);
      expect(rowTexts).toContain(String(value));
    });
    const otherLabels = CATEGORY_IDS.filter((id) => !top.some((c) => c.id === id)).map(
      (id) => CATEGORY_LABELS[id],
    );
    expect(texts.filter((text) => otherLabels.includes(text))).toEqual([]);

    const years = [...new Set(CATEGORY_IDS.map((id) => score.categories[id].year))].sort();
    expect(
      texts.find((text) => text.includes('U.S. State Department Country Reports on Human Rights Practices')),
    ).toContain(formatYearRanges(years));
  });

  test('is cacheable like the other GETs and tagged with the country for purging', async () => {
    const { response } = await getBytes('/v1/countries/slv/card.svg');
    expect(response.headers['cache-control']).toMatch(/s-maxage=\d+/);
    expect(response.headers.etag).toMatch(/^"/);
    expect(response.headers['surrogate-key']).toMatch(/\bcountry-SV\b/);
    const again = await request(app)
      .get('/v1/countries/slv/card.svg')
      .set('If-None-Match', String(response.headers.etag));
    expect(again.status).toBe(304);
  });

  test('takes lang=en or lang=es and refuses another language with a 400 naming lang', async () => {
    expect((await getBytes('/v1/countries/SV/card.svg?lang=es')).response.status).toBe(200);
    const refused = await call('get', '/v1/countries/SV/card.svg?lang=fr');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain('lang');
  });

  test('an unknown country or one without a report is the same 404 problem the score route gives', async () => {
    for (const name of ['Atlantis', 'Burma']) {
      const score = await call('get', `/v1/countries/${name}/score`);
      for (const image of ['card.svg', 'card.png']) {
        const card = await call('get', `/v1/countries/${name}/${image}`);
        expect(card.status).toBe(404);
        expect(card.headers['content-type']).toMatch(/^application\/problem\+json/);
        const { instance: _a, requestId: _b, ...cardProblem } = card.body as Record<string, unknown>;
        const { instance: _c, requestId: _d, ...scoreProblem } = score.body as Record<string, unknown>;
        expect(cardProblem).toEqual(scoreProblem);
      }
    }
  });
});

describe('GET /v1/countries/{country}/card.png', () => {
  test('decodes as a 1200×630 PNG, cacheable and tagged with the country', async () => {
    const { response, bytes } = await getBytes('/v1/countries/RW/card.png');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(response.headers['cache-control']).toMatch(/s-maxage=\d+/);
    expect(response.headers['surrogate-key']).toMatch(/\bcountry-RW\b/);
    // The band's colour fills the card's left edge.
    const colour = BAND_COLOURS[(await call('get', '/v1/countries/RW/score?evidence=0')).body.band as 'high'];
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    const at = (4 * (png.width * 300 + 5)) as number;
    expect([png.data[at], png.data[at + 1], png.data[at + 2]]).toEqual([r, g, b]);
  });

  test('the same request answers the same bytes, with an ETag a revalidation matches', async () => {
    const first = await getBytes('/v1/countries/RW/card.png');
    const second = await getBytes('/v1/countries/RW/card.png');
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(second.response.headers.etag).toBe(first.response.headers.etag);
    const revalidated = await request(app)
      .get('/v1/countries/RW/card.png')
      .set('If-None-Match', String(first.response.headers.etag));
    expect(revalidated.status).toBe(304);
  });
});

describe('PngRenderer', () => {
  const square = (fill: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${fill}"/></svg>`;

  test('renders an SVG once and answers later requests for the same name and SVG from memory', async () => {
    const renderer = new PngRenderer();
    const [a, b] = await Promise.all([
      renderer.render('card|SV|en', square('#c0262d')),
      renderer.render('card|SV|en', square('#c0262d')),
    ]);
    const c = await renderer.render('card|SV|en', square('#c0262d'));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(renderer.size).toBe(1);
    expect(decodePng(a)).toMatchObject({ width: 40, height: 20 });
  });

  test('new figures in the SVG are a new image, and the oldest image goes once the bound is reached', async () => {
    const renderer = new PngRenderer({ maxEntries: 2 });
    const red = await renderer.render('card|SV|en', square('#c0262d'));
    const green = await renderer.render('card|SV|en', square('#1a7f37'));
    expect(green).not.toBe(red);
    expect(decodePng(green).data.subarray(0, 3)).toEqual(Buffer.from([0x1a, 0x7f, 0x37]));
    await renderer.render('card|RW|en', square('#7a5c00'));
    expect(renderer.size).toBe(2);
    // The red one was the least recently used: asking again renders it anew.
    expect(await renderer.render('card|SV|en', square('#c0262d'))).not.toBe(red);
  });

  test('zoom scales the image', async () => {
    const png = decodePng(await new PngRenderer().render('map', square('#fff'), 2));
    expect([png.width, png.height]).toEqual([80, 40]);
  });
});

describe('GET /v1/map.png', () => {
  test('decodes as the map SVG drawn at twice its size', async () => {
    const { response, bytes } = await getBytes('/v1/map.png');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([MAP_IMAGE_WIDTH * 2, MAP_IMAGE_HEIGHT * 2]);
    expect(response.headers['cache-control']).toMatch(/s-maxage=\d+/);
  });

  test('countries= outlines those countries: the PNG differs exactly where the outlines are drawn', async () => {
    const plain = decodePng((await getBytes('/v1/map.png')).bytes);
    const outlined = decodePng((await getBytes('/v1/map.png?countries=SV,RW')).bytes);
    const svg = (await getBytes('/v1/map.svg?countries=SV,RW')).bytes.toString('utf8');
    const highlighted = parseSvg(svg).filter((e) => e.attributes.class === 'highlight');
    expect(highlighted).toHaveLength(2);
    const isBlack = (png: PNG, i: number) =>
      png.data[i] === 0 && png.data[i + 1] === 0 && png.data[i + 2] === 0;
    let changed = 0;
    let blackBefore = 0;
    let blackAfter = 0;
    for (let i = 0; i < plain.data.length; i += 4) {
      if (plain.data.readUInt32BE(i) !== outlined.data.readUInt32BE(i)) changed += 1;
      if (isBlack(plain, i)) blackBefore += 1;
      if (isBlack(outlined, i)) blackAfter += 1;
    }
    // The heavy black outline is the only black on the map.
    expect(blackBefore).toBe(0);
    expect(blackAfter).toBeGreaterThan(100);
    expect(changed).toBeGreaterThanOrEqual(blackAfter);
  });

  test('an unknown country in countries= is a 400 naming it', async () => {
    const response = await call('get', '/v1/map.png?countries=RW,Atlantis');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('Atlantis');
  });
});

describe('share tags on the page', () => {
  test('a country page names its card as og:image and twitter:image, absolute on the caller’s host', async () => {
    const response = await request(app)
      .get('/country/SV')
      .set('X-Forwarded-Proto', 'https')
      .set('X-Forwarded-Host', 'risk.example');
    expect(response.status).toBe(200);
    const tags = metaTags(response.text);
    const score = (await call('get', '/v1/countries/SV/score?evidence=0')).body as { score: number };
    expect(tags.get('og:title')).toContain('El Salvador');
    expect(tags.get('og:description')).toContain(`${Math.round(score.score)}/100`);
    expect(tags.get('og:url')).toBe('https://risk.example/country/SV');
    expect(tags.get('og:image')).toBe('https://risk.example/v1/countries/SV/card.png');
    expect(tags.get('og:image:width')).toBe('1200');
    expect(tags.get('og:image:height')).toBe('630');
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect(tags.get('twitter:image')).toBe(tags.get('og:image'));
    // The image named is one the API serves.
    const image = await getBytes(new URL(tags.get('og:image') ?? '').pathname);
    expect(decodePng(image.bytes)).toMatchObject({ width: 1200, height: 630 });
  });

  test('the home page has the site’s tags with the world map as picture, and no country card', async () => {
    const tags = metaTags((await request(app).get('/')).text);
    expect(tags.get('og:title')).toBe('Deportation destination risk');
    expect(tags.get('og:image')).toMatch(/^http:\/\/[^/]+\/v1\/map\.png$/);
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect([...tags.values()].some((value) => value.includes('card.png'))).toBe(false);
  });

  test('a country without a report has its title and description but no picture', async () => {
    const tags = metaTags((await request(app).get('/country/Burma')).text);
    expect(tags.get('og:title')).toContain('Burma');
    expect(tags.has('og:image')).toBe(false);
    expect(tags.get('twitter:card')).toBe('summary');
  });
});

describe('formatYearRanges', () => {
  test('joins consecutive report years into ranges', () => {
    expect(formatYearRanges([2016, 2022, 2023, 2024])).toBe('2016, 2022–2024');
    expect(formatYearRanges([2023])).toBe('2023');
  });
});
