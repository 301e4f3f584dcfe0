import { promises as fs } from 'fs';
import path from 'path';
import { z } from 'zod';
import { CATEGORY_IDS } from '../scoring/categories';
import {
  agreementTable,
  agrees,
  applyConsistencyPass,
  complete,
  needsAdjudication,
  readFolder,
  writeDisagreements,
  writeSentenceSet,
  type Reading,
} from './annotation-files';
import { GROUP_IDS, loadSentenceSet } from './sentence-set';

/**
 * A consistency pass: sentences already in the set are labelled again, blind, by two new annotators under the
 * guide as it stands (with its recurring close calls), because the earlier rounds settled those calls case by
 * case. Every sentence where the two new readings and the earlier gold do not all agree goes to an adjudicator,
 * who sees the three readings (never the service's output) and decides. With `--write`, the set keeps the new gold
 * and, per sentence, the pass's annotations and the gold before it.
 *
 *   npx tsx evaluation/consistency-pass-cli.ts <pass-folder> --pass=consistency-1            # agreement + disagreements/
 *   npx tsx evaluation/consistency-pass-cli.ts <pass-folder> --pass=consistency-1 --write    # needs adjudication/
 *
 * The pass folder holds `p*\/blind.jsonl` (the sentences shown to the annotators: id, iso3, year, heading, text),
 * `annotator-{A,B}/*.tsv` and `adjudication/*.tsv`, lines as in a labelling round.
 */

const BlindItemSchema = z.object({
  id: z.string(),
  iso3: z.string(),
  year: z.number(),
  heading: z.string(),
  text: z.string(),
});
type BlindItem = z.infer<typeof BlindItemSchema>;

async function readBlindItems(folder: string): Promise<BlindItem[]> {
  const parts = (await fs.readdir(folder)).filter((name) => /^p\d+$/.test(name)).sort();
  const items: BlindItem[] = [];
  for (const part of parts) {
    const text = await fs.readFile(path.join(folder, part, 'blind.jsonl'), 'utf8');
    text
      .split('\n')
      .filter(Boolean)
      .forEach((line, index) => {
        const parsed = BlindItemSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${part}/blind.jsonl:${index + 1}: ${parsed.error.message}`);
        items.push(parsed.data);
      });
  }
  return items;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  const pass = process.argv.find((arg) => arg.startsWith('--pass='))?.slice('--pass='.length);
  if (!folder || !pass)
    throw new Error('usage: consistency-pass-cli.ts <pass-folder> --pass=<name> [--write]');
  const write = process.argv.includes('--write');
  const set = await loadSentenceSet();
  const byId = new Map(set.sentences.map((s) => [s.id, s]));
  const items = await readBlindItems(folder);
  const unknown = items.filter((item) => !byId.has(item.id));
  if (unknown.length)
    throw new Error(`${unknown.length} sentences are not in the set, e.g. ${unknown[0]?.id}`);
  const first = await readFolder(path.join(folder, 'annotator-A'));
  const second = await readFolder(path.join(folder, 'annotator-B'));
  const earlier = new Map<string, Reading>(items.map((item) => [item.id, byId.get(item.id)!.gold]));
  const both = items.filter((item) => complete(first.get(item.id)) && complete(second.get(item.id)));
  const ids = both.map((item) => item.id);
  const agreeing = (x: Map<string, Reading>, y: Map<string, Reading>, title: string): string =>
    [
      title,
      '',
      agreementTable(CATEGORY_IDS, ids, x, y, (r, c) => r?.asserted?.includes(c) === true),
      '',
      agreementTable(GROUP_IDS, ids, x, y, (r, g) => r?.groups?.includes(g) === true),
    ].join('\n');
  console.log(
    [
      `${pass}: ${items.length} sentences; complete annotations: A ${items.filter((i) => complete(first.get(i.id))).length}, B ${items.filter((i) => complete(second.get(i.id))).length}, both ${both.length}`,
      '',
      agreeing(first, second, 'New annotator A against new annotator B:'),
      '',
      agreeing(earlier, first, 'Earlier gold (as A) against new annotator A (as B):'),
      '',
      agreeing(earlier, second, 'Earlier gold (as A) against new annotator B (as B):'),
    ].join('\n'),
  );
  const open = both.filter((item) =>
    needsAdjudication(first.get(item.id)!, second.get(item.id)!, earlier.get(item.id)!),
  );
  const newAgreeOldNot = open.filter((item) => agrees(first.get(item.id)!, second.get(item.id)!)).length;
  console.log(
    `${open.length} sentences to adjudicate (${newAgreeOldNot} where both new readings agree with each other but not with the earlier gold)`,
  );
  await writeDisagreements(folder, open, first, second, earlier);
  if (!write) return;
  if (both.length !== items.length)
    throw new Error(
      `${items.length - both.length} sentences lack a complete annotation from both annotators`,
    );
  const adjudicated = await readFolder(path.join(folder, 'adjudication'));
  const applied = applyConsistencyPass(set.sentences, pass, first, second, adjudicated);
  if (!applied.ok)
    throw new Error(
      `${applied.missing.length} sentences to adjudicate have no adjudication, e.g. ${applied.missing[0]}`,
    );
  const { sentences, changed } = applied;
  await writeSentenceSet(sentences, undefined, set.version);
  console.log(
    `${pass}: ${both.length} sentences relabelled, ${changed} with a changed gold label; set written`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
