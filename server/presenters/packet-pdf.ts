import { existsSync, readFileSync } from 'fs';
import type { Writable } from 'stream';
import { setImmediate as nextTurn } from 'timers/promises';
import PDFDocument from 'pdfkit';
import type { PacketBlock } from './packet-presenter';

// The PDF's standard fonts cover only Windows-1252 (WinAnsi). Quotes naming people or places in
// other scripts need a Unicode font, embedded as a subset; embedding costs about three times the
// layout time, so it is used only when some text needs it.
const DEJAVU = '/usr/share/fonts/truetype/dejavu/';
const UNICODE_FONTS = {
  regular: `${DEJAVU}DejaVuSerif.ttf`,
  bold: `${DEJAVU}DejaVuSerif-Bold.ttf`,
  italic: `${DEJAVU}DejaVuSerif-Italic.ttf`,
};
const STANDARD_FONTS = { regular: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic' };
const hasUnicodeFonts = Object.values(UNICODE_FONTS).every((file) => existsSync(file));
const OUTSIDE_WIN_ANSI = /[^\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;

/** Every string a block prints, to decide whether the standard fonts can print them. */
function textsOf(block: PacketBlock): string[] {
  switch (block.kind) {
    case 'title':
    case 'heading':
    case 'text':
      return [block.text];
    case 'link':
      return [block.label];
    case 'table':
      return [...block.header, ...block.rows.flat()];
    case 'quote':
      return [block.text, block.citation.title, block.citation.pinpoint];
    case 'pageBreak':
      return [];
  }
}

type FontNames = typeof STANDARD_FONTS;

export function fontsFor(blocks: readonly PacketBlock[]): FontNames {
  const needsUnicode = blocks.some((block) => textsOf(block).some((text) => OUTSIDE_WIN_ANSI.test(text)));
  return needsUnicode && hasUnicodeFonts ? UNICODE_FONTS : STANDARD_FONTS;
}

/** The Unicode font files, read once per process rather than on every packet that needs them. */
let unicodeFontFiles: Record<keyof FontNames, Buffer> | undefined;

/** Registers the fonts a packet uses under the names regular, bold and italic. */
function registerFonts(doc: PDFKit.PDFDocument, fonts: FontNames): FontNames {
  if (fonts === STANDARD_FONTS) return fonts;
  unicodeFontFiles ??= {
    regular: readFileSync(UNICODE_FONTS.regular),
    bold: readFileSync(UNICODE_FONTS.bold),
    italic: readFileSync(UNICODE_FONTS.italic),
  };
  for (const [name, data] of Object.entries(unicodeFontFiles)) doc.registerFont(name, data);
  return { regular: 'regular', bold: 'bold', italic: 'italic' };
}

const MARGIN = 64;

/**
 * Writes the packet as a PDF with selectable text into `out` (an HTTP response or a file), page by
 * page as it is laid out: pdfkit flushes each finished page to the stream, and the layout yields to
 * the event loop after each page, so the first pages are on their way while the rest are laid out
 * and other requests are not held up for the whole document. Stops early when `out` is destroyed
 * (the client went away).
 */
export async function writePacketPdf(
  blocks: readonly PacketBlock[],
  out: Writable,
  title: string,
): Promise<void> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: title, Creator: 'deportation-risk' },
    bufferPages: false,
  });
  doc.pipe(out);
  const fonts = registerFonts(doc, fontsFor(blocks));
  const width = doc.page.width - 2 * MARGIN;
  let pageTurned = false;
  doc.on('pageAdded', () => (pageTurned = true));
  for (const block of blocks) {
    if (pageTurned) {
      pageTurned = false;
      await nextTurn();
      if (out.destroyed) {
        doc.unpipe(out);
        return;
      }
    }
    switch (block.kind) {
      case 'title':
        doc.font(fonts.bold).fontSize(18).text(block.text, { width }).moveDown(0.8);
        break;
      case 'heading':
        doc.moveDown(0.6).font(fonts.bold).fontSize(13).text(block.text, { width }).moveDown(0.3);
        break;
      case 'text':
        doc
          .font(block.emphasis ? fonts.italic : fonts.regular)
          .fontSize(10.5)
          .text(block.text, { width })
          .moveDown(0.4);
        break;
      case 'link':
        doc
          .font(fonts.regular)
          .fontSize(9.5)
          .fillColor('#1a4d8f')
          .text(block.label, { width, link: block.url, underline: true })
          .fillColor('black')
          .moveDown(0.4);
        break;
      case 'table':
        writeTable(doc, block, width, fonts);
        break;
      case 'quote':
        doc
          .font(fonts.regular)
          .fontSize(10.5)
          .text(`${block.number}. “${block.text}”`, { width })
          .moveDown(0.15);
        doc
          .fontSize(9)
          .font(fonts.regular)
          .text(`${block.citation.author}, `, { width, continued: true, indent: 14 })
          .font(fonts.italic)
          .text(block.citation.title, { continued: true })
          .font(fonts.regular)
          .text(` ${block.citation.pinpoint} (${block.citation.retrieved}), `, { continued: true })
          .fillColor('#1a4d8f')
          .text(block.citation.url, { link: block.citation.url })
          .fillColor('black')
          .moveDown(0.6);
        break;
      case 'pageBreak':
        doc.addPage();
        break;
    }
  }
  doc.end();
}

function writeTable(
  doc: PDFKit.PDFDocument,
  block: Extract<PacketBlock, { kind: 'table' }>,
  width: number,
  fonts: FontNames,
): void {
  const columns = block.header.length;
  const first = Math.round(width * 0.46);
  const rest = columns > 1 ? (width - first) / (columns - 1) : 0;
  const widths = block.header.map((_cell, index) => (index === 0 ? first : rest));
  const writeRow = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? fonts.bold : fonts.regular).fontSize(9.5);
    const heights = cells.map((cell, index) => doc.heightOfString(cell, { width: (widths[index] ?? 0) - 6 }));
    const height = Math.max(...heights, 12) + 4;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      doc.text(cell, x, top + 2, { width: (widths[index] ?? 0) - 6 });
      x += widths[index] ?? 0;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height + 2;
  };
  writeRow(block.header, true);
  for (const row of block.rows) writeRow(row, false);
  doc.moveDown(0.5);
}
