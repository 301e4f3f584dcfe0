import path from 'path';
import { PROFILE_IDS } from '../scoring/profile-model';
import {
  evaluateGroupAttribution,
  rocAuc,
  scoreCountriesForProfiles,
  type CountryProfileRow,
  type GroupEvaluation,
  type GroupMetrics,
} from './profile-evaluation';

/**
 * Risk profiles against the labelled sentences and the reports themselves, printed as the EVALUATION.md section:
 *
 *   npx tsx evaluation/profile-eval-cli.ts [dev|test] [--sample]
 *
 * `--sample` also prints, per country, the reference's verdict on same-sex criminalisation and the
 * reference sentence's offsets-free first words, for checking by hand (not stored anywhere).
 */
const fmt = (x: number): string => x.toFixed(2);
const cell = (m: GroupMetrics): string =>
  `${fmt(m.precision)} (${fmt(m.interval.precision[0])}–${fmt(m.interval.precision[1])}) | ${fmt(m.recall)} (${fmt(m.interval.recall[0])}–${fmt(m.interval.recall[1])})`;

/** The EVALUATION.md section for risk profiles. */
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
    `lgbtqi against the reports' own words (${countries[0]?.year ?? '?'} reports of the train-label countries): a narrow`,
    'detector independent of the profile scorer (`detectSameSexCriminalisation`) marks',
    `${positives.length} countries whose report says the law makes consensual same-sex conduct an offence and ${negatives.length} others.`,
    `ROC AUC of the lgbtqi profile score: **${fmt(rocAuc(positives, negatives))}** (target ≥ 0.90; the country score alone: ${fmt(baseline)}).`,
    '',
    `criminal_deportee: ${withDeportee.length} countries have sentences aimed at returnees or people with records; ${risen.length} of them`,
    'rank higher (among the same countries) by the criminal_deportee score than by the country score, and none lower',
    `(${withDeportee.filter((row) => rankOf(row.criminalDeportee, 'criminalDeportee') > rankOf(row.countryScore, 'countryScore')).length} lower).`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const split = process.argv[2] === 'dev' ? 'dev' : 'test';
  const shared = path.resolve(__dirname, '..', '..', 'shared');
  const corpusDir = path.join(shared, 'corpus', 'state-dept');
  const groups = await evaluateGroupAttribution(corpusDir, split);
  const countries = await scoreCountriesForProfiles(
    corpusDir,
    path.join(shared, 'labels', 'expert-scores-train.csv'),
  );
  console.log(renderProfileEvaluation(groups, countries));
  if (process.argv.includes('--sample')) {
    for (const row of countries) {
      console.log(
        `${row.iso3}\tcriminalises=${row.criminalises}\tlgbtqi=${row.lgbtqi}\tcountry=${row.countryScore}\t${(row.referenceSentence ?? '').slice(0, 160)}`,
      );
    }
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
