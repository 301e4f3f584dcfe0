import {
  CATALOGUES,
  FORMAT_LOCALES,
  LANGUAGES,
  catalogueProblems,
  countryNameIn,
  formatMessage,
  translate,
} from '../../server/web/shared/i18n/messages';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../scoring/categories';

describe('the check of a catalogue against English', () => {
  const reference = {
    greeting: 'Hello {name}',
    count: { one: '{count} country', other: '{count} countries' },
  };

  test('finds a key missing from a language', () => {
    expect(catalogueProblems(reference, { greeting: 'Hola {name}' }, 'es')).toEqual(['count: missing']);
  });

  test('finds a key only one language has', () => {
    const extra = { ...reference, farewell: 'Adiós' };
    expect(catalogueProblems(reference, extra, 'es')).toEqual(['farewell: not in the reference catalogue']);
  });

  test('finds a placeholder renamed, dropped or added', () => {
    const problems = catalogueProblems(
      reference,
      { greeting: 'Hola {nombre}', count: { one: '{count} país', other: 'países {count} {extra}' } },
      'es',
    );
    expect(problems).toEqual([
      'greeting: placeholders {nombre} instead of {name}',
      'count: placeholders {count, extra} instead of {count}',
    ]);
  });

  test('finds plural forms the language has no use for, and a missing "other"', () => {
    const problems = catalogueProblems(
      reference,
      { greeting: 'Hola {name}', count: { one: '{count} país', two: '{count} países' } as never },
      'es',
    );
    expect(problems).toEqual(['count: no "other" plural form', 'count: plural form "two" is not one of es']);
  });
});

describe('the catalogues', () => {
  test.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has every English key, no other, with the same placeholders and its own plural forms',
    (language) => {
      expect(catalogueProblems(CATALOGUES.en, CATALOGUES[language], FORMAT_LOCALES[language])).toEqual([]);
    },
  );

  test('English has only plural forms English uses, and no message is empty in any language', () => {
    expect(catalogueProblems(CATALOGUES.en, CATALOGUES.en, FORMAT_LOCALES.en)).toEqual([]);
    for (const language of LANGUAGES) {
      const empty = Object.entries(CATALOGUES[language]).filter(([, message]) =>
        typeof message === 'string'
          ? message.trim() === ''
          : Object.values(message).some((text) => !text?.trim()),
      );
      expect(empty).toEqual([]);
    }
  });

  test('English category labels are the scoring core’s, so the API and the page say the same', () => {
    for (const id of CATEGORY_IDS) expect(translate('en', `category.${id}`)).toBe(CATEGORY_LABELS[id]);
  });

  test('Spanish uses the legal terms: tortura, desaparición, detención arbitraria, devolución', () => {
    expect(translate('es', 'category.torture')).toMatch(/^Tortura/);
    expect(translate('es', 'category.killings')).toMatch(/extrajudiciales/);
    expect(translate('es', 'category.disappearance')).toBe('Desaparición forzada');
    expect(translate('es', 'category.arbitrary_detention.short')).toBe('Detención arbitraria');
    expect(translate('es', 'category.detention_conditions.short')).toBe('Condiciones de detención');
    expect(translate('es', 'category.political_prisoners.short')).toBe('Presos políticos');
    expect(translate('es', 'category.refoulement')).toContain('Devolución (refoulement)');
  });
});

describe('filling a message', () => {
  test('puts values in their placeholders and leaves an unfilled one visible', () => {
    expect(formatMessage('en', '{country}: {score} of 100', { country: 'Ghana', score: 41 })).toBe(
      'Ghana: 41 of 100',
    );
    expect(formatMessage('en', '{country}: {score}', { country: 'Ghana' })).toBe('Ghana: {score}');
  });

  test('picks the plural form of the language by count', () => {
    expect(translate('en', 'card.sentences', { count: 1 })).toBe('1 sentence');
    expect(translate('en', 'card.sentences', { count: 0 })).toBe('0 sentences');
    expect(translate('es', 'card.sentences', { count: 1 })).toBe('1 oración');
    expect(translate('es', 'card.sentences', { count: 3 })).toBe('3 oraciones');
    // Spanish says "de" before a plural in the millions (CLDR's "many").
    expect(translate('es', 'card.sentences', { count: 1000000 })).toBe('1000000 de oraciones');
  });

  test('country names come from the platform in Spanish, the registry’s English otherwise', () => {
    expect(countryNameIn('es', 'SS', 'South Sudan')).toBe('Sudán del Sur');
    expect(countryNameIn('en', 'SS', 'South Sudan')).toBe('South Sudan');
    expect(countryNameIn('es', 'AA', 'Nowhere')).toBe('Nowhere');
  });
});
