import { promises as fs } from 'fs';
import path from 'path';
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import { cohenKappa } from './sentence-accuracy';
import {
  ActorSchema,
  GroupIdSchema,
  SENTENCE_SET_FILE,
  SentenceSetSchema,
  type Actor,
  type Annotation,
  type GroupId,
  type SentenceReference,
} from './sentence-set';

/**
 * The files of a labelling round: drawn items (`items.jsonl`), annotators' and adjudicators' `.tsv` lines
 * (`id, category letters or -, actor, groups`), the agreement between two readers and the disagreement chunks an
 * adjudicator reads. Shared by the set builder and the consistency pass.
 */

export const LETTERS: Record<string, CategoryId> = {
  K: 'killings',
  D: 'disappearance',
  T: 'torture',
  C: 'detention_conditions',
  A: 'arbitrary_detention',
  P: 'political_prisoners',
  R: 'refoulement',
};

export const ItemSchema = z.object({
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
export type Item = z.infer<typeof ItemSchema>;

/** What one file line says; a groups-only line leaves the categories unset. */
export interface Reading {
  asserted?: CategoryId[];
  actor?: Actor;
  groups?: GroupId[];
}

export function parseLine(line: string, where: string): { id: string; reading: Reading } {
  const cells = line.split('\t').map((cell) => cell.trim());
  const id = cells[0] ?? '';
  if (!/^s-[0-9a-f]{12}$/.test(id)) throw new Error(`${where}: bad id "${id}"`);
  const parseGroups = (text: string): GroupId[] => {
    if (text === '-') return [];
    return text.split(',').map((g) => {
      const parsed = GroupIdSchema.safeParse(g.trim());
      if (!parsed.success) throw new Error(`${where}: bad group "${g}" for ${id}`);
      return parsed.data;
    });
  };
  if (cells.length === 2) return { id, reading: { groups: parseGroups(cells[1] ?? '') } };
  const [, letters = '', actorText = '', groupText] = cells;
  if (!/^(-|[KDTCAPR]+)$/.test(letters)) throw new Error(`${where}: bad categories "${letters}" for ${id}`);
  const actor = ActorSchema.safeParse(actorText);
  if (!actor.success) throw new Error(`${where}: bad actor "${actorText}" for ${id}`);
  const asserted = CATEGORY_IDS.filter((c) => [...letters].some((letter) => LETTERS[letter] === c));
  return {
    id,
    reading: {
      asserted,
      actor: actor.data,
      ...(groupText !== undefined ? { groups: parseGroups(groupText) } : {}),
    },
  };
}

/** Every reading in a folder's .tsv files whose name starts with `prefix`, merged per sentence. */
export async function readFolder(folder: string, prefix = ''): Promise<Map<string, Reading>> {
  const out = new Map<string, Reading>();
  const files = await fs.readdir(folder).catch(() => [] as string[]);
  for (const file of files.filter((f) => f.startsWith(prefix) && f.endsWith('.tsv')).sort()) {
    const lines = (await fs.readFile(path.join(folder, file), 'utf8')).split('\n').filter((l) => l.trim());
    lines.forEach((line, index) => {
      const { id, reading } = parseLine(line, `${file}:${index + 1}`);
      out.set(id, { ...out.get(id), ...reading });
    });
  }
  return out;
}

export async function readItems(file: string): Promise<Item[]> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => ItemSchema.parse(JSON.parse(line)));
}

export function complete(reading: Reading | undefined): Annotation | undefined {
  if (!reading?.asserted || !reading.actor || !reading.groups) return undefined;
  return { asserted: reading.asserted, actor: reading.actor, groups: reading.groups };
}

// Annotators list labels in any order: "KDCA" and "KDAC" agree.
export const sameSet = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  [...a].sort().join() === [...b].sort().join();
export const sameCategories = (a: Reading, b: Reading): boolean =>
  a.actor === b.actor && sameSet(a.asserted, b.asserted);
export const sameGroups = (a: Reading, b: Reading): boolean => sameSet(a.groups, b.groups);

export function lettersOf(asserted: readonly CategoryId[] = []): string {
  return (
    Object.entries(LETTERS)
      .filter(([, category]) => asserted.includes(category))
      .map(([letter]) => letter)
      .join('') || '-'
  );
}

export function agreementTable<K extends string>(
  keys: readonly K[],
  ids: readonly string[],
  first: Map<string, Reading>,
  second: Map<string, Reading>,
  says: (reading: Reading | undefined, key: K) => boolean,
): string {
  const rows = keys.map((key) => {
    const a = ids.map((id) => says(first.get(id), key));
    const b = ids.map((id) => says(second.get(id), key));
    const agree = a.filter((value, i) => value === b[i]).length;
    return `| ${key} | ${a.filter(Boolean).length} | ${b.filter(Boolean).length} | ${((100 * agree) / Math.max(1, a.length)).toFixed(1)}% | ${cohenKappa(a, b).toFixed(3)} |`;
  });
  const allA = ids.flatMap((id) => keys.map((key) => says(first.get(id), key)));
  const allB = ids.flatMap((id) => keys.map((key) => says(second.get(id), key)));
  return [
    '| label | A yes | B yes | agreement | Cohen κ |',
    '|---|---|---|---|---|',
    ...rows,
    `| all (pooled) | ${allA.filter(Boolean).length} | ${allB.filter(Boolean).length} | | ${cohenKappa(allA, allB).toFixed(3)} |`,
  ].join('\n');
}

export async function writeDisagreements(
  round: string,
  open: readonly Pick<Item, 'id' | 'iso3' | 'year' | 'heading' | 'text'>[],
  first: Map<string, Reading>,
  second: Map<string, Reading>,
  earlier?: Map<string, Reading>,
): Promise<void> {
  if (open.length === 0) return;
  await fs.mkdir(path.join(round, 'disagreements'), { recursive: true });
  const show = (r: Reading): string =>
    `${lettersOf(r.asserted)} ${r.actor} ${(r.groups ?? []).join(',') || '-'}`;
  for (let i = 0; i < open.length; i += 50) {
    const chunk = open.slice(i, i + 50).map((item) => {
      const before = earlier?.get(item.id);
      return [
        `### ${item.id}`,
        `country: ${item.iso3}, report year ${item.year}, section: ${item.heading}`,
        item.text,
        ...(before ? [`earlier label: ${show(before)}`] : []),
        `annotator 1: ${show(first.get(item.id)!)}`,
        `annotator 2: ${show(second.get(item.id)!)}`,
        '',
      ].join('\n');
    });
    await fs.writeFile(
      path.join(round, 'disagreements', `chunk-${String(i / 50 + 1).padStart(2, '0')}.txt`),
      chunk.join('\n'),
    );
  }
}

/** Writes the set, one sentence a line so that a relabelling shows as a one-line diff. */
export async function writeSentenceSet(
  sentences: SentenceReference[],
  file = SENTENCE_SET_FILE,
  version = 'sentence-set-4',
): Promise<void> {
  sentences.sort((x, y) => (x.id < y.id ? -1 : 1));
  const set = SentenceSetSchema.parse({
    version,
    guide: 'evaluation/LABELLING.md',
    sentences,
  });
  const body = set.sentences.map((s) => JSON.stringify(s)).join(',\n');
  await fs.writeFile(
    file,
    `{"version":${JSON.stringify(set.version)},"guide":${JSON.stringify(set.guide)},"sentences":[\n${body}\n]}\n`,
  );
}

/** Two readings say the same: categories, actor and groups. */
export const agrees = (x: Reading, y: Reading): boolean => sameCategories(x, y) && sameGroups(x, y);

/** A consistency pass sends a sentence to the adjudicator unless both new readings and the earlier gold agree. */
export function needsAdjudication(first: Reading, second: Reading, earlier: Reading): boolean {
  return !agrees(first, second) || !agrees(first, earlier);
}

export type AppliedConsistencyPass =
  | { ok: true; sentences: SentenceReference[]; relabelled: number; changed: number }
  | { ok: false; missing: string[] };

/**
 * The set after a consistency pass: a sentence both new annotators read keeps its gold when all three readings
 * agree and takes the adjudicated label otherwise, and carries the pass's annotations and its gold before the
 * pass. Sentences the pass did not read are left as they were.
 */
export function applyConsistencyPass(
  sentences: readonly SentenceReference[],
  pass: string,
  first: Map<string, Reading>,
  second: Map<string, Reading>,
  adjudicated: Map<string, Reading>,
): AppliedConsistencyPass {
  const missing: string[] = [];
  let relabelled = 0;
  let changed = 0;
  const out = sentences.map((ref): SentenceReference => {
    const a = complete(first.get(ref.id));
    const b = complete(second.get(ref.id));
    if (!a || !b) return ref;
    relabelled += 1;
    const previousGold = ref.gold;
    let gold = ref.gold;
    if (needsAdjudication(a, b, ref.gold)) {
      const decided = complete(adjudicated.get(ref.id));
      if (!decided) {
        missing.push(ref.id);
        return ref;
      }
      gold = decided;
    }
    if (!agrees(gold, ref.gold)) changed += 1;
    return { ...ref, gold, consistencyPass: { pass, annotators: [a, b], previousGold } };
  });
  return missing.length ? { ok: false, missing } : { ok: true, sentences: out, relabelled, changed };
}
