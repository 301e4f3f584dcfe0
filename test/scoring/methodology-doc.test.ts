import { readFileSync } from 'fs';
import path from 'path';
import { CATEGORY_IDS } from '../../scoring/categories';
import { DEFAULT_WEIGHTS, METHOD_VERSION } from '../../scoring/report-scorer';

const doc = readFileSync(path.resolve(__dirname, '..', '..', 'METHODOLOGY.md'), 'utf8');

describe('METHODOLOGY.md stays true to the shipped weights', () => {
  test('it names the current lexicon and weights versions', () => {
    const [lexiconAndWeights] = METHOD_VERSION.split(/\.(?=[0-9a-f]{8}$)/);
    expect(doc).toContain(`\`${lexiconAndWeights}\``);
  });

  test.each(CATEGORY_IDS.map((id) => [id]))(
    'the table gives the share and saturation of %s from weights.json',
    (id) => {
      const total = CATEGORY_IDS.reduce(
        (sum, category) => sum + DEFAULT_WEIGHTS.categoryWeights[category],
        0,
      );
      const share = `${Math.round((1000 * DEFAULT_WEIGHTS.categoryWeights[id]) / total) / 10}%`;
      expect(doc).toContain(`| ${id} | ${share} | ${DEFAULT_WEIGHTS.saturation[id]} |`);
    },
  );

  test('the band table uses the shipped thresholds', () => {
    for (const threshold of DEFAULT_WEIGHTS.bandThresholds) expect(doc).toContain(String(threshold));
  });
});
