import type { AssertionStatus, CategoryId } from '../../scoring/categories';

/**
 * Sentences written for these tests in the register of the Country Reports (none is copied from a
 * report), each with the category it is about and the status that category must receive.
 */
export type Row = readonly [CategoryId, AssertionStatus, string];

export const TABLE: readonly Row[] = [
  // ── killings ─────────────────────────────────────────────────────────────
  [
    'killings',
    'asserted',
    'Security forces killed at least 12 protesters during demonstrations in the capital in March.',
  ],
  [
    'killings',
    'asserted',
    'Human rights groups documented numerous extrajudicial killings by police in the northern provinces.',
  ],
  [
    'killings',
    'asserted',
    'There were credible reports that soldiers summarily executed suspected insurgents at a checkpoint.',
  ],
  [
    'killings',
    'asserted',
    'According to local media, a detainee died in police custody after officers withheld water from him for two days.',
  ],
  ['killings', 'asserted', 'Criminal gangs killed dozens of bus drivers who refused to pay extortion fees.'],
  [
    'killings',
    'asserted',
    'Authorities did not investigate reports that soldiers executed detainees in the eastern region.',
  ],
  [
    'killings',
    'asserted',
    'Police allegedly shot and killed a teenager during a raid on an informal settlement.',
  ],
  [
    'killings',
    'negated',
    'There were no reports that state officials or anyone acting for them carried out arbitrary or unlawful killings this year.',
  ],
  [
    'killings',
    'negated',
    'There were no reports that the government committed arbitrary killings during the year.',
  ],
  ['killings', 'negated', 'NGOs did not report any cases of extrajudicial killings by security forces.'],
  ['killings', 'negated', 'No killings by police were reported during the year.'],
  ['killings', 'negated', 'The ombudsman found no evidence that prison guards killed the inmate.'],
  [
    'killings',
    'legal_norm',
    'The constitution prohibits arbitrary deprivation of life and requires investigation of all deaths caused by security forces.',
  ],
  [
    'killings',
    'legal_norm',
    'The law prohibits extrajudicial killings and makes the unlawful use of lethal force by police a criminal offense.',
  ],
  ['killings', 'legal_norm', 'Under the penal code, murder is punishable by life imprisonment.'],
  [
    'killings',
    'legal_norm',
    'The law permits police to use lethal force only when lives are in imminent danger.',
  ],
  [
    'killings',
    'legal_norm',
    'The criminal code criminalizes the killing of detainees by officials and provides for penalties of up to 20 years in prison.',
  ],
  [
    'killings',
    'institutional',
    'The Office of the Inspector General is the body responsible for investigating killings by security forces.',
  ],
  [
    'killings',
    'institutional',
    'An independent police oversight authority has the mandate to investigate all deaths in police custody.',
  ],
  [
    'killings',
    'institutional',
    'The government established a special unit to investigate extrajudicial killings attributed to a disbanded task force.',
  ],
  ['killings', 'institutional', 'Police recruits received training on the lawful use of lethal force.'],
  [
    'killings',
    'institutional',
    'The Velorian human rights commission is responsible for monitoring custodial deaths and referring cases to prosecutors.',
  ],
  [
    'killings',
    'historical',
    'In previous years, security forces killed hundreds of civilians during counterinsurgency operations in the south.',
  ],
  [
    'killings',
    'historical',
    'Between 2012 and 2015, paramilitary groups killed more than 3,000 persons in the region.',
  ],
  [
    'killings',
    'historical',
    'During the civil war, government troops massacred villagers suspected of supporting rebels.',
  ],
  [
    'killings',
    'historical',
    'Decades ago, death squads linked to the military dictatorship assassinated opposition figures.',
  ],
  ['killings', 'historical', 'In the 1990s, police routinely executed suspected gang members without trial.'],
  [
    'killings',
    'hypothetical',
    'Journalists covering the protests said they feared they would be killed by security forces.',
  ],
  [
    'killings',
    'hypothetical',
    'Opposition leaders received messages warning that they would be killed if they continued campaigning.',
  ],
  [
    'killings',
    'hypothetical',
    'Witnesses in the case could be killed if their identities became known, NGOs warned.',
  ],
  [
    'killings',
    'hypothetical',
    'Activists warned that deportees risked being killed by militias upon return.',
  ],
  [
    'killings',
    'hypothetical',
    'Gang members threatened to kill the families of police officers who testified.',
  ],

  // ── disappearance ────────────────────────────────────────────────────────
  [
    'disappearance',
    'asserted',
    'There were numerous reports that security services subjected government critics to enforced disappearance.',
  ],
  [
    'disappearance',
    'asserted',
    'The whereabouts of at least 40 persons detained by military intelligence remained unknown at year’s end.',
  ],
  ['disappearance', 'asserted', 'Armed groups abducted dozens of civilians along the main highway.'],
  [
    'disappearance',
    'asserted',
    'Relatives said the student disappeared after plainclothes officers took him from his home.',
  ],
  [
    'disappearance',
    'asserted',
    'Authorities refused to disclose the whereabouts of the detained opposition leader.',
  ],
  [
    'disappearance',
    'negated',
    'No one reported a disappearance carried out by the authorities or for them during the year.',
  ],
  [
    'disappearance',
    'negated',
    'No disappearances committed by government authorities or on their behalf were reported.',
  ],
  ['disappearance', 'negated', 'NGOs reported no cases of enforced disappearance during the year.'],
  [
    'disappearance',
    'negated',
    'Rights organizations were not aware of any disappearances with a political motive.',
  ],
  [
    'disappearance',
    'negated',
    'The detained activists did not disappear; authorities informed their families of their location within hours.',
  ],
  [
    'disappearance',
    'legal_norm',
    'The law prohibits enforced disappearance and criminalizes the secret detention of any person.',
  ],
  [
    'disappearance',
    'legal_norm',
    'The constitution prohibits forced disappearances and provides for the right of families to be informed of a detainee’s location.',
  ],
  ['disappearance', 'legal_norm', 'Kidnapping is punishable by between eight and 23 years in prison.'],
  ['disappearance', 'legal_norm', 'The new law defines enforced disappearance as a crime against humanity.'],
  [
    'disappearance',
    'institutional',
    'The country is a party to the UN treaty against enforced disappearance.',
  ],
  [
    'disappearance',
    'institutional',
    'A national commission on missing persons is responsible for tracing persons who disappeared during the conflict.',
  ],
  [
    'disappearance',
    'institutional',
    'In May the government cooperated with the visiting UN working group on enforced disappearances.',
  ],
  [
    'disappearance',
    'institutional',
    'The police established a special unit to investigate kidnappings for ransom.',
  ],
  [
    'disappearance',
    'institutional',
    'Prosecutors are tasked with investigating disappearances reported by family members.',
  ],
  [
    'disappearance',
    'historical',
    'In previous years, security forces forcibly disappeared hundreds of suspected militants.',
  ],
  [
    'disappearance',
    'historical',
    'Between 1976 and 1983, the military regime disappeared thousands of political opponents.',
  ],
  ['disappearance', 'historical', 'In past years, armed groups abducted aid workers in the border region.'],
  ['disappearance', 'historical', 'During the civil war, militias kidnapped civilians for ransom.'],
  [
    'disappearance',
    'historical',
    'Historically, the security services abducted student leaders from university campuses.',
  ],
  [
    'disappearance',
    'hypothetical',
    'Human rights defenders said they feared they would be abducted by security agents.',
  ],
  [
    'disappearance',
    'hypothetical',
    'Families of detainees expressed fear that their relatives could disappear in military custody.',
  ],
  [
    'disappearance',
    'hypothetical',
    'Activists warned that critics of the regime were at risk of enforced disappearance.',
  ],
  [
    'disappearance',
    'hypothetical',
    'Refugees could be kidnapped by criminal groups if returned to the border area.',
  ],
  ['disappearance', 'hypothetical', 'Journalists received messages threatening to abduct their children.'],

  // ── torture ──────────────────────────────────────────────────────────────
  [
    'torture',
    'asserted',
    'Although the law prohibits torture, there were credible reports that police beat suspects to extract confessions.',
  ],
  [
    'torture',
    'asserted',
    'Former detainees told NGOs that interrogators subjected them to electric shocks and stress positions.',
  ],
  ['torture', 'asserted', 'Prison guards routinely beat inmates with batons and rubber hoses.'],
  [
    'torture',
    'asserted',
    'Human rights groups documented 75 cases of torture by security forces in the three northern provinces.',
  ],
  ['torture', 'asserted', 'Police allegedly tortured a suspect in custody until he signed a confession.'],
  [
    'torture',
    'asserted',
    'Members of criminal gangs tortured rival gang members and posted videos of the abuse online.',
  ],
  [
    'torture',
    'negated',
    'There were no reports that prison officials in Veloria employed torture or other cruel treatment.',
  ],
  ['torture', 'negated', 'NGOs reported no cases of torture in police stations during the year.'],
  [
    'torture',
    'negated',
    'Detainees interviewed by monitors said they were not tortured during interrogation.',
  ],
  ['torture', 'negated', 'The ombudsman received no complaints of torture or mistreatment by prison staff.'],
  [
    'torture',
    'negated',
    'Unlike in previous years, rights groups received no credible reports this year of torture by the police.',
  ],
  [
    'torture',
    'legal_norm',
    'Both the constitution and the criminal code prohibit torture and any cruel, inhuman, or degrading punishment.',
  ],
  [
    'torture',
    'legal_norm',
    'The penal code criminalizes torture, and officials convicted of it face prison sentences of up to 15 years.',
  ],
  [
    'torture',
    'legal_norm',
    'The law prohibits the use of confessions obtained under torture as evidence in court.',
  ],
  ['torture', 'legal_norm', 'Corporal punishment, including flogging, is illegal under the constitution.'],
  [
    'torture',
    'legal_norm',
    'The law requires that detainees allegedly mistreated in custody receive an independent medical examination.',
  ],
  ['torture', 'institutional', 'The country ratified the Convention against Torture.'],
  [
    'torture',
    'institutional',
    'The government allowed the UN Subcommittee on Prevention of Torture to visit detention facilities.',
  ],
  [
    'torture',
    'institutional',
    'The national preventive mechanism is responsible for monitoring places of detention for torture and ill-treatment.',
  ],
  [
    'torture',
    'institutional',
    'The Ministry of Interior conducted training for police officers on interrogation methods that exclude torture.',
  ],
  [
    'torture',
    'institutional',
    'An independent commission is charged with investigating complaints of ill-treatment by prison staff.',
  ],
  [
    'torture',
    'historical',
    'In previous years, security forces tortured detainees held in connection with the insurgency.',
  ],
  [
    'torture',
    'historical',
    'Between 2009 and 2011, military interrogators tortured hundreds of suspected rebels.',
  ],
  [
    'torture',
    'historical',
    'Under the former regime, political detainees were routinely tortured in secret facilities.',
  ],
  [
    'torture',
    'historical',
    'Survivors described being beaten and subjected to electric shocks in the 1970s.',
  ],
  ['torture', 'historical', 'Torture was widespread in the prison system in past years.'],
  [
    'torture',
    'hypothetical',
    'Rejected asylum seekers could face torture if returned to their country of origin.',
  ],
  [
    'torture',
    'hypothetical',
    'Lawyers said their clients feared they would be tortured if transferred to military custody.',
  ],
  ['torture', 'hypothetical', 'Deportees are at risk of torture and ill-treatment upon return.'],
  ['torture', 'hypothetical', 'Police threatened to beat the detainees unless they signed statements.'],
  [
    'torture',
    'hypothetical',
    'Human rights groups warned that detainees might be tortured during prolonged interrogation.',
  ],

  // ── detention conditions ─────────────────────────────────────────────────
  [
    'detention_conditions',
    'asserted',
    'Severe overcrowding, poor food, and a lack of medical care made prison conditions in Veloria harsh and life-threatening.',
  ],
  [
    'detention_conditions',
    'asserted',
    'The central prison exceeded its capacity by 300 percent, according to the prison ombudsman.',
  ],
  [
    'detention_conditions',
    'asserted',
    'Detainees in police lockups lacked access to clean water and ventilation.',
  ],
  [
    'detention_conditions',
    'asserted',
    'Several inmates died in prison from tuberculosis and other diseases linked to unsanitary conditions.',
  ],
  [
    'detention_conditions',
    'asserted',
    'Pretrial detainees were held in cramped, poorly ventilated cells with no access to sanitation.',
  ],
  ['detention_conditions', 'negated', 'Monitors found no overcrowding in the country’s three prisons.'],
  [
    'detention_conditions',
    'negated',
    'There were no reports of overcrowding or inadequate food in women’s prisons.',
  ],
  [
    'detention_conditions',
    'negated',
    'The ombudsman did not receive any complaints about harsh conditions in detention centers.',
  ],
  [
    'detention_conditions',
    'negated',
    'Prisons were not overcrowded, and inmates had access to potable water.',
  ],
  ['detention_conditions', 'negated', 'No deaths in prison were reported during the year.'],
  [
    'detention_conditions',
    'legal_norm',
    'The law prohibits overcrowding in prisons and requires separate facilities for pretrial detainees.',
  ],
  ['detention_conditions', 'legal_norm', 'The law prohibits solitary confinement of juveniles.'],
  [
    'detention_conditions',
    'legal_norm',
    'Under the law, prisons may not hold inmates beyond their official capacity.',
  ],
  [
    'detention_conditions',
    'legal_norm',
    'The penal code stipulates that denial of medical care to prisoners is a criminal offense.',
  ],
  ['detention_conditions', 'legal_norm', 'The constitution prohibits inhumane conditions of detention.'],
  [
    'detention_conditions',
    'institutional',
    'The government took steps to reduce overcrowding, including building two new prisons.',
  ],
  [
    'detention_conditions',
    'institutional',
    'The prison ombudsman is responsible for monitoring problems such as overcrowding and poor sanitation.',
  ],
  [
    'detention_conditions',
    'institutional',
    'The government permitted independent monitors to visit prisons and assess overcrowding.',
  ],
  [
    'detention_conditions',
    'institutional',
    'Authorities adopted a national strategy to alleviate overcrowding in pretrial detention centers.',
  ],
  [
    'detention_conditions',
    'institutional',
    'The Ministry of Justice launched a program to address malnutrition among inmates.',
  ],
  [
    'detention_conditions',
    'historical',
    'In previous years, overcrowding in the main prison reached four times its design limit.',
  ],
  [
    'detention_conditions',
    'historical',
    'Between 2014 and 2017, dozens of inmates died in prison from malnutrition.',
  ],
  [
    'detention_conditions',
    'historical',
    'Prison conditions were harsh and life-threatening during the civil war.',
  ],
  [
    'detention_conditions',
    'historical',
    'Conditions in detention facilities were squalid under the former regime.',
  ],
  ['detention_conditions', 'historical', 'Historically, prisons lacked adequate sanitation and ventilation.'],
  [
    'detention_conditions',
    'hypothetical',
    'Observers warned that the new detention center could become overcrowded within months.',
  ],
  [
    'detention_conditions',
    'hypothetical',
    'NGOs feared that inmates would suffer malnutrition if food deliveries were suspended.',
  ],
  [
    'detention_conditions',
    'hypothetical',
    'Migrants returned to the country risk being held in life-threatening conditions.',
  ],
  [
    'detention_conditions',
    'hypothetical',
    'The health ministry warned that prisoners were vulnerable to disease due to potential overcrowding.',
  ],
  [
    'detention_conditions',
    'hypothetical',
    'Officials said prisons might face severe overcrowding without additional funding.',
  ],

  // ── arbitrary arrest and detention ───────────────────────────────────────
  [
    'arbitrary_detention',
    'asserted',
    'Arbitrary arrest and detention are banned by both the basic law and the criminal code, but the police did not always observe that ban.',
  ],
  [
    'arbitrary_detention',
    'asserted',
    'Police routinely arrested persons without a warrant and held them for days without charge.',
  ],
  ['arbitrary_detention', 'asserted', 'Security forces held dozens of detainees incommunicado for weeks.'],
  [
    'arbitrary_detention',
    'asserted',
    'Lengthy pretrial detention remained a serious problem, with some detainees waiting more than five years for trial.',
  ],
  [
    'arbitrary_detention',
    'asserted',
    'Authorities arbitrarily detained hundreds of protesters following the election.',
  ],
  [
    'arbitrary_detention',
    'asserted',
    'There were numerous reports that police conducted mass arrests of young men in opposition neighborhoods.',
  ],
  [
    'arbitrary_detention',
    'negated',
    'During the year there were no reports in Veloria of arbitrary arrest or detention.',
  ],
  [
    'arbitrary_detention',
    'negated',
    'NGOs did not report any cases of arbitrary detention by the authorities.',
  ],
  [
    'arbitrary_detention',
    'negated',
    'Statutes prohibit arbitrary arrest and detention, and the authorities generally observed these prohibitions in practice.',
  ],
  [
    'arbitrary_detention',
    'negated',
    'No detainees were held incommunicado, according to the bar association.',
  ],
  [
    'arbitrary_detention',
    'negated',
    'The bar association found no cases of detention without charge beyond the legal limit.',
  ],
  [
    'arbitrary_detention',
    'legal_norm',
    'Under the law, anyone who is arrested or detained is entitled to contest the legality of that detention before a judge.',
  ],
  ['arbitrary_detention', 'legal_norm', 'Arbitrary arrest and detention are prohibited by the constitution.'],
  [
    'arbitrary_detention',
    'legal_norm',
    'Under the law, officers need a warrant from a prosecutor to arrest a suspect and must bring each detainee before a judge within 48 hours.',
  ],
  [
    'arbitrary_detention',
    'legal_norm',
    'Under the law, pretrial detention may not exceed 12 months for most offenses.',
  ],
  [
    'arbitrary_detention',
    'legal_norm',
    'The criminal procedure code limits preventive detention to six months.',
  ],
  [
    'arbitrary_detention',
    'institutional',
    'The Judicial Council is responsible for reviewing cases of prolonged pretrial detention.',
  ],
  [
    'arbitrary_detention',
    'institutional',
    'The government established a commission to reduce the backlog of pretrial detention cases.',
  ],
  [
    'arbitrary_detention',
    'institutional',
    'Prosecutors received training on alternatives to pretrial detention.',
  ],
  [
    'arbitrary_detention',
    'institutional',
    'The ombudsman has the authority to inspect police stations and order the release of persons detained without a warrant.',
  ],
  [
    'arbitrary_detention',
    'institutional',
    'The government cooperated with the visiting UN working group on arbitrary detention in October.',
  ],
  [
    'arbitrary_detention',
    'historical',
    'In previous years, authorities arbitrarily detained thousands of persons under emergency powers.',
  ],
  [
    'arbitrary_detention',
    'historical',
    'Between 2016 and 2018, police held hundreds of suspects incommunicado.',
  ],
  [
    'arbitrary_detention',
    'historical',
    'During the civil war, the army detained civilians without charge in makeshift camps.',
  ],
  [
    'arbitrary_detention',
    'historical',
    'Under the former government, secret police routinely arrested critics without warrants.',
  ],
  [
    'arbitrary_detention',
    'historical',
    'Previously, courts rarely reviewed the legality of pretrial detention.',
  ],
  [
    'arbitrary_detention',
    'hypothetical',
    'Activists feared they would be arrested if they joined the protests.',
  ],
  ['arbitrary_detention', 'hypothetical', 'Journalists who criticized the governor risked arbitrary arrest.'],
  [
    'arbitrary_detention',
    'hypothetical',
    'Opposition members said they might be detained without a warrant at any time.',
  ],
  [
    'arbitrary_detention',
    'hypothetical',
    'Returning migrants face the possibility of arbitrary detention at the border.',
  ],
  ['arbitrary_detention', 'hypothetical', 'Police threatened to arrest relatives of the fugitive suspects.'],

  // ── political prisoners ──────────────────────────────────────────────────
  [
    'political_prisoners',
    'asserted',
    'There were credible reports of political prisoners and detainees held in harsh conditions.',
  ],
  [
    'political_prisoners',
    'asserted',
    'NGOs estimated the government held more than 200 political prisoners at year’s end.',
  ],
  [
    'political_prisoners',
    'asserted',
    'Authorities sentenced a prominent opposition leader to 15 years in prison on politically motivated charges.',
  ],
  [
    'political_prisoners',
    'asserted',
    'Several prisoners of conscience remained in detention despite international calls for their release.',
  ],
  [
    'political_prisoners',
    'asserted',
    'The government imprisoned journalists and bloggers for criticizing the president.',
  ],
  [
    'political_prisoners',
    'negated',
    'There were no reports that the country held any political prisoners or detainees.',
  ],
  [
    'political_prisoners',
    'negated',
    'Rights organizations in Veloria were not aware of any political prisoners.',
  ],
  [
    'political_prisoners',
    'negated',
    'NGOs reported no cases of politically motivated detention during the year.',
  ],
  [
    'political_prisoners',
    'negated',
    'The government did not hold any political prisoners, according to local human rights groups.',
  ],
  ['political_prisoners', 'negated', 'No political detainees were reported during the year.'],
  ['political_prisoners', 'legal_norm', 'The constitution prohibits detention for political reasons.'],
  [
    'political_prisoners',
    'legal_norm',
    'The constitution prohibits the imprisonment of journalists for their reporting.',
  ],
  [
    'political_prisoners',
    'legal_norm',
    'The amnesty law provides for the release of all political prisoners convicted of nonviolent offenses.',
  ],
  [
    'political_prisoners',
    'legal_norm',
    'Under the law, prisoners of conscience are entitled to the same protections as other prisoners.',
  ],
  [
    'political_prisoners',
    'institutional',
    'A presidential commission is responsible for reviewing the cases of political prisoners.',
  ],
  [
    'political_prisoners',
    'institutional',
    'The government established a mechanism to review politically motivated convictions.',
  ],
  // Access for monitors says political detainees are held (the labelling guide's gold reads it so).
  [
    'political_prisoners',
    'asserted',
    'Authorities allowed Red Cross delegates regular access to political detainees.',
  ],
  [
    'political_prisoners',
    'institutional',
    'The parliament created a working group tasked with identifying political prisoners eligible for amnesty.',
  ],
  [
    'political_prisoners',
    'institutional',
    'The human rights ombudsman has the power to request the release of political detainees.',
  ],
  [
    'political_prisoners',
    'historical',
    'In previous years, the government held thousands of political prisoners in remote labor camps.',
  ],
  [
    'political_prisoners',
    'historical',
    'Between 1989 and 1995, the regime imprisoned hundreds of dissidents.',
  ],
  [
    'political_prisoners',
    'historical',
    'Under the former dictatorship, prisoners of conscience were held for decades.',
  ],
  [
    'political_prisoners',
    'historical',
    'Historically, the government used politically motivated prosecutions to silence critics.',
  ],
  ['political_prisoners', 'historical', 'Political prisoners were common during the civil war.'],
  [
    'political_prisoners',
    'hypothetical',
    'Opposition candidates feared they would become political prisoners after the election.',
  ],
  [
    'political_prisoners',
    'hypothetical',
    'Bloggers who criticized the ruling party risked politically motivated prosecution.',
  ],
  [
    'political_prisoners',
    'hypothetical',
    'Authorities threatened to imprison journalists who reported on the protests.',
  ],
  [
    'political_prisoners',
    'hypothetical',
    'Activists warned that the detained protest leaders might become political prisoners.',
  ],
  [
    'political_prisoners',
    'hypothetical',
    'Exiled dissidents said they would face imprisonment as political prisoners if they returned.',
  ],

  // ── refoulement ──────────────────────────────────────────────────────────
  [
    'refoulement',
    'asserted',
    'Human rights groups reported that border officials forcibly returned asylum seekers to a country where they faced persecution.',
  ],
  [
    'refoulement',
    'asserted',
    'There were credible reports of refoulement of refugees to neighboring countries.',
  ],
  [
    'refoulement',
    'asserted',
    'Authorities deported dozens of asylum seekers without assessing their claims for protection.',
  ],
  [
    'refoulement',
    'asserted',
    'UNHCR documented several summary expulsions of asylum seekers at land borders.',
  ],
  [
    'refoulement',
    'asserted',
    'Police conducted pushbacks of migrants at the border, denying them access to asylum procedures.',
  ],
  [
    'refoulement',
    'asserted',
    'The government did not always respect the principle of nonrefoulement, and authorities deported refugees to their country of origin.',
  ],
  ['refoulement', 'negated', 'NGOs reported no cases of refoulement.'],
  ['refoulement', 'negated', 'There were no reports of refoulement of refugees during the year.'],
  ['refoulement', 'negated', 'UNHCR did not record any instances of forced returns of refugees.'],
  [
    'refoulement',
    'negated',
    'There were no reports that the government expelled or forcibly returned asylum seekers.',
  ],
  ['refoulement', 'negated', 'The government did not engage in refoulement, according to UNHCR.'],
  [
    'refoulement',
    'legal_norm',
    'The law bars the expulsion or return of refugees to any state where their life or liberty would be at risk.',
  ],
  [
    'refoulement',
    'legal_norm',
    'The constitution prohibits the extradition of asylum seekers with pending claims.',
  ],
  ['refoulement', 'legal_norm', 'The law provides protection against refoulement for recognized refugees.'],
  [
    'refoulement',
    'legal_norm',
    'Under the law, refugees may not be deported while their appeals are pending.',
  ],
  ['refoulement', 'legal_norm', 'The asylum law incorporates the principle of non-refoulement.'],
  [
    'refoulement',
    'institutional',
    'The government cooperated with UNHCR to protect refugees and asylum seekers in the border camps.',
  ],
  [
    'refoulement',
    'institutional',
    'The government operates a system for giving protection to refugees and asylum seekers.',
  ],
  [
    'refoulement',
    'institutional',
    'The Ministry of Interior trained border guards on identifying asylum seekers and avoiding refoulement.',
  ],
  ['refoulement', 'institutional', 'UNHCR is responsible for reviewing the deportation of asylum seekers.'],
  [
    'refoulement',
    'institutional',
    'Since 1994 the country has been a party to the Refugee Convention of 1951 and to its protocol.',
  ],
  [
    'refoulement',
    'historical',
    'In previous years, authorities forcibly returned hundreds of refugees to the neighboring country.',
  ],
  [
    'refoulement',
    'historical',
    'Between 2015 and 2017, the government deported thousands of asylum seekers without screening.',
  ],
  [
    'refoulement',
    'historical',
    'During the civil war, refugees fleeing the fighting were pushed back at the border.',
  ],
  ['refoulement', 'historical', 'Refoulement of refugees was common in past years.'],
  ['refoulement', 'historical', 'Previously, police summarily deported asylum seekers arriving by boat.'],
  [
    'refoulement',
    'hypothetical',
    'Human rights groups warned of a risk of refoulement for refugees whose status had expired.',
  ],
  [
    'refoulement',
    'hypothetical',
    'Refugee advocates said the new agreement could lead to the forced return of refugees to a conflict zone.',
  ],
  ['refoulement', 'hypothetical', 'UNHCR expressed concern that the refugees might be forcibly returned.'],
  [
    'refoulement',
    'hypothetical',
    'Officials threatened to deport refugees who participated in the demonstrations.',
  ],
  ['refoulement', 'hypothetical', 'Asylum seekers detained at the airport were at risk of refoulement.'],
  // ── negated carrier verbs and duties stated as requirements ─────────────────
  [
    'arbitrary_detention',
    'negated',
    'Suspects were not detained incommunicado and could see a lawyer from the first day.',
  ],
  [
    'arbitrary_detention',
    'negated',
    'Migrants in the reception centre were not held without charge beyond the legal limit.',
  ],
  [
    'torture',
    'negated',
    'Inmates interviewed by the inspectors said they were not subjected to beatings or other abuse.',
  ],
  [
    'killings',
    'asserted',
    'Police did not investigate the killing of a radio journalist in the border town.',
  ],
  [
    'arbitrary_detention',
    'legal_norm',
    'Persons detained are entitled to challenge in court whether their detention is lawful.',
  ],
  [
    'arbitrary_detention',
    'legal_norm',
    'Suspects needed to be brought before a magistrate within two days of arrest.',
  ],
  // ── issue 11: error shapes seen in real reports (own words), each with a near miss ──
  [
    'disappearance',
    'asserted',
    'Security forces were responsible for dozens of disappearances in the northern provinces.',
  ],
  [
    'killings',
    'asserted',
    'Army units were responsible for most of the civilian deaths recorded in the valley.',
  ],
  [
    'torture',
    'asserted',
    'Officers trained by the interior ministry tortured detainees at the central station.',
  ],
  [
    'torture',
    'institutional',
    'The ministry trained prison officers on the prevention of torture and ill-treatment.',
  ],
  ['killings', 'asserted', 'There was no accountability for the killings of protesters in the capital.'],
  [
    'disappearance',
    'asserted',
    'No one was held accountable for the disappearances of three student leaders.',
  ],
  [
    'torture',
    'asserted',
    'There was no investigation into the beating of a detainee by guards at the city jail.',
  ],
  ['killings', 'negated', 'There were no reports of killings by prison guards this year.'],
  ['killings', 'historical', 'In March a court sentenced two officers for killing a detainee in 2019.'],
  [
    'killings',
    'historical',
    'The appeals court acquitted a soldier of murdering a farmer during a land dispute.',
  ],
  ['disappearance', 'historical', 'A former commander went on trial for the abduction of two students.'],
  ['torture', 'historical', 'The president pardoned four guards convicted of beating an inmate.'],
  ['killings', 'historical', 'Bail was not available to persons charged with murder or treason.'],
  ['killings', 'asserted', 'Two officers were charged with killing a street vendor in April.'],
  ['killings', 'asserted', 'Soldiers were accused of killing five villagers during the raid.'],
  ['killings', 'legal_norm', 'Femicide is defined as the gender-motivated killing of a woman or girl.'],
  [
    'killings',
    'institutional',
    'Exiled journalists said government agents killed two dissidents in other countries.',
  ],
  [
    'disappearance',
    'institutional',
    'For information on international parental child abduction, see the annual report on that subject.',
  ],
  [
    'torture',
    'institutional',
    'Refugees in the camps described torture by soldiers in the country they fled.',
  ],
  [
    'refoulement',
    'asserted',
    'Authorities forcibly returned asylum seekers to their country of origin despite warnings from the UN.',
  ],
  ['killings', 'historical', 'Police arrested two suspects in the murder of a shopkeeper.'],
  ['arbitrary_detention', 'institutional', 'Police arrested two suspects in the murder of a shopkeeper.'],
  ['killings', 'institutional', 'A woman was killed by her husband in the eastern district.'],
  ['killings', 'institutional', 'Eleven workers were killed in construction accidents on the coast.'],
  ['disappearance', 'institutional', 'The practice of bride kidnapping persisted in rural areas.'],
  ['killings', 'asserted', 'Police shot and killed a robbery suspect during a night raid.'],
  ['killings', 'asserted', 'Unidentified gunmen shot and killed a radio journalist in the port city.'],
  [
    'arbitrary_detention',
    'asserted',
    'Police arrested dozens of students who had gathered outside the ministry.',
  ],
  [
    'detention_conditions',
    'asserted',
    'The central prison held three times its designed capacity, and inmates slept in shifts.',
  ],
  ['disappearance', 'asserted', 'The student was taken at night by armed men and has not been seen since.'],
  [
    'political_prisoners',
    'asserted',
    'The activist was held on charges that observers considered politically motivated.',
  ],
  [
    'political_prisoners',
    'asserted',
    'Authorities kept the opposition leader in detention by adding him to new cases each time his term ended.',
  ],
  [
    'arbitrary_detention',
    'asserted',
    'Asylum seekers were held in closed centres without any individual assessment of their needs.',
  ],
  [
    'refoulement',
    'asserted',
    'Migrants intercepted at sea were returned to detention centres where they faced abuse.',
  ],
  [
    'disappearance',
    'institutional',
    'The Commission on Missing and Disappeared Persons published its annual report.',
  ],
  [
    'killings',
    'historical',
    'Authorities continued to prosecute officers for killings committed during the 1976-83 dictatorship.',
  ],
  ['torture', 'asserted', 'Inmates at the district jail described regular abuse by guards.'],
  ['torture', 'institutional', 'Domestic workers suffered physical abuse by their employers.'],
  [
    'detention_conditions',
    'institutional',
    'Seasonal farm workers faced poor living and working conditions.',
  ],
  ['detention_conditions', 'asserted', 'Overcrowding remained a serious problem.'],
  ['arbitrary_detention', 'institutional', 'Police arrested the owner of the shop on the same day.'],
  ['arbitrary_detention', 'asserted', 'Police arrested two journalists covering the rally.'],
  ['political_prisoners', 'asserted', 'Police arrested two journalists covering the rally.'],
  ['refoulement', 'institutional', 'Authorities forcibly expelled the leaders of the striking workers.'],
  ['refoulement', 'asserted', 'Authorities forcibly returned asylum seekers who reached the border.'],
  [
    'killings',
    'institutional',
    'Six inmates died in custody: four of heart attacks and two of tuberculosis.',
  ],
  ['killings', 'asserted', 'Two inmates died in custody after guards beat them.'],
  [
    'arbitrary_detention',
    'institutional',
    'Reporters faced harassment (see section 2.a., Arbitrary Arrest and Detention).',
  ],
  [
    'political_prisoners',
    'asserted',
    'A district court sentenced an opposition activist to five years under the criminal code for a social media post.',
  ],
  ['killings', 'asserted', 'Mai Mai fighters killed three farmers near the village.'],
  ['killings', 'asserted', 'Authorities failed to open investigations into the killings of four protesters.'],
  [
    'torture',
    'historical',
    'The ombudsman opened an investigation into a complaint of ill-treatment at the border post.',
  ],
  [
    'torture',
    'asserted',
    'The investigations unit, which handles interrogations, used torture during questioning.',
  ],
  ['torture', 'asserted', 'Lawyers described violations of fair trial rights, including forced confessions.'],
  ['arbitrary_detention', 'asserted', 'Officers questioned the student for ten hours without a lawyer.'],
  [
    'arbitrary_detention',
    'asserted',
    'A UN body found that the continued detention of the editor was arbitrary.',
  ],
  [
    'arbitrary_detention',
    'legal_norm',
    'The law provides that detainees may not be questioned without a lawyer.',
  ],
  [
    'arbitrary_detention',
    'asserted',
    'Hundreds of migrants remained in indefinite detention at the airport.',
  ],
  [
    'torture',
    'institutional',
    'Physical abuse of domestic workers by the families that employed them was common.',
  ],
  [
    'disappearance',
    'institutional',
    'Traffickers waited near the border for young women, abducting them for forced labor.',
  ],
  [
    'torture',
    'asserted',
    'Detainees said officers of the Criminal Investigation Unit tortured them during questioning.',
  ],
  ['torture', 'legal_norm', 'The law treats beatings by relatives as an administrative offense.'],
  [
    'torture',
    'historical',
    'A special tribunal sentenced the former ruler to life in prison for torture, forced labor, war crimes, and crimes against humanity.',
  ],
  [
    'detention_conditions',
    'historical',
    'The ombudsman opened an inquiry into complaints about overcrowding at the central prison.',
  ],
  ['detention_conditions', 'asserted', 'Many detainees awaited trial for months in overcrowded cells.'],
  [
    'disappearance',
    'asserted',
    'Reporters in the provinces were also subject to arrests and enforced disappearances.',
  ],
  [
    'disappearance',
    'asserted',
    'Armed groups were suspected of most of the kidnappings in the border districts.',
  ],
  [
    'disappearance',
    'asserted',
    'Judicial action on the disappearance cases of student leaders remained insufficient.',
  ],
  ['detention_conditions', 'asserted', 'Most jail clinics had a limited supply of medicine.'],
  ['detention_conditions', 'institutional', 'Farm workers had inadequate food and water at the plantations.'],
  ['detention_conditions', 'asserted', 'Conditions in the police lockups remained substandard.'],
  ['detention_conditions', 'institutional', 'Seasonal migrants often lived in substandard housing.'],
  [
    'arbitrary_detention',
    'hypothetical',
    'The army chief announced his intention to detain the leader of a new movement.',
  ],
  ['arbitrary_detention', 'institutional', 'Police raided homes in poor districts without warrants.'],
  ['arbitrary_detention', 'asserted', 'Police arrested residents of poor districts without warrants.'],
  [
    'political_prisoners',
    'historical',
    'Children of dissidents detained by the former military dictatorship were given to other families.',
  ],
  ['detention_conditions', 'asserted', 'Armed gangs effectively controlled the two largest prisons.'],
  ['detention_conditions', 'asserted', 'Isolation of inmates with mental illness was common.'],
  [
    'detention_conditions',
    'asserted',
    'Access to food, clean water and heating in the jails was inadequate.',
  ],
  ['arbitrary_detention', 'asserted', 'Police held farmers from the valley for days without due process.'],
  [
    'torture',
    'asserted',
    'Former detainees said officials subjected women in the camps to forced abortions.',
  ],
  [
    'refoulement',
    'asserted',
    'Authorities deported several asylum seekers who said they would face persecution at home.',
  ],
  [
    'refoulement',
    'asserted',
    'Asylum seekers who reached the port without travel documents were held and then deported to a neighbouring country.',
  ],
  // ── added with the third labelling round (lexicon 2026.11.1): paraphrases and their near misses ──
  [
    'detention_conditions',
    'asserted',
    'Children awaiting trial were often held in the same cells as convicted adults.',
  ],
  [
    'detention_conditions',
    'asserted',
    'In several district jails, pretrial detainees were kept with convicts.',
  ],
  ['detention_conditions', 'negated', 'Juveniles were never detained with adults.'],
  [
    'detention_conditions',
    'asserted',
    'The prison service reported that 23 inmates died from illnesses during the year.',
  ],
  [
    'detention_conditions',
    'asserted',
    'Guards cut off water and food to the cells of hunger strikers for three days.',
  ],
  ['killings', 'asserted', 'Witnesses said police beat a street vendor to death in the market.'],
  ['killings', 'institutional', 'A mob beat a suspected thief to death in the village.'],
  ['killings', 'institutional', 'A gunman shot dead two worshippers outside a temple.'],
  ['arbitrary_detention', 'asserted', 'Police detained three union leaders for organising a strike.'],
  ['arbitrary_detention', 'institutional', 'Police detained a man suspected of stealing a motorcycle.'],
  [
    'political_prisoners',
    'asserted',
    'Authorities detained several bloggers for reasons that observers considered politically motivated.',
  ],
  ['refoulement', 'hypothetical', 'Migrants were held in a detention centre pending deportation.'],
  [
    'refoulement',
    'asserted',
    'Rejected asylum seekers were deported to their country of origin although they said they would be persecuted there.',
  ],
  [
    'torture',
    'asserted',
    'Significant human rights issues in Veloria included credible reports of: torture; arbitrary detention; transnational repression against critics living in other countries; and censorship.',
  ],
  [
    'killings',
    'institutional',
    'Transnational Repression: Agents of the government reportedly killed two dissidents living in a neighbouring country.',
  ],
  ['torture', 'asserted', 'The ombudsman said police used excessive force against students at the sit-in.'],
  ['torture', 'legal_norm', 'The law prohibits excessive force by police.'],
  ['torture', 'asserted', 'Inmates who complained were assaulted by guards in the punishment block.'],
  [
    'political_prisoners',
    'asserted',
    'Police arrested four journalists covering the strike and held them overnight.',
  ],
];
