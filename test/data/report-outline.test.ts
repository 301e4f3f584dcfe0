import { numberParagraphs, outlineOf } from '../../data/report-outline';

describe('outlineOf', () => {
  test('numbers a part from "Section N." and its lettered heading in both layouts', () => {
    expect(
      outlineOf([
        'Section 1. Respect for the Integrity of the Person',
        'c. Torture and Other Cruel Treatment',
      ]),
    ).toBe('1.c');
    expect(outlineOf(['Section 3. Security of the Person', 'a. Torture and Cruel Treatment'])).toBe('3.a');
    expect(outlineOf(['Section 2. Liberty', 'b. Worker Rights', 'Forced or Compulsory Labor'])).toBe('2.b');
    expect(outlineOf(['Section 4. Corruption in Government'])).toBe('4');
  });

  test('an unnumbered part (executive summary, preface) has no outline number', () => {
    expect(outlineOf(['EXECUTIVE SUMMARY'])).toBeNull();
    expect(outlineOf(['Preface'])).toBeNull();
  });
});

describe('numberParagraphs', () => {
  test('counts paragraphs within the numbered part, on through its unnumbered sub-headings, and restarts per part', () => {
    const sections = [
      { headingPath: ['EXECUTIVE SUMMARY'] },
      { headingPath: ['Section 1. Life', 'a. Killings'] },
      { headingPath: ['Section 1. Life', 'a. Killings', 'A sub-heading without a letter'] },
      { headingPath: ['Section 1. Life', 'b. Disappearance'] },
    ];
    const paragraphs = [0, 0, 1, 2, 2, 3].map((sectionIndex) => ({ sectionIndex }));
    expect(numberParagraphs(sections, paragraphs)).toEqual({
      sectionOutlines: [null, '1.a', '1.a', '1.b'],
      paragraphNumbers: [1, 2, 1, 2, 3, 1],
    });
  });
});
