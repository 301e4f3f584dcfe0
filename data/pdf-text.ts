import { pathToFileURL } from 'url';
import { Worker } from 'worker_threads';

/** Why a PDF gave no text: each names what the person running the ingest can do about it. */
export type PdfRejection = 'damaged_pdf' | 'encrypted_pdf' | 'image_only_pdf';

/** The text lines of each page, top to bottom, or why there are none. */
export type PdfTextResult =
  { ok: true; pages: string[][] } | { ok: false; code: PdfRejection; message: string };

/** A PDF that takes longer than this to read is treated as damaged (real editions take well under a second). */
const EXTRACT_TIMEOUT_MS = 60_000;

/**
 * Runs in a worker thread of its own. unpdf loads PDF.js with a dynamic `import()`, which Jest's
 * module sandbox refuses; a worker uses Node's own loader everywhere (tsx, the built server, Jest),
 * and a PDF that makes PDF.js run away cannot take the ingest down with it.
 *
 * Lines are rebuilt from PDF.js text items: a new line starts where PDF.js marks an end of line or
 * the baseline moves; items on one line are joined with a space where there is a visible gap.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
(async () => {
  const { getDocumentProxy } = await import(workerData.unpdf);
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(workerData.bytes));
  } catch (error) {
    parentPort.postMessage({ failed: error && error.name === 'PasswordException' ? 'encrypted' : 'damaged', reason: String(error && error.message || error) });
    return;
  }
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const lines = [];
    let line = '';
    let lastY;
    let lastEnd;
    let lineY;
    let previousLineY;
    const endLine = () => {
      if (line) lines.push(line);
      if (line) previousLineY = lineY;
      line = '';
      lastEnd = undefined;
    };
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      const x = item.transform[4];
      const y = item.transform[5];
      const height = Math.abs(item.transform[3]) || 10;
      if (lastY !== undefined && Math.abs(y - lastY) > height * 0.5 && line) endLine();
      if (item.str) {
        // A paragraph break is a taller gap than a line break: kept as a blank line.
        if (!line && previousLineY !== undefined && previousLineY - y > height * 1.6) lines.push('');
        if (!line) lineY = y;
        const gap = lastEnd !== undefined && x - lastEnd > height * 0.15;
        if (line && gap && !/\\s$/.test(line) && !/^\\s/.test(item.str)) line += ' ';
        line += item.str;
        lastEnd = x + item.width;
        lastY = y;
      }
      if (item.hasEOL) {
        endLine();
        lastY = undefined;
      }
    }
    endLine();
    pages.push(lines);
    page.cleanup();
  }
  parentPort.postMessage({ pages });
})().catch((error) => parentPort.postMessage({ failed: 'damaged', reason: String(error && error.message || error) }));
`;

interface WorkerAnswer {
  pages?: string[][];
  failed?: 'encrypted' | 'damaged';
  reason?: string;
}

/**
 * Reads the text of a PDF with PDF.js (through unpdf): every page's lines, in order. A damaged
 * file, one locked with a password, or one whose pages hold no text (a scan) comes back as
 * `{ok:false}` with a message naming `name`, so the ingest can say which file to replace.
 */
export async function extractPdfText(raw: Buffer, name: string): Promise<PdfTextResult> {
  const answer = await new Promise<WorkerAnswer>((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { unpdf: pathToFileURL(require.resolve('unpdf')).href, bytes: new Uint8Array(raw) },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ failed: 'damaged', reason: `reading took over ${EXTRACT_TIMEOUT_MS / 1000} s` });
    }, EXTRACT_TIMEOUT_MS);
    const settle = (value: WorkerAnswer) => {
      clearTimeout(timer);
      resolve(value);
      void worker.terminate();
    };
    worker.once('message', (message: WorkerAnswer) => settle(message));
    worker.once('error', (error) => settle({ failed: 'damaged', reason: error.message }));
    worker.once('exit', () =>
      settle({ failed: 'damaged', reason: 'the PDF reader stopped without an answer' }),
    );
  });
  if (answer.failed === 'encrypted') {
    return {
      ok: false,
      code: 'encrypted_pdf',
      message: `${name} is encrypted (it asks for a password); save an unlocked copy or use the report's page`,
    };
  }
  if (answer.failed || !answer.pages) {
    return {
      ok: false,
      code: 'damaged_pdf',
      message: `${name} is not a readable PDF (${answer.reason ?? 'no pages'}); download it again`,
    };
  }
  if (!answer.pages.some((lines) => lines.some((line) => line.trim()))) {
    return {
      ok: false,
      code: 'image_only_pdf',
      message: `${name} holds no text, only images (a scan?); it cannot be quoted, so use the report's page or a text edition`,
    };
  }
  return { ok: true, pages: answer.pages };
}
