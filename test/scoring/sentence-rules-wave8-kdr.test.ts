import { isAsserted, signalOf, statusOf } from './sentence-status';

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
    const s = signalOf(
      'A militia loyal to the government shot and killed five farmers near Tovel in June.',
      'killings',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('state');
  });
});

describe('killings: a private agent named after "by" is who killed, whoever else the sentence names', () => {
  it('when officials believed a man was beaten to death by inmates, killings are not asserted (violence between inmates)', () => {
    const s = signalOf(
      'Prison officials believed the man had been beaten to death by inmates of his block in Dorvan jail.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:inmate-agent');
  });

  it('when officials believed a teacher was stabbed to death by her brother, killings are not asserted (a private killing)', () => {
    expect(
      isAsserted(
        'Officials believed the teacher had been stabbed to death by her brother in Kestrel in May.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when a prisoner was beaten to death by guards and fellow inmates, killings are still asserted', () => {
    expect(
      isAsserted(
        'Inmates at Dorvan jail said a prisoner was beaten to death by guards and fellow inmates.',
        'killings',
      ),
    ).toBe(true);
  });

  it('when inmates were shot dead by guards, killings are still asserted (the inmates are the victims)', () => {
    expect(
      isAsserted('Three inmates were shot dead by guards during a protest at Dorvan jail.', 'killings'),
    ).toBe(true);
  });
});

describe('killings: an armed actor that is only the victim of a passive killing', () => {
  it('when a police officer was killed and no killer is named, killings are not asserted', () => {
    const s = signalOf('A police officer was killed near the market in Dovra in July.', 'killings');
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:agent-victim');
  });

  it('when rebels were injured or killed in clashes, killings are not asserted', () => {
    expect(
      isAsserted('Several Dovar rebels were injured or killed in the clashes near Ulm.', 'killings'),
    ).toBe(false);
  });

  it('when a police officer was killed by rebels, killings are still asserted', () => {
    expect(
      isAsserted('A police officer was killed by rebels near the market in Dovra in July.', 'killings'),
    ).toBe(true);
  });

  it('when soldiers were killed as insurgents attacked their post, killings are still asserted', () => {
    expect(
      isAsserted('Two soldiers were killed when insurgents attacked their post in Dovra.', 'killings'),
    ).toBe(true);
  });

  it('when protesters were killed, killings are still asserted', () => {
    expect(isAsserted('Protesters were killed near the market in Dovra in July.', 'killings')).toBe(true);
  });
});

describe('disappearance: things that vanish are no disappeared persons', () => {
  it('when an editor wrote on the disappearance of a truck of medicines, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'In May the editor was questioned at the army base over his article on the disappearance of a truck loaded with medicines.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when lorries of fuel disappeared from a depot, disappearance is not asserted', () => {
    expect(
      isAsserted('Police said the lorries disappeared from the fuel depot in Ulm in March.', 'disappearance'),
    ).toBe(false);
  });

  it('when an editor wrote on the disappearance of a student held at an army base, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'The editor wrote about the disappearance of a student held at the army base in Ulm.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('killings: "execute" in the sense of carrying out work', () => {
  it('when a ministry lacked staff to execute the planned labour inspections, killings are not asserted', () => {
    expect(
      isAsserted(
        'The labour ministry of Vantor lacked the staff needed to execute the planned inspections of farms.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when soldiers executed three detained villagers, killings are still asserted', () => {
    expect(isAsserted('Soldiers executed three detained villagers near Vantor in April.', 'killings')).toBe(
      true,
    );
  });
});

describe('refoulement: a return that "could amount to" refoulement is characterised, not hypothetical', () => {
  it('when NGOs said the transfer of asylum seekers could amount to refoulement, refoulement is asserted', () => {
    expect(
      isAsserted(
        'Aid groups in Varn said many asylum seekers sent on to third countries met abuse there and that the transfers could amount to refoulement.',
        'refoulement',
      ),
    ).toBe(true);
  });

  it('when refugees could face refoulement if the bill passed, refoulement stays not asserted', () => {
    expect(
      isAsserted(
        'Aid groups in Varn warned that refugees could face refoulement if the new bill passed.',
        'refoulement',
      ),
    ).toBe(false);
  });
});

describe('"whether or not" poses a question, it asserts nothing', () => {
  it('when a UN body asked whether or not a removal was a case of refoulement, refoulement is not asserted', () => {
    const s = signalOf(
      'A UN rapporteur opened an inquiry in Varn into whether or not the removal of the two men was a case of refoulement.',
      'refoulement',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:question');
  });

  it('when police returned refugees to Dorland, where they faced torture, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In May police in Varn forcibly returned six refugees to Dorland, where they faced torture, whether or not they had applied for asylum.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('disappearance: children who went missing with no one said to have taken them', () => {
  it('when officers reported that children went missing and most were found, disappearance is not asserted', () => {
    const s = signalOf(
      'Child protection officers in Ulm reported 61 children went missing from January through June, though most were later found.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-agent');
  });

  it('when rebels seized girls who then went missing, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Villagers said rebels seized two girls at a market in Ulm, and the girls went missing.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('disappearance: a person who vanished while or after doing something of their own', () => {
  it('when a writer disappeared after leaving her flat and no one is said to have taken her, disappearance is not asserted', () => {
    const s = signalOf(
      'In April the writer Lina Orvek disappeared after leaving her flat in Ulm to meet a publisher.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:no-agent');
  });

  it('when a student disappeared while travelling home, disappearance is not asserted', () => {
    expect(
      isAsserted(
        'A student from Varn disappeared in Ulm while travelling home for the holidays.',
        'disappearance',
      ),
    ).toBe(false);
  });

  it('when a student disappeared after being taken by soldiers, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'A student from Varn disappeared after being taken from his home by soldiers in May.',
        'disappearance',
      ),
    ).toBe(true);
  });

  it('when an activist disappeared after criticising the army, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'An activist in Varn disappeared in May after he criticised army leaders online.',
        'disappearance',
      ),
    ).toBe(true);
  });
});

describe('refoulement: a power to prevent returning someone is a protection, not a return', () => {
  it('when island courts may have a basis to prevent returning a person to where they would face torture, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'The courts of Varn island may have grounds in treaty law to prevent returning migrants to states where they might face torture or death.',
        'refoulement',
      ),
    ).toBe(false);
  });

  it('when police returned asylum seekers to Dorland, where they faced torture, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'In June police returned 14 asylum seekers to Dorland, where they faced torture, despite a court order.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('dating: what goes on in a "who"/"whose" clause describes the people, not the act', () => {
  it('when a monitor in a past year faulted expelling asylum seekers whose appeals were still pending, refoulement is historical', () => {
    const s = signalOf(
      'In November 2020 a European monitor faulted the practice of expelling asylum seekers whose appeals were still pending in Varn.',
      'refoulement',
      2021,
    );
    expect(s?.status).toBe('historical');
  });

  it('when women abducted since a past year still have unknown fates, disappearance is still asserted', () => {
    expect(
      isAsserted(
        'Officials said that since May 2020 rebels had abducted 90 women of Ulm whose fates remained unclear.',
        'disappearance',
        2021,
      ),
    ).toBe(true);
  });

  it('when asylum seekers were still being expelled, refoulement stays current', () => {
    expect(
      statusOf(
        'In November 2020 a European monitor said police still expelled asylum seekers to Dorland, where they faced torture.',
        'refoulement',
        2021,
      ),
    ).toBe('asserted');
  });
});

describe('killings: deaths in prison riots and fights among prisoners', () => {
  it('when four inmates were killed in a riot at a prison and no agent is named, killings are not asserted', () => {
    const s = signalOf(
      'In March four inmates were killed and ten hurt in a riot at Dorvan prison.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:prison-violence');
  });

  it('when a gang-related shooting inside a jail killed one inmate, killings are not asserted', () => {
    expect(
      isAsserted(
        'Jail officials in Varn reported a gang-related shooting inside the jail that killed one inmate.',
        'killings',
      ),
    ).toBe(false);
  });

  it('when guards shot dead inmates during a prison riot, killings are still asserted', () => {
    expect(
      isAsserted('Guards shot dead four inmates during a riot at Dorvan prison in March.', 'killings'),
    ).toBe(true);
  });

  it('when rebels killed villagers in a riot far from any prison, killings are still asserted', () => {
    expect(isAsserted('Rebels killed five villagers during a riot at the market in Ulm.', 'killings')).toBe(
      true,
    );
  });
});

describe('refoulement: decisions on deportations are administrative steps, not returns', () => {
  it('when a ministry postponed all decisions on forced deportations of asylum seekers, refoulement is not asserted', () => {
    expect(
      isAsserted(
        'The ministry of Varn told lawmakers that all decisions on forced deportations of asylum seekers from Dorland would wait six months given the fighting there.',
        'refoulement',
      ),
    ).toBe(false);
  });

  it('when police carried out forced deportations of asylum seekers to Dorland despite the fighting, refoulement is still asserted', () => {
    expect(
      isAsserted(
        'Police in Varn carried out forced deportations of asylum seekers to Dorland in May, where they faced persecution.',
        'refoulement',
      ),
    ).toBe(true);
  });
});

describe('killings: killings of the elderly with no agent named are societal killings', () => {
  it('when the press reported killings of the elderly in several districts, killings are not asserted', () => {
    const s = signalOf(
      'Newspapers in Varn reported killings of the elderly in several districts.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:elderly-victims');
  });

  it('when soldiers killed elderly villagers, killings are still asserted', () => {
    expect(isAsserted('Soldiers killed six elderly villagers near Ulm in March.', 'killings')).toBe(true);
  });

  it('when rebels killed elderly farmers, killings are still asserted', () => {
    expect(
      isAsserted('Rebels of the Dovar front killed four elderly farmers near Ulm in March.', 'killings'),
    ).toBe(true);
  });
});

describe('"uncertainty about" a toll poses a question, it asserts nothing', () => {
  it('when limited access left uncertainty about the number of civilian deaths, killings are not asserted', () => {
    const s = signalOf(
      'Because monitors could not reach the Ulm valley, there was uncertainty about the number of civilian deaths there.',
      'killings',
    );
    expect(s?.status).toBe('hypothetical');
    expect(s?.reason).toBe('hypothetical:question');
  });

  it('when soldiers killed civilians despite uncertainty about the toll, killings are still asserted', () => {
    expect(
      isAsserted(
        'Soldiers shot dead at least nine civilians in the Ulm valley in May, though there was uncertainty about the full toll.',
        'killings',
      ),
    ).toBe(true);
  });
});
