import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { distance } from 'fastest-levenshtein';

countries.registerLocale(english);

/** A country or territory, with its ISO 3166 codes and the names people type or the reports use. */
export interface Country {
  /** ISO 3166-1 alpha-2 (Kosovo: XK). */
  code: string;
  /** ISO 3166-1 alpha-3 (Kosovo: XKX, as the expert datasets use). */
  iso3: string;
  /** ISO 3166-1 numeric, zero-padded ("004"); Kosovo has none and uses the user-assigned 983. */
  numeric: string;
  /** English short name as the service prints it. */
  name: string;
  aliases: string[];
  /**
   * Set for territories the State Department reports inside another country's page
   * (Hong Kong and Macau in China's, Greenland in Denmark's, the West Bank and Gaza in Israel's).
   */
  reportedWith?: string;
  /**
   * Set, with `reportedWith`, where the State Department prints the territory as a separate part of
   * that report on a page of its own, which the corpus does not hold: the parent page's text is then
   * about the parent country only (the West Bank and Gaza, Hong Kong, Macau).
   */
  separatePart?: boolean;
  /** The State Department's name for the report this country's page belongs to, where it names more than the country. */
  reportName?: string;
}

export type CountryLookup =
  | { ok: true; country: Country; via: 'code' | 'name' | 'alias' }
  | { ok: false; code: 'unknown_country'; suggestions: Country[] };

/** Names the service prints where the ISO short name is awkward ("Korea, Republic of") or not the common one. */
const DISPLAY_NAMES: Record<string, string> = {
  BN: 'Brunei',
  BO: 'Bolivia',
  BS: 'The Bahamas',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  CV: 'Cabo Verde',
  CZ: 'Czechia',
  FM: 'Micronesia',
  GB: 'United Kingdom',
  GM: 'The Gambia',
  IR: 'Iran',
  KG: 'Kyrgyz Republic',
  KP: 'North Korea',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  MK: 'North Macedonia',
  MM: 'Burma (Myanmar)',
  NL: 'Netherlands',
  AE: 'United Arab Emirates',
  PS: 'West Bank and Gaza',
  RU: 'Russia',
  ST: 'São Tomé and Príncipe',
  SY: 'Syria',
  TR: 'Türkiye (Turkey)',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Holy See',
  VE: 'Venezuela',
  VN: 'Vietnam',
};

/** Extra names: older or newer official names, the reports' own spellings, common English forms. */
const EXTRA_ALIASES: Record<string, string[]> = {
  MM: ['Burma', 'Myanmar'],
  SZ: ['Swaziland', 'Kingdom of Eswatini'],
  CI: ['Ivory Coast', 'Cote dIvoire'],
  TR: ['Turkey', 'Türkiye', 'Turkiye', 'Turkey (Türkiye)'],
  CZ: ['Czech Republic', 'Czechia'],
  CV: ['Cabo Verde', 'Cape Verde'],
  CD: ['Zaire', 'DRC', 'DR Congo', 'Congo-Kinshasa', 'Congo Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Congo Brazzaville', 'Republic of Congo'],
  GM: ['Gambia, The', 'The Gambia', 'Gambia'],
  BS: ['Bahamas, The', 'The Bahamas', 'Bahamas'],
  KG: ['Kyrgyzstan', 'Kyrgyz Republic', 'Kirghizia'],
  TL: ['East Timor', 'Timor Leste'],
  FM: ['Micronesia', 'Federated States of Micronesia', 'FSM'],
  KP: ['North Korea', "Democratic People's Republic of Korea", 'DPRK'],
  KR: ['South Korea', 'Republic of Korea', 'Korea'],
  MK: ['Macedonia', 'North Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM'],
  IL: [
    'Israel, West Bank and Gaza',
    'Israel, West Bank, and Gaza',
    'Israel, Golan Heights, West Bank, and Gaza',
    'Israel and The Occupied Territories',
    'Israel and the Occupied Territories',
    'Golan Heights',
  ],
  PS: [
    'West Bank',
    'Gaza',
    'Gaza Strip',
    'West Bank and Gaza Strip',
    'Palestinian Territories',
    'Palestinian Territory',
    'Occupied Palestinian Territories',
    'Occupied Palestinian Territory',
    'Occupied Territories',
    'Palestine',
    'State of Palestine',
  ],
  CN: ['PRC', "People's Republic of China"],
  HK: ['Hong Kong SAR'],
  MO: ['Macao', 'Macau', 'Macau SAR'],
  NL: ['Netherlands, The', 'The Netherlands', 'Holland'],
  LA: ['Laos', 'Lao PDR'],
  VN: ['Viet Nam'],
  RU: ['Russia'],
  SY: ['Syria'],
  BN: ['Brunei'],
  ST: ['São Tomé and Príncipe', 'Sao Tome'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  GB: ['Britain', 'England'],
  IR: ['Persia'],
  KH: ['Kampuchea'],
  LK: ['Ceylon'],
  US: ['America'],
  XK: ['Kosova'],
  BA: ['Bosnia'],
  TT: ['Trinidad'],
  AG: ['Antigua'],
  KN: ['St Kitts and Nevis', 'Saint Kitts'],
  LC: ['St Lucia'],
  VC: ['St Vincent and the Grenadines', 'Saint Vincent'],
  UY: ['Uraguay'],
};

/** Territories published inside another country's report, and that country. */
const REPORTED_WITH: Record<string, string> = {
  HK: 'CN',
  MO: 'CN',
  PS: 'IL',
  GL: 'DK',
  FO: 'DK',
};

/**
 * Territories whose part of the parent's report is a page of its own on state.gov
 * (".../israel-west-bank-and-gaza/west-bank-and-gaza/", ".../china/hong-kong/"). Every 2016–2024 page
 * in the corpus holds only the parent's part and links to these; Denmark's page holds Greenland's text.
 */
const SEPARATE_PARTS = new Set(['PS', 'HK', 'MO']);

/** Report names that say more than the country's name; the latest form is the one printed. */
const REPORT_NAMES: Record<string, string> = {
  IL: 'Israel, West Bank and Gaza',
  CN: 'China (Includes Hong Kong, Macau, and Tibet)',
};

/**
 * Territories of another state that some reports cover with it (Aruba in the Netherlands' report,
 * Mayotte in France's) or that have no report of their own: a place there is never read as abroad,
 * since for the report that covers it, it is home.
 */
const DEPENDENT_TERRITORIES: ReadonlySet<string> = new Set([
  ...['AW', 'CW', 'SX', 'BQ'],
  ...['GL', 'FO'],
  ...['GF', 'GP', 'MQ', 'RE', 'YT', 'PM', 'BL', 'MF', 'PF', 'NC', 'WF', 'TF'],
  ...['AI', 'BM', 'VG', 'KY', 'FK', 'GI', 'GG', 'JE', 'IM', 'MS', 'PN', 'SH', 'TC', 'IO', 'GS'],
  ...['AS', 'GU', 'MP', 'PR', 'VI', 'UM'],
  ...['CX', 'CC', 'NF', 'HM'],
  ...['CK', 'NU', 'TK'],
  ...['SJ', 'BV', 'AX', 'EH', 'AQ'],
]);

/** Western Sahara's report describes Morocco's administration of it: "in Morocco" is not abroad there. */
const SAME_ADMINISTRATION: Readonly<Record<string, string>> = { EH: 'MA' };

/** Short names two countries share ("in Congo" may be either): never read as a place abroad. */
const SHARED_SHORT_NAMES: ReadonlySet<string> = new Set(['Congo', 'Korea', 'Guinea']);

/** Places without an ISO code of their own whose report is another country's. */
const PLACE_ALIASES: Record<string, string> = { Tibet: 'CN', Xizang: 'CN', Zanzibar: 'TZ', Crimea: 'UA' };

/**
 * Lookup key: case, accents, punctuation, "&" and the article "the" are ignored, so
 * "Côte d'Ivoire", "cote divoire" and "COTE D’IVOIRE" meet, as do "Gambia, The" and "The Gambia".
 */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, '');
}

function buildCountries(): Country[] {
  const names = countries.getNames('en', { select: 'all' });
  const result: Country[] = [];
  for (const [code, officialNames] of Object.entries(names)) {
    const iso3 = code === 'XK' ? 'XKX' : countries.alpha2ToAlpha3(code);
    const numeric = code === 'XK' ? '983' : countries.alpha2ToNumeric(code);
    if (!iso3 || !numeric) continue;
    const name = DISPLAY_NAMES[code] ?? officialNames[officialNames.length > 1 ? 1 : 0] ?? code;
    const aliases = [...new Set([...officialNames, ...(EXTRA_ALIASES[code] ?? [])])].filter(
      (alias) => alias !== name,
    );
    const reportedWith = REPORTED_WITH[code];
    const reportName = REPORT_NAMES[code];
    result.push({
      code,
      iso3,
      numeric,
      name,
      aliases,
      ...(reportedWith ? { reportedWith } : {}),
      ...(reportedWith && SEPARATE_PARTS.has(code) ? { separatePart: true } : {}),
      ...(reportName ? { reportName } : {}),
    });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every ISO 3166 country and territory (plus Kosovo), with the aliases the reports and users use. */
export class CountryRegistry {
  readonly countries: readonly Country[];
  private readonly byCode = new Map<string, Country>();
  private readonly byName = new Map<string, { country: Country; via: 'name' | 'alias' }>();

  constructor() {
    this.countries = buildCountries();
    for (const country of this.countries) {
      this.byCode.set(country.code, country);
      this.byCode.set(country.iso3, country);
    }
    // Names first, then aliases, so an alias never shadows another country's own name ("Congo").
    for (const country of this.countries)
      this.byName.set(normaliseCountryName(country.name), { country, via: 'name' });
    for (const country of this.countries) {
      for (const alias of country.aliases) {
        const key = normaliseCountryName(alias);
        const taken = this.byName.get(key);
        // Our own aliases win over ISO's alternative names, but never over a country's own name.
        if (!taken || (taken.via === 'alias' && EXTRA_ALIASES[country.code]?.includes(alias))) {
          this.byName.set(key, { country, via: 'alias' });
        }
      }
    }
    for (const [place, code] of Object.entries(PLACE_ALIASES)) {
      const country = this.byCode.get(code);
      if (country) this.byName.set(normaliseCountryName(place), { country, via: 'alias' });
    }
    // "Congo" alone is ambiguous; the reports use both full names, so it suggests rather than guesses.
    this.byName.delete(normaliseCountryName('Congo'));
  }

  /**
   * The names the analyser reads as places, for `code`'s report: `abroad`, every country and place
   * whose report is not this one ("in <one of them>" is abroad), and `home`, this report's own. A
   * country's own territories and parent count as home ("in Gaza" in Israel's report), as do
   * dependent territories, and a name a home place also goes by is never abroad.
   */
  placeNamesFor(code: string): { abroad: string[]; home: string[] } {
    const country = this.byCode.get(code);
    if (!country) return { abroad: [], home: [] };
    const parent = country.reportedWith ?? country.code;
    const isHome = (c: Country) =>
      c.code === parent ||
      c.reportedWith === parent ||
      DEPENDENT_TERRITORIES.has(c.code) ||
      SAME_ADMINISTRATION[parent] === c.code;
    const home: string[] = [];
    const abroad: string[] = [];
    for (const c of this.countries) (isHome(c) ? home : abroad).push(c.name, ...c.aliases);
    for (const [place, target] of Object.entries(PLACE_ALIASES)) {
      const c = this.byCode.get(target);
      (c && isHome(c) ? home : abroad).push(place);
    }
    const homeKeys = new Set(home.map(normaliseCountryName));
    const usable = (n: string) => !n.includes(',') && !SHARED_SHORT_NAMES.has(n);
    return {
      abroad: [...new Set(abroad)].filter((n) => usable(n) && !homeKeys.has(normaliseCountryName(n))),
      home: [...new Set(home)].filter(usable),
    };
  }

  /**
   * Every name that finds this country's report: its aliases, the territories published in its page
   * ("Hong Kong" for China) and places without a code of their own ("Tibet"). Feeds autocomplete.
   */
  namesFor(code: string): string[] {
    const names = new Set<string>();
    for (const [key, entry] of this.byName) {
      if (entry.country.code === code && key !== normaliseCountryName(entry.country.name)) names.add(key);
      if (entry.country.reportedWith === code) names.add(key);
    }
    const country = this.byCode.get(code);
    const aliases = [
      ...(country?.aliases ?? []),
      ...this.countries.filter((c) => c.reportedWith === code).flatMap((c) => [c.name, ...c.aliases]),
      ...Object.entries(PLACE_ALIASES)
        .filter(([, target]) => target === code)
        .map(([place]) => place),
    ];
    // Keep the printed form of each name that really resolves here, once.
    const printed = new Map<string, string>();
    for (const alias of aliases) {
      const key = normaliseCountryName(alias);
      if (names.has(key) && !printed.has(key)) printed.set(key, alias);
    }
    return [...printed.values()];
  }

  /** Finds a country by ISO alpha-2, alpha-3, English name or alias, ignoring case, accents and punctuation. */
  lookup(input: string): CountryLookup {
    const trimmed = input.trim();
    if (/^[a-zA-Z]{2,3}$/.test(trimmed)) {
      const byCode = this.byCode.get(trimmed.toUpperCase());
      if (byCode) return { ok: true, country: byCode, via: 'code' };
    }
    const key = normaliseCountryName(trimmed);
    const byName = key ? this.byName.get(key) : undefined;
    if (byName) return { ok: true, country: byName.country, via: byName.via };
    return { ok: false, code: 'unknown_country', suggestions: this.suggest(trimmed) };
  }

  /**
   * Plain words on whose figures a territory published in another country's report gets, or
   * `undefined` for a country that has its own report. Where the territory's part is a separate page
   * the sources do not hold (Gaza, Hong Kong), the figures are the parent country's and the note says so.
   */
  coverageNote(territory: Country): string | undefined {
    const parent = territory.reportedWith ? this.byCode.get(territory.reportedWith) : undefined;
    if (!parent) return undefined;
    const report = parent.reportName ?? parent.name;
    if (territory.separatePart) {
      const place = territory.code === 'PS' ? `the ${territory.name}` : territory.name;
      return (
        `The State Department reports on ${place} in its report "${report}", as a separate part ` +
        `that this service does not hold. The figures shown are from that report's part on ${parent.name}: ` +
        `they describe ${parent.name}, not ${place}.`
      );
    }
    return `${territory.name} is covered by the State Department's report "${report}"; these figures are that report's.`;
  }

  /** Looks a country up by exact code only. */
  byIsoCode(code: string): Country | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  /** Up to `limit` countries whose names are closest to the input ("Rwnda" → Rwanda). */
  suggest(input: string, limit = 3): Country[] {
    const key = normaliseCountryName(input);
    if (!key) return [];
    const scored = new Map<string, { country: Country; score: number }>();
    for (const [name, { country }] of this.byName) {
      const prefix = (name.startsWith(key) && key.length >= 3) || (name.includes(key) && key.length >= 5);
      const score = prefix ? 0.3 : distance(key, name) / Math.max(key.length, name.length);
      const best = scored.get(country.code);
      if (!best || score < best.score) scored.set(country.code, { country, score });
    }
    return [...scored.values()]
      .filter((entry) => entry.score <= 0.45)
      .sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name))
      .slice(0, limit)
      .map((entry) => entry.country);
  }

  /**
   * The country a State Department page is about, from the name the page prints:
   * "China (Includes Hong Kong, Macau, and Tibet)" → China, "Bahamas, The" → The Bahamas.
   */
  identifyReportCountry(pageCountryName: string): Country | undefined {
    const base = pageCountryName.replace(/\s+[-–—]\s+.*$/, '');
    const direct = this.lookup(base);
    if (direct.ok) return direct.country;
    const withoutParenthesis = base.replace(/\s*\(.*?\)\s*/g, ' ').trim();
    const stripped = this.lookup(withoutParenthesis);
    if (stripped.ok) return stripped.country;
    const beforeComma = this.lookup(base.split(',')[0] ?? '');
    if (beforeComma.ok) return beforeComma.country;
    // Pages carry the odd typo ("Bosnia and Herzegovnia"): accept one clearly closest name.
    const key = normaliseCountryName(withoutParenthesis);
    let best: { country: Country; distance: number } | undefined;
    let runnerUp = Infinity;
    for (const [name, { country }] of this.byName) {
      const d = distance(key, name);
      if (!best || d < best.distance) {
        if (best && best.country.code !== country.code) runnerUp = best.distance;
        best = { country, distance: d };
      } else if (country.code !== best.country.code) runnerUp = Math.min(runnerUp, d);
    }
    return best && best.distance <= Math.max(2, key.length * 0.12) && runnerUp > best.distance + 2
      ? best.country
      : undefined;
  }
}

let shared: CountryRegistry | undefined;
/** The process-wide registry (built once; about 250 entries). */
export function getCountryRegistry(): CountryRegistry {
  shared ??= new CountryRegistry();
  return shared;
}
