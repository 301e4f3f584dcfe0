import { mkdtempSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { openDatabase } from '../../data/database';
import { parseEditionText, removeRunningLines } from '../../data/edition-parser';
import { extractPdfText } from '../../data/pdf-text';
import { sha256Of } from '../../data/page-processor';
import { openReportReader } from '../../data/report-reader';
import { ingestSources } from '../../data/report-ingester';
import { ReportWriter } from '../../data/report-writer';
import { extractCorpusPages, tempFile } from '../support/corpus';
import { buildEditionPdf, sampleEditionBlocks } from '../support/edition-pdf';

const IN_THREAD = { threads: 1 };
const KILLING = 'Police officers shot and killed four unarmed protesters at a market in the capital in March';

async function freshStore() {
  const file = tempFile('editions.sqlite');
  const opened = await openDatabase(file, { create: true });
  if (!opened.ok) throw new Error(opened.message);
  return { store: new ReportWriter(opened.db), db: opened.db, file };
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'editions-'));
}

async function writePdf(folder: string, name: string, runningTitle: string): Promise<string> {
  const file = path.join(folder, name);
  await fs.writeFile(file, await buildEditionPdf({ runningTitle, blocks: sampleEditionBlocks() }));
  return file;
}

describe('reading a PDF edition', () => {
  test('its pages come back as lines, the running title and page number among them', async () => {
    const raw = await buildEditionPdf({
      runningTitle: 'MAURITANIA 2023 HUMAN RIGHTS REPORT',
      blocks: sampleEditionBlocks(),
    });
    const text = await extractPdfText(raw, 'mauritania.pdf');
    if (!text.ok) throw new Error(text.message);
    expect(text.pages.length).toBeGreaterThanOrEqual(2);
    expect(text.pages[1]).toEqual(expect.arrayContaining(['MAURITANIA 2023 HUMAN RIGHTS REPORT', 'Page 2']));
  });

  test('running headers, footers and page numbers go; a paragraph running over a page break is one paragraph', () => {
    const pages = [
      ['FREEDONIA 2023 HUMAN RIGHTS REPORT', 'First words of a paragraph that', 'goes on and on', '1'],
      ['FREEDONIA 2023 HUMAN RIGHTS REPORT', 'and ends on the next page.', '', 'Page 2 of 3'],
      ['FREEDONIA 2023 HUMAN RIGHTS REPORT', 'Last page.', '3'],
    ];
    expect(removeRunningLines(pages)).toEqual([
      ['First words of a paragraph that', 'goes on and on'],
      ['and ends on the next page.'],
      ['Last page.'],
    ]);
  });
});

describe('parsing a plain-text export', () => {
  const exportText = [
    '2023 Country Reports on Human Rights Practices: Mauritania',
    '',
    'Section 1. Respect for the Integrity of the Person',
    '',
    'c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment',
    '',
    'Guards at the central prison beat detainees in the yard and in their cells for long two-',
    'week stretches, and several detainees died in custody after the beatings, according to',
    'relatives who visited them.',
    '',
    '7',
    '\fMAURITANIA 2023 HUMAN RIGHTS REPORT',
    'Section 2. Respect for Civil Liberties',
    '',
    'The press council met twice in the year and published its findings on the licensing of',
    'newspapers, radio stations and television channels, which editors said was slow but fair.',
  ].join('\n');

  test('sections come from plain-text headings, wrapped lines are rejoined and page numbers dropped', () => {
    const parsed = parseEditionText(Buffer.from(exportText), '/tmp/mauritania-2023.txt');
    if (!parsed.ok) throw new Error(parsed.message);
    const { report } = parsed;
    expect(report).toMatchObject({ year: 2023, pageCountryName: 'Mauritania' });
    expect(report.sourceUrl).toBe(pathToFileURL('/tmp/mauritania-2023.txt').href);
    expect(report.sections.map((section) => section.headingPath.at(-1))).toEqual([
      'Section 1. Respect for the Integrity of the Person',
      'c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment',
      'Section 2. Respect for Civil Liberties',
    ]);
    expect(report.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Guards at the central prison beat detainees in the yard and in their cells for long two-week stretches, and several detainees died in custody after the beatings, according to relatives who visited them.',
      'The press council met twice in the year and published its findings on the licensing of newspapers, radio stations and television channels, which editors said was slow but fair.',
    ]);
    expect(report.text).not.toMatch(/HUMAN RIGHTS REPORT|\b7\b/);
  });

  test('an "a." heading as wide as the prose lines is still a heading', () => {
    const wide = [
      'MAURITANIA 2023 HUMAN RIGHTS REPORT',
      'Section 1. Respect for the Integrity of the Person',
      '',
      'a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings',
      '',
      'Police officers shot and killed four unarmed protesters at a market in the capital in March, and',
      'witnesses said the officers fired without warning while the crowd was leaving the square at dusk,',
      'after which the families of the dead urged the courts to open an inquiry into the shootings.',
      '',
      'b. Disappearance',
      '',
      'Two journalists who covered the protests were not seen again after officers took them away from',
      'their office, and their families said the authorities gave no answer to their repeated letters.',
    ].join('\n');
    const parsed = parseEditionText(Buffer.from(wide), '/tmp/mauritania-2023.txt');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.report.sections.map((section) => section.key)).toEqual([
      'other',
      'killings',
      'disappearance',
    ]);
  });

  test('a plain-text export in a folder is ingested as the report, citing the file', async () => {
    const { store, db } = await freshStore();
    const folder = tempDir();
    const file = path.join(folder, 'mauritania-2023.txt');
    await fs.writeFile(file, exportText);
    const summary = await ingestSources(store, [folder], IN_THREAD);
    expect(summary.failed).toEqual([]);
    expect(summary).toMatchObject({ stored: 1 });
    expect(await store.listEditions('MR', 2023)).toEqual([
      expect.objectContaining({ kind: 'text', address: pathToFileURL(file).href }),
    ]);
    await db.close();
  });

  test('a text with no country report title, running title or file name is refused, naming the file', () => {
    const parsed = parseEditionText(Buffer.from('Shopping list\n\nEggs and milk.\n'), '/tmp/notes.txt');
    expect(parsed).toMatchObject({ ok: false, code: 'not_a_country_report' });
    expect(parsed.ok ? '' : parsed.message).toContain('notes.txt');
  });
});

describe('ingesting PDF editions', () => {
  test('a PDF with no page held is the report, and its quotes cite the PDF', async () => {
    const { store, db, file } = await freshStore();
    const pdf = await writePdf(tempDir(), 'mauritania-2023.pdf', 'MAURITANIA 2023 HUMAN RIGHTS REPORT');
    const summary = await ingestSources(store, [pdf], IN_THREAD);
    expect(summary.failed).toEqual([]);
    expect(summary).toMatchObject({ stored: 1, editions: 0 });
    const raw = await fs.readFile(pdf);
    expect(await store.findReportDigest('MR', 2023)).toMatchObject({ sha256: sha256Of(raw) });
    expect(await store.listEditions('MR', 2023)).toEqual([
      expect.objectContaining({ kind: 'pdf', address: pathToFileURL(pdf).href, sha256: sha256Of(raw) }),
    ]);
    const reader = await openReportReader(file);
    if (!reader.ok) throw new Error(reader.message);
    const evidence = await reader.reader.listEvidence({ code: 'MR', years: [2023], limit: 50 });
    const killing = evidence.find((item) => item.quote.includes(KILLING));
    expect(killing?.sourceUrl).toBe(pathToFileURL(pdf).href);
    // Found under the outline's own (long, wrapped) "a." heading.
    expect(killing?.section).toBe('killings');
    expect(evidence.every((item) => !/HUMAN RIGHTS REPORT|Page \d/.test(item.quote))).toBe(true);
    expect(await reader.reader.listReportSources('MR')).toEqual(
      new Map([
        [
          2023,
          [
            {
              kind: 'pdf',
              quoted: true,
              address: pathToFileURL(pdf).href,
              sha256: sha256Of(raw),
              retrievedAt: expect.any(String),
            },
          ],
        ],
      ]),
    );
    await reader.reader.close();

    const again = await ingestSources(store, [pdf], IN_THREAD);
    expect(again).toMatchObject({ stored: 0, unchanged: 1, editions: 0 });
    await db.close();
  });

  test('a PDF of a report held from its page is a second source, not a duplicate', async () => {
    const { store, db, file } = await freshStore();
    const folder = await extractCorpusPages(['2023/norway.html']);
    const pdf = await writePdf(folder, 'norway-2023.pdf', 'NORWAY 2023 HUMAN RIGHTS REPORT');
    const summary = await ingestSources(store, [folder], IN_THREAD);
    expect(summary.failed).toEqual([]);
    expect(summary).toMatchObject({ stored: 1, editions: 1 });
    expect(await store.countReports()).toBe(1);
    const page = await fs.readFile(path.join(folder, '2023', 'norway.html'));
    expect(await store.findReportDigest('NO', 2023)).toMatchObject({ sha256: sha256Of(page) });
    expect(await store.listEditions('NO', 2023)).toEqual([
      expect.objectContaining({
        kind: 'pdf',
        address: pathToFileURL(pdf).href,
        sha256: sha256Of(await fs.readFile(pdf)),
      }),
    ]);
    const reader = await openReportReader(file);
    if (!reader.ok) throw new Error(reader.message);
    // The reader gives both: the page, which the quotes come from, then the PDF.
    expect((await reader.reader.listReportSources('NO')).get(2023)).toEqual([
      expect.objectContaining({ kind: 'page', quoted: true, sha256: sha256Of(page) }),
      expect.objectContaining({
        kind: 'pdf',
        quoted: false,
        address: pathToFileURL(pdf).href,
        sha256: sha256Of(await fs.readFile(pdf)),
      }),
    ]);
    await reader.reader.close();
    const again = await ingestSources(store, [folder], IN_THREAD);
    expect(again).toMatchObject({ stored: 0, unchanged: 2, editions: 0 });
    expect(await store.listEditions('NO', 2023)).toHaveLength(1);
    await db.close();
  });

  test('a page arriving after its PDF becomes the report; the PDF stays on as a second source', async () => {
    const { store, db } = await freshStore();
    const pdf = await writePdf(tempDir(), 'norway-2023.pdf', 'NORWAY 2023 HUMAN RIGHTS REPORT');
    await ingestSources(store, [pdf], IN_THREAD);
    expect(await store.findReportDigest('NO', 2023)).toMatchObject({
      sha256: sha256Of(await fs.readFile(pdf)),
    });
    const folder = await extractCorpusPages(['2023/norway.html']);
    const summary = await ingestSources(store, [folder], IN_THREAD);
    expect(summary).toMatchObject({ stored: 1 });
    const page = await fs.readFile(path.join(folder, '2023', 'norway.html'));
    expect(await store.findReportDigest('NO', 2023)).toMatchObject({ sha256: sha256Of(page) });
    expect(await store.listEditions('NO', 2023)).toHaveLength(1);
    expect(await store.countReports()).toBe(1);
    await db.close();
  });

  describe('an unreadable PDF is named and nothing stored is lost', () => {
    const cases: Array<[string, string, () => Promise<Buffer>]> = [
      [
        'damaged',
        'damaged_pdf',
        async () =>
          (
            await buildEditionPdf({
              runningTitle: 'NORWAY 2023 HUMAN RIGHTS REPORT',
              blocks: sampleEditionBlocks(),
            })
          ).subarray(0, 400),
      ],
      [
        'encrypted',
        'encrypted_pdf',
        () =>
          buildEditionPdf({
            runningTitle: 'NORWAY 2023 HUMAN RIGHTS REPORT',
            blocks: sampleEditionBlocks(),
            userPassword: 'secret',
          }),
      ],
      [
        'image-only',
        'image_only_pdf',
        () => buildEditionPdf({ runningTitle: '', blocks: [], imageOnly: true }),
      ],
    ];

    test.each(cases)('%s', async (name, code, build) => {
      const { store, db } = await freshStore();
      const folder = await extractCorpusPages(['2023/norway.html']);
      await ingestSources(store, [folder], IN_THREAD);
      const before = await store.findReportDigest('NO', 2023);
      const bad = path.join(tempDir(), `norway-2023-${name}.pdf`);
      await fs.writeFile(bad, await build());
      const summary = await ingestSources(store, [bad], IN_THREAD);
      expect(summary.failed).toEqual([
        { origin: bad, code, message: expect.stringContaining(path.basename(bad)) },
      ]);
      expect(await store.findReportDigest('NO', 2023)).toEqual(before);
      expect(await store.countReports()).toBe(1);
      expect(await store.listEditions('NO', 2023)).toEqual([]);
      await db.close();
    });
  });
});
