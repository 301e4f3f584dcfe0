import type { AssertionStatus, CategoryId } from '../../scoring/categories';
import { analyzeSentence } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the shape of report English; names and places are invented.
const REPORT_YEAR = 2022;
const statusOf = (sentence: string, category: CategoryId): AssertionStatus | undefined =>
  analyzeSentence(sentence, { reportYear: REPORT_YEAR }).find((s) => s.category === category)?.status;

describe('refoulement: a pushback is a return only when migrants, refugees or a border are in view', () => {
  it('counts pushbacks of boats carrying migrants', () => {
    expect(
      statusOf(
        'Coast guard units carried out pushbacks of boats carrying migrants toward open water.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('counts asylum seekers pushed back across a river', () => {
    expect(statusOf('Border officers pushed the asylum seekers back across the river.', 'refoulement')).toBe(
      'asserted',
    );
  });

  it('does not count political pushback against a proposal', () => {
    expect(
      statusOf('Opposition lawmakers faced pushback over the budget proposal.', 'refoulement'),
    ).toBeUndefined();
  });
});

describe('refoulement: a destination, a border or a purpose is not a danger awaiting the returned', () => {
  it('does not count a forced deportation to the country of origin with no danger named', () => {
    expect(
      statusOf(
        'Officials forcibly deported the undocumented migrants to their country of origin.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('counts the same deportation when the sentence names persecution there', () => {
    expect(
      statusOf(
        'Officials forcibly deported the undocumented migrants to their country of origin, where they faced persecution.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('does not count deportations carried out at a border', () => {
    expect(
      statusOf('Police forcibly expelled 300 foreign nationals at the northern border.', 'refoulement'),
    ).not.toBe('asserted');
  });

  it('does not count a deportation meant to punish the deported', () => {
    expect(
      statusOf(
        'The ministry summarily deported the foreign union organisers to punish them for the strike.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('does not count a threat that preceded an expulsion as a danger at the destination', () => {
    expect(
      statusOf(
        'Police threatened and then forcibly expelled the striking foreign dockworkers.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });
});

describe('refoulement: a return that is awaited, requested or feared has not happened', () => {
  it('makes asylum seekers who awaited deportation hypothetical', () => {
    expect(
      statusOf(
        'Asylum seekers stayed in a closed reception centre while they awaited deportation.',
        'refoulement',
      ),
    ).toBe('hypothetical');
  });

  it('makes refugees held under a request for extradition hypothetical', () => {
    expect(
      statusOf(
        'Two refugees remained in police custody under a request for extradition from their home government.',
        'refoulement',
      ),
    ).toBe('hypothetical');
  });

  it('makes migrants who feared deportation hypothetical', () => {
    expect(
      statusOf('Undocumented migrants in the port city voiced fear of sudden deportation.', 'refoulement'),
    ).toBe('hypothetical');
  });

  it('still counts refugees deported after they said they feared persecution', () => {
    expect(
      statusOf('Asylum seekers who feared persecution at home were deported within days.', 'refoulement'),
    ).toBe('asserted');
  });

  it('does not let a pending deportation hedge a beating of the migrants', () => {
    expect(statusOf('Migrants held pending deportation were beaten by guards.', 'torture')).toBe('asserted');
  });
});

describe('refoulement: "the country" is the country reported on', () => {
  it('does not count persons forcibly returned into the country', () => {
    expect(
      statusOf(
        'Rights groups said several exiled critics were forcibly returned to the country and imprisoned on arrival.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('counts refugees forcibly returned to the country, where they faced torture', () => {
    expect(
      statusOf(
        'Guards forcibly returned the refugees to the country, where they faced torture.',
        'refoulement',
      ),
    ).toBe('asserted');
  });

  it('counts refugees forcibly returned to the country they had fled', () => {
    expect(
      statusOf('Police forcibly returned the refugees to the country they had fled.', 'refoulement'),
    ).toBe('asserted');
  });
});
