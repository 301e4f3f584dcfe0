import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('people sent back home against their will are returnees', () => {
  test.each([
    [
      'a forced repatriation',
      'Officials arbitrarily detained dozens of seasonal workers following their forced repatriation in March.',
    ],
    [
      'an involuntary return',
      'NGOs reported that police tortured several traders returned involuntarily from neighbouring states.',
    ],
    [
      'being repatriated',
      'Rights groups documented that former labourers were tortured by border police once repatriated.',
    ],
  ])('when a sentence tells of abuse after %s, criminal_deportee is targeted', (_case, sentence) => {
    expect(targets(sentence)).toContain('criminal_deportee');
  });

  test('when a sentence mentions a forced repatriation but no abuse, criminal_deportee is not targeted', () => {
    expect(
      targets('The ministry organised the forced repatriation of 300 students from the island in May.'),
    ).not.toContain('criminal_deportee');
  });

  test('when a sentence tells of abuse after a voluntary return, criminal_deportee is not targeted by these words', () => {
    expect(
      targets(
        'NGOs reported that police tortured several students after their voluntary repatriation from abroad.',
      ),
    ).not.toContain('criminal_deportee');
  });
});

describe('a shortage of medical staff, supplies or services describes the health system, not people denied care', () => {
  test.each([
    ['medical supplies', 'Conditions in the Varna jail were harsh, and the clinic lacked medical supplies.'],
    [
      'medical personnel',
      'Conditions in the Varna jail were harsh, with an insufficient number of medical personnel.',
    ],
  ])('when a prison is said to lack %s, health_disability is not targeted', (_case, sentence) => {
    expect(targets(sentence)).not.toContain('health_disability');
  });

  test('when a sentence says detainees lacked medical care, health_disability is still targeted', () => {
    expect(targets('Conditions in the Varna jail were harsh, and inmates lacked medical care.')).toContain(
      'health_disability',
    );
  });
});

describe('a plan, programme, campaign or training about an abuse does not assert the abuse', () => {
  test.each([
    [
      'an awareness campaign',
      'The ministry ran an awareness campaign on domestic violence in rural districts.',
    ],
    ['a programme for victims', 'The ministry ran a program for girls who were victims of forced marriage.'],
  ])('when a sentence tells of %s, women_girls is not targeted', (_case, sentence) => {
    expect(targets(sentence)).not.toContain('women_girls');
  });

  test('when a sentence says domestic violence was widespread, women_girls is targeted', () => {
    expect(
      targets(
        'Domestic violence was widespread in rural districts, and police rarely investigated complaints.',
      ),
    ).toContain('women_girls');
  });

  test('when the campaign sits in another list item than the abuse, women_girls is still targeted', () => {
    expect(
      targets(
        'Domestic violence against women remained widespread; the ministry ran an awareness campaign in May.',
      ),
    ).toContain('women_girls');
  });
});

describe('an untreated illness or injury names a person who needs care', () => {
  test('when inmates are said to have died from untreated illnesses, health_disability is targeted', () => {
    expect(
      targets(
        'Rights groups reported that 12 inmates in the Korvo prison died from untreated illnesses during the year.',
      ),
    ).toContain('health_disability');
  });

  test('when only something other than a person is untreated (water), health_disability is not targeted', () => {
    expect(
      targets('Conditions in the Korvo prison were harsh, and inmates drank untreated water.'),
    ).not.toContain('health_disability');
  });
});

describe('poor conditions in institutions for people with disabilities are abuse in institutions', () => {
  test.each([
    [
      'homes for persons with disabilities',
      'State-run homes for persons with mental disabilities were in poor condition, the ombudsman said.',
    ],
    [
      'psychiatric hospitals',
      'Deplorable conditions persisted in several psychiatric hospitals in the north.',
    ],
  ])('when %s are said to be in poor condition, health_disability is targeted', (_case, sentence) => {
    expect(targets(sentence)).toContain('health_disability');
  });

  test('when people with disabilities are said to live in poor conditions outside any institution, health_disability is not targeted', () => {
    expect(
      targets('Many persons with disabilities in Dalvik lived in poor conditions in rural areas.'),
    ).not.toContain('health_disability');
  });
});
