import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('a year that names the edition of a source', () => {
  it('when a sentence cites a yearbook "for" the year before, political prisoners held in camps are asserted', () => {
    expect(
      isAsserted(
        "According to the institute's annual paper for 2021, whole families were sent to political prison camps in the east.",
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the past year dates the detention itself, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'According to the institute, whole families were sent to political prison camps in the east in 2021.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('a missing count is not a missing abuse', () => {
  it('when a sentence says nobody could reliably count the political prisoners, they are asserted', () => {
    expect(
      isAsserted(
        'While no reliable estimate existed of how many political prisoners there were, monitors named 150 jailed members of outlawed parties.',
        'political_prisoners',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Although no information was available about the total of political detainees in custody, monitors named 150 of them.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a sentence says there were no political prisoners, they are not asserted', () => {
    expect(
      isAsserted(
        'There were no political prisoners, according to the estimate of local monitors.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('due-process and legal-limit wording needs a detention in the sentence', () => {
  it('when officials removed families from farmland without due process, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Local officials at times removed families from disputed farmland without due process, usually favouring the plantation owners.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when detainees were held without due process, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Local officials at times held villagers in the district jail without due process, usually for several weeks.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when factories exceeded legal limits on working hours, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Several textile factories exceeded the legal limits on mandatory night shifts.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police held suspects beyond the legal limit, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police in the capital frequently held suspects in custody beyond the legal limit of two days.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('detention past the dates the law sets', () => {
  it('when authorities held prisoners past their legal release dates, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Prison officials routinely kept convicts past their statutory release dates.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a sentence only says a permit ran past its legal date, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Several mining firms kept operating past their legal closing dates.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('political prisoners named as the cause others campaign for', () => {
  it('when singers were banned for speaking in support of political prisoners, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'State radio stopped playing songs by several folk singers who had spoken in support of political prisoners.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when rallies that called for freeing political prisoners were dispersed, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'Police scattered a few student rallies calling for the release of so-called political prisoners.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when a sentence says the government held political prisoners, they are asserted', () => {
    expect(
      isAsserted(
        'Monitors said the government held dozens of political prisoners in the northern colony.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('a government denial of holding political prisoners', () => {
  it('when the government denied holding any political prisoners, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'The ministry again denied holding any political prisoners and barred visits by foreign monitors.',
        'political_prisoners',
      ),
    ).toBe(false);
    expect(
      isAsserted(
        'Officials denied that there were political detainees in the country.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when the government denied political prisoners access to visits, political prisoners are asserted', () => {
    expect(
      isAsserted(
        'Prison authorities often denied political prisoners access to libraries and phone calls.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('no evidence of wrongdoing by the detainee', () => {
  it('when monitors found no evidence of wrongdoing and called the arrests arbitrary, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Two monitoring groups stated there had been no evidence of wrongdoing and that the detentions looked arbitrary.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when monitors found no evidence of arbitrary arrests, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Two monitoring groups said there was no evidence of arbitrary arrests in the region.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('arrests of people suspected of a violent crime', () => {
  it('when officers are arrested for torturing migrants or villagers over a murder, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In April, prosecutors arrested six members of the border police for torturing and robbing 20 migrants at a checkpoint.',
        'arbitrary_detention',
      ),
    ).toBe(false);
    expect(
      isAsserted(
        'Police arrested 14 members of a youth league in connection with the murder of a tax collector.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when an opposition member was detained over a fabricated murder case, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In June, police detained opposition member Tomas Ruel in connection with a fabricated murder case.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arrests of critics and for speech', () => {
  it('when police detained a single outspoken critic of the government, political prisoners are asserted', () => {
    expect(
      isAsserted(
        'In March police detained Anna Veld, a well-known government critic, at her office.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when people were arrested for speaking out against the president, political prisoners are asserted', () => {
    expect(
      isAsserted(
        'Several teachers were arrested for speaking out against the president.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a critic is only quoted about arrests of thieves, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'A government critic said police arrested three thieves at the market.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when activists were detained for reasons widely seen as politically motivated, political prisoners are asserted', () => {
    expect(
      isAsserted(
        'Authorities detained teachers, students and union leaders for reasons widely seen as politically motivated.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a sentence gives politically motivated reasons for a budget cut, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'The council cut the theatre budget for reasons widely seen as politically motivated.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('arrests made for bribes or out of corruption', () => {
  it('when police detained people to extort bribes, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Traffic police often detained street vendors to extort bribes for their release.',
        'arbitrary_detention',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'According to a legal aid group, corruption among officers drove some arrests.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when an officer was arrested for demanding bribes, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Investigators arrested a customs officer for demanding bribes from truck drivers.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when a mayor was arrested on corruption charges, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('Prosecutors arrested the port director on corruption charges.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('detainees kept uninformed of why they are held', () => {
  it('when police did not tell detainees of the charges against them, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Gendarmes frequently did not inform those they detained of the charges against them.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police informed detainees of the charges, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Gendarmes generally informed detainees of the charges against them.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when people were held and released with little or no explanation, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Residents of the border towns were held overnight and released with little or no explanation for their detention.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when an office rejected a request with little explanation, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The licensing office rejected most applications with little or no explanation.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('a sentence to a fine holds no one', () => {
  it('when a court fined an activist for joining a rally, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'A city court sentenced environmental activist Ola Brandt to a fine of 300 euros for taking part in an unapproved march.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when a court sentenced an activist to prison, political prisoners are asserted', () => {
    expect(
      isAsserted(
        'A city court sentenced environmental activist Ola Brandt to four years in prison for taking part in an unapproved march.',
        'political_prisoners',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'A district court fined the blogger and sentenced him to 42 months in prison.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});
