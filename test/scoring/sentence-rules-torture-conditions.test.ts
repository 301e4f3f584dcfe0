import { statusOf } from './sentence-status';
import { analyzeSentence } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the shape of report English; names and places are invented.
const REPORT_YEAR = 2022;

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

describe('torture: a name joined by small words is a body, not an allegation', () => {
  it('does not count the full name of a committee for the prevention of torture', () => {
    expect(
      statusOf(
        'Inspectors of the Northern Council for the Prevention of Torture and of Inhuman or Degrading Punishment visited three prisons in May.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('counts degrading treatment written in lower case', () => {
    expect(
      statusOf('Detainees described inhuman or degrading treatment by guards at the border post.', 'torture'),
    ).toBe('asserted');
  });
});

describe('torture: abuse listed among the causes of harsh prison conditions is a condition of detention', () => {
  const listed =
    'Conditions in the Ostra prison were harsh and in some wings life threatening due to physical abuse, overcrowding, and a lack of clean water.';

  it('does not count the listed abuse as torture', () => {
    expect(statusOf(listed, 'torture')).not.toBe('asserted');
  });

  it('counts the sentence for detention conditions', () => {
    expect(statusOf(listed, 'detention_conditions')).toBe('asserted');
  });

  it('still counts the abuse as torture when guards are named as its agents', () => {
    expect(
      statusOf(
        'Conditions in the Ostra prison were harsh due to overcrowding and physical abuse by guards.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('torture: generic abuse words need an agent or a place of detention', () => {
  it('does not count physical abuse alleged at workplaces', () => {
    expect(
      statusOf(
        'Complaints to the equality council included allegations of physical abuse and name-calling at workplaces.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('does not count mistreatment in care homes with no agent named', () => {
    expect(
      statusOf('Residents of rural care homes complained of mistreatment and neglect.', 'torture'),
    ).not.toBe('asserted');
  });

  it('does not count a man beaten by a crowd of villagers', () => {
    expect(
      statusOf('The shopkeeper was beaten by a crowd of villagers after an argument.', 'torture'),
    ).not.toBe('asserted');
  });

  it('counts a man beaten by soldiers', () => {
    expect(statusOf('The shopkeeper was beaten by soldiers at a checkpoint.', 'torture')).toBe('asserted');
  });

  it('counts physical abuse of detainees in police cells with no agent named', () => {
    expect(statusOf('Physical abuse of detainees in police cells was common.', 'torture')).toBe('asserted');
  });

  it('counts officers who kicked and slapped detained farmers', () => {
    expect(statusOf('Officers kicked and slapped the detained farmers.', 'torture')).toBe('asserted');
  });

  it('does not count a private quarrel in which a man kicked his neighbour', () => {
    expect(statusOf('A man kicked his neighbour during a quarrel over land.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('torture: excessive physical force and police brutality', () => {
  it('counts excessive physical force by officers', () => {
    expect(
      statusOf('Witnesses described excessive physical force by officers during the evictions.', 'torture'),
    ).toBe('asserted');
  });

  it('counts documented police brutality', () => {
    expect(statusOf('Rights groups documented police brutality against street vendors.', 'torture')).toBe(
      'asserted',
    );
  });

  it('does not count a law against excessive force', () => {
    expect(statusOf('The law prohibits the use of excessive force by police.', 'torture')).toBe('legal_norm');
  });
});

describe('detention conditions: care, shelters and clinics are not detention unless the sentence says so', () => {
  it('does not count inadequate medical care received by rural women', () => {
    expect(statusOf('Many rural women received inadequate medical care.', 'detention_conditions')).not.toBe(
      'asserted',
    );
  });

  it('counts inadequate medical care for inmates in a prison', () => {
    expect(
      statusOf('Inmates received inadequate medical care in the central prison.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('does not count shelters for persons with disabilities in poor condition', () => {
    expect(
      statusOf(
        'State-run shelters for persons with disabilities in Ostra were in poor condition.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('counts police cells in poor condition', () => {
    expect(statusOf('Police cells were in poor condition.', 'detention_conditions')).toBe('asserted');
  });
});

describe('detention conditions: paraphrases of harsh conditions', () => {
  it('counts detainees kept in harsher conditions', () => {
    expect(
      statusOf(
        'Detainees held on terrorism charges were kept in harsher conditions than other inmates.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('does not count harsher conditions in mines', () => {
    expect(
      statusOf('Workers in the mines faced harsher conditions than before.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('counts unhygienic cells', () => {
    expect(statusOf('Detainees fell ill because of unhygienic cells.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('counts prisoners who lacked adequate care', () => {
    expect(statusOf('Prisoners with mental illness lacked adequate care.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('does not count schools that lacked adequate care', () => {
    expect(
      statusOf('Rural schools lacked adequate care for children with disabilities.', 'detention_conditions'),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: abuse between inmates', () => {
  it('counts violence among inmates', () => {
    expect(
      statusOf('Violence among inmates was common in the northern prison.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('counts sexual abuse in prisons', () => {
    expect(
      statusOf('Sexual abuse in prisons was widespread, according to NGOs.', 'detention_conditions'),
    ).toBe('asserted');
  });

  it('counts men in a jail subjected to sexual and other abuse', () => {
    expect(
      statusOf(
        'Gay men in the central jail were often subjected to sexual and other abuse.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('does not count sexual abuse of children in schools', () => {
    expect(
      statusOf('Sexual abuse of children in village schools remained a problem.', 'detention_conditions'),
    ).toBeUndefined();
  });
});

describe('detention conditions: detainees not separated from adults or convicts are held with them', () => {
  it('counts pretrial detainees not always separated from convicted prisoners', () => {
    expect(
      statusOf(
        'Authorities did not always separate pretrial detainees from convicted prisoners.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('counts juveniles not held separately from adults', () => {
    expect(statusOf('Juveniles were not held separately from adults.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('does not count juveniles held separately from adults', () => {
    expect(statusOf('Juveniles were held separately from adults.', 'detention_conditions')).toBeUndefined();
  });

  it('negates a report that says there were no such cases', () => {
    expect(
      statusOf(
        'There were no reports that juveniles were not separated from adults.',
        'detention_conditions',
      ),
    ).toBe('negated');
  });
});

describe('detention conditions: statements that are not hedges or negations of the abuse', () => {
  it('counts what prisoners were "more likely" to suffer, a comparison of fact', () => {
    expect(
      statusOf(
        'Prisoners held on terrorism charges were more likely to be kept in harsher conditions.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('keeps a plain "likely to" hypothetical', () => {
    expect(
      statusOf(
        'Prisoners held on terrorism charges were likely to be kept in harsher conditions.',
        'detention_conditions',
      ),
    ).toBe('hypothetical');
  });

  it('does not let "there was no" reach a clause with its own agent after ", and"', () => {
    expect(
      statusOf(
        'There was no separate wing for minors, and guards held children with adult inmates in the provincial jail.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('still negates an abuse inside the clause that "there were no reports" opens', () => {
    expect(
      statusOf(
        'There were no reports that guards held juveniles with adults, and officials confirmed it.',
        'detention_conditions',
      ),
    ).toBe('negated');
  });
});

describe('torture: named methods and purposes of torture', () => {
  it('counts sleep deprivation used to extract confessions', () => {
    expect(
      statusOf(
        'Interrogators used sleep deprivation to extract confessions from the detained students.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('does not count extracting concessions from a firm', () => {
    expect(
      statusOf('The union tried to extract concessions from the mining firm.', 'torture'),
    ).toBeUndefined();
  });

  it('counts electroshock devices used on detainees', () => {
    expect(statusOf('Officers used electroshock devices on the detained students.', 'torture')).toBe(
      'asserted',
    );
  });

  it('counts the rape of detainees', () => {
    expect(
      statusOf('Former inmates described the rape of detainees in the northern prison.', 'torture'),
    ).toBe('asserted');
  });

  it('does not count prisoners convicted of rape', () => {
    expect(statusOf('Prisoners convicted of rape were held in a separate wing.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('actors: the verb "attacked" is not the noun "attackers"', () => {
  it('does not read "attacked and beaten" as a beating by an armed agent', () => {
    expect(statusOf('The shopkeeper was attacked and beaten near the market.', 'torture')).not.toBe(
      'asserted',
    );
  });

  it('still reads "attackers" as the agent of a beating', () => {
    expect(
      analyzeSentence('Unidentified attackers beat the journalist outside his home.', {
        reportYear: REPORT_YEAR,
      }).find((s) => s.category === 'torture')?.actor,
    ).toBe('non_state');
  });
});

describe('torture: sexual abuse in a prison with no agent and no police or army custody is abuse between inmates', () => {
  const between = 'Gay inmates in the central prison often suffered sexual and other physical abuse.';

  it('does not count it as torture', () => {
    expect(statusOf(between, 'torture')).not.toBe('asserted');
  });

  it('counts it as a detention condition', () => {
    expect(statusOf(between, 'detention_conditions')).toBe('asserted');
  });

  it('counts sexual abuse in the prisons listed with other crimes as a condition, not torture', () => {
    const listed =
      'There were reports of drug trafficking, extortion, and sexual abuse in the prisons of the south.';
    expect(statusOf(listed, 'torture')).not.toBe('asserted');
    expect(statusOf(listed, 'detention_conditions')).toBe('asserted');
  });

  it('still counts sexual abuse of women in police custody by officers as torture', () => {
    expect(statusOf('Women in police custody reported sexual abuse by officers.', 'torture')).toBe(
      'asserted',
    );
  });

  it('still counts sexual abuse reported by detainees as torture', () => {
    expect(statusOf('Female detainees in the prison reported sexual abuse.', 'torture')).toBe('asserted');
  });
});

describe('actors: the noun "trafficking" is not the agent "traffickers"', () => {
  it('leaves the agent of beatings reported beside drug trafficking unspecified', () => {
    expect(
      analyzeSentence('Reports of drug trafficking and beatings in the villages continued.', {
        reportYear: REPORT_YEAR,
      }).find((s) => s.category === 'torture')?.actor,
    ).toBe('unspecified');
  });
});

describe('refoulement: the danger must be named in the sentence itself, not in its run-in heading', () => {
  it('does not count deportations under a heading that names abuse and refugees', () => {
    expect(
      statusOf(
        'Abuse of Migrants, Refugees, and Stateless Persons: Observers said forced deportations of seasonal workers continued.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('counts a deportation under the same heading when the sentence names persecution', () => {
    expect(
      statusOf(
        'Abuse of Migrants, Refugees, and Stateless Persons: Officials forcibly deported two dissidents to Varnland, where they faced persecution.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: "refugee" names a status, not a danger at the destination', () => {
  it('does not count forced deportations of refugee families with no danger named', () => {
    expect(
      statusOf('Forced deportations of refugee families from the border towns continued.', 'refoulement'),
    ).not.toBe('asserted');
  });

  it('counts officials sending a recognised refugee back to the country of origin', () => {
    expect(
      statusOf(
        'In May immigration officials returned a recognised refugee to Varnland despite objections from UNHCR.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('refoulement: a law that "forbade" returns is a norm', () => {
  it('does not count the law forbidding forced return when the government respected it', () => {
    expect(
      statusOf(
        'The law forbade the forced return of any refugee who could face persecution, and the government generally respected this right.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });
});

describe('refoulement: people sent back from another country were returned into this one', () => {
  it('does not count nationals forcibly repatriated by another country', () => {
    expect(
      statusOf(
        'Monitors said returnees forcibly repatriated by Kestria faced detention and abuse on arrival.',
        'refoulement',
      ),
    ).not.toBe('asserted');
  });

  it('counts nationals of another country forcibly repatriated by the police to face torture', () => {
    expect(
      statusOf(
        'Police forcibly repatriated six Kestrian activists to Kestria, where they faced torture.',
        'refoulement',
      ),
    ).toBe('asserted');
  });
});

describe('torture: "police abuse" and abuse or excesses by the police name mistreatment by agents', () => {
  it('counts police abuse that remained a problem', () => {
    expect(statusOf('Police abuse remained a problem in the northern districts.', 'torture')).toBe(
      'asserted',
    );
  });

  it('counts excesses by security forces during raids', () => {
    expect(
      statusOf(
        'Residents described excesses by security forces during night raids on the market.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('does not count human rights abuses in general as torture', () => {
    expect(statusOf('Observers described human rights abuses in the border districts.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('torture: rape and assault count only with an agent who committed them', () => {
  it('counts sexual assault by security forces', () => {
    expect(
      statusOf('Rights groups documented several cases of sexual assault by security forces.', 'torture'),
    ).toBe('asserted');
  });

  it('counts reporters assaulted by police while covering a march', () => {
    expect(
      statusOf(
        'At least five reporters were assaulted by police while covering the march in Dalmor.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('counts soldiers who raped villagers', () => {
    expect(statusOf('Witnesses said soldiers raped three women during the sweep.', 'torture')).toBe(
      'asserted',
    );
  });

  it('does not count rape with no agent named', () => {
    expect(statusOf('Rape remained widespread, and most survivors did not report it.', 'torture')).not.toBe(
      'asserted',
    );
  });

  it('does not read soldiers carrying assault rifles as an assault', () => {
    expect(statusOf('Soldiers with assault rifles guarded the market in Dalmor.', 'torture')).toBeUndefined();
  });

  it('does not count a rape reported to the police', () => {
    expect(statusOf('The family reported the rape of their daughter to police.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('torture: an arrest, dismissal or lawsuit over abuse is an accountability event, not a fresh abuse', () => {
  it('does not count officers arrested for beating a detainee', () => {
    expect(
      statusOf('Authorities arrested two officers of the district police for beating a detainee.', 'torture'),
    ).not.toBe('asserted');
  });

  it('does not count guards dismissed for mistreating inmates', () => {
    expect(
      statusOf(
        'The ministry dismissed three guards for mistreating inmates at the coastal prison.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('does not count a lawsuit over the torture of conscripts', () => {
    expect(
      statusOf('The lawsuit against former commanders for torturing conscripts continued.', 'torture'),
    ).not.toBe('asserted');
  });

  it('still counts officers who beat a detainee and were then arrested', () => {
    expect(
      statusOf(
        'In March officers beat a detainee in Dalmor, and in April authorities arrested them.',
        'torture',
      ),
    ).toBe('asserted');
  });
});

describe('negation: what a denial makes an exception of is asserted', () => {
  it('counts solitary confinement named as the exception to "no concerns"', () => {
    expect(
      statusOf(
        'There were no serious concerns about the prisons except for the frequent use of solitary confinement.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('still negates solitary confinement when no exception is made', () => {
    expect(
      statusOf(
        'There were no reports in Ostra of the use of solitary confinement in prisons.',
        'detention_conditions',
      ),
    ).toBe('negated');
  });
});

describe('dates: a past year that opens a span running into the report year does not date the abuse to the past', () => {
  it('counts overcrowding made worse by a moratorium from March of the year before to November', () => {
    expect(
      statusOf(
        'A suspension of trials from March 2021 to November 8 made overcrowding in the central prison worse.',
        'detention_conditions',
        2022,
      ),
    ).toBe('asserted');
  });

  it('counts overcrowding highlighted in reports of September of the year before and of March', () => {
    expect(
      statusOf(
        'The commission issued two reports, in September 2021 and in March, which pointed to overcrowding in prisons.',
        'detention_conditions',
        2022,
      ),
    ).toBe('asserted');
  });

  it('still dates overcrowding to a span that ended before the report year', () => {
    expect(
      statusOf(
        'From March 2019 to November 2020 overcrowding in the central prison was severe.',
        'detention_conditions',
        2022,
      ),
    ).toBe('historical');
  });
});

describe('torture: beatings with an instrument and electrocution by agents', () => {
  it('counts police hitting protesters with batons', () => {
    expect(statusOf('Police hit the protesters with batons outside the courthouse.', 'torture')).toBe(
      'asserted',
    );
  });

  it('counts guards who electrocuted prisoners', () => {
    expect(
      statusOf('Former inmates said guards electrocuted two prisoners in the basement.', 'torture'),
    ).toBe('asserted');
  });

  it('does not count a worker electrocuted with no agent named', () => {
    expect(statusOf('A worker was electrocuted while repairing a power line.', 'torture')).not.toBe(
      'asserted',
    );
  });
});

describe('court events: a word for investigators or an earlier coordinated clause does not make a fresh abuse a court event', () => {
  it('counts police investigators who used abuse to extract confessions', () => {
    expect(
      statusOf(
        'There were reports that police investigators used beatings to extract confessions at the central station.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('counts torture reported in a clause with its own subject after an investigation clause', () => {
    expect(
      statusOf(
        'Authorities did not always investigate complaints, and doctors sometimes failed to record injuries from torture.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('still treats an investigation into torture as a court event', () => {
    expect(
      statusOf('Prosecutors opened an investigation into the torture of a detainee in Dalmor.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('detention conditions: lack of care, water and space said in other words', () => {
  it('counts detainees who did not receive adequate medical care in prison', () => {
    expect(
      statusOf(
        'Detainees in the eastern prison did not receive adequate medical care.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('does not count adequate medical care that was provided', () => {
    expect(
      statusOf('Detainees in the eastern prison received adequate medical care.', 'detention_conditions'),
    ).toBeUndefined();
  });

  it('counts inmates with limited or no access to drinking water', () => {
    expect(
      statusOf('Inmates in the Dalmor jail had limited access to drinking water.', 'detention_conditions'),
    ).toBe('asserted');
    expect(statusOf('Prisoners had no access to drinking water in the cells.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('does not count limited access to water in villages', () => {
    expect(
      statusOf(
        'Residents of the rural villages had limited access to drinking water.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('counts a prison holding twice its capacity', () => {
    expect(statusOf('The central prison held twice its capacity of inmates.', 'detention_conditions')).toBe(
      'asserted',
    );
  });
});

describe('torture: physical and psychological abuse, forced standing and violence against detainees by agents', () => {
  it('counts officers who used physical and psychological abuse', () => {
    expect(
      statusOf('Officers used physical and psychological abuse during interrogations in Dalmor.', 'torture'),
    ).toBe('asserted');
  });

  it('counts guards who forced detainees to stand for hours', () => {
    expect(statusOf('Guards forced detainees to stand for hours in the courtyard.', 'torture')).toBe(
      'asserted',
    );
  });

  it('counts police violence against protesters', () => {
    expect(statusOf('Police used violence against protesters in the capital.', 'torture')).toBe('asserted');
  });

  it('does not count violence against protesters with no agent named', () => {
    expect(statusOf('Violence against protesters increased in the capital.', 'torture')).not.toBe('asserted');
  });
});

describe('torture: an actor named as addressee, reporter or private hire is not the agent the abuse needs', () => {
  it('does not count physical abuse cases that went unreported to the authorities', () => {
    expect(
      statusOf(
        'Shelter staff in Dremna believed many physical abuse cases at home went unreported to authorities.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('does not count physical abuse that the police reported finding when they raided scam centres', () => {
    expect(
      statusOf(
        'Police reported finding evidence of physical abuse when they raided scam centres in Ostra.',
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('does not count a beating by private security guards', () => {
    expect(
      statusOf(
        "In May the factory's private security guards beat two reporters outside the gate.",
        'torture',
      ),
    ).not.toBe('asserted');
  });

  it('still counts physical abuse by police officers', () => {
    expect(statusOf('Police officers subjected the suspects to physical abuse.', 'torture')).toBe('asserted');
  });

  it('still counts a beating by prison guards', () => {
    expect(statusOf('In May prison guards beat two inmates in Dalmor.', 'torture')).toBe('asserted');
  });
});

describe('torture: burning with cigarettes in any tense', () => {
  it('counts a witness who saw police burn a detained woman with cigarettes', () => {
    expect(
      statusOf('A reporter said he saw police burn a detained female activist with cigarettes.', 'torture'),
    ).toBe('asserted');
  });

  it('does not count burning rubbish with no agent named', () => {
    expect(
      statusOf('Residents were burning rubbish lit with cigarettes near the river.', 'torture'),
    ).not.toBe('asserted');
  });
});

describe('court events: cases of an abuse that went to court are an accountability event', () => {
  it('does not count cases of torture that went to court', () => {
    expect(
      statusOf('According to a local coalition, only three cases of torture went to court.', 'torture'),
    ).not.toBe('asserted');
  });

  it('does not count complaints of mistreatment that prosecutors investigated', () => {
    expect(
      statusOf('Complaints of mistreatment were investigated by the prosecutor general.', 'torture'),
    ).not.toBe('asserted');
  });

  it('still counts cases of torture that an NGO documented', () => {
    expect(statusOf('The NGO documented 40 cases of torture in police stations.', 'torture')).toBe(
      'asserted',
    );
  });
});

describe('detention conditions: families feeding prisoners, cells without beds or air, extreme heat', () => {
  it('counts prisoners who relied on relatives for food', () => {
    expect(
      statusOf(
        'Prisoners in the Dalmor jail relied on relatives for food and medicine.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('does not count farmers who relied on family for food', () => {
    expect(
      statusOf('Farmers in the drought districts relied on family members for food.', 'detention_conditions'),
    ).not.toBe('asserted');
  });

  it('counts detainees held in cells without ventilation or beds', () => {
    expect(
      statusOf(
        'Detainees were held in cells without ventilation or beds at the police station.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('counts inmates who suffered extreme heat in their cells', () => {
    expect(statusOf('Inmates suffered extreme heat in their cells.', 'detention_conditions')).toBe(
      'asserted',
    );
  });

  it('does not count extreme heat in farming districts', () => {
    expect(statusOf('Extreme heat damaged crops in the farming districts.', 'detention_conditions')).not.toBe(
      'asserted',
    );
  });
});

describe('detention conditions: overcrowding that was reduced or a crowded prison replaced is an improvement', () => {
  it('does not count overcrowding the government reduced', () => {
    expect(
      statusOf(
        'Improvements: During the year the ministry reduced overcrowding at the Velmora youth centers by using probation.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('does not count a new prison opened to replace an overcrowded one', () => {
    expect(
      statusOf(
        'In March officials opened the Dorvant facility, built to replace the overcrowded Kessel prison.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('still counts overcrowding that remained after a reduction', () => {
    expect(
      statusOf(
        'Although authorities reduced overcrowding in two jails, the Halden prison remained overcrowded.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });

  it('still counts efforts to reduce overcrowding that only show it persists', () => {
    expect(
      statusOf(
        'The prison service transferred inmates to ease severe overcrowding at the Marrow central jail.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});

describe('detention conditions: shelters, orphanages and crews at sea are not places of detention', () => {
  it('does not count overcrowded shelters for survivors of abuse', () => {
    expect(
      statusOf(
        'The few shelters for survivors of abuse in Ravena were badly overcrowded.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('does not count squalid conditions in orphanages', () => {
    expect(
      statusOf(
        'Observers described unsanitary dormitories in several state orphanages.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('does not count harsh conditions for fishing crews', () => {
    expect(
      statusOf(
        'Unions reported harsh conditions for foreign fishermen, including unpaid wages and long shifts at sea.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('still counts an overcrowded prison that the sentence names beside a shelter', () => {
    expect(
      statusOf('The Tarsk prison, a former shelter, remained severely overcrowded.', 'detention_conditions'),
    ).toBe('asserted');
  });
});

describe('detention conditions: a complaint mechanism or a generic allegation of poor conditions asserts none', () => {
  it('does not count inmates who could seek inquiry into allegations of inhuman conditions', () => {
    expect(
      statusOf(
        'Inmates could write to judges without censorship and seek inquiry into serious allegations of inhuman conditions, but officials did not publish the findings.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('does not count an ombudsman who acts whenever letters point to an allegation of inhuman conditions', () => {
    expect(
      statusOf(
        'The ombudsman may join civil cases for prisoners and detainees whenever their letters or a visit point to an allegation of inhuman conditions.',
        'detention_conditions',
      ),
    ).not.toBe('asserted');
  });

  it('still counts credible allegations of inhuman conditions that an NGO reported', () => {
    expect(
      statusOf(
        'The Velden Prison Watch reported credible allegations of inhuman conditions in the Orsk jail.',
        'detention_conditions',
      ),
    ).toBe('asserted');
  });
});
