import type { Writable } from 'stream';
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PacketBlock } from './packet-presenter';

const LINK_STYLE = { color: '1A4D8F', underline: {} } as const;

function cellOf(text: string, bold: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function toDocx(block: PacketBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
    case 'text':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: block.emphasis })] })];
    case 'link':
      return [
        new Paragraph({
          children: [
            new ExternalHyperlink({
              link: block.url,
              children: [new TextRun({ text: block.label, ...LINK_STYLE })],
            }),
          ],
        }),
      ];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((cell) => cellOf(cell, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((cell) => cellOf(cell, false)) })),
          ],
        }),
      ];
    case 'quote':
      // The quote is one run, so its text stays contiguous in document.xml.
      return [
        new Paragraph({
          spacing: { before: 160 },
          children: [new TextRun(`${block.number}. “${block.text}”`)],
        }),
        new Paragraph({
          indent: { left: 280 },
          children: [
            new TextRun({ text: `${block.citation.author}, `, size: 18 }),
            new TextRun({ text: block.citation.title, italics: true, size: 18 }),
            new TextRun({
              text: ` ${block.citation.pinpoint} (${block.citation.retrieved}), `,
              size: 18,
            }),
            new ExternalHyperlink({
              link: block.citation.url,
              children: [new TextRun({ text: block.citation.url, size: 18, ...LINK_STYLE })],
            }),
          ],
        }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Writes the packet as a Word document (Office Open XML) into `out`, zipped as it streams. */
export function writePacketDocx(blocks: readonly PacketBlock[], out: Writable, title: string): void {
  const document = new Document({
    title,
    creator: 'deportation-risk',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [{ children: blocks.flatMap(toDocx) }],
  });
  Packer.toStream(document).pipe(out);
}
