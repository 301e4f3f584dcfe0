import { CountryRegistry, normaliseCountryName } from '../../data/country-registry';

const registry = new CountryRegistry();
const code = (input: string) => {
  const found = registry.lookup(input);
  return found.ok ? found.country.code : undefined;
};

describe('country registry', () => {
  test.each([
    ['Burma', 'MM'],
    ['Myanmar', 'MM'],
    ['Swaziland', 'SZ'],
    ['Eswatini', 'SZ'],
    ["Côte d'Ivoire", 'CI'],
    ['cote divoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Cabo Verde', 'CV'],
    ['Cape Verde', 'CV'],
    ['Democratic Republic of the Congo', 'CD'],
    ['DRC', 'CD'],
    ['Republic of the Congo', 'CG'],
    ['The Gambia', 'GM'],
    ['Gambia, The', 'GM'],
    ['Bahamas, The', 'BS'],
    ['Kyrgyz Republic', 'KG'],
    ['Kyrgyzstan', 'KG'],
    ['Timor-Leste', 'TL'],
    ['East Timor', 'TL'],
    ['Micronesia', 'FM'],
    ['Federated States of Micronesia', 'FM'],
    ['North Korea', 'KP'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['South Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['Israel, West Bank and Gaza', 'IL'],
    ['Kosovo', 'XK'],
    ['XKX', 'XK'],
    ['sv', 'SV'],
    ['SLV', 'SV'],
    ['EL SALVADOR', 'SV'],
    ['São Tomé and Príncipe', 'ST'],
    ['Tibet', 'CN'],
    ['Persia', 'IR'],
    ['Zaire', 'CD'],
  ])('"%s" resolves to %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  test('Kosovo carries XK / XKX as the expert datasets do', () => {
    const kosovo = registry.byIsoCode('XK');
    expect(kosovo).toMatchObject({ code: 'XK', iso3: 'XKX' });
  });

  test('codes come from the ISO library: every country has alpha-2, alpha-3 and numeric codes', () => {
    expect(registry.countries.length).toBeGreaterThanOrEqual(249);
    for (const country of registry.countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.iso3).toMatch(/^[A-Z]{3}$/);
      expect(country.numeric).toMatch(/^\d{3}$/);
    }
  });

  test('lookup ignores case, accents and punctuation', () => {
    expect(normaliseCountryName('CÔTE D’IVOIRE')).toBe(normaliseCountryName('cote divoire'));
    expect(code('  guinea-bissau ')).toBe('GW');
  });

  test('a misspelt name is unknown but suggests up to three countries: "Rwnda" suggests Rwanda', () => {
    const found = registry.lookup('Rwnda');
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.suggestions[0]?.code).toBe('RW');
      expect(found.suggestions.length).toBeLessThanOrEqual(3);
    }
  });

  test('"Congo" alone is ambiguous and suggests both Congos', () => {
    const found = registry.lookup('Congo');
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.suggestions.map((c) => c.code)).toEqual(expect.arrayContaining(['CD', 'CG']));
  });

  test('territories published inside another country’s report point at it', () => {
    expect(registry.byIsoCode('HK')?.reportedWith).toBe('CN');
    expect(registry.byIsoCode('MO')?.reportedWith).toBe('CN');
    expect(registry.byIsoCode('PS')?.reportedWith).toBe('IL');
    expect(registry.byIsoCode('GL')?.reportedWith).toBe('DK');
  });

  test.each(['Palestine', 'State of Palestine', 'West Bank', 'Gaza', 'Gaza Strip', 'PS', 'PSE', 'pse'])(
    '"%s" resolves to PS, the West Bank and Gaza',
    (input) => {
      expect(code(input)).toBe('PS');
    },
  );

  test('the West Bank and Gaza, Hong Kong and Macau are separate parts the corpus does not hold; Greenland is not', () => {
    expect(['PS', 'HK', 'MO', 'GL', 'FO'].map((c) => registry.byIsoCode(c)?.separatePart ?? false)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  test('the note for Gaza names the report "Israel, West Bank and Gaza" and says the figures describe Israel', () => {
    const gaza = registry.byIsoCode('PS');
    if (!gaza) throw new Error('PS missing');
    expect(registry.coverageNote(gaza)).toBe(
      'The State Department reports on the West Bank and Gaza in its report "Israel, West Bank and Gaza", as a separate part that this service does not hold. The figures shown are from that report\'s part on Israel: they describe Israel, not the West Bank and Gaza.',
    );
  });

  test('the note for Greenland says the Denmark report covers it, and a country with its own report has none', () => {
    const greenland = registry.byIsoCode('GL');
    const israel = registry.byIsoCode('IL');
    if (!greenland || !israel) throw new Error('GL or IL missing');
    expect(registry.coverageNote(greenland)).toBe(
      'Greenland is covered by the State Department\'s report "Denmark"; these figures are that report\'s.',
    );
    expect(registry.coverageNote(israel)).toBeUndefined();
  });

  test.each([
    ['West Bank and Gaza', 'PS'],
    ['Israel, West Bank and Gaza', 'IL'],
    ['Israel, Golan Heights, West Bank, and Gaza', 'IL'],
    ['China (Includes Hong Kong, Macau, and Tibet)', 'CN'],
    ['China (includes Tibet, Hong Kong, and Macau) - China', 'CN'],
    ['Israel and The Occupied Territories', 'IL'],
    ['Turkey (Türkiye)', 'TR'],
    ['Bosnia and Herzegovnia', 'BA'],
  ])('the page name "%s" identifies %s', (name, expected) => {
    expect(registry.identifyReportCountry(name)?.code).toBe(expected);
  });

  test('a page name close to no country is not guessed', () => {
    expect(registry.identifyReportCountry('Atlantis')).toBeUndefined();
  });

  test('the names offered for a country are exactly names that find its report', () => {
    expect(registry.namesFor('SZ')).toContain('Swaziland');
    expect(registry.namesFor('CN')).toEqual(expect.arrayContaining(['Hong Kong', 'Tibet']));
    for (const code of ['CN', 'IL', 'MM', 'CD', 'KR']) {
      for (const name of registry.namesFor(code)) {
        const found = registry.lookup(name);
        const target = found.ok ? (found.country.reportedWith ?? found.country.code) : undefined;
        expect([name, target]).toEqual([name, code]);
      }
    }
  });
});

describe('places abroad, for the analyser', () => {
  test("Russia's report reads Ukraine and Crimea as abroad, and never its own name", () => {
    const { abroad, home } = registry.placeNamesFor('RU');
    expect(abroad).toEqual(expect.arrayContaining(['Ukraine', 'Crimea', 'Georgia']));
    expect(abroad).not.toContain('Russia');
    expect(home).toContain('Russia');
  });

  test("a territory and its parent are home to each other: Gaza in Israel's report, Israel in the West Bank and Gaza's", () => {
    expect(registry.placeNamesFor('IL').abroad).not.toContain('Gaza');
    expect(registry.placeNamesFor('IL').home).toEqual(expect.arrayContaining(['Gaza', 'West Bank']));
    expect(registry.placeNamesFor('PS').abroad).not.toContain('Israel');
  });

  test('dependent territories and names two countries share are never abroad', () => {
    const { abroad } = registry.placeNamesFor('NL');
    expect(abroad).not.toContain('Aruba');
    expect(abroad).toEqual(expect.arrayContaining(['Belgium']));
    expect(registry.placeNamesFor('CG').abroad).not.toContain('Congo');
    expect(registry.placeNamesFor('CG').abroad).toContain('Democratic Republic of the Congo');
  });

  test('an unknown code has no places', () => {
    expect(registry.placeNamesFor('ZZ')).toEqual({ abroad: [], home: [] });
  });
});
