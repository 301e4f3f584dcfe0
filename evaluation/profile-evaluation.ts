import { PROFILE_IDS, type ProfileId } from '../scoring/profile-model';
import { attributeSentence, scoreProfile } from '../scoring/profile-scorer';
import type { ParsedReport } from '../scoring/report-model';
import { processReport } from '../data/page-processor';
import { placesAbroadFor } from '../data/places-abroad';
import { loadExpertLabels } from './expert-labels';
import { prf, seededRandom, type Counts } from './sentence-accuracy';
import { archivesIn, loadSentenceSet, readCorpusReports, resolveSentenceSet } from './sentence-set';

/** Gold and predicted groups of one labelled sentence. */
export interface GroupPrediction {
  id: string;
  gold: readonly ProfileId[];
  predicted: readonly ProfileId[];
}

export interface GroupMetrics {
  precision: number;
  recall: number;
  positives: number;
  counts: Counts;
  /** 95% percentile bootstrap intervals, resampling sentences. */
  interval: { precision: [number, number]; recall: [number, number] };
}

/** The groups the profile scorer names as targets of each sentence, sent alone as the API would. */
export function predictGroups(
  sentences: ReadonlyArray<{
    id: string;
    year: number;
    /** The report's country: with it, an abuse placed in another country is abroad. */
    country?: string;
    text: string;
    gold: readonly ProfileId[];
  }>,
): GroupPrediction[] {
  return sentences.map((s) => ({
    id: s.id,
    gold: s.gold,
    predicted: attributeSentence(s.text, {
      reportYear: s.year,
      placesAbroad: placesAbroadFor(s.country),
    }).targeted.map((t) => t.profile),
  }));
}

function countGroups(predictions: readonly GroupPrediction[], profiles: readonly ProfileId[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const p of predictions) {
    for (const id of profiles) {
      const predicted = p.predicted.includes(id);
      const gold = p.gold.includes(id);
      if (predicted && gold) counts.tp += 1;
      else if (predicted) counts.fp += 1;
      else if (gold) counts.fn += 1;
    }
  }
  return counts;
}

/** Precision and recall of group attribution over the given profiles, with bootstrap intervals. */
export function scoreGroupPredictions(
  predictions: readonly GroupPrediction[],
  profiles: readonly ProfileId[] = PROFILE_IDS,
  options: { resamples?: number; seed?: number } = {},
): GroupMetrics {
  const counts = countGroups(predictions, profiles);
  const point = prf(counts);
  const random = seededRandom(options.seed ?? 20261130);
  const precision: number[] = [];
  const recall: number[] = [];
  for (let r = 0; r < (options.resamples ?? 1000) && predictions.length > 0; r += 1) {
    const draw: GroupPrediction[] = [];
    for (let i = 0; i < predictions.length; i += 1) {
      const picked = predictions[Math.floor(random() * predictions.length)];
      if (picked) draw.push(picked);
    }
    const value = prf(countGroups(draw, profiles));
    precision.push(value.precision);
    recall.push(value.recall);
  }
  const interval = (values: number[]): [number, number] => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))] ?? 0;
    return [at(0.025), at(0.975)];
  };
  return {
    precision: point.precision,
    recall: point.recall,
    positives: counts.tp + counts.fn,
    counts,
    interval: { precision: interval(precision), recall: interval(recall) },
  };
}

export interface GroupEvaluation {
  split: 'dev' | 'test';
  sentences: number;
  unresolved: number;
  micro: GroupMetrics;
  perProfile: Record<ProfileId, GroupMetrics>;
}

/** Resolves one part of the sentence set against the corpus and scores group attribution on it. */
export async function evaluateGroupAttribution(
  corpusDir: string,
  split: 'dev' | 'test',
): Promise<GroupEvaluation> {
  const set = await loadSentenceSet();
  const part = set.sentences.filter((s) => s.split === split);
  const resolved = await resolveSentenceSet(part, corpusDir);
  const labelled = [];
  for (const ref of part) {
    const r = resolved.get(ref.id);
    if (r?.ok)
      labelled.push({
        id: ref.id,
        year: ref.year,
        country: ref.iso3,
        text: r.text,
        gold: ref.gold.groups as ProfileId[],
      });
  }
  const predictions = predictGroups(labelled);
  return {
    split,
    sentences: labelled.length,
    unresolved: part.length - labelled.length,
    micro: scoreGroupPredictions(predictions),
    perProfile: Object.fromEntries(
      PROFILE_IDS.map((id) => [id, scoreGroupPredictions(predictions, [id])]),
    ) as Record<ProfileId, GroupMetrics>,
  };
}

// The reference reading of the lgbtqi check. It shares no code or word list with the profile
// scorer (scoring/profiles/profiles.json), and it is stricter: it reads one clause at a time, and
// it sets aside laws that are only proposed and laws that bind only the armed forces or police.
const SAME_SEX_CONDUCT =
  /same[- ]sex (?:sexual )?(?:conduct|relations|activity|acts|intercourse)|(?:sexual )?(?:conduct|relations|acts|activity|intercourse) between (?:two )?(?:men|males|women|persons of the same sex|adults of the same sex)|homosexual (?:acts|conduct|activity|relations)|\bhomosexuality\b|\bsodomy\b|\bbuggery\b|against the order of nature|unnatural (?:carnal knowledge|offen[cs]es?|acts)/i;
const MADE_AN_OFFENCE =
  /criminali[sz]|\bprohibit|\billegal\b|punishable|\boutlaw|\boffen[cs]es?\b|\bcrimes?\b/i;
/** The clause says the law does not (or no longer) make it an offence. */
const DENIED =
  /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}(?:criminali[sz]|prohibit|punish|outlaw|illegal)|\bno\b\W+(?:\w+\W+)?laws?\b|\bsilent\b|decriminali[sz]|\b(?:is|was|were|are|became|remained) legal\b|struck down|\brepeal|overturn|unconstitutional/i;
/** The law was struck down or repealed. */
const UNDONE =
  /(?:declar|found|ruled|held)\w*\b[^.;]{0,120}unconstitutional|struck down|decriminali[sz]ed|\brepealed\b/i;
/** A bill or a proposal, not the law in force. */
const NOT_IN_FORCE = /\bwould\b|\bbills?\b|\bdraft|\bpropos|\bsought to\b|\battempt/i;
/** A rule for soldiers or police only, not for everyone. */
const NARROW_SCOPE = /\b(?:military|armed forces|security forces|police|soldiers|servicemembers)\b/i;

/** Clauses of a report: lines, then sentences, then list items and the halves of "X, although Y". */
function clausesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .flatMap((sentence) => sentence.split(/;|:\s|,? but |, although |, though |, while |, whereas /));
}

/**
 * Reference for the lgbtqi check, independent of the profile scorer: does the report say in plain
 * words that the law in force makes consensual same-sex conduct an offence for everyone? One clause
 * must name the conduct and the offence, and must not deny it ("does not criminalize", "no law",
 * "decriminalized", "is legal", "struck down"), propose it ("a bill would criminalize") or confine it
 * to the armed forces or police. "Although not enforced" does not undo the law.
 */
export function detectSameSexCriminalisation(text: string): { criminalises: boolean; sentence?: string } {
  const clauses = clausesOf(text);
  // A court ruling or repeal anywhere in the report ("declared unconstitutional", "decriminalized")
  // outweighs a sentence that describes the law as it stood before.
  if (clauses.some((clause) => SAME_SEX_CONDUCT.test(clause) && UNDONE.test(clause)))
    return { criminalises: false };
  for (const clause of clauses) {
    if (!SAME_SEX_CONDUCT.test(clause) || !MADE_AN_OFFENCE.test(clause)) continue;
    if (DENIED.test(clause) || NOT_IN_FORCE.test(clause) || NARROW_SCOPE.test(clause)) continue;
    return { criminalises: true, sentence: clause.trim() };
  }
  return { criminalises: false };
}

/** Area under the ROC curve (Mann–Whitney), ties counting half. */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

export interface CountryProfileRow {
  iso3: string;
  year: number;
  countryScore: number;
  lgbtqi: number;
  criminalDeportee: number;
  deporteeEvidence: number;
  criminalises: boolean;
  referenceSentence?: string;
}

/**
 * One report year per country (the latest before the 2024 cut, where the reports still said it):
 * its country score, its lgbtqi and criminal_deportee profile scores, and the reference.
 */
export async function scoreCountriesForProfiles(
  corpusDir: string,
  labelsFile: string,
  year = 2023,
): Promise<CountryProfileRow[]> {
  const labelled = new Set((await loadExpertLabels(labelsFile)).map((label) => label.iso3));
  const rows: CountryProfileRow[] = [];
  for await (const { iso3, report } of readCorpusReports(archivesIn(corpusDir, [year]))) {
    if (!labelled.has(iso3)) continue;
    rows.push(profileRow(iso3, report));
  }
  return rows;
}

function profileRow(iso3: string, report: ParsedReport): CountryProfileRow {
  const { score, profiles: findings } = processReport(report, placesAbroadFor(iso3));
  const country = { score: score.score, year: report.year };
  const reference = detectSameSexCriminalisation(report.text);
  return {
    iso3,
    year: report.year,
    countryScore: country.score,
    lgbtqi: scoreProfile('lgbtqi', country, [findings]).score,
    criminalDeportee: scoreProfile('criminal_deportee', country, [findings]).score,
    deporteeEvidence: findings.profiles.criminal_deportee.evidenceCount,
    criminalises: reference.criminalises,
    ...(reference.sentence ? { referenceSentence: reference.sentence } : {}),
  };
}

const fmt = (x: number): string => x.toFixed(2);
const cell = (m: GroupMetrics): string =>
  `${fmt(m.precision)} (${fmt(m.interval.precision[0])}–${fmt(m.interval.precision[1])}) | ${fmt(m.recall)} (${fmt(m.interval.recall[0])}–${fmt(m.interval.recall[1])})`;

/** The EVALUATION.md section for risk profiles (`npm run evaluate` writes it on the test part). */
export function renderProfileEvaluation(
  groups: GroupEvaluation,
  countries: readonly CountryProfileRow[],
): string {
  const positives = countries.filter((row) => row.criminalises).map((row) => row.lgbtqi);
  const negatives = countries.filter((row) => !row.criminalises).map((row) => row.lgbtqi);
  const baseline = rocAuc(
    countries.filter((row) => row.criminalises).map((row) => row.countryScore),
    countries.filter((row) => !row.criminalises).map((row) => row.countryScore),
  );
  const withDeportee = countries.filter((row) => row.deporteeEvidence > 0);
  const rankOf = (value: number, key: 'countryScore' | 'criminalDeportee') =>
    1 + countries.filter((row) => row[key] > value).length;
  const risen = withDeportee.filter(
    (row) => rankOf(row.criminalDeportee, 'criminalDeportee') < rankOf(row.countryScore, 'countryScore'),
  );
  return [
    '## Risk profiles',
    '',
    `Group attribution on the ${groups.split} part of the labelled set: ${groups.sentences} sentences (${groups.unresolved} unresolved), each sent`,
    'alone to `attributeSentence`. A group is right when the scorer names it as the target exactly where the adjudicated',
    'gold `groups` does. 95% bootstrap intervals over sentences. Target: precision and recall ≥ 0.85.',
    '',
    '| profile | gold positives | precision | recall |',
    '|---|---|---|---|',
    `| all (micro) | ${groups.micro.positives} | ${cell(groups.micro)} |`,
    ...PROFILE_IDS.map(
      (id) => `| ${id} | ${groups.perProfile[id].positives} | ${cell(groups.perProfile[id])} |`,
    ),
    '',
    `lgbtqi against the reports' own words (${countries[0]?.year ?? '?'} reports of the train-label countries): a reference`,
    'reading that shares no code or word list with the profile scorer and is stricter than it (`detectSameSexCriminalisation`:',
    'one clause at a time; a bill, a rule for the armed forces or police, or a law struck down or repealed does not count) marks',
    `${positives.length} countries whose report says the law makes consensual same-sex conduct an offence and ${negatives.length} others.`,
    // Three decimals: 0.896 is below the 0.90 target and must not print as 0.90.
    `ROC AUC of the lgbtqi profile score: **${rocAuc(positives, negatives).toFixed(3)}** (target ≥ 0.90; the country score alone: ${baseline.toFixed(3)}).`,
    '',
    `criminal_deportee: ${withDeportee.length} countries have sentences aimed at returnees or people with records; ${risen.length} of them`,
    `rank higher among all ${countries.length} countries by the criminal_deportee score than by the country score, ${withDeportee.filter((row) => rankOf(row.criminalDeportee, 'criminalDeportee') > rankOf(row.countryScore, 'countryScore')).length} lower.`,
    '',
  ].join('\n');
}
