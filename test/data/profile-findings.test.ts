import { promises as fs } from 'fs';
import path from 'path';
import { openDatabase, type Database } from '../../data/database';
import { profileInputOf } from '../../data/profile-findings';
import { ingestSources } from '../../data/report-ingester';
import { ReportWriter } from '../../data/report-writer';
import { PROFILE_VERSION, extractReportProfiles } from '../../scoring/profile-scorer';
import type { ParsedReport } from '../../scoring/report-model';
import { scoreReport } from '../../scoring/report-scorer';
import { extractCorpusPages, tempFile } from '../support/corpus';
import { combinedTerritoryPage } from '../support/territory-page';

const PAGES = ['2023/rwanda.html', '2024/rwanda.html'];
const IN_THREAD = { threads: 1 };

async function freshStore() {
  const opened = await openDatabase(tempFile('profiles.sqlite'), { create: true });
  if (!opened.ok) throw new Error(opened.message);
  return { store: new ReportWriter(opened.db), db: opened.db };
}

async function corpusWithTerritory(): Promise<string> {
  const folder = await extractCorpusPages(PAGES);
  await fs.writeFile(path.join(folder, 'combined.html'), combinedTerritoryPage());
  return folder;
}

/** The findings as stored: the summary row and the evidence rows in rank order, as the scorer returns them. */
async function storedProfiles(db: Database, reportId: number) {
  const row = await db.get<{ result: string }>('SELECT result FROM report_profiles WHERE report_id = ?', [
    reportId,
  ]);
  const evidence = await db.all<Record<string, unknown>>(
    `SELECT profile, category, harm, quote, section_key AS section, heading, start, "end", weight, cue,
       group_cue AS groupCue FROM profile_evidence WHERE report_id = ? ORDER BY id`,
    [reportId],
  );
  return { summary: row ? (JSON.parse(row.result) as unknown) : undefined, evidence };
}

async function storedReportIds(db: Database): Promise<number[]> {
  return (await db.all<{ id: number }>('SELECT id FROM reports ORDER BY id')).map((row) => row.id);
}

describe('profile findings stored with each report', () => {
  test('an ingest stores each report with its profile findings and never reads its paragraphs back', async () => {
    const { store, db } = await freshStore();
    const readBack = jest.spyOn(store, 'loadReportParagraphs');
    const summary = await ingestSources(store, [await corpusWithTerritory()], IN_THREAD);
    expect(summary.failed).toEqual([]);
    expect(summary.stored).toBe(4);
    expect(readBack).not.toHaveBeenCalled();
    expect(await store.listReportsWithoutProfiles(PROFILE_VERSION)).toEqual([]);
    await db.close();
  });

  test('the findings stored at ingest equal those computed again from the stored paragraphs', async () => {
    const { store, db } = await freshStore();
    await ingestSources(store, [await corpusWithTerritory()], IN_THREAD);
    let targeted = 0;
    for (const id of await storedReportIds(db)) {
      const paragraphs = await store.loadReportParagraphs(id);
      if (!paragraphs) throw new Error(`report ${id} has no paragraphs`);
      const { evidence, ...summary } = extractReportProfiles(paragraphs);
      const stored = await storedProfiles(db, id);
      expect(stored.summary).toEqual(summary);
      expect(stored.evidence).toEqual(evidence);
      targeted += evidence.length;
    }
    // The comparison means something only when the reports do target groups.
    expect(targeted).toBeGreaterThan(0);
    await db.close();
  });

  test('a rerun on unchanged pages recomputes only the findings stored with another profile version', async () => {
    const { store, db } = await freshStore();
    const folder = await corpusWithTerritory();
    await ingestSources(store, [folder], IN_THREAD);
    const [first, ...others] = await storedReportIds(db);
    await db.run("UPDATE report_profiles SET profile_version = 'an-older-version' WHERE report_id = ?", [
      first ?? -1,
    ]);
    const readBack = jest.spyOn(store, 'loadReportParagraphs');
    const again = await ingestSources(store, [folder], IN_THREAD);
    expect(again).toMatchObject({ stored: 0, unchanged: 3 });
    expect(readBack.mock.calls).toEqual([[first]]);
    expect(others.length).toBeGreaterThan(0);
    expect(await store.listReportsWithoutProfiles(PROFILE_VERSION)).toEqual([]);
    await db.close();
  });
});

describe('profileInputOf', () => {
  const report = (text: string): ParsedReport => ({
    year: 2022,
    title: 'A report written for this test',
    pageCountryName: 'Nowhereland',
    sourceUrl: 'https://example.org/nowhereland',
    layout: 'sections-1-7',
    text,
    sections: [
      { key: 'expression', headingPath: ['Section 2', 'a. Freedom of Expression'], start: 0, end: 60 },
    ],
    paragraphs: [
      { sectionIndex: 0, text: 'Police detained two reporters.', start: 0, end: 30 },
      // A paragraph whose section is missing is stored without one, so the stored join never reads it.
      { sectionIndex: 3, text: 'An orphan paragraph.', start: 31, end: 51 },
    ],
  });

  test('gives each paragraph its section key and innermost heading, and drops one without a section', () => {
    const input = profileInputOf(report('Police detained two reporters. An orphan paragraph.'));
    expect(input.paragraphs).toEqual([
      {
        text: 'Police detained two reporters.',
        start: 0,
        section: 'expression',
        heading: 'a. Freedom of Expression',
      },
    ]);
    expect(input.year).toBe(2022);
  });

  test('measures the text as scoring does, and SQLite hands the text back at that length', async () => {
    const { db } = await freshStore();
    for (const text of [
      'Plain words only.',
      'A flag \u{1F3F3} and an accent é.',
      'Before\0after',
      '\u{1D11E}\u{1D11E}x',
    ]) {
      expect(profileInputOf(report(text)).textLength).toBe(scoreReport(report(text)).coverage.textLength);
      // loadReportParagraphs measures the stored text read back, so both sides agree only if it survives intact.
      const stored = await db.get<{ text: string }>('SELECT ? AS text', [text]);
      expect(stored?.text.length).toBe(text.length);
    }
    expect(profileInputOf(report('\u{1F3F3}x')).textLength).toBe(3);
    await db.close();
  });
});
