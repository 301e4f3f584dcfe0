import { signalOf, statusOf } from './sentence-status';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.

describe('a death in custody is a killing when the sentence names abuse or neglect as its cause', () => {
  it('when an inmate is said only to have died in custody, no killing is asserted', () => {
    const s = signalOf(
      'A retired colonel held at a naval base since 2021 died in custody in March, his lawyer said.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-cause');
  });

  it('when a count of detainees is said only to have died in detention, no killing is asserted', () => {
    expect(
      statusOf(
        'The commission counted 42 persons who had died in detention during the first half of the year.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when an inmate died in custody after guards beat him, the killing is asserted', () => {
    expect(
      statusOf(
        'A retired colonel died in custody in March after guards beat him during an interrogation.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a detainee died in custody after being denied medical care, the killing is asserted', () => {
    expect(
      statusOf(
        'A farmer held on fraud charges died in custody in May after wardens denied him insulin.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a man died in police custody, the killing is still asserted', () => {
    expect(statusOf('In April a street vendor died in police custody in the port city.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when a report lists deaths in custody among abuses, the killing is still asserted', () => {
    expect(
      statusOf(
        'Significant human rights issues included credible reports of deaths in custody and torture.',
        'killings',
      ),
    ).toBe('asserted');
  });
});
