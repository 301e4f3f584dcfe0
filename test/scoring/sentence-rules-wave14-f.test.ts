import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('a mandate worn by the agent or told of the victim does not withdraw the act the sentence reports', () => {
  it('when soldiers tasked with guarding a border shot two farmers, killings are asserted', () => {
    expect(
      isAsserted(
        'In May soldiers tasked with guarding the Varnok border shot and killed two farmers.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when officers empowered to search homes beat residents, torture is asserted', () => {
    expect(
      isAsserted('Officers empowered to search homes in Kestrel beat three residents in June.', 'torture'),
    ).toBe(true);
  });

  it('when militiamen killed a colonel whose unit was tasked with guarding a ministry, killings are asserted', () => {
    expect(
      isAsserted(
        'In April militiamen killed Colonel Daru Venn, whose unit was tasked with guarding the Tovel ministry.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when a commission is tasked with investigating killings, killings are not asserted', () => {
    expect(
      signalOf('The Tovel commission is tasked with investigating killings by police.', 'killings')?.status,
    ).toBe('institutional');
  });

  it('when a unit tasked with investigating enforced disappearances reports cases, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'The Kestrel unit tasked with investigating enforced disappearances received 30 files.',
        'disappearance',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: a charge against people held for their dissent does not make them ordinary suspects', () => {
  it('when the government arrested student activists on allegations of threatening state security, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'The government arrested four student activists in May on allegations of threatening state security.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police detained a journalist on theft charges, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police detained the journalist Mira Osk on charges of theft in Kestrel.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrested two men suspected of a murder, arbitrary detention is not asserted', () => {
    expect(
      signalOf(
        'Police arrested two men suspected of the murder of a shopkeeper in Kestrel.',
        'arbitrary_detention',
      )?.status,
    ).toBe('institutional');
  });

  it('when a journalist is named only far from the arrest of clerks charged with embezzlement, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police arrested three customs clerks at the Tovel port in May on embezzlement charges after reporting by a journalist.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('arbitrary detention: an arrest joined by "and" to violence against the same people is not ordinary policing', () => {
  it('when soldiers arrested villagers and tortured them, arbitrary detention is asserted', () => {
    expect(
      isAsserted('In March soldiers arrested the Dovra villagers and tortured them.', 'arbitrary_detention'),
    ).toBe(true);
  });

  it('when police detained two herders near a river and beat them, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police detained two herders near the Varn river and beat them with batons.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police detained sex workers and forced them to undergo examinations, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In May police detained at least 12 sex workers in Kestrel and forced them to undergo medical tests.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrested a man who had beaten his neighbour, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police in Kestrel arrested a man who had beaten and robbed his neighbour.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police arrested a trader and, in another clause, inmates later beat him, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Police arrested a trader in Varn, and inmates later beat him in the district jail.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
