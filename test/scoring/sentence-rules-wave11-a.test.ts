import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: the abuse of drugs or alcohol is not abuse of a person', () => {
  it('when narcotics circulated in the jails and drug abuse was common, torture is not asserted', () => {
    const s = signalOf(
      'Narcotics circulated freely in the Varnel jails, and drug abuse among the inmates was widespread.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:generic-abuse');
  });

  it('when substance and alcohol abuse were common in detention centres, torture is not asserted', () => {
    expect(
      isAsserted(
        'Monitors in Ostrava Vale noted that substance abuse and alcohol abuse were frequent in detention centers.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when guards let drug abusers deal in the cells, torture is not asserted', () => {
    expect(
      isAsserted('Guards at Kelmor prison tolerated drug abusers trading pills in the cells.', 'torture'),
    ).toBe(false);
  });

  it('when the abuse of alcohol was common among prisoners, neither torture nor detention conditions is asserted', () => {
    const sentence = 'The abuse of alcohol among prisoners in Varnel was common.';
    expect(isAsserted(sentence, 'torture')).toBe(false);
    expect(isAsserted(sentence, 'detention_conditions')).toBe(false);
  });

  it('when the jails were overcrowded and drug abuse was widespread, detention conditions are still asserted', () => {
    const sentence = 'The Kelmor jails were badly overcrowded, and drug abuse was widespread.';
    expect(isAsserted(sentence, 'detention_conditions')).toBe(true);
    expect(isAsserted(sentence, 'torture')).toBe(false);
  });

  it('when guards abused the prisoners as well, torture is still asserted', () => {
    expect(
      isAsserted(
        'Guards in Varnel abused prisoners in the jail, and drug abuse among inmates was common.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when abuse among inmates was frequent, detention conditions are still asserted', () => {
    expect(isAsserted('Abuse among inmates at the Kelmor jail was frequent.', 'detention_conditions')).toBe(
      true,
    );
  });
});
