import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('accountability: suspects who are the persons held are no suspects sought for an abuse', () => {
  it('when no reports say suspects were being kept incommunicado, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Monitors in Varnel heard of no cases of suspects being kept incommunicado or denied a lawyer.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when no reports say suspects had been detained incommunicado, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Monitors recorded no case of suspects having been detained incommunicado in Varnel.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police kept no suspects incommunicado or without counsel, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Varnel police held no suspects incommunicado or without access to counsel.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when no suspects were beaten in the Varnel lockup, torture is not asserted', () => {
    expect(isAsserted('No suspects were beaten by guards at the Varnel lockup.', 'torture')).toBe(false);
  });

  it('when police kept no suspects in pretrial custody past the legal limit, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Varnel police kept no suspects in pretrial custody past the legal limit.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when no suspects were held in the disappearance, disappearance stays asserted as a lack of accountability', () => {
    const s = signalOf(
      'No suspects were held in the disappearance of a Varnel schoolteacher.',
      'disappearance',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:no-accountability');
  });

  it('when no suspects were held over the killings, killings stay asserted as a lack of accountability', () => {
    const s = signalOf('No suspects were held over the killings of two farmers near Varnel.', 'killings');
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:no-accountability');
  });

  it('when there were no suspects in the disappearance, disappearance stays asserted as a lack of accountability', () => {
    const s = signalOf(
      'There were no suspects in the disappearance of a Varnel trade unionist.',
      'disappearance',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:no-accountability');
  });

  it('when no officers were prosecuted for the killings, killings stay asserted', () => {
    const s = signalOf('No officers were prosecuted for the killings of marchers in Varnel.', 'killings');
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:no-accountability');
  });
});

describe('accountability: an arrest or trial called arbitrary, unlawful or unfair is an abuse, not a sanction for one', () => {
  it('when a commission found no proof of arbitrary arrests or summary executions, killings are not asserted', () => {
    expect(
      isAsserted(
        'The Ostrava commission found no proof of arbitrary arrests or summary executions.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when there were no mass arrests or killings during the vote, killings are not asserted', () => {
    expect(isAsserted('There were no mass arrests or killings during the Ostrava vote.', 'killings')).toBe(
      false,
    );
  });

  it('when monitors reported no unfair trials or torture of prisoners, torture is not asserted', () => {
    expect(
      isAsserted('Monitors reported no unfair trials or torture of prisoners in Ostrava.', 'torture'),
    ).toBe(false);
  });

  it('when no arrests were made over the killings, killings stay asserted as a lack of accountability', () => {
    const s = signalOf('No arrests were made over the killings of the Ostrava villagers.', 'killings');
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:no-accountability');
  });

  it('when nobody was tried for the torture of detainees, torture stays asserted as a lack of accountability', () => {
    const s = signalOf('Nobody was tried for the torture of the Ostrava detainees.', 'torture');
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:no-accountability');
  });
});

describe('accountability: an arrest done together with the abuse befell the same persons, it is no sanction for it', () => {
  it('when no marchers were arrested and beaten, torture is not asserted', () => {
    expect(isAsserted('In Lindmark no marchers were arrested and beaten by the riot squad.', 'torture')).toBe(
      false,
    );
  });

  it('when no reports say persons were charged and then kept incommunicado, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Lindmark rights groups had no reports of persons charged and then kept incommunicado.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when no reports say troops singled out and executed villagers, killings are not asserted', () => {
    expect(
      isAsserted(
        'Observers heard of no case where Lindmark troops identified and executed villagers.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when no officers were punished and the killings went on, killings stay asserted as a lack of accountability', () => {
    const s = signalOf('No Lindmark guards were punished and the killings went on.', 'killings');
    expect(s?.status).toBe('asserted');
    expect(s?.reason).toBe('asserted:no-accountability');
  });

  it('when nobody was arrested, and killings continued, killings stay asserted', () => {
    expect(
      isAsserted('Nobody was arrested, and killings of herders continued in Lindmark.', 'killings'),
    ).toBe(true);
  });
});
