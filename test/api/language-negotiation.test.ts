import request from 'supertest';
import type { RequestListener } from 'http';
import { startContractApp, callChecked, parseAsText } from '../support/contract-app';
import type { TestDatabase } from '../support/test-database';
import type { OpenApiValidator } from '../support/openapi-validator';
import { translate } from '../../server/web/shared/i18n/messages';

let fixture: TestDatabase;
let app: RequestListener;
let contract: OpenApiValidator;

beforeAll(async () => ({ fixture, app, contract } = await startContractApp()));
afterAll(() => fixture.close());

/** The page (or any non-API answer) as text, with an optional Accept-Language. */
async function fetchText(url: string, acceptLanguage?: string) {
  let pending = request(app).get(url);
  if (acceptLanguage !== undefined) pending = pending.set('Accept-Language', acceptLanguage);
  const response = await pending.buffer(true).parse(parseAsText);
  return { response, text: String(response.body) };
}

function htmlLang(text: string): string | undefined {
  return /<html lang="([a-z]+)"/.exec(text)?.[1];
}

function varies(response: request.Response): boolean {
  return /(^|,)\s*accept-language\s*(,|$)/i.test(String(response.headers.vary ?? ''));
}

describe('the page’s language', () => {
  test.each([
    ['no Accept-Language', undefined, 'en'],
    ['Spanish of Mexico, then Spanish, then English', 'es-MX,es;q=0.9,en;q=0.5', 'es'],
    ['English at q=0.3 and Spanish at q=0.8: the higher q wins, not the order', 'en;q=0.3, es;q=0.8', 'es'],
    ['Spanish at q=0.2 and English at the default q=1', 'es;q=0.2, en', 'en'],
    ['Spanish refused with q=0', 'es;q=0, fr', 'en'],
    ['only languages we do not offer', 'fr-FR, de;q=0.8', 'en'],
    ['any language', '*', 'en'],
  ])('with %s (%s) is %s', async (_case, header, expected) => {
    const { response, text } = await fetchText('/', header);
    expect(response.status).toBe(200);
    expect(htmlLang(text)).toBe(expected);
    expect(response.headers['content-language']).toBe(expected);
    // The header chose: shared caches must keep one copy per Accept-Language.
    expect(varies(response)).toBe(true);
  });

  test('?lang= beats Accept-Language, and the answer then does not vary by it', async () => {
    const spanish = await fetchText('/country/SV?lang=es', 'en-US,en;q=0.9');
    expect(htmlLang(spanish.text)).toBe('es');
    expect(varies(spanish.response)).toBe(false);
    const english = await fetchText('/country/SV?lang=en', 'es');
    expect(htmlLang(english.text)).toBe('en');
    expect(varies(english.response)).toBe(false);
  });

  test('a lang we do not offer is ignored: the header decides', async () => {
    const { response, text } = await fetchText('/?lang=fr', 'es');
    expect(htmlLang(text)).toBe('es');
    expect(varies(response)).toBe(true);
  });

  test('the Spanish page carries the Spanish catalogue, its words and a switcher back to English', async () => {
    const { text } = await fetchText('/country/SV?lang=es&profiles=journalist');
    expect(text).toContain(`<h1 id="page-title">${translate('es', 'intro.title')}</h1>`);
    expect(text).toContain('<title>El Salvador — Riesgo en el país de destino de una deportación</title>');
    const messages = /<script type="application\/json" id="messages">([^<]*)<\/script>/.exec(text)?.[1];
    expect(JSON.parse(messages ?? '{}')['band.high']).toBe('Riesgo alto');
    expect(text).toMatch(
      /<a\s+id="language-switch"\s+href="\/country\/SV\?lang=en&#38;profiles=journalist"\s+hreflang="en"\s+lang="en"/,
    );
    expect(text).not.toContain('{{');
  });

  test('the two languages have different validators, so a 304 for one is never sent for the other', async () => {
    // One Host throughout: the page's canonical link names it.
    const get = (language: string, etag?: string) => {
      const pending = request(app)
        .get('/country/SV')
        .set('Host', 'example.org')
        .set('Accept-Language', language);
      return etag ? pending.set('If-None-Match', etag) : pending;
    };
    const etag = String((await get('en')).headers.etag);
    expect(etag).toMatch(/^"/);
    expect((await get('en', etag)).status).toBe(304);
    const spanish = await get('es', etag);
    expect(spanish.status).toBe(200);
    expect(spanish.headers.etag).not.toBe(etag);
  });
});

describe('answers that do not depend on the language', () => {
  test('API JSON neither varies by Accept-Language nor changes with it', async () => {
    const english = await callChecked(app, contract, 'get', '/v1/countries/SV/score', undefined, {
      'Accept-Language': 'en',
    });
    const spanish = await callChecked(app, contract, 'get', '/v1/countries/SV/score', undefined, {
      'Accept-Language': 'es',
    });
    expect(spanish.body).toEqual(english.body);
    expect(varies(spanish)).toBe(false);
    expect(spanish.headers['content-language']).toBeUndefined();
  });
});

describe('badges, the map, oEmbed and the widget in Spanish', () => {
  test('badge.svg?lang=es is in Spanish; by header it varies; an unknown lang is refused', async () => {
    const byQuery = await fetchText('/v1/countries/SV/badge.svg?lang=es', 'en');
    expect(byQuery.response.status).toBe(200);
    expect(byQuery.text).toContain('riesgo de deportación: El Salvador');
    expect(byQuery.text).toMatch(/\d+\/100 (bajo|moderado|considerable|alto|grave)</);
    expect(varies(byQuery.response)).toBe(false);
    const byHeader = await fetchText('/v1/countries/SV/badge.svg', 'es-419');
    expect(byHeader.text).toContain('riesgo de deportación');
    expect(varies(byHeader.response)).toBe(true);
    const english = await fetchText('/v1/countries/SV/badge.svg');
    expect(english.text).toContain('deportation risk: El Salvador');
    const refused = await callChecked(app, contract, 'get', '/v1/countries/SV/badge.svg?lang=fr');
    expect(refused.status).toBe(400);
  });

  test('a missing country’s grey badge says so in Spanish', async () => {
    const { response, text } = await fetchText('/v1/countries/Atlantis/badge.svg?lang=es');
    expect(response.status).toBe(404);
    expect(text).toContain('país desconocido');
  });

  test('badge.json and oEmbed follow ?lang=es; the oEmbed iframe opens the Spanish widget', async () => {
    const badge = await callChecked(app, contract, 'get', '/v1/countries/SV/badge.json?lang=es');
    expect(badge.body.label).toBe('riesgo de deportación: El Salvador');
    const url = `/oembed?url=${encodeURIComponent('http://127.0.0.1/country/SV')}&lang=es`;
    const oembed = await callChecked(app, contract, 'get', url, undefined, { Host: '127.0.0.1' });
    expect(oembed.status).toBe(200);
    expect(oembed.body.title).toMatch(/^Riesgo de deportación para El Salvador: \d+\/100, riesgo /);
    expect(oembed.body.html).toContain('/embed/SV?lang=es"');
  });

  test('map.svg?lang=es names countries, bands and the legend in Spanish, links keep the language', async () => {
    const { text } = await fetchText('/v1/map.svg?lang=es');
    expect(text).toContain('>Sin informe</text>');
    expect(text).toContain('aria-label="Mapa mundial del riesgo de deportación por nivel"');
    expect(text).toMatch(/href="\/country\/SS\?lang=es" aria-label="Sudán del Sur: \d+ de 100, Riesgo /);
  });

  test('/embed/SV?lang=es is Spanish with the quote in English, marked lang="en"', async () => {
    const { response, text } = await fetchText('/embed/SV?lang=es');
    expect(response.status).toBe(200);
    expect(htmlLang(text)).toBe('es');
    expect(text).toContain(translate('es', 'widget.kicker'));
    expect(text).toMatch(/<blockquote cite="[^"]+" lang="en"><p>“/);
    expect(text).toContain('/country/SV?lang=es');
    const missing = await fetchText('/embed/Atlantis?lang=es');
    expect(missing.response.status).toBe(404);
    expect(missing.text).toContain('no es un país que conozcamos');
  });

  test('/embed/compare?lang=es ranks in Spanish: names, bands, heading and links; by header it varies', async () => {
    const { response, text } = await fetchText('/embed/compare?countries=SV,SS&lang=es', 'en');
    expect(response.status).toBe(200);
    expect(htmlLang(text)).toBe('es');
    expect(varies(response)).toBe(false);
    expect(text).toContain('<h1>2 destinos comparados</h1>');
    expect(text).toContain('Sudán del Sur');
    expect(text).toMatch(/<span class="c">Riesgo (bajo|moderado|considerable|alto|grave)<\/span>/);
    expect(text).toContain('/country/SS?lang=es');
    expect(text).toContain('aria-label="Mapa mundial en el que se señalan ');
    const byHeader = await fetchText('/embed/compare?countries=SV,SS', 'es-AR,es;q=0.9');
    expect(htmlLang(byHeader.text)).toBe('es');
    expect(varies(byHeader.response)).toBe(true);
  });

  test('a comparison that cannot be drawn says why in Spanish; its problem document stays the API’s English', async () => {
    const page = await fetchText('/embed/compare?countries=SV,Atlantis&lang=es');
    expect(page.response.status).toBe(400);
    expect(page.text).toContain('No se puede trazar esta comparación');
    expect(page.text).toContain('no es un país que conozcamos');
    const problem = await request(app)
      .get('/embed/compare?countries=SV,Atlantis&lang=es')
      .set('Accept', 'application/problem+json');
    expect(problem.status).toBe(400);
    expect(problem.body.detail).toContain('is not a country we know');
  });

  test('the share card speaks Spanish by ?lang=es or by header, and the Spanish page shares it', async () => {
    const card = await fetchText('/v1/countries/SS/card.svg?lang=es', 'en');
    expect(card.response.status).toBe(200);
    expect(card.text).toContain('xml:lang="es"');
    expect(card.text).toContain('No es una determinación jurídica');
    expect(card.text).toContain('Sudán del Sur');
    expect(varies(card.response)).toBe(false);
    const byHeader = await fetchText('/v1/countries/SS/card.svg', 'es');
    expect(byHeader.text).toContain('xml:lang="es"');
    expect(varies(byHeader.response)).toBe(true);
    const english = await fetchText('/v1/countries/SS/card.svg');
    expect(english.text).toContain('Not a legal finding');
    const page = await fetchText('/country/SS?lang=es');
    expect(page.text).toMatch(
      /<meta property="og:image" content="[^"]+\/v1\/countries\/SS\/card\.png\?lang=es">/,
    );
    expect(page.text).toMatch(
      /<meta property="og:title" content="Sudán del Sur: riesgo en el país de destino/,
    );
  });

  test('widget.js carries the iframe titles of every language, from the catalogues', async () => {
    const { text } = await fetchText('/widget.js');
    expect(text).toContain(JSON.stringify(translate('es', 'widget.frameTitle')));
    expect(text).toContain(JSON.stringify(translate('en', 'widget.frameTitle')));
    expect(text).toContain(JSON.stringify(translate('es', 'compareEmbed.hostTitle')));
    expect(text).not.toContain('frame titles */');
  });
});
