import { promises as fs } from 'fs';
import path from 'path';
import { CATEGORY_IDS, type CategoryId } from '../scoring/categories';
import { DEFAULT_WEIGHTS, lengthFactor, METHOD_VERSION } from '../scoring/report-scorer';
import { loadConfig } from '../data/app-config';
import { getCountryRegistry } from '../data/country-registry';
import { openReportReader, type YearlyScore } from '../data/report-reader';
import {
  bandIndex,
  crossValidate,
  fitParams,
  MAX_TOP_SHARE,
  PRIOR_PARAMS,
  TOP_SCORE,
  type CalibrationParams,
  type CalibrationRow,
} from './calibration';
import { loadExpertLabels, type ExpertLabel } from './expert-labels';
import {
  TOP_QUOTES_PER_CATEGORY,
  TOP_QUOTE_YEARS,
  evaluateTopQuotes,
  renderTopQuoteEvaluation,
} from './top-quotes';
import {
  evaluateDevRounds,
  evaluateSentenceSet,
  renderDevRounds,
  renderSentenceEvaluation,
  splitTestRounds,
} from './sentence-evaluation';
import { kendall, spearman } from './statistics';
import {
  evaluateGroupAttribution,
  renderProfileEvaluation,
  scoreCountriesForProfiles,
} from './profile-evaluation';

const LABELS = process.env['LABELS_PATH'] ?? path.resolve('../shared/labels/expert-scores-train.csv');
const CORPUS = path.resolve('../shared/corpus/state-dept');
const WEIGHTS_FILE = path.resolve('scoring/weights/weights.json');

interface Joined {
  label: ExpertLabel;
  code: string;
  year: number;
  score: number;
  band: number;
  categories: Record<CategoryId, number>;
  raw: Record<CategoryId, number>;
}

const fmt = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const pct = (value: number) => `${(100 * value).toFixed(1)}%`;

function agreement(pairs: ReadonlyArray<{ band: number; pts: number }>): {
  exact: number;
  withinOne: number;
} {
  const n = Math.max(1, pairs.length);
  return {
    exact: pairs.filter((pair) => pair.band === pair.pts).length / n,
    withinOne: pairs.filter((pair) => Math.abs(pair.band - pair.pts) <= 1).length / n,
  };
}

function yearTable(rows: ReadonlyArray<{ year: number; score: number; band: number; pts: number }>): {
  table: string;
  worst: { rho: number; exact: number; within: number };
} {
  const years = [...new Set(rows.map((row) => row.year))].sort();
  const lines = [
    '| year | n | Spearman | Kendall τ-b | band exact | band within one |',
    '|---|---|---|---|---|---|',
  ];
  const worst = { rho: 1, exact: 1, within: 1 };
  for (const year of [...years, 'all' as const]) {
    const group = year === 'all' ? rows : rows.filter((row) => row.year === year);
    const rho = spearman(
      group.map((r) => r.score),
      group.map((r) => r.pts),
    );
    const tau = kendall(
      group.map((r) => r.score),
      group.map((r) => r.pts),
    );
    const { exact, withinOne } = agreement(group);
    if (year !== 'all' && year <= 2023) {
      worst.rho = Math.min(worst.rho, rho);
      worst.exact = Math.min(worst.exact, exact);
      worst.within = Math.min(worst.within, withinOne);
    }
    lines.push(
      `| ${year} | ${group.length} | ${fmt(rho)} | ${fmt(tau)} | ${pct(exact)} | ${pct(withinOne)} |`,
    );
  }
  return { table: lines.join('\n'), worst };
}

/** Quantile of sorted values (linear interpolation). */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? NaN;
  const high = sorted[Math.ceil(at)] ?? low;
  return low + (high - low) * (at - Math.floor(at));
}

/**
 * The service's scores at each PTS-S level as box plots: quartiles, 5th–95th percentiles and count per
 * level only. No mark stands for one country-year, so the figure cannot be read back into label rows.
 */
function scoresByLevelSvg(points: ReadonlyArray<{ score: number; pts: number }>): string {
  const width = 640;
  const height = 400;
  const margin = 50;
  const x = (pts: number) => margin + ((pts - 1) / 4) * (width - 2 * margin);
  const y = (score: number) => height - margin - (score / 100) * (height - 2 * margin);
  const boxes = [1, 2, 3, 4, 5]
    .map((level) => {
      const scores = points
        .filter((p) => p.pts === level)
        .map((p) => p.score)
        .sort((p, q) => p - q);
      if (scores.length === 0) return '';
      const [low, q1, median, q3, high] = [0.05, 0.25, 0.5, 0.75, 0.95].map((q) => quantile(scores, q)) as [
        number,
        number,
        number,
        number,
        number,
      ];
      const cx = x(level);
      return (
        `<line x1="${cx}" x2="${cx}" y1="${y(high).toFixed(1)}" y2="${y(low).toFixed(1)}" stroke="#1f5fa8"/>` +
        `<rect x="${cx - 22}" y="${y(q3).toFixed(1)}" width="44" height="${(y(q1) - y(q3)).toFixed(1)}" fill="#dbe7f5" stroke="#1f5fa8"/>` +
        `<line x1="${cx - 22}" x2="${cx + 22}" y1="${y(median).toFixed(1)}" y2="${y(median).toFixed(1)}" stroke="#1f5fa8" stroke-width="3"/>` +
        `<text x="${cx}" y="${(y(high) - 6).toFixed(1)}" text-anchor="middle" font-size="11">n = ${scores.length}</text>`
      );
    })
    .join('');
  const xTicks = [1, 2, 3, 4, 5]
    .map(
      (t) =>
        `<text x="${x(t).toFixed(1)}" y="${height - margin + 20}" text-anchor="middle" font-size="12">${t}</text>`,
    )
    .join('');
  const yTicks = [0, 20, 40, 60, 80, 100]
    .map(
      (t) =>
        `<text x="${margin - 8}" y="${y(t) + 4}" text-anchor="end" font-size="12">${t}</text><line x1="${margin}" x2="${width - margin}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d">
<title id="t">Risk score at each Political Terror Scale level (State Department), all labelled report years</title>
<desc id="d">For each PTS-S level 1–5, a box from the lower to the upper quartile of the service's scores, a thick line at the median, a whisker from the 5th to the 95th percentile, and the number of country-years.</desc>
<rect width="100%" height="100%" fill="#fff"/>${yTicks}${xTicks}${boxes}
<text x="${width / 2}" y="${height - 10}" text-anchor="middle" font-size="13">PTS-S (1 = best, 5 = worst)</text>
<text x="15" y="${height / 2}" text-anchor="middle" font-size="13" transform="rotate(-90 15 ${height / 2})">risk score</text>
</svg>\n`;
}

async function main(): Promise<number> {
  const fit = process.argv.includes('--fit');
  const loaded = loadConfig();
  if (!loaded.ok) throw new Error(loaded.message);
  const opened = await openReportReader(loaded.config.DATABASE_PATH);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return 1;
  }
  const store = opened.reader;
  const registry = getCountryRegistry();
  const labels = await loadExpertLabels(LABELS);
  const joined: Joined[] = [];
  const stale: string[] = [];
  const codes = new Set(
    labels.map((label) => registry.byIsoCode(label.iso3)?.code).filter((c): c is string => !!c),
  );
  const byCountry = new Map<string, YearlyScore[]>();
  for (const code of codes) byCountry.set(code, await store.loadReportScores(code));
  for (const label of labels) {
    const country = registry.byIsoCode(label.iso3);
    const entry = country
      ? byCountry.get(country.code)?.find((candidate) => candidate.report.year === label.year)
      : undefined;
    if (!country || !entry) continue;
    if (entry.score.methodVersion !== METHOD_VERSION) stale.push(`${country.code} ${label.year}`);
    joined.push({
      label,
      code: country.code,
      year: label.year,
      score: entry.score.score,
      band: bandIndex(entry.score.score, DEFAULT_WEIGHTS.bandThresholds),
      categories: Object.fromEntries(
        CATEGORY_IDS.map((id) => [id, entry.score.categories[id].score]),
      ) as Record<CategoryId, number>,
      // The fit sees the sums the scorer saturates: adjusted for the report's length.
      raw: Object.fromEntries(
        CATEGORY_IDS.map((id) => [
          id,
          entry.score.categories[id].raw / lengthFactor(entry.score.coverage.textLength),
        ]),
      ) as Record<CategoryId, number>,
    });
  }
  // Every stored country, not only the labelled ones: the spread target is about all destinations.
  const years = [...(await store.reportsPerYear()).keys()].sort((a, b) => a - b);
  const topShares = new Map<number, { n: number; share: Record<CategoryId, number> }>();
  for (const year of years) {
    const scores = await store.listYearScores(year);
    const share = Object.fromEntries(
      CATEGORY_IDS.map((id) => [
        id,
        scores.filter((entry) => entry.score.categories[id].score >= TOP_SCORE).length /
          Math.max(1, scores.length),
      ]),
    ) as Record<CategoryId, number>;
    topShares.set(year, { n: scores.length, share });
  }
  await store.close();
  if (stale.length > 0) {
    process.stderr.write(
      `warning: ${stale.length} stored scores were made with another method version; run npm run ingest first\n`,
    );
  }
  const withPts = joined.filter((row) => row.label.pts_s !== undefined);
  const calibrationRows: CalibrationRow[] = withPts.map((row) => ({
    iso3: row.label.iso3,
    year: row.year,
    raw: row.raw,
    pts: row.label.pts_s ?? 0,
  }));
  const start: CalibrationParams = structuredClone(PRIOR_PARAMS);

  if (fit) {
    const fitted = fitParams(calibrationRows, start);
    const current = JSON.parse(await fs.readFile(WEIGHTS_FILE, 'utf8')) as Record<string, unknown>;
    const next = { ...current, ...fitted, version: `weights-fit-${calibrationRows.length}` };
    // Number arrays on one line, as Prettier prints them, so a refit on the same data leaves the file unchanged.
    const json = JSON.stringify(next, null, 2).replace(
      /\[\s*([-\d.,\s]+?)\s*\]/g,
      (_match, list: string) => `[${list.split(/,\s*/).join(', ')}]`,
    );
    await fs.writeFile(WEIGHTS_FILE, `${json}\n`);
    process.stdout.write(
      `fitted on ${calibrationRows.length} country-years; wrote ${WEIGHTS_FILE}. Re-run npm run ingest, then npm run evaluate.\n`,
    );
    return 0;
  }

  const shipped = yearTable(
    withPts.map((row) => ({ year: row.year, score: row.score, band: row.band, pts: row.label.pts_s ?? 0 })),
  );
  const cv = crossValidate(calibrationRows, start, 5);
  const cvTable = yearTable(
    cv.map(({ row, score, band }) => ({ year: row.year, score, band, pts: row.pts })),
  );

  const parts: Array<[CategoryId, keyof ExpertLabel]> = [
    ['torture', 'cirights_tort'],
    ['killings', 'cirights_kill'],
    ['disappearance', 'cirights_disap'],
    ['political_prisoners', 'cirights_polpris'],
  ];
  const cirightsLines = [
    '| category | CIRIGHTS part | n | Spearman, shipped weights | Spearman, cross-validated | PTS-S against the same part | expected sign |',
    '|---|---|---|---|---|---|---|',
  ];
  const cvCategories = new Map(cv.map((entry) => [`${entry.row.iso3} ${entry.row.year}`, entry.categories]));
  for (const [category, column] of parts) {
    const rows = joined.filter((row) => typeof row.label[column] === 'number');
    const rho = spearman(
      rows.map((r) => r.categories[category]),
      rows.map((r) => Number(r.label[column])),
    );
    const cvRows = rows.filter((r) => cvCategories.has(`${r.label.iso3} ${r.year}`));
    const cvRho = spearman(
      cvRows.map((r) => cvCategories.get(`${r.label.iso3} ${r.year}`)?.[category] ?? 0),
      cvRows.map((r) => Number(r.label[column])),
    );
    // How far one expert scale agrees with another on the same country-years: the yardstick for the target.
    const bothRows = rows.filter((r) => r.label.pts_s !== undefined);
    const ptsRho = spearman(
      bothRows.map((r) => r.label.pts_s ?? 0),
      bothRows.map((r) => Number(r.label[column])),
    );
    cirightsLines.push(
      `| ${category} | ${column} | ${rows.length} | ${fmt(rho)} | ${fmt(cvRho)} (n = ${cvRows.length}) | ${fmt(ptsRho)} (n = ${bothRows.length}) | negative (CIRIGHTS 2 = none) |`,
    );
  }
  const physRows = joined.filter((row) => row.label.cirights_physint !== undefined);
  cirightsLines.push(
    `| overall score | cirights_physint | ${physRows.length} | ${fmt(
      spearman(
        physRows.map((r) => r.score),
        physRows.map((r) => r.label.cirights_physint ?? 0),
      ),
    )} | | | negative |`,
  );
  const farissRows = joined.filter((row) => row.label.fariss_theta !== undefined);
  cirightsLines.push(
    `| overall score | fariss_theta | ${farissRows.length} | ${fmt(
      spearman(
        farissRows.map((r) => r.score),
        farissRows.map((r) => r.label.fariss_theta ?? 0),
      ),
    )} | | | negative (higher θ = more protection) |`,
  );
  const ptsARows = joined.filter((row) => row.label.pts_a !== undefined);
  cirightsLines.push(
    `| overall score | pts_a (Amnesty) | ${ptsARows.length} | ${fmt(
      spearman(
        ptsARows.map((r) => r.score),
        ptsARows.map((r) => r.label.pts_a ?? 0),
      ),
    )} | | | positive |`,
  );

  await fs.mkdir('docs', { recursive: true });
  await fs.writeFile(
    'docs/evaluation-scatter.svg',
    scoresByLevelSvg(withPts.map((row) => ({ score: row.score, pts: row.label.pts_s ?? 0 }))),
  );

  const confusion = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
  for (const row of withPts) {
    const line = confusion[(row.label.pts_s ?? 1) - 1];
    if (line) line[row.band - 1] = (line[row.band - 1] ?? 0) + 1;
  }
  const confusionTable = [
    '| PTS-S \\ band | low | moderate | elevated | high | severe |',
    '|---|---|---|---|---|---|',
    ...confusion.map((line, i) => `| ${i + 1} | ${line.join(' | ')} |`),
  ].join('\n');

  const topLines = [
    `| year | countries | ${CATEGORY_IDS.join(' | ')} |`,
    `|---|---|${CATEGORY_IDS.map(() => '---').join('|')}|`,
    ...years.map((year) => {
      const entry = topShares.get(year);
      return `| ${year} | ${entry?.n ?? 0} | ${CATEGORY_IDS.map((id) => pct(entry?.share[id] ?? 0)).join(' | ')} |`;
    }),
  ];
  const worstTop = Math.max(
    0,
    ...[...topShares.values()].flatMap((entry) => CATEGORY_IDS.map((id) => entry.share[id])),
  );

  const sentences = await evaluateSentenceSet(CORPUS, 'test');
  const devRounds = await evaluateDevRounds(CORPUS);
  const testRounds = await splitTestRounds(sentences);
  const topQuotes = await evaluateTopQuotes(CORPUS);

  // Risk profiles (issue 12): group attribution on the test part of the sentence set and the lgbtqi check.
  const profileSection = renderProfileEvaluation(
    await evaluateGroupAttribution(CORPUS, 'test'),
    await scoreCountriesForProfiles(CORPUS, LABELS),
  );

  const date = new Date().toISOString().slice(0, 10);
  const doc = `# Evaluation

Generated by \`npm run evaluate\` on ${date} (method version \`${METHOD_VERSION}\`), against
\`../shared/labels/expert-scores-train.csv\` (${labels.length} rows, ${new Set(labels.map((l) => l.iso3)).size} countries; read at run time, never copied here).
${joined.length} labelled country-years matched a stored report; ${withPts.length} have a PTS-S code.

Sources of the expert scales: Political Terror Scale, PTS-2024 release (Gibney, Cornett, Wood, Haschke, Arnon, Pisanò, Barrett, Park; politicalterrorscale.org);
CIRIGHTS v1.22.11.25 (Cingranelli, Filippov, Mark, Richards); Fariss latent human rights protection scores v4.02 (Fariss 2014 and later).

## Targets (issue 11)
Cross-validated across countries, for every report year 2016–2023: Spearman(score, PTS-S) ≥ 0.90 and band
exact ≥ 72 %. In every report year, no category at ${TOP_SCORE} or above for more than 15 % of countries (the fit
keeps it to ${pct(MAX_TOP_SHARE)} of the labelled countries). |Spearman| ≥ 0.80 against the CIRIGHTS parts.

| | worst year Spearman | worst year exact | worst year within one |
|---|---|---|---|
| shipped weights (in-sample) | ${fmt(shipped.worst.rho)} | ${pct(shipped.worst.exact)} | ${pct(shipped.worst.within)} |
| 5-fold cross-validation by country | ${fmt(cvTable.worst.rho)} | ${pct(cvTable.worst.exact)} | ${pct(cvTable.worst.within)} |

Largest share of countries with a category at ${TOP_SCORE} or above, in any year and category: ${pct(worstTop)}.

## Sentence accuracy (issue 11)
A lawyer files the quoted sentences, so each must be right on real report text. The labelled set
(\`evaluation/labels/sentence-set.json\`: references to ${sentences.setSize} real report sentences of the train-label
countries, 2016–2024, never their text) was labelled with [the guide](evaluation/LABELLING.md) by two annotators
independently and adjudicated; it is split once by country into a dev part (used for tuning) and a test part (used
only here). Targets on the test part: micro F1 ≥ 0.90, each of the six main categories F1 ≥ 0.85, precision of
asserted killings and disappearance ≥ 0.90; refoulement is reported with its interval.

${renderSentenceEvaluation(sentences)}

**The test part by draw.** The first draw of the test part (rounds 1–2) was stratified by the cues of the first
lexicon. Test round 2 was drawn later from the same test-part countries, the way the later dev rounds are (by the
cues of the lexicon of its time, only text not already in the set, each text once), labelled the same way, and
never shown to a rule writer; it is there to narrow the intervals above.

${renderDevRounds(testRounds, 'test')}

**The quotes a filing reads first.** A page, a brief or an exhibit packet shows a category's first few quotes, not
every sentence, so their precision is what a lawyer meets. For each test-part country's reports of
${TOP_QUOTE_YEARS.join(' and ')}, the top ${TOP_QUOTES_PER_CATEGORY} quotes of every category, in the order the service shows them, were labelled
with the same guide by two annotators who saw each sentence alone, never the category it was quoted under
(\`evaluation/labels/top-quote-set.json\`, references only; \`sample-top-quotes-cli.ts\`). A quote is right when the
gold says its sentence asserts the category it is quoted under. Quotes that today's rules rank into the top and that
were never labelled are left out of the figures and counted in the first line.

${renderTopQuoteEvaluation(topQuotes)}

**Ordering the quotes by how often such quotes were right.** With lexicon 2026.11.10 the order was specificity
alone, and a sentence listing three or more kinds of abuse was never recognised as a list in a scored report (the
count was taken within one category's quotes, where it is always one). Its top 3 quotes on the test part were right
0.79 of the time (717 of 911; first quotes 0.78, 284 of 366; evidence of some abuse 0.86). Two changes followed, both
tuned on the dev part only. The list count now spans all the categories of the report. And a quote order model
(\`scoring/weights/quote-order.json\`, METHODOLOGY.md §4) adds two specificity points per unit of log-odds that a
sentence with the quote's traits (section, cue words, actor, number of categories) was labelled right. It was fitted on
4,543 asserted dev sentence-category pairs (\`evaluation/fit-quote-order-cli.ts\`); cross-validated by country, it
ranks a right quote above a wrong one with probability 0.724 (ROC AUC). Its weight against specificity was chosen on
1,588 labelled dev top quotes (the top 6 of each category under the old order; pooled κ 0.942, 234 disagreements
adjudicated):

| weight of the model | dev top quotes with a label (of 1,118) | first quote right | top 3 right |
|---|---|---|---|
| 0 (specificity alone) | 1,111 | 0.76 | 0.77 |
| 1 | 1,102 | 0.79 | 0.80 |
| 2 (shipped) | 1,058 | 0.81 | 0.82 |
| 4 | 1,022 | 0.82 | 0.83 |

Weight 2 keeps most of the gain while moving fewer quotes beyond what the dev labels cover. The 165 test-part quotes
the new order brought into the top 3 were then labelled the same way (pooled κ 0.967, 15 disagreements adjudicated),
so the table above covers every top quote of today's order. With lexicon 2026.11.11 and the model's weight set to 0,
the top 3 are right 0.79 (716 of 903 labelled); with the shipped weight 0.83 (758 of 914), first quotes 0.81 (298 of
367), evidence of some abuse 0.89. The gain is the order's, not the seventh wave's. Political-prisoner quotes remain
the weakest main category at the top (0.76), as in the sentence figures; the annotators' own splits between
political and arbitrary detention (the largest group of disagreements in each of the four adjudications of 2026-12-02) sit in the same place. With lexicon 2026.11.12 the 22 test-part quotes that the eighth wave brought
into the top 3 were labelled the same way (pooled κ 0.972, one disagreement adjudicated), so the table covers every top
quote of today's order again; with lexicon 2026.11.13 the 17 that the ninth wave brought in were too (categories κ
1.00, groups 0.906; two disagreements, on an actor and a group, adjudicated by the maintainer as third reader).
With lexicon 2026.11.14 the 5 that reading places abroad brought in were too (the two annotators agreed on every label,
categories and groups); lexicons 2026.11.15 and 2026.11.16 brought none in and took one wrong torture quote out.

**Fresh sentences: what rule-writing buys.** Eight more labelling rounds (\`sample-sentences-cli.ts --more-dev\`,
strata \`more-dev:\`, \`more-dev-4:\` … \`more-dev-10:\`) drew 7,945 further sentences from dev countries only,
labelled the same way. Each round was scored before any rule writer read it, which is the honest estimate of what
the rules do on sentences they were not written for (micro F1; rounds 6–9 to three places, since the steps are small;
each row is the per-round table below as \`npm run evaluate\` printed it for that lexicon version). The halves of the
dev countries named in the paragraphs after the table are \`devHalfOf\` in \`evaluation/sentence-evaluation.ts\`; their
figures come from \`npx tsx evaluation/sentence-eval-cli.ts dev --halves=N\`, N being the last round the writers could read:

| rules | round 3 (520) | round 4 (787) | round 5 (1,560) | round 6 (1,021) | round 7 (1,010) | round 8 (1,022) | round 9 (1,015) | test part (448) |
|---|---|---|---|---|---|---|---|---|
| lexicon 2026.11.0 | **0.72** (unseen) | | | | | | | 0.71 |
| lexicon 2026.11.2 | 0.78 (tuned on) | **0.78** (unseen) | **0.76** (unseen) | | | | | 0.71 |
| lexicon 2026.11.3 | 0.84 (tuned on) | 0.82 (tuned on) | **0.78** (unseen) | **0.775** (unseen) | | | | 0.72 |
| lexicon 2026.11.4 | 0.84 (tuned on) | 0.84 (tuned on) | 0.82 (tuned on) | **0.785** (unseen) | **0.764** (unseen) | | | 0.74 |
| lexicon 2026.11.5 | 0.88 (tuned on) | 0.88 (tuned on) | 0.86 (tuned on) | 0.853 (tuned on) | **0.783** (unseen) | **0.786** (unseen) | | 0.75 |
| lexicon 2026.11.6 | 0.89 (tuned on) | 0.88 (tuned on) | 0.87 (tuned on) | 0.86 (tuned on) | 0.810 (tuned on) | **0.796** (unseen) | | 0.75 |
| lexicon 2026.11.7 | 0.89 (tuned on) | 0.89 (tuned on) | 0.88 (tuned on) | 0.88 (tuned on) | 0.833 (tuned on) | **0.798** (unseen) | **0.806** (unseen) | 0.75 |
| lexicon 2026.11.8 | 0.90 (tuned on) | 0.90 (tuned on) | 0.89 (tuned on) | 0.880 (tuned on) | 0.845 (tuned on) | 0.822 (half tuned on) | **0.807** (unseen) | 0.75 |
| lexicon 2026.11.10 | 0.90 (tuned on) | 0.90 (tuned on) | 0.89 (tuned on) | 0.889 (tuned on) | 0.856 (tuned on) | 0.838 (tuned on) | 0.818 (half tuned on) | 0.76 |

For lexicon 2026.11.3 the rule writers split the dev countries of rounds 1–4 into two halves, read errors on one half
only, and kept a rule only if the other half did not get worse; round 5 was kept from them. The half they read went
from micro F1 0.81 to 0.90, the half they did not read from 0.80 to 0.81, round 5 from 0.763 to 0.779 (precision
0.750 → 0.783, recall 0.778 → 0.775) and the test part from 0.71 to 0.72. Most of what a rule fixes is particular to
the sentences its writer read: on report text the rules sit near 0.72–0.78, short of the 0.90 target.

For lexicon 2026.11.4 four more rule passes followed the same discipline over rounds 1–5, with the same two halves of
the dev countries (killings and disappearance precision; arbitrary detention and political prisoners; torture,
detention conditions and refoulement; detention-conditions precision), and round 6 was drawn fresh and kept from the
rule writers. The half they read went from micro F1 0.848 to 0.893, the half they did not read from 0.795 to 0.808,
round 6 from 0.775 (precision 0.767, recall 0.784) to 0.785 (0.781, 0.789) and the test part from 0.72 (0.73, 0.72)
to 0.74 (0.74, 0.74). The pattern holds: each pass buys about a point on text its writers did not read.

For lexicon 2026.11.5 round 7 (1,010 sentences; pooled κ 0.949 for categories, 0.945 for groups; 116 disagreements
adjudicated) was drawn fresh and kept from the rule writers, and round 6 joined the sentences they could read. Two
waves of rule passes followed, one writer per area (killings and disappearance; torture, detention conditions and
refoulement; arbitrary detention and political prisoners; two for group attribution). The first wave read errors on
one half of the dev countries and kept a rule only if the other half did not get worse; the second wave swapped the
halves, under the same condition. The first half went from micro F1 0.835 to 0.879 in the first wave (0.880 after
both), the second half from 0.816 to 0.820 in the first wave, which did not read it, and to 0.860 in the second,
which did. Round 7 went from 0.764 (precision 0.783, recall 0.746) to 0.783 (0.800, 0.768), and the test part from
0.74 (0.74, 0.74) to 0.75 (0.76, 0.74): about a point a wave on text the writers did not read, as before. Group
attribution on round 7 went from precision 0.763 and recall 0.671 to 0.769 and 0.685.

For lexicon 2026.11.6 round 8 (1,022 sentences; pooled κ 0.954 for categories, 0.910 for groups; 90 disagreements
adjudicated) was drawn fresh and kept from the rule writers, and round 7 joined the sentences they could read. A
third wave of six writers (killings and disappearance; arbitrary detention and political prisoners; torture;
detention conditions and refoulement; two for group attribution) read errors on the first half of the dev countries,
now with round 7's, and kept a rule only if the other half did not get worse. The half they read went from micro F1
0.864 to 0.883, the other half stayed at 0.845, round 8 went from 0.786 (precision 0.788, recall 0.784) to 0.796
(0.804, 0.789), and the test part stayed at 0.75 (precision 0.76 → 0.77, recall 0.74). Group attribution on round 8:
precision 0.766 → 0.773, recall 0.708 → 0.700. A wave now buys about a point on unseen text, and nothing on the
half of the dev countries its writers did not read.

For lexicon 2026.11.7 a fourth wave of five writers read the other half (the one wave 3 did not read), under the same
condition. That half went from micro F1 0.845 to 0.867, the first half from 0.883 to 0.885, round 8 from 0.796 to
0.798 (precision 0.807, recall 0.789), and the test part stayed at 0.75 (precision 0.76, recall 0.74; disappearance
precision 0.77 → 0.81, arbitrary detention 0.55 → 0.53). The fourth wave bought almost nothing on unseen text:
hand-written rules have reached what they can do on these sentences.

For lexicon 2026.11.8 round 9 (1,015 sentences; pooled κ 0.943 for categories, 0.969 for groups; 72 disagreements
adjudicated) was drawn fresh and kept from the rule writers, and round 8 joined the sentences they could read. A fifth
wave of five writers (arbitrary detention; killings, disappearance and torture; political prisoners and detention
conditions; two for group attribution) read errors on the first half of the dev countries again, now with round 8's,
and kept a rule only if neither the other half nor the round 8 sentences of the other half (which nobody had read)
got worse. The half they read went from micro F1 0.871 to 0.885, the other half from 0.856 to 0.860, the unread
round 8 sentences of the other half from 0.801 to 0.814, and round 9 from 0.806 (precision 0.819, recall 0.794) to
0.807 (0.820, 0.794). The test part stayed at 0.75 (precision 0.76 → 0.77, recall 0.74; killings precision 0.82 →
0.85, arbitrary detention 0.53 → 0.54, detention conditions 0.88 → 0.85). Lexicon 2026.11.9 adds one fix that
changes no labelled sentence (a bracketed pointer to another section ends at its closing bracket). The fifth wave confirms the plateau: about a
point on the unread sentences of the dev countries, nothing on a fresh round. The writers agree on why: the gold
itself splits on the same wording in several classes (an arrest of a protester as arbitrary detention, political
detention or both; inadequate medical care in prison as aimed at people who need care or not; sexual violence with no
victim named as aimed at women or not; "whereabouts unknown" with no actor), and the rest are paraphrases with no cue
at all.

For lexicon 2026.11.10 (lexicon 2026.11.9 scores every labelled sentence as 2026.11.8 does) a sixth wave of six
writers (arbitrary detention; political prisoners; killings, disappearance and refoulement; detention conditions and
torture; two for group attribution) read errors on the second half of the dev countries, all rounds including round 9's,
and kept a rule only if neither the first half nor the round 9 sentences of the first half (which nobody had read) got
worse. The rules: a detention told as a span, trial delays of people in custody, round-ups, witnesses and relatives
held beside suspects, and migrants held with no prospect of removal, as arbitrary detention; critics who faced
detention, "detentions of" critics and arrests of party members, as political detention; a forced return with no
destination named is a return to the country (out of scope for refoulement); "zero" negates as "no" does; an attack
that resulted in deaths is a killing without a named agent; inmates who harm others on the guards' orders, exposure to
disease, cells lacking space, medical care refused or withheld, and a dozen narrower cues, as detention conditions.
The half they read went from micro F1 0.852 to 0.867, the first half from 0.876 to 0.877, the unread round 9 sentences
of the first half from 0.814 to 0.819, and round 9 as a whole from 0.807 (precision 0.820, recall 0.794) to 0.818
(0.829, 0.807). The test part went from 0.75 to 0.76 (precision 0.77, recall 0.74 → 0.75; detention conditions recall
0.67 → 0.70, political prisoners recall 0.82 → 0.84 and F1 0.84 → 0.85, the one main category now at its target).
The test sentences also stopped sharing wording with the reports: 85 test strings that had a run of eight words
in common with some report (formulas such as a statement that no case of some abuse was reported during the year) were reworded,
keeping the cue each test is about; only section headings, which the parser must recognise, still match.

For lexicon 2026.11.11 (profiles 2026.11) a seventh wave of four writers (arbitrary detention and political
prisoners; killings, disappearance and refoulement; torture and detention conditions; group attribution) read errors on
the first half of the dev countries, rounds 1–9, and kept a rule only if the second half lost no true positive and
gained no false positive in any category or group. Round 10 was drawn and labelled while they worked, and none of them
read it. The rules: detention for critical posts, on false charges or by repeated rearrest, and people said to meet the
definition of a political prisoner, as political detention; holding people without filing a charge, and a legal limit
that practice went past, as arbitrary detention; an arrest for an attack or a stabbing as the arrest of a crime
suspect; deaths counted at work, kidnapping by criminal rings and a killing named only as the cause of later events as
out of scope; deaths from injuries and deaths in custody with a named agent as killings; bedding, food, washing or
medical care withheld, and bribes for water or food, as detention conditions; attacks by police dogs, sex coerced by
an agent and punitive psychiatric confinement as torture; the short names of national forces as state actors; for the
groups, people gathering to protest and persecution for political reasons as political opponents, a few peoples'
names as ethnic minorities, and group words in a person's or a facility's name as naming nobody. The half they read
went from micro F1 0.877 to 0.891, the other half from 0.867 to 0.868, round 10 from 0.756 to 0.757 (one false positive
fewer), and the test part stayed at 0.76 (killings recall 0.90 → 0.94). Group attribution: the half they read from
precision 0.832 and recall 0.810 to 0.842 and 0.818, the other half unchanged (0.839, 0.782), round 10 from 0.768 and
0.723 to 0.770 and 0.720.

For lexicon 2026.11.12 (profiles 2026.12) an eighth wave of four writers (arbitrary detention; precision of killings,
disappearance and refoulement; recall of torture, with detention conditions and political prisoners; group
attribution) read errors on the first half of the dev countries, now rounds 1–10, so round 10's first half too, and
kept a rule only if the second half lost no true positive and gained no false positive in any category or group. The
rules: a holding limit said to be exceeded or ignored, pretrial detention called protracted or drawn out by delays, and
arrests over posts on named social networks as arbitrary detention; "authorize" no longer matching "authorities" as a
legal-norm word; a political-prisoner label after "of", "to" or "for" as naming other people; the one armed actor
named as the victim of a passive killing (fallen soldiers or police), the "execution" of inspections or duties, the
disappearance of things, children or adults who went missing with no agent named, deaths in prison riots and brawls,
killings by kin or inmates, decisions on deportations and "whether or not" questions as no killing, disappearance or
refoulement; "could amount to" as a hedge on the legal label, not on the act; physical violence, shoving, violent
arrests and interrogations, sleep deprivation and sexual slavery by a named agent as torture, and prison staff as state
actors; violence by inmates as a detention condition; for the groups, opposition parties and more peoples by name,
encampment and denial of asylum as harms to refugees, people with serious illness as needing care, and group words in
the names of places, titles and movements handled as such. The half they read went from micro F1 0.872 to 0.884, the
other half from 0.855 to 0.856 (one more true positive, one false positive fewer), and round 10's unread half stayed
at 0.773. On the test part, now 1,488 sentences (below), micro F1 went from 0.790 to 0.796 (true positives 647 → 654,
false positives 165 → 164; torture recall 0.69 → 0.72, arbitrary detention F1 0.73 → 0.74). Group attribution: the
half they read from precision 0.831 and recall 0.804 to 0.841 and 0.826, the other half unchanged (0.831, 0.774), the
test part from 0.713 and 0.690 to 0.713 and 0.694.

One more rule followed the wave, prompted by reading the test part's newly labelled top quotes (so it is the one rule
of this lexicon that the test part is not blind to; it changes no dev figure and no test-sentence figure): a harm that
someone was threatened with ("threatened the editor with physical violence", the harm within two words of the "with")
is a threat, not the harm. The wave's new cue for physical violence by named agents had made such threats torture
quotes. A second slip seen there, a norm's condition inside a relative clause (a law requiring that prisoners be freed
whose trials had not yet opened and whose time on remand had passed the longest sentence) read as practice; it is
mended in lexicon 2026.11.13 (below).

For lexicon 2026.11.13 (profiles 2026.13) a ninth wave of four writers (precision of killings and disappearance;
arbitrary detention and political prisoners; torture, detention conditions and refoulement; group attribution) worked
as the eighth did: errors read on the first half of the dev countries, a rule kept only if the second half lost no
true positive and gained no false positive in any category or group. Most of its 39 rules remove false positives:
a killing by someone who killed their own kin, in a "who" clause after an arrest by the state, as a domestic killing;
killings in which body parts were taken as ritual crimes; a harm someone acted to prevent, an act during an earlier
term of office or following an event of a past year, an act "which took place in" an earlier year, a "previous"
conviction, an arrest "unlike" the report year's, and compensation paid for a past detention as not asserted in the
report year; a state body that "showed" or "estimated" a figure as its source, not its agent; "opened fire" alone as
no killing; "torture survivors" as a class of people, not an act; beatings and rapes by inmates as violence between
inmates; an abuse that a law bans or defines, or a departure in a "whose" clause after a norm, as the norm; a missing
figure ("information on deaths in prisons was not available") as no assertion; "whether to" as a question; charges
dropped as no political prisoner; "disciplinary action" as a sanction and "eligible for deportation" as a hedge.
Fewer add true positives: people detained "by" an armed group as disappeared, undisclosed sites as an unknown
location, deaths in a prison or from neglect there as killings, a year that dates a compared figure or a body's
founding as not dating the act, and "without arraignment within the mandated period" as practice. For the groups:
returns another state made into the country, a single tribe named by its name, a group word being defined and a
prison's stock of medicine name no target; the Yezidis are a religious minority; news agencies, stations and hosts
are media workers; rape is a harm to every group; people with visual or hearing impairments need care. Two mends
followed: "yet" after "not", "as" or a form of "have" is an adverb, not a clause break (the slip above), and an arrest
that no armed group made shows no disappearance signal at all. The half they read went from micro F1 0.884 to 0.891
(false positives 282 → 251), the other half stayed at 0.856 (one more true positive), round 10's unread half stayed
at 0.773. On the test part micro F1 stayed at 0.796 (true positives 654 → 653, false positives 164 → 163). Group
attribution: the half they read from precision 0.841 and recall 0.826 to 0.859 and 0.826, the other half from 0.831
and 0.774 to 0.833 and 0.775, the test part from 0.713 and 0.694 to 0.715 and 0.692. The wave is kept for the
sentences it mends in the reports the service serves (the dev countries are destinations too, and their reports
repeat from year to year), not for a figure on unseen text: nine waves of rules read from errors have reached what
reading errors can give there.

**Places abroad** (with lexicon 2026.11.14): the guide counts no abuse abroad, and the lexicon's phrases ("abroad",
"outside the country", "transnational killing") missed reports that name the other country: Russia's report on
killings of civilians "in Ukraine", North Korea's on defectors kidnapped "in China". The analyser now takes the report
country's places, built from the country registry (\`data/places-abroad.ts\`): "in [the] [eastern …] <another
country>" in the clause of a cue reads as "abroad" does, and refoulement, whose danger lies abroad by nature, keeps
it. Home is the report's country, its territories and parent, and dependent territories; a sentence that also places
something at home ("arrests of Ukrainians in Russia"), a war's place ("protests against the war in …"), where a victim
lived or stayed, and a name joined on by a hyphen or made longer by a capitalised word ("Northern Ireland") are not
read so. The ingest, the evaluation and \`POST /v1/analyze\` (its new optional \`country\` and \`year\`) pass it. On the
dev part it removes 11 false sentence-category pairs and loses one true one (a sentence the gold labels both ways in
two years); on the test part it removes one false pair and loses one true pair.

**Wave 11: the quotes a reader meets first** (lexicons 2026.11.15 and 2026.11.16). The errors of this wave were not
drawn from the sentence set: they were read off the top quotes, as a lawyer meets them, of the 2023 and 2024 reports of
destinations outside the train labels and the sentence set (El Salvador, Rwanda, Eswatini, South Sudan, Libya and
Uganda first; then China, Ecuador, Egypt, India, Syria, Thailand and Türkiye among eighteen more) and of the dev part's
first half. Among them: drug abuse counted as torture (Costa Rica's first torture quote in every year), a law's prison
terms "for officials who committed torture", a conviction for crimes of a past conflict listed as counts, the topics a
journalist wrote on, officers arrested or charged over an undated abuse, a duty of procedure ("had to inform the
family"), an armed group "in the eastern part of" a neighbouring country, a pointer to another country's report, a
killing "in <town>, <another country>", the 2024 reports' standard sentence on people "forcibly returned from other
countries" read as refoulement, killings "by criminals", workers forced "to return to the plantations" read as
refoulement, another country returning refugees into this one, a named Act that "provided guidelines", a suit or a
foreign prosecutor's allegation about an abuse of an earlier year, house arrest around "the anniversary of the …
massacre" counted as a killing, "risks … upon return, including torture", a plot to kill, and "prison officials were
convicted of abuse". Nine writers wrote 45 rules with the same guard as before. Few of these shapes occur in the
labelled sentences, so the figures barely move: dev first half tp/fp/fn 2102/248/262 to 2102/244/262, second half
1984/276/385 to 1985/270/384 (round 10's unread half micro F1 0.773 to 0.776); on the test part three false pairs
fewer (fp 162 to 159, tp unchanged at 652; all three with lexicon 2026.11.15, the second part changes no test
sentence), and one wrong torture quote fewer among the test part's top 3 (909 quotes, none new, so all still
labelled). Among the dev part's labelled top 3 quotes, the half read for this wave went from 441 of 529 right to 444
of 515, the other half from 431 of 519 to 430 of 516. Groups are unchanged on the dev part; one rule's group part (a
return from abroad no longer naming returnees) was taken back because it lost three true returnee pairs. The
cross-validated band agreement moved with each version by about one point either way (72.6%, 73.5%, 72.6% pooled;
worst year 69.6%, 70.7%, 69.8%), which is the noise of refitting thresholds on about 115 countries a year, not a
change the rules can be credited or blamed for.

**Wave 12: safe countries and a second set of destinations** (lexicon 2026.11.17, profiles 2026.14). Five writers read
the top quotes of 2023 and 2024 for more destinations outside the train labels and the sentence set (among them
Afghanistan, Bangladesh, Brazil, Colombia, Iran, Nigeria, Venezuela, Zimbabwe) and, for the first time, of low-risk
ones (Norway, Finland, Japan, Portugal, Spain, Singapore and others), where a wrong quote is false evidence of abuse
in a safe country: a negated standard sentence ("neutral laws were not applied … to justify arbitrary arrest"),
detainees given access to a lawyer, pretrial detention that "rarely exceeded" the maximum, an arrest on a warrant, a
complaints mechanism, a prison term "for slapping" a worker. Others: things that "disappeared", exemptions from
caning, "the maximum punishment for torture", a named past genocide, the offence a suspect is charged with, refugees
"subject to" or "being processed for" deportation, a penalty someone "faced up to", incitement to kill, suspended
sentences and fines, arrests for graft or for a crime against a journalist, "overcrowded dockets", and, for torture
recall, new cues (a knee on the neck, dragged by the hair, stripped naked, waterboarding, falanga) and a passive
beating after a state agent's use of force on a crowd. A sixth writer worked on group attribution (opening fire on
people, jailing, summoning and fining as harms aimed at them; "a threat to themselves" is no threat). 52 rules with
the same guard as before. Dev first half tp/fp/fn 2102/244/262 to 2105/239/259, second half 1985/270/384 to
1985/264/384; groups first half 982/161/207 to 990/155/199, second half 980/194/287 to 982/194/285. Most of these
shapes are rare in the labelled sentences, so the test figures barely move (one false pair fewer); on the held-out
quotes they remove, among others, Finland's, Norway's and Portugal's only arbitrary-detention quotes, which said the
opposite. Tried and not kept: fitting the weights to band agreement directly (cross-validated band exact 72.6% to
71.3% pooled), thresholds per report year (71.4%) or over three-year windows (71.7%), and other credits for a band
within one (no change; one-off scripts over \`evaluation/calibration.ts\` on the stored scores, not kept): the band target is bound by the order of the scores, not by the thresholds. The category
sums already agree with the CIRIGHTS parts better than PTS-S itself does (torture −0.75 against −0.71, disappearance
−0.74 against −0.62), so the 0.80 target sits near what one expert scale reaches against another.

**Wave 13: more destinations, low-risk countries, and fresh text** (lexicon 2026.11.18, profiles 2026.15). Nine
writers. Four read held-out top quotes: the destinations of third-country deportations (El Salvador, Rwanda, Eswatini,
South Sudan, Libya, Uganda) and large ones (China, Egypt, India, Syria, Turkey, Thailand, Malaysia, Singapore), and
low-risk countries in Europe, the Pacific and the Caribbean, where about 110 of the quotes judged were wrong. The
rules that came of it: a legal maximum of pretrial detention is law unless a holding passed it; house arrest among the
alternatives to prison is lawful; "execution" of sanctions, duties or transactions is no killing; samples or earnings
that "disappeared" are no person; help for survivors, compensation for violence of an earlier year, a power police
are "able" to use, a statute cited by its initials, an arrest people are "exposed to", returns called rare,
crowding at polling stations or in homes, overcrowding a measure is meant to relieve, guards charged "for torture"
after a long list, arrests on named criminal charges and "reports from previous years" assert nothing. Three read the
first half of round 11 (above), the first fresh text a writer has had since round 10: conditions that deteriorated, a
jail over its official capacity, officials who used force on protesters, people held "secretly", prisoners who died
without medical treatment; and for groups, rejected asylum claims, "minorities" on their own, the true incidence of
rape, immigration offences. One writer worked on groups on the older dev text, and one on plain denials the rules read as a lack of
accountability ("no suspect was reported held incommunicado", "no evidence of arbitrary arrests or
executions"), which counted a denial of abuse as evidence of it. 66 rules, the same guard as before.
Dev rounds 1–10, first half tp/fp/fn 2105/239/259 to 2108/233/256, second half 1985/264/384 to 1986/263/383; groups
first half 990/155/199 to 997/146/192, second half 982/194/285 to 982/193/285. On the test part three true pairs
fewer and two false pairs fewer (tp 652 to 649, fp 158 to 156; micro precision 0.80 to 0.81, recall and F1 unchanged at
0.79 and 0.80; torture recall 0.72 to 0.71), looked at only after the rules were fixed and not acted on; the top 3
quotes of the test part 756 of 907 right (one quote fewer; the one new quote labelled the same way as the rest).
The cross-validated band agreement moved from 73.3% to 72.7% pooled, its worst year unchanged at 69.8% (2019); with
the first eight writers' rules alone it was 71.4% (worst year 67.2%), and the ninth writer's four rules, which change
one test pair, brought it back. The in-sample figure stayed at 75.8% and the cross-validated Spearman's worst year
moved from 0.906 to 0.901: the order of the scores barely changes, while the thresholds refitted in each fold move by
a point or two with small changes of score, as they have with every version. The weights were not refitted. A learned layer with
10,623 dev sentences again ties the rules (below). Still open, by the writers' count: court findings and inquiries
about abuse the sentence does not date (the largest class among low-risk countries' quotes), lawful arrests after
an investigation or a violent incident, abuse abroad where the sentence names no place, and denials a negation does not
reach ("no suspects were held in police cells beyond the legal limit").

**Wave 14: round 12's first half, withdrawals of asserted abuse, low-risk quotes, one crime vocabulary** (lexicon
2026.11.19, profiles 2026.16). Seven writers, each guarded on the dev second half as before. Two read round 12's first
half, the fresh text of the last wave: for false positives, a murder named in one series with a rape and no agent
(a private crime), deaths in a riot inmates began or killings between inmates (prison violence), conditions a sentence
calls inhuman (conditions, not torture), missing justice for violence of earlier years, and abuse "rare" by its own
verb (a denial); for misses, clubbing and "stabbed to death", "at the hands of" an agent, people held at an unknown
place, suspects "of supporting the opposition", arrests after someone published or criticised, violence between
inmates, places that "failed to meet" minimum standards, excessive police force, and people abducted and "found
dead". Two worked on asserted abuse the rules withdrew: as institutional (most of these turned out to come from the
scope checks: an arrest of activists on a stated charge, or an arrest joined by "and" to a beating, is no ordinary
policing) and as historical (a fate "still unknown", "since October 2019", "and beyond", people "still being held").
One read low-risk countries' quotes (a court that "found" an undated abuse, arrests under a run-in label, "however"
between commas, arrests people welcomed, torture named as a kind of threat, orders to compensate); one wrote six group
rules; one unified the two checks for suspects of an ordinary crime onto one crime vocabulary and one set of link
words, as the review had asked. 41 rules and refactors. On dev rounds 1–13 with the labels after the consistency passes
of rounds 1–4 below (the writers guarded on the earlier labels): first half tp/fp/fn 2862/402/469 to 2893/387/438, second half 2652/439/628 to 2658/439/622; groups first half
1345/290/314 to 1350/283/309, second half 1309/282/437 to 1309/281/437. On the test part, looked at only after the
rules were fixed: tp 656 to 658, fp 149 to 148 (micro precision 0.81 to 0.82, recall 0.78 to 0.79, F1 0.80; killings
recall 0.86 to 0.88, torture 0.73 to 0.74, arbitrary detention 0.72 to 0.73, disappearance 0.83 to 0.82); groups 0.70 /
0.71 to 0.70 / 0.72; top 3 quotes 757 of 902 right (four new quotes not yet labelled). On round 13, drawn and labelled
before the wave and read by no writer, micro F1 went from 0.776 to 0.778, groups unchanged (0.773 / 0.724): again
the waves raise the text their writers read and leave fresh text where it was. The cross-validated band agreement
moved from 72.7% to 71.1% pooled, worst year from 69.8% (2019) to 67.0% (2021), while the cross-validated Spearman
stayed at 0.920 and the in-sample band at 75.6% (75.8%): as with every version, the thresholds refitted in each fold
move with small changes of score. Setting each threshold at the middle of its range of equally good positions
instead of at its edge was tried and did worse (65.2% in 2021); the weights were not refitted.

**Wave 15: round 13's first half, by category and group** (lexicon 2026.11.20, profiles 2026.17). Six writers, each
reading only the dev first half (round 13's first half was fresh text) and keeping a rule only when the second half did
not lose in net. Refoulement: a court ruling on whether a return may go ahead is hypothetical, "did not classify this
as refoulement" is negated, "sent to prison" is no return, entry refused to people seeking asylum is a return cue, and a
recognised refugee's return carries the danger a refoulement needs. Political and arbitrary detention: charges called
politically motivated at a longer reach, a law cited right after an arrest is the charge and no norm, people "rounded
up", activists or journalists "released" had been held, and an arrest in one series with a forced disappearance is no
ordinary policing. Killings and disappearance: a crime named as an example of a class of offences, what an inquiry (not
only a court) found about an undated killing, killings by a crowd or for ritual purposes, present-tense procedure, the
crime someone is accused of, abuse "in the occupied areas" (abroad) and a disappearance that only dates another event.
Torture and conditions: "excessive use of force by", men and women held together, denial of food or water in
detention, mutilation by a named agent. Groups: a lack of medical care listed with the conditions every inmate shares
names no health group (the guide's close call), a refugee word before "camp" names a place, no recognition of refugee
status is the asylum law, arrests "if they committed crimes" are ordinary policing, silencing critics is a harm to
political opponents, and abuse the analyser dates to earlier years targets no group. 28 rules. On dev rounds 1–13:
first half tp/fp/fn 2944/336/459 to 2966/313/437, second half 2698/399/656 to 2701/392/653 (round 12's second half,
read by no writer, 234/55/74 to 234/52/74; round 13's second half 207/46/97 to 208/46/96); groups first half
1325/308/296 to 1329/238/292, second half 1289/301/430 to 1290/262/429 (health_disability on the second half 50/52/33 to
46/16/37). On the test part, looked at only after the rules were fixed: tp 658 to 659, fp 148 (micro 0.82 / 0.79 / 0.80
unchanged; disappearance precision 0.84 to 0.85, F1 0.83 to 0.84; torture F1 0.77 to 0.78); groups precision 0.70 to
0.72, recall 0.72 (migrant_asylum_seeker precision 0.59 to 0.63, health_disability 0.41 to 0.50); top 3 quotes 761 of
906 right (the ten quotes the new rules brought into the top 3 were labelled the same way: pooled κ 0.94 for
categories, 1.00 for groups, one disagreement adjudicated). The group rules carry over to unread
text, as the removed health false positives show on both halves and on the test part; the category rules again mostly
raise the text their writers read. The cross-validated band agreement moved from 71.1% to 73.3% pooled, worst year from
67.0% (2021) to 69.8% (2019), the cross-validated Spearman 0.920 to 0.923. Thresholds fitted on 51 or 101 resamples of
the training countries, each the median of the resamples' thresholds, were tried with lexicon 2026.11.19 to steady the
band across folds and did worse (70.2–70.4% pooled, worst year 67.0%); the weights were not refitted.

**Where arbitrary detention and political prisoners part.** Of the dev part's 129 false arbitrary-detention pairs,
59 are sentences the gold labels political prisoners only (an arrest of a journalist or an opposition member with no
failing of due process stated), and 68 of the 127 false political-prisoner pairs are labelled arbitrary detention
only; 57 of the 161 missed political-prisoner pairs and 31 of the 173 missed arbitrary-detention pairs came back as
the other one. About 215 of these two categories' 590 dev errors lie on that one line. Read with the UN Working
Group on Arbitrary Detention's category II (a detention for exercising a right is arbitrary), every political
detention would also be an arbitrary one; scoring both the gold and the service that way (measured on the dev part
only, not shipped) lifts round 10's micro F1 from 0.787 to 0.811 and its arbitrary-detention F1 from 0.714 to 0.823.
It would change what the set measures, not what the service finds, so it is left to the team: the figures here keep
the guide as written.

**Why the fresh rounds read higher than the test part.** The reports repeat sentences from one year to the next, and
every later round is drawn from the dev countries, whose other years the writers read. 183 of round 9's 1,015
sentences repeat a labelled dev sentence word for word: on those the rules score micro F1 0.91, on the other 832
sentences 0.79. The test part (other countries, 0.75) is the honest figure for text the rules were not written on.
From round 10 on, the sampler leaves out every text already in the set (\`sample-sentences-cli.ts\`).

**Round 10: one fresh round, every lexicon.** Round 10 (1,010 sentences; pooled κ 0.942 for categories, 0.935 for
groups; 97 disagreements adjudicated) was drawn after lexicon 2026.11.10 that way, so none of its sentences repeats
one a rule writer read, and no writer read it. Sentences are scored alone, so every earlier lexicon can be scored on it
too (\`scoring/\` as it stood at the commit before the next version's, each round 10 sentence sent alone to
\`analyzeSentence\` and \`attributeSentence\` as in the tables above; the one-off script that looped over the versions is
not kept), and none of them saw it either:

| lexicon | categories: precision | recall | micro F1 | groups: precision | recall |
|---|---|---|---|---|---|
| 2026.11.0 | 0.712 | 0.693 | 0.702 | 0.720 | 0.632 |
| 2026.11.2 | 0.735 | 0.718 | 0.726 | 0.741 | 0.651 |
| 2026.11.3 | 0.737 | 0.720 | 0.728 | 0.746 | 0.657 |
| 2026.11.4 | 0.747 | 0.726 | 0.737 | 0.765 | 0.710 |
| 2026.11.5 | 0.755 | 0.740 | 0.747 | 0.764 | 0.704 |
| 2026.11.6 | 0.753 | 0.740 | 0.746 | 0.766 | 0.704 |
| 2026.11.7 | 0.749 | 0.753 | 0.751 | 0.765 | 0.710 |
| 2026.11.8 | 0.755 | 0.756 | 0.756 | 0.768 | 0.723 |
| 2026.11.10 | 0.755 | 0.756 | 0.756 | 0.768 | 0.723 |
| 2026.11.11 | 0.758 | 0.756 | 0.757 | 0.770 | 0.720 |
| 2026.11.12 (first half read) | 0.778 | 0.780 | 0.779 | 0.794 | 0.757 |
| 2026.11.13 (first half read) | 0.791 | 0.783 | 0.787 | 0.822 | 0.760 |

On one fixed set of text no writer read, the rules went from micro F1 0.702 to 0.756, and group attribution from
precision 0.720 and recall 0.632 to 0.768 and 0.723. Most of that came by lexicon 2026.11.5 (0.747); the four waves
after it (lexicons 2026.11.6 to 2026.11.10) added 0.009 together, the sixth (2026.11.10) nothing. Round 10 reads as
the test part does (0.756 against 0.76): with repeated text left out, a fresh dev round and the held-out countries
agree. The seventh wave (2026.11.11) bought one false positive on it. The eighth wave (2026.11.12) read the first half of round 10, so its row is
no longer a fresh figure: on the half it did not read, round 10 is unchanged (micro F1 0.773, groups 0.748), and on
the half it read it rose from 0.741 to 0.786. The ninth (2026.11.13) read the same half again: 0.786 to 0.802 there,
the unread half unchanged for categories (0.773) and groups from precision 0.776 to 0.781 at recall 0.722.

**Rounds 11 and 12: two more fresh rounds.** Round 11 (1,016 sentences; pooled κ 0.943 for categories, 0.937 for
groups; 96 disagreements adjudicated) and round 12 (1,010; κ 0.959 and 0.933; 90 adjudicated) were drawn after lexicon
2026.11.17 the same way, new text only. With that lexicon, before any writer read them, round 11 scored micro
precision 0.765, recall 0.790, F1 0.777 (groups 0.755 / 0.683) and round 12 0.798 / 0.759 / 0.778 (groups 0.761 /
0.695): the same as round 10's unread half under the rules of five waves earlier (0.773–0.776) and as the test part
(0.80). The waves since lexicon 2026.11.11 raised the text their writers read and left fresh text where it was: most
of what is left is a long tail of shapes that each occur once or twice, and close calls the annotators settle case by
case (the adjudicators of rounds 11 and 12 wrote down the five that recur, \`evaluation/LABELLING.md\`, "Recurring close
calls"). Wave 13 (lexicon 2026.11.18) read round 11's first half only: there round 11 rose
from 0.785 to 0.820, its other half stayed at 0.769, and round 12, which nobody read, went from 0.778 to 0.779 (one
false pair fewer); groups on round 12 unchanged (0.761 / 0.695).

**Consistency passes and round 13.** The test part and the dev part's oldest rounds (1–4) were labelled before the
recurring close calls were written down, so both were labelled again, blind, by two new annotators under the guide as
it now stands, and every sentence where the two new readings and the earlier gold did not all agree was adjudicated,
the adjudicator keeping the earlier label wherever the guide leaves room (\`evaluation/consistency-pass-cli.ts\`;
\`evaluation/LABELLING.md\`, "How the set is made", item 7). Test part (pass \`consistency-1\`, 1,488 sentences): κ 0.96
between the new annotators and 0.93 between each of them and the earlier gold; 211 adjudicated, 54 sentences changed a
category label, most of them political arrests that now carry arbitrary detention as well as political prisoners.
Dev rounds 1–4 (\`consistency-2\`, 1,959 sentences): κ 0.96 and 0.94; 248 adjudicated, 42 changed a category label;
rounds 5–7 (\`consistency-3\`, 3,591 sentences, done after wave 14's rules were fixed): κ 0.96 and 0.93; 452
adjudicated, 129 changed a category label; rounds 8–10 (\`consistency-4\`, 3,047 sentences, likewise after the wave):
κ 0.96 and 0.93; 431 adjudicated, 125 changed a category label. Every dev sentence labelled before the close calls were
written down has now been read again under them.
The same rules (lexicon 2026.11.18) score micro F1 0.80 on the test part on both golds (arbitrary detention precision
0.72 to 0.80, killings 0.80 to 0.78; table above): the earlier labels were not what held the figures back. Round 13
(1,011 sentences, κ 0.956 categories and 0.950 groups, 74 adjudicated) was drawn after lexicon 2026.11.18 the same way:
micro F1 0.776 with that lexicon (precision 0.828, recall 0.730), groups 0.773 / 0.724.

The current rules on each dev round:

${renderDevRounds(devRounds)}

**A learned layer, measured again with 10,623 dev sentences.** A logistic regression per category over the rules' own
decision (status, reason family, actor) plus the sentence's stems and stem pairs, trained on the dev part and scored by
6-fold cross-validation across dev countries (\`npx tsx evaluation/learned-layer-cli.ts\`), ties the rules: micro F1
0.85 against 0.86 on the whole dev part, 0.78 against 0.78 on each of the fresh rounds 11 and 12, 0.79–0.80 against
0.79 on round 10 (with 8,597 sentences it was 0.85 against 0.86, and 0.76–0.77 against 0.76 on round 10; with 7,587 sentences it was 0.86 against
0.86, and 0.81 against 0.81 on round 9; with 3,519, 0.81 against 0.81). It is not shipped as a judge of sentences: it
would cost explainability and buy nothing measurable. Most remaining misses are sentences with no cue at all
(paraphrase) and judgement calls (arbitrary against political detention; deaths in custody with no cause given). A
smaller model of the same kind does earn its place in the order of the quotes (above, "The quotes a filing reads
first"), where it only chooses which counted sentence is shown first.

Two more learned layers were tried with lexicon 2026.11.11 (6-fold cross-validation across dev countries, the same
stems and stem pairs): (1) a check on each asserted sentence-category pair that could only withdraw it (features: the
sentence's stems, the cue, the actor, the reason family, the number of categories): round 10 micro F1 0.757 → 0.759 at
best, since on the dev sentences the rules are right nine times in ten and the check learns to keep everything; (2) the
rules combined with a layer trained without the rules' features (keep a rule's pair only above a low probability, add
a pair above a high one): 0.762 at best (a gain of 0.005, inside the noise of 1,010 sentences), and for group
attribution 0.744 → 0.748. Neither is shipped. The quote order
was also refitted with the 1,558 labelled dev top quotes added to its rows and with the quote's stems as traits:
cross-validated top 3 on dev 0.822 → 0.827–0.836, inside the noise, while pulling in more unlabelled quotes; not
shipped either.

## Score against PTS-S, shipped weights
Bands low…severe are read as 1…5 and compared with PTS-S.

${shipped.table}

## Score against PTS-S, cross-validated across countries
Weights (saturation, category weights, band thresholds) are fitted on four fifths of the countries and the
remaining fifth is scored with them; every country is scored once by a model that never saw it. This is the
figure to expect on the held-out countries.

${cvTable.table}

**Band exact year by year.** Pooled over the years the band matches PTS-S exactly about 72% of the time, and single
years fall on either side of it: with about 115 countries a year, one country is 0.9 points, and the years below
72% are two to four countries short. Refits were tried with lexicon 2026.11.9, each cross-validated as above, to
see whether a year can be lifted without overfitting: (1) thresholds fitted on exact matches alone, or with within-one
matches counted 0.1, 0.25 or 1 instead of 0.5: overall 71.2–71.3%, the worst year 69.6%; (2) weights fitted to
the mean yearly Spearman plus 0.25, 0.5 or 1 times the share of exact bands: 71.2–71.7%, worst year 68.7–70.4%;
(3) each report's sums blended with the same country's previous report (a fifth, a third or half of it): 72.2–73.5%,
worst year 67.2–69.6%. With lexicon 2026.11.12 a fourth was tried: (4) each year's thresholds halfway between the
pooled ones and those fitted on that year's countries alone: 71.4%, worst year 67.2%. None lifts every year above
72%; recomputing the same thresholds from the rounded weights instead of the unrounded ones moves single years by up
to 4.5 points. Year-by-year exact at 72% is within the noise
of about 115 countries; the pooled figure is the one the fit can be held to, and none of the four was adopted.

## Category subscores at the top
Share of all countries with a stored report whose category score is ${TOP_SCORE} or above, per report year
(shipped weights).

${topLines.join('\n')}

## Band against PTS-S (shipped weights, all years)

${confusionTable}

## Categories against CIRIGHTS parts, and the score against other scales
CIRIGHTS codes 0 = frequent, 2 = none, so a good risk category correlates **negatively**. The cross-validated
column scores each country with the saturation fitted without it (the category score depends on no other
fitted value). The PTS-S column is a yardstick for the |Spearman| ≥ 0.80 target: how far the expert scale we
calibrate to, itself coded from the same State Department reports, agrees with each CIRIGHTS part on the same
country-years.

${cirightsLines.join('\n')}

**Why torture and disappearance stay short of 0.80.** Measured with lexicon 2026.11.9, cross-validated as above:
without the length adjustment (each category's evidence not divided by the report's length at all) torture reaches
−0.757 and disappearance −0.746, against −0.743 and −0.745 then with the shipped exponent, and stronger divisions do
worse: the adjustment moves them by about 0.01, so it is not what holds them back (the exponent is kept because it is
shared with the overall score, which is fitted with it). The overall risk score itself, which is fitted to PTS-S, reaches only −0.726 against the torture part
and −0.651 against disappearance: the two parts disagree with the State Department–based scales on enough
country-years that a category read from the same reports cannot be expected to reach 0.80 without being fitted to
CIRIGHTS, which these labels are not used for.

## Scores at each PTS-S level

![risk score at each PTS-S level](docs/evaluation-scatter.svg)

${profileSection}
**Before and after issue 12's second pass** (same sentence set and split; "before" is main at 1647ca4, with the
same category lexicon and sentence rules):

| | dev part as it then was (1,172 sentences, 378 gold groups) | test part (448 sentences, 159 gold groups) |
|---|---|---|
| before: precision / recall | 0.70 / 0.67 | 0.65 / 0.68 |
| after: precision / recall | 0.78 / 0.75 | 0.64 / 0.65 |

The rules were written on the dev part only (the group as speaker, agent, place or institution name rather than target;
help and fear words; lexicon fixes; see METHODOLOGY.md §7). They raised both figures on dev and did **not** carry over
to the test part, which stays at 0.64 / 0.65, short of the 0.85 target: the test part has few positives per profile
(one for \`criminal_deportee\`, none for \`gang_perceived\`). On the dev part, most remaining misses are sentences about
named people or peoples the lexicon does not list, and most remaining false groups come from category signals the
sentence analyser asserts for earlier years or for abuse the group commits.

**Issue 12's third pass** (profiles 2026.2 and 2026.3): the same discipline as for the categories (rules written on
one half of the dev countries of rounds 1–4, kept only if the other half did not get worse). More words that name
political opponents (party members, lawmakers, human-rights lawyers, "politically motivated"), travel bans as a harm
aimed at them, "rape" alone no longer naming women and girls, arrests and prosecutions not making women a target by
themselves, fewer words that wrongly name religious minorities or people who need medical care. Micro precision /
recall on round 5, which the rule writers never read: 0.72 / 0.64 → 0.73 / 0.69; on the test part: 0.64 / 0.65 →
0.68 / 0.69. Still short of the 0.85 target.

**Issue 12's fourth pass** (profiles 2026.4, with lexicon 2026.11.4): the same discipline over rounds 1–5. More words
that name political opponents (political parties and figures, strikers, people arrested for their views or while
protesting, rights advocates, campaigners) and media workers (columnists, publishers, photographers, camera
operators); migration detention and international protection name migrants; women or girls counted beside men or
boys are a share of all victims, not the target; killings alone no longer make women the target; denied medical care
needs words besides its own that name the group; a group word inside the name of a law or plan, or a group as the
one told or the perpetrator, does not count. Micro F1 on the half of the dev countries the writers read 0.736 →
0.776, on the other half 0.735 → 0.755; precision / recall on round 6, which they never read, 0.70 / 0.71 → 0.72 /
0.72; on the test part 0.68 / 0.69 → 0.69 / 0.70. Still short of the 0.85 target.

**Issue 12's fifth pass** (profiles 2026.5 and 2026.6, with lexicon 2026.11.5): two waves over rounds 1–6, the second with the
halves swapped (see Sentence accuracy). A group that tells of what was done to it ("activists reported being
harassed") is its target as well as the source; a sentence asserting political prisoners or refoulement targets
political opponents or migrants even when it names no group word; sources ("according to activists"), events covered
by the press, relations between communities and peoples' names in lists of regions do not name a group; a denial of
asylum and SGBV are harms of their groups; plans, campaigns and training are help, not abuse; a lack of medical staff
or supplies describes the health system, not people denied care; a report that tells of the end of the law against
same-sex conduct no longer criminalises the group. Precision / recall on round 7, which the writers never read,
0.763 / 0.671 → 0.769 / 0.685; on the test part 0.69 / 0.70 → 0.68 / 0.69 (the table above; well within its
intervals, which are about ±0.08 wide).

**Issue 12's sixth pass** (profiles 2026.7, with lexicon 2026.11.6): one wave over rounds 1–7 on the first half of the
dev countries (see Sentence accuracy). An abuse category alone no longer makes women and girls the target (a woman
tortured for a confession suffers torture, not gender-based violence); transgender women count for lgbtqi; a group
named before the harm it did is the agent; rape or FGM as the charge in a trial is a court event; women counted
beside a count of children are a share of all victims; legal aid is help; returnees "deported to the country" count
and "failed asylum seekers" alone do not; mistreatment is a common harm; harms the analyser places abroad do not
count; a charge against the perpetrator is not aimed at the group; people harmed after criticising are critics.
Micro F1 on the half the writers read 0.796 → 0.810, on the other half 0.782 → 0.786; precision / recall on round 8,
which they never read, 0.766 / 0.708 → 0.773 / 0.700; on the test part 0.68 / 0.69 → 0.69 / 0.67 (within the
intervals). Still short of the 0.85 target.

**Issue 12's seventh pass** (profiles 2026.8, with lexicon 2026.11.7): the other half of the dev countries. Forced
abortion and marriage by abduction are harms aimed at women and girls; medicine withheld names people who need care;
"abroad" as where a return began does not place what follows abroad; a group "accused of" something is not a source,
and a group listed among those who report is; "politically motivated" names political opponents only when it
qualifies an abuse of people; an arrest or sentence for a crime against a group is not aimed at it; migrant detention
in any wording is immigration detention. Micro F1 on the half the writers read 0.786 → 0.810, on the other half
0.810 → 0.815; precision / recall on round 8 0.773 / 0.700 → 0.776 / 0.700; on the test part 0.69 / 0.67 (unchanged).

**Issue 12's eighth pass** (profiles 2026.9, with lexicon 2026.11.8): the first half of the dev countries again, now
with round 8's sentences; round 9 was kept from the writers. Rape and sexual violence said to be widespread,
unreported or unpunished name women and girls unless the list item names other victims; laws that lighten punishment
for violence against women are a harm of that group; "despite the law" reads as a departure from it; "married off"
is child or forced marriage; clerics held for criticism are critics, not a religious minority; "suspected of gang
activity" names gang_perceived; an arrest of someone who harmed the group is aimed at the perpetrator; societal
harassment is not state abuse; "while protesting" and "for expressing" name political opponents, as do dissent and
political causes; migrants "in custody" are detained; abuse called transnational happened abroad; a group word before
a media outlet ("the Kurdish channel") names the outlet. Micro F1 on the half the writers read 0.804 → 0.827, on the
other half 0.799 → 0.803, on the round 8 sentences of the other half (which nobody read) 0.736 → 0.746; precision /
recall on round 9 0.769 / 0.747 before and after; on the test part 0.69 / 0.67 (unchanged).

**Issue 12's ninth pass** (profiles 2026.10, with lexicon 2026.11.10): the second half of the dev countries, all
rounds, under the same condition as the sixth category wave. Political prisoners who report abuse are still its target;
"alleged to be politically motivated" names political opponents; "reportedly" between the group and the verb does not
break the link; "mentally" names health_disability only as that word ("mental abuse" names no group); people who cross
a border unlawfully or irregularly are migrants; asylum seekers forcibly returned, and repatriated defectors or
escapees, are returnees (criminal_deportee); care "routinely unavailable" is care denied; "substandard" institutions
are bad conditions; "in charge of" is no charge. One rule from the brief ("to protest" as a verb) was dropped: every
form of it added a false group on the half the writers did not read. Micro F1 on the half the writers read 0.798 →
0.810, on the other half 0.819 → 0.821, on the round 9 sentences of the other half (which nobody read) 0.748 before
and after; precision / recall on round 9 as a whole 0.769 / 0.747 → 0.778 / 0.759; on the test part 0.69 / 0.67
(unchanged). With the refit for lexicon 2026.11.10, criminal_deportee ranks 14 of the 17 countries with sentences
aimed at returnees higher than the country score does (16 before; none lower either time) and the lgbtqi ROC AUC is
0.913 (0.917 before).

**Issue 12's tenth pass** (profiles 2026.11, with lexicon 2026.11.11): the first half of the dev countries, rounds 1–9,
by the seventh wave's rule (no group may lose a true positive or gain a false one on the other half). People who
gathered, marched or rallied to protest, and persecution "for political reasons", name political opponents; a rally
that only says where a named journalist was working names none; the Hema, Lendu and Chin peoples are ethnic
minorities; a group word followed by a harm verb with its own object names the doer, not the target; a group word
inside a person's or a facility's name names nobody; care "not provided" to a group is care denied. Precision /
recall on the half the writers read 0.832 / 0.810 → 0.842 / 0.818, the other half unchanged (0.839 / 0.782), round 10
(which nobody read) 0.768 / 0.723 → 0.770 / 0.720, the test part 0.69 / 0.67 → 0.70 / 0.66. With the refit for
lexicon 2026.11.11, criminal_deportee ranks 16 of the 17 countries with sentences aimed at returnees higher than the
country score does (14 before; none lower) and the lgbtqi ROC AUC is 0.918 (0.913 before).

**Issue 12's eleventh pass** (profiles 2026.12, with lexicon 2026.11.12): the group writer of the eighth wave, on the
first half of the dev countries, rounds 1–10, under the same guard. Opposition parties and movements by their own
names and more ethnic, tribal and indigenous peoples by name; Arabs as an ethnic minority unless a sect word names
them; an encampment policy or movement restrictions aimed at refugees, and asylum rarely granted or refused, as harms
to migrants and asylum seekers; people with chronic or serious illness as needing care; a group word before a
facility noun (a women's prison), "press" as a title, and a faith word inside a movement's name handled as what they
name. Precision / recall on the half the writer read 0.831 / 0.804 → 0.841 / 0.826 (with the other writers' rules),
the other half unchanged (0.831 / 0.774), round 10's unread half unchanged, the test part (1,488 sentences since test
round 2) 0.713 / 0.690 → 0.713 / 0.694. With the refit for lexicon 2026.11.12, criminal_deportee ranks all 17
countries with sentences aimed at returnees higher than the country score does (16 before) and the lgbtqi ROC AUC is
0.915 (0.918 before).

**Issue 12's twelfth pass** (profiles 2026.13, with lexicon 2026.11.13): the group writer of the ninth wave, under the
same guard (its rules are listed with the wave above). Precision / recall on the half the writer read 0.841 / 0.826 →
0.859 / 0.826 (with the other writers' rules), the other half 0.831 / 0.774 → 0.833 / 0.775, round 10's unread half
0.776 / 0.722 → 0.781 / 0.722, the test part 0.713 / 0.694 → 0.715 / 0.692. With the refit for lexicon 2026.11.13,
18 countries have sentences aimed at returnees (Solomon Islands is new among them): criminal_deportee ranks 14 of them
higher than the country score does, the other 4 keep their rank (17 of 17 higher before) and none ranks lower; the
lgbtqi ROC AUC is 0.916 (0.915 before).

lgbtqi ROC AUC: 0.75 before against the earlier reference reading, 0.79 before against the stricter one above, 0.88
after the second pass, 0.896 with lexicon 2026.11.2, 0.902 once an arrest or prosecution of those complicit in violence
against the group stopped counting as enforcement of a law against it (profiles 2026.2), 0.896 again after the
refit for lexicon 2026.11.3, 0.889 with lexicon 2026.11.4, the length adjustment and its refit, and 0.883 with
lexicon 2026.11.5 and its refit (the figure above). The fall from 0.902 to 0.896 came when a refit lowered the edge of the severe band from 85.1 to 84.0, so two
countries with much reported violence against LGBTQI+ people and no criminalising law scored above countries whose
enforced law put them at that edge. The fall to 0.889 came with four changes at once (new sentence rules, new group
rules, the length adjustment and the refit that followed), which were not measured apart; no rule was tuned for this
figure. The fall to 0.883 again follows a refit: it lowered the edge of the high band from 66.65 to 66.15, so one
more country with no such law and a country score just above that edge now outranks the countries whose law is
stated but not enforced, which sit at the edge. The combination floors a stated criminalising law at the high band,
and at the severe band when the report tells of arrests or prosecutions or says the law is enforced. The one country
where the profile scorer and the reference used to disagree (a report that describes the law and, in another
sentence, the court ruling that struck it down) now agrees: the report-level reading of the law's end (profiles
2026.5) removed its floor, and since profiles 2026.6 the sentences stating the law as it stood are no longer quoted as
evidence for that report.

Profiles 2026.7 change how the floor combines, and the AUC rises to 0.910 with nothing else changed (lexicon 2026.11.5
and its weights), to 0.915 with lexicon 2026.11.6 and its refit, 0.914 with lexicon 2026.11.7 and its refit, and is
0.917 with lexicon 2026.11.8 and its refit, as with 2026.11.9, and 0.913 with lexicon 2026.11.10 and its refit (the figure above). Before, a floor that bound
replaced the profile score outright, so every country whose law was stated sat at the same edge whatever else its
report said of the group, below countries with no such law and a higher country score. Now the floor is where the
profile starts, and the evidence aimed at the group besides the law's own sentences adds to it as it would to the
country score; the law counts once (the higher of the country score plus all the evidence, the law among it, and the
floor plus the evidence besides the law). This is a change of method, not a rule tuned on this figure: a lawyer
should see a country with the law and reported beatings of gay men above one with the law alone.

## How to reproduce
\`\`\`
npm run ingest            # builds or updates the database from ../shared/corpus/state-dept
npx tsx evaluation/fit-quote-order-cli.ts --write=2 # refits the quote order on the dev sentences (orders quotes only)
npm run evaluate          # writes this file and docs/evaluation-scatter.svg
npm run evaluate -- --fit # refits saturation, category weights and band thresholds on all train labels
npm run ingest            # rescores every report with the refitted weights
npm run evaluate          # the figures above
\`\`\`
`;
  await fs.writeFile('EVALUATION.md', doc);
  process.stdout.write(`${doc}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`evaluate failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
