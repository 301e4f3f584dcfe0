import type { Request, Response } from 'express';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './shared/i18n/messages';

/** The language of an answer and whether the address chose it (then the answer does not vary by header). */
export interface LanguageChoice {
  language: Language;
  fromQuery: boolean;
}

/**
 * `?lang=` when it names a language we offer; otherwise the best of `Accept-Language` by its
 * q-values (negotiator, through Express's `req.acceptsLanguages`, which also matches `es-MX` to
 * `es`); otherwise English.
 */
export function chooseLanguage(req: Request, asked: unknown = req.query.lang): LanguageChoice {
  if (isLanguage(asked)) return { language: asked, fromQuery: true };
  const negotiated = req.acceptsLanguages(...LANGUAGES);
  return { language: isLanguage(negotiated) ? negotiated : DEFAULT_LANGUAGE, fromQuery: false };
}

/**
 * Chooses the answer's language and says so in its headers: `Content-Language`, and
 * `Vary: Accept-Language` when the header decided it, so shared caches keep one copy per language
 * header and never hand a Spanish page to an English reader.
 */
export function answerInLanguage(req: Request, res: Response, asked?: unknown): Language {
  const choice = chooseLanguage(req, asked === undefined ? req.query.lang : asked);
  if (!choice.fromQuery) res.vary('Accept-Language');
  res.setHeader('Content-Language', choice.language);
  return choice.language;
}
