import { detectSameSexCriminalisation, rocAuc } from '../../evaluation/profile-evaluation';

// Report-like text written for these tests; none is copied from a report.
describe('detectSameSexCriminalisation: the reference reading, stricter than the scorer', () => {
  test.each([
    [
      'a plain statement of the law',
      'Criminalization: The penal code made consensual same-sex sexual conduct between men a crime.',
    ],
    [
      'a summary list item, even when the law is said to be unenforced',
      'Serious problems included: torture; and old laws criminalizing same-sex sexual conduct between consenting Velorian adults, although these went unenforced.',
    ],
    [
      'the first half of "X but not Y"',
      'The law prohibited consensual same-sex sexual activity between men but did not expressly cover such acts between women.',
    ],
  ])('reads %s as criminalising', (_case, text) => {
    expect(detectSameSexCriminalisation(text).criminalises).toBe(true);
  });

  test.each([
    ['a negated law', 'Velorian law does not in fact criminalize consensual same-sex sexual conduct.'],
    [
      '"no laws" with quotation marks',
      'No “laws” of the northern administration criminalized consensual same-sex sexual conduct.',
    ],
    ['a bill', 'A deputy tabled a bill that would criminalize same-sex relations.'],
    [
      'a rule for the armed forces only',
      'Military law criminalized consensual same-sex sexual acts between soldiers.',
    ],
    [
      'a law a court later struck down',
      'The law criminalized same-sex sexual conduct between adults. In May the high court declared that section unconstitutional as applied to consensual same-sex sexual activity.',
    ],
    [
      'a heading followed by a silent law',
      'Acts of Violence, Criminalization, and Other Abuses\nThe law was silent on same-sex sexual conduct.',
    ],
    [
      'criminal laws about something else beside the group',
      'Problems included: criminal libel laws; and violence against same-sex couples.',
    ],
  ])('does not read %s as criminalising', (_case, text) => {
    expect(detectSameSexCriminalisation(text).criminalises).toBe(false);
  });

  test('a call to repeal is not a repeal', () => {
    const text =
      'The penal code criminalized sodomy. Activists urged parliament to repeal the sections that criminalized sodomy.';
    expect(detectSameSexCriminalisation(text).criminalises).toBe(true);
  });
});

describe('rocAuc', () => {
  test('is 1 when every positive outranks every negative, 0.5 for ties, 0 when reversed', () => {
    expect(rocAuc([3, 4], [1, 2])).toBe(1);
    expect(rocAuc([2], [2])).toBe(0.5);
    expect(rocAuc([1], [2, 3])).toBe(0);
  });
});
