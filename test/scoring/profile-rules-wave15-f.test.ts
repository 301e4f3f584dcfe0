import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('laws or lawsuits used to silence critics or stifle dissent target political opponents', () => {
  test('when insult laws were used to silence critics of the governor, political opponents are targeted', () => {
    expect(
      targets(
        'Insult laws were regularly used to silence critics of the governor, including two radio hosts.',
      ),
    ).toContain('political_opponent');
  });

  test('when the authorities used a vague security law as a tool to stifle dissent, political opponents are targeted', () => {
    expect(
      targets(
        'The authorities used a vague security law, under which residents could be punished for slogans and songs, as a tool to stifle dissent.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when the silencing was only an attempt, no political opponent is targeted', () => {
    expect(
      targets('Observers said the mayor might attempt to silence dissent before the vote in Tamsa.'),
    ).not.toContain('political_opponent');
  });

  test('near miss: when a court refused to silence critics, no political opponent is targeted', () => {
    expect(
      targets('The court in Tamsa did not silence critics of the governor and dismissed the complaint.'),
    ).not.toContain('political_opponent');
  });
});
