import { isAsserted } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: officials who use force or violence against people assert it', () => {
  it('when Tovel police met a sit-in by using force against the marchers, torture is asserted', () => {
    expect(
      isAsserted('Tovel police met the students’ sit-in by using force against the marchers.', 'torture'),
    ).toBe(true);
  });

  it('when border guards used violence against held migrants while removing them, torture is asserted', () => {
    expect(
      isAsserted(
        'Monitors said Dorvan border guards used violence against held migrants while removing them in March.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the law allows police to use force against armed suspects, torture is not asserted', () => {
    expect(isAsserted('The law allows Tovel police to use force against armed suspects.', 'torture')).toBe(
      false,
    );
  });

  it('when neighbours used violence against a family, torture is not asserted', () => {
    expect(isAsserted('Neighbours in Dorvan used violence against the Kestrel family.', 'torture')).toBe(
      false,
    );
  });
});

describe('detention conditions: a jail holding more than its stated capacity, or called congested, asserts overcrowding', () => {
  it('when a jail held 900 inmates in blocks with an official capacity of 300, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'As of May the Kestrel jail held 900 inmates in blocks with an official capacity of 300.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a new prison is only said to have a capacity of 500, detention conditions are not asserted', () => {
    expect(isAsserted('The new Kestrel prison has a capacity of 500.', 'detention_conditions')).toBe(false);
  });

  it('when Tovel jails are called among the most congested in the region, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'The two Tovel facilities were among the most congested jails in the region.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when only the roads near a jail were congested, detention conditions are not asserted', () => {
    expect(isAsserted('The roads near the Tovel jail were congested at night.', 'detention_conditions')).toBe(
      false,
    );
  });
});

describe('detention conditions: prison conditions said to worsen or to raise concerns are asserted', () => {
  it('when monitors said conditions in Tovel detention centers worsened over the year, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Monitors said conditions in Tovel detention centers worsened over the year.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when conditions in Tovel detention centers improved, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Monitors said conditions in Tovel detention centers improved over the year.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when some reports described jail conditions that raised human rights concerns, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Some reports described Dorvan jail conditions that raised serious human rights concerns.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when there were no reports of jail conditions that raised concerns, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'There were no reports of Dorvan jail conditions that raised serious human rights concerns.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('refoulement: a return to a country where the person faced danger is asserted, however long the name between', () => {
  it('when the authorities returned a named Dorvan national to his native country, where he faced torture, refoulement is asserted', () => {
    expect(
      isAsserted(
        'In May the authorities returned Ilan Vorek, a 31-year-old national of Dorvan, to his native country, where he reportedly faced torture.',
        'refoulement',
      ),
    ).toBe(true);
  });

  it('when the law bars returning a person to a country where he would face torture, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'The Tovel law prohibits returning a person to a country where he would face torture.',
        'refoulement',
      ),
    ).toBe(false);
  });

  it('when police returned a stolen car to its owner in the country where it was bought, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'Tovel police returned the stolen car to its owner in the country where it was bought.',
        'refoulement',
      ),
    ).toBe(false);
  });
});

describe('disappearance: people the authorities arrest or hold secretly are disappeared', () => {
  it('when there were reports Tovel officers held detainees secretly, disappearance is asserted', () => {
    expect(
      isAsserted(
        'There were reports that Tovel officers held several detainees secretly for weeks.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when Dorvan agents secretly detained two students, disappearance is asserted', () => {
    expect(isAsserted('In June Dorvan agents secretly detained two students.', 'disappearance')).toBe(true);
  });

  it('when the law forbids holding detainees secretly, disappearance is not asserted', () => {
    expect(isAsserted('The Tovel law forbids holding detainees secretly.', 'disappearance')).toBe(false);
  });

  it('when Dorvan police secretly recorded a meeting, disappearance is not asserted', () => {
    expect(isAsserted('In June Dorvan police secretly recorded a union meeting.', 'disappearance')).toBe(
      false,
    );
  });
});

describe('disappearance: authorities who do not tell families where detainees are withhold their whereabouts', () => {
  it('when Tovel officials did not tell relatives of their whereabouts after arrests, disappearance is asserted', () => {
    expect(
      isAsserted(
        'Lawyers said Tovel officials arrested the organisers and did not tell relatives of their whereabouts for a week.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when Tovel officials told relatives of their whereabouts the same day, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'Lawyers said Tovel officials told relatives of their whereabouts on the day of the arrests.',
        'disappearance',
      ),
    ).toBe(false);
  });
});

describe('killings: detainees who died without medical care died of neglect in custody', () => {
  it('when two Tovel inmates died without receiving the medical care they needed, killings are asserted', () => {
    expect(
      isAsserted(
        'Monitors said two Tovel inmates with diabetes died without receiving the medical care they needed.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when two Tovel inmates died after receiving medical care in a hospital, killings are not asserted', () => {
    expect(
      isAsserted(
        'Monitors said two Tovel inmates with diabetes died after weeks of medical care in a hospital.',
        'killings',
      ),
    ).toBe(false);
  });
});

describe('status: a past period named after "than" is the baseline of a comparison, not the date of the act', () => {
  it('when Tovel police used the decree less often than in earlier years to detain students, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Tovel police still relied on the decree but invoked it less often than in earlier years to detain students without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when Tovel police detained students without charge in earlier years, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('In earlier years Tovel police detained students without charge.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('status: what an attempt was made through or by was done, even if its aim failed', () => {
  it('when Dorvan authorities tried to silence a union through steps including administrative detention of its leaders, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Dorvan authorities attempted to silence the union through several steps, including holding its leaders in administrative detention.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when Dorvan authorities only attempted to place the union leaders in administrative detention, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Dorvan authorities attempted to place the union leaders in administrative detention.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
