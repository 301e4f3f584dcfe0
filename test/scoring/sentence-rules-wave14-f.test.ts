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
