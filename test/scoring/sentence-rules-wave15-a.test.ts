import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('refoulement: a label someone declined to give the return', () => {
  it('when the agency did not classify the expulsions as refoulement, refoulement is not asserted', () => {
    const s = signalOf(
      'The refugee agency did not classify the Kestrel expulsions as refoulement but said it was studying them.',
      'refoulement',
    );
    expect(s?.status).toBe('negated');
    expect(s?.reason).toBe('negation:not-classified');
  });

  it('when the agency did not say that the transfer constituted refoulement, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'The refugee agency did not state that the transfer constituted a case of refoulement, and its review went on.',
        'refoulement',
      ),
    ).toBe(false);
  });

  it('when NGOs reported refoulement of asylum seekers, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In May NGOs reported the refoulement of 14 asylum seekers from Dorvan who had not been heard.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('refoulement: a court ruling on whether a return may go ahead', () => {
  it('when the court ruled against deporting asylum seekers, refoulement is not asserted', () => {
    const s = signalOf(
      'In March the court ruled against deporting the asylum seekers to Ostmark, citing reports of pushbacks there.',
      'refoulement',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:ruling');
  });

  it('when the Council of State ruled that returns of asylum seekers may resume, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'The Council of State ruled in June that the minister was permitted to resume returns of asylum seekers to Ostmark despite the risk of pushbacks.',
        'refoulement',
      ),
    ).toBe(false);
  });

  it('when the court ruled that police had deported asylum seekers to danger, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'The court ruled that police had deported asylum seekers to Ostmark in May although they faced torture there.',
        'refoulement',
      ),
    ).toBe(true);
  });

  it('when police deported asylum seekers who faced torture, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In May police deported asylum seekers to Ostmark although they faced torture there.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('refoulement: being sent to a prison here is imprisonment, not a return', () => {
  it('when activists were beaten before being sent to a prison where they might face torture, refoulement is not asserted', () => {
    const s = signalOf(
      'Activists in Tovel were often beaten before being sent to a prison where they might face torture.',
      'refoulement',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:imprisonment');
  });

  it('when refugees were sent back to a country where they faced torture, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In April police sent 12 refugees back to Ostmark, where they faced torture.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('any category: a past verb whose object is "no one"', () => {
  it('when officials made sure they deported no one whose claim was pending, refoulement is not asserted', () => {
    const s = signalOf(
      'Officials checked each asylum file with the refugee agency to ensure they deported no one whose claim was pending.',
      'refoulement',
    );
    expect(s?.status).toBe('negated');
    expect(s?.reason).toBe('negation:no-one-object');
  });

  it('when officials deported asylum seekers with pending claims, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In May officials deported 30 asylum seekers with pending claims to Ostmark, where they faced persecution.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('refoulement: entry refused to people who asked for asylum', () => {
  it('when border police denied entry to travellers who sought asylum, refoulement is asserted', () => {
    expect(
      isAsserted(
        'In May border police at Kestrel airport denied entry to nine Ostmark nationals who sought to claim asylum.',
        'refoulement',
      ),
    ).toBe(true);
  });

  it('when border police refused entry to a visiting journalist, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'In May border police at Kestrel airport refused entry to a visiting journalist from Ostmark.',
        'refoulement',
      ),
    ).toBe(false);
  });
});

describe('refoulement: a refugee whose status was granted is returned to the danger it was granted for', () => {
  it('when officials deported a UNHCR-recognized refugee to his home country, refoulement is asserted', () => {
    expect(
      isAsserted(
        'In June immigration officials deported a UNHCR-recognized Ostmark refugee to Ostmark despite appeals from UNHCR.',
        'refoulement',
      ),
    ).toBe(true);
  });

  it('when officials forcibly returned an activist who had lived as a refugee abroad, refoulement is asserted', () => {
    expect(
      isAsserted(
        'In March officials forcibly returned to Ostmark the activist Tor Venn, who had lived as a refugee in Dorvan.',
        'refoulement',
      ),
    ).toBe(true);
  });

  it('when officials deported a migrant with no refugee status named, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'In June immigration officials deported an Ostmark migrant to Ostmark despite appeals from his employer.',
        'refoulement',
      ),
    ).toBe(false);
  });
});
