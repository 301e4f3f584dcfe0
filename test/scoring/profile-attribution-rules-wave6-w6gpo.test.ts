import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('political prisoners who report abuse are its target as well as its source', () => {
  test('when political prisoners report that other inmates beat them, political opponents are targeted', () => {
    expect(
      targets(
        'Political prisoners also reported that other inmates, urged on by the wardens of the Dorn colony, kicked, insulted, and beat them.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when activists report that police beat students, the activists are only the source', () => {
    expect(
      targets(
        'Activists also reported that police officers, urged on by the governor of the Dorn province, kicked, insulted, and beat students.',
      ),
    ).not.toContain('political_opponent');
  });

  test('near miss: when a ministry calls no inmate a political prisoner and states a fact, no group is targeted', () => {
    expect(
      targets(
        'The Velan ministry did not regard any of its inmates as political prisoners and stated that guards beat two thieves.',
      ),
    ).not.toContain('political_opponent');
  });
});

describe('"alleged to be politically motivated" names political opponents as the target', () => {
  test('when detentions are alleged to be politically motivated, political opponents are targeted', () => {
    expect(
      targets(
        'Appeals against arrests in Torvan seldom succeeded, least of all for detentions alleged to be politically motivated.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when officials report to activists, the activists are only the ones told', () => {
    expect(
      targets(
        'The Torvan ministry reported to activists that police had beaten three car thieves in custody.',
      ),
    ).not.toContain('political_opponent');
  });
});

describe('"reportedly" between the group words and the verb does not break attribution', () => {
  test('when activists reportedly were detained, political opponents are targeted', () => {
    expect(
      targets('In March four activists reportedly were detained in Dalmar for two weeks without charge.'),
    ).toContain('political_opponent');
  });

  test('near miss: when activists reported that police detained two burglars, the activists are only the source', () => {
    expect(
      targets('In March four activists reported that police in Dalmar detained two burglars without charge.'),
    ).not.toContain('political_opponent');
  });
});
