import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('detention conditions: plain words for overcrowding, light, water and medical care', () => {
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

  it('when a sentence says office workers had little natural light, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Office workers at the Harlow ministry had little natural light in their rooms.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('political prisoners: detention used to silence dissent, and critics taken into custody', () => {
  it('when a sentence says detention was used to stifle dissent, political prisoners are asserted', () => {
    expect(
      statusOf(
        'According to a monitoring group, detention without trial was often used to stifle dissent in the highlands.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a new tax law was used to stifle dissent, political prisoners are not asserted', () => {
    expect(
      statusOf(
        'According to a monitoring group, a new tax law was often used to stifle dissent in the highlands.',
        'political_prisoners',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says officers took two dissident bloggers into custody, political prisoners are asserted', () => {
    expect(
      statusOf(
        'On June 4, officers in Tarnow took into custody two dissident bloggers outside their homes.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says officers took two burglary suspects into custody, political prisoners are not asserted', () => {
    expect(
      statusOf(
        'On June 4, officers in Tarnow took into custody two burglary suspects outside their homes.',
        'political_prisoners',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: neglect in custody and violence by fellow inmates', () => {
  it('when a sentence says detainees died through neglect in police cells, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Observers recorded several detainees who died through neglect in police cells in Brava.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says elderly residents suffered neglect in care homes, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Observers recorded many elderly residents who suffered neglect in care homes in Brava.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says a young inmate was attacked by fellow prisoners, detention conditions are asserted', () => {
    expect(
      statusOf(
        'In August a young inmate in Rovena was attacked by fellow prisoners in the exercise yard.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a young shopkeeper was attacked by fellow traders, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'In August a young shopkeeper in Rovena was attacked by fellow traders in the market.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: punishment cells, decaying buildings, children among adults', () => {
  it('when a sentence says a prisoner spent weeks in a punishment cell, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Lawyers said the activist spent 40 days in a punishment cell in Colony No. 9.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a prisoner spent weeks in a hospital ward, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Lawyers said the activist spent 40 days in a hospital ward after his release.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says the pretrial detention centres were dilapidated, detention conditions are asserted', () => {
    expect(
      statusOf('Most pretrial detention centres in the south were dilapidated.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says the rural schools were dilapidated, detention conditions are not asserted', () => {
    expect(statusOf('Most rural schools in the south were dilapidated.', 'detention_conditions')).not.toBe(
      'asserted',
    );
  });

  it('when a sentence says juveniles were kept in adult prisons, detention conditions are asserted', () => {
    expect(
      statusOf('In Sorrel district, some juveniles were kept in adult prisons.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says juveniles were kept in youth prisons, detention conditions are not asserted', () => {
    expect(
      statusOf('In Sorrel district, some juveniles were kept in youth prisons.', 'detention_conditions'),
    ).not.toBe('asserted');
  });
});

describe('political prisoners: detention on fabricated charges', () => {
  it('when a sentence says an editor was jailed on fabricated fraud charges, political prisoners are asserted', () => {
    expect(
      statusOf(
        'In April the editor of a Lindor weekly was jailed on fabricated fraud charges.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says inmates were charged with making false accusations against guards, political prisoners are not asserted', () => {
    expect(
      statusOf(
        'Two inmates who alleged abuse in Lindor were charged with making false accusations against guards.',
        'political_prisoners',
      ),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: waste left in cells', () => {
  it('when a sentence says sewage flooded the cells of a remand centre, detention conditions are asserted', () => {
    expect(
      statusOf(
        'A visiting delegation found that sewage regularly flooded the cells of the Perrin remand centre.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says sewage flooded the streets of a suburb, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'A visiting delegation found that sewage regularly flooded the streets of the Perrin suburb.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });
});

describe('definitions: a body defining a term based on a criterion asserts nothing', () => {
  it('when a sentence says an NGO defined political detainees based on motive, political prisoners are not asserted', () => {
    expect(
      statusOf(
        'The monitoring group Civic Watch defined political detainees based on motive and left out persons charged with violent crimes.',
        'political_prisoners',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says an NGO counted political detainees, political prisoners are asserted', () => {
    expect(
      statusOf(
        'The monitoring group Civic Watch counted 45 political detainees and left out persons charged with violent crimes.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });
});
