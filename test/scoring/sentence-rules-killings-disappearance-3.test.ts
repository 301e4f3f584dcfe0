import { signalOf, statusOf } from './sentence-status';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.

describe('infanticide is a private crime unless an agent of it is named', () => {
  it('when a sentence says only that infanticide cases were reported, no killing is asserted', () => {
    const s = signalOf('Instances of infanticide were likewise recorded in upland villages.', 'killings');
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-crime');
  });

  it('when soldiers are said to have committed infanticide, the killing is asserted', () => {
    expect(
      statusOf(
        'Witnesses said soldiers committed infanticide against babies of detained mothers.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('executing a contract or plan is not an execution', () => {
  it('when a sentence says most contracts were executed after tenders, no killing is asserted', () => {
    expect(
      statusOf(
        'The auditors found that 64 percent of public contracts were executed after open tenders.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when a sentence says prisoners were executed, the killing is asserted', () => {
    expect(
      statusOf('Witnesses said four prisoners were executed in the camp yard in June.', 'killings'),
    ).toBe('asserted');
  });
});

describe('a call to kill is incitement, not a killing', () => {
  it('when online posts urge readers to kill members of a group, no killing is asserted', () => {
    expect(
      statusOf(
        'Several online posts urged readers to kill or beat persons thought to be atheists.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when a militia is said to have killed members of a group, the killing is asserted', () => {
    expect(
      statusOf('Several witnesses said a militia killed persons thought to be atheists.', 'killings'),
    ).toBe('asserted');
  });
});

describe('"in case of" introduces a condition, not an event', () => {
  it('when a sentence says what an office does in case of a killing by police, no killing is asserted', () => {
    const s = signalOf(
      'In case of a killing by a police officer, the oversight office reviews whether the force used was lawful.',
      'killings',
    );
    expect(s?.status).toBe('hypothetical');
  });

  it('when a sentence reports "the case of" a killing by police, the killing is asserted', () => {
    expect(
      statusOf(
        'In the case of a vendor killed by a police officer in May, witnesses said he was unarmed.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('"charged [someone] with" a killing is a court event', () => {
  it('when prosecutors charged several persons with murder and no date is given, no killing is asserted', () => {
    const s = signalOf(
      'Prosecutors charged five guards with murder and neglect of duty over the fire.',
      'killings',
    );
    expect(s?.status).toBe('historical');
    expect(s?.reason).toBe('court_event:charge');
  });

  it('when the charged killing is dated to a month of the report year, the killing is asserted', () => {
    expect(
      statusOf('Prosecutors charged five guards with the killing of an inmate in April.', 'killings'),
    ).toBe('asserted');
  });
});

describe('a killing that only dates the event the sentence reports is its background', () => {
  it('when troops arrested villagers "following the May 3 killing" of a soldier, no killing is asserted', () => {
    const s = signalOf(
      'Local monitors said that following the May 3 killing of a customs officer near Ravelle, troops detained 90 villagers.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:setting-event');
  });

  it('when a rally was held "in response to" a lawyer’s abduction, no disappearance is asserted', () => {
    expect(
      statusOf('In response to the lawyer’s abduction, students marched to the ministry.', 'disappearance'),
    ).not.toBe('asserted');
  });

  it('when the background killing names its own agent, the killing is asserted', () => {
    expect(
      statusOf(
        'Following the killing of two students by soldiers in May, teachers closed the schools of the district.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when soldiers are the subject of the killing, it is asserted even if a later event follows', () => {
    expect(
      statusOf(
        'Soldiers killed two students in May, and teachers closed the schools the following week.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a possessor before an anchored killing may be its agent', () => {
  it('when strikes followed "the army’s killing" of villagers, the killing is asserted', () => {
    expect(
      statusOf(
        'Following the army’s killing of nine villagers in June, traders closed the market.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('deaths in detention from neglect are killings', () => {
  it('when a monitor reports inmates died of hunger in two jails, a killing is asserted', () => {
    expect(
      statusOf(
        'A monitor reported that at least 12 inmates in two jails died of hunger after rations were cut.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when prisoner deaths are attributed to untreated illness, a killing is asserted', () => {
    expect(
      statusOf(
        'The commission said 90 prisoners died in the region, 40 of them from untreated injuries.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when children died of hunger in villages, with no detention named, no killing is asserted', () => {
    expect(
      statusOf(
        'Aid workers said at least 12 children in two villages died of hunger after the harvest failed.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when prisoners are said to have died of diseases, no killing is asserted', () => {
    expect(
      statusOf(
        'The ministry reported that 30 prisoners died of diseases such as tuberculosis during the year.',
        'killings',
      ),
    ).not.toBe('asserted');
  });
});

describe('relatives or monitors unable to learn where a detainee is held', () => {
  it('when a family could not learn the whereabouts of a detained activist, disappearance is asserted', () => {
    expect(
      statusOf(
        'His sister said neither she nor his lawyer knew the detained activist’s whereabouts a month after his arrest.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when monitors were unable to determine the fate of prisoners, disappearance is asserted', () => {
    expect(
      statusOf(
        'Monitors were unable to determine the fate of 30 prisoners moved from the northern jail.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when police did not know the whereabouts of a fugitive, no disappearance is asserted', () => {
    expect(
      statusOf('Police said they did not know the whereabouts of the fugitive businessman.', 'disappearance'),
    ).not.toBe('asserted');
  });
});

describe('"this case involved" names the content of a court case', () => {
  it('when a prosecutor says this case involved massacres, no killing is asserted', () => {
    const s = signalOf(
      'According to the prosecutor, this case involved at least 12 massacres in the highlands.',
      'killings',
    );
    expect(s?.status).toBe('historical');
  });

  it('when a sentence says soldiers committed massacres, the killing is asserted', () => {
    expect(
      statusOf(
        'According to the prosecutor, soldiers committed at least 12 massacres in the highlands in May.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('deaths in a building collapse are an accident', () => {
  it('when residents were killed when a house collapsed, no killing is asserted', () => {
    const s = signalOf(
      'Neighbors protested after three residents were killed when an old tenement collapsed.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:accident');
  });

  it('when police killed residents during an eviction, the killing is asserted', () => {
    expect(
      statusOf(
        'Neighbors protested after police killed three residents during the eviction of an old tenement.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('"potentially arbitrary" qualifies the lawfulness of killings that happened', () => {
  it('when there were reports that agents committed potentially unlawful killings, the killings are asserted', () => {
    expect(
      statusOf(
        'There were three reports that state agents committed potentially unlawful killings.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when agents could potentially commit killings, no killing is asserted', () => {
    expect(
      statusOf(
        'Observers warned that state agents could potentially commit killings during the vote.',
        'killings',
      ),
    ).not.toBe('asserted');
  });
});

describe('dying in police custody', () => {
  it('when media reported persons dying in police custody, a killing is asserted', () => {
    expect(
      statusOf(
        'Local media reported several persons dying in police custody after interrogations.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when the law says deaths in police custody must be investigated, no killing is asserted', () => {
    expect(
      statusOf(
        'The law requires that any death in police custody be investigated by a magistrate.',
        'killings',
      ),
    ).not.toBe('asserted');
  });
});

describe('an abuse followed by "if ... occur" is a condition', () => {
  it('when a sentence describes safeguards for disappearances if any occur, no disappearance is asserted', () => {
    expect(
      statusOf('Prosecutors have procedures to handle disappearances if any were to occur.', 'disappearance'),
    ).not.toBe('asserted');
  });

  it('when a sentence describes a review of killings if they happen in prisons, no killing is asserted', () => {
    expect(statusOf('An inspector reviews killings if they happen in prisons.', 'killings')).not.toBe(
      'asserted',
    );
  });

  it('when disappearances occurred and an "if" clause follows later, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Soldiers carried out disappearances of farmers in March, and relatives asked if anyone had seen them.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('a case about an abuse is a court event', () => {
  it('when a court awaited the criminal case about a disappearance, no disappearance is asserted', () => {
    const s = signalOf(
      'The district court postponed the family’s claim until the criminal case about the editor’s disappearance was closed.',
      'disappearance',
    );
    expect(s?.status).toBe('historical');
  });

  it('when a case about a disappearance dated to a month of the year is opened, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Prosecutors opened a case about the disappearance of a student taken by police in April.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('things that disappear are not disappeared persons', () => {
  it('when the opposition cited the disappearance of ballot boxes, no disappearance is asserted', () => {
    expect(
      statusOf(
        'Opposition candidates cited vote buying and the disappearance of ballot boxes.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });

  it('when the opposition cited the disappearance of its candidates, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Opposition parties cited the disappearance of two candidates after police took them in May.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('an event joined to an anchored one shares its anchor', () => {
  it('when a raid followed "the abduction and murder" of an officer, no killing is asserted', () => {
    expect(
      statusOf(
        'The mayor apologized for a raid on the settlement, which followed the abduction and murder of a customs officer in March.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when soldiers carried out "the abduction and murder" of an officer, the killing is asserted', () => {
    expect(
      statusOf('Soldiers carried out the abduction and killing of a customs officer in March.', 'killings'),
    ).toBe('asserted');
  });
});

describe('saying police should kill suspects is advocacy, not a killing', () => {
  it('when officials said police should kill smugglers, no killing is asserted', () => {
    expect(
      statusOf(
        'Rights groups criticized the governor for saying that police should kill smugglers who flee.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('when police shot smugglers who fled, the killing is asserted', () => {
    expect(
      statusOf('Rights groups said police shot dead two smugglers who fled a checkpoint in May.', 'killings'),
    ).toBe('asserted');
  });
});

describe('a month after "by" or "until" is a deadline of the court event, not the date of the abuse', () => {
  it('when an inquiry into a killing had not ended by October, no killing is asserted', () => {
    const s = signalOf(
      'Prosecutors opened an inquiry into the killing of a farmer, which had not ended by October.',
      'killings',
    );
    expect(s?.status).toBe('historical');
  });

  it('when an inquiry concerns a killing in October, the killing is asserted', () => {
    expect(
      statusOf(
        'Prosecutors opened an inquiry into the killing of a farmer by soldiers in October.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('lynching is a killing when its agent is named', () => {
  it('when soldiers are said to have lynched villagers, a killing is asserted', () => {
    expect(
      statusOf(
        'A rights league reported that in March, soldiers on patrol beat and lynched six herders.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a crowd lynched suspected thieves, no killing is asserted', () => {
    expect(statusOf('A mob lynched three men suspected of stealing cattle.', 'killings')).not.toBe(
      'asserted',
    );
  });
});

describe('an improvised explosive device names an armed group as the agent', () => {
  it('when IED blasts resulted in the deaths of traders, a killing is asserted', () => {
    expect(
      statusOf('Two IED blasts on the border road resulted in the deaths of seven traders.', 'killings'),
    ).toBe('asserted');
  });

  it('when storms resulted in the deaths of traders, no killing is asserted', () => {
    expect(
      statusOf('Two storms on the border road resulted in the deaths of seven traders.', 'killings'),
    ).not.toBe('asserted');
  });
});

describe('a party to a conflict is a side in it, not a state bound by a treaty', () => {
  it('when all parties to the conflict killed civilians, the killings are asserted', () => {
    expect(statusOf('All parties to the conflict killed civilians in the river towns.', 'killings')).toBe(
      'asserted',
    );
  });

  it('when rebels not party to the peace process abducted aid workers, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Two rebel factions, neither of which is party to the peace process, abducted aid workers.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when the country is party to the convention on enforced disappearance, no disappearance is asserted', () => {
    expect(
      statusOf('The country is a party to the treaty on enforced disappearance.', 'disappearance'),
    ).not.toBe('asserted');
  });
});

describe('an inquiry done inconsistently is a failure of accountability for abuse that happened', () => {
  it('when authorities inconsistently investigated allegations of police killings, the killings are asserted', () => {
    expect(
      statusOf(
        'The interior ministry inconsistently investigated allegations of police killings.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when authorities investigated allegations of police killings, the killings are a court event', () => {
    expect(
      statusOf('The interior ministry investigated allegations of police killings.', 'killings'),
    ).not.toBe('asserted');
  });
});

describe('a mental illness is the victim’s condition, not a natural cause of death', () => {
  it('when a man with a mental illness died in police custody, a killing is asserted', () => {
    expect(
      statusOf(
        'In June a street vendor with a mental illness died in police custody hours after his arrest.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('when a man died in police custody of an illness, no killing is asserted', () => {
    expect(
      statusOf(
        'In June a street vendor died in police custody of a long illness, according to his family.',
        'killings',
      ),
    ).not.toBe('asserted');
  });
});

describe('a full date of an earlier year after a killing dates it', () => {
  it('when air strikes caused deaths "between May 2 and November 30" of the previous year, no killing is asserted', () => {
    const s = signalOf(
      'Air strikes by the army resulted in 120 civilian deaths between May 2 and November 30, 2021, according to the UN.',
      'killings',
      2022,
    );
    expect(s?.status).toBe('historical');
  });

  it('when the full date is in the report year, the killing is asserted', () => {
    expect(
      statusOf(
        'Air strikes by the army resulted in 120 civilian deaths between May 2 and November 30, 2022, according to the UN.',
        'killings',
        2022,
      ),
    ).toBe('asserted');
  });

  it('when protesters arrested after a rally on a date of the previous year were sentenced, they stay political prisoners', () => {
    expect(
      statusOf(
        'Two activists, arrested after peacefully protesting on August 9, 2021, were sentenced to six years in prison for disorder.',
        'political_prisoners',
        2022,
      ),
    ).toBe('asserted');
  });
});

describe('slave masters are private perpetrators', () => {
  it('when reports say slave masters abducted the children of their slaves, no disappearance is asserted', () => {
    const s = signalOf(
      'Activists reported slave masters abducting the sons of families they held in servitude.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when reports say militiamen abducted the children of herders, the disappearance is asserted', () => {
    expect(
      statusOf(
        'Activists reported militiamen abducting the sons of herders they held in servitude.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('a count of killings whose share is killed by kin counts private killings', () => {
  it('when 40 women were killed, including nine killed by husbands, no killing is asserted', () => {
    const s = signalOf(
      'Through June the interior ministry said 40 women had been killed, including nine killed by a husband or boyfriend.',
      'killings',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:private-actor');
  });

  it('when 40 protesters were killed, including nine killed by police, the killing is asserted', () => {
    expect(
      statusOf(
        'Through June the rights league said 40 protesters had been killed, including nine killed by police officers.',
        'killings',
      ),
    ).toBe('asserted');
  });
});
