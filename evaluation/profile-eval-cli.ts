import path from 'path';
import {
  evaluateGroupAttribution,
  renderProfileEvaluation,
  scoreCountriesForProfiles,
} from './profile-evaluation';

/**
 * Risk profiles against the labelled sentences and the reports themselves, printed as the EVALUATION.md section:
 *
 *   npx tsx evaluation/profile-eval-cli.ts [dev|test] [--sample]
 *
 * `--sample` also prints, per country, the reference's verdict on same-sex criminalisation and the
 * reference sentence's offsets-free first words, for checking by hand (not stored anywhere).
 */
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
