/**
 * The interface's words in every language it speaks, and how a message is filled in. One catalogue
 * per language (`en.ts`, `es.ts`); the type checker refuses a catalogue with a key missing or extra,
 * and `test/web/message-catalogues.test.ts` also checks that each message has the same placeholders in
 * every language. The page receives its language's catalogue inlined in the HTML and fills messages
 * with the same rules in `public/assets/i18n.js`.
 *
 * A message is text with `{name}` placeholders, or, when it depends on a count, an object of plural
 * forms (`one`, `other`, … as `Intl.PluralRules` names them) chosen by the `count` value.
 */
import { EN, type Message } from './en';
import { ES } from './es';

export type { Message } from './en';

/** Languages offered, the default first. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export type MessageKey = keyof typeof EN;
export type Catalogue = Readonly<Record<MessageKey, Message>>;
export type MessageValues = Readonly<Record<string, string | number>>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en: EN, es: ES };

/**
 * The locale used for plural rules, dates and numbers: British English (day month year) and
 * Latin-American Spanish.
 */
export const FORMAT_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es-419' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The text of a message in a language with its placeholders filled; a missing value stays `{name}`. */
export function formatMessage(language: Language, message: Message, values: MessageValues = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    let rules = pluralRules.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(FORMAT_LOCALES[language]);
      pluralRules.set(language, rules);
    }
    const form = rules.select(Number(values.count ?? 0));
    text = message[form] ?? message.other;
  }
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** A message of the catalogue in a language, filled in. */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  return formatMessage(language, CATALOGUES[language][key], values);
}

/** `translate` bound to one language, for code that writes a whole page or image in it. */
export function translatorFor(language: Language): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => translate(language, key, values);
}

const displayNames = new Map<Language, Intl.DisplayNames>();

/**
 * A country's name in a language (the platform's CLDR names through Intl.DisplayNames); the registry's
 * English name in English, or when the platform has no name for the code.
 */
export function countryNameIn(language: Language, code: string, name: string): string {
  if (language === DEFAULT_LANGUAGE) return name;
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([FORMAT_LOCALES[language]], { type: 'region', fallback: 'none' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code) ?? name;
  } catch {
    return name;
  }
}

/**
 * How a catalogue differs from the reference (English) in what it must share: a key missing or
 * extra, a message whose placeholders differ, and plural forms the language does not have or
 * without `other`. Empty when the catalogue is complete.
 */
export function catalogueProblems(
  reference: Readonly<Record<string, Message>>,
  candidate: Readonly<Record<string, Message>>,
  locale: string,
): string[] {
  const problems: string[] = [];
  const forms = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  for (const key of Object.keys(reference)) if (!(key in candidate)) problems.push(`${key}: missing`);
  for (const [key, message] of Object.entries(candidate)) {
    const expected = reference[key];
    if (expected === undefined) {
      problems.push(`${key}: not in the reference catalogue`);
      continue;
    }
    const want = [...placeholdersOf(expected)].sort().join(', ');
    const have = [...placeholdersOf(message)].sort().join(', ');
    if (want !== have) problems.push(`${key}: placeholders {${have}} instead of {${want}}`);
    if (typeof message !== 'string') {
      if (typeof message.other !== 'string') problems.push(`${key}: no "other" plural form`);
      for (const form of Object.keys(message))
        if (!forms.has(form)) problems.push(`${key}: plural form "${form}" is not one of ${locale}`);
    }
  }
  return problems;
}

/** The placeholders a message uses, in every plural form together. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(
    texts.flatMap((text) => [...(text ?? '').matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] ?? '')),
  );
}
