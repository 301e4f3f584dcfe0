import { signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('refoulement: people named by a return into this country', () => {
  it('when refugees who were forcibly returned are listed among those the regime shot, refoulement is out of scope (returned here)', () => {
    const s = signalOf(
      'Witnesses told monitors that the regime shot deserters, smugglers, refugees who had been forcibly returned, and village clerks.',
      'refoulement',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:returned-here');
  });

  it('when refugees who were forcibly returned to a named country faced torture there, refoulement is asserted', () => {
    expect(
      signalOf(
        'Refugees who were forcibly returned to Korvania faced torture and long imprisonment there.',
        'refoulement',
      )?.status,
    ).toBe('asserted');
  });
});
