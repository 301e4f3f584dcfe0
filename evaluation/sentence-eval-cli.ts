import path from 'path';
import { evaluateSentenceSet, renderSentenceEvaluation } from './sentence-evaluation';

/**
 * Sentence accuracy on one part of the labelled set, printed (the test part also goes into EVALUATION.md through
 * `npm run evaluate`).
 *
 *   npx tsx evaluation/sentence-eval-cli.ts [dev|test] [--errors]
 *
 * `--errors` lists the ids of the sentences the analyser gets wrong, per category (ids only: the text stays in the
 * corpus). Use it on the dev part only.
 */
async function main(): Promise<void> {
  const split = process.argv[2] === 'test' ? 'test' : 'dev';
  const corpusDir = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'state-dept');
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
