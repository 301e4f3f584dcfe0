// @ts-check
/* The page's words: the server inlines its language's catalogue (server/web/shared/i18n/) in the HTML
   and sets <html lang>; messages are filled with the same rules as the server's formatMessage. */

/** @typedef {keyof typeof import('../../shared/i18n/en').EN} MessageKey */
/** @typedef {import('../../shared/i18n/en').Message} Message */
/** @typedef {Readonly<Record<string, string | number>>} MessageValues */

const LOCALES = /** @type {const} */ ({ en: 'en-GB', es: 'es-419' });

/** The page's language, as the server chose it. */
export const lang = document.documentElement.lang === 'es' ? 'es' : 'en';

/** The locale for plural rules, dates and numbers. */
export const locale = LOCALES[lang];

/** @type {Partial<Record<MessageKey, Message>>} */
const catalogue = JSON.parse(document.getElementById('messages')?.textContent || '{}');
const plurals = new Intl.PluralRules(locale);

/**
 * A message of the catalogue with its placeholders filled: `{name}` takes `values.name`, and a
 * message with plural forms picks one by `values.count`. A key the catalogue lacks shows as itself.
 * @param {MessageKey} key
 * @param {MessageValues} [values]
 * @returns {string}
 */
export function t(key, values = {}) {
  const message = catalogue[key];
  if (message === undefined) return key;
  const text =
    typeof message === 'string'
      ? message
      : (message[plurals.select(Number(values.count ?? 0))] ?? message.other);
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, /** @type {string} */ name) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/**
 * A path of this site that keeps the language the address chose (`?lang=`), so a reader who picked a
 * language keeps it from page to page; without one the server negotiates again.
 * @param {string} path
 */
export function localPath(path) {
  const chosen = new URLSearchParams(location.search).get('lang');
  if (!chosen) return path;
  const url = new URL(path, location.origin);
  url.searchParams.set('lang', chosen);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The current address in another language: the same path, query and fragment with `lang` set.
 * @param {string} language
 */
export function addressIn(language) {
  const url = new URL(location.href);
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A country's name in the page's language (Intl.DisplayNames, from the platform's CLDR data); the
 * server's English name when the platform has none for the code.
 * @param {string} code ISO 3166 alpha-2
 * @param {string} name the server's English name
 */
export function countryName(code, name) {
  if (lang === 'en') return name;
  try {
    const shown = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
    return shown || name;
  } catch {
    return name;
  }
}
