import { isAsserted, statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('arbitrary detention: a statute named by its initials, or past a clause of its own, states a power', () => {
  it('when a statute cited by its initials authorizes the minister to order detention without charge, it is a norm', () => {
    expect(
      statusOf(
        'The KSO authorized the minister to order detention without charge if he judged a person a danger to order.',
        'arbitrary_detention',
      ),
    ).toBe('legal_norm');
  });

  it('when two statutes cited by initials permit detention without trial, it is a norm', () => {
    expect(
      statusOf(
        'The KSO and the VPA permitted preventive detention without trial to keep public order in Dervan.',
        'arbitrary_detention',
      ),
    ).toBe('legal_norm');
  });

  it('when a relative clause stands between the statute and the power it grants, it is still a norm', () => {
    expect(
      statusOf(
        'The Border Order Act (BOA), which applies only in the Dervan hills, permits officials to hold persons without charge for a year.',
        'arbitrary_detention',
      ),
    ).toBe('legal_norm');
    expect(
      statusOf(
        'The Border Order Act, which gives officials the power to hold persons for 90 days without charge, has no bail clause.',
        'arbitrary_detention',
      ),
    ).toBe('legal_norm');
  });

  it('when the statute first says where it applies and then grants the power, it is a norm', () => {
    expect(
      statusOf(
        'The Border Order Act applied only to the Dervan hills and permitted officials to hold persons without charge for a year.',
        'arbitrary_detention',
      ),
    ).toBe('legal_norm');
  });

  it('when an agency cited by initials holds people without charge, detention is still asserted', () => {
    expect(
      isAsserted(
        'The KSB held three farmers without charge for two months in Dervan.',
        'arbitrary_detention',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'The KSB, which reports to the president, detained three farmers without charge for two months.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: a modal right before the verb of holding governs its "without ..." however far', () => {
  const longObject =
    'persons suspected of smuggling, racketeering, armed robbery, and dealing in arms or stolen cattle without a warrant or review for one-year terms';

  it('when police could hold persons suspected of a long list of crimes without a warrant, it is a power, not an act', () => {
    expect(statusOf(`Under the Dervan order, police could hold ${longObject}.`, 'arbitrary_detention')).toBe(
      'hypothetical',
    );
  });

  it('when police held such persons without a warrant, detention is still asserted', () => {
    expect(isAsserted(`In Dervan, police held ${longObject}.`, 'arbitrary_detention')).toBe(true);
  });
});
