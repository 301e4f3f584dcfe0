import { promises as fs } from 'fs';
import path from 'path';
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import { cohenKappa } from './sentence-accuracy';
import {
  ActorSchema,
  SENTENCE_SET_FILE,
  SentenceSetSchema,
  type Annotation,
  labelsOf,
  type SentenceReference,
} from './sentence-set';

/**
 * Joins the drawn sentences, the two independent annotations and the adjudication into the sentence set
 * (references only, no text), and prints the agreement between the annotators.
 *
 *   npx tsx evaluation/build-sentence-set-cli.ts /tmp/labelling            # agreement + disagreements.txt
 *   npx tsx evaluation/build-sentence-set-cli.ts /tmp/labelling --write    # also writes the set (needs adjudication)
 *
 * The folder holds items.jsonl (from sample-sentences-cli.ts), annotator-A/labels-*.tsv, annotator-B/labels-*.tsv
 * and, for --write, adjudication/labels-*.tsv covering every disagreement. Lines: id, category letters or "-", actor.
 */

const LETTERS: Record<string, CategoryId> = {
  K: 'killings',
  D: 'disappearance',
  T: 'torture',
  C: 'detention_conditions',
  A: 'arbitrary_detention',
  P: 'political_prisoners',
  R: 'refoulement',
};

const ItemSchema = z.object({
  id: z.string(),
  iso3: z.string(),
  year: z.number(),
  section: z.string(),
  heading: z.string(),
  pageSha256: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  stratum: z.string(),
  split: z.enum(['dev', 'test']),
  sentenceSha256: z.string(),
});
type Item = z.infer<typeof ItemSchema>;

function parseLabelLine(line: string, where: string): { id: string; annotation: Annotation } {
  const [id = '', letters = '', actorText = ''] = line.split('\t').map((cell) => cell.trim());
  if (!/^s-[0-9a-f]{12}$/.test(id)) throw new Error(`${where}: bad id "${id}"`);
  if (!/^(-|[KDTCAPR]+)$/.test(letters)) throw new Error(`${where}: bad categories "${letters}" for ${id}`);
  const actor = ActorSchema.safeParse(actorText);
  if (!actor.success) throw new Error(`${where}: bad actor "${actorText}" for ${id}`);
  const asserted = CATEGORY_IDS.filter((c) => [...letters].some((letter) => LETTERS[letter] === c));
  return { id, annotation: { asserted, actor: actor.data } };
}

async function readAnnotations(folder: string): Promise<Map<string, Annotation>> {
  const out = new Map<string, Annotation>();
  const files = await fs.readdir(folder).catch(() => [] as string[]);
  for (const file of files.filter((f) => f.endsWith('.tsv')).sort()) {
    const lines = (await fs.readFile(path.join(folder, file), 'utf8')).split('\n').filter((l) => l.trim());
    lines.forEach((line, index) => {
      const { id, annotation } = parseLabelLine(line, `${file}:${index + 1}`);
      out.set(id, annotation);
    });
  }
  return out;
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return a.actor === b.actor && a.asserted.join() === b.asserted.join();
}

function lettersOf(annotation: Annotation): string {
  const letters = Object.entries(LETTERS)
    .filter(([, category]) => annotation.asserted.includes(category))
    .map(([letter]) => letter)
    .join('');
  return letters || '-';
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: build-sentence-set-cli.ts <labelling-folder> [--write]');
  const write = process.argv.includes('--write');
  const items: Item[] = (await fs.readFile(path.join(folder, 'items.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => ItemSchema.parse(JSON.parse(line)));
  const first = await readAnnotations(path.join(folder, 'annotator-A'));
  const second = await readAnnotations(path.join(folder, 'annotator-B'));
  const both = items.filter((item) => first.has(item.id) && second.has(item.id));
  console.log(`${items.length} sentences; annotator A ${first.size}, B ${second.size}, both ${both.length}`);

  const kappaRows: string[] = [];
  for (const category of CATEGORY_IDS) {
    const a = both.map((item) => first.get(item.id)?.asserted.includes(category) === true);
    const b = both.map((item) => second.get(item.id)?.asserted.includes(category) === true);
    const agree = a.filter((value, i) => value === b[i]).length;
    kappaRows.push(
      `| ${category} | ${a.filter(Boolean).length} | ${b.filter(Boolean).length} | ${((100 * agree) / Math.max(1, a.length)).toFixed(1)}% | ${cohenKappa(a, b).toFixed(3)} |`,
    );
  }
  const allA = both.flatMap((item) =>
    CATEGORY_IDS.map((c) => first.get(item.id)?.asserted.includes(c) === true),
  );
  const allB = both.flatMap((item) =>
    CATEGORY_IDS.map((c) => second.get(item.id)?.asserted.includes(c) === true),
  );
  kappaRows.push(
    `| all (pooled) | ${allA.filter(Boolean).length} | ${allB.filter(Boolean).length} | | ${cohenKappa(allA, allB).toFixed(3)} |`,
  );
  const actorAgree = both.filter((item) => first.get(item.id)?.actor === second.get(item.id)?.actor).length;
  const agreement = [
    '| category | A yes | B yes | agreement | Cohen κ |',
    '|---|---|---|---|---|',
    ...kappaRows,
    '',
    `Actor agreement: ${((100 * actorAgree) / Math.max(1, both.length)).toFixed(1)}% of ${both.length} sentences.`,
  ].join('\n');
  console.log(agreement);
  await fs.writeFile(path.join(folder, 'agreement.md'), agreement + '\n');

  const disagreements = both.filter((item) => !sameAnnotation(first.get(item.id)!, second.get(item.id)!));
  console.log(`${disagreements.length} sentences to adjudicate`);
  await fs.mkdir(path.join(folder, 'disagreements'), { recursive: true });
  for (let i = 0; i < disagreements.length; i += 50) {
    const chunk = disagreements.slice(i, i + 50).map((item) => {
      const a = first.get(item.id)!;
      const b = second.get(item.id)!;
      return `### ${item.id}\ncountry: ${item.iso3}, report year ${item.year}, section: ${item.heading}\n${item.text}\nannotator 1: ${lettersOf(a)} ${a.actor}\nannotator 2: ${lettersOf(b)} ${b.actor}\n`;
    });
    await fs.writeFile(
      path.join(folder, 'disagreements', `chunk-${String(i / 50 + 1).padStart(2, '0')}.txt`),
      chunk.join('\n'),
    );
  }
  if (!write) return;

  const adjudicated = await readAnnotations(path.join(folder, 'adjudication'));
  const sentences: SentenceReference[] = [];
  const missing: string[] = [];
  for (const item of both) {
    const a = first.get(item.id)!;
    const b = second.get(item.id)!;
    const gold = sameAnnotation(a, b) ? a : adjudicated.get(item.id);
    if (!gold) {
      missing.push(item.id);
      continue;
    }
    sentences.push({
      id: item.id,
      iso3: item.iso3,
      year: item.year,
      pageSha256: item.pageSha256,
      start: item.start,
      end: item.end,
      sentenceSha256: item.sentenceSha256,
      section: item.section,
      stratum: item.stratum,
      split: item.split,
      gold,
      annotators: [a, b],
    });
  }
  if (missing.length)
    throw new Error(`${missing.length} disagreements have no adjudication, e.g. ${missing[0]}`);
  sentences.sort((x, y) => (x.id < y.id ? -1 : 1));
  const set = SentenceSetSchema.parse({
    version: 'sentence-set-1',
    guide: 'evaluation/LABELLING.md',
    sentences,
  });
  // One sentence a line: a relabelling shows as a one-line diff.
  const body = set.sentences.map((s) => JSON.stringify(s)).join(',\n');
  await fs.writeFile(
    SENTENCE_SET_FILE,
    `{"version":${JSON.stringify(set.version)},"guide":${JSON.stringify(set.guide)},"sentences":[\n${body}\n]}\n`,
  );
  const dev = items.filter((item) => item.split === 'dev');
  const goldById = new Map(sentences.map((s) => [s.id, s.gold]));
  await fs.writeFile(
    path.join(folder, 'dev-gold.jsonl'),
    dev
      .filter((item) => goldById.has(item.id))
      .map((item) => {
        const gold = goldById.get(item.id)!;
        return JSON.stringify({
          id: item.id,
          iso3: item.iso3,
          year: item.year,
          section: item.section,
          text: item.text,
          labels: labelsOf(gold),
          actor: gold.actor,
        });
      })
      .join('\n') + '\n',
  );
  console.log(
    `wrote ${sentences.length} references to ${SENTENCE_SET_FILE} and the dev part to ${folder}/dev-gold.jsonl`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
