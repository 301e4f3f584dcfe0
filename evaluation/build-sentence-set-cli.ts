import { promises as fs } from 'fs';
import path from 'path';
import { CATEGORY_IDS } from '../scoring/categories';
import {
  agreementTable,
  complete,
  readFolder,
  readItems,
  sameCategories,
  sameGroups,
  writeDisagreements,
  writeSentenceSet,
  type Item,
  type Reading,
} from './annotation-files';
import {
  GROUP_IDS,
  LATER_DEV_ROUNDS,
  LATER_TEST_ROUNDS,
  SENTENCE_SET_FILE,
  loadSentenceSet,
  labelsOf,
  type Annotation,
  type LaterDevRound,
  type LaterTestRound,
  type SentenceReference,
} from './sentence-set';
import { TOP_QUOTE_SET_FILE } from './top-quotes';

/**
 * Joins the drawn sentences, the two independent annotations and the adjudications into the sentence set
 * (references only, no text), and prints the agreement between the annotators.
 *
 *   npx tsx evaluation/build-sentence-set-cli.ts /tmp/labelling            # agreement + disagreements/
 *   npx tsx evaluation/build-sentence-set-cli.ts /tmp/labelling --write    # also writes the set (needs adjudication)
 *
 * Round 1 (categories): items.jsonl, annotator-{A,B}/labels-*.tsv, adjudication/labels-*.tsv; lines
 * `id, category letters or -, actor`. Round 2 (groups, in round2/): items.jsonl of new sentences,
 * annotator-{A,B}/new-*.tsv (`id, letters, actor, groups`) for those and groups-*.tsv (`id, groups`) for the round 1
 * sentences, adjudication/*.tsv (`id, letters, actor, groups`; for a round 1 sentence only its groups are taken).
 * Round 3 (more dev sentences, in round3/): items.jsonl, annotator-{A,B}/more-*.tsv and adjudication/*.tsv, lines as
 * round 2's new sentences; its disagreements are written to round3/disagreements/. Round 4 (round4/) is labelled the
 * same way; its files are annotator-{A,B}/r4-*.tsv. Round 5 (round5/) too, with r5-*.tsv,
 * and round 6 (round6/) with r6-*.tsv, round 7 (round7/) with r7-*.tsv, and so on to round 13 (round13/, r13-*.tsv).
 *
 *   npx tsx evaluation/build-sentence-set-cli.ts /tmp/labelling --append-round=7 [--write]
 *
 * adds one later round to the set already in the repository, when the earlier rounds' folders are gone, and
 *
 *   npx tsx evaluation/build-sentence-set-cli.ts /work/labelling --append-test-round=2 [--write]
 *
 * adds a later test round (`LATER_TEST_ROUNDS`, folder test-round2/, files t2-*.tsv) the same way.
 *
 *   npx tsx evaluation/build-sentence-set-cli.ts /work/labelling --top-quotes[=<subfolder>] [--write]
 *
 * does the same for the top quotes (`sample-top-quotes-cli.ts`; subfolder top-quotes/ by default, e.g.
 * top-quotes-dev/ for the dev part's; files tq-*.tsv), into `evaluation/labels/top-quote-set.json`.
 */

/**
 * The reference stored for a drawn sentence: where it is, its gold labels and both annotations. Later-round sentences
 * carry their round's prefix on the stratum, so their figures can be read apart: the rules were never tuned on them.
 */
function referenceOf(
  item: Item,
  roundPrefix: string,
  gold: Annotation,
  annotators: [Annotation, Annotation],
): SentenceReference {
  return {
    id: item.id,
    iso3: item.iso3,
    year: item.year,
    pageSha256: item.pageSha256,
    start: item.start,
    end: item.end,
    sentenceSha256: item.sentenceSha256,
    section: item.section,
    stratum: `${roundPrefix}${item.stratum}`,
    split: item.split,
    gold,
    annotators,
  };
}

/** Where a round's files are and where its references go. */
interface RoundTarget {
  round: LaterDevRound['round'] | `test ${LaterTestRound['round']}` | 'top quotes';
  folder: string;
  prefix: string;
  setFile: string;
  setVersion: string;
}

/** The top-quote set (`evaluation/top-quotes.ts`): labelled like a round, kept in its own file. */
const TOP_QUOTE_TARGET: RoundTarget = {
  round: 'top quotes',
  folder: 'top-quotes',
  prefix: '',
  setFile: TOP_QUOTE_SET_FILE,
  setVersion: 'top-quote-set-1',
};

/**
 * Adds one later dev round to the set already in the repository, without the folders of the earlier rounds
 * (the repository's set is the record of those): agreement and disagreements of that round, and with `--write`
 * its adjudicated references appended, plus `<round>/dev-gold.jsonl` with their text for the rule writers.
 * The top quotes are appended the same way to their own set (created on the first round).
 */
async function appendRound(folder: string, round: RoundTarget, write: boolean): Promise<void> {
  const roundFolder = path.join(folder, round.folder);
  const items = await readItems(path.join(roundFolder, 'items.jsonl'));
  if (items.length === 0) throw new Error(`${roundFolder}/items.jsonl has no sentences`);
  const existing =
    round.setFile === SENTENCE_SET_FILE
      ? (await loadSentenceSet()).sentences
      : await loadSentenceSet(round.setFile).then(
          (set) => set.sentences,
          () => [],
        );
  const known = new Set(existing.map((s) => s.id));
  const again = items.filter((item) => known.has(item.id));
  if (again.length)
    throw new Error(
      `${again.length} sentences of round ${round.round} are already in the set, e.g. ${again[0]?.id}`,
    );
  const first = await readFolder(path.join(roundFolder, 'annotator-A'));
  const second = await readFolder(path.join(roundFolder, 'annotator-B'));
  const both = items.filter((item) => complete(first.get(item.id)) && complete(second.get(item.id)));
  const ids = both.map((item) => item.id);
  console.log(
    [
      `round ${round.round}: ${items.length} sentences; complete annotations: A ${items.filter((i) => complete(first.get(i.id))).length}, B ${items.filter((i) => complete(second.get(i.id))).length}, both ${both.length}`,
      '',
      agreementTable(CATEGORY_IDS, ids, first, second, (r, c) => r?.asserted?.includes(c) === true),
      '',
      agreementTable(GROUP_IDS, ids, first, second, (r, g) => r?.groups?.includes(g) === true),
    ].join('\n'),
  );
  const open = both.filter((item) => {
    const a = first.get(item.id)!;
    const b = second.get(item.id)!;
    return !sameGroups(a, b) || !sameCategories(a, b);
  });
  console.log(`${open.length} round ${round.round} sentences to adjudicate`);
  await writeDisagreements(roundFolder, open, first, second);
  if (!write) return;
  if (both.length !== items.length)
    throw new Error(
      `${items.length - both.length} sentences lack a complete annotation from both annotators`,
    );
  const adjudicated = await readFolder(path.join(roundFolder, 'adjudication'));
  const added: SentenceReference[] = [];
  const missing: string[] = [];
  for (const item of both) {
    const a = complete(first.get(item.id))!;
    const b = complete(second.get(item.id))!;
    const categories = sameCategories(a, b) ? a : adjudicated.get(item.id);
    const groups = sameGroups(a, b) ? a.groups : adjudicated.get(item.id)?.groups;
    if (!categories?.asserted || !categories.actor || !groups) {
      missing.push(item.id);
      continue;
    }
    added.push(
      referenceOf(item, round.prefix, { asserted: categories.asserted, actor: categories.actor, groups }, [
        a,
        b,
      ]),
    );
  }
  if (missing.length)
    throw new Error(`${missing.length} disagreements have no adjudication, e.g. ${missing[0]}`);
  await writeSentenceSet([...existing, ...added], round.setFile, round.setVersion);
  const textOf = new Map(items.map((item) => [item.id, item]));
  await fs.writeFile(
    path.join(roundFolder, 'dev-gold.jsonl'),
    added
      .filter((ref) => ref.split === 'dev')
      .map((ref) =>
        JSON.stringify({
          id: ref.id,
          iso3: ref.iso3,
          year: ref.year,
          section: ref.section,
          stratum: ref.stratum,
          text: textOf.get(ref.id)?.text,
          gold: ref.gold,
        }),
      )
      .join('\n') + '\n',
  );
  console.log(`appended ${added.length} references of round ${round.round} to ${round.setFile}`);
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: build-sentence-set-cli.ts <labelling-folder> [--write]');
  const write = process.argv.includes('--write');
  const appendArg = process.argv.find((arg) => arg.startsWith('--append-round='));
  if (appendArg) {
    const number = Number(appendArg.slice('--append-round='.length));
    const round = LATER_DEV_ROUNDS.find((r) => r.round === number);
    if (!round) throw new Error(`--append-round=${number}: no such later dev round in LATER_DEV_ROUNDS`);
    await appendRound(folder, { ...round, setFile: SENTENCE_SET_FILE, setVersion: 'sentence-set-4' }, write);
    return;
  }
  const testArg = process.argv.find((arg) => arg.startsWith('--append-test-round='));
  if (testArg) {
    const number = Number(testArg.slice('--append-test-round='.length));
    const round = LATER_TEST_ROUNDS.find((r) => r.round === number);
    if (!round)
      throw new Error(`--append-test-round=${number}: no such later test round in LATER_TEST_ROUNDS`);
    await appendRound(
      folder,
      { ...round, round: `test ${round.round}`, setFile: SENTENCE_SET_FILE, setVersion: 'sentence-set-5' },
      write,
    );
    return;
  }
  const topQuotes = process.argv.find((arg) => arg.startsWith('--top-quotes'));
  if (topQuotes) {
    const subfolder = topQuotes.includes('=') ? topQuotes.slice(topQuotes.indexOf('=') + 1) : 'top-quotes';
    await appendRound(folder, { ...TOP_QUOTE_TARGET, folder: subfolder }, write);
    return;
  }
  const round2 = path.join(folder, 'round2');
  const firstItems = await readItems(path.join(folder, 'items.jsonl'));
  const secondItems = await readItems(path.join(round2, 'items.jsonl'));
  const laterRoundOf = new Map<string, LaterDevRound>();
  const laterItems: Item[] = [];
  for (const round of LATER_DEV_ROUNDS) {
    for (const item of await readItems(path.join(folder, round.folder, 'items.jsonl'))) {
      laterRoundOf.set(item.id, round);
      laterItems.push(item);
    }
  }
  const items = [...firstItems, ...secondItems, ...laterItems];
  const laterFolders = LATER_DEV_ROUNDS.map((round) => path.join(folder, round.folder));

  // Each annotator's readings of both rounds, merged per sentence.
  const annotator = async (name: string): Promise<Map<string, Reading>> => {
    const merged = await readFolder(path.join(folder, `annotator-${name}`));
    for (const round of [round2, ...laterFolders]) {
      for (const [id, reading] of await readFolder(path.join(round, `annotator-${name}`))) {
        merged.set(id, { ...merged.get(id), ...reading });
      }
    }
    return merged;
  };
  const first = await annotator('A');
  const second = await annotator('B');
  const both = items.filter((item) => complete(first.get(item.id)) && complete(second.get(item.id)));
  const ids = both.map((item) => item.id);
  const agreement = [
    `${items.length} sentences; complete annotations: A ${items.filter((i) => complete(first.get(i.id))).length}, B ${items.filter((i) => complete(second.get(i.id))).length}, both ${both.length}`,
    '',
    'Categories:',
    '',
    agreementTable(CATEGORY_IDS, ids, first, second, (r, c) => r?.asserted?.includes(c) === true),
    '',
    'Groups:',
    '',
    agreementTable(GROUP_IDS, ids, first, second, (r, g) => r?.groups?.includes(g) === true),
    '',
    `Actor agreement: ${((100 * both.filter((i) => first.get(i.id)?.actor === second.get(i.id)?.actor).length) / Math.max(1, both.length)).toFixed(1)}%.`,
  ].join('\n');
  console.log(agreement);
  await fs.writeFile(path.join(folder, 'agreement.md'), agreement + '\n');

  // Round 1 disagreements on categories were adjudicated first; what is left is round 2's: groups anywhere,
  // categories on the new sentences.
  const firstRound = new Set(firstItems.map((item) => item.id));
  const adjudicatedFirst = await readFolder(path.join(folder, 'adjudication'));
  const open = both
    .filter((item) => !laterRoundOf.has(item.id))
    .filter((item) => {
      const a = first.get(item.id)!;
      const b = second.get(item.id)!;
      return !sameGroups(a, b) || (!firstRound.has(item.id) && !sameCategories(a, b));
    });
  const openLater = both.filter((item) => {
    if (!laterRoundOf.has(item.id)) return false;
    const a = first.get(item.id)!;
    const b = second.get(item.id)!;
    return !sameGroups(a, b) || !sameCategories(a, b) || a.actor !== b.actor;
  });
  const openIn = (round: LaterDevRound) => openLater.filter((item) => laterRoundOf.get(item.id) === round);
  console.log(
    [`${open.length} round 2`, ...LATER_DEV_ROUNDS.map((r) => `${openIn(r).length} round ${r.round}`)].join(
      ', ',
    ) + ' sentences to adjudicate',
  );
  await writeDisagreements(round2, open, first, second);
  for (const round of LATER_DEV_ROUNDS)
    await writeDisagreements(path.join(folder, round.folder), openIn(round), first, second);
  if (!write) return;

  const adjudicatedSecond = new Map<string, Reading>();
  for (const round of [round2, ...laterFolders])
    for (const [id, reading] of await readFolder(path.join(round, 'adjudication')))
      adjudicatedSecond.set(id, reading);

  const sentences: SentenceReference[] = [];
  const missing: string[] = [];
  for (const item of both) {
    const a = complete(first.get(item.id))!;
    const b = complete(second.get(item.id))!;
    const categories = firstRound.has(item.id)
      ? sameCategories(a, b)
        ? a
        : adjudicatedFirst.get(item.id)
      : sameCategories(a, b)
        ? a
        : adjudicatedSecond.get(item.id);
    const groups = sameGroups(a, b) ? a.groups : adjudicatedSecond.get(item.id)?.groups;
    if (!categories?.asserted || !categories.actor || !groups) {
      missing.push(item.id);
      continue;
    }
    sentences.push(
      referenceOf(
        item,
        laterRoundOf.get(item.id)?.prefix ?? '',
        { asserted: categories.asserted, actor: categories.actor, groups },
        [a, b],
      ),
    );
  }
  if (missing.length)
    throw new Error(`${missing.length} disagreements have no adjudication, e.g. ${missing[0]}`);
  await writeSentenceSet(sentences);
  const goldById = new Map(sentences.map((s) => [s.id, s.gold]));
  await fs.writeFile(
    path.join(folder, 'dev-gold.jsonl'),
    items
      .filter((item) => item.split === 'dev' && goldById.has(item.id))
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
          groups: gold.groups,
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
