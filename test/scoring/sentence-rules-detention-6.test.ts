import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('a breach of a legal limit is measured against the law, it does not state the law', () => {
  it('when detainees saw a judge well after the legally mandated limit, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'According to rights groups, in some instances detainees appeared before magistrates well after the legally mandated 36-hour limit.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the law says detainees must see a judge within the legally mandated limit, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The code says suspects must appear before a magistrate within the legally mandated 36-hour limit.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when people stayed in lockups far in excess of the mandated maximum, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Because the jails were full, suspects, including minors, often stayed in police lockups for periods far in excess of the mandated 12-hour maximum.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a regulation only sets the mandated maximum for lockups, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The regulation sets a mandated 12-hour maximum for holding suspects in police lockups.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('a warrant rule that police did not follow is an arrest without a warrant', () => {
  it('when the law requires warrants for arrests but police did not always comply, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In the provinces the code requires that an arrest for most offences be made with an arrest warrant resting on adequate proof, although officers did not always comply with the code.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the law only requires warrants for arrests, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In the provinces the code requires that an arrest for most offences be made with an arrest warrant resting on adequate proof.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('an arrest told in one series with violence against the same people is part of the abuse', () => {
  it('when soldiers detained and tortured a farmer, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Troops then reportedly detained and tortured a young herder, including by kicking him and withholding water, before letting him go two days later.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when migrants were detained, beaten, or robbed by officials, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'There were accounts of migrants caught near the border being detained, beaten, or robbed by officials.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police detained, fined, and threatened migrants with expulsion, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Aid groups said that police detained, fined, and threatened seasonal migrants and displaced persons with expulsion.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when soldiers detained a farmer and later let him go, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Troops then detained a young herder before letting him go two days later.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when workers were detained or threatened with no state agent named, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'A monitoring group found cases of farmhands on plantations being detained or threatened with violence, signs of debt bondage.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('an arrest named only as the start of a deadline is a procedural rule', () => {
  it('when accused persons have the right to hear the charges within 20 days of arrest, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Accused persons have the rights to a lawyer of their choice, to learn the accusations against them within 20 days of arrest, and to a prompt public hearing before an impartial court.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when accused persons were held without a lawyer for 20 days after an arrest, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police arrested the two organisers and held them for 20 days without a lawyer.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('being subject to arrest is a liability, not an arrest', () => {
  it('when herders found outside the zone without a pass were subject to arrest, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Officials usually issued travel passes for five days; herders found outside the grazing zone without a pass were subject to arrest.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when herders found outside the zone without a pass were subject to arbitrary arrest, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Herders found outside the grazing zone without a pass were subject to arbitrary arrest by border guards.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('years in pretrial detention are prolonged detention', () => {
  it('when a man stayed in pretrial detention for three years, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Okafor stayed in pretrial detention for three years and two months on a charge of insulting officials.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a man was placed in pretrial detention, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Prosecutors placed the accused trader in pretrial detention on a charge of fraud.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('holding people in an unknown place withholds them from the law', () => {
  it('when a deposed minister was arrested and held in an undisclosed location, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The deposed finance minister was arrested on March 3 and held in an undisclosed location.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a deposed minister was arrested and held in the capital prison, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The deposed finance minister was arrested on March 3 and held in the capital prison.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('an arrest that is the subject of what it caused is the cause, not the abuse reported', () => {
  it('when the arrest of a regional governor sparked weeks of protests, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The June 4 arrest of northern province governor Ilya Sorokin sparked nearly three months of daily protests in the province.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the arrest of an opposition leader triggered riots, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The April arrest of opposition leader Karim Diallo triggered a week of riots in which shops were looted.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('near miss: when the arrest of an opposition leader was arbitrary and sparked protests, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police arbitrarily arrested opposition leader Karim Diallo in April, which sparked a week of riots.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when police arrested an opposition leader after a rally, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'In April police arrested opposition leader Karim Diallo after he addressed a peaceful rally.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('"investigative" and "investigators" name a kind of journalism or a job, not an inquiry into the abuse', () => {
  it('when an investigative reporter was arrested for spreading false news, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'On May 9, Amani Kileo, an investigative reporter for a regional radio station, was arrested for "publishing false news" after her report on prison abuse aired.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when prosecutors opened an investigation into the unlawful arrest of a reporter, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'On May 9, prosecutors opened an investigation into the unlawful arrest of a radio reporter by traffic police.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('"held for" a length of time says how long, not for what crime', () => {
  it('when people were detained at a camp for days and beaten, torture is asserted', () => {
    expect(
      isAsserted(
        'Villagers said soldiers detained them at a roadside camp for several days, beat them, and then left them by the road.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: when police arrested two men for the beating of a shopkeeper, torture is not asserted', () => {
    expect(
      isAsserted('In June police arrested two men for the beating of a shopkeeper in the market.', 'torture'),
    ).toBe(false);
  });
});

describe('a parenthetical adverb set off by commas does not cut a modal off from its verb', () => {
  it('when the authorities can, however, detain a person for months with a court order, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Border officials can, however, detain the applicant for up to a maximum of nine months in special circumstances, such as a threat to public order, with approval from a judge.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when the authorities, however, detained applicants without approval from a judge, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Border officials, however, detained several applicants for nine months without approval from a judge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('only the length or legality of pretrial detention makes it arbitrary', () => {
  it('when relatives say visits to persons in pretrial detention were restricted, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Relatives of inmates said that jail staff at times limited family visits, notably to persons in pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when an NGO follows political detainees most of whom are in pretrial detention, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'A legal aid group kept a register of political detainees, the majority of them held in pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when dozens of persons remained in pretrial detention without a hearing, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Because the courts sat rarely, scores of defendants remained in pretrial detention without a hearing.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('"powers of arrest" names an authority, not an arrest', () => {
  it('when a review asks officials to follow proper procedure when using their powers of arrest, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Its findings included the need for county governors to follow proper procedure when using their powers of arrest, and the need for police to look into threats against opposition politicians and journalists.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when officials arbitrarily arrested traders, abusing their powers of arrest, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'County governors arbitrarily arrested dozens of market traders, abusing their powers of arrest.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('exceeding "this" limit refers back to a legal limit the sentence named', () => {
  it('when rules say migrants may not be detained beyond two months but officials exceeded this limit, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Ministry rules require that officials not detain rejected applicants longer than two months, but they exceeded this limit in a number of cases.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when rules only say migrants may not be detained beyond two months, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Ministry rules require that officials not detain rejected applicants longer than two months.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('circumventing a custody limit counted in hours is detention beyond it', () => {
  it('when police used holding orders to get around the 72-hour limit, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police frequently relied on provisional holding orders to bypass the 72-hour limit on custody.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when the law sets a 72-hour limit on custody, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The code sets a 72-hour limit on police custody before a court hearing.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('a court backlog that keeps people in custody is prolonged detention', () => {
  it('when detainees were not given prompt trials because of a judicial backlog, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Even so, detainees were not given prompt hearings because of a judicial backlog that caused long waits before cases reached court.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('near miss: when a court backlog delays land disputes, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'A court backlog delayed the hearing of land and inheritance disputes.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
