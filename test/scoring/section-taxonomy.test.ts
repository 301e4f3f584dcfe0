import { classifyHeading, classifySectionPath } from '../../scoring/section-taxonomy';

describe('section taxonomy for both page layouts', () => {
  test.each([
    ['a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings', 'killings'],
    ['a. Extrajudicial Killings', 'killings'],
    ['b. Disappearance', 'disappearance'],
    ['c. Disappearance and Abduction', 'disappearance'],
    [
      'c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment, and Other Related Abuses',
      'torture',
    ],
    ['a. Torture and Cruel, Inhuman, or Degrading Treatment or Punishment', 'torture'],
    ['Prison and Detention Center Conditions', 'prison_conditions'],
    ['d. Arbitrary Arrest or Detention', 'arbitrary_arrest'],
    ['Arrest Procedures and Treatment of Detainees', 'arbitrary_arrest'],
    ['Prolonged Detention without Charges', 'arbitrary_arrest'],
    ['e. Denial of Fair Public Trial', 'fair_trial'],
    ['Political Prisoners and Detainees', 'political_prisoners'],
    ['POLITICAL PRISONERS AND DETAINEES', 'political_prisoners'],
    ['f. Transnational Repression', 'transnational_repression'],
    [
      'Politically Motivated Reprisal against Individuals Located Outside the Country',
      'transnational_repression',
    ],
    ['g. Conflict-related Abuses', 'conflict_abuses'],
    ['e. Protection of Refugees', 'refugees'],
    ['c. Protection to Refugees', 'refugees'],
    ['d. Freedom of Movement and the Right to Leave the Country', 'movement'],
    ['Section 3. Freedom to Participate in the Political Process', 'political_participation'],
    ['Section 4. Corruption in Government', 'corruption'],
    ['Section 6. Discrimination, Societal Abuses, and Trafficking in Persons', 'discrimination'],
    ['Trafficking in Persons', 'trafficking'],
    ['Section 7. Worker Rights', 'worker_rights'],
    ['a. Freedom of Association and the Right to Collective Bargaining', 'worker_rights'],
    ['EXECUTIVE SUMMARY', 'executive_summary'],
  ])('"%s" is %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  test('"Physical Attacks, Imprisonment, and Pressure" is not mistaken for prison conditions and inherits its parent', () => {
    expect(classifyHeading('Physical Attacks, Imprisonment, and Pressure')).toBeUndefined();
    expect(
      classifySectionPath([
        'Section 2. Liberty',
        'a. Freedom of the Press',
        'Physical Attacks, Imprisonment, and Pressure',
      ]),
    ).toBe('expression');
  });

  test('structural headings alone are other', () => {
    expect(classifySectionPath(['Section 1. Life'])).toBe('other');
    expect(classifySectionPath(['Section 1. Respect for the Integrity of the Person'])).toBe('other');
  });
});
