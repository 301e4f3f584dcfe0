import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: the abuse of drugs or alcohol is not abuse of a person', () => {
  it('when narcotics circulated in the jails and drug abuse was common, torture is not asserted', () => {
    const s = signalOf(
      'Narcotics circulated freely in the Varnel jails, and drug abuse among the inmates was widespread.',
      'torture',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:generic-abuse');
  });

  it('when substance and alcohol abuse were common in detention centres, torture is not asserted', () => {
    expect(
      isAsserted(
        'Monitors in Ostrava Vale noted that substance abuse and alcohol abuse were frequent in detention centers.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when guards let drug abusers deal in the cells, torture is not asserted', () => {
    expect(
      isAsserted('Guards at Kelmor prison tolerated drug abusers trading pills in the cells.', 'torture'),
    ).toBe(false);
  });

  it('when the abuse of alcohol was common among prisoners, neither torture nor detention conditions is asserted', () => {
    const sentence = 'The abuse of alcohol among prisoners in Varnel was common.';
    expect(isAsserted(sentence, 'torture')).toBe(false);
    expect(isAsserted(sentence, 'detention_conditions')).toBe(false);
  });

  it('when the jails were overcrowded and drug abuse was widespread, detention conditions are still asserted', () => {
    const sentence = 'The Kelmor jails were badly overcrowded, and drug abuse was widespread.';
    expect(isAsserted(sentence, 'detention_conditions')).toBe(true);
    expect(isAsserted(sentence, 'torture')).toBe(false);
  });

  it('when guards abused the prisoners as well, torture is still asserted', () => {
    expect(
      isAsserted(
        'Guards in Varnel abused prisoners in the jail, and drug abuse among inmates was common.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when abuse among inmates was frequent, detention conditions are still asserted', () => {
    expect(isAsserted('Abuse among inmates at the Kelmor jail was frequent.', 'detention_conditions')).toBe(
      true,
    );
  });
});

describe('legal norm: a law that prescribes penalties sets them for whoever its who-clause names', () => {
  it('when the law prescribes life in prison for officers who commit torture on duty, torture is not asserted', () => {
    const s = signalOf(
      'The Dorvan penal law prescribes 15 to 20 years in prison for anyone convicted of torture and life in prison for officers who commit torture while on duty.',
      'torture',
    );
    expect(s?.status).toBe('legal_norm');
    expect(s?.reason).toBe('legal:law-provides');
  });

  it('when the statute prescribed prison terms for officials who beat detainees, torture is not asserted', () => {
    expect(
      isAsserted(
        'The Tovel statute prescribed prison terms of up to 12 years for officials who beat detainees.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when the code imposes life imprisonment on officials who commit torture, torture is not asserted', () => {
    expect(
      isAsserted(
        'The Kestrel code imposes life imprisonment on public servants who commit torture at work.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when the statute prescribed long terms yet officers tortured detainees during the year, torture is still asserted', () => {
    expect(
      isAsserted(
        'The Dorvan statute prescribed long prison terms for torture, yet officers in Kestrel tortured at least a dozen detainees during the year.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when pretrial detention exceeded the period the law prescribed, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Pretrial detention in Kestrel often exceeded the maximum period the law prescribed.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('court events: a long list of counts keeps its items inside the conviction', () => {
  const counts =
    'In March the Tovel High Court convicted former militia leader Arno Veld on 31 counts of war crimes, crimes against humanity, and other offenses, including murder, pillage, abduction, and torture committed during the Kestrel insurgency.';

  it('when a court convicts a former commander on counts including murder and torture from an old insurgency, torture is not asserted', () => {
    const s = signalOf(counts, 'torture');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:conviction');
  });

  it('when the counts of that conviction include murder and abduction, neither killings nor disappearance is asserted', () => {
    expect(isAsserted(counts, 'killings')).toBe(false);
    expect(isAsserted(counts, 'disappearance')).toBe(false);
  });

  it('when the sentence goes on to say police tortured detainees, torture is still asserted', () => {
    expect(
      isAsserted(
        'In March the Tovel High Court convicted former militia leader Arno Veld on 31 counts of war crimes, crimes against humanity, and other offenses, including murder and pillage, while police in the capital tortured detainees.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('topics: the subjects someone wrote or spoke about are not said to have happened', () => {
  const topics =
    'Reporter Ilsa Marrow had posted essays and films on themes seen as delicate, including the jailing of reporters, disappearances, police abuse, and farm seizures.';

  it('when a reporter posted essays on themes including disappearances and police abuse, disappearance is not asserted', () => {
    const s = signalOf(topics, 'disappearance');
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('institutional:topic');
  });

  it('when those themes include police abuse and the jailing of reporters, neither torture nor political prisoners is asserted', () => {
    expect(isAsserted(topics, 'torture')).toBe(false);
    expect(isAsserted(topics, 'political_prisoners')).toBe(false);
  });

  it('when reporters who covered topics such as graft were beaten by police, torture is still asserted', () => {
    expect(
      isAsserted('In Kestrel reporters who covered topics such as graft were beaten by police.', 'torture'),
    ).toBe(true);
  });

  it('when police beat a blogger who wrote on sensitive topics, torture is still asserted', () => {
    expect(isAsserted('Police in Tovel beat a blogger who wrote on sensitive topics.', 'torture')).toBe(true);
  });
});
