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
