import http from 'http';
import type { AddressInfo } from 'net';
import pino from 'pino';
import { getCountryRegistry } from '../data/country-registry';
import { openReportReader } from '../data/report-reader';
import type { ProfileId } from '../scoring/profile-model';
import { createApp } from '../server/app';
import { CountryService } from '../server/country-service';
import { ExhibitService } from '../server/exhibit-service';
import { buildPacketBlocks } from '../server/presenters/packet-presenter';
import { PACKET_QUOTES_PER_CATEGORY, PACKET_QUOTES_PER_PROFILE } from '../server/routes/exhibits';
import { ensureDatabase } from './bench-server';
import { describeMachine, percentile, publishSection, runBenchmark, sectionHeading } from './bench-report';

const RUNS = 15;
const COUNTRY = process.argv[2] ?? 'SV';
const PROFILES: ProfileId[] = ['gang_perceived', 'journalist'];

interface Timing {
  firstByte: number;
  lastByte: number;
  /** CPU time of this process (server and client) during the request. */
  cpu: number;
  bytes: number;
}

/** One GET, timed from the request to the first and to the last byte of the body. */
function timeGet(url: string): Promise<Timing> {
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const since = () => Number(process.hrtime.bigint() - started) / 1e6;
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`${url}: HTTP ${res.statusCode}`));
          res.resume();
          return;
        }
        let firstByte = NaN;
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          if (bytes === 0) firstByte = since();
          bytes += chunk.length;
        });
        res.on('end', () => {
          const cpu = process.cpuUsage(cpuStart);
          resolve({ firstByte, lastByte: since(), cpu: (cpu.user + cpu.system) / 1000, bytes });
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * Times the exhibit packet over HTTP against the app serving the full corpus: El Salvador (or the
 * country given) as PDF and as Word, and as PDF with two profiles, RUNS times each after one
 * warm-up, from the request to the last byte. The app runs in this process, as one server process.
 */
async function main(): Promise<void> {
  const machine = describeMachine();
  const database = ensureDatabase();
  const opened = await openReportReader(database.file);
  if (!opened.ok) throw new Error(opened.message);
  const store = opened.reader;
  const registry = getCountryRegistry();
  const app = createApp({
    store,
    registry,
    config: { RATE_LIMIT_PER_MINUTE: 0, CACHE_MAX_AGE: 300 },
    logger: pino({ level: 'silent' }),
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const exhibits = new ExhibitService(new CountryService(store, registry), store);

  const cases = [
    { label: 'PDF', path: 'brief.pdf', profiles: [] as ProfileId[] },
    { label: 'Word', path: 'brief.docx', profiles: [] as ProfileId[] },
    { label: `PDF, profiles=${PROFILES.join(',')}`, path: 'brief.pdf', profiles: PROFILES },
  ];
  const rows: string[] = [];
  for (const entry of cases) {
    // The quotes the route puts in this packet, counted from the same service it calls.
    const packet = await exhibits.getPacket(COUNTRY, {
      quotesPerCategory: PACKET_QUOTES_PER_CATEGORY,
      quotesPerProfile: PACKET_QUOTES_PER_PROFILE,
      profiles: entry.profiles,
      now: new Date(),
    });
    if (!packet.ok) throw new Error(`no packet for ${COUNTRY}`);
    const quotes = buildPacketBlocks(packet.value).filter((block) => block.kind === 'quote').length;
    const query = entry.profiles.length ? `?profiles=${entry.profiles.join(',')}` : '';
    const url = `${base}/v1/countries/${COUNTRY}/${entry.path}${query}`;
    const timings: Timing[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const timing = await timeGet(url);
      if (run > 0) timings.push(timing);
    }
    const first = timings.map((timing) => timing.firstByte);
    const last = timings.map((timing) => timing.lastByte);
    const cpu = timings.map((timing) => timing.cpu);
    const bytes = timings[0]?.bytes ?? 0;
    rows.push(
      `| ${entry.label} | ${quotes} | ${(bytes / 1024).toFixed(0)} KB | ${percentile(cpu, 50).toFixed(0)} ms | ${percentile(first, 50).toFixed(0)} ms | ${percentile(last, 50).toFixed(0)} ms | ${percentile(last, 95).toFixed(0)} ms | ≤ 1 s |`,
    );
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  await publishSection('packet-bench', [
    ...sectionHeading('## Exhibit packets (issue 13)', 'packet-bench.ts', machine, {
      command: `DATABASE_PATH=… npx tsx bench/packet-bench.ts ${COUNTRY}`,
      run: `${COUNTRY} from the full corpus (${database.how}), served by the app in this process over HTTP on 127.0.0.1; ${RUNS} sequential GETs per row after one warm-up, timed from the request to the first and the last byte of the body.`,
    }),
    '| packet | quotes (incl. appendix) | size | CPU median | first byte median | last byte median | last byte p95 | target |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'CPU is this process’s (server and client) per request. The PDF is laid out with the standard Times fonts',
    '(a Unicode font, read once per process, is embedded only when some text needs it) and yields to the event',
    'loop after each page, so the first pages leave while the rest are laid out; the Word document is zipped',
    'whole before its first byte. On a loaded machine wall time is a multiple of CPU time; read the load average.',
  ]);
}

runBenchmark('packet bench', main);
