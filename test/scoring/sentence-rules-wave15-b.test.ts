import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('political prisoners: charges that observers, named at some length, call politically motivated', () => {
  it('when the prosecutor brought charges that rights monitors widely called politically motivated, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'In May the prosecutor brought criminal charges widely described by local rights monitors as politically motivated against the Tovel editor Anna Kress.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when charges stand far from a campaign the press called politically motivated, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Prosecutors filed fraud charges against the mayor of Kelvo in May, after a long campaign by his rivals in the council that the press called politically motivated.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: a law on arrests followed by "but such arrests occurred"', () => {
  it('when the law prohibited night arrests but such arrests occurred, arbitrary detention is asserted', () => {
    const s = signalOf(
      'The law prohibited the arrest of persons at home after dark, but arrests at those hours occurred.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('departure:practice-continued');
  });

  it('when the law prohibited night arrests and the sentence says nothing of practice, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The law prohibited the arrest of persons at home after dark, except with a warrant from a judge.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: an arrest for publishing or writing is not ordinary policing', () => {
  it('when police arrested an editor for publishing an interview, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police arrested Jon Varek, editor of the Kelvo Herald, in March for publishing an interview with a rebel spokesman.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrested a woman for writing about land deals, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In June police arrested Mira Tosk for writing about land deals in the Kelvo valley.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrested a man for stealing a car, arbitrary detention is still not asserted', () => {
    expect(
      isAsserted('In June police arrested a man in Kelvo for stealing a car.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('political prisoners: a law cited as the charge someone faces is no norm', () => {
  it('when journalists were facing charges under a section of the criminal code that carries penalties, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'According to a press freedom group, at least 12 journalists were facing charges under the amended Section 40 of the penal code, which carries penalties for spreading false news.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the code only sets penalties that journalists would face, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Under the amended Section 40 of the penal code, journalists who spread false news face penalties of up to five years.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when an amendment says killers of partners are to be charged with murder under its terms, killings is still not asserted', () => {
    expect(
      isAsserted(
        'Under the amendment, men who kill their partners face a charge of murder under aggravated circumstances, punished by life imprisonment.',
        'killings',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: people rounded up', () => {
  it('when authorities rounded up and returned those who left a camp, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Authorities now and then rounded up and returned to the Kelvo camp the refugees who left it.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the law only allows the police to round up vagrants, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The law allows the police to round up vagrants found in the capital at night.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: "preventive detention" is not any detention someone seeks to prevent', () => {
  it('when paralegals worked to prevent detention past the sentence, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The Kelvo prison hired paralegals to follow inmates’ files and prevent detention past the end of their sentences.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when a critic was held in preventive detention, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In May a court placed the Tovel activist Jon Varek in preventive detention.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('political prisoners: protesters, activists or journalists released from custody had been held', () => {
  it('when police released all the protesters within days of their arrest, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'According to a Kelvo rights group, police released all the protesters within three days.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the government released 300 protesters from detention, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'In November the government announced it had released 300 protesters from detention since October.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when an NGO released a report on journalists, political prisoners is not asserted', () => {
    const s = signalOf(
      'In May the Kelvo Press Union released a report on journalists and the threats they faced.',
      'political_prisoners',
    );
    expect(s?.status).not.toBe('asserted');
  });

  it('when the ministry released data on activists, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'In March the ministry released figures on activists registered with civic groups.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: an arrest told in one series with a forced disappearance', () => {
  it('when security forces arrested and forcibly disappeared three men, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In May, a rights group reported that security forces arrested and forcibly disappeared three men from the Kelvo camp.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrested two men and charged them with theft, arbitrary detention is still not asserted', () => {
    expect(
      isAsserted(
        'In May police arrested two men in Kelvo and charged them with theft.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
