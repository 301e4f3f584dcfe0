import { ForeignPlaces } from '../../scoring/foreign-places';
import { analyzeSentence } from '../../scoring/text-analyzer';
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

  it('when two statutes cited by initials permit (present tense) detention without trial, it is a norm', () => {
    expect(
      statusOf(
        'The KSO and the VPA permit preventive detention without trial to keep public order in Dervan.',
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

describe('torture and killings: a charge brought against officials is a court event, whatever stands between', () => {
  it('when prosecutors charge jail guards, among them the deputy warden, for torture, torture is not asserted', () => {
    expect(
      isAsserted(
        'In March, prosecutors charged six jail guards including the deputy warden for torture at the Kelvo jail.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when prosecutors charge a police captain and two constables with a killing, killings are not asserted', () => {
    expect(
      isAsserted(
        'In June, prosecutors charged a police captain and two of his constables with the killing of a herder.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when the guards beat inmates and were then charged, torture is still asserted', () => {
    expect(
      isAsserted(
        'In March, guards at the Kelvo jail beat six inmates, and prosecutors later charged them.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when detainees charged with murder wait in jail for a trial, the murder is still only their charge', () => {
    const sentence =
      'Some detainees charged with murder remained in jail awaiting trial for longer than the sentence they faced.';
    expect(isAsserted(sentence, 'killings')).toBe(false);
    expect(isAsserted(sentence, 'arbitrary_detention')).toBe(true);
  });
});

describe('any category: what reports from earlier years said belongs to those years', () => {
  it('when reports from earlier years said conditions in the camps were harsh, conditions are not asserted', () => {
    expect(
      isAsserted(
        'Reports from earlier years said conditions in the Kelvo camps were harsh and life threatening.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when previous reports said soldiers beat detainees at a camp, torture is not asserted', () => {
    expect(isAsserted('Previous reports said soldiers beat detainees at the Kelvo camp.', 'torture')).toBe(
      false,
    );
  });

  it('when reports of the year say guards beat inmates, as in earlier years, torture is still asserted', () => {
    expect(
      isAsserted(
        'Reports during the year said guards at the Kelvo jail beat inmates, as in earlier years.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('killings: an abuse that names an anniversary is remembered, not reported', () => {
  it('when activists are sent away ahead of the massacre anniversary on a date, killings are not asserted', () => {
    expect(
      isAsserted(
        'Authorities made activists leave the capital ahead of the Kelvo massacre anniversary on June 4.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when soldiers carry out a massacre in a month of the year, killings are still asserted', () => {
    expect(isAsserted('Soldiers carried out a massacre of villagers near Kelvo in March.', 'killings')).toBe(
      true,
    );
  });
});

describe('disappearance: a cue inside a Title Case name after "of the" names an event or body', () => {
  it('when marchers are held on a day of the International Week of the Disappeared, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'Police detained three marchers in Kelvo on the last day of the International Week of the Disappeared.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when the marchers say soldiers disappeared their sons in March, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Police detained three marchers in Kelvo who said soldiers had forcibly disappeared their sons in March.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('killings: a death off the coast of another country happened abroad', () => {
  // The report is Dorvan's; Ostmark is a neighbour across the sea.
  const dorvan = new ForeignPlaces(['Ostmark'], ['Dorvan']);
  const killingsIn = (sentence: string): string | undefined =>
    analyzeSentence(sentence, { reportYear: 2022, placesAbroad: dorvan }).find(
      (s) => s.category === 'killings',
    )?.status;

  it('when a boat that left Dorvan sank off the coast of Ostmark, killing hundreds, killings are not asserted', () => {
    expect(
      killingsIn('In June, a fishing boat that left Dorvan sank off the coast of Ostmark, killing hundreds.'),
    ).not.toBe('asserted');
  });

  it('when militias killed migrants off the coast of Dorvan itself, killings are still asserted', () => {
    expect(killingsIn('In June, militias killed dozens of migrants off the coast of Dorvan.')).toBe(
      'asserted',
    );
  });
});
