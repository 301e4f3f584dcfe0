import { existsSync, readFileSync } from 'fs';
import path from 'path';
import express, { type Express, type Request, type Response } from 'express';
import type { BatchFailure, CountryService } from '../country-service';
import { getCardWords } from '../presenters/card-words';
import { presentScore } from '../presenters/score-presenter';
import type { Band } from '../../scoring/score-model';
import { PROFILE_IDS, type ProfileId } from '../../scoring/profile-model';
import { escapeHtml } from './html-escape';
import { answerInLanguage } from './language-choice';
import { countryShareTags, renderShareTags, siteShareTags } from './share-tags';
import {
  CATALOGUES,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  countryNameIn,
  translate,
  translatorFor,
  type Language,
  type MessageKey,
} from './shared/i18n/messages';
import { VOCABULARY_MODULE } from './vocabulary-module';
import { mountCompareEmbed } from './compare-embed-route';

export interface WebOptions {
  service: CountryService;
  cacheMaxAge: number;
  /** The Cache-Control of every page, asset and widget answer. */
  cacheControl: string;
  publicDir: string;
}

/** Band colours: each passes 4.5:1 against white text, and the band is always written out too. */
export const BAND_COLOURS: Record<Band, string> = {
  low: '#1a7f37',
  moderate: '#7a5c00',
  elevated: '#b04a00',
  high: '#c0262d',
  severe: '#6e1423',
};

/**
 * The widget's own policy: it is meant to be framed by any site, so frame-ancestors is open; it
 * loads nothing but its own stylesheet and script and cannot submit forms or reach other origins.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const STRONGEST_QUOTE_MAX = 320;

export { escapeHtml };

/** The public origin as the caller sees it (honours X-Forwarded-* from the loopback proxy only). */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.host || 'localhost'}`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:]+$/, '')}…`;
}

/** Country input from a page URL of this service: /country/SV, /?country=SV or /embed/SV. */
export function countryFromPageUrl(raw: string, expectedHost: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.host.toLowerCase() !== expectedHost.toLowerCase()) return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const match = /^\/(?:country|embed)\/([^/]+)\/?$/.exec(url.pathname);
  if (match?.[1]) {
    try {
      return decodeURIComponent(match[1]);
    } catch {
      return undefined;
    }
  }
  if (url.pathname === '/' && url.searchParams.get('country'))
    return url.searchParams.get('country') ?? undefined;
  return undefined;
}

/** Approximate width of Verdana 11px text, as shields.io badges use; `textLength` makes it exact. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[ilj.,:;'|!]/.test(char)) width += 3.5;
    else if (/[mwMW]/.test(char)) width += 10;
    else if (/[A-Z0-9]/.test(char)) width += 7.5;
    else if (char === ' ') width += 3.9;
    else width += 6.6;
  }
  return Math.ceil(width);
}

/** A flat badge in the shields.io style, readable by screen readers (role img, title). */
export function renderBadgeSvg(
  label: string,
  message: string,
  colour: string,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const labelWidth = textWidth(label) + 10;
  const messageWidth = textWidth(message) + 10;
  const width = labelWidth + messageWidth;
  const text = `${label}: ${message}`;
  const l = escapeHtml(label);
  const m = escapeHtml(message);
  return `<svg xmlns="http://www.w3.org/2000/svg" lang="${language}" width="${width}" height="20" role="img" aria-label="${escapeHtml(text)}" viewBox="0 0 ${width} 20"><title>${escapeHtml(text)}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${colour}"/><rect width="${width}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="${labelWidth / 2}" y="15" fill="#010101" fill-opacity=".3" textLength="${labelWidth - 10}">${l}</text><text x="${labelWidth / 2}" y="14" textLength="${labelWidth - 10}">${l}</text><text x="${labelWidth + messageWidth / 2}" y="15" fill="#010101" fill-opacity=".3" textLength="${messageWidth - 10}">${m}</text><text x="${labelWidth + messageWidth / 2}" y="14" textLength="${messageWidth - 10}">${m}</text></g></svg>`;
}

/**
 * A message as HTML: its text escaped, and the placeholders named in `markup` filled with that HTML
 * (links, code, marked-up spans), so translators move the markup with the words around it.
 */
export function messageHtml(
  language: Language,
  key: MessageKey,
  values: Readonly<Record<string, string | number>>,
  markup: Readonly<Record<string, string>>,
): string {
  const tokens = Object.fromEntries(Object.keys(markup).map((name) => [name, `\uE000${name}\uE000`]));
  return escapeHtml(translate(language, key, { ...values, ...tokens })).replace(
    /\uE000([a-zA-Z]+)\uE000/g,
    (_token, name: string) => markup[name] ?? '',
  );
}

/**
 * The page template filled in a language: `{{key}}` is the catalogue's message (escaped), `{{lang}}`
 * the language, other `{{name}}`s the given values (escaped here), and `<!--messages-->` the
 * whole catalogue for the page script. Messages that carry markup get it here, after escaping.
 */
export function renderPageTemplate(
  template: string,
  language: Language,
  values: Readonly<Record<string, string>>,
): string {
  const markup: Record<string, string> = {
    noscript: '<code>&lt;noscript&gt;</code>',
    methodLink: `<a href="/methodology" hreflang="en">${escapeHtml(translate(language, 'footer.methodLink'))}</a>`,
  };
  const catalogue = JSON.stringify(CATALOGUES[language]).replace(/</g, '\\u003c');
  return template
    .replace(/\{\{([a-zA-Z_.]+)\}\}/g, (whole, key: string) => {
      if (key === 'lang') return language;
      if (values[key] !== undefined) return escapeHtml(values[key]);
      if (!(key in CATALOGUES[language])) throw new Error(`index.html names an unknown message: ${whole}`);
      return messageHtml(language, key as MessageKey, {}, markup);
    })
    .replace('<!--messages-->', `<script type="application/json" id="messages">${catalogue}</script>`);
}

/** widget.js with the iframes' first titles in every language, from the catalogues (the default first). */
export function fillWidgetScript(source: string): string {
  const titles = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      {
        score: translate(language, 'widget.frameTitle'),
        compare: translate(language, 'compareEmbed.hostTitle'),
      },
    ]),
  );
  const marker = /\(\{\s*\/\* frame titles \*\/\s*\}\)/;
  if (!marker.test(source)) throw new Error('widget.js has lost its frame-title marker');
  return source.replace(marker, `(${JSON.stringify(titles)})`);
}

/** The same address with `lang` set: the language switcher's link. */
export function addressInLanguage(originalUrl: string, language: string): string {
  const url = new URL(originalUrl, 'http://localhost');
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}`;
}

/** The snippet publishers paste: the custom element, its script, and a badge for readers without JavaScript. */
export function embedSnippet(
  origin: string,
  code: string,
  name: string,
  score?: number,
  band?: Band,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = translatorFor(language);
  const country = countryNameIn(language, code, name);
  const alt =
    score !== undefined && band
      ? t('score.summary', { country, score, band: t(`band.${band}`).toLowerCase() })
      : t('score.summaryUnknown', { country });
  const query = language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`;
  return [
    `<hr-risk-score country="${escapeHtml(code)}"${language === DEFAULT_LANGUAGE ? '' : ` lang="${language}"`}></hr-risk-score>`,
    `<script async src="${origin}/widget.js"></script>`,
    `<noscript><a href="${origin}/country/${escapeHtml(code)}${query}"><img src="${origin}/v1/countries/${escapeHtml(code)}/badge.svg${query}" alt="${escapeHtml(alt)}"></a></noscript>`,
  ].join('\n');
}

export function iframeSnippet(
  origin: string,
  code: string,
  name: string,
  width: number,
  height: number,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const title = translate(language, 'widget.frameTitle', { country: countryNameIn(language, code, name) });
  const query = language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`;
  return `<iframe src="${origin}/embed/${escapeHtml(code)}${query}" title="${escapeHtml(title)}" width="${width}" height="${height}" frameborder="0" loading="lazy"></iframe>`;
}

interface EmbedModel {
  origin: string;
  language: Language;
  code: string;
  name: string;
  year: number;
  score: number;
  band: Band;
  /** Set when the widget shows a risk profile's score rather than the country's. */
  profile?: { id: ProfileId; label: string };
  quote?: { text: string; year: number; heading: string; sourceUrl: string };
  note?: string;
}

/** `?profile=` of the widget: a known profile id, none, or an id we do not know (answered with the list). */
function embedProfile(raw: unknown): { ok: true; id?: ProfileId } | { ok: false } {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: true };
  const id = PROFILE_IDS.find((known) => known === raw.trim());
  return id ? { ok: true, id } : { ok: false };
}

/** `lang="en"` on text that stays in English (report quotes and headings) inside a page in another language. */
function englishIn(language: Language): string {
  return language === 'en' ? '' : ' lang="en"';
}

function renderEmbed(model: EmbedModel): string {
  const { language } = model;
  const t = translatorFor(language);
  const query = new URLSearchParams();
  if (model.profile) query.set('profiles', model.profile.id);
  if (language !== DEFAULT_LANGUAGE) query.set('lang', language);
  const search = query.toString() ? `?${query.toString().replace(/%2C/g, ',')}` : '';
  const pageUrl = `${model.origin}/country/${encodeURIComponent(model.code)}${search}`;
  const country = countryNameIn(language, model.code, model.name);
  const band = t(`band.${model.band}`);
  const newTab = `<span class="v">${escapeHtml(t('widget.newTab'))}</span>`;
  const en = englishIn(language);
  const quote = model.quote
    ? `<figure><blockquote cite="${escapeHtml(model.quote.sourceUrl)}"${en}><p>“${escapeHtml(model.quote.text)}”</p></blockquote><figcaption>${messageHtml(language, 'widget.quoteCaption', { year: model.quote.year }, { section: `<span${en}>${escapeHtml(model.quote.heading)}</span>` })}<a href="${escapeHtml(model.quote.sourceUrl)}" target="_blank" rel="noopener">${escapeHtml(t('widget.readOnStateGov'))}${newTab}</a></figcaption></figure>`
    : `<p>${escapeHtml(t('widget.noQuote'))}</p>`;
  const dataTitle = model.profile
    ? t('widget.dataTitleProfile', {
        country,
        profile: model.profile.label,
        score: model.score,
        band: band.toLowerCase(),
      })
    : t('widget.dataTitle', { country, score: model.score, band: band.toLowerCase() });
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(t('widget.pageTitle', { country }))}</title>
<link rel="stylesheet" href="/assets/embed.css"><script src="/assets/embed.js" defer></script></head>
<body><main class="w b-${model.band}" data-title="${escapeHtml(dataTitle)}">
<p class="k">${escapeHtml(t('widget.kicker'))}</p>
<h1>${escapeHtml(country)}</h1>${model.profile ? `\n<p class="x">${messageHtml(language, 'widget.profile', {}, { profile: `<strong>${escapeHtml(model.profile.label)}</strong>` })}</p>` : ''}
<p class="s"><span class="n">${model.score}</span><span class="o">/100</span> <span class="c">${escapeHtml(band)}</span></p>
${model.note ? `<p class="x"${en}>${escapeHtml(model.note)}</p>` : ''}${quote}
<p class="f"><a href="${escapeHtml(pageUrl)}" target="_blank" rel="noopener">${escapeHtml(t('widget.more'))}${newTab}</a><br>${escapeHtml(t('widget.source', { year: model.year }))}</p>
</main></body></html>
`;
}

function renderEmbedMissing(origin: string, language: Language, message: string): string {
  const t = translatorFor(language);
  const home = language === DEFAULT_LANGUAGE ? '/' : `/?lang=${language}`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(t('widget.notFoundTitle'))}</title>
<link rel="stylesheet" href="/assets/embed.css"><script src="/assets/embed.js" defer></script></head>
<body><main class="w" data-title="${escapeHtml(t('widget.notFoundData'))}">
<p class="k">${escapeHtml(t('widget.kicker'))}</p>
<h1>${escapeHtml(t('widget.notFound'))}</h1><p>${escapeHtml(message)}</p>
<p class="f"><a href="${escapeHtml(origin)}${home}" target="_blank" rel="noopener">${escapeHtml(t('widget.searchAll'))}<span class="v">${escapeHtml(t('widget.newTab'))}</span></a></p>
</main></body></html>
`;
}

/**
 * What a failed lookup says to a reader, in their language: the catalogue's words for an unknown
 * country or a missing report, with the closest names when there are any.
 */
export function failureMessage(language: Language, failure: BatchFailure): string {
  const t = translatorFor(language);
  switch (failure.code) {
    case 'unknown_country': {
      const names = failure.suggestions.map((s) => countryNameIn(language, s.code, s.name));
      const text = t('problem.unknownCountry', { input: failure.input });
      return names.length ? `${text} ${t('widget.didYouMean', { suggestions: names.join(', ') })}` : text;
    }
    case 'no_report':
      return t('problem.noReport', {
        input: countryNameIn(language, failure.country.code, failure.country.name),
      });
    case 'blank':
      return t('problem.unknownCountry', { input: '' });
  }
}

/** The advocates' page, the embeddable widget and the methodology document (badges and oEmbed are API routes). */
export function mountWeb(app: Express, options: WebOptions): void {
  const { service } = options;
  // Compiled code runs from dist/server/web, where the static files are not copied: use the sources'.
  const publicDir = existsSync(options.publicDir)
    ? options.publicDir
    : path.resolve(__dirname, '..', '..', '..', 'server', 'web', 'public');
  const { cacheControl } = options;
  const cacheable = (res: Response) => res.setHeader('Cache-Control', cacheControl);

  // Generated, not a file: the page's category labels and band words are the server's own.
  app.get('/assets/vocabulary.js', (_req, res) => {
    cacheable(res);
    res.type('text/javascript; charset=utf-8').send(VOCABULARY_MODULE);
  });
  app.use(
    '/assets',
    express.static(path.join(publicDir, 'assets'), {
      index: false,
      cacheControl: false,
      // Validators from file times would differ between replicas; assets live by Cache-Control alone.
      etag: false,
      lastModified: false,
      setHeaders: (res) => res.setHeader('Cache-Control', cacheControl),
    }),
  );

  let indexTemplate: string | undefined;
  const template = () => (indexTemplate ??= readFileSync(path.join(publicDir, 'index.html'), 'utf8'));

  /**
   * The page in the reader's language, with the country's canonical link, oEmbed discovery link and
   * share tags (its card as the picture) when one is addressed; the site's share tags otherwise.
   */
  const sendPage = async (req: Request, res: Response, input: string | undefined) => {
    const origin = originOf(req);
    const language = answerInLanguage(req, res);
    const t = translatorFor(language);
    const words = getCardWords(language);
    let head = renderShareTags(siteShareTags(origin, words));
    let status = 200;
    let title = t('app.name');
    if (input !== undefined) {
      const resolved = service.resolve(input);
      if (resolved.ok) {
        const pageUrl = `${origin}/country/${resolved.country.code}`;
        const country = countryNameIn(language, resolved.country.code, resolved.country.name);
        const score = await service.getScore(resolved.country.code, { evidencePerCategory: 0 });
        const figures = score.ok
          ? { score: Math.round(score.value.score), band: score.value.band }
          : undefined;
        head = [
          `<link rel="canonical" href="${pageUrl}">`,
          `<link rel="alternate" type="application/json+oembed" href="${origin}/oembed?url=${encodeURIComponent(pageUrl)}&amp;format=json" title="${escapeHtml(t('app.oembedTitle', { country }))}">`,
          `<meta name="description" content="${escapeHtml(t('app.description', { country }))}">`,
          renderShareTags(
            countryShareTags(origin, { code: resolved.country.code, name: country }, figures, words),
          ),
        ].join('\n');
        title = t('app.countryTitle', { country });
      } else {
        status = 404;
        head = '';
      }
    }
    const html = renderPageTemplate(template(), language, {
      home: language === DEFAULT_LANGUAGE && !req.query.lang ? '/' : `/?lang=${language}`,
      switchHref: addressInLanguage(req.originalUrl, t('language.switchTo')),
    })
      .replace('<!--head-->', head)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
    cacheable(res);
    res.status(status).type('html').send(html);
  };

  app.get('/', async (req, res) => {
    const country =
      typeof req.query.country === 'string' && req.query.country.trim()
        ? req.query.country.trim()
        : undefined;
    await sendPage(req, res, country);
  });
  app.get('/country/:country', (req, res) => sendPage(req, res, req.params.country));

  let widgetScript: string | undefined;
  app.get('/widget.js', (_req, res) => {
    widgetScript ??= fillWidgetScript(readFileSync(path.join(publicDir, 'widget.js'), 'utf8'));
    cacheable(res);
    res.type('application/javascript; charset=utf-8').send(widgetScript);
  });

  // Before /embed/:country, which would read "compare" as a country.
  mountCompareEmbed(app, {
    service,
    originOf,
    prepare: (res) => {
      res.setHeader('Content-Security-Policy', EMBED_CSP);
      res.removeHeader('X-Frame-Options');
      cacheable(res);
    },
  });
  app.get('/embed/:country', async (req, res) => {
    const origin = originOf(req);
    const language = answerInLanguage(req, res);
    const yearParam = typeof req.query.year === 'string' ? Number(req.query.year) : undefined;
    const year =
      yearParam !== undefined && Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100
        ? yearParam
        : undefined;
    res.setHeader('Content-Security-Policy', EMBED_CSP);
    res.removeHeader('X-Frame-Options');
    cacheable(res);
    const profile = embedProfile(req.query.profile);
    if (!profile.ok) {
      const message = translate(language, 'widget.unknownProfile', { profiles: PROFILE_IDS.join(', ') });
      res
        .status(400)
        .type('html')
        .send(renderEmbedMissing(origin, language, message));
      return;
    }
    const result = await service.getScore(req.params.country, {
      evidencePerCategory: 1,
      ...(year !== undefined ? { year } : {}),
      ...(profile.id ? { profiles: [profile.id] } : {}),
    });
    if (!result.ok) {
      res
        .status(404)
        .type('html')
        .send(renderEmbedMissing(origin, language, failureMessage(language, result)));
      return;
    }
    const value = presentScore(result.value);
    const shown = value.profiles?.[0];
    // Evidence comes in ranked order (the scorer's for the country, the stored rank for a profile): the
    // profile's first quote when a sentence targets the group, otherwise the country's.
    const strongest = shown?.evidence.length ? shown.evidence[0] : value.evidence[0];
    const untargeted = shown && shown.evidence.length === 0 ? shown.explanation : undefined;
    const note = [value.note, untargeted].filter(Boolean).join(' ');
    res.type('html').send(
      renderEmbed({
        origin,
        language,
        code: value.country.code,
        name: value.country.name,
        year: value.year,
        score: Math.round(shown?.score ?? value.score),
        band: shown?.band ?? value.band,
        ...(shown ? { profile: { id: shown.id, label: translate(language, `profile.${shown.id}`) } } : {}),
        ...(strongest
          ? {
              quote: {
                text: truncate(strongest.quote, STRONGEST_QUOTE_MAX),
                year: strongest.year,
                heading: strongest.heading,
                sourceUrl: strongest.sourceUrl,
              },
            }
          : {}),
        ...(note ? { note } : {}),
      }),
    );
  });

  app.get('/methodology', (_req, res) => {
    cacheable(res);
    res.type('text/markdown; charset=utf-8').sendFile(path.resolve('METHODOLOGY.md'));
  });
}
