import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('arbitrary detention: a limit the law sets, named in a relative clause after the breach, measures it', () => {
  it('when officers kept suspects without charge beyond the hours the law allows, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Officers in Marlow kept suspects without charge beyond the 72 hours the law allows.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when pretrial detention in Tovel exceeded the longest period the code permits, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Pretrial detention in Tovel regularly exceeded the longest period that the code permits.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when detainees waited in pretrial detention longer than the days the constitution provides for, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Many Dorvan detainees waited in pretrial detention longer than the 30 days the constitution provides for.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the law allows police to keep suspects without charge for two days, arbitrary detention is a legal norm', () => {
    expect(
      signalOf(
        'The Marlow law allows officers to keep suspects without charge for two days.',
        'arbitrary_detention',
      )?.status,
    ).toBe('legal_norm');
  });

  it('when the law allows the holding a comma sets apart from the breach, arbitrary detention is a legal norm', () => {
    expect(
      signalOf(
        'Officers kept suspects without charge beyond two days, which the Marlow law allows.',
        'arbitrary_detention',
      )?.status,
    ).toBe('legal_norm');
  });
});

describe('killings: robbers or thieves who kill a state agent commit an ordinary crime', () => {
  it('when the army raided a village after armed robbers killed an off-duty policeman, killings are not asserted', () => {
    const s = signalOf(
      'In June the army raided Velmo after armed robbers killed an off-duty policeman on the highway.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when thieves shot dead a customs officer at a Velmo market, killings are not asserted', () => {
    expect(isAsserted('Two thieves shot dead a customs officer at a Velmo market in May.', 'killings')).toBe(
      false,
    );
  });

  it('when soldiers killed three armed robbers, killings are still asserted', () => {
    expect(isAsserted('In June soldiers killed three armed robbers near Velmo.', 'killings')).toBe(true);
  });

  it('when the robbers were killed by soldiers, killings are still asserted', () => {
    expect(
      isAsserted('Armed robbers killed by soldiers near Velmo were buried in a mass grave.', 'killings'),
    ).toBe(true);
  });

  it('when soldiers and robbers together killed farmers, killings are still asserted', () => {
    expect(
      isAsserted('Soldiers and armed robbers killed four farmers near Velmo in March.', 'killings'),
    ).toBe(true);
  });
});

describe('killings: killings the sentence lays on criminals or criminal groups are ordinary crime', () => {
  it('when there were frequent killings by criminal groups in a port city, killings are not asserted', () => {
    const s = signalOf(
      'There were frequent killings by criminal groups in the port city of Velmo.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-crime');
  });

  it('when a list of problems names killings by criminals, killings are not asserted', () => {
    expect(
      isAsserted('Other problems in Velmo included killings by criminals and slow trials.', 'killings'),
    ).toBe(false);
  });

  it('when the killings are laid on soldiers and criminal groups, killings are still asserted', () => {
    expect(
      isAsserted('Residents reported killings by soldiers and criminal groups near Velmo.', 'killings'),
    ).toBe(true);
  });

  it('when killings are laid on armed groups, killings are still asserted', () => {
    expect(isAsserted('Killings by armed groups went on near Velmo throughout the year.', 'killings')).toBe(
      true,
    );
  });
});

describe('arbitrary detention: an amendment, bill or ordinance that grants powers of arrest states a norm', () => {
  it('when the ombudsman said the amendment granting border guards powers of arrest without warrant was unconstitutional, arbitrary detention is not asserted', () => {
    const s = signalOf(
      'In July the ombudsman said that adopting the amendment granting border guards powers of arrest without warrant breached the Dorvan constitution.',
      'arbitrary_detention',
    );
    expect(s?.status).toBe('legal_norm');
  });

  it('when a bill grants the guard powers of detention without charge, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The bill grants the Tovel guard powers of detention without charge for 14 days.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when the amendment requires a warrant but guards arrested people without one, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'The amendment requires a warrant for every arrest, but border guards often arrested people without one.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when guards arrested a trader without warrant after the amendment passed, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In July border guards arrested a trader without warrant after parliament adopted the amendment.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});
