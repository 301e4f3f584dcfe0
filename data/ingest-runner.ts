import { SingleBar, Presets } from 'cli-progress';
import { fetchOptionsFrom, type AppConfig } from './app-config';
import { ingestSources, type IngestSummary } from './report-ingester';
import { measureSource } from './report-sources';
import { openReportWriter } from './report-writer';

export interface IngestRun {
  ok: boolean;
  summary?: IngestSummary;
  message?: string;
}

function formatSummary(summary: IngestSummary): string {
  const years = [...summary.reportsByYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, n]) => `${year}: ${n}`)
    .join(', ');
  const unknown = [...summary.unknownHeadings.values()].reduce((a, b) => a + b, 0);
  return [
    `ingest finished in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${summary.pages} pages read, ${summary.stored} stored, ${summary.rescored} rescored, ${summary.unchanged} unchanged, ${summary.failed.length} failed`,
    `reports by year: ${years || 'none'}; countries: ${summary.countries.size}`,
    `sections with unrecognised headings kept as "other": ${unknown} (${summary.unknownHeadings.size} distinct headings)`,
  ].join('\n');
}

/**
 * Runs an ingest with a progress bar on stderr (when it is a terminal), one line per bad page,
 * and a closing summary. Used by `npm run ingest` and by the first start of the server.
 */
export async function runIngest(
  config: AppConfig,
  sources: readonly string[],
  stream = process.stderr,
): Promise<IngestRun> {
  const opened = await openReportWriter(config.DATABASE_PATH);
  if (!opened.ok) return { ok: false, message: opened.message };
  const store = opened.writer;
  const totalBytes = (await Promise.all(sources.map(measureSource))).reduce((a, b) => a + b, 0);
  const bar = new SingleBar(
    {
      stream,
      format:
        'ingest [{bar}] {percentage}% | ETA {eta_formatted} | pages {pages} | stored {stored} unchanged {unchanged} failed {failed}',
      hideCursor: true,
      etaBuffer: 200,
    },
    Presets.shades_classic,
  );
  const interactive = Boolean((stream as NodeJS.WriteStream).isTTY);
  if (interactive) bar.start(Math.max(totalBytes, 1), 0, { pages: 0, stored: 0, unchanged: 0, failed: 0 });
  let consumed = 0;
  try {
    const summary = await ingestSources(store, sources, {
      fetch: fetchOptionsFrom(config),
      onBytes: (bytes) => {
        consumed += bytes;
      },
      onPage: ({ origin, outcome, summary: running }) => {
        if (outcome === 'failed') {
          const failure = running.failed[running.failed.length - 1];
          const line = `✗ ${origin}: ${failure?.message ?? 'failed'} [${failure?.code ?? 'error'}]\n`;
          if (interactive) bar.stop();
          stream.write(line);
          if (interactive) bar.start(Math.max(totalBytes, 1), consumed, {});
        }
        if (interactive) {
          bar.update(Math.min(consumed, totalBytes), {
            pages: running.pages,
            stored: running.stored + running.rescored,
            unchanged: running.unchanged,
            failed: running.failed.length,
          });
        }
      },
    });
    if (interactive) {
      bar.update(totalBytes);
      bar.stop();
    }
    stream.write(`${formatSummary(summary)}\n`);
    return { ok: summary.failed.length === 0, summary };
  } catch (error) {
    if (interactive) bar.stop();
    return {
      ok: false,
      message: `ingest stopped: ${(error as Error).message}; reports stored before this point are intact`,
    };
  } finally {
    await store.close();
  }
}
