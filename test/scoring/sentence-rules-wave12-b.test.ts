import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('political prisoners: those arrested over a crime against a journalist or activist are suspects', () => {
  it('when police arrest men accused of the murder of a journalist, political prisoners are not asserted', () => {
    const sentence =
      'In May, police in Varnek arrested four men accused of the murder of reporter Ilan Dospo.';
    expect(signalOf(sentence, 'political_prisoners')).toMatchObject({
      status: 'institutional',
      reason: 'out_of_scope:crime-suspects',
    });
  });

  it('when gendarmes detain two men for attacking an activist, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'Gendarmes detained two youths for attacking a local activist outside the market.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when the journalist is the one held for his reporting, political prisoners are still asserted', () => {
    expect(
      isAsserted(
        'Police detained a journalist for reporting on the murder of a shopkeeper in Varnek.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the crime is a second abuse listed beside the arrests ("arrests, and killings of activists"), it still counts', () => {
    expect(
      isAsserted(
        'Rights groups denounced mass arrests and beatings of activists by the police in Varnek.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('historical: a part of an earlier year dates the act as a month would', () => {
  it('when people disappeared "in the fall of" the year before the report year, disappearance is historical', () => {
    const sentence =
      'Several students disappeared during the riots in the fall of 2021 after soldiers surrounded the campus.';
    expect(signalOf(sentence, 'disappearance')).toMatchObject({
      status: 'historical',
      reason: 'historical:past-year-after',
    });
  });

  it('when soldiers beat prisoners "at the end of" an earlier year, torture is not asserted', () => {
    expect(isAsserted('Soldiers beat prisoners at the Varnek camp at the end of 2020.', 'torture')).toBe(
      false,
    );
  });

  it('when the part of the year is in the report year ("in the summer of 2022"), the killing still counts', () => {
    expect(isAsserted('Police killed three marchers in the summer of 2022 in Varnek.', 'killings')).toBe(
      true,
    );
  });
});

describe('detention conditions: crowding of something other than a cell', () => {
  it('when delays in trials come from overcrowded dockets, detention conditions are not asserted even if prisoners are named', () => {
    const sentence =
      'Trials of prisoners in Varnek were slowed by overcrowded dockets and a shortage of trained clerks.';
    expect(signalOf(sentence, 'detention_conditions')).toMatchObject({
      status: 'institutional',
      reason: 'out_of_scope:not-detention',
    });
  });

  it('when families near a detention camp live in overcrowded housing, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Families of guards at the Varnek camp lived in overcrowded housing on the edge of town.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when the crowded place is a cell ("overcrowded cells"), detention conditions are still asserted', () => {
    expect(
      isAsserted('Detainees in Varnek slept in overcrowded cells with no bedding.', 'detention_conditions'),
    ).toBe(true);
  });
});

describe('political prisoners: a verdict with a penalty that holds no one', () => {
  it('when a court convicts an opposition critic and fines her, political prisoners are not asserted', () => {
    const sentence =
      'In March a Varnek court convicted opposition critic Mira Telk and fined her $300 for a speech.';
    expect(signalOf(sentence, 'political_prisoners')).toMatchObject({
      status: 'historical',
      reason: 'court_event:non-custodial',
    });
  });

  it('when a journalist is sentenced to a restriction of liberty, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'A district court sentenced journalist Oren Pask to restriction of liberty for two years.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when an opposition leader gets a suspended prison sentence and a fine, political prisoners are not asserted', () => {
    const sentence =
      'In May, opposition leader Dano Vrel got a suspended term of one year in prison plus a fine over remarks about a mayor.';
    expect(isAsserted(sentence, 'political_prisoners')).toBe(false);
  });

  it('when the prison sentence and fine are not suspended, political prisoners are still asserted', () => {
    expect(
      isAsserted(
        'In May, the activist was sentenced to a one-year prison term and fined for insulting a mayor.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the convicted critic is also sent to prison, political prisoners are still asserted', () => {
    expect(
      isAsserted(
        'A Varnek court convicted the opposition spokesman, fined him, and sent him to prison for a year.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('refoulement: harm at work is not a danger awaiting those returned', () => {
  it('when employers subject migrant workers to abusive working conditions and summary deportation, refoulement is not asserted', () => {
    const sentence =
      'Some employers in Varnek subjected foreign laborers to abusive working conditions, unpaid wages, and summary deportation.';
    expect(signalOf(sentence, 'refoulement')).toMatchObject({
      status: 'institutional',
      reason: 'out_of_scope:no-danger',
    });
  });

  it('when those summarily deported faced abuse in the country they were sent to, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'Border guards carried out summary deportations of refugees who faced abuse in the country they had fled.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('refoulement: being liable to a return is no return made', () => {
  it('when refugees "were subject to deportation at any time", refoulement is hypothetical', () => {
    const sentence = 'Refugees and asylum seekers in Varnek were subject to deportation at any time.';
    expect(signalOf(sentence, 'refoulement')).toMatchObject({
      status: 'hypothetical',
      reason: 'hypothetical:liable',
    });
  });

  it('when refugees "were subjected to deportation" to a place where they faced persecution, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'Asylum seekers in Varnek were subjected to deportation to places where they faced persecution.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('refoulement: people processed for a deportation have not yet been returned', () => {
  it('when asylum seekers "were being processed for deportation", refoulement is hypothetical', () => {
    const sentence =
      'Guards beat a migrant in Varnek while a group of asylum seekers was being processed for deportation to Ostmark.';
    expect(signalOf(sentence, 'refoulement')).toMatchObject({
      status: 'hypothetical',
      reason: 'hypothetical:pending-return',
    });
  });

  it('when asylum seekers were deported to a place where they faced persecution, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'Authorities deported a group of asylum seekers to Ostmark, where they faced persecution.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('legal norm: an obligation not to do something names a duty, not an act', () => {
  it('when monitors stress the state "had an obligation not to return" people to torture, refoulement is a legal norm', () => {
    const sentence =
      'Monitors stressed that Varnek had an obligation not to return people to any state in which they could face torture.';
    expect(signalOf(sentence, 'refoulement')?.status).toBe('legal_norm');
  });

  it('when the sentence goes on to say asylum seekers were deported to persecution despite the duty, refoulement is asserted', () => {
    expect(
      isAsserted(
        'Despite its duty not to return refugees, the government deported 40 asylum seekers to places where they faced persecution.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('prevention: one word may qualify the harm a measure is meant to prevent', () => {
  it('when the ministry issues guidelines to prevent "shootout" deaths, killings are not asserted', () => {
    const sentence =
      'In June the interior ministry issued guidelines to prevent “shootout” deaths in police custody.';
    expect(signalOf(sentence, 'killings')).toMatchObject({
      status: 'hypothetical',
      reason: 'hypothetical:prevented',
    });
  });

  it('when the police failed to prevent further killings, killings are still asserted', () => {
    expect(
      isAsserted(
        'Police in Varnek failed to prevent further killings of herders by the militia.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('accountability: how seldom complaints are filed is no failure of justice', () => {
  it('when authorities investigated each mistreatment allegation "but such complaints were seldom filed", torture is not asserted', () => {
    const sentence =
      'Administration: Authorities in Varnek investigated each allegation of mistreatment, but such complaints were seldom filed.';
    expect(isAsserted(sentence, 'torture')).toBe(false);
  });

  it('when authorities investigated mistreatment by guards but rarely punished them, torture is still asserted', () => {
    expect(
      isAsserted(
        'Authorities in Varnek investigated allegations of mistreatment by guards, but rarely punished the guards responsible.',
        'torture',
      ),
    ).toBe(true);
  });
});
