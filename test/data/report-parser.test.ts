import { parseReportPage } from '../../data/report-parser';
import { splitReportParts } from '../../data/report-parts';
import { combinedTerritoryPage } from '../support/territory-page';
import { getCountryRegistry } from '../../data/country-registry';
import { readCorpusPages } from '../support/corpus';

let pages: Map<string, Buffer>;
const page = (entry: string): Buffer => {
  const raw = pages.get(entry);
  if (!raw) throw new Error(`fixture ${entry} missing`);
  return raw;
};

beforeAll(async () => {
  pages = await readCorpusPages([
    '2016/swaziland.html',
    '2016/china-includes-tibet-hong-kong-and-macau.html',
    '2020/jamaica.html',
    '2023/el-salvador.html',
    '2023/rwanda.html',
    '2023/israel-west-bank-and-gaza.html',
    '2024/el-salvador.html',
    '2024/kenya.html',
  ]);
});

function parseOk(entry: string) {
  const result = parseReportPage(page(entry));
  if (!result.ok) throw new Error(`${entry}: ${result.code} ${result.message}`);
  return result.report;
}

describe('parsing real state.gov pages', () => {
  test('a 2016–2023 page yields its country, year, canonical address and the Section 1 sub-sections', () => {
    const report = parseOk('2023/el-salvador.html');
    expect(report.year).toBe(2023);
    expect(report.pageCountryName).toBe('El Salvador');
    expect(report.layout).toBe('sections-1-7');
    expect(report.sourceUrl).toBe(
      'https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/el-salvador/',
    );
    const keys = new Set(report.sections.map((s) => s.key));
    for (const key of [
      'executive_summary',
      'killings',
      'disappearance',
      'torture',
      'prison_conditions',
      'arbitrary_arrest',
      'fair_trial',
      'political_prisoners',
      'refugees',
      'worker_rights',
    ] as const) {
      expect(keys).toContain(key);
    }
  });

  test('the site navigation, scripts and footer are not part of the report text', () => {
    const report = parseOk('2023/el-salvador.html');
    expect(report.text).not.toMatch(/Official websites use \.gov/);
    expect(report.text).not.toMatch(/jQuery|function\s*\(/);
    expect(report.text).not.toMatch(/We use cookies/);
    expect(report.text.startsWith('EXECUTIVE SUMMARY')).toBe(true);
  });

  test('every paragraph equals the slice of the report text at its offsets', () => {
    for (const entry of ['2023/el-salvador.html', '2024/el-salvador.html', '2016/swaziland.html']) {
      const report = parseOk(entry);
      for (const paragraph of report.paragraphs)
        expect(report.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
  });

  test('the heading hierarchy is kept: a sub-heading carries its parents', () => {
    const report = parseOk('2023/el-salvador.html');
    const prison = report.sections.find((s) => s.key === 'prison_conditions');
    expect(prison?.headingPath).toHaveLength(3);
    expect(prison?.headingPath[0]).toMatch(/^Section 1\./);
    expect(prison?.headingPath[1]).toMatch(/^c\. Torture/);
  });

  test('a 2024 page maps Life, Liberty and Security of the Person onto the same taxonomy', () => {
    const report = parseOk('2024/el-salvador.html');
    expect(report.layout).toBe('life-liberty-security');
    const keys = new Set(report.sections.map((s) => s.key));
    for (const key of ['killings', 'disappearance', 'torture', 'refugees', 'arbitrary_arrest'] as const)
      expect(keys).toContain(key);
    expect(keys).not.toContain('prison_conditions');
  });

  test('a page saved with a bare country heading still gets its year from its address', () => {
    const report = parseOk('2023/rwanda.html');
    expect(report.year).toBe(2023);
    expect(report.pageCountryName).toBe('Rwanda');
  });

  test('a page saved from a web archive keeps the original state.gov address', () => {
    const report = parseOk('2020/jamaica.html');
    expect(report.sourceUrl).toBe(
      'https://www.state.gov/reports/2020-country-reports-on-human-rights-practices/jamaica/',
    );
  });

  test('the country comes from the page, not the slug: swaziland.html is Eswatini', () => {
    const report = parseOk('2016/swaziland.html');
    expect(getCountryRegistry().identifyReportCountry(report.pageCountryName)?.code).toBe('SZ');
  });

  test('multi-territory pages belong to the country they are published under', () => {
    const china = parseOk('2016/china-includes-tibet-hong-kong-and-macau.html');
    expect(china.pageCountryName).toMatch(/^China \(includes Tibet/);
    expect(getCountryRegistry().identifyReportCountry(china.pageCountryName)?.code).toBe('CN');
    const israel = parseOk('2023/israel-west-bank-and-gaza.html');
    expect(getCountryRegistry().identifyReportCountry(israel.pageCountryName)?.code).toBe('IL');
    // The "Read a Section: ..." links to sibling territory pages are navigation, not headings.
    expect(israel.sections.every((s) => !/^Read a Section/i.test(s.headingPath.join(' ')))).toBe(true);
  });

  test('the 2024 Kenya page, one pre-formatted block, yields its Section 1 sub-sections from plain-text headings', () => {
    const report = parseOk('2024/kenya.html');
    expect(report.layout).toBe('life-liberty-security');
    const keys = new Set(report.sections.map((s) => s.key));
    for (const key of ['executive_summary', 'killings', 'disappearance', 'torture', 'refugees'] as const)
      expect(keys).toContain(key);
    const killings = report.sections.find((s) => s.key === 'killings');
    expect(killings?.headingPath).toEqual(['Section 1. Life', 'a. Extrajudicial Killings']);
    // A heading printed over two lines is one heading.
    expect(report.sections.find((s) => s.key === 'torture')?.headingPath[1]).toMatch(
      /Degrading Treatment or Punishment$/,
    );
    // Wrapped lines are rejoined: no paragraph holds a hard line break, and most hold several sentences.
    expect(report.paragraphs.every((p) => !p.text.includes('\n'))).toBe(true);
    expect(report.paragraphs.length).toBeGreaterThan(30);
    for (const paragraph of report.paragraphs)
      expect(report.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    for (const section of report.sections)
      expect(
        report.text.slice(section.start, section.end).startsWith(section.headingPath.at(-1) ?? '?'),
      ).toBe(true);
  });
});

/** A page in the Kenya 2024 shape: one <p> with hard line breaks and plain-text headings, in our own words. */
function preformattedPage(block: string): Buffer {
  return Buffer.from(`<!doctype html><html><head>
<link rel="canonical" href="https://www.state.gov/reports/2024-country-reports-on-human-rights-practices/freedonia/">
</head><body><h1>2024 Country Reports on Human Rights Practices: Freedonia</h1>
<div class="report__content"><section><h2 class="report__section-title">Executive Summary</h2></section>
<p>${block}</p></div></body></html>`);
}

const PREFORMATTED = [
  'Conditions in the capital worsened over the year while the provinces stayed',
  'calm.',
  'Section 1. Life',
  'a. Extrajudicial Killings',
  'Several credible accounts said soldiers of the border brigade shot two',
  'fishermen who had crossed the river at night; the army said it would look',
  'into both deaths but had published nothing.',
  'Village elders also described a second incident near the old mill.',
  '',
  'A separate paragraph follows a blank line and talks about a well-known',
  'anti-',
  'corruption campaigner, whose name ends this sentence.',
  'b. Coercion in Population Control',
  'No such practices were reported.',
  'Section 2. Liberty',
  'c. Disappearance and Abduction',
  'Disappearance',
  'Relatives said a teacher was taken from a bus stop by men in plain clothes',
  'and was not seen again.',
  'Prolonged Detention without Charges',
  'The courts held some detainees for many months before any hearing took',
  'place.',
  'Section 3. Security of the Person',
  'a. Torture and Cruel, Inhuman, or Degrading Treatment or',
  'Punishment',
  'Guards beat prisoners who complained about food, according to former inmates',
  'interviewed by a local monitoring group.',
].join('\n');

describe('reports published as one pre-formatted block', () => {
  function parsePreformatted(block = PREFORMATTED) {
    const result = parseReportPage(preformattedPage(block));
    if (!result.ok) throw new Error(`${result.code} ${result.message}`);
    return result.report;
  }

  test('plain-text heading lines become sections classified like HTML headings', () => {
    const report = parsePreformatted();
    expect(report.sections.map((s) => [s.key, s.headingPath.join(' > ')])).toEqual([
      ['executive_summary', 'Executive Summary'],
      ['other', 'Section 1. Life'],
      ['killings', 'Section 1. Life > a. Extrajudicial Killings'],
      ['population_control', 'Section 1. Life > b. Coercion in Population Control'],
      ['other', 'Section 2. Liberty'],
      ['disappearance', 'Section 2. Liberty > c. Disappearance and Abduction'],
      ['disappearance', 'Section 2. Liberty > c. Disappearance and Abduction > Disappearance'],
      [
        'arbitrary_arrest',
        'Section 2. Liberty > c. Disappearance and Abduction > Prolonged Detention without Charges',
      ],
      ['other', 'Section 3. Security of the Person'],
      [
        'torture',
        'Section 3. Security of the Person > a. Torture and Cruel, Inhuman, or Degrading Treatment or Punishment',
      ],
    ]);
  });

  test('wrapped lines are rejoined into paragraphs that end at a blank line, a heading or a short sentence-final line', () => {
    const report = parsePreformatted();
    const killings = report.sections.findIndex((s) => s.key === 'killings');
    const texts = report.paragraphs.filter((p) => p.sectionIndex === killings).map((p) => p.text);
    expect(texts).toEqual([
      'Several credible accounts said soldiers of the border brigade shot two fishermen who had crossed the river at night; the army said it would look into both deaths but had published nothing.',
      'Village elders also described a second incident near the old mill.',
      'A separate paragraph follows a blank line and talks about a well-known anti-corruption campaigner, whose name ends this sentence.',
    ]);
    expect(report.paragraphs[0]?.text).toBe(
      'Conditions in the capital worsened over the year while the provinces stayed calm.',
    );
  });

  test('every paragraph and section of a pre-formatted page slices the stored text exactly', () => {
    const report = parsePreformatted();
    for (const paragraph of report.paragraphs)
      expect(report.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    for (const section of report.sections) {
      const heading = section.headingPath.at(-1) ?? '?';
      expect(report.text.slice(section.start, section.start + heading.length)).toBe(heading);
      expect(section.end).toBeLessThanOrEqual(report.text.length);
    }
  });

  test('lines broken with <br> instead of newlines are read the same way', () => {
    const withBreaks = parsePreformatted(PREFORMATTED.replace(/\n/g, '<br>'));
    const withNewlines = parsePreformatted();
    expect(withBreaks.text).toBe(withNewlines.text);
    expect(withBreaks.sections).toEqual(withNewlines.sections);
  });

  test('a block whose source merely wraps, with no plain-text section headings, stays one paragraph', () => {
    const prose = [
      'An ordinary paragraph whose HTML source happens to wrap at about seventy',
      'characters. It names no section and prints no heading line of its own.',
      'Short line.',
      'It should come out exactly as before: one paragraph, spaces for breaks.',
    ].join('\n');
    const report = parsePreformatted(prose);
    expect(report.sections.map((s) => s.key)).toEqual(['executive_summary']);
    expect(report.paragraphs.map((p) => p.text)).toEqual([prose.replace(/\n/g, ' ')]);
  });
});

describe('pages that print a territory part in full', () => {
  function parseCombined(territory?: string) {
    const result = parseReportPage(Buffer.from(combinedTerritoryPage({ territory })));
    if (!result.ok) throw new Error(`${result.code} ${result.message}`);
    return result.report;
  }
  const westBankAndGaza = (name: string) => getCountryRegistry().identifyReportCountry(name)?.code === 'PS';

  test('a territory heading followed by a new executive summary splits the page into two reports', () => {
    const [main, territory, ...rest] = splitReportParts(parseCombined(), westBankAndGaza);
    expect(rest).toEqual([]);
    expect(main?.pageCountryName).toBe('Israel, West Bank and Gaza');
    expect(territory?.pageCountryName).toBe('West Bank and Gaza');
    expect(main?.text).not.toMatch(/journalist|own summary/);
    expect(territory?.text).toMatch(/^West Bank and Gaza\n\nExecutive Summary\n\nThe territory part/);
    expect(territory?.sections.map((s) => s.key)).toEqual([
      'other',
      'executive_summary',
      'other',
      'killings',
      'disappearance',
    ]);
    expect(territory?.sourceUrl).toBe(main?.sourceUrl);
    expect(territory?.layout).toBe('sections-1-7');
  });

  test('each part’s paragraphs and sections slice that part’s own text exactly', () => {
    for (const part of splitReportParts(parseCombined(), westBankAndGaza)) {
      for (const paragraph of part.paragraphs)
        expect(part.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      for (const section of part.sections)
        expect(part.text.slice(section.start).startsWith(section.headingPath.at(-1) ?? '?')).toBe(true);
      expect(part.paragraphs.every((p) => part.sections[p.sectionIndex] !== undefined)).toBe(true);
    }
  });

  test('a part the caller does not accept as a destination (Tibet) stays in the page’s report', () => {
    const report = parseCombined('Tibet');
    expect(splitReportParts(report, westBankAndGaza)).toEqual([report]);
  });

  test('no real Israel page splits: each holds only the Israel part', () => {
    const israel = parseOk('2023/israel-west-bank-and-gaza.html');
    expect(splitReportParts(israel, westBankAndGaza)).toEqual([israel]);
  });
});

describe('rejecting bad pages with a reason', () => {
  test('an empty file is rejected as empty', () => {
    expect(parseReportPage(Buffer.alloc(0))).toMatchObject({ ok: false, code: 'empty' });
    expect(parseReportPage(Buffer.from('  \n\t '))).toMatchObject({ ok: false, code: 'empty' });
  });

  test('binary data is rejected as binary', () => {
    const binary = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);
    expect(parseReportPage(binary)).toMatchObject({ ok: false, code: 'binary' });
  });

  test('a page cut off before </html> is rejected as truncated', () => {
    const raw = page('2023/el-salvador.html');
    expect(parseReportPage(raw.subarray(0, Math.floor(raw.length / 2)))).toMatchObject({
      ok: false,
      code: 'truncated',
    });
  });

  test('a page in Latin-1 rather than UTF-8 is rejected as wrong encoding', () => {
    const latin1 = Buffer.from(
      '<html><body><h1>2023 Country Reports on Human Rights Practices: Côte d’Ivoire</h1></body></html>',
      'latin1',
    );
    expect(parseReportPage(latin1)).toMatchObject({ ok: false, code: 'wrong_encoding' });
  });

  test('an HTML page that is not a country report is rejected as such', () => {
    const html =
      '<!doctype html><html><head><title>Press briefing</title></head><body><h1>Daily press briefing</h1><p>Remarks.</p></body></html>';
    expect(parseReportPage(Buffer.from(html))).toMatchObject({ ok: false, code: 'not_a_country_report' });
  });

  test('a report heading without a report body is rejected as having no body', () => {
    const html = `<html><head><link rel="canonical" href="https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/nowhere/"></head>
      <body><h1>2023 Country Reports on Human Rights Practices: Norway</h1><p>Nothing else.</p></body></html>`;
    expect(parseReportPage(Buffer.from(html))).toMatchObject({ ok: false, code: 'no_report_body' });
  });

  test('deeply nested markup neither crashes the parser nor exhausts the stack', () => {
    const depth = 20_000;
    const html = `<html><head><link rel="canonical" href="https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/x/"></head><body><h1>2023 Country Reports on Human Rights Practices: Norway</h1><div class="report__content">${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}</div></body></html>`;
    const result = parseReportPage(Buffer.from(html));
    expect(result).toMatchObject({ ok: false, code: 'too_deep' });
  });

  test('malformed markup (unclosed tags, stray closers) still parses what it can', () => {
    const html = `<html><head><link rel="canonical" href="https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/x/"></head><body><h1>2023 Country Reports on Human Rights Practices: Norway</h1><div class="report__content"><h2 class="report__section-title">EXECUTIVE SUMMARY</h2><p>First paragraph <b>bold <i>mixed</b> text.</p></span></div><p>Second paragraph</div></body></html>`;
    const result = parseReportPage(Buffer.from(html));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report.paragraphs[0]?.text).toBe('First paragraph bold mixed text.');
  });
});
