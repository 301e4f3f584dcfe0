import { isAsserted } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('arbitrary detention: an arrest named as the aim of a use the sentence denies is not asserted', () => {
  it('when broad statutes were not applied against sexual minorities to justify arbitrary arrest, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Tovel, broadly worded statutes were not selectively applied against gay and transgender residents to justify arbitrary arrest.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the same statutes were applied to justify arbitrary arrest, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In Tovel, broadly worded statutes were selectively applied against gay and transgender residents to justify arbitrary arrest.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when officials did not give evidence to justify the arbitrary arrest of an editor, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Officials in Dorvan did not give any evidence to justify the arbitrary arrest of the Kestrel editor.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: pretrial detention said to rarely pass the limit, or not to run too long, is negated', () => {
  it('when pretrial detention in Tovel rarely equaled or passed the top penalty, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Tovel, pretrial detention rarely equaled or exceeded the longest penalty the charge carried.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when pretrial detention in Tovel was not unduly long, arbitrary detention is not asserted', () => {
    expect(isAsserted('In Tovel, pretrial detention was not unduly long.', 'arbitrary_detention')).toBe(
      false,
    );
  });

  it('when pretrial detention in Tovel often exceeded the top penalty, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In Tovel, pretrial detention often exceeded the longest penalty the charge carried.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when pretrial detention in Tovel was unduly long, arbitrary detention is still asserted', () => {
    expect(isAsserted('In Tovel, pretrial detention was unduly long.', 'arbitrary_detention')).toBe(true);
  });
});

describe('arbitrary detention: a lawyer or family the arrested are given is no sign of an arbitrary arrest', () => {
  it('when detainees in Tovel usually had access to a lawyer soon after arrest, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In Tovel, detainees usually had access to a lawyer soon after arrest.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the state paid for aid to arrested people too poor to hire counsel, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The Dorvan state paid for aid to arrested suspects who could not afford a lawyer.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when detainees in Tovel were denied access to a lawyer after arrest, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In Tovel, detainees were often denied access to a lawyer soon after arrest.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police in Tovel arrested two lawyers, arbitrary detention is still asserted', () => {
    expect(isAsserted('Police in Tovel arrested two lawyers.', 'arbitrary_detention')).toBe(true);
  });
});

describe('a provision of a law that allows an abuse is a legal norm, not an act', () => {
  it('when parliament kept provisions allowing refoulement in the security act, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'In May the Tovel parliament voted to keep the security act, including its provisions allowing refoulement.',
        'refoulement',
      ),
    ).toBe(false);
  });

  it('when two Dorvan statutes contain provisions for detention without a warrant, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Two Dorvan statutes contain provisions for detention without a warrant in narrowly set cases.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police held people without a warrant under the statute, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Under the Dorvan statute, police held dozens of people without a warrant for weeks.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when border guards carried out refoulement of asylum seekers, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In May Tovel border guards carried out the refoulement of asylum seekers to a country at war.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('torture: a complaint mechanism said to exist is an institution, not an act', () => {
  it('when mechanisms existed in Tovel for inmates to lodge complaints alleging mistreatment, torture is not asserted', () => {
    expect(
      isAsserted(
        'In Tovel, mechanisms existed for inmates to lodge complaints alleging mistreatment with a judge.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when a procedure was in place for detainees to report abuse by guards, torture is not asserted', () => {
    expect(
      isAsserted('A Dorvan procedure was in place for detainees to report abuse by guards.', 'torture'),
    ).toBe(false);
  });

  it('when inmates in Tovel lodged complaints alleging mistreatment by guards, torture is still asserted', () => {
    expect(
      isAsserted('Inmates in Tovel lodged complaints alleging mistreatment by guards in March.', 'torture'),
    ).toBe(true);
  });
});

describe('an act named as what a prison term punishes is the offence of a court event', () => {
  it('when the brother of a Tovel employer got four weeks in jail for slapping the cook, torture is not asserted', () => {
    expect(
      isAsserted(
        'The Tovel employer was given four months in jail for burning the cook with an iron, and his brother four weeks in jail for slapping the cook.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when a Dorvan court gave a guard six years in prison for beating an inmate, torture is not asserted', () => {
    expect(
      isAsserted('A Dorvan court gave a former guard six years in prison for beating an inmate.', 'torture'),
    ).toBe(false);
  });

  it('when guards beat an inmate held in prison for weeks, torture is still asserted', () => {
    expect(isAsserted('Dorvan guards beat an inmate kept in prison for weeks.', 'torture')).toBe(true);
  });
});

describe('an abuse that is the subject of a modal of occurring is a possibility, not an act', () => {
  it('when preventive detention could occur once a Tovel board found an inmate dangerous, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The top penalty in Tovel was 15 years; preventive detention could occur, however, where a board found an inmate a lasting danger.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when prolonged pretrial detention occurred often in Tovel, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In Tovel, prolonged pretrial detention occurred often in the northern courts.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: an arrest said to rest on a warrant is lawful', () => {
  it('when residents of Tovel were usually arrested on a judicial warrant, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Residents of Tovel were usually arrested on a judicial warrant, though police could also detain a person without one if they witnessed a crime.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police in Tovel arrested protesters without a warrant, arbitrary detention is still asserted', () => {
    expect(isAsserted('Police in Tovel arrested protesters without a warrant.', 'arbitrary_detention')).toBe(
      true,
    );
  });
});
