import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('detention conditions: plain words for overcrowding, shortages, light and medical care', () => {
  it('when a sentence says the central prison suffered chronic overpopulation, detention conditions are asserted', () => {
    expect(
      statusOf('The central prison of Marlow suffered from chronic overpopulation.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says the capital suffered chronic overpopulation, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'The capital suffered from chronic overpopulation and a lack of housing.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says detainees faced shortages of food and blankets, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Detainees in the eastern lockups faced shortages of food and blankets.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says villagers faced shortages of food, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Villagers in the eastern hills faced shortages of food and blankets.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says inmates had little natural light in their cells, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Inmates at the Harlow facility had little natural light in their cells.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says inmates were served contaminated water, detention conditions are asserted', () => {
    expect(
      statusOf('Inmates in Kessel were regularly served contaminated water.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says a town was served contaminated water, detention conditions are not asserted', () => {
    expect(
      statusOf('Residents of Kessel were regularly served contaminated water.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says prisoners often did not receive prescribed medicine, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Prisoners in the northern jails often did not receive prescribed medicine, a monitoring group said.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says rural patients often did not receive prescribed medicine, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Patients in the northern villages often did not receive prescribed medicine, a monitoring group said.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says jail congestion remained the main problem, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Auditors found that jail congestion remained the main problem of the justice system.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says road congestion remained the main problem, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Auditors found that road congestion remained the main problem of the capital.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says detainees reported water shortages, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Detainees at the Orlin camp for suspects reported water shortages in summer.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says office workers had little natural light, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Office workers at the Harlow ministry had little natural light in their rooms.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});
