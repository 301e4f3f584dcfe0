import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, runAxe, screenshot, seriousOrCritical, setUpBrowserSuite } from './browser-harness';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../scoring/categories';
import { BANDS } from '../../scoring/score-model';
import * as vocabulary from '../../server/web/shared/vocabulary';
import {
  CATALOGUES,
  LANGUAGES,
  translate,
  type Language,
  type MessageKey,
} from '../../server/web/shared/i18n/messages';

const BAND_WORDS = Object.fromEntries(BANDS.map((band) => [band, CATALOGUES.en[`band.${band}`]]));

const suite = setUpBrowserSuite();
const { openPage } = suite;

async function search(page: Page, input: string, language: Language = 'en'): Promise<void> {
  await page.goto(`${suite.base}/${language === 'en' ? '' : `?lang=${language}`}`);
  await page.getByRole('combobox', { name: translate(language, 'search.country') }).fill(input);
  await page.keyboard.press('Enter');
  await page.locator('#card-title').waitFor();
}

describe('the page at /', () => {
  test('searching "Swaziland" shows Eswatini\'s card with evidence, history and the embed snippet', async () => {
    const { context, page, problems } = await openPage();
    await search(page, 'Swaziland');

    await expect(page.locator('#card-title').textContent()).resolves.toBe('Eswatini');
    expect(page.url()).toBe(`${suite.base}/country/SZ`);
    const score = Number(await page.locator('.score-number').textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    // The band is written out, not only coloured.
    await expect(page.locator('#card .band-chip').textContent()).resolves.toMatch(
      /^(Low|Moderate|Elevated|High|Severe) risk$/,
    );
    await expect(page.locator('#card .bar-track[role=meter]').count()).resolves.toBe(7);
    await expect(page.locator('#card .facts').textContent()).resolves.toMatch(/Confidence\s*\d+%/);

    const quotes = page.locator('#evidence li.quote');
    expect(await quotes.count()).toBeGreaterThan(3);
    const first = quotes.first();
    await expect(first.locator('blockquote').textContent()).resolves.toMatch(/^“.{20,}”$/);
    await expect(first.locator('.cite').textContent()).resolves.toMatch(/^20\d\d report, /);
    const href = await first.locator('.cite a').getAttribute('href');
    expect(href).toMatch(
      /^https:\/\/www\.state\.gov\/reports\/20\d\d-country-reports-on-human-rights-practices\/eswatini\/?#:~:text=/,
    );

    // History: an SVG chart with a text alternative, and a table with a row per report year.
    await expect(page.locator('#history svg[role=img] title').first().textContent()).resolves.toContain(
      'Eswatini',
    );
    await expect(page.locator('#history svg desc').textContent()).resolves.toMatch(/score \d+ in 20\d\d/);
    expect(await page.locator('#history tbody tr').count()).toBeGreaterThanOrEqual(2);

    // Embed panel: the snippet with the custom element, the script and the noscript badge, and a live preview.
    const snippet = await page.locator('#embed-snippet').inputValue();
    expect(snippet).toContain('<hr-risk-score country="SZ"></hr-risk-score>');
    expect(snippet).toContain(`<script async src="${suite.base}/widget.js"></script>`);
    expect(snippet).toMatch(
      /<noscript><a href="[^"]+\/country\/SZ"><img src="[^"]+\/v1\/countries\/SZ\/badge\.svg" alt="Eswatini: deportation risk \d+\/100, [a-z]+ risk"><\/a><\/noscript>/,
    );
    await page.locator('#embed-preview iframe[title*="Eswatini"]').waitFor();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.base });
    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await page.locator('#copy-status', { hasText: 'Copied to the clipboard.' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet);

    await screenshot(page, 'page-eswatini-desktop');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a country page is addressable at /country/{code} and carries the oEmbed discovery link', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/country/SV`);
    await page.locator('#card-title').waitFor();
    await expect(page.locator('#card-title').textContent()).resolves.toBe('El Salvador');
    const discovery = await page
      .locator('link[rel=alternate][type="application/json+oembed"]')
      .getAttribute('href');
    expect(discovery).toBe(
      `${suite.base}/oembed?url=${encodeURIComponent(`${suite.base}/country/SV`)}&format=json`,
    );
    const oembed = (await (await fetch(discovery ?? '')).json()) as { type: string; html: string };
    expect(oembed.type).toBe('rich');
    // Also /?country=…; a territory reported inside another country's page says so in plain words.
    await page.goto(`${suite.base}/?country=${encodeURIComponent('Hong Kong')}`);
    await page.locator('#card-title').waitFor();
    await expect(page.locator('#card-title').textContent()).resolves.toBe('China');
    await expect(page.locator('#card .warnings').textContent()).resolves.toContain(
      'they describe China, not Hong Kong',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an unknown country explains itself and suggests the closest names', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/`);
    await page.getByRole('combobox', { name: 'Country' }).fill('Rwnda');
    await page.keyboard.press('Enter');
    const suggestion = page.locator('#status button', { hasText: 'Rwanda' });
    await suggestion.waitFor();
    await suggestion.click();
    await page.locator('#card-title', { hasText: 'Rwanda' }).waitFor();
    await context.close();
  });

  test('comparing five countries gives a ranked table and a CSV', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/#compare`);
    const candidates = ['El Salvador', 'Swaziland', 'RW', 'Norway', 'South Sudan'];
    await page.getByLabel(/Candidate countries/).fill(candidates.join('\n'));
    await page.getByRole('button', { name: 'Rank by risk' }).click();
    const rows = page.locator('#compare-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    // A column per category.
    expect(await page.locator('#compare-table thead th').count()).toBe(5 + 7);
    const ranks = await rows.locator('td:nth-child(1)').allTextContents();
    expect(ranks).toEqual(['1', '2', '3', '4', '5']);
    const scores = (await rows.locator('td:nth-child(3)').allTextContents()).map(Number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const names = await rows.locator('th a').allTextContents();
    expect(new Set(names)).toEqual(new Set(['El Salvador', 'Eswatini', 'Rwanda', 'Norway', 'South Sudan']));
    await screenshot(page, 'page-compare-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const file = path.join(ARTIFACTS_DIR, 'compare.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(6);
    const header = lines[0]?.split(',') ?? [];
    for (const id of CATEGORY_IDS) expect(header).toContain(id);
    const scoreColumn = header.indexOf('score');
    const csvScores = lines.slice(1).map((line) => Number(line.split(',')[scoreColumn]));
    expect([...csvScores].sort((a, b) => b - a)).toEqual(csvScores);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the printable evidence brief has numbered citations, report years, retrieval dates, method version and date', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/country/SV`);
    await page.locator('#card-title').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#brief').isVisible()).resolves.toBe(true);
    await expect(page.locator('#compare').isVisible()).resolves.toBe(false);
    await expect(page.locator('#search-form').isVisible()).resolves.toBe(false);
    const brief = (await page.locator('#brief').textContent()) ?? '';
    expect(brief).toMatch(/Generated on \d{1,2} \w+ 20\d\d/);
    expect(brief).toMatch(/Method version \S+/);
    const citations = page.locator('#brief ol.citations > li');
    expect(await citations.count()).toBeGreaterThan(3);
    const citation = (await citations.first().textContent()) ?? '';
    expect(citation).toMatch(/20\d\d Country Reports on Human Rights Practices: El Salvador/);
    expect(citation).toMatch(/Retrieved \d{1,2} \w+ 20\d\d/);
    expect(citation).toContain('https://www.state.gov/');
    await page.pdf({ path: path.join(ARTIFACTS_DIR, 'brief-el-salvador.pdf'), format: 'A4' });
    await screenshot(page, 'page-brief-print');
    await context.close();
  });

  test('is usable at 320 px: no horizontal scrolling, and the card and compare table fit', async () => {
    const { context, page } = await openPage({ width: 320 });
    await search(page, 'XKX');
    await expect(page.locator('#card-title').textContent()).resolves.toBe('Kosovo');
    await page.getByLabel(/Candidate countries/).fill('SV, SZ, RW, NO, SS');
    await page.getByRole('button', { name: 'Rank by risk' }).click();
    await page.locator('#compare-table tbody tr').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'page-kosovo-320px');
    await context.close();
  });

  test.each(LANGUAGES)(
    'axe-core finds no serious or critical violation on the page in %s (desktop and 320 px)',
    async (language) => {
      for (const width of [1280, 320]) {
        // addScriptTag injects inline code, which our CSP blocks: audit in a CSP-bypassing context.
        const { context, page } = await openPage({ width, bypassCSP: true });
        await search(page, 'El Salvador', language);
        await page.getByLabel(translate(language, 'compare.inputLabel')).fill('SV\nSZ\nRW\nNO\nSS\nAtlantis');
        await page.getByRole('button', { name: translate(language, 'compare.submit') }).click();
        await page.locator('#compare-table').waitFor();
        await page.locator('#history details summary').click();
        await page.locator('.method-summary summary').click();
        await page.locator('#embed-preview iframe').waitFor();
        const violations = await runAxe(page);
        expect(seriousOrCritical(violations)).toEqual([]);
        if (width === 320) await screenshot(page, `page-el-salvador-320px-${language}`);
        await context.close();
      }
    },
  );

  test('keyboard only: the search works and focus is visible', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/`);
    await page.keyboard.press('Tab'); // skip link
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { id: el.id, outline: style.outlineStyle, width: style.outlineWidth, tag: el.tagName };
    });
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('3px');
    await page.locator('#country-input').focus();
    await page.keyboard.type('Rwanda');
    await page.keyboard.press('Enter');
    await page.locator('#card-title', { hasText: 'Rwanda' }).waitFor();
    await context.close();
  });
});

describe('the page script', () => {
  test('index.html preloads exactly the modules app.js imports, directly or not', () => {
    const assets = path.resolve(__dirname, '..', '..', 'server', 'web', 'public', 'assets');
    const imported = new Set<string>();
    const visit = (file: string) => {
      const source = readFileSync(path.join(assets, file), 'utf8');
      for (const [, name] of source.matchAll(/^import [^;]*? from '\.\/([a-z-]+\.js)';$/gm)) {
        if (name && !imported.has(name)) {
          imported.add(name);
          if (name !== 'vocabulary.js') visit(name);
        }
      }
    };
    visit('app.js');
    const html = readFileSync(path.join(assets, '..', 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="\/assets\/([a-z-]+\.js)"/g)].map(
      ([, name]) => name,
    );
    expect(imported.size).toBeGreaterThan(5);
    expect(new Set(preloaded)).toEqual(imported);
    expect(preloaded).toHaveLength(imported.size);
  });
});

describe('the compare view', () => {
  test('ignores blank and whitespace-only lines: only the countries are sent and ranked', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/#compare`);
    const sent: unknown[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v1/scores/batch') sent.push(request.postDataJSON());
    });
    await page.getByLabel(/Candidate countries/).fill('\nEl Salvador\n\n   \nNorway\n\t\n, ,\n');
    await page.getByRole('button', { name: 'Rank by risk' }).click();
    await page.locator('#compare-status', { hasText: 'Ranked' }).waitFor();

    expect(sent).toEqual([{ countries: ['El Salvador', 'Norway'] }]);
    await expect(page.locator('#compare-status').textContent()).resolves.toBe('Ranked 2 of 2 countries.');
    const names = await page.locator('#compare-table tbody th a').allTextContents();
    expect(new Set(names)).toEqual(new Set(['El Salvador', 'Norway']));
    await expect(page.locator('#compare-result .status.error').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a list of blank lines only asks for a country instead of sending an empty batch', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/#compare`);
    let batches = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v1/scores/batch') batches += 1;
    });
    await page.getByLabel(/Candidate countries/).fill('\n  \n\n');
    await page.getByRole('button', { name: 'Rank by risk' }).click();
    await page.locator('#compare-status.error', { hasText: 'Enter at least one country.' }).waitFor();
    expect(batches).toBe(0);
    await context.close();
  });
});

describe('category labels and band words', () => {
  const LABELS = CATEGORY_IDS.map((id) => CATEGORY_LABELS[id]);

  test('/assets/vocabulary.js is an ES module with exactly the exports of the server vocabulary: ids, no words', async () => {
    const response = await fetch(`${suite.base}/assets/vocabulary.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/`);
    // A string, so that the test's compiler leaves the dynamic import to the browser.
    const served: unknown = await page.evaluate(
      `import(${JSON.stringify(`${suite.base}/assets/vocabulary.js`)}).then((module) => ({ ...module }))`,
    );
    expect(served).toEqual({ ...vocabulary });
    expect(served).toEqual({ CATEGORY_IDS: [...CATEGORY_IDS], BANDS: [...BANDS] });
    await context.close();
  });

  test('the page shows the labels of scoring/categories.ts and the English catalogue’s band words', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/country/SV`);
    await page.locator('#card-title').waitFor();
    await expect(page.locator('#card .bar-label span[id^="bar-"]').allTextContents()).resolves.toEqual(
      LABELS,
    );
    await expect(page.locator('#evidence .evidence-group h3').allTextContents()).resolves.toEqual(LABELS);
    const band = await page.locator('#card .band-chip').textContent();
    expect(Object.values(BAND_WORDS)).toContain(band);
    await context.close();
  });

  test('the page has no copy of them: whatever the inlined catalogue says is what the page prints', async () => {
    const { context, page, problems } = await openPage();
    const renamed: Record<string, unknown> = { ...CATALOGUES.en };
    for (const id of CATEGORY_IDS) {
      renamed[`category.${id}`] = `Label ${id}`;
      renamed[`category.${id}.short`] = `Short ${id}`;
    }
    for (const band of BANDS) renamed[`band.${band}`] = `Band word ${band}`;
    renamed['table.year'] = 'Renamed year';
    await page.route(`${suite.base}/country/SV`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<script type="application\/json" id="messages">)[^<]*(<\/script>)/,
        (_whole, open: string, close: string) => `${open}${JSON.stringify(renamed)}${close}`,
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${suite.base}/country/SV`);
    await page.locator('#card-title').waitFor();
    const renamedLabels = CATEGORY_IDS.map((id) => `Label ${id}`);
    await expect(page.locator('#card .bar-label span[id^="bar-"]').allTextContents()).resolves.toEqual(
      renamedLabels,
    );
    await expect(page.locator('#card .band-chip').textContent()).resolves.toMatch(/^Band word [a-z]+$/);
    await expect(page.locator('#history thead th').allTextContents()).resolves.toEqual([
      'Renamed year',
      'Score',
      'Band',
      ...CATEGORY_IDS.map((id) => `Short ${id}`),
    ]);
    await page.getByLabel(/Candidate countries/).fill('SV\nNO');
    await page.getByRole('button', { name: 'Rank by risk' }).click();
    await page.locator('#compare-table').waitFor();
    await expect(
      page
        .locator('#compare-table thead abbr')
        .evaluateAll((els) => els.map((el) => el.getAttribute('title'))),
    ).resolves.toEqual(renamedLabels);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('no page or widget script spells out a message of either catalogue', () => {
    const publicDir = path.resolve(__dirname, '..', '..', 'server', 'web', 'public');
    const scripts = readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(scripts).toEqual(expect.arrayContaining(['widget.js', path.join('assets', 'app.js')]));
    // Every message as a script would spell it: whole, or the text before its first placeholder.
    const words = Object.values(CATALOGUES).flatMap((catalogue) =>
      Object.values(catalogue)
        .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
        .map((text) => (text ?? '').split('{')[0]?.trim() ?? '')
        .filter((text) => text.length >= 12),
    );
    expect(words.length).toBeGreaterThan(100);
    expect(words).toEqual(expect.arrayContaining(LABELS));
    const copies = scripts.flatMap((file) => {
      const text = readFileSync(path.join(publicDir, file), 'utf8');
      return words
        .filter(
          (word) => text.includes(`'${word}`) || text.includes(`"${word}`) || text.includes(`\`${word}`),
        )
        .map((w) => `${file}: ${w}`);
    });
    expect(copies).toEqual([]);
  });
});

describe('the page in Spanish', () => {
  const es = (key: MessageKey) => translate('es', key);

  test('/country/SV?lang=es shows Spanish labels, bands and headings, and English quotes marked lang="en"', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/country/SV?lang=es`);
    await page.locator('#card-title').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(page.locator('#page-title').textContent()).resolves.toBe(es('intro.title'));
    await expect(page.locator('#card .bar-label span[id^="bar-"]').allTextContents()).resolves.toEqual(
      CATEGORY_IDS.map((id) => translate('es', `category.${id}`)),
    );
    await expect(page.locator('#card .band-chip').textContent()).resolves.toMatch(
      /^Riesgo (bajo|moderado|considerable|alto|grave)$/,
    );
    await expect(page.locator('#card .facts').textContent()).resolves.toMatch(/Confianza\s*\d+\s?%/);
    await expect(page.locator('#evidence-title').textContent()).resolves.toBe('Pruebas');
    await expect(page.locator('#history thead th').first().textContent()).resolves.toBe('Año');
    await expect(page.locator('#status').textContent()).resolves.toMatch(
      /^Se muestra El Salvador: \d+ de 100, riesgo /,
    );

    // Every quote of the page (evidence, brief) is the report's English and says so.
    const quotes = page.locator('#evidence blockquote');
    expect(await quotes.count()).toBeGreaterThan(3);
    await expect(quotes.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).resolves.toEqual(
      Array(await quotes.count()).fill('en'),
    );
    await expect(page.locator('#evidence .cite').first().textContent()).resolves.toMatch(
      /^Informe de 20\d\d, /,
    );
    await expect(page.locator('#evidence .cite span[lang="en"]').count()).resolves.toBe(await quotes.count());
    const briefQuotes = page.locator('#brief ol.citations .quoted');
    expect(await briefQuotes.count()).toBeGreaterThan(3);
    await expect(
      briefQuotes.evaluateAll((els) => els.every((el) => el.getAttribute('lang') === 'en')),
    ).resolves.toBe(true);
    await expect(page.locator('#brief').textContent()).resolves.toMatch(
      /Generado el \d{1,2} de \w+ de 20\d\d/,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  test('Accept-Language es-MX opens the page in Spanish without ?lang, with country names in Spanish', async () => {
    const { context, page } = await openPage({ locale: 'es-MX' });
    await page.goto(`${suite.base}/country/SS`);
    await page.locator('#card-title').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(page.locator('#card-title').textContent()).resolves.toBe('Sudán del Sur');
    await expect(page.locator('#language-switch').textContent()).resolves.toBe('English');
    await context.close();
  });

  test('the switcher keeps the country and profiles; a search by Spanish name keeps the chosen language', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${suite.base}/country/SZ?profiles=journalist`);
    await page.locator('#card-title', { hasText: 'Eswatini' }).waitFor();
    await page.getByRole('link', { name: 'Ver esta página en español' }).click();
    await page.locator('#card-title', { hasText: 'Esuatini' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/country/SZ');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(new URL(page.url()).searchParams.get('profiles')).toBe('journalist');
    await expect(page.locator('#profiles h3').first().textContent()).resolves.toBe(es('profile.journalist'));
    await expect(page.locator('#card .kicker').textContent()).resolves.toBe(es('app.name'));

    // A search by the Spanish name pushes the next country's address with the language kept.
    await page.locator('#country-options option[value="Ruanda"]').waitFor({ state: 'attached' });
    await page.getByRole('combobox', { name: 'País' }).fill('ruanda');
    await page.keyboard.press('Enter');
    await page.locator('#card-title', { hasText: 'Ruanda' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/country/RW');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    await expect(page.locator('#world-table tbody a').first().getAttribute('href')).resolves.toMatch(
      /^\/country\/[A-Z]{2}\?lang=es$/,
    );

    await page.getByRole('link', { name: 'View this page in English' }).click();
    await page.locator('#card-title', { hasText: 'Rwanda' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the page fills every message exactly as the server does, plural forms included', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.base}/?lang=es`);
    const values = { count: 1, ranked: 1, shown: 1, missing: 1, year: 2024, country: 'Ghana', score: 41 };
    for (const count of [0, 1, 2, 1000000]) {
      const sample = { ...values, count };
      // A string, so that the test's compiler leaves the dynamic import to the browser.
      const filled = (await page.evaluate(
        `import(${JSON.stringify(`${suite.base}/assets/i18n.js`)}).then((m) => Object.fromEntries(${JSON.stringify(
          Object.keys(CATALOGUES.es),
        )}.map((key) => [key, m.t(key, ${JSON.stringify(sample)})])))`,
      )) as Record<string, string>;
      const expected = Object.fromEntries(
        Object.keys(CATALOGUES.es).map((key) => [key, translate('es', key as MessageKey, sample)]),
      );
      expect(filled).toEqual(expected);
    }
    await context.close();
  });
});
