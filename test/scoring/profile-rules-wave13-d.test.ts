import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('refusing to recognise people as refugees is a denial of asylum', () => {
  test('when officials refused to recognise the newcomers from Tarro as asylum seekers, migrants and asylum seekers are targeted', () => {
    expect(
      targets('Officials refused to recognise the newcomers from the Tarro valley as asylum seekers.'),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when the government recognises the families as refugees, no group is targeted', () => {
    expect(
      targets('The government recognized Velmani families who crossed the river after 2004 as refugees.'),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('harms named as concerns of what may happen are feared, not done', () => {
  test('when reporters censor themselves out of concerns of harassment or arrest, no journalist is targeted', () => {
    expect(
      targets('Many reporters in Kessa censored their own stories due to concerns of harassment or arrest.'),
    ).not.toContain('journalist');
  });

  test('near miss: when reporters censor themselves after police arrested two colleagues, journalists are targeted', () => {
    expect(
      targets(
        'Many reporters in Kessa censored their own stories after police arrested two of their colleagues.',
      ),
    ).toContain('journalist');
  });
});

describe('people who work for a human rights organisation are human rights defenders', () => {
  test('when a staff member of a human rights organisation says jail guards tortured him, political opponents are targeted', () => {
    expect(
      targets(
        'Oren Valat, a staff member of the Tarro human rights organization, said he had been tortured by jail guards in Kessa in March.',
      ),
    ).toContain('political_opponent');
  });

  test('when police beat volunteers with a local human rights group, political opponents are targeted', () => {
    expect(
      targets(
        'In May police in Kessa beat two volunteers with a local human rights group outside the courthouse.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when members of human rights groups report that police beat prisoners, no political opponent is targeted', () => {
    expect(
      targets('Members of human rights groups reported that police in Kessa beat prisoners in March.'),
    ).not.toContain('political_opponent');
  });
});

describe('counted tribes are kin groups, not a minority', () => {
  test('when men of one tribe abduct a herder of another after talks between the two tribes fail, no ethnic minority is targeted', () => {
    expect(
      targets(
        'In March men of the Darosi tribe abducted a herder of the Kelum tribe after talks between the two tribes broke down.',
      ),
    ).not.toContain('ethnic_minority');
  });

  test('when a trader is kidnapped during a feud between the two clans, no ethnic minority is targeted', () => {
    expect(
      targets('In April a trader was kidnapped near Tarro during a feud between the two clans.'),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: when soldiers detain dozens of men from minority tribes, ethnic minorities are targeted', () => {
    expect(
      targets('In March soldiers detained dozens of men from minority tribes in the hills near Tarro.'),
    ).toContain('ethnic_minority');
  });
});

describe('coercing women into sex, and sexual slavery, are gender-based violence', () => {
  test('when soldiers coerce displaced women into sex at a checkpoint, women and girls are targeted', () => {
    expect(
      targets(
        'Residents said soldiers at the Tarro checkpoint coerced displaced women into sex in exchange for passage.',
      ),
    ).toContain('women_girls');
  });

  test('when a girl escapes after two years of sexual slavery, women and girls are targeted', () => {
    expect(
      targets(
        'A girl from Kessa escaped in May after two years of captivity and sexual slavery under a militia.',
      ),
    ).toContain('women_girls');
  });

  test('near miss: when soldiers move displaced women into a new camp, no woman is targeted', () => {
    expect(
      targets(
        'Soldiers at the Tarro checkpoint moved displaced women into a new camp in exchange for their old tents.',
      ),
    ).not.toContain('women_girls');
  });
});

describe('a group that views something speaks; one viewed as something is looked at', () => {
  test('when activists view a ban on night markets as harmful, no political opponent is targeted', () => {
    expect(
      targets('Local activists viewed the ban on night markets in Kessa as harmful to poor traders.'),
    ).not.toContain('political_opponent');
  });

  test('near miss: when activists viewed as troublemakers are banned from a square, political opponents are targeted', () => {
    expect(targets('Activists viewed as troublemakers were banned from the Tarro square in May.')).toContain(
      'political_opponent',
    );
  });

  test('near miss: when journalists described as foreign agents are detained, journalists are targeted', () => {
    expect(targets('Journalists described as foreign agents were detained in Kessa in May.')).toContain(
      'journalist',
    );
  });
});

describe('a conviction for killing people is aimed at the killer, not at those killed', () => {
  test('when a politically motivated trial finds a pilot guilty of killing two foreign reporters, no journalist is targeted', () => {
    expect(
      targets(
        'In June a politically motivated trial in Kessa found a Velmani pilot guilty of killing two Tarro reporters in 2014.',
      ),
    ).not.toContain('journalist');
  });

  test('near miss: when a politically motivated trial finds two reporters guilty of insulting a pilot, journalists are targeted', () => {
    expect(
      targets(
        'In June a politically motivated trial in Kessa found two Tarro reporters guilty of insulting a pilot.',
      ),
    ).toContain('journalist');
  });
});

describe('a community word after "mixed" describes a place, not people targeted', () => {
  test('when villagers in a mixed Christian-Muslim town kill a herder, no religious minority is targeted', () => {
    expect(
      targets(
        'In June, in the mixed Christian-Muslim town of Orsa, local villagers shot and killed a herder.',
      ),
    ).not.toContain('religious_minority');
  });

  test('near miss: when villagers in a town shoot and kill two Christian herders, religious minorities are targeted', () => {
    expect(
      targets('In June, in the town of Orsa, local villagers shot and killed two Christian herders.'),
    ).toContain('religious_minority');
  });
});

describe('safe housing for victims is help, not an abuse asserted', () => {
  test('when monitors regret that no agency offers safe accommodation to women escaping domestic violence, no woman is targeted', () => {
    expect(
      targets(
        'Monitors regretted that no agency in Kessa offered safe accommodation to women escaping domestic violence.',
      ),
    ).not.toContain('women_girls');
  });

  test('near miss: when monitors report widespread domestic violence against women in Kessa, women and girls are targeted', () => {
    expect(
      targets(
        'Monitors reported that domestic violence against women in Kessa was widespread and rarely punished.',
      ),
    ).toContain('women_girls');
  });
});

describe('what an official pledges or vows to do is an intention, not a harm done', () => {
  test('when a minister pledges to spend more on expelling irregular migrants, no migrant is targeted', () => {
    expect(
      targets('The Kessa interior minister pledged to spend more on the expulsion of irregular migrants.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when the ministry expels irregular migrants, migrants and asylum seekers are targeted', () => {
    expect(
      targets(
        'In May the Kessa interior ministry carried out the expulsion of 300 irregular migrants to Tarro.',
      ),
    ).toContain('migrant_asylum_seeker');
  });
});

describe('people punished for critical remarks are government critics', () => {
  test('when residents who made critical remarks about the mayor are threatened, political opponents are targeted', () => {
    expect(
      targets(
        'In Kessa, officials threatened several residents who had made critical remarks about the mayor online.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when a reporter is detained over critical articles, journalists are targeted and no political opponent', () => {
    const found = targets(
      'In May police in Kessa detained a reporter over his critical articles about the mayor.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });
});
