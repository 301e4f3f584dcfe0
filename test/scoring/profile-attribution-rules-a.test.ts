import { targets } from './group-targets';
import { attributeSentence } from '../../scoring/profile-scorer';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.
const criminalises = (sentence: string): boolean =>
  attributeSentence(sentence, { reportYear: 2023 }).targeted.some((t) => t.criminalises);

describe('a law against same-sex conduct that no longer stands does not criminalise the group', () => {
  test.each([
    [
      'struck down',
      'In April the Supreme Court struck down the old provisions that outlawed same-sex relations.',
    ],
    ['strikes down, present tense', 'The ruling strikes down the article that criminalized same-sex acts.'],
    ['repealed', 'In 2020 the assembly repealed the section of the code that punished homosexuality.'],
    [
      'declared unconstitutional',
      'The Constitutional Court declared unconstitutional the clauses that criminalized sodomy.',
    ],
    ['decriminalised', 'Consensual same-sex relations between adults were decriminalized in 2021.'],
    ['annulled', 'In June judges annulled the provision criminalizing consensual same-sex activity.'],
    ['invalidated', 'The high court invalidated the statute that outlawed buggery.'],
    ['overturned', 'Judges overturned the colonial law that criminalized same-sex intercourse.'],
    ['abolished', 'The statute criminalizing consensual same-sex conduct was abolished in March.'],
    [
      'removed from the penal code',
      'The clauses criminalizing same-sex conduct were removed from the penal code in 2019.',
    ],
    [
      'the repeal in another list item of the sentence',
      'The code criminalized same-sex acts between men; in August the top court declared the clause unconstitutional.',
    ],
  ])('%s', (_case, sentence) => {
    expect(criminalises(sentence)).toBe(false);
  });

  test.each([
    ['a law in force', 'The code punishes consensual same-sex conduct with up to eight years in prison.'],
    ['a law not repealed', 'The statute criminalizing same-sex relations was not repealed during the year.'],
    [
      'a parliament that did not repeal it',
      'Lawmakers did not repeal the clause that punishes homosexuality, which carries a prison term.',
    ],
  ])('but %s still criminalises it', (_case, sentence) => {
    expect(criminalises(sentence)).toBe(true);
    expect(targets(sentence)).toContain('lgbtqi');
  });
});

describe('a lack of medical care names people who need care', () => {
  test('when a sentence says detainees got too little medical care and died of infections, health_disability is targeted', () => {
    expect(
      targets(
        'Detainees in the Korvo facility received inadequate medical care, and two died of untreated infections.',
      ),
    ).toContain('health_disability');
  });

  test('a named group beside the listed conditions still counts', () => {
    expect(
      targets('Prisoners with disabilities lacked medical care and slept on floors without bedding.'),
    ).toContain('health_disability');
  });
});

describe('psychiatry used as punishment targets the person punished, not people with mental illness', () => {
  test.each([
    [
      'a punitive stay in a psychiatric ward',
      'Detained bloggers were beaten and subjected to punitive stays in psychiatric wards.',
    ],
    [
      'a psychiatric evaluation to pressure defendants',
      'Investigators detained suspects for psychiatric evaluations lasting weeks to exert pressure on them.',
    ],
  ])('%s does not target health_disability', (_case, sentence) => {
    expect(targets(sentence)).not.toContain('health_disability');
  });

  test.each([
    [
      'patients of a psychiatric hospital',
      'Staff at a psychiatric hospital in Delmar beat patients who refused medication.',
    ],
    ['psychiatric patients as punished', 'Orderlies punished psychiatric patients by beating them.'],
  ])('%s are still targeted', (_case, sentence) => {
    expect(targets(sentence)).toContain('health_disability');
  });
});

describe('a denial of care counts when words apart from it name the group', () => {
  test('when guards deny inmates with HIV their medication, health_disability is targeted', () => {
    expect(targets('Guards denied inmates with HIV their medicine for weeks.')).toContain(
      'health_disability',
    );
  });

  // "medicine", not "medication": "denied ... medication" is itself a name of the group (people denied medical
  // treatment need it), so the near miss needs a care word that only the harm knows.
  test('a denial of medicine with no group named does not target health_disability', () => {
    expect(targets('Guards denied inmates their medicine for weeks.')).not.toContain('health_disability');
  });
});

describe('people with autism, and people deported for their HIV status', () => {
  test('when police shoot a man with autism dead, health_disability is targeted', () => {
    expect(
      targets('Border police shot and killed a young man with autism who did not stop at a checkpoint.'),
    ).toContain('health_disability');
  });

  test('a school opened for children with autism targets no one', () => {
    expect(targets('The ministry opened a school for children with autism in Vell.')).not.toContain(
      'health_disability',
    );
  });

  test('when authorities deport workers found to be HIV positive, health_disability is targeted', () => {
    expect(
      targets('Authorities deported guest workers whose medical screening showed they were HIV positive.'),
    ).toContain('health_disability');
  });

  test('a fear of deportation does not target people with HIV', () => {
    expect(targets('Guest workers hid their HIV status for fear of deportation.')).not.toContain(
      'health_disability',
    );
  });
});

describe('women listed with men by a comma are a share of all victims', () => {
  test('when militiamen kill men, women, and children, women_girls is not targeted by the killing', () => {
    expect(
      targets('Militiamen killed scores of men, women, and children near the village of Tarn.'),
    ).not.toContain('women_girls');
  });

  test('when militiamen kill women, women_girls is targeted', () => {
    expect(targets('Militiamen killed scores of women near the village of Tarn.')).toContain('women_girls');
  });

  test('a gender-based harm still targets women listed with men', () => {
    expect(
      targets('Militiamen raped scores of men, women, and children near the village of Tarn.'),
    ).toContain('women_girls');
  });
});

describe('a group word followed by a name in commas and a reporting verb is the speaker', () => {
  test('when the wife, named in commas, states that guards beat her husband, women_girls is not targeted', () => {
    expect(targets("The activist's wife, Lena Varga, stated that guards beat him in custody.")).not.toContain(
      'women_girls',
    );
  });

  test('when guards beat the wife, named in commas, women_girls is targeted', () => {
    expect(targets("Guards beat the activist's wife, Lena Varga, outside the prison gate.")).toContain(
      'women_girls',
    );
  });
});

describe("a group's rights in the possessive name a cause, not the group's people", () => {
  test("when a women's rights defender is beaten, political_opponent is targeted, not women_girls", () => {
    const found = targets("Plainclothes officers beat a women's rights defender outside her office in Orsk.");
    expect(found).toContain('political_opponent');
    expect(found).not.toContain('women_girls');
  });

  test('when women are beaten, women_girls is targeted', () => {
    expect(targets('Plainclothes officers beat women outside the court in Orsk.')).toContain('women_girls');
  });
});

describe('a lack of accountability for violence asserts the violence', () => {
  test('when a summary lists a lack of accountability in cases of husbands raping their wives, women_girls is targeted', () => {
    expect(
      targets(
        'Key problems included: arbitrary arrests; and a lack of accountability in cases where husbands beat or raped their wives.',
      ),
    ).toContain('women_girls');
  });

  test('a lack of reports of such violence does not target women_girls', () => {
    expect(
      targets(
        'Key problems included: arbitrary arrests; and a lack of reports of husbands who beat or raped their wives.',
      ),
    ).not.toContain('women_girls');
  });
});

describe('SGBV and widowhood rites are harms aimed at women', () => {
  test('when soldiers commit SGBV against displaced people, women_girls is targeted', () => {
    expect(targets('Soldiers committed SGBV against displaced people in the camps near Orvo.')).toContain(
      'women_girls',
    );
  });

  test('a hotline for survivors of SGBV does not target women_girls', () => {
    expect(targets('The ministry ran a hotline for survivors of SGBV in Orvo.')).not.toContain('women_girls');
  });

  test('when widows undergo degrading widowhood rites, women_girls is targeted', () => {
    expect(
      targets(
        'In rural districts widows underwent degrading widowhood rites, including isolation and forced shaving of the head.',
      ),
    ).toContain('women_girls');
  });

  test('a law against widowhood rites does not target women_girls', () => {
    expect(targets('The law prohibits subjecting widows to harmful widowhood rites.')).not.toContain(
      'women_girls',
    );
  });
});

describe('criminalised LGBTI conduct and forced sterilisation of transgender people', () => {
  test('when a summary lists the criminalisation of LGBTI conduct, the group is criminalised', () => {
    expect(
      criminalises(
        'Key problems included: censorship; and the continued criminalization of LGBT conduct by the penal code.',
      ),
    ).toBe(true);
  });

  test('criminal attacks on LGBTI persons do not criminalise the group', () => {
    expect(
      criminalises(
        'Key problems included: censorship; and criminal attacks on LGBT persons by private citizens.',
      ),
    ).toBe(false);
  });

  test('when the state requires sterilisation of transgender people for legal recognition, lgbtqi is targeted', () => {
    expect(
      targets(
        'The ministry still required sterilization of transgender applicants before changing their documents.',
      ),
    ).toContain('lgbtqi');
  });

  test('no reports of involuntary sterilisation target no one', () => {
    expect(
      targets('There were no reports of involuntary sterilization of transgender persons by officials.'),
    ).not.toContain('lgbtqi');
  });
});

describe('the common harm of expulsion matches its noun', () => {
  test('when a university orders the expulsion of transgender students, lgbtqi is targeted', () => {
    expect(
      targets(
        'In March the university ordered the expulsion of two transgender students after police complaints.',
      ),
    ).toContain('lgbtqi');
  });

  test('a law against expelling transgender students targets no one', () => {
    expect(targets('The law prohibits the expulsion of transgender students.')).not.toContain('lgbtqi');
  });
});

describe('harm words match every inflection the reports use', () => {
  test.each([
    [
      'institutionalized',
      'Courts routinely institutionalized persons with mental disabilities without their consent.',
      'health_disability',
    ],
    [
      'interrogated',
      'Security officers interrogated returnees for hours at the airport.',
      'criminal_deportee',
    ],
  ] as const)('when people are %s, the group is targeted', (_word, sentence, profile) => {
    expect(targets(sentence)).toContain(profile);
  });

  test.each([
    ['state institutions', 'Persons with disabilities worked in state institutions.', 'health_disability'],
    ['help at the airport', 'Returnees received assistance at the airport.', 'criminal_deportee'],
  ] as const)('%s target no one', (_case, sentence, profile) => {
    expect(targets(sentence)).not.toContain(profile);
  });

  test.each([
    ['criminalises', 'The penal code criminalises consensual same-sex relations.'],
    ['an offense', 'Same-sex sexual relations are an offense under the penal code.'],
  ])('a law that makes same-sex relations %s criminalises the group', (_case, sentence) => {
    expect(criminalises(sentence)).toBe(true);
  });
});

describe('an illness caught from the conditions all inmates share does not single out people with a health need', () => {
  test('when inmates catch tuberculosis from overcrowding, health_disability is not targeted', () => {
    expect(
      targets(
        'Inmates in Dorsk prison contracted tuberculosis because of overcrowding and poor ventilation.',
      ),
    ).not.toContain('health_disability');
  });

  test('when guards beat inmates with tuberculosis, health_disability is targeted', () => {
    expect(targets('Guards beat inmates with tuberculosis who asked for treatment.')).toContain(
      'health_disability',
    );
  });
});

describe('a disciplinary code binds only its service, so it does not criminalise the group', () => {
  test('a police disciplinary code that calls homosexuality an offense does not criminalise the group', () => {
    expect(
      criminalises(
        'The police disciplinary code lists homosexuality as a grave offense for which officers may be dismissed.',
      ),
    ).toBe(false);
  });

  test('a penal code that calls homosexuality an offense criminalises the group', () => {
    expect(criminalises('The penal code lists homosexuality as a grave offense punishable by prison.')).toBe(
      true,
    );
  });
});
