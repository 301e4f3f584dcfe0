import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('political prisoners: critics who faced detention, arrest or charges', () => {
  it('when bloggers among government critics faced harassment including detention, political prisoners are asserted', () => {
    expect(
      statusOf(
        'Like other critics of the governor, bloggers in Dravo faced official harassment, including detention and heavy fines.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when opposition activists only faced the threat of arrest, political prisoners stay hypothetical', () => {
    expect(
      statusOf(
        'Opposition activists in Dravo faced the threat of arrest if they marched without a permit.',
        'political_prisoners',
      ),
    ).toBe('hypothetical');
  });
});
