import { targets } from './group-targets';
import { attributeSentence } from '../../scoring/profile-scorer';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('women and girls: a category alone is not gender-based violence', () => {
  test('when officers torture a woman to make her confess to a theft, women_girls is not targeted', () => {
    expect(
      targets(
        'Officers tortured a woman with electric cables in July to make her confess to stealing a motorbike.',
      ),
    ).not.toContain('women_girls');
  });

  test('when police detain members of a party women’s league at a rally, women_girls is not targeted', () => {
    expect(
      targets(
        'In August police briefly detained 14 youth and women’s league members at a rally in Kilo district.',
      ),
    ).not.toContain('women_girls');
  });

  test('when officers rape women held in a station, women_girls is targeted', () => {
    expect(
      targets(
        'Human rights monitors reported that officers raped several women held at the Kilo station in July.',
      ),
    ).toContain('women_girls');
  });
});

describe('transgender women are targeted as LGBTQI+ people, not as women', () => {
  test('when police beat transgender women, lgbtqi is targeted and women_girls is not', () => {
    const found = targets('In May police beat three transgender women outside a nightclub in the capital.');
    expect(found).toContain('lgbtqi');
    expect(found).not.toContain('women_girls');
  });

  test('when police beat women, women_girls is targeted', () => {
    expect(targets('In May police beat three women outside a nightclub in the capital.')).toContain(
      'women_girls',
    );
  });
});

describe('a group that does the harm to others is its agent, not its target', () => {
  test('when a sentence says women killed their newborns, women_girls is not targeted', () => {
    expect(
      targets(
        'Some young women in remote farming districts killed their newborn infants after hiding the pregnancy.',
      ),
    ).not.toContain('women_girls');
  });

  test('when a sentence says women were killed by their husbands, women_girls is targeted', () => {
    expect(
      targets('Some young women in remote farming districts were killed by their husbands during the year.'),
    ).toContain('women_girls');
  });
});

describe('a gender-based crime named as the charge of an arrest or trial is the state handling a crime', () => {
  test('when police arrest a man and charge him with raping a girl, women_girls is not targeted', () => {
    expect(
      targets('In March police arrested a farmer and charged him with raping a girl aged 12 in his village.'),
    ).not.toContain('women_girls');
  });

  test('when a court convicts men of genital mutilation of a girl, women_girls is not targeted', () => {
    expect(
      targets(
        'In October a district court convicted two men of female genital mutilation of a neighbour’s child.',
      ),
    ).not.toContain('women_girls');
  });

  test('when a soldier rapes a girl at a checkpoint, women_girls is targeted', () => {
    expect(targets('In March a soldier raped a girl aged 12 at a checkpoint near her village.')).toContain(
      'women_girls',
    );
  });
});

describe('a charge is a prosecution', () => {
  test('when women are charged with fraud, women_girls is not targeted', () => {
    expect(targets('In June prosecutors charged four women with fraud over a land sale.')).not.toContain(
      'women_girls',
    );
  });

  test('when gay men are charged under the law, lgbtqi is targeted and the charge enforces the law', () => {
    const found = attributeSentence(
      'In June prosecutors charged two gay men with indecency for holding hands in a park.',
      {
        reportYear: 2023,
      },
    ).targeted.find((t) => t.profile === 'lgbtqi');
    expect(found?.enforces).toBe(true);
  });
});

describe('returnees: people sent to the country, not people waiting to be sent away', () => {
  test('when failed asylum seekers are held for months before removal, criminal_deportee is not targeted', () => {
    const found = targets(
      'Monitors said failed asylum seekers were held in lengthy detention for months before their removal.',
    );
    expect(found).not.toContain('criminal_deportee');
    expect(found).toContain('migrant_asylum_seeker');
  });

  test('when a man deported to the country is detained by security officers, criminal_deportee is targeted', () => {
    expect(
      targets('Security officers detained a trader deported to the country by Spanish officials in April.'),
    ).toContain('criminal_deportee');
  });

  test('when a man who planned to return to the country is detained, criminal_deportee is not targeted', () => {
    expect(
      targets(
        'Security officers detained a trader who planned to return to the country from Spain in April.',
      ),
    ).not.toContain('criminal_deportee');
  });
});

describe('women counted beside children are a share of all victims', () => {
  test('when a sentence counts 9 women and 31 children among those killed in shelling, women_girls is not targeted', () => {
    expect(
      targets(
        'Monitors said 9 women and 31 children were among the 83 civilians killed by shelling in the district in May.',
      ),
    ).not.toContain('women_girls');
  });

  test('when a sentence says 9 women and 31 children were raped, women_girls is targeted', () => {
    expect(targets('Monitors said soldiers raped 9 women and 31 children in the district in May.')).toContain(
      'women_girls',
    );
  });
});

describe('a run-in label names a topic; a harm in it asserts nothing', () => {
  test('when a label names rape and the sentence states the law, women_girls is not targeted', () => {
    expect(
      targets('Rape and Domestic Violence: The penal code of Valdoria treats the rape of women as a crime.'),
    ).not.toContain('women_girls');
  });

  test('when a label names rape and the sentence tells of rapes by police, women_girls is targeted', () => {
    expect(
      targets(
        'Rape and Domestic Violence: Monitors reported that police officers raped two women in custody in May.',
      ),
    ).toContain('women_girls');
  });
});

describe('legal help for victims is a response, not an abuse', () => {
  test('when a clinic gives legal assistance in domestic violence cases, women_girls is not targeted', () => {
    expect(
      targets(
        'A university law clinic gave women free legal assistance in domestic violence and divorce cases.',
      ),
    ).not.toContain('women_girls');
  });

  test('when domestic violence against women is said to be widespread, women_girls is targeted', () => {
    expect(
      targets('Domestic violence against women remained widespread, and few cases reached court.'),
    ).toContain('women_girls');
  });
});

describe('"factors responsible for" names a cause, not a body in charge', () => {
  test('when violence against women is one of the factors responsible for poverty, women_girls is targeted', () => {
    expect(
      targets(
        'Activists said violence against women and girls, including child marriage, was one of the main factors responsible for rural poverty.',
      ),
    ).toContain('women_girls');
  });

  test('when a ministry is responsible for preventing violence against women, women_girls is not targeted', () => {
    expect(
      targets(
        'A unit of the interior ministry was responsible for preventing violence against women and girls.',
      ),
    ).not.toContain('women_girls');
  });
});

describe('domestic abuse, spousal abuse and intimate partner violence are domestic violence', () => {
  test('when leaders call spousal abuse a private family matter, women_girls is targeted', () => {
    expect(
      targets(
        'Community leaders claimed spousal abuse was a private family matter and urged victims to stay silent.',
      ),
    ).toContain('women_girls');
  });

  test('when a sentence only states the law against intimate partner violence, women_girls is not targeted', () => {
    expect(
      targets('The penal code prohibits intimate partner violence and sets prison terms for it.'),
    ).not.toContain('women_girls');
  });
});

describe('a daughter is a girl or woman', () => {
  test('when a father beats his daughter to death over a marriage, women_girls is targeted', () => {
    expect(
      targets(
        'In May a farmer in the north beat his daughter to death for refusing a marriage he had arranged.',
      ),
    ).toContain('women_girls');
  });

  test('when a daughter speaks of a case and no harm is asserted, women_girls is not targeted', () => {
    expect(
      targets(
        'In May the daughter of a northern farmer told reporters that the marriage court had acted fairly.',
      ),
    ).not.toContain('women_girls');
  });
});

describe('medical examinations document abuse; they are not care a person needs', () => {
  test('when lawyers criticise the lack of medical examinations for detainees, health_disability is not targeted', () => {
    expect(
      targets(
        'Lawyers criticised the lack of independent medical examinations for detainees who alleged police violence.',
      ),
    ).not.toContain('health_disability');
  });

  test('when lawyers criticise the lack of medical care for beaten detainees, health_disability is targeted', () => {
    expect(
      targets(
        'Lawyers criticised the lack of medical care for detainees beaten by police during the protests.',
      ),
    ).toContain('health_disability');
  });
});
