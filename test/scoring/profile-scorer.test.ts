import { readFileSync } from 'fs';
import path from 'path';
import { PROFILE_IDS, type ProfileId } from '../../scoring/profile-model';
import {
  NO_TARGETED_EVIDENCE,
  PROFILE_SET,
  attributeSentence,
  combineProfileYears,
  extractReportProfiles,
  scoreProfile,
  type YearlyProfiles,
} from '../../scoring/profile-scorer';
import { DEFAULT_WEIGHTS } from '../../scoring/report-scorer';

// Sentences written for these tests, in the reports' register; none is copied from a report.
const targets = (sentence: string): ProfileId[] =>
  attributeSentence(sentence, { reportYear: 2023 }).targeted.map((t) => t.profile);

describe('attributeSentence: a group counts when the sentence asserts an abuse aimed at it', () => {
  test.each([
    ['Police officers beat two gay men outside a bar in the capital.', 'lgbtqi'],
    ['Authorities arrested three opposition party members after the rally.', 'political_opponent'],
    ['Unknown assailants killed a radio journalist who covered land disputes.', 'journalist'],
    [
      'Border officials detained returnees on arrival at the airport and questioned them for days.',
      'criminal_deportee',
    ],
    [
      'Soldiers carried out mass arrests of young men with tattoos under the state of exception.',
      'gang_perceived',
    ],
    [
      'Guards held asylum seekers in an immigration detention centre for months without review.',
      'migrant_asylum_seeker',
    ],
  ] as const)('%s → %s', (sentence, profile) => {
    expect(targets(sentence)).toContain(profile);
  });

  test('a law that criminalises same-sex conduct counts as a group harm, though it states a law', () => {
    const found = attributeSentence(
      'The penal code of Valdoria criminalizes consensual same-sex sexual acts.',
      {
        reportYear: 2023,
      },
    );
    expect(found.targeted).toEqual([expect.objectContaining({ profile: 'lgbtqi', harm: 'criminalisation' })]);
  });

  test.each([
    [
      'a law a court has struck down',
      'In May a court declared unconstitutional the statute that criminalized sodomy between men.',
    ],
    [
      'a rule that binds soldiers only',
      'Military regulations punish consensual same-sex acts between service members in the armed forces.',
    ],
    [
      'laws against violence, not against the group',
      'Officials enforced laws criminalizing such acts when attackers targeted gay men.',
    ],
  ])('the criminalisation rule does not fire on %s', (_case, sentence) => {
    const found = attributeSentence(sentence, { reportYear: 2023 });
    expect(found.targeted.filter((t) => t.criminalises)).toEqual([]);
  });

  test('a criminalising law said to be enforced marks the sentence as enforcement; one said to be unenforced does not', () => {
    const law =
      'Key problems included: laws that make consensual same-sex sexual conduct among adults a criminal offense';
    const enforced = attributeSentence(`${law}, which were enforced.`, { reportYear: 2023 }).targeted;
    const idle = attributeSentence(`${law}, which were not enforced.`, { reportYear: 2023 }).targeted;
    expect(enforced).toEqual([
      expect.objectContaining({ profile: 'lgbtqi', criminalises: true, enforces: true }),
    ]);
    expect(idle).toEqual([
      expect.objectContaining({ profile: 'lgbtqi', criminalises: true, enforces: false }),
    ]);
  });

  test.each([
    [
      'prosecuting those complicit in violence against the group',
      'Police said they sought to investigate, prosecute, and punish anyone complicit in violence against gay men.',
    ],
    [
      'arresting the attackers of the group',
      'Police arrested the attackers of two transgender women in March.',
    ],
  ])(
    'when the arrest or prosecution is of %s, the group still counts as targeted but no law is counted as enforced',
    (_case, sentence) => {
      const targeted = attributeSentence(sentence, { reportYear: 2023 }).targeted;
      expect(targeted.filter((t) => t.profile === 'lgbtqi')).toEqual([
        expect.objectContaining({ profile: 'lgbtqi', enforces: false }),
      ]);
    },
  );

  test('police arresting gay men at a party is enforcement aimed at the group', () => {
    const targeted = attributeSentence('In June police arrested 12 gay men at a private party.', {
      reportYear: 2023,
    }).targeted;
    expect(targeted).toEqual([expect.objectContaining({ profile: 'lgbtqi', enforces: true })]);
  });

  test.each([
    [
      'a negated law',
      'The law of Valdoria does not criminalize consensual same-sex sexual acts between adults.',
    ],
    ['a negated abuse', 'There were no reports that authorities detained journalists during the year.'],
    ['a group that reports, not a target', 'Activists reported that police killed several villagers.'],
    ['a group merely mentioned', 'The commission met with journalists and students in March.'],
  ])('does not count %s', (_case, sentence) => {
    expect(targets(sentence)).toEqual([]);
  });

  // Each rule with a near miss: the same words where the group is the target do count.
  test.each([
    [
      'the group speaks, with words between it and the verb',
      'Opposition members also said that police beat villagers.',
      'Police beat opposition members at the rally.',
      'political_opponent',
    ],
    [
      'a named outlet publishes',
      'The media outlet Nova published an account of the torture of detainees.',
      'Police tortured a reporter of the media outlet Nova.',
      'journalist',
    ],
    [
      'the group is the agent of a passive',
      'Shopkeepers were attacked by gang members in the market.',
      'Soldiers attacked suspected gang members in the market.',
      'gang_perceived',
    ],
    [
      'the group is the one told',
      'The minister told the press that soldiers had killed the suspects.',
      'Soldiers killed two members of the press.',
      'journalist',
    ],
    [
      'the group word names an armed actor',
      'Ethnic armed groups killed several villagers in the north.',
      'Soldiers killed several ethnic minority villagers in the north.',
      'ethnic_minority',
    ],
    [
      'the group word names a place',
      'Soldiers killed three men in the Kachin region.',
      'Soldiers killed three Kachin men near the border.',
      'ethnic_minority',
    ],
    [
      'the group word is part of an institution name',
      'Police raided the offices of the Refugee Rights Clinic in March.',
      'Police raided a camp and detained refugees in March.',
      'migrant_asylum_seeker',
    ],
    [
      'a protest held, not people at a protest',
      'Residents held rallies protesting violence against children.',
      'Police arrested dozens of people during the protests.',
      'political_opponent',
    ],
    [
      'criticism voiced, not critics',
      'Observers criticized the short sentences given to the officers.',
      'Authorities arrested critics of the president.',
      'political_opponent',
    ],
    [
      'help for survivors, not an abuse',
      'The ministry funded a shelter for women who survived domestic violence.',
      'Domestic violence against women was widespread in rural districts, and police seldom investigated it.',
      'women_girls',
    ],
    [
      'fear of an abuse, not the abuse',
      'Many journalists feared arrest and avoided the topic.',
      'Police arrested two journalists who covered the strike.',
      'journalist',
    ],
    [
      'gangs as perpetrators',
      'Gangs controlled the market and extorted traders.',
      'Police detained suspected gang members without warrants.',
      'gang_perceived',
    ],
  ] as const)('does not count %s; the near miss does', (_case, miss, hit, profile) => {
    expect(targets(miss)).not.toContain(profile);
    expect(targets(hit)).toContain(profile);
  });

  test('prison conditions alone do not make women a target; violence against them does', () => {
    expect(targets('Prisons for women remained severely overcrowded.')).not.toContain('women_girls');
    expect(targets('Guards raped women held in the prison.')).toContain('women_girls');
  });

  test('names the groups a sentence mentions even when none is targeted', () => {
    expect(attributeSentence('The commission met with journalists in March.').mentioned).toEqual([
      'journalist',
    ]);
  });
});

const summary = (raw: number, evidenceCount: number, mentions: number, law: Partial<Law> = {}) => ({
  raw,
  lawRaw: 0,
  evidenceCount,
  mentions,
  criminalised: false,
  enforced: false,
  lawEnded: false,
  ...law,
});
type Law = { criminalised: boolean; enforced: boolean; lawEnded: boolean; lawRaw: number };
function yearOf(year: number, textLength: number, lgbtqi: ReturnType<typeof summary>): YearlyProfiles {
  const profiles = Object.fromEntries(
    PROFILE_IDS.map((id) => [id, summary(0, 0, 0)]),
  ) as YearlyProfiles['profiles'];
  profiles.lgbtqi = lgbtqi;
  return { profileVersion: 'test', year, textLength, profiles };
}

describe('combineProfileYears: carry-forward', () => {
  test('a latest report that stopped naming the group uses the latest earlier report that did, and says why', () => {
    const found = combineProfileYears(
      [
        yearOf(2024, 40_000, summary(0, 0, 0)),
        yearOf(2022, 100_000, summary(2, 1, 4)),
        yearOf(2023, 100_000, summary(6, 3, 9)),
      ],
      'lgbtqi',
    );
    expect(found.evidenceYear).toBe(2023);
    expect(found.carriedForward).toEqual([
      expect.objectContaining({ fromYear: 2023, reason: 'topic_dropped' }),
    ]);
    expect(found.carriedForward[0]?.note).toMatch(/2024 report no longer discusses this group/);
  });

  test('a latest report that still covers the topic at full length is used as it is, even with less risk', () => {
    const found = combineProfileYears(
      [yearOf(2024, 100_000, summary(1, 1, 5)), yearOf(2023, 100_000, summary(6, 3, 9))],
      'lgbtqi',
    );
    expect(found.evidenceYear).toBe(2024);
    expect(found.carriedForward).toEqual([]);
  });
});

describe('scoreProfile: combining the country score with the targeted evidence', () => {
  test('without targeted evidence the profile equals the country score and says no sentence targets the group', () => {
    const scored = scoreProfile('lgbtqi', { score: 42, year: 2023 }, [
      yearOf(2023, 100_000, summary(0, 0, 3)),
    ]);
    expect(scored.score).toBe(42);
    expect(scored.explanation).toBe(NO_TARGETED_EVIDENCE);
    expect(scored.coverage.evidenceYear).toBeNull();
  });

  test('targeted evidence closes part of the gap to 100, never more than the uplift and never below the country', () => {
    for (const country of [0, 35, 90, 100]) {
      const scored = scoreProfile('lgbtqi', { score: country, year: 2023 }, [
        yearOf(2023, 100_000, summary(50, 9, 9)),
      ]);
      expect(scored.score).toBeGreaterThanOrEqual(country);
      expect(scored.score).toBeLessThanOrEqual(
        country + (100 - country) * PROFILE_SET.combination.uplift + 0.1,
      );
    }
    const scored = scoreProfile('lgbtqi', { score: 40, year: 2023 }, [
      yearOf(2023, 100_000, summary(4, 2, 5)),
    ]);
    expect(scored.score).toBeGreaterThan(40);
    expect(scored.explanation).toMatch(/Country score 40 \(2023\)/);
  });
});

describe('scoreProfile: a law that criminalises the group is the risk', () => {
  const [, , high, severe] = DEFAULT_WEIGHTS.bandThresholds;
  test('a stated criminalising law lifts a low country score to the lower edge of the high band, and says so', () => {
    const scored = scoreProfile('lgbtqi', { score: 5, year: 2023 }, [
      yearOf(2023, 100_000, summary(4, 1, 3, { criminalised: true, lawRaw: 4 })),
    ]);
    expect(scored.score).toBe(high);
    expect(scored.band).toBe('high');
    expect(scored.explanation).toMatch(/^Starts from .* criminalises this group;/);
  });

  test('reported arrests or prosecutions under the law lift it to the severe band', () => {
    const scored = scoreProfile('lgbtqi', { score: 5, year: 2023 }, [
      yearOf(2023, 100_000, summary(4, 2, 3, { criminalised: true, enforced: true, lawRaw: 4 })),
    ]);
    expect(scored.score).toBe(severe);
    expect(scored.explanation).toMatch(/arrests or prosecutions/);
  });

  test('when the floor is the starting point, the evidence besides the law adds to it, so more abuse scores higher', () => {
    const lawOnly = scoreProfile('lgbtqi', { score: 5, year: 2023 }, [
      yearOf(2023, 100_000, summary(4, 2, 3, { criminalised: true, enforced: true, lawRaw: 4 })),
    ]);
    const lawAndBeatings = scoreProfile('lgbtqi', { score: 5, year: 2023 }, [
      yearOf(2023, 100_000, summary(10, 4, 5, { criminalised: true, enforced: true, lawRaw: 4 })),
    ]);
    expect(lawOnly.score).toBe(severe);
    expect(lawAndBeatings.score).toBeGreaterThan(severe ?? 100);
    expect(lawAndBeatings.explanation).toMatch(/besides those stating the law \(4 sentences in all\)/);
  });

  test('the law counts once: its sentences do not add on top of the floor they set', () => {
    const withLawWeight = scoreProfile('lgbtqi', { score: 5, year: 2023 }, [
      yearOf(2023, 100_000, summary(10, 4, 5, { criminalised: true, lawRaw: 6 })),
    ]);
    const besidesLawOnly = scoreProfile('lgbtqi', { score: 5, year: 2023 }, [
      yearOf(2023, 100_000, summary(4, 3, 5, { criminalised: true, lawRaw: 0 })),
    ]);
    expect(withLawWeight.score).toBe(besidesLawOnly.score);
  });

  test('arrests without a criminalising law raise nothing beyond the usual combination', () => {
    const lawless = scoreProfile('lgbtqi', { score: 5, year: 2023 }, [
      yearOf(2023, 100_000, summary(4, 2, 3, { enforced: true })),
    ]);
    expect(lawless.score).toBeLessThan(high ?? 0);
    expect(lawless.explanation).not.toMatch(/Starts from/);
  });

  test('a country score already above the floor is kept', () => {
    const scored = scoreProfile('lgbtqi', { score: 90, year: 2023 }, [
      yearOf(2023, 100_000, summary(4, 1, 3, { criminalised: true })),
    ]);
    expect(scored.score).toBeGreaterThan(90);
    expect(scored.explanation).not.toMatch(/Starts from/);
  });

  test('a law stated only in an earlier report is carried forward when the latest dropped the topic', () => {
    const found = combineProfileYears(
      [
        yearOf(2024, 90_000, summary(4, 1, 1)),
        yearOf(2023, 100_000, summary(4, 1, 3, { criminalised: true })),
      ],
      'lgbtqi',
    );
    expect(found).toMatchObject({ criminalised: true, evidenceYear: 2023 });
    expect(found.carriedForward).toEqual([expect.objectContaining({ reason: 'topic_dropped' })]);
  });

  test('a law an earlier report stated is not carried forward past a later report that tells of its end', () => {
    const found = combineProfileYears(
      [
        yearOf(2024, 90_000, summary(0, 0, 1, { lawEnded: true })),
        yearOf(2023, 100_000, summary(0, 0, 3, { criminalised: true })),
      ],
      'lgbtqi',
    );
    expect(found.criminalised).toBe(false);
    expect(found.carriedForward).toEqual([]);
  });
});

/** Paragraphs of a discrimination section, one per text, 200 characters apart. */
const discriminationParagraphs = (texts: readonly string[]) =>
  texts.map((text, i) => ({
    text,
    start: i * 200,
    section: 'discrimination' as const,
    heading: 'Acts of Violence',
  }));

describe('the end of a law against the group', () => {
  test('when a court declares the law void as applied to same-sex conduct, the sentence says the law ended', () => {
    expect(
      attributeSentence(
        'In June the supreme court ruled the penal code article void and unconstitutional insofar as it applied to private same-sex relations between adults.',
        { reportYear: 2023 },
      ).lawEnded,
    ).toEqual(['lgbtqi']);
  });

  test('abolishing a penalty for same-sex conduct does not end the law that punishes it', () => {
    expect(
      attributeSentence(
        'In 2021 the council abolished the death penalty for homosexuality, though arrests went on.',
        {
          reportYear: 2023,
        },
      ).lawEnded,
    ).toEqual([]);
  });

  test.each([
    ['a draft bill', 'Two deputies tabled a draft bill proposing the decriminalisation of homosexuality.'],
    [
      'a ruling that upholds the law',
      'In March the high court upheld the laws that punish homosexuality, saying that repealing them would defy the constitution.',
    ],
    [
      'a call made in a list',
      'Rights groups called on the cabinet to publish its budget, decriminalise same-sex relations and free detainees.',
    ],
  ])('%s does not end the law', (_case, sentence) => {
    expect(attributeSentence(sentence, { reportYear: 2019 }).lawEnded).toEqual([]);
  });

  test('a call to repeal the law does not end it', () => {
    expect(
      attributeSentence(
        'Activists urged lawmakers to repeal the article that punishes same-sex relations between adults.',
        { reportYear: 2023 },
      ).lawEnded,
    ).toEqual([]);
  });

  test('a repeal of another law in a sentence naming the group does not end the law against it', () => {
    expect(
      attributeSentence('Parliament repealed a ban on transgender persons serving in the navy.', {
        reportYear: 2023,
      }).lawEnded,
    ).toEqual([]);
  });

  test('a report that states the law and tells of its end does not criminalise the group', () => {
    const paragraphs = discriminationParagraphs([
      'The penal code punished consensual same-sex sexual conduct by men with prison terms of up to ten years.',
      'In May the constitutional court struck down the provision as it applied to consensual same-sex conduct between adults.',
    ]);
    const found = extractReportProfiles({ year: 2023, textLength: 400, paragraphs });
    expect(found.profiles.lgbtqi.lawEnded).toBe(true);
    expect(found.profiles.lgbtqi.criminalised).toBe(false);
    // The law as it stood is not quoted as evidence either.
    expect(found.evidence.filter((e) => e.profile === 'lgbtqi')).toEqual([]);
    expect(found.profiles.lgbtqi.raw).toBe(0);
    const stated = extractReportProfiles({ year: 2023, textLength: 200, paragraphs: paragraphs.slice(0, 1) });
    expect(stated.profiles.lgbtqi.criminalised).toBe(true);
    expect(stated.evidence.filter((e) => e.profile === 'lgbtqi')).toHaveLength(1);
  });

  test('after the law ended, an arrest of the group the report tells of is still evidence', () => {
    const paragraphs = discriminationParagraphs([
      'In May the constitutional court struck down the provision as it applied to consensual same-sex conduct between adults.',
      'Police arbitrarily detained two gay men at a checkpoint in March and beat them.',
    ]);
    const found = extractReportProfiles({ year: 2023, textLength: 400, paragraphs });
    expect(found.evidence.filter((e) => e.profile === 'lgbtqi').map((e) => e.start)).toEqual([200]);
  });
});

describe('extractReportProfiles', () => {
  test('quotes the targeted sentence verbatim with offsets into the report text', () => {
    const lead = 'Section text opens here. ';
    const sentence = 'Police officers beat two gay men outside a bar in the capital.';
    const report = {
      year: 2023,
      textLength: 1000,
      paragraphs: [
        { text: lead + sentence, start: 100, section: 'discrimination' as const, heading: 'Discrimination' },
      ],
    };
    const found = extractReportProfiles(report);
    const [item] = found.evidence;
    expect(item).toMatchObject({ profile: 'lgbtqi', quote: sentence, start: 100 + lead.length });
    expect((item?.end ?? 0) - (item?.start ?? 0)).toBe(sentence.length);
    expect(found.profiles.lgbtqi.evidenceCount).toBe(1);
  });
});

describe('METHODOLOGY.md explains every profile', () => {
  const doc = readFileSync(path.resolve(__dirname, '..', '..', 'METHODOLOGY.md'), 'utf8');
  test.each(PROFILE_SET.profiles.map((p) => [p.id, p.label]))('has a section for %s', (id, label) => {
    expect(doc).toContain(`### ${label} (\`${id}\`)`);
  });
  test('gives the shipped combination figures', () => {
    expect(doc).toContain(`(100 − country score) × ${PROFILE_SET.combination.uplift} × targeted score / 100`);
    expect(doc).toContain(`e^(−raw / ${PROFILE_SET.combination.saturation})`);
  });
});
