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

describe('killings and disappearance: "zero" negates as "no" does', () => {
  it('when officials say zero cases of enforced disappearance were recorded, disappearance is negated', () => {
    expect(
      signalOf(
        'Officials in Velmora province said zero cases of enforced disappearance were recorded over the year.',
        'disappearance',
      )?.status,
    ).toBe('negated');
  });

  it('when a warden says there were zero deaths in custody from starvation, killings are negated', () => {
    expect(
      signalOf(
        'The warden of Orvel prison insisted there were zero deaths in custody from starvation.',
        'killings',
      )?.status,
    ).toBe('negated');
  });

  it('when soldiers killed villagers despite a policy of zero tolerance, killings are asserted', () => {
    expect(
      signalOf(
        'Despite a pledged policy of zero tolerance, soldiers killed three villagers near Dorrin.',
        'killings',
      )?.status,
    ).toBe('asserted');
  });
});

describe('killings: attacks that resulted in deaths need no named agent', () => {
  it('when attacks on a convoy resulted in deaths, killings are asserted', () => {
    expect(
      signalOf('Attacks on the Kessel convoy resulted in deaths and injuries among its drivers.', 'killings')
        ?.status,
    ).toBe('asserted');
  });

  it('when unrest with no attack named resulted in deaths, killings are out of scope for want of an agent', () => {
    const s = signalOf('Weeks of unrest in the town of Tarsk resulted in deaths and injuries.', 'killings');
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-agent');
  });
});
