import PDFDocument from 'pdfkit';

/**
 * PDF editions written at test time with pdfkit, from text in our own words, laid out like the
 * state.gov editions: a running title at the top of every page, a page number at the bottom,
 * headings on lines of their own and paragraphs that wrap and run across pages.
 */

export interface EditionBlock {
  heading?: string;
  paragraph?: string;
}

export interface EditionPdfOptions {
  /** e.g. "MAURITANIA 2023 HUMAN RIGHTS REPORT" */
  runningTitle: string;
  blocks: readonly EditionBlock[];
  userPassword?: string;
  /** Pages with a drawing and no text at all, like a scan. */
  imageOnly?: boolean;
}

const MARGIN = 72;

export async function buildEditionPdf(options: EditionPdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (options.imageOnly) {
    doc.rect(100, 100, 300, 400).fill('#888888');
    doc.addPage();
    doc.circle(200, 300, 80).fill('#444444');
  } else {
    doc.font('Times-Roman').fontSize(12);
    for (const block of options.blocks) {
      if (block.heading) doc.font('Times-Bold').text(block.heading).font('Times-Roman').moveDown(0.6);
      if (block.paragraph) doc.text(block.paragraph, { align: 'left' }).moveDown(0.6);
    }
    // Running title and page number on every page, drawn last like a word processor's header and footer.
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('Times-Roman').fontSize(10);
      doc.text(options.runningTitle, MARGIN, 36, { width: doc.page.width - 2 * MARGIN, align: 'center' });
      doc.text(`Page ${index + 1}`, MARGIN, doc.page.height - 48, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
      });
      doc.page.margins.bottom = bottom;
    }
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** A long paragraph of our own, sure to wrap over many lines (and, repeated, over pages). */
export function fillerParagraph(topic: string, sentences: number): string {
  return Array.from(
    { length: sentences },
    (_, index) =>
      `Observers from civic groups described ${topic} in district number ${index + 1} as a matter the authorities had discussed in public meetings over several months.`,
  ).join(' ');
}

/** The blocks of a made-up report in the sections-1-7 outline, in our own words. */
export function sampleEditionBlocks(): EditionBlock[] {
  return [
    { heading: 'EXECUTIVE SUMMARY' },
    { paragraph: fillerParagraph('the annual budget debate', 3) },
    { heading: 'Section 1. Respect for the Integrity of the Person' },
    { heading: 'a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings' },
    {
      paragraph:
        'Police officers shot and killed four unarmed protesters at a market in the capital in March, witnesses said.',
    },
    { paragraph: fillerParagraph('road repairs', 30) },
    { heading: 'c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment' },
    {
      paragraph:
        'Guards at the central prison routinely beat detainees with batons, and several detainees died in custody.',
    },
    { heading: 'Section 2. Respect for Civil Liberties' },
    { paragraph: fillerParagraph('the new library', 2) },
  ];
}
