import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import type { SectionKey } from '../scoring/report-model';
import { analyzeSentence, splitSentences } from '../scoring/text-analyzer';
import {
  archivesIn,
  hashSentence,
  loadSentenceSet,
  loadSentenceSplit,
  readCorpusReports,
  sentenceIdFor,
} from './sentence-set';

/**
 * Draws the sentences to label from the real reports of the expert-label countries, stratified by category cue and
 * section, and writes them WITH their text to a folder outside the repository, for the annotators only.
 *
 *   npx tsx evaluation/sample-sentences-cli.ts /tmp/labelling [corpus-dir]            # round 1: category cues
 *   npx tsx evaluation/sample-sentences-cli.ts /tmp/labelling2 [corpus-dir] --groups  # round 2: risk-profile groups
 *   npx tsx evaluation/sample-sentences-cli.ts /tmp/labelling3 [corpus-dir] --more-dev # round 3: more dev sentences
 *   npx tsx evaluation/sample-sentences-cli.ts /tmp/labelling4 [corpus-dir] --more-dev --round=4 # round 4, 1.5× as many
 *   npx tsx evaluation/sample-sentences-cli.ts /tmp/labelling5 [corpus-dir] --more-dev --round=5 --scale=3
 *   npx tsx evaluation/sample-sentences-cli.ts /tmp/labelling6 [corpus-dir] --more-dev --round=6 --scale=2
 *   npx tsx evaluation/sample-sentences-cli.ts /tmp/test-round2 [corpus-dir] --more-test --round=2 --scale=2
 *
 * Deterministic: the same corpus and code draw the same sentences. Round 1 is stratified by the analyser's own cues
 * (drawn with the lexicon of its commit); round 2 by the plain word patterns below, whatever the analyser says, and
 * leaves out every sentence already in the set. Round 3 draws round 1's strata again, from dev countries only and
 * with a fresh order, to give a learned layer more dev sentences without touching the test part.
 *
 * From round 10 on, a later dev round also leaves out every sentence whose text is already in the set, and draws
 * each text once. The reports repeat sentences from year to year: 183 of round 9's 1,015 sentences repeat a labelled
 * dev sentence word for word (the rules scored F1 0.91 on those and 0.79 on the rest), so a round that repeats
 * labelled text overstates what the rules do on text they were not written for.
 *
 * `--more-test` draws a later test round (`LATER_TEST_ROUNDS`) the same way from the test-part countries only, with
 * its own salt and only new text: more sentences for the test figures, never for tuning.
 */

/** Words that name each risk-profile group: strata for drawing sentences only, not the service's group lexicon. */
const GROUP_PATTERNS: Record<string, RegExp> = {
  political_opponent: /\b(opposition|activists?|protesters?|demonstrators?|human rights defenders?)\b/i,
  journalist: /\b(journalists?|reporters?|bloggers?|media workers?)\b/i,
  lgbtqi: /\b(LGBT\w*|same-sex|gay|lesbian|transgender|homosexual\w*)\b/i,
  religious_minority:
    /\b(religious (minorit\w+|groups?)|Christians?|Jehovah|Baha'?is?|Ahmadi\w*|Shia|Sunni|converts?)\b/i,
  ethnic_minority: /\b(ethnic (minorit\w+|groups?)|indigenous|Roma|Rohingya|Uyghurs?|tribal)\b/i,
  women_girls: /\b(women|girls|female genital|FGM|forced marriage|child marriage|gender-based)\b/i,
  criminal_deportee: /\b(deportees?|deported|returnees?|criminal records?|repatriated)\b/i,
  gang_perceived: /\b(gangs?|tattoo\w*|maras?|MS-13|state of exception)\b/i,
  migrant_asylum_seeker: /\b(migrants?|asylum[- ]seekers?|refugees?|stateless)\b/i,
  health_disability:
    /\b(disabilit\w+|HIV|mental(ly)? (illness|ill|health)|medical (care|treatment)|tuberculosis)\b/i,
};
const ABUSE_WORD =
  /\b(arrest|detain|detention|kill|tortur|beat|abus|attack|harass|rap(e|ed)\b|disappear|prison|jail|deport|threat|violen)/i;
const PER_GROUP_WITH_ABUSE_WORD = 16;
const PER_GROUP_WITHOUT = 8;

/** Sections where the reports discuss the seven abuses. */
const ABUSE_SECTIONS: ReadonlySet<SectionKey> = new Set([
  'executive_summary',
  'killings',
  'disappearance',
  'torture',
  'prison_conditions',
  'police_security',
  'arbitrary_arrest',
  'fair_trial',
  'political_prisoners',
  'conflict_abuses',
  'transnational_repression',
  'refugees',
]);

const PER_CATEGORY_ABUSE_SECTION = 72;
const PER_CATEGORY_OTHER_SECTION = 28;
const NO_CUE = 160;
/** Round 3 draws fewer per stratum: it adds to round 1's dev sentences, it does not replace them. */
const MORE_DEV_ABUSE_SECTION = 45;
const MORE_DEV_OTHER_SECTION = 15;
const MORE_DEV_NO_CUE = 100;
const MAX_SENTENCE_CHARS = 700;

interface Candidate {
  id: string;
  iso3: string;
  year: number;
  section: SectionKey;
  heading: string;
  pageSha256: string;
  start: number;
  end: number;
  text: string;
  cues: CategoryId[];
}

function rankFor(id: string, salt = 'sample-v1'): string {
  return createHash('sha256').update(`${salt}:${id}`).digest('hex');
}

async function main(): Promise<void> {
  const [outDir, givenCorpusDir] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!outDir)
    throw new Error('usage: sample-sentences-cli.ts <out-dir> [corpus-dir] [--groups | --more-dev]');
  const moreTest = process.argv.includes('--more-test');
  // A later test round is drawn exactly as a later dev round is, from the other part's countries.
  const moreDev = process.argv.includes('--more-dev') || moreTest;
  // Later dev rounds draw with their own salt, so each is a fresh sample the rules have never seen.
  const round = Number(process.argv.find((arg) => arg.startsWith('--round='))?.slice('--round='.length) ?? 3);
  const scale = Number(
    process.argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? (round > 3 ? 1.5 : 1),
  );
  const corpusDir = givenCorpusDir ?? path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'state-dept');
  const split = await loadSentenceSplit();
  const splitOf = new Map<string, 'dev' | 'test'>([
    ...split.dev.map((c) => [c, 'dev'] as const),
    ...split.test.map((c) => [c, 'test'] as const),
  ]);

  const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
  const candidates: Candidate[] = [];
  for await (const { sha256, iso3, report } of readCorpusReports(archivesIn(corpusDir, years))) {
    if (!splitOf.has(iso3)) continue;
    if (moreDev && splitOf.get(iso3) !== (moreTest ? 'test' : 'dev')) continue;
    for (const paragraph of report.paragraphs) {
      const section = report.sections[paragraph.sectionIndex];
      if (!section) continue;
      for (const span of splitSentences(paragraph.text)) {
        if (span.text.length < 40 || span.text.length > MAX_SENTENCE_CHARS) continue;
        const start = paragraph.start + span.start;
        const cues = [
          ...new Set(analyzeSentence(span.text, { reportYear: report.year }).map((s) => s.category)),
        ];
        candidates.push({
          id: sentenceIdFor(sha256, start),
          iso3,
          year: report.year,
          section: section.key,
          heading: section.headingPath[section.headingPath.length - 1] ?? '',
          pageSha256: sha256,
          start,
          end: paragraph.start + span.end,
          text: span.text,
          cues,
        });
      }
    }
  }

  const groupsRound = process.argv.includes('--groups');
  const labelledSet = groupsRound || moreDev ? (await loadSentenceSet()).sentences : [];
  const alreadyLabelled = new Set(labelledSet.map((s) => s.id));
  const newTextOnly = moreTest || (moreDev && round >= 10);
  const takenTexts = new Set(newTextOnly ? labelledSet.map((s) => s.sentenceSha256) : []);
  const salt = moreTest ? `sample-test-v${round}` : moreDev ? `sample-v${round}` : 'sample-v1';
  const perAbuseSection = moreDev ? Math.round(MORE_DEV_ABUSE_SECTION * scale) : PER_CATEGORY_ABUSE_SECTION;
  const perOtherSection = moreDev ? Math.round(MORE_DEV_OTHER_SECTION * scale) : PER_CATEGORY_OTHER_SECTION;
  const chosen = new Map<string, Candidate & { stratum: string }>();
  const take = (stratum: string, pool: Candidate[], count: number): void => {
    const ordered = pool
      .filter((c) => !chosen.has(c.id) && !alreadyLabelled.has(c.id))
      .sort((a, b) => (rankFor(a.id, salt) < rankFor(b.id, salt) ? -1 : 1));
    let taken = 0;
    for (const candidate of ordered) {
      if (taken === count) break;
      if (newTextOnly) {
        const textHash = hashSentence(candidate.text);
        if (takenTexts.has(textHash)) continue;
        takenTexts.add(textHash);
      }
      chosen.set(candidate.id, { ...candidate, stratum });
      taken += 1;
    }
  };
  for (const [group, pattern] of groupsRound ? Object.entries(GROUP_PATTERNS) : []) {
    const naming = candidates.filter((c) => pattern.test(c.text));
    take(
      `group:${group}:abuse-word`,
      naming.filter((c) => ABUSE_WORD.test(c.text)),
      PER_GROUP_WITH_ABUSE_WORD,
    );
    take(
      `group:${group}:other`,
      naming.filter((c) => !ABUSE_WORD.test(c.text)),
      PER_GROUP_WITHOUT,
    );
  }
  for (const category of groupsRound ? [] : CATEGORY_IDS) {
    const withCue = candidates.filter((c) => c.cues.includes(category));
    take(
      `${category}:abuse-section`,
      withCue.filter((c) => ABUSE_SECTIONS.has(c.section)),
      perAbuseSection,
    );
    take(
      `${category}:other-section`,
      withCue.filter((c) => !ABUSE_SECTIONS.has(c.section)),
      perOtherSection,
    );
  }
  if (!groupsRound)
    take(
      'no-cue:abuse-section',
      candidates.filter((c) => c.cues.length === 0 && ABUSE_SECTIONS.has(c.section)),
      moreDev ? Math.round(MORE_DEV_NO_CUE * scale) : NO_CUE,
    );

  const items = [...chosen.values()]
    .sort((a, b) => (rankFor(`order:${a.id}`) < rankFor(`order:${b.id}`) ? -1 : 1))
    .map(({ cues: _cues, ...item }) => ({
      ...item,
      split: splitOf.get(item.iso3),
      sentenceSha256: hashSentence(item.text),
    }));
  await fs.mkdir(outDir, { recursive: true });
  await fs.writeFile(
    path.join(outDir, 'items.jsonl'),
    items.map((item) => JSON.stringify(item)).join('\n') + '\n',
  );
  const byStratum = new Map<string, number>();
  for (const item of items) byStratum.set(item.stratum, (byStratum.get(item.stratum) ?? 0) + 1);
  const byYear = new Map<number, number>();
  for (const item of items) byYear.set(item.year, (byYear.get(item.year) ?? 0) + 1);
  console.log(`${candidates.length} candidate sentences; ${items.length} drawn into ${outDir}/items.jsonl`);
  console.log([...byStratum].map(([k, v]) => `${k}: ${v}`).join('\n'));
  console.log(
    [...byYear]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(', '),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
