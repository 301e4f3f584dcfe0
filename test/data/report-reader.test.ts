import { getCountryRegistry } from '../../data/country-registry';
import { openDatabase } from '../../data/database';
import { openReportReader } from '../../data/report-reader';
import { openReportWriter } from '../../data/report-writer';
import { tempFile } from '../support/corpus';

describe('the read-only report reader the server uses', () => {
  test('its data version moves when the writer, on another connection, commits', async () => {
    const file = tempFile('reader.sqlite');
    const writer = await openReportWriter(file);
    if (!writer.ok) throw new Error(writer.message);
    const reader = await openReportReader(file);
    if (!reader.ok) throw new Error(reader.message);
    try {
      const before = await reader.reader.dataVersion();
      expect(await reader.reader.dataVersion()).toBe(before);
      await writer.writer.syncCountries(getCountryRegistry());
      expect(await reader.reader.dataVersion()).not.toBe(before);
    } finally {
      await reader.reader.close();
      await writer.writer.close();
    }
  });

  test('a missing file is reported, not created', async () => {
    const file = tempFile('absent.sqlite');
    expect(await openReportReader(file)).toMatchObject({ ok: false, code: 'missing' });
  });

  test('the read-only mode it opens with refuses writes', async () => {
    const file = tempFile('readonly.sqlite');
    const writer = await openReportWriter(file);
    if (!writer.ok) throw new Error(writer.message);
    await writer.writer.close();
    const opened = await openDatabase(file, { create: false, readOnly: true });
    if (!opened.ok) throw new Error(opened.message);
    try {
      await expect(opened.db.run('CREATE TABLE t (x)')).rejects.toThrow(/SQLITE_READONLY/);
      await expect(opened.db.run("INSERT INTO meta(key, value) VALUES ('k', 'v')")).rejects.toThrow(
        /SQLITE_READONLY/,
      );
    } finally {
      await opened.db.close();
    }
  });
});
