import path from 'path';
import { evaluateDevHalves, evaluateSentenceSet, renderSentenceEvaluation } from './sentence-evaluation';

/**
 * Sentence accuracy on one part of the labelled set, printed (the test part also goes into EVALUATION.md through
 * `npm run evaluate`).
 *
 *   npx tsx evaluation/sentence-eval-cli.ts [dev|test] [--errors]
 *   npx tsx evaluation/sentence-eval-cli.ts dev --halves[=N]
 *
 * `--errors` lists the ids of the sentences the analyser gets wrong, per category (ids only: the text stays in the
 * corpus). Use it on the dev part only. `--halves` prints micro precision, recall and F1 on each half of the dev
 * countries (`devHalfOf`), over labelling rounds 1 to N (default: all), as the rule waves in EVALUATION.md were measured.
 */
async function main(): Promise<void> {
  const split = process.argv[2] === 'test' ? 'test' : 'dev';
  const corpusDir = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'state-dept');
  const halves = process.argv.find((a) => a.startsWith('--halves'));
  if (halves && split === 'dev') {
    const through = halves.includes('=') ? Number(halves.split('=')[1]) : Infinity;
    for (const { half, sentences, micro } of await evaluateDevHalves(corpusDir, through))
      console.log(
        `${half} half: ${sentences} sentences, micro P ${micro.precision.toFixed(3)} R ${micro.recall.toFixed(3)} F1 ${micro.f1.toFixed(3)}`,
      );
    return;
  }
  const result = await evaluateSentenceSet(corpusDir, split);
  console.log(renderSentenceEvaluation(result));
  if (process.argv.includes('--errors')) {
    for (const p of result.predictions) {
      for (const [category, status] of Object.entries(p.status)) {
        const gold = p.gold[category as keyof typeof p.gold];
        if (gold !== (status === 'asserted'))
          console.log(`${p.id}\t${category}\tgold=${gold}\tservice=${status}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
