import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('detention conditions: the usual failings of custody said in other words', () => {
  it('when a sentence says remand prisoners shared cells with convicts for lack of room, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Remand prisoners at the Velmar jail shared cells with convicted inmates for want of room.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says students shared rooms with older pupils, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'At the boarding school younger students shared dormitories with adults on the staff.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says juveniles and adults mixed in some prisons, detention conditions are asserted', () => {
    expect(
      statusOf(
        'In two district prisons juveniles and adults mixed throughout the day.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says children and adults mixed at a festival, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'At the harvest festival children and adults mixed freely in the square.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says wardens did not provide psychiatric care to inmates, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Wardens did not provide psychiatric care to inmates with severe depression.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says the ministry did not provide health services to rural villages, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'The ministry did not provide health services to several remote villages.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says paperwork delayed detainees’ access to doctors, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Lengthy paperwork routinely delayed detainees’ access to medical treatment.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a strike delayed patients’ access to treatment, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'A nurses’ strike delayed patients’ access to medical treatment for weeks.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says a monitor recorded cases of prison gang violence, detention conditions are asserted', () => {
    expect(
      statusOf(
        'The monitor recorded three cases of prison gang violence at the Orlen facility.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says guards punished inmates by holding them in isolation, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Observers said wardens punished inmates by holding them in isolation for weeks.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('when a sentence says a scholar worked in isolation, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'The scholar preferred holding his seminars in isolation from the faculty.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says detainees were packed into crowded cells, detention conditions are asserted', () => {
    expect(
      statusOf('Detainees at the border post were kept in crowded cells for days.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('when a sentence says a market hall was crowded, detention conditions are not asserted', () => {
    expect(
      statusOf('Traders said the crowded quarters of the old market were unsafe.', 'detention_conditions'),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: overcrowding said to be easing is no longer reported as a harm', () => {
  it('when a sentence says prison overcrowding continued to diminish, detention conditions are not asserted', () => {
    expect(
      statusOf('Overcrowding in the Rivna remand prison continued to diminish.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('when a sentence says prison overcrowding continued to worsen, detention conditions are asserted', () => {
    expect(
      statusOf('Overcrowding in the Rivna remand prison continued to worsen.', 'detention_conditions'),
    ).toBe('asserted');
  });
});

describe('detention conditions: care for people with disabilities in general is not a prison condition', () => {
  it('when a sentence says care for persons with disabilities remained inadequate, detention conditions are not asserted', () => {
    expect(
      statusOf(
        'Health care for persons with intellectual disabilities remained inadequate.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says care for prisoners with disabilities remained inadequate, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Health care for prisoners with intellectual disabilities remained inadequate.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('a decade named in a later item of a list dates that item only', () => {
  it('when a summary lists overcrowded prisons and then people displaced in the 1980s, detention conditions are asserted', () => {
    expect(
      statusOf(
        'Other problems included corruption in customs, overcrowded and decaying prisons, lengthy pretrial detention, and the uncertain status of families uprooted by the border wars of the 1980s.',
        'detention_conditions',
        2018,
      ),
    ).toBe('asserted');
  });

  it('when a sentence says prisons were overcrowded in the 1980s, detention conditions are not asserted', () => {
    expect(
      statusOf('The island’s prisons were badly overcrowded in the 1980s.', 'detention_conditions', 2018),
    ).not.toBe('asserted');
  });
});
