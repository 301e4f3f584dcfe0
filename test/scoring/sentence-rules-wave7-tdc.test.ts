import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('suspects named by the custody that holds them are detainees, not the subjects of a case', () => {
  it('when monitors said suspects in custody were beaten by officers, torture is asserted', () => {
    expect(
      isAsserted(
        'Monitors in Varesk said suspects in custody were left bruised after beatings by station officers.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when suspects in pretrial detention complained of police mistreatment, torture is asserted', () => {
    expect(
      isAsserted('Suspects in pretrial detention in Varesk complained of police mistreatment.', 'torture'),
    ).toBe(true);
  });

  it('near miss: when a guard is a suspect in a beating, torture stays a case, not asserted', () => {
    expect(
      isAsserted('A prison guard from Varesk became a suspect in the beating of an inmate.', 'torture'),
    ).toBe(false);
  });
});
