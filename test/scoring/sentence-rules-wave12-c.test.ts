import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('arbitrary detention: a politician held for graft, or among people accused of a crime, is a crime suspect', () => {
  it('when police arrested a party deputy for embezzlement, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'In June police in Tovel arrested the mayor of Kestrel, a deputy of the Green Dawn party, for embezzlement.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:crime-suspects');
  });

  it('when gendarmes arrested a party leader and nine others accused of arson, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Gendarmes in Dorvan arrested a party leader, Ulla Brem, and nine other persons accused of arson after the vote.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when a party deputy was arrested for a speech, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In June police in Tovel arrested a deputy of the Green Dawn party for a speech at a rally.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when an opposition leader was arrested for fraud that his party called politically motivated, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Tovel arrested opposition leader Ivo Mardt for fraud, a charge his party called politically motivated.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when an activist was arrested after saying that a man accused of rape went free, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In May police arrested the activist Ilsa Varn after she posted that a man accused of rape had gone free.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('political prisoners: a suspended prison term holds no one', () => {
  it('when an activist received a suspended prison sentence for insulting a minister, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'In April a court in Tovel gave the activist Marek Olin a suspended prison sentence of one year for insulting a minister.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when a blogger was sentenced to a term that was suspended, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The blogger Ada Renn was sentenced for criticizing the governor, but her sentence was suspended for two years.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when an activist was arrested and later given a suspended sentence, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'Police arrested the activist Marek Olin in March, and in April a court sentenced him to a suspended term for insulting a minister.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when an activist was sentenced to a year in prison for insulting a minister, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'In April a court in Tovel sentenced the activist Marek Olin to one year in prison for insulting a minister.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('killings: charges for a role in killings reach past a long list of the charged', () => {
  it('when a tribunal charged a colonel, a former chief and six other soldiers for their role in killings, killings is not asserted', () => {
    const s = signalOf(
      'In May the special tribunal brought charges against a retired colonel, a former head of the border guard, and six other soldiers for crimes against humanity for their role in 40 extrajudicial killings.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:charge');
  });

  it('when rights groups said soldiers had a role in killings during the year, killings is still asserted', () => {
    expect(
      isAsserted(
        'Rights groups in Tovel said soldiers of the border guard had a role in 40 extrajudicial killings during the year.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when a clause after the charges says other soldiers killed farmers, killings is still asserted', () => {
    expect(
      isAsserted(
        'The prosecutor filed charges against the guards, and six other soldiers killed two farmers near Tovel in June.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('torture: an act coordinated with a dated killing shares its date', () => {
  it('when guards were blamed for asphyxiating and killing a prisoner in an earlier year, torture is not asserted', () => {
    const s = signalOf(
      'In March the minister accepted the resignation of two guards blamed for asphyxiating and killing the prisoner Tomas Verel in his cell in June 2020.',
      'torture',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:past-year-after');
  });

  it('when guards were blamed for asphyxiating and killing a prisoner in the report year, torture is still asserted', () => {
    expect(
      isAsserted(
        'In March the minister accepted the resignation of two guards blamed for asphyxiating and killing the prisoner Tomas Verel in his cell in June 2022.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: detention the rules permit "if" or "when" a condition holds is a legal norm', () => {
  it('when administrative detention of up to 30 days was permitted if a judge found a risk of flight, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'In Tovel, administrative detention of up to 30 days was permitted if a judge found that the suspect might leave the district.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:permitted');
  });

  it('when police held protesters in administrative detention past the limit the code set, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Tovel held protesters in administrative detention for 40 days, although the code set a limit of 30 days.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when guards beat detainees and visits were permitted when guards agreed, torture is still asserted', () => {
    expect(
      isAsserted(
        'Guards in Tovel beat detainees, and family visits were permitted when guards agreed.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('killings: soldiers admitting their role in killings is an accountability event', () => {
  it('when former soldiers admitted their involvement in extrajudicial killings at hearings, killings is not asserted', () => {
    const s = signalOf(
      'In April six former soldiers of the Dorvan brigade admitted their involvement in extrajudicial killings at public hearings in Kestrel.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:admission');
  });

  it('when two soldiers admitted their role in killing protesters in May of the report year, killings is still asserted', () => {
    expect(
      isAsserted(
        'Two soldiers of the Dorvan brigade admitted their role in the killing of three protesters in Kestrel in May.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('disappearance: prison staff held hostage by rioting inmates are victims of a riot', () => {
  it('when rioting inmates held six guards hostage in the jail, disappearance is not asserted', () => {
    const s = signalOf(
      'Rioting inmates held six guards hostage for two days in the Tovel jail.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:prison-riot');
  });

  it('when insurgents stormed a jail and took guards hostage, disappearance is still asserted', () => {
    expect(isAsserted('Insurgents stormed the Tovel jail and took hostage 22 guards.', 'disappearance')).toBe(
      true,
    );
  });

  it('when prison guards held the relatives of inmates hostage, disappearance is still asserted', () => {
    expect(
      isAsserted("Prison guards in Tovel held inmates' relatives hostage for weeks.", 'disappearance'),
    ).toBe(true);
  });
});
