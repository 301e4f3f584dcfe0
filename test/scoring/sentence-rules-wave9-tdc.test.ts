import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: violence that inmates committed is a condition of detention, not torture', () => {
  it('when officials believed a detainee was beaten by inmates, torture is not asserted (violence between inmates)', () => {
    const s = signalOf(
      'Prison officials believed a young detainee was beaten unconscious by inmates of his block in August.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:between-inmates');
  });

  it('when two inmates allegedly raped another inmate, torture is not asserted (violence between inmates)', () => {
    const s = signalOf(
      'At Tovel jail two inmates allegedly raped another inmate during a night in May.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:between-inmates');
  });

  it('when a detainee was beaten by guards and inmates, torture is still asserted', () => {
    expect(
      isAsserted(
        'Relatives said a young detainee at Dorvan jail was beaten by guards and inmates of his block.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when two inmates were allegedly raped by a guard, torture is still asserted', () => {
    expect(
      isAsserted(
        'At Tovel jail two inmates were allegedly raped by a guard during a night in May.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when detainees lodged complaints of torture by interrogators, torture is still asserted', () => {
    expect(
      isAsserted(
        'During the year detainees in Tovel lodged 14 complaints of torture by interrogators.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('torture: "survivors of torture" names a class of people, not an act', () => {
  it('when a charity asked for funds to care for torture survivors, torture is not asserted', () => {
    const s = signalOf(
      'The Dorvan charity asked the ministry for steady funds to care for torture survivors and their families.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:torture-survivors');
  });

  it('when a new rule spared survivors of torture from a fee, torture is not asserted', () => {
    expect(
      isAsserted('The new rule spared survivors of torture from the application fee in Tovel.', 'torture'),
    ).toBe(false);
  });

  it('when survivors said police officers tortured them, torture is still asserted', () => {
    expect(
      isAsserted(
        'Three survivors told the Dorvan charity that police officers tortured them at a station in May.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('torture: the abuse as what a law bans or defines names an offence, not an act', () => {
  it('when a code lacks a clause specifically outlawing torture, torture is a legal norm', () => {
    const s = signalOf(
      'The Dorvan penal code covers assault in general but lacks a clause specifically outlawing torture.',
      'torture',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:law-object');
  });

  it('when a draft code lists the acts that constitute torture, torture is not asserted', () => {
    expect(
      isAsserted(
        'The draft code lists the acts that constitute torture and sets penalties for officials.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when a panel found that beatings constituted torture, torture is still asserted', () => {
    expect(
      isAsserted(
        'The panel found that the beatings of detainees at Dorvan station constituted torture.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('court events: disciplinary action is a sanction, like a dismissal', () => {
  it('when a ministry took disciplinary action against guards who beat a prisoner, torture is not asserted', () => {
    const s = signalOf(
      'In March the ministry took disciplinary action against three guards who beat a prisoner at Tovel jail.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:sanction');
  });

  it('when guards beat a prisoner in March and were disciplined later, torture is still asserted', () => {
    expect(
      isAsserted(
        'In March guards beat a prisoner at Tovel jail, and in May the ministry took disciplinary action against them.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('dates: an act told as following an arrest in an earlier year happened then', () => {
  it('when officers beat farmers for a week after their arrest in June 2019 (report year 2022), torture is historical', () => {
    const s = signalOf(
      'Relatives said officers at Dorvan station beat the two farmers for a week after their arrest in June 2019.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-year-after');
  });

  it('when officers beat farmers for a week after their arrest in June of the report year, torture is still asserted', () => {
    expect(
      isAsserted(
        'Relatives said officers at Dorvan station beat the two farmers for a week after their arrest in June.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('dates: "which took place in <earlier year>" after an act dates the act', () => {
  it('when a torture complaint is said to have taken place in 2014 (report year 2022), torture is historical', () => {
    const s = signalOf(
      'The Tovel bar association followed one torture complaint, which took place in 2014 but reached the association only in March.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-year-after');
  });

  it('when police beat students who had protested in 2019, torture is still asserted (the year dates the students)', () => {
    expect(
      isAsserted('Police at Dorvan station beat several students who had protested in 2019.', 'torture'),
    ).toBe(true);
  });
});

describe('refoulement: people "eligible for deportation" have not been returned', () => {
  it('when asylum seekers from countries eligible for deportation were kept in one wing, refoulement is hypothetical', () => {
    const s = signalOf(
      'Asylum seekers from countries eligible for deportation were kept in the same wing of the Tovel facility as other foreigners.',
      'refoulement',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:pending-return');
  });

  it('when border police deported asylum seekers to where they faced persecution, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'Border police deported asylum seekers from Tovel to Dorvan, where they faced persecution and torture.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('conditions: an abuse named only as the topic of missing data is not asserted', () => {
  it('when figures on deaths in prisons were not available, detention conditions are not asserted', () => {
    const s = signalOf(
      'Figures on the number of deaths in prisons of Tovel province were not available.',
      'detention_conditions',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('institutional:no-data');
  });

  it('when figures were not available but a monitor counted deaths from neglect, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'Figures on deaths in the Tovel prisons were not available, but the Dorvan monitor counted 14 deaths in prisons from neglect.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});
