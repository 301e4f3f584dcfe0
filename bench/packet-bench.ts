import { Writable } from 'stream';
import { getCountryRegistry } from '../data/country-registry';
import { openReportReader } from '../data/report-reader';
import { CountryService } from '../server/country-service';
import { ExhibitService } from '../server/exhibit-service';
import { writePacketDocx } from '../server/presenters/packet-docx';
import { writePacketPdf } from '../server/presenters/packet-pdf';
import { buildPacketBlocks } from '../server/presenters/packet-presenter';
import { describeMachine, percentile, publishSection, runBenchmark, sectionHeading } from './bench-report';

const RUNS = 15;
const COUNTRY = process.argv[2] ?? 'SV';

/** Counts the bytes written and resolves when the document is complete. */
function sink(): { stream: Writable; done: Promise<number> } {
  let bytes = 0;
  let finish: (bytes: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
    final(callback) {
      finish(bytes);
      callback();
    },
  });
  return { stream, done };
}

/**
 * Builds El Salvador's exhibit packet with at least 50 quotes from the ingested database (read,
 * lay out, write) as PDF and as Word, RUNS times each after one warm-up, and reports wall and CPU time.
 */
async function main(): Promise<void> {
  const machine = describeMachine();
  const opened = await openReportReader(process.env['DATABASE_PATH'] ?? 'var/reports.sqlite');
  if (!opened.ok) throw new Error(opened.message);
  const exhibits = new ExhibitService(new CountryService(opened.reader, getCountryRegistry()), opened.reader);
  const rows: string[] = [];
  for (const format of ['pdf', 'docx'] as const) {
    const wall: number[] = [];
    const cpu: number[] = [];
    let quotes = 0;
    let bytes = 0;
    for (let run = 0; run <= RUNS; run += 1) {
      const started = process.hrtime.bigint();
      const cpuStart = process.cpuUsage();
      const packet = await exhibits.getPacket(COUNTRY, { quotesPerCategory: 12, quotesPerProfile: 10, now: new Date() });
      if (!packet.ok) throw new Error(`no packet for ${COUNTRY}`);
      const blocks = buildPacketBlocks(packet.value);
      const out = sink();
      if (format === 'pdf') writePacketPdf(blocks, out.stream, 'bench');
      else writePacketDocx(blocks, out.stream, 'bench');
      bytes = await out.done;
      const used = process.cpuUsage(cpuStart);
      quotes = blocks.filter((block) => block.kind === 'quote').length;
      if (run === 0) continue;
      wall.push(Number(process.hrtime.bigint() - started) / 1e6);
      cpu.push((used.user + used.system) / 1000);
    }
    rows.push(
      `| ${format.toUpperCase()} | ${quotes} | ${(bytes / 1024).toFixed(0)} KB | ${percentile(cpu, 50).toFixed(0)} ms | ${percentile(wall, 50).toFixed(0)} ms | ${percentile(wall, 95).toFixed(0)} ms | ≤ 1 s |`,
    );
  }
  await opened.reader.close();
  await publishSection('packet-bench', [
    ...sectionHeading('## Exhibit packets (issue 13)', 'packet-bench.ts', machine, {
      command: 'npx tsx bench/packet-bench.ts',
      run: `El Salvador from the ingested corpus, ${RUNS} runs after one warm-up; the time covers reading, layout and the whole document written.`,
    }),
    '| format | quotes (incl. appendix) | size | CPU median | wall median | wall p95 | target |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ]);
}

runBenchmark('packet bench', main);
