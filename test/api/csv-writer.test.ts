import { toCsvCell, writeCsv } from '../../server/presenters/csv-writer';

describe('CSV cells', () => {
  test('text a spreadsheet would run as a formula is prefixed with a quote mark', () => {
    for (const text of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(toCsvCell(text).replace(/^"/, '')).toMatch(/^'/);
  });

  test('numbers keep their sign', () => {
    expect(toCsvCell(-3)).toBe('-3');
  });

  test('commas, quotes and line breaks are quoted, with quotes doubled', () => {
    expect(toCsvCell('a,b')).toBe('"a,b"');
    expect(toCsvCell('say "no"')).toBe('"say ""no"""');
    expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
  });

  test('a table is a header line and a line per row, each ending in CRLF', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y,z'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2,"y,z"\r\n');
  });
});
