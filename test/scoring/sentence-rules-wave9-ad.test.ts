import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe("arbitrary detention: a departure inside a who/whose clause after a norm is the norm's condition", () => {
  it('when the code orders the release of suspects whose arrest did not follow the law, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'In Tovel the code requires magistrates to free suspects whose arrest did not comply with the law.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('legal_norm');
  });

  it('when the statute frees detainees whose arrest failed to observe procedure, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The Dorvan statute requires that detainees whose arrest failed to observe due procedure be set free at once.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the sentence goes on to say police did not comply with the law, arbitrary detention is still asserted', () => {
    const s = signalOf(
      'The Dorvan statute requires a warrant for each arrest, but officers in Kestrel did not comply with it.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('departure:not-always-respected');
  });

  it('when detainees stayed in custody after their pretrial detention passed the legal maximum, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Dozens of detainees in Kestrel stayed in custody after their pretrial detention exceeded the legal maximum.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: a "without" that qualifies an act other than holding names no detention', () => {
  it('when courts admitted confessions recorded without a lawyer, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Magistrates in Tovel seldom excluded confessions recorded without a lawyer in the room.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:not-detention');
  });

  it('when lecturers faced dismissals without due process, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The Dorvan university board ordered dozens of dismissals of lecturers, often without due process.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when farmers who gave statements were then detained without charge, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'After two farmers gave statements to the press, police in Kestrel detained them without charge for a week.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('hedges: a "whether to" opens a decision still to be made', () => {
  it('when judges decide whether to extend administrative detention, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'Judges in Tovel weigh secret evidence when deciding whether to extend administrative detention.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:question');
  });

  it('when the tribunal extended administrative detention on secret evidence, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'The Tovel tribunal heard secret evidence and extended the administrative detention of four Dorvan traders.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('norms: a limit after "within" that the clause says was missed measures practice', () => {
  it('when police kept suspects without a hearing within the legally set period, arbitrary detention is asserted', () => {
    const s = signalOf(
      'Police in Dorvan at times kept suspects incommunicado, without a hearing before a magistrate within the legally mandated period.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('asserted');
  });

  it('when the code says suspects must see a magistrate within the legally mandated period, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The Dorvan code says suspects held incommunicado must see a magistrate within the legally mandated period.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('clauses: "unlike" opens a contrast with its own time', () => {
  it('when no one was held under the act this year, unlike in an earlier year, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'During the year Tovel police made no arrests under the press act, unlike in 2019 when they arrested eight bloggers under it.',
        'political_prisoners',
      ),
    ).toBe(false);
    expect(
      isAsserted(
        'During the year Tovel police made no arrests under the press act, unlike in 2019 when they arrested eight bloggers under it.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police arrested bloggers this year, unlike the year before, political prisoners are still asserted', () => {
    expect(
      isAsserted(
        'Unlike the year before, Tovel police arrested eight bloggers during the year for posts about the governor.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('redress: a pension or damages paid for a holding looks back on it', () => {
  it('when people jailed for their politics under an old regime received a pension, political prisoners are not asserted', () => {
    const s = signalOf(
      'Residents of Tovel who were jailed for political reasons by the old junta received a monthly pension from the state.',
      'political_prisoners',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:redress');
  });

  it('when a court awarded damages to a trader held without charge, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In March a Dorvan court awarded damages to a trader detained for three weeks without charge.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police held a trader without charge and he sought damages, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Dorvan detained a trader for three weeks without charge; his lawyer said he would seek damages.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('time: a "previous" or "prior" conviction or arrest lies before what the sentence reports', () => {
  it('when a candidate was barred over a prior conviction called political, political prisoners are not asserted', () => {
    const s = signalOf(
      'The Tovel election board barred Mira Osk from the race, citing a prior criminal conviction that monitors saw as politically motivated.',
      'political_prisoners',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('historical:previously');
  });

  it('when monitors called new charges against the candidate political, political prisoners are still asserted', () => {
    expect(
      isAsserted(
        'Tovel monitors said the charges against Mira Osk were politically motivated.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('court: charges a sentence says were dropped or dismissed hold no one', () => {
  it('when politically motivated charges against two editors were dropped, political prisoners are not asserted', () => {
    const s = signalOf(
      'Politically motivated charges against the Tovel editors Ana Rell and Joss Mirren were dropped in May.',
      'political_prisoners',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:dismissal');
  });

  it('when politically motivated charges against two editors were upheld, political prisoners are still asserted', () => {
    expect(
      isAsserted(
        'Politically motivated charges against the Tovel editors Ana Rell and Joss Mirren were upheld in May.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('setting: a named person\'s arrest after "following" or "after" is the time of what the sentence reports', () => {
  it("when others faced charges following Orvel's initial arrest, arbitrary detention is not asserted", () => {
    const s = signalOf(
      "Following Orvel's initial arrest, nine other officers of the Tovel unit faced the same charges.",
      'arbitrary_detention',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:arrest-setting');
  });

  it("when the sentence reports Orvel's arrest without charge itself, arbitrary detention is still asserted", () => {
    expect(
      isAsserted(
        'Police in Tovel arrested the editor Dan Orvel and held him for nine days without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});
