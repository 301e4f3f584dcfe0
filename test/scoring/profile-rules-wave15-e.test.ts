import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('a lack of medical care listed with the conditions every inmate shares names no one who needs care', () => {
  test('when prison conditions were harsh from overcrowding, poor sanitation and inadequate medical care, no person with a health need is targeted', () => {
    expect(
      targets(
        'Conditions in Tarro prisons were harsh and at times life threatening because of overcrowding, poor sanitation and inadequate medical care.',
      ),
    ).not.toContain('health_disability');
  });

  test('when inspectors found little food, bad ventilation and limited access to health care in jails, no person with a health need is targeted', () => {
    expect(
      targets(
        'Inspectors in Velmora found insufficient food, bad ventilation and limited access to health care in most jails.',
      ),
    ).not.toContain('health_disability');
  });

  test('near miss: when prisoners with disabilities lacked medical care and food, people with a health need are targeted', () => {
    expect(
      targets('In Tarro prisons, inmates with disabilities lacked medical care and adequate food.'),
    ).toContain('health_disability');
  });

  test('near miss: when inmates in the jail lacked medical care, people with a health need are targeted', () => {
    expect(targets('Conditions in the Velmora jail were harsh, and inmates lacked medical care.')).toContain(
      'health_disability',
    );
  });
});

describe('a government that does not recognise a status states its asylum system, not a denial to someone', () => {
  test('when the government does not recognise a group that arrived after a given year as refugees, no migrant is targeted', () => {
    expect(
      targets(
        'The government does not recognize Velmani families who crossed the river after 2004 as refugees.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('when the government does not recognise a legal status of asylum, no migrant is targeted', () => {
    expect(
      targets(
        'The government of Tarro does not recognize any legal status of asylum and treats every applicant alike.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when officials refused to recognise the newcomers as refugees, migrants and asylum seekers are targeted', () => {
    expect(
      targets('In May officials refused to recognize the newcomers from the Tarro valley as refugees.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when the government rarely granted refugee status, migrants and asylum seekers are targeted', () => {
    expect(targets('The government of Tarro rarely granted refugee status to applicants.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('a refugee word before "camp" names the place, not the people harmed there', () => {
  test('when soldiers sealed the home of a suspect’s family in a refugee camp, no migrant is targeted', () => {
    expect(
      targets(
        'In May soldiers sealed the home of the family of a suspect in the Kessa refugee camp, accusing him of an attack on a guard.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('when displaced villagers were forcibly returned from a refugee camp to their town, no migrant is targeted', () => {
    expect(
      targets(
        'In June hundreds of displaced villagers were forcibly returned from a refugee camp in the north to their town in Dorvan.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when guards beat refugees in the camp, migrants and asylum seekers are targeted', () => {
    expect(targets('In May guards beat dozens of refugees in the Kessa camp.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('health care listed with schooling, jobs or housing is a social service denied to a community', () => {
  test('when a town restricted a minority’s access to education, health care and jobs, no person with a health need is targeted', () => {
    expect(
      targets(
        'Local policies in Tarro led to the mistreatment of Velmani families, restricting access to education, health care, and jobs.',
      ),
    ).not.toContain('health_disability');
  });

  test('near miss: when detainees in a jail had limited access to health care, people with a health need are targeted', () => {
    expect(targets('Detainees in the Kessa jail had limited access to health care all year.')).toContain(
      'health_disability',
    );
  });
});

describe('an arrest made only if people commit crimes is the ordinary arrest of suspects', () => {
  test('when police arrested asylum seekers only if they committed crimes, no migrant is targeted', () => {
    expect(
      targets(
        'Police in Tarro did not arrest rejected asylum seekers for overstaying yet did arrest them if they committed crimes.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when police arrested asylum seekers for overstaying, migrants and asylum seekers are targeted', () => {
    expect(
      targets(
        'In May police in Tarro arrested dozens of rejected asylum seekers for overstaying their permits.',
      ),
    ).toContain('migrant_asylum_seeker');
  });
});
