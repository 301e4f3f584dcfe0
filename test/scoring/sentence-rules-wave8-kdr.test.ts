import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('actors: "to the police" names whom someone turned to, not who acted', () => {
  it('when a man killed his brother and then gave himself up to the police, killings are not asserted (a domestic killing)', () => {
    const s = signalOf(
      'In March a trader in Tovel killed his younger brother during a quarrel and then gave himself up to the police.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when soldiers killed a man and then handed his body to the police, killings are still asserted', () => {
    expect(
      isAsserted(
        'Witnesses said soldiers shot and killed his brother at a checkpoint near Tovel and then handed the body to the police.',
        'killings',
      ),
    ).toBe(true);
  });
});

describe('actors: "loyal to the government" still ties a militia to the state', () => {
  it('when a militia loyal to the government killed farmers, the actor is the state', () => {
    const s = signalOf('A militia loyal to the government shot and killed five farmers near Tovel in June.', 'killings');
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('state');
  });
});
