import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import type { RequestListener } from 'http';
import path from 'path';
import { Writable } from 'stream';
import { pathToFileURL } from 'url';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import request from 'supertest';
import type { ProfileId } from '../../scoring/profile-model';
import { NO_TARGETED_EVIDENCE } from '../../scoring/profile-scorer';
import { getCountryRegistry } from '../../data/country-registry';
import { openDatabase } from '../../data/database';
import { sha256Of } from '../../data/page-processor';
import { ingestSources } from '../../data/report-ingester';
import { openReportReader } from '../../data/report-reader';
import { ReportWriter } from '../../data/report-writer';
import { CountryService } from '../../server/country-service';
import { ExhibitService, type ExhibitPacket } from '../../server/exhibit-service';
import { citationParts, formatCitation } from '../../server/presenters/citation-presenter';
import { writePacketPdf } from '../../server/presenters/packet-pdf';
import { buildPacketBlocks } from '../../server/presenters/packet-presenter';
import { extractCorpusPages, tempFile } from '../support/corpus';
import { buildEditionPdf, sampleEditionBlocks } from '../support/edition-pdf';
import { startContractApp, parseAsBytes } from '../support/contract-app';
import type { OpenApiValidator } from '../support/openapi-validator';
import { buildTestApp, type TestDatabase } from '../support/test-database';

let fixture: TestDatabase;
let app: RequestListener;
let contract: OpenApiValidator;

beforeAll(async () => ({ fixture, app, contract } = await startContractApp()));
afterAll(() => fixture.close());

async function call(url: string, target: RequestListener = app) {
  const response = await request(target).get(url).buffer(true).parse(parseAsBytes);
  const body = response.body as Buffer;
  const json = /json/.test(String(response.headers['content-type']))
    ? (JSON.parse(body.toString('utf8')) as unknown)
    : undefined;
  contract.assertResponse('get', url, Object.assign(response, { body: json ?? body }));
  return { status: response.status, headers: response.headers, bytes: body, json: json as never };
}

/** All text of an XML tree, in document order. */
function textContent(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(textContent).join('') : '';
}

/** Text as a reader copies it: line ends and runs of spaces are one space. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The quote, word for word, as pdftotext prints it: pdftotext removes a hyphen that ends a line
 * ("life-" / "threatening" → "lifethreatening"), so a hyphen may be missing; nothing else may differ.
 */
function asExtracted(quote: string, spacing = normalise): RegExp {
  const escaped = spacing(quote).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/-/g, '-?').replace(/ /g, '\\s+'));
}
const compact = (text: string) => text.replace(/\s+/g, '');

async function expectedPacket(profiles: ProfileId[] = []): Promise<ExhibitPacket> {
  const service = new ExhibitService(new CountryService(fixture.store, getCountryRegistry()), fixture.store);
  const packet = await service.getPacket('SV', {
    quotesPerCategory: 10,
    quotesPerProfile: 10,
    profiles,
    now: new Date(),
  });
  if (!packet.ok) throw new Error('no packet for El Salvador');
  return packet.value;
}

/** The PDF's text as pdftotext extracts it (what a reader selects and copies). */
function pdfText(bytes: Buffer, name: string): string {
  const file = tempFile(name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The text of a Word document's body, in document order. */
function docxText(bytes: Buffer, name: string): string {
  const file = tempFile(name);
  writeFileSync(file, bytes);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return textContent(parseDocument(xml, { xmlMode: true, decodeEntities: true }));
}

function everyQuote(packet: ExhibitPacket) {
  return [
    ...packet.quotes.flatMap((group) => group.rows),
    ...(packet.changes?.noLongerSays.flatMap((group) => group.quotes) ?? []),
  ];
}

describe('pinpoint citations', () => {
  test('each evidence item names its outline part and paragraph, and that paragraph holds the quote', async () => {
    const { status, json } = await call('/v1/countries/SV/score?year=2023&evidence=5');
    expect(status).toBe(200);
    const evidence = (
      json as {
        evidence: Array<{
          quote: string;
          citation: string;
          pinpoint: { section: string | null; paragraph: number | null; text: string };
        }>;
      }
    ).evidence;
    expect(evidence.length).toBeGreaterThan(10);
    for (const item of evidence) {
      expect(item.pinpoint.paragraph).toBeGreaterThanOrEqual(1);
      const { section, paragraph } = item.pinpoint;
      if (section === null) continue;
      expect(section).toMatch(/^\d(\.[a-z])?$/);
      expect(item.citation).toMatch(
        new RegExp(
          `^U\\.S\\. Dep't of State, 2023 Country Reports on Human Rights Practices: El Salvador § ${section.replace('.', '\\.')}, ¶ ${paragraph} \\(retrieved \\d{4}-\\d{2}-\\d{2}\\), https://www\\.state\\.gov/.+#:~:text=`,
        ),
      );
      // Counting the paragraphs of that part, as a reader of the report would, finds the quote.
      const rows = await fixture.db.all<{ text: string }>(
        `SELECT p.text FROM paragraphs p JOIN sections s ON s.id = p.section_id JOIN reports r ON r.id = p.report_id
         WHERE r.country_code = 'SV' AND r.year = 2023 AND s.outline = ? ORDER BY p.ord`,
        [section],
      );
      expect(rows[(paragraph ?? 0) - 1]?.text).toContain(item.quote);
    }
  });
});

describe('GET /v1/countries/{country}/changes', () => {
  test('El Salvador 2023 → 2024: prison conditions and political prisoners dropped, with the 2023 quotes the 2024 text no longer carries', async () => {
    const { status, json } = await call('/v1/countries/SV/changes?from=2023&to=2024');
    expect(status).toBe(200);
    const body = json as {
      changes: {
        droppedTopics: string[];
        length: { from: number; to: number; change: number };
        categories: Record<string, { from: { evidenceCount: number }; to: { evidenceCount: number } }>;
      };
      noLongerSays: Array<{
        category: string;
        reason: string;
        quotes: Array<{ quote: string; year: number; citation: string }>;
      }>;
    };
    expect(body.changes.droppedTopics).toEqual(
      expect.arrayContaining(['prison_conditions', 'political_prisoners']),
    );
    expect(body.changes.length.to).toBeLessThan(body.changes.length.from);
    expect(body.changes.length.change).toBe(body.changes.length.to - body.changes.length.from);
    const groups = new Map(body.noLongerSays.map((group) => [group.category, group]));
    for (const category of ['political_prisoners', 'detention_conditions', 'arbitrary_detention'])
      expect(groups.get(category)?.quotes.length).toBeGreaterThan(0);
    expect(groups.get('political_prisoners')?.reason).toBe('none_asserted');
    const laterText = (
      await fixture.db.get<{ text: string }>(
        `SELECT text FROM reports WHERE country_code = 'SV' AND year = 2024`,
      )
    )?.text.replace(/\s+/g, ' ');
    for (const group of body.noLongerSays) {
      expect(group.quotes.length).toBeLessThanOrEqual(5);
      for (const quote of group.quotes) {
        expect(quote.year).toBe(2023);
        expect(quote.citation).toMatch(
          /2023 Country Reports on Human Rights Practices: El Salvador .*¶ \d+ \(retrieved/,
        );
        expect(laterText).not.toContain(quote.quote.replace(/\s+/g, ' '));
      }
    }
  });

  test('refuses from not before to (400) and names unknown countries (404)', async () => {
    expect((await call('/v1/countries/SV/changes?from=2024&to=2023')).status).toBe(400);
    expect((await call('/v1/countries/Atlantis/changes?from=2023&to=2024')).status).toBe(404);
    expect((await call('/v1/countries/SV/changes?from=2019&to=2024')).status).toBe(404);
  });
});

describe('GET /v1/changes', () => {
  test('summarises every country with both editions, and gives the rows as CSV', async () => {
    const { json } = await call('/v1/changes?from=2023&to=2024');
    const body = json as {
      summary: {
        countries: number;
        medianLength: { from: number; to: number };
        droppedTopics: Array<{ topic: string; countries: number }>;
      };
      countries: Array<{ country: { code: string } }>;
    };
    expect(body.countries.map((entry) => entry.country.code).sort()).toEqual(['RW', 'SV', 'SZ']);
    expect(body.summary.countries).toBe(3);
    expect(body.summary.medianLength.to).toBeLessThan(body.summary.medianLength.from);
    expect(
      body.summary.droppedTopics.find((entry) => entry.topic === 'prison_conditions')?.countries,
    ).toBeGreaterThan(0);

    const csv = await call('/v1/changes?from=2023&to=2024&format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^code,country,length_2023,length_2024,/);
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual(['RW', 'SV', 'SZ']);
  });
});

describe('exhibit packet', () => {
  test('the PDF has selectable text with every quote verbatim and its pinpoint citation, at least 20 for El Salvador', async () => {
    const packet = await expectedPacket();
    const quotes = everyQuote(packet);
    // The issue's "done when": at least 20 quotes, each with its paragraph.
    const pinpointed = packet.quotes.flatMap((group) => group.rows).filter((row) => row.paragraph !== null);
    expect(pinpointed.length).toBeGreaterThanOrEqual(20);
    for (const row of pinpointed) expect(citationParts(row).pinpoint).toMatch(/, ¶ \d+$/);
    const { status, headers, bytes } = await call('/v1/countries/SV/brief.pdf');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/pdf');
    expect(headers['content-disposition']).toMatch(/attachment; filename="exhibit-el-salvador-2024\.pdf"/);
    const file = tempFile('packet.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const flat = normalise(text);
    // Long addresses break mid-word without a hyphen, so citations are compared without spaces.
    const dense = compact(text);
    for (const row of quotes) {
      expect(flat).toMatch(asExtracted(row.quote));
      expect(dense).toMatch(asExtracted(formatCitation(citationParts(row)), compact));
    }
    expect(flat).toContain(`Method version: ${packet.score.methodVersion}`);
    for (const source of packet.sources) expect(dense).toContain(source.sha256);
    expect(flat).toContain('What the 2024 report no longer says');
  });

  test('the PDF streams: finished pages reach the response while the rest is still being laid out', async () => {
    const blocks = buildPacketBlocks(await expectedPacket());
    const chunks: Buffer[] = [];
    let laidOut = false;
    let bytesDuringLayout = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        if (!laidOut) bytesDuringLayout += chunk.length;
        callback();
      },
    });
    const finished = new Promise((resolve) => sink.on('finish', resolve));
    await writePacketPdf(blocks, sink, 'streaming');
    laidOut = true;
    await finished;
    const whole = Buffer.concat(chunks);
    expect(whole.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Laid out in one go, nothing would reach the sink before the layout returned.
    expect(bytesDuringLayout).toBeGreaterThan(0);
  });

  test('the Word document is a valid Office document holding the same quotes and citations', async () => {
    const packet = await expectedPacket();
    const { status, headers, bytes } = await call('/v1/countries/SV/brief.docx?profiles=journalist');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const file = tempFile('packet.docx');
    writeFileSync(file, bytes);
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    expect(entries).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
    const root = document.children.find((node) => 'name' in node && node.name === 'w:document');
    expect(root).toBeDefined();
    const text = textContent(document);
    for (const row of everyQuote(packet)) {
      expect(text).toContain(row.quote);
      expect(text).toContain(formatCitation(citationParts(row)));
    }
    expect(text).toContain('Profiles: Journalist or media worker');
  });

  test('categories narrow the packet; an unknown category is a 400 and an unknown country a 404', async () => {
    const { bytes } = await call('/v1/countries/SV/brief.docx?categories=torture');
    const file = tempFile('torture.docx');
    writeFileSync(file, bytes);
    const text = textContent(
      parseDocument(execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }), {
        xmlMode: true,
      }),
    );
    expect(text).toContain('Torture and cruel, inhuman or degrading treatment');
    expect(text).not.toContain('Arbitrary or unlawful killings');
    expect((await call('/v1/countries/SV/brief.pdf?categories=bogus')).status).toBe(400);
    expect((await call('/v1/countries/Atlantis/brief.pdf')).status).toBe(404);
  });
});

describe('exhibit packet with profiles', () => {
  // Groups the El Salvador reports write about and one no sentence of them targets, so both kinds of row show.
  const chosen: ProfileId[] = ['gang_perceived', 'journalist', 'lgbtqi', 'ethnic_minority'];
  const query = `profiles=${chosen.join(',')}`;

  test('the cover names the profiles, the summary has a row per profile, and each profile quote appears verbatim with its citation', async () => {
    const packet = await expectedPacket(chosen);
    expect(packet.profiles.map(({ result }) => result.id)).toEqual(chosen);
    const counts = packet.profiles.map((profile) => profile.quotes.length);
    expect(counts.filter((count) => count > 0).length).toBeGreaterThanOrEqual(3);
    expect(counts).toContain(0);
    const { status, bytes } = await call(`/v1/countries/SV/brief.pdf?${query}`);
    expect(status).toBe(200);
    const text = pdfText(bytes, 'profiles.pdf');
    const flat = normalise(text);
    const dense = compact(text);
    expect(flat).toContain(`Profiles: ${packet.profiles.map(({ result }) => result.label).join('; ')}`);
    for (const { result, quotes } of packet.profiles) {
      expect(flat).toContain(`Profile: ${result.label}`);
      expect(flat).toContain(`${result.score.toFixed(1)} (${result.band})`);
      if (quotes.length === 0) expect(flat).toMatch(asExtracted(NO_TARGETED_EVIDENCE));
      for (const row of quotes) {
        expect(row.year).toBe(result.coverage.evidenceYear);
        expect(flat).toMatch(asExtracted(row.quote));
        const citation = formatCitation(citationParts(row));
        expect(citation).toMatch(
          /^U\.S\. Dep't of State, \d{4} Country Reports on Human Rights Practices: El Salvador /,
        );
        expect(dense).toMatch(asExtracted(citation, compact));
      }
    }
    // Category quotes come first and numbering runs on through the profiles' quotes.
    const categoryQuotes = packet.quotes.flatMap((group) => group.rows).length;
    expect(flat).toContain(`${categoryQuotes + 1}. “`);
  });

  test('the Word document holds the same profile rows, quotes and citations', async () => {
    const packet = await expectedPacket(chosen);
    const { status, bytes } = await call(`/v1/countries/SV/brief.docx?${query}`);
    expect(status).toBe(200);
    const text = docxText(bytes, 'profiles.docx');
    for (const { result, quotes } of packet.profiles) {
      expect(text).toContain(`Profile: ${result.label}`);
      for (const row of quotes) {
        expect(text).toContain(row.quote);
        expect(text).toContain(formatCitation(citationParts(row)));
      }
    }
  });

  test('an unknown profile is the same 400 as on the score', async () => {
    const score = await call('/v1/countries/SV/score?profiles=journalist,astronaut');
    const pdf = await call('/v1/countries/SV/brief.pdf?profiles=journalist,astronaut');
    const docx = await call('/v1/countries/SV/brief.docx?profiles=journalist,astronaut');
    expect(score.status).toBe(400);
    for (const packet of [pdf, docx]) {
      expect(packet.status).toBe(400);
      expect((packet.json as { errors: unknown }).errors).toEqual((score.json as { errors: unknown }).errors);
    }
  });
});

describe('a report with a second source (its PDF edition)', () => {
  let second: { app: RequestListener; close(): Promise<void>; page: Buffer; pdf: Buffer; pdfUrl: string };

  beforeAll(async () => {
    const folder = await extractCorpusPages(['2023/norway.html']);
    const pdfFile = path.join(folder, 'norway-2023.pdf');
    const pdf = await buildEditionPdf({
      runningTitle: 'NORWAY 2023 HUMAN RIGHTS REPORT',
      blocks: sampleEditionBlocks(),
    });
    writeFileSync(pdfFile, pdf);
    const file = tempFile('second-source.sqlite');
    const opened = await openDatabase(file, { create: true });
    if (!opened.ok) throw new Error(opened.message);
    await ingestSources(new ReportWriter(opened.db), [folder], { threads: 1 });
    const reader = await openReportReader(file);
    if (!reader.ok) throw new Error(reader.message);
    second = {
      app: buildTestApp(reader.reader),
      page: readFileSync(path.join(folder, '2023', 'norway.html')),
      pdf,
      pdfUrl: pathToFileURL(pdfFile).href,
      close: async () => {
        await reader.reader.close();
        await opened.db.close();
      },
    };
  });
  afterAll(() => second?.close());

  test('the score lists the page it quotes and the PDF beside it, each with address, retrieval date and SHA-256', async () => {
    const { status, json } = await call('/v1/countries/NO/score', second.app);
    expect(status).toBe(200);
    const report = (json as { report: { sourceUrl: string; sources: unknown[] } }).report;
    expect(report.sources).toEqual([
      {
        kind: 'page',
        quoted: true,
        address: report.sourceUrl,
        retrievedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        sha256: sha256Of(second.page),
      },
      {
        kind: 'pdf',
        quoted: false,
        address: second.pdfUrl,
        retrievedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        sha256: sha256Of(second.pdf),
      },
    ]);
  });

  test('the packet’s sources appendix lists both editions', async () => {
    const { status, bytes } = await call('/v1/countries/NO/brief.pdf', second.app);
    expect(status).toBe(200);
    const text = pdfText(bytes, 'second-source.pdf');
    const dense = compact(text);
    expect(dense).toContain(compact(`SHA-256: ${sha256Of(second.page)}`));
    expect(dense).toContain(compact(`SHA-256: ${sha256Of(second.pdf)}`));
    expect(dense).toContain(compact(second.pdfUrl));
    expect(normalise(text)).toContain('PDF edition');
  });
});
