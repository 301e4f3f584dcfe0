import { signalOf, statusOf } from './sentence-status';

// Sentences written for these tests in the register of the Country Reports; none is copied from a report.

describe('a past year after a preposition dates the phrase before it, not the abuse after it', () => {
  it('counts villagers seized in an earlier year who remain missing as a current disappearance', () => {
    expect(
      statusOf(
        'The council said 400 of the 900 villagers seized by the rebel front in 2015 remained missing.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('still dates an abuse that an earlier year modifies directly', () => {
    expect(statusOf('The inquiry into the 2015 abduction of a village elder stalled.', 'disappearance')).toBe(
      'historical',
    );
  });
});

describe('a negative determiner reaches every noun of its list', () => {
  it('negates a disappearance named third in a "no X or Y, or Z" list', () => {
    expect(
      statusOf(
        'During the first half of the year, no summary executions or homicides, or enforced disappearances were recorded by the commission.',
        'disappearance',
      ),
    ).toBe('negated');
  });

  it('does not reach across a new predicate to an abuse that happened', () => {
    expect(
      statusOf(
        'No one was arrested or charged, and gunmen abducted two more traders in the delta in May.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('deaths in security operations are killings by the forces named in them', () => {
  it('counts deaths in police operations as state killings even beside vigilante killings', () => {
    const s = signalOf(
      'A children’s rights group counted 11 minors’ deaths in either police operations or vigilante killings tied to the narcotics drive.',
      'killings',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('state');
  });

  it('does not count deaths in operations that a law only regulates', () => {
    expect(
      statusOf(
        'The law requires an inquest into all deaths in police operations within 30 days.',
        'killings',
      ),
    ).toBe('legal_norm');
  });
});

describe('paraphrases of a killing', () => {
  it('counts fatalities of an insurgency as killings', () => {
    expect(
      statusOf(
        'By October, insurgency-related fatalities in the border districts had reached 240.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('does not count fatalities that the sentence denies', () => {
    expect(statusOf('There were no fatalities during the protests in the capital.', 'killings')).toBe(
      'negated',
    );
  });

  it('counts "his beating and death" as a killing', () => {
    expect(
      statusOf(
        'Friends said officers had threatened the trader weeks before his beating and death in a lockup in Arvale.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('does not count the beating and death of a person in an earlier year', () => {
    expect(
      statusOf('The court ruled on the beating and death of a farmer in 2016.', 'killings', 2022),
    ).not.toBe('asserted');
  });
});

describe('what is not a state or armed-group killing', () => {
  it('reads "there was no information regarding killings" as a denial, not missing accountability', () => {
    expect(
      statusOf(
        'There was no information during the reporting period on unlawful killings by gendarmes.',
        'killings',
      ),
    ).toBe('negated');
  });

  it('still reads "there was no investigation into the killings" as killings that went unpunished', () => {
    expect(
      statusOf(
        'There was no investigation into the killings of four herders by soldiers in June.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('leaves out a suspected thief beaten to death by a crowd', () => {
    expect(
      statusOf(
        'In May a youth accused of stealing a goat was chased by villagers in Korma and beaten to death.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('keeps a suspected thief beaten to death by police', () => {
    expect(
      statusOf('In May police beat to death a youth accused of stealing a goat in Korma.', 'killings'),
    ).toBe('asserted');
  });

  it('dates killings of the Second World War and the Holocaust to the past', () => {
    expect(
      statusOf(
        'The museum’s director spoke about the murder of the town’s Roma during the Holocaust.',
        'killings',
      ),
    ).toBe('historical');
    expect(
      statusOf('Partisans executed hundreds of villagers during the Second World War.', 'killings'),
    ).toBe('historical');
  });

  it('keeps a killing of the report year beside a mention of a war memorial', () => {
    expect(
      statusOf(
        'In April soldiers shot dead two youths near the memorial to the victims of fascism.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a hedge on a count is not a hedge on the abuse', () => {
  it('counts killings whose real number "was likely to be higher"', () => {
    expect(
      statusOf(
        'The monitoring group, whose staff believed the true toll was likely to be far higher, listed 812 civilians killed by the junta by August.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('still reads a likely future killing as hypothetical', () => {
    expect(
      statusOf('Activists said the detained organiser was likely to be executed within weeks.', 'killings'),
    ).toBe('hypothetical');
  });
});

describe('withheld whereabouts', () => {
  it('counts authorities who did not disclose where detainees were held as a disappearance', () => {
    expect(
      statusOf(
        'The security ministry did not disclose the whereabouts of 19 detained students.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('still negates it when the report denies any such case', () => {
    expect(
      statusOf(
        'There were no reports that officials did not disclose the whereabouts of persons in custody.',
        'disappearance',
      ),
    ).toBe('negated');
  });
});

describe('deaths that no one inflicted', () => {
  it('leaves out deaths caused by floods or earthquakes', () => {
    expect(
      statusOf('Floods in the river valley killed more than 140 persons in August.', 'killings'),
    ).not.toBe('asserted');
  });

  it('keeps deaths that soldiers caused while delivering flood relief', () => {
    expect(
      statusOf(
        'Soldiers guarding a flood relief depot shot and killed three villagers in August.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a past year or decade right after the abuse dates it', () => {
  it('dates persons who disappeared "during the 1980s conflict" to the past', () => {
    expect(
      statusOf(
        'The search unit continued to look for the remains of persons who vanished or disappeared during the 1980s conflict.',
        'disappearance',
      ),
    ).toBe('historical');
  });

  it('keeps killings of the report year during protests that began in an earlier year', () => {
    expect(
      statusOf('Troops killed nine marchers in May during protests that began in 2019.', 'killings'),
    ).toBe('asserted');
  });
});

describe('limited accountability for killings', () => {
  it('counts lethal force whose investigations "were limited" as killings that happened', () => {
    expect(
      statusOf(
        'Two rights groups said inquiries into deadly incidents involving lethal force by regional police were limited.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('still treats inquiries into lethal force that were thorough as a court event', () => {
    expect(
      statusOf(
        'Two rights groups said inquiries into deadly incidents involving lethal force by regional police were thorough.',
        'killings',
      ),
    ).toBe('historical');
  });
});

describe('a person found dead in custody', () => {
  it('counts a man found dead in a police station as a killing by the state', () => {
    const s = signalOf(
      'In June a farmhand was found dead in a police station in Lorvik, where officers had questioned him about a theft.',
      'killings',
    );
    expect(s?.status).toBe('asserted');
    expect(s?.actor).toBe('state');
  });

  it('does not count a body found in a field with no custody', () => {
    expect(statusOf('In June a farmhand was found dead in a field near Lorvik.', 'killings')).toBeUndefined();
  });
});

describe('an era named right after the abuse dates it', () => {
  it('dates persons killed during the civil war even when the search for them continues', () => {
    expect(
      statusOf(
        'The forensic team continued to exhume the remains of villagers killed during the civil war.',
        'killings',
      ),
    ).toBe('historical');
  });

  it('dates persons who disappeared during the dictatorship', () => {
    expect(
      statusOf(
        'The ministry continued its efforts to trace persons who disappeared during the military dictatorship.',
        'disappearance',
      ),
    ).toBe('historical');
  });

  it('keeps killings that continue, compared with an era further on', () => {
    expect(
      statusOf('Soldiers continued to kill unarmed herders, as they had during the civil war.', 'killings'),
    ).toBe('asserted');
  });
});

describe('crime statistics', () => {
  it('does not count a murder rate as killings', () => {
    expect(statusOf('The national murder rate fell to 31 per 100,000 residents.', 'killings')).not.toBe(
      'asserted',
    );
  });

  it('keeps police killings reported beside a rising crime rate', () => {
    expect(
      statusOf('As the crime rate rose, police killed 61 suspects in raids on poor districts.', 'killings'),
    ).toBe('asserted');
  });
});

describe('abductions in a neighbouring country', () => {
  it('leaves out a dissident abducted in a neighbouring country', () => {
    expect(
      statusOf(
        'In April the exiled editor of a news site was abducted in a neighbouring country by unidentified men.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });

  it('keeps an abduction at home of a person who came from a neighbouring country', () => {
    expect(
      statusOf(
        'In April unidentified men abducted a trader from a neighbouring country in the capital’s market.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('paraphrases of killing with words in between', () => {
  it('counts "tortured her son to death" as a killing', () => {
    expect(
      statusOf(
        'Her family alleged that gendarmes had tortured her son to death in a cell in Mavra.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('counts "shot the councillor dead" and "gunned down" as killings', () => {
    expect(statusOf('In May gunmen shot the district councillor dead outside his home.', 'killings')).toBe(
      'asserted',
    );
    expect(statusOf('Militiamen gunned down a radio presenter in the market in June.', 'killings')).toBe(
      'asserted',
    );
  });

  it('counts executions the authorities carried out, but not a death sentence alone', () => {
    expect(
      statusOf(
        'Authorities carried out nine executions during the year, most for drug offenses.',
        'killings',
      ),
    ).toBe('asserted');
    expect(
      statusOf('A court sentenced two men to death for drug offenses in May.', 'killings'),
    ).toBeUndefined();
  });

  it('does not count torture that stopped short of death', () => {
    expect(
      statusOf('Her family alleged that gendarmes had tortured her son until he confessed.', 'killings'),
    ).toBeUndefined();
  });
});

describe('paraphrases of enforced disappearance', () => {
  it('counts a fate that remained unknown', () => {
    expect(
      statusOf(
        'Soldiers took the shepherd from his tent in March, and his fate remained unknown.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('counts a family that did not know where he was held', () => {
    expect(
      statusOf(
        'Men in plain clothes drove the poet away in a van; his family did not know where he was held.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('counts authorities who denied holding a person or refused to confirm a detention', () => {
    expect(
      statusOf('Officials denied holding him, although witnesses saw his arrest.', 'disappearance'),
    ).toBe('asserted');
    expect(
      statusOf(
        'Police seized the union leader and refused to confirm his detention to his relatives.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('counts a person held at a secret site, or who resurfaced in custody weeks later', () => {
    expect(statusOf('The student was held at a secret site for six weeks.', 'disappearance')).toBe(
      'asserted',
    );
    expect(
      statusOf(
        'The organiser reappeared in police custody a month after masked men seized him.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('counts a family with no news of him since his arrest', () => {
    expect(statusOf('His family had no news of him since his arrest in June.', 'disappearance')).toBe(
      'asserted',
    );
  });

  it('does not count a rumour that resurfaced or a fate of a bill', () => {
    expect(
      statusOf('Claims about the minister’s wealth resurfaced in the press.', 'disappearance'),
    ).toBeUndefined();
    expect(statusOf('The fate of the reform bill remained unclear.', 'disappearance')).toBeUndefined();
  });
});

describe('a victim’s attempt is not a hedge on what was done to them', () => {
  it('counts detainees who tried to escape and were shot dead as killed', () => {
    expect(
      statusOf(
        'Guards said the two detainees attempted to escape and were shot dead near the fence.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('counts herders said to be trying to escape and then shot', () => {
    expect(
      statusOf(
        'Troops claimed the herders were trying to escape the checkpoint and opened fire and killed them.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('still reads an attempt to kill as hypothetical', () => {
    expect(statusOf('Gunmen attempted to abduct and kill the mayor of Tessa.', 'killings')).toBe(
      'hypothetical',
    );
  });
});

describe('abductions for female genital mutilation', () => {
  it('leaves out a woman abducted by a secret society and subjected to FGM', () => {
    expect(
      statusOf(
        'Relatives said secret-society elders abducted a teenage girl from her village and subjected her to FGM.',
        'disappearance',
      ),
    ).not.toBe('asserted');
  });

  it('keeps an abduction by soldiers even when FGM is discussed', () => {
    expect(
      statusOf(
        'Soldiers abducted a campaigner against female genital mutilation from her office in May.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('violence between inmates', () => {
  it('leaves out a detainee beaten to death by fellow inmates, for killings and torture', () => {
    const s = 'In May a remand prisoner was beaten to death by fellow inmates in the Orlo jail.';
    expect(statusOf(s, 'killings')).not.toBe('asserted');
    expect(statusOf(s, 'torture')).not.toBe('asserted');
  });

  it('keeps a detainee beaten to death by guards while fellow inmates watched', () => {
    expect(
      statusOf(
        'In May guards beat a remand prisoner to death in the Orlo jail as fellow inmates watched.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a state word that names a place is not the agent', () => {
  it('leaves out a theft suspect dragged from a police station and stoned to death by residents', () => {
    expect(
      statusOf(
        'In July a herder held over a cattle theft was seized from a police post in Kelto by a crowd and stoned to death.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('keeps a theft suspect whom police beat to death', () => {
    expect(
      statusOf('In July police beat to death a man accused of theft at a checkpoint near Kelto.', 'killings'),
    ).toBe('asserted');
  });
});

describe('killings in private disputes', () => {
  it('leaves out a man who killed his neighbour in a land dispute', () => {
    expect(
      statusOf('In June a farmer killed his neighbour in a land dispute near Ostra.', 'killings'),
    ).not.toBe('asserted');
  });

  it('keeps soldiers who killed villagers in a land dispute', () => {
    expect(
      statusOf(
        'In June soldiers killed three villagers in a land dispute with a state plantation.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('"execute" with a plan, a programme or a warrant as its object is not a killing', () => {
  it('does not count a ministry that continued to execute a development plan', () => {
    expect(
      statusOf(
        'The ministry continued to execute the Coastal Fisheries Development Plan agreed with village councils.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('does not count officers who executed a search warrant', () => {
    expect(
      statusOf('In May officers executed a search warrant at the union office in Varno.', 'killings'),
    ).toBe(undefined);
  });

  it('still counts a militia that executed a village chief on the orders of its commander', () => {
    expect(
      statusOf('In March the militia executed the village chief on orders of its commander.', 'killings'),
    ).toBe('asserted');
  });
});

describe('a past year after "in a" dates the event it modifies, as "in the" already did', () => {
  it('treats workers killed in an explosion of an earlier year as historical', () => {
    expect(
      statusOf(
        'During the year a court ordered a mill owner to pay the families of four workers killed in a 2019 blast at the Dorva mill.',
        'killings',
        2021,
      ),
    ).toBe('historical');
  });

  it('still counts persons killed in a raid of the report year', () => {
    expect(
      statusOf('Police killed four persons in a 2021 raid on a market in Dorva.', 'killings', 2021),
    ).toBe('asserted');
  });
});

describe('a death that something "resulted in" or "led to" needs a named agent or a place of detention', () => {
  it('does not count a chemical spill at a plant that led to the deaths of two workers', () => {
    expect(
      statusOf(
        'In May a chlorine spill at the Varno tannery led to the deaths of two night-shift workers and burned four others.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('counts a police raid that resulted in the deaths of three residents', () => {
    expect(
      statusOf(
        'In May police raided a settlement near Varno, an operation that resulted in the deaths of three residents.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('counts beatings in a holding cell that led to the death of a detainee', () => {
    expect(
      statusOf('Beatings in a holding cell in Varno led to the death of a detainee in April.', 'killings'),
    ).toBe('asserted');
  });
});

describe('"murder" is the word for ordinary crime unless an agent or custody is named', () => {
  it('does not count protests held after the abduction and murder of a young woman by unnamed persons', () => {
    expect(
      statusOf(
        'In June residents marched in Ostra in response to Mirela’s abduction and murder, demanding a faster inquiry.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('counts a murder that soldiers committed', () => {
    expect(
      statusOf('Villagers said soldiers committed the murder of a herder near Ostra in June.', 'killings'),
    ).toBe('asserted');
  });

  it('counts militants who murdered teachers', () => {
    expect(statusOf('In March militants murdered two teachers in the Ostra valley.', 'killings')).toBe(
      'asserted',
    );
  });
});

describe('a death at the hands of fellow inmates is a matter of prison conditions, not a killing', () => {
  it('does not count a case against fellow detainees for an assault resulting in death, however far the charge runs', () => {
    expect(
      statusOf(
        'The justice ministry opened a case against two of Arno’s fellow detainees for aggravated assault and battery resulting in death in the Varno remand prison.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('still counts guards who beat a detainee to death in front of fellow inmates', () => {
    expect(
      statusOf(
        'In May guards beat a detainee to death in front of fellow inmates in Varno prison.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a killing called a hate crime is private violence unless a state agent did it', () => {
  it('does not count a killing that activists classified as a hate crime', () => {
    expect(
      statusOf(
        'Rights activists classified the killing as a hate crime, although prosecutors in Ostra did not accept that view.',
        'killings',
      ),
    ).not.toBe('asserted');
  });

  it('still counts soldiers whose killing of a shepherd was called a hate crime', () => {
    expect(
      statusOf(
        'In May soldiers killed a shepherd from the Aru minority, a killing that activists called a hate crime.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('beheadings are killings', () => {
  it('counts an armed group that engaged in beheadings of captives', () => {
    expect(
      statusOf(
        'Insurgent groups engaged in kidnappings for ransom, bombings of markets, and beheadings of captured villagers.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('does not count beheading named as a penalty in law', () => {
    expect(statusOf('The penal code prescribes beheading for armed robbery.', 'killings')).toBe('legal_norm');
  });
});

describe('a group that claimed responsibility for an attack owns it; that is no mandate', () => {
  it('counts an attack that killed civilians when an armed group claimed responsibility for it', () => {
    expect(
      statusOf(
        'The Northern Front claimed responsibility for an April 2 bombing at a bus depot in Varno that killed nine passengers.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('still reads an agency responsible for investigating killings as a mandate', () => {
    expect(
      statusOf(
        'The inspectorate is responsible for investigating killings by police officers in Varno.',
        'killings',
      ),
    ).not.toBe('asserted');
  });
});

describe('a month that modifies the abuse dates it to the report year, even under an inquiry', () => {
  it('counts a commission that investigated the June killing of a radio host', () => {
    expect(
      statusOf(
        'The rights commission also investigated the June killing of a radio host in Port Arva.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('still treats an inquiry into an undated killing as a court event', () => {
    expect(
      statusOf(
        'The rights commission also investigated the killing of a radio host in Port Arva.',
        'killings',
      ),
    ).toBe('historical');
  });
});

describe('an execution carried out is a killing; the execution of a plan is not', () => {
  it('counts the execution of a prisoner that an NGO criticised', () => {
    expect(
      statusOf(
        'A local rights group condemned the April 3 execution of a prisoner whose appeal was still pending.',
        'killings',
      ),
    ).toBe('asserted');
  });

  it('does not count the execution of a housing programme', () => {
    expect(
      statusOf(
        'Delays slowed the execution of the national housing programme in the southern districts.',
        'killings',
      ),
    ).toBe(undefined);
  });

  it('does not count prisoners awaiting execution or a stay of execution, which are no execution of anyone', () => {
    expect(statusOf('At year’s end 31 prisoners on death row were awaiting execution.', 'killings')).toBe(
      undefined,
    );
    expect(statusOf('In June the high court granted a stay of execution to two farmers.', 'killings')).toBe(
      undefined,
    );
  });

  it('does not count the execution of persons named as a penalty in law', () => {
    expect(
      statusOf('The penal code provides for the execution of persons convicted of treason.', 'killings'),
    ).toBe('legal_norm');
  });
});

describe('a relative clause right before the abuse narrows the object of an inquiry; it reports nothing new', () => {
  it('reads an ombudsman that investigated police actions that resulted in death as a court event', () => {
    expect(
      statusOf(
        'The police ombudsman investigated actions by officers and prison guards that resulted in death or injury.',
        'killings',
      ),
    ).toBe('historical');
  });

  it('still counts a killing that an NGO found, reported after "that"', () => {
    expect(
      statusOf(
        'The NGO investigated and concluded that soldiers killed four villagers near the dam.',
        'killings',
      ),
    ).toBe('asserted');
  });
});

describe('a committee formed or constituted to address an abuse is an institution, like one established', () => {
  it('does not count a cabinet that constituted a committee to draft a policy on enforced disappearances', () => {
    expect(
      statusOf(
        'The cabinet constituted a nine-member committee to draft a policy on enforced disappearances.',
        'disappearance',
      ),
    ).toBe('institutional');
  });

  it('still counts soldiers who abducted students before a committee was formed', () => {
    expect(
      statusOf(
        'In May the cabinet formed a committee after soldiers abducted two students from their dormitory.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('a body that routinely tracks or classifies cases, in the present tense, describes its mandate', () => {
  it('does not count a unit that tracks all complaints of enforced disappearances', () => {
    expect(
      statusOf(
        'The unit tracks all complaints of enforced disappearances and classifies them by region.',
        'disappearance',
      ),
    ).toBe('institutional');
  });

  it('still counts complaints that the unit received during the year', () => {
    expect(
      statusOf(
        'The unit received 40 complaints of enforced disappearances during the year.',
        'disappearance',
      ),
    ).toBe('asserted');
  });
});

describe('"a kidnapping or killing" names a kind of act, not one that happened', () => {
  it('does not count a kidnapping or killing named as the kind of case that needs proof', () => {
    const sentence =
      'Proof of a kidnapping or killing calls for a sworn statement, but in most districts none was taken.';
    expect(statusOf(sentence, 'killings')).not.toBe('asserted');
    expect(statusOf(sentence, 'disappearance')).not.toBe('asserted');
  });

  it('still counts killings or disappearances of named victims', () => {
    expect(
      statusOf(
        'Villagers blamed soldiers for the killings or disappearances of 12 herders in May.',
        'killings',
      ),
    ).toBe('asserted');
  });
});
