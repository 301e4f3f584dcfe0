import { isAsserted, statusOf } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('arbitrariness markers', () => {
  it('does not read detained minors as a targeted minority', () => {
    expect(
      isAsserted(
        'Those stranded included unaccompanied minors and travellers who were detained while crossing the province.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('still reads the detention of members of a minority as arbitrary', () => {
    expect(
      isAsserted(
        'Police detained people of the Velori minority after the market fire.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('counts a reporter arrested after a story as arbitrary and political detention', () => {
    const s = 'After writing about a bridge tender, a reporter from the Harbour Post was arrested in Tarvik.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(true);
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
  });

  it('does not count a report that police arrested a man as a reporter being arrested', () => {
    expect(
      isAsserted(
        'Local media reported that police arrested a man after the market fire.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('house arrest', () => {
  it('is a measure, not an abuse, when nothing says whom or why', () => {
    expect(
      isAsserted(
        'Courts could order bail, and a system of house arrest also existed.',
        'arbitrary_detention',
      ),
    ).toBe(false);
    expect(
      isAsserted(
        'Forty persons under house arrest were supervised by the probation service.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('counts house arrest of opposition figures', () => {
    expect(
      isAsserted(
        'Authorities kept two opposition leaders under house arrest for most of the year.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('protest words', () => {
  it('does not read lawyers who protested an arrest as arrested protesters', () => {
    expect(
      isAsserted(
        'In May a group of notaries protested the arrest of a colleague in Dorvan.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('still counts arrests at protests as political detention', () => {
    expect(
      isAsserted(
        'Police arrested dozens of people at protests against the new fuel tax.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('arrest warrants', () => {
  it('does not read issuing arrest warrants as an arrest', () => {
    expect(
      isAsserted(
        'Officials used arrest warrants in libel suits to frighten bloggers and editors into silence.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('still counts an arrest made without a warrant', () => {
    expect(
      isAsserted(
        'Police detained a teacher in Norvale without a warrant and held her for a week.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('secret detention', () => {
  it('counts people held in secret prisons or detention centres', () => {
    expect(
      isAsserted(
        'Militia commanders ran secret detention centres on the edge of Ostrava Bay.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count a denial that secret prisons exist', () => {
    expect(isAsserted('There were no reports of secret prisons in the country.', 'arbitrary_detention')).toBe(
      false,
    );
  });
});

describe('held cut off from family and legal advice', () => {
  it('counts detainees held without contact with their family or without legal advice', () => {
    expect(
      isAsserted(
        'Monitors reported persons held at the Kessel station without the chance to contact relatives.',
        'arbitrary_detention',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Several suspects spent days in police cells without any legal advice.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count a statement that detainees could reach family and lawyers', () => {
    expect(
      isAsserted(
        'Police generally let detainees contact family members and lawyers promptly.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('arrests for speech', () => {
  it('counts an arrest for authoring a book as arbitrary and political detention', () => {
    const s =
      'Harbour police arrested and charged Lena Moravic, a lecturer at the Coastal Institute, under the press act, for authoring a pamphlet on the dam.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(true);
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
  });

  it('does not read the authorities themselves as authoring anything', () => {
    expect(
      isAsserted(
        'Authorities arrested two men after a brawl outside the Velden stadium.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('does not count an arrest for theft as political', () => {
    expect(
      isAsserted(
        'Police arrested a clerk for stealing fuel from the depot in Marrow.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('time served in pretrial detention', () => {
  it('counts persons who spent years or months in pretrial detention', () => {
    expect(
      isAsserted(
        'By June the ministry held nine persons who had spent over three years in pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Some defendants remained in pretrial detention for longer than the sentence they faced.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count the legal limit on pretrial detention', () => {
    expect(
      isAsserted(
        'The law limits pretrial detention to two years for serious offenses.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('arrests with a stated legal ground', () => {
  it('does not count an arrest on charges of an ordinary crime as arbitrary, even of a party leader', () => {
    expect(
      isAsserted(
        'On May 3, police arrested Tomas Verin, leader of the Green Valley Party, on charges of fraud and tax evasion.',
        'arbitrary_detention',
      ),
    ).toBe(false);
    expect(
      isAsserted(
        'Officers arrested the opposition mayor of Kelt on allegations that he embezzled road funds.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('still counts an arrest of a party leader without charge', () => {
    expect(
      isAsserted(
        'On May 3, police arrested Tomas Verin, leader of the Green Valley Party, and held him without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('threats in a list', () => {
  it('reads arrests listed after threats against journalists as a fact, not a threat', () => {
    expect(
      isAsserted(
        'Significant issues included serious limits on expression, including threats of violence against journalists in the provinces, unjustified arrests of journalists and censorship.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('still reads a threat to arrest journalists as a threat', () => {
    expect(
      statusOf('Officials threatened to arrest journalists who covered the strike.', 'political_prisoners'),
    ).toBe('hypothetical');
  });
});

describe('held for what they believe, say or do peacefully', () => {
  it('counts people imprisoned for exercising a right, protesting peacefully or covering a protest', () => {
    for (const s of [
      'Eleven residents of Doran were imprisoned for exercising their right to assemble.',
      'Police detained a student in Kessa for peacefully holding a placard outside the ministry.',
      'Two camera operators were arrested in Tull for covering the dockworkers strike.',
    ]) {
      expect(isAsserted(s, 'political_prisoners')).toBe(true);
    }
  });

  it('counts detainees held for their political or religious beliefs', () => {
    expect(
      isAsserted(
        'Officials held several villagers in custody for their religious beliefs.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('does not count political views where no one is held', () => {
    expect(
      isAsserted(
        'Parties competed freely for voters of all political views in the Ostra election.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('critics still held', () => {
  it('counts an activist or journalist who remained in prison or detention', () => {
    expect(
      isAsserted('Rights defender Ivo Sarnek remained in prison throughout the year.', 'political_prisoners'),
    ).toBe(true);
    expect(isAsserted('Three journalists were still in custody at year’s end.', 'political_prisoners')).toBe(
      true,
    );
  });

  it('does not count journalists who remained in the country', () => {
    expect(
      isAsserted(
        'Most foreign journalists remained in the capital during the floods.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('detainees kept from a judge', () => {
  it('counts authorities failing to bring or present detainees before a judge', () => {
    expect(
      isAsserted(
        'In several districts police failed to present detainees to the magistrates as ordered.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count the duty to bring detainees before a judge', () => {
    expect(
      isAsserted('Police must bring any detainee before a judge within 36 hours.', 'arbitrary_detention'),
    ).toBe(false);
  });

  it('does not count a report that no such failure occurred', () => {
    expect(
      isAsserted(
        'There were no reports that police failed to bring suspects before a judge.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('held longer than the law allows', () => {
  it('counts detainees held longer than the hours the law allows', () => {
    expect(
      isAsserted(
        'Police in Marran held detainees longer than the 72 hours allowed by law.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count a wait longer than allowed outside detention', () => {
    expect(
      isAsserted(
        'Applicants for passports waited longer than the legal deadline in Sorby.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('political charges and trials', () => {
  it('counts people held or arrested over political charges or cases', () => {
    expect(
      isAsserted(
        'At least four defence lawyers handling political cases were arrested in Quell.',
        'political_prisoners',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Nineteen villagers remained in custody awaiting trial on political charges.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('does not count political cases where no one is held', () => {
    expect(
      isAsserted(
        'The television debate covered several political cases heard by the Senate.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('detention as retaliation', () => {
  it('counts arrests and detention in retaliation or reprisal as political and arbitrary', () => {
    const s =
      'Relatives of exiled writers from Brell reported retaliatory harassment and detention by police.';
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
    expect(
      isAsserted(
        'Police arrested the two farmers in Ossa in retaliation for their complaint.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count imprisonment named as a punishment in law', () => {
    expect(
      isAsserted('The code sets imprisonment as the punishment for forging ballots.', 'political_prisoners'),
    ).toBe(false);
  });
});

describe('media workers', () => {
  it('counts detention of media workers like detention of journalists', () => {
    expect(
      isAsserted(
        'In the northern hills there were reports of beatings and detention of media workers.',
        'political_prisoners',
      ),
    ).toBe(true);
    expect(
      isAsserted('Two media workers were detained at a checkpoint near Sarvo.', 'political_prisoners'),
    ).toBe(true);
  });

  it('does not count media workers who were merely present', () => {
    expect(
      isAsserted('Media workers attended the opening of the new Sarvo courthouse.', 'political_prisoners'),
    ).toBe(false);
  });
});

describe('access to political prisoners', () => {
  it('counts monitors being given access to political prisoners, since it says such prisoners are held', () => {
    expect(
      isAsserted(
        'Officials allowed the Red Crescent regular visits and access to political prisoners held in Ostra.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('still reads access for monitors to prisons in general as an institution, not abuse', () => {
    expect(
      isAsserted(
        'The ministry permitted independent monitors access to prisons and detention centres.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('denying the political prisoner label', () => {
  it('does not count a government that does not class, count or track anyone as a political prisoner', () => {
    for (const s of [
      'The prison service did not consider any of its inmates to be political prisoners.',
      'The corrections bureau does not track political prisoners and sorts inmates only by risk.',
      'The agency did not identify anyone in its care as political prisoners.',
    ]) {
      expect(statusOf(s, 'political_prisoners')).toBe('negated');
    }
  });

  it('still counts political prisoners that the government did not release', () => {
    expect(
      isAsserted(
        'The government did not free the political prisoners held in Kessel before the election.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('released political prisoners', () => {
  it('reads "released" before political prisoners as their past, like "former"', () => {
    for (const s of [
      'Many released political prisoners could not return to their studies in Vorn.',
      'Under the amnesty decree, released political prisoners had to report to the police monthly.',
    ]) {
      expect(statusOf(s, 'political_prisoners')).toBe('historical');
    }
  });

  it('still counts authorities releasing political prisoners, who were held that year', () => {
    expect(
      isAsserted(
        'In March authorities released political prisoners from the Dunmore jail.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('critics followed by a conviction noun', () => {
  it('does not read activists who welcomed convictions as convicted activists', () => {
    expect(
      isAsserted(
        'Rights activists welcomed the convictions of two guards but asked for more trials.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('still counts activists who were convicted', () => {
    expect(
      isAsserted('Three activists were convicted for a leaflet about the Tarn dam.', 'political_prisoners'),
    ).toBe(true);
  });
});

describe('arrest warrants against critics', () => {
  it('does not count a warrant issued for an activist as the activist held', () => {
    expect(
      isAsserted(
        'In May a judge issued an arrest warrant against well-known activist Pera Lund over her posts.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('still counts the arrest of an activist', () => {
    expect(
      isAsserted(
        'In May police arrested well-known activist Pera Lund over her posts.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('arbitrariness said after the verb', () => {
  it('counts persons arrested arbitrarily, even when they are called suspects', () => {
    expect(
      isAsserted(
        'Monitors said gendarmes sometimes arrested theft suspects arbitrarily in Pell.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count an arrest of suspects with no such adverb', () => {
    expect(
      isAsserted('Gendarmes arrested two suspects after the bakery robbery in Pell.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('taken into custody', () => {
  it('reads being taken into custody like an arrest, arbitrary when a critic is taken', () => {
    expect(
      isAsserted(
        'On May 2, housing activist Oren Vale was taken into custody after a speech in Kestrel Square.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count a thief taken into custody', () => {
    expect(
      isAsserted('A man was taken into custody after a shop theft in Kestrel.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('detention of critics as a noun', () => {
  it('counts detentions of journalists or activists as arbitrary detention', () => {
    for (const s of [
      'Across the delta there were reports of beatings, detentions and threats against journalists.',
      'Local observers documented the detention of several activists of the Tarn Valley movement.',
    ]) {
      expect(isAsserted(s, 'arbitrary_detention')).toBe(true);
    }
  });

  it('does not count a journalist writing about detention conditions', () => {
    expect(
      isAsserted('A journalist toured the new wing of the Kessel jail in June.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('court events about a detention', () => {
  it('reads a trial or award for an unlawful detention as a court event, not a fresh detention', () => {
    for (const s of [
      'In October a court convicted a retired colonel and two aides of abduction and illegal detention.',
      'In June a court awarded damages to a trader detained without charge during the 2019 curfew.',
    ]) {
      expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    }
  });

  it('still counts an unlawful detention reported without a court event', () => {
    expect(
      isAsserted(
        'In October police held a trader without charge for nine days in Pell.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not read cases of illness listed beside long pretrial detention as a court case', () => {
    expect(
      isAsserted(
        'The monitor noted cases of scurvy, including 12 cases in Varn, and long periods of pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('arrests in retaliation are arbitrary too', () => {
  it('counts retaliatory detention as arbitrary detention, not only as political', () => {
    expect(
      isAsserted(
        'Families of exiled union organisers from Brell described retaliatory police harassment and detention at home.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count retaliation that involves no detention', () => {
    expect(
      isAsserted(
        'The editor reported retaliatory tax audits against the Brell Courier.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('detainees not always brought before a judge', () => {
  it('counts detainees who were not always brought before a judge in time', () => {
    expect(
      isAsserted(
        'Suspects were usually told the charges on arrest, but some were not always brought before a magistrate within 72 hours.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('does not count detainees who were brought before a judge', () => {
    expect(
      isAsserted(
        'In Varn police brought all detainees before a magistrate within 72 hours.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('"union" in the name of a body', () => {
  it('does not make an arrest arbitrary because a union of some trade is named', () => {
    expect(
      isAsserted(
        'The Farmers Union of Tarn called for the arrest of the men who burned the granary.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('still counts arrests of trade unionists', () => {
    expect(
      isAsserted('Police arrested four trade unionists at the Tarn mill gate.', 'arbitrary_detention'),
    ).toBe(true);
  });
});

describe('laws used against critics', () => {
  it('reads authorities using or citing a law to arrest critics as practice, not a legal norm', () => {
    for (const s of [
      'Officials often cited laws protecting public order to arrest and silence critics of the governor.',
      'Prosecutors used the broad sedition law to detain bloggers in Varn.',
    ]) {
      expect(isAsserted(s, 'arbitrary_detention')).toBe(true);
      expect(isAsserted(s, 'political_prisoners')).toBe(true);
    }
  });

  it('still reads a law that allows an arrest as a legal norm', () => {
    expect(
      statusOf('The law allows police to arrest critics who insult officials.', 'political_prisoners'),
    ).toBe('legal_norm');
  });
});

describe('hunger strikes', () => {
  it('does not read a hunger strike as a strike that makes a detention arbitrary', () => {
    expect(
      isAsserted(
        'Six of the accused were moved to house arrest after hunger strikes; four stayed in pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('still counts the arrest of striking workers', () => {
    expect(
      isAsserted('Police arrested dock workers during the strikes at the Tarn port.', 'arbitrary_detention'),
    ).toBe(true);
  });
});

describe('arrests of offenders', () => {
  it('does not count arresting the perpetrators or attackers of an abuse as arbitrary detention', () => {
    for (const s of [
      'The press guild called for the arrest of the perpetrators of the attack on two reporters.',
      'Police arrested the attackers of a journalist in Varn within a week.',
    ]) {
      expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    }
  });

  it('still counts the arrest of the reporters themselves', () => {
    expect(isAsserted('Police arrested two reporters in Varn within a week.', 'arbitrary_detention')).toBe(
      true,
    );
  });
});
