import { promises as fs } from 'fs';
import path from 'path';
import { hashSentence, loadSentenceSet } from './sentence-set';
import { TOP_QUOTE_SET_FILE, currentTopQuotes } from './top-quotes';

/**
 * Writes today's top quotes of the test-part countries (see `top-quotes.ts`) WITH their text to a folder outside
 * the repository, for the annotators only, in the sentence sampler's item format. Quotes already in the top-quote
 * set are left out, so after a rule change only the new top quotes need labelling.
 *
 *   npx tsx evaluation/sample-top-quotes-cli.ts /work/labelling/top-quotes [corpus-dir] [--dev]
 *
 * Without `--dev` the test-part countries (to score the order); with it the dev-part countries (to tune it), and
 * `--per=N` draws the top N a category instead of the top 3, so that a changed order can be scored on dev.
 *
 * The annotators see each sentence once, with its country, year and heading, never the category it was quoted
 * under. The stratum records where it stood: `top-quote:T1K3` is torture's first quote and killings' third.
 */
const LETTER: Record<string, string> = {
  killings: 'K',
  disappearance: 'D',
  torture: 'T',
  detention_conditions: 'C',
  arbitrary_detention: 'A',
  political_prisoners: 'P',
  refoulement: 'R',
};

async function main(): Promise<void> {
  const [outDir, givenCorpusDir] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const part = process.argv.includes('--dev') ? 'dev' : 'test';
  const per = Number(process.argv.find((arg) => arg.startsWith('--per='))?.slice('--per='.length) ?? 3);
  if (!outDir) throw new Error('usage: sample-top-quotes-cli.ts <out-dir> [corpus-dir]');
  const corpusDir = givenCorpusDir ?? path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'state-dept');
  const labelled = await loadSentenceSet(TOP_QUOTE_SET_FILE).then(
    (set) => new Set(set.sentences.map((s) => s.id)),
    () => new Set<string>(),
  );
  const items = new Map<string, Record<string, unknown> & { places: string[] }>();
  for (const quote of await currentTopQuotes(corpusDir, part, per)) {
    if (labelled.has(quote.id)) continue;
    const item = items.get(quote.id) ?? {
      id: quote.id,
      iso3: quote.iso3,
      year: quote.year,
      section: quote.section,
      heading: quote.heading,
      pageSha256: quote.pageSha256,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      split: part,
      sentenceSha256: hashSentence(quote.text),
      places: [],
    };
    item.places.push(`${LETTER[quote.category]}${quote.rank}`);
    items.set(quote.id, item);
  }
  const lines = [...items.values()].map(({ places, ...item }) =>
    JSON.stringify({ ...item, stratum: `top-quote:${places.join('')}` }),
  );
  await fs.mkdir(outDir, { recursive: true });
  await fs.writeFile(path.join(outDir, 'items.jsonl'), lines.join('\n') + '\n');
  console.log(`${lines.length} new top quotes written to ${outDir}/items.jsonl`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
