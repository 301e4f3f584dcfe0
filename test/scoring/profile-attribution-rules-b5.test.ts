import { targets } from './group-targets';
import { analyzeSentence } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the reports' register; names and places are invented.
const asserted = (sentence: string, reportYear = 2023): string[] =>
  analyzeSentence(sentence, { reportYear })
    .filter((s) => s.status === 'asserted')
    .map((s) => s.category);

describe('a sentence that only points to another section for a topic asserts nothing', () => {
  test('near miss: "For information on ... see section" names the topic of another section', () => {
    const sentence =
      '(For information on the abduction and beating of Karvi traders from the border districts, see section 1.b.).';
    expect(targets(sentence)).not.toContain('ethnic_minority');
    expect(asserted(sentence)).toEqual([]);
  });

  test('a sentence that tells of the abuse and then points to a section still asserts it', () => {
    const sentence = 'In May soldiers abducted four ethnic Karvi traders near Lodu (see section 1.b.).';
    expect(targets(sentence)).toContain('ethnic_minority');
    expect(asserted(sentence)).toContain('disappearance');
  });
});

describe('people harmed while protesting, or for expressing their views, are political opponents', () => {
  test('students beaten while they were holding a protest are protesters', () => {
    expect(
      targets('In March police beat six students while they were holding a protest outside the ministry.'),
    ).toContain('political_opponent');
  });

  test('near miss: reporters beaten while they were filming a protest cover it; they are not protesters', () => {
    const found = targets(
      'In March police beat two reporters while they were filming a protest outside the ministry.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('political_opponent');
  });

  test('a teacher beaten for expressing support for a banned union is a critic', () => {
    expect(
      targets(
        'In June police in Varo beat a schoolteacher for expressing support for the banned union online.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: a teacher beaten for expressly breaking a court order is not a critic', () => {
    expect(
      targets(
        'In June police in Varo beat a schoolteacher for expressly breaking a court order on the land.',
      ),
    ).not.toContain('political_opponent');
  });
});

describe('an adverb in -ly between a negation and its verb does not undo the negation', () => {
  test('near miss: a court ruling that authorities could not automatically deport asylum seekers asserts no return', () => {
    const sentence =
      'The court ruled that authorities could not automatically deport three Eritrean asylum seekers to Malta.';
    expect(targets(sentence)).not.toContain('migrant_asylum_seeker');
    expect(asserted(sentence)).not.toContain('refoulement');
  });

  test('authorities that automatically deported asylum seekers target them', () => {
    expect(
      targets(
        'Authorities automatically deported three Eritrean asylum seekers to Malta without examining their claims.',
      ),
    ).toContain('migrant_asylum_seeker');
  });
});

describe('an act that is avoided did not happen', () => {
  test('near miss: officials checking a status to avoid deporting asylum seekers assert no removal', () => {
    const sentence =
      "Officials generally checked with UNHCR to confirm each person's status and avoid deporting anyone with a pending asylum claim.";
    expect(targets(sentence)).not.toContain('migrant_asylum_seeker');
    expect(asserted(sentence)).not.toContain('refoulement');
  });

  test('officials deporting asylum seekers with pending claims target them', () => {
    expect(
      targets('Officials deported 40 asylum seekers with pending claims to Eritrea, UNHCR said.'),
    ).toContain('migrant_asylum_seeker');
  });
});

describe('transnational abductions, killings and renditions happen abroad', () => {
  test('near miss: an army implicated in transnational abductions of a minority asserts no abuse in the country', () => {
    const sentence =
      'A local NGO implicated the army in transnational abductions of ethnic Karvi men as part of its conscription drive.';
    expect(targets(sentence)).not.toContain('ethnic_minority');
    expect(asserted(sentence)).not.toContain('disappearance');
  });

  test('an army abducting men of a minority at home targets the minority', () => {
    const sentence =
      'A local NGO implicated the army in abductions of ethnic Karvi men as part of its conscription drive.';
    expect(targets(sentence)).toContain('ethnic_minority');
    expect(asserted(sentence)).toContain('disappearance');
  });
});

describe('a group word right before a media outlet noun names the outlet, not people', () => {
  test('near miss: reporters of a Kurdish channel arrested target journalists, not the ethnic minority', () => {
    const found = targets(
      'In particular, reporters working for the Kurdish channel Roj were often arrested.',
    );
    expect(found).toContain('journalist');
    expect(found).not.toContain('ethnic_minority');
  });

  test('Kurdish reporters arrested are named as an ethnic minority', () => {
    expect(
      targets('In particular, Kurdish reporters working for the channel Roj were often arrested.'),
    ).toContain('ethnic_minority');
  });
});

describe('"reporters" is a noun for people, not the verb "reported"', () => {
  test('Uzbek reporters detained by police are named as an ethnic minority', () => {
    expect(targets('In May police detained Uzbek reporters covering a court hearing in Osk.')).toContain(
      'ethnic_minority',
    );
  });

  test('near miss: Uzbeks who reported that police detained shepherds are the source, not the target', () => {
    expect(targets('Uzbeks reported that police detained three shepherds near Osk.')).not.toContain(
      'ethnic_minority',
    );
  });
});

describe('refugees or migrants held in custody are in immigration detention', () => {
  test('refugees who remained in custody pending an extradition request are targeted', () => {
    expect(
      targets(
        'UNHCR reported that four Malian refugees remained in police custody pending an extradition request.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: refugees whose custody of their children was disputed are not detained', () => {
    expect(
      targets('UNHCR reported that four Malian refugees had no legal custody of their children.'),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('psychosocial support is help for victims, not an abuse', () => {
  test('near miss: an agency giving psychosocial support and medical help to refugees in custody asserts no harm', () => {
    expect(
      targets(
        'The agency hands out cash grants and psychosocial support plus medical help to refugees in custody.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('police keeping refugees in custody for weeks target them', () => {
    expect(targets('Police kept nine Sudanese refugees in custody for six weeks without charge.')).toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('restrictions imposed on political opponents are a harm aimed at them', () => {
  test('released political prisoners who faced restrictions after release are targeted', () => {
    expect(
      targets('Many released political prisoners faced severe restrictions on study and work after release.'),
    ).toContain('political_opponent');
  });

  test('near miss: a constitution that allows restrictions on opposition parties states the law', () => {
    expect(
      targets('The constitution allows restrictions on opposition parties during a state of emergency.'),
    ).not.toContain('political_opponent');
  });
});

describe('dissent and political motives name political opponents', () => {
  test('detention used to silence dissent targets political opponents', () => {
    expect(targets('Police in Varo often used beatings to silence dissent in the provinces.')).toContain(
      'political_opponent',
    );
  });

  test('killings attributed to political motives target political opponents', () => {
    expect(
      targets('In June at least 12 killings in the Varo hills were attributed to political motives.'),
    ).toContain('political_opponent');
  });

  test('near miss: judges writing dissenting opinions on the case of a beaten suspect are no political opponents', () => {
    expect(
      targets(
        'In May police beat a theft suspect in Varo, and two judges later wrote dissenting opinions on his case.',
      ),
    ).not.toContain('political_opponent');
  });
});
