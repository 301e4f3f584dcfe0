import { parseExpertLabels } from '../../evaluation/expert-labels';

// Made-up countries and figures, in the label file's column layout.
const HEADER =
  'iso3,name,year,pts_s,pts_a,pts_h,cirights_physint,cirights_tort,cirights_kill,cirights_disap,cirights_polpris,fariss_theta';

describe('reading the expert-label CSV', () => {
  test('a quoted field holding a line break, a comma and doubled quotes stays one field of one row', () => {
    const text = [
      HEADER,
      '"FRE","Freedonia, Grand Duchy of",2020,3,2,,5,1,1,2,1,0.25',
      '"RUR","Ruritania (the ""old""',
      'kingdom)",2021,4,,4,2,0,1,1,0,-1.5',
      'SYL,Sylvania,2022,1,1,1,8,2,2,2,2,2',
      '',
    ].join('\n');
    const labels = parseExpertLabels(text);
    expect(labels.map((label) => [label.iso3, label.name, label.year])).toEqual([
      ['FRE', 'Freedonia, Grand Duchy of', 2020],
      ['RUR', 'Ruritania (the "old"\nkingdom)', 2021],
      ['SYL', 'Sylvania', 2022],
    ]);
    expect(labels[1]).toMatchObject({ pts_s: 4, pts_a: undefined, pts_h: 4, fariss_theta: -1.5 });
  });

  test('Windows line ends, a byte-order mark and blank lines are read as plain rows', () => {
    const text = `\uFEFF${HEADER}\r\nFRE,Freedonia,2019,2,2,2,6,1,2,2,1,0.5\r\n\r\n`;
    expect(parseExpertLabels(text)).toEqual([
      expect.objectContaining({ iso3: 'FRE', year: 2019, pts_s: 2, fariss_theta: 0.5 }),
    ]);
  });

  test('a row that does not fit the schema names its source and line', () => {
    const text = [HEADER, 'FRE,Freedonia,2019,2,2,2,6,1,2,2,1,0.5', 'FREEDONIA,Freedonia,2020,,,,,,,,,'].join(
      '\n',
    );
    expect(() => parseExpertLabels(text, 'labels.csv')).toThrow(/^labels\.csv:3: /);
  });
});
