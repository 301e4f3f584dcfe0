import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('suspects who are held are the detainees, not an accountability word', () => {
  it('when no reports say officers held suspects incommunicado, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'There were no reports that gendarmes kept suspects incommunicado or in secret cells.',
        'arbitrary_detention',
      ),
    ).toBe(false);
    expect(
      isAsserted(
        'In general the procedure neither involved detaining suspects longer than the eight hours permitted by statute nor led to charges.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when no suspects were held for abductions, the abductions are still asserted', () => {
    expect(
      isAsserted(
        'There were no suspects held for the abductions of four teachers by soldiers in April.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('an arrest named only as the time of another event', () => {
  it('when a demonstrator is kicked by a police horse during the arrest, neither detention category is asserted', () => {
    const s = 'A police horse then kicked the demonstrator during the arrest.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(s, 'political_prisoners')).toBe(false);
  });

  it('when a deputy is still jailed years after her arrest, only the political detention is asserted', () => {
    const s =
      'Three years after her arrest, opposition deputy Marta Ilves was still held in a police cell on a smuggling charge.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
  });

  it('near miss: when police arrest protesters, the arrest itself is the report and is asserted', () => {
    const s = 'Police arrested 40 protesters during the rally against the new levy.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(true);
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
  });
});

describe('a share of the prison population on remand is a size, not an abuse', () => {
  it('when a sentence only says what percent of inmates were in pretrial detention, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Of some 9,400 inmates nationwide, roughly 3,100, or 33 percent, were in pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when a percent of remand prisoners waited beyond the legal limit, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Some 45 percent of remand prisoners had been in pretrial detention beyond the legal limit.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('"by law" states the law', () => {
  it('when a sentence says what pretrial detention may last by law, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'By law remand detention may not ordinarily exceed three months, but judges may prolong it to nine months for grave offences.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: abuse "by law enforcement officers" is still asserted', () => {
    expect(
      isAsserted(
        'Rights groups documented beatings of detainees by law enforcement officers in three provinces.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('human rights advocates, lawyers and workers who are arrested', () => {
  it('when police detain human rights lawyers, political prisoners are asserted', () => {
    expect(
      isAsserted(
        'Security agents continued to threaten and arbitrarily detain local human rights lawyers and aid workers.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when human rights advocates report that guards held inmates in isolation, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'Human rights advocates reported wardens at times detained inmates in punishment cells for weeks.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('"caused" is not a sign of an arbitrary arrest', () => {
  it('when public pressure caused prosecutors to remand a suspect, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The press coverage caused the district prosecutor to revive the file and put the accused driver in pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when police held a man without cause, arbitrary detention is asserted', () => {
    expect(isAsserted('Police detained the farmer for nine days without cause.', 'arbitrary_detention')).toBe(
      true,
    );
  });
});

describe('state agents held for what they did', () => {
  it('when authorities arrest police officers over an arson, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In May prosecutors arrested four police officers and a clerk over a blaze that destroyed the tally centre before the elections.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when officers sit in preventive detention awaiting trial, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'By September, nine soldiers were in preventive detention awaiting trial for their part in the raid.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when police officers arrest election monitors, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In May four police officers arrested a clerk and two election monitors at the tally centre.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('state agents held for what they did (active subjects are the holders)', () => {
  it('near miss: when gendarmes had detained protesters, the gendarmes are the holders and arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'By June gendarmes had detained some 300 protesters near the northern border crossing.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('held for exercising a freedom', () => {
  it('when monitors tie arrests to the exercise of free speech, political prisoners are asserted', () => {
    expect(
      isAsserted(
        'Monitors judged that scores of detentions that year were linked to the exercise of freedom of assembly.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when a law limits the exercise of a right and no one is held, political prisoners are not asserted', () => {
    expect(
      isAsserted(
        'The decree narrows the exercise of the right to assemble in the capital.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe("activists who remained in a named agency's custody", () => {
  it("when bloggers remain in the security service's custody, political prisoners are asserted", () => {
    expect(
      isAsserted(
        'The two bloggers remained in SNI custody in the capital at the end of the year.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('near miss: when bloggers remain in the capital and no custody is named, political prisoners are not asserted', () => {
    expect(
      isAsserted('The two bloggers remained in the capital at the end of the year.', 'political_prisoners'),
    ).toBe(false);
  });
});

describe('inmates held in a place are placed, not arrested', () => {
  it('when minority inmates are detained in crowded cells with other prisoners, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Monitors said the guards singled out ethnic minority inmates, who were often kept with convicts; minority inmates detained in damp cells fell ill.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('near miss: when ethnic minority villagers are detained in a raid, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Soldiers detained dozens of ethnic minority villagers in a dawn raid on the valley.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});
