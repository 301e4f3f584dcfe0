import { CATEGORY_IDS, type CategoryId } from '../../scoring/categories';
import {
  bandFor,
  buildTextFragmentUrl,
  rankEvidence,
  specificityOf,
  combineYears,
  confidenceFor,
  DEFAULT_WEIGHTS,
  methodVersionFor,
  saturate,
  scoreReport,
  sectionWeight,
} from '../../scoring/report-scorer';
import type { ReportScore } from '../../scoring/score-model';
import { buildTestReport } from '../support/report-builder';

const ABUSIVE = buildTestReport(2023, [
  {
    key: 'executive_summary',
    heading: 'EXECUTIVE SUMMARY',
    paragraphs: [
      'Serious human rights problems this year included credible reports of arbitrary killings, torture by security forces, and harsh and life-threatening prison conditions.',
    ],
  },
  {
    key: 'killings',
    heading: 'a. Arbitrary Deprivation of Life',
    paragraphs: [
      'Soldiers summarily executed at least 30 detainees in the northern province.',
      'Police shot and killed two protesters in March.',
    ],
  },
  {
    key: 'disappearance',
    heading: 'b. Disappearance',
    paragraphs: [
      'Human rights groups documented the enforced disappearance of dozens of opposition activists.',
    ],
  },
  {
    key: 'torture',
    heading: 'c. Torture',
    paragraphs: ['During interrogation, guards routinely beat detainees and gave them electric shocks.'],
  },
  {
    key: 'prison_conditions',
    heading: 'Prison and Detention Center Conditions',
    paragraphs: [
      'Conditions in the main prisons were harsh and life threatening because of severe overcrowding and lack of medical care.',
    ],
  },
  {
    key: 'arbitrary_arrest',
    heading: 'd. Arbitrary Arrest or Detention',
    paragraphs: [
      'Security forces arrested hundreds of people without warrants and held them incommunicado for weeks.',
    ],
  },
  {
    key: 'political_prisoners',
    heading: 'Political Prisoners and Detainees',
    paragraphs: [
      'The government held more than 200 political prisoners, including journalists and opposition leaders.',
    ],
  },
  {
    key: 'refugees',
    heading: 'Protection of Refugees',
    paragraphs: ['Authorities forcibly returned asylum seekers to a country where they faced persecution.'],
  },
]);

const CALM = buildTestReport(2023, [
  {
    key: 'executive_summary',
    heading: 'EXECUTIVE SUMMARY',
    paragraphs: ['There were no reports of any significant abuse of human rights during the year.'],
  },
  {
    key: 'killings',
    heading: 'a. Arbitrary Deprivation of Life',
    paragraphs: [
      'There were no reports that state officials or anyone acting for them carried out arbitrary or unlawful killings this year.',
    ],
  },
  {
    key: 'disappearance',
    heading: 'b. Disappearance',
    paragraphs: [
      'No one reported a disappearance carried out by the authorities or for them during the year.',
    ],
  },
  {
    key: 'torture',
    heading: 'c. Torture',
    paragraphs: [
      'Such practices are banned by the constitution and statutes, and nobody reported that officials used them.',
    ],
  },
  {
    key: 'prison_conditions',
    heading: 'Prison and Detention Center Conditions',
    paragraphs: ['Monitors raised no significant concerns about conditions in prisons or detention centres.'],
  },
  {
    key: 'arbitrary_arrest',
    heading: 'd. Arbitrary Arrest or Detention',
    paragraphs: [
      'Statutes prohibit arbitrary arrest and detention, and the authorities generally observed these requirements.',
    ],
  },
  {
    key: 'political_prisoners',
    heading: 'Political Prisoners and Detainees',
    paragraphs: ['There were no reports that the country held any political prisoners or detainees.'],
  },
  {
    key: 'refugees',
    heading: 'Protection of Refugees',
    paragraphs: ['Officials worked with UNHCR and aid agencies to give protection to refugees.'],
  },
]);

describe('scoring a report', () => {
  test('a report asserting every kind of abuse scores in every category and above the low band', () => {
    const score = scoreReport(ABUSIVE);
    for (const id of CATEGORY_IDS) {
      expect(score.categories[id].evidenceCount).toBeGreaterThan(0);
      expect(score.categories[id].score).toBeGreaterThan(10);
    }
    // One sentence per topic is a short report: clearly above low, not yet at the top.
    expect(score.score).toBeGreaterThan(30);
    expect(score.band).not.toBe('low');
  });

  test('a report that only denies abuse scores zero: denials and legal norms never count', () => {
    const score = scoreReport(CALM);
    for (const id of CATEGORY_IDS) expect(score.categories[id]).toMatchObject({ score: 0, evidenceCount: 0 });
    expect(score.score).toBe(0);
    expect(score.band).toBe('low');
    expect(score.evidence).toEqual([]);
  });

  test('every evidence quote is the verbatim slice of the report text at its offsets', () => {
    const score = scoreReport(ABUSIVE);
    expect(score.evidence.length).toBeGreaterThan(7);
    for (const item of score.evidence) expect(ABUSIVE.text.slice(item.start, item.end)).toBe(item.quote);
  });

  test('no category quotes the executive summary list; each leads with a sentence from the body', () => {
    const score = scoreReport(ABUSIVE);
    expect(score.summary?.quote).toMatch(/^Serious human rights problems this year included/);
    for (const id of CATEGORY_IDS) {
      const first = score.evidence.find((e) => e.category === id);
      expect(first?.section).not.toBe('executive_summary');
    }
  });

  test('a torture sentence weighs less in the worker-rights section than in the torture section', () => {
    expect(sectionWeight(DEFAULT_WEIGHTS, 'torture', 'worker_rights')).toBeLessThan(
      sectionWeight(DEFAULT_WEIGHTS, 'torture', 'torture'),
    );
    const sentence = 'Guards beat detainees with batons.';
    const inTorture = scoreReport(
      buildTestReport(2023, [{ key: 'torture', heading: 'c. Torture', paragraphs: [sentence] }]),
    );
    const inLabor = scoreReport(
      buildTestReport(2023, [
        { key: 'worker_rights', heading: 'Section 7. Worker Rights', paragraphs: [sentence] },
      ]),
    );
    expect(inTorture.categories.torture.raw).toBeGreaterThan(inLabor.categories.torture.raw);
  });

  test('sections about abuse by private persons do not count toward disappearance, killings or political prisoners', () => {
    for (const category of ['disappearance', 'killings', 'political_prisoners'] as const)
      for (const section of ['children', 'discrimination', 'trafficking'] as const)
        expect(sectionWeight(DEFAULT_WEIGHTS, category, section)).toBe(0);
    const score = scoreReport(
      buildTestReport(2023, [
        {
          key: 'children',
          heading: 'Children',
          paragraphs: ['A father abducted his two daughters and took them abroad against a court order.'],
        },
      ]),
    );
    expect(score.categories.disappearance).toMatchObject({ score: 0, evidenceCount: 0 });
  });

  test('coverage lists the sections and the categories whose home section is missing', () => {
    const report = buildTestReport(2024, [
      { key: 'torture', heading: 'a. Torture', paragraphs: ['Police beat suspects.'] },
    ]);
    const score = scoreReport(report);
    expect(score.coverage.sections).toEqual(['torture']);
    expect(score.coverage.missingCategories).toEqual(CATEGORY_IDS.filter((id) => id !== 'torture'));
    expect(score.categories.torture.covered).toBe(true);
    expect(score.categories.detention_conditions.covered).toBe(false);
  });

  test('the same report always gets the same score (deterministic)', () => {
    expect(scoreReport(ABUSIVE)).toEqual(scoreReport(ABUSIVE));
  });
});

describe('aggregation', () => {
  test('category scores have diminishing returns and never pass 100', () => {
    expect(saturate(0, 5)).toBe(0);
    const first = saturate(5, 5);
    const second = saturate(10, 5) - first;
    expect(second).toBeLessThan(first);
    expect(saturate(1e6, 5)).toBeLessThanOrEqual(100);
  });

  test('each band starts at its threshold: low, moderate, elevated, high, severe', () => {
    const [t1, t2, t3, t4] = DEFAULT_WEIGHTS.bandThresholds as [number, number, number, number];
    expect(
      [0, t1 - 0.1, t1, t2, t3, t4, 100].map((score) => bandFor(score, DEFAULT_WEIGHTS.bandThresholds)),
    ).toEqual(['low', 'low', 'moderate', 'elevated', 'high', 'severe', 'severe']);
  });

  test('confidence drops when home sections are missing and when the report is short', () => {
    const full = confidenceFor({ sections: [], missingCategories: [], textLength: 60_000 });
    const missing = confidenceFor({
      sections: [],
      missingCategories: ['detention_conditions', 'political_prisoners'],
      textLength: 60_000,
    });
    const short = confidenceFor({ sections: [], missingCategories: [], textLength: 8_000 });
    expect(full).toBe(1);
    expect(missing).toBeLessThan(full);
    expect(short).toBeLessThan(full);
  });

  test('the method version changes whenever a weight changes', () => {
    const changed = structuredClone(DEFAULT_WEIGHTS);
    changed.saturation.torture += 1;
    expect(methodVersionFor(changed)).not.toBe(methodVersionFor(DEFAULT_WEIGHTS));
    expect(methodVersionFor(DEFAULT_WEIGHTS)).toBe(methodVersionFor(structuredClone(DEFAULT_WEIGHTS)));
  });
});

function yearScore(
  year: number,
  textLength: number,
  scores: Partial<Record<CategoryId, number>>,
  missing: CategoryId[] = [],
): ReportScore {
  const categories = Object.fromEntries(
    CATEGORY_IDS.map((id) => [
      id,
      { score: scores[id] ?? 0, raw: 0, evidenceCount: scores[id] ? 3 : 0, covered: !missing.includes(id) },
    ]),
  ) as ReportScore['categories'];
  return {
    methodVersion: 'test',
    year,
    score: 0,
    band: 'low',
    confidence: 1,
    categories,
    coverage: { sections: [], missingCategories: missing, textLength },
    evidence: [],
    summary: null,
  };
}

describe('years: a shortened report must not silently erase risk', () => {
  test('when the latest report lost the prison section, the category uses the last year that had it, and says so', () => {
    const headline = combineYears([
      yearScore(2023, 60_000, { detention_conditions: 90, torture: 80 }),
      yearScore(2024, 55_000, { detention_conditions: 0, torture: 70 }, ['detention_conditions']),
    ]);
    expect(headline.year).toBe(2024);
    expect(headline.categories.detention_conditions).toMatchObject({ score: 90, year: 2023 });
    expect(headline.categories.torture).toMatchObject({ score: 70, year: 2024 });
    expect(headline.carriedForward).toEqual([
      expect.objectContaining({
        category: 'detention_conditions',
        fromYear: 2023,
        reason: 'section_missing',
      }),
    ]);
    expect(headline.notes.join(' ')).toMatch(
      /2024 report has no section on harsh or life-threatening detention conditions; this figure uses the 2023 report/,
    );
  });

  test('when the latest report is much shorter, a category that fell uses the earlier, fuller report', () => {
    const headline = combineYears([
      yearScore(2023, 60_000, { killings: 85 }),
      yearScore(2024, 15_000, { killings: 20 }),
    ]);
    expect(headline.categories.killings).toMatchObject({ score: 85, year: 2023 });
    expect(headline.carriedForward[0]).toMatchObject({ reason: 'report_shortened' });
    expect(headline.notes[0]).toMatch(/about 25% as long as the 2023 report/);
  });

  test('a full-length latest report leads on its own, even when the score fell', () => {
    const headline = combineYears([
      yearScore(2022, 60_000, { killings: 85 }),
      yearScore(2023, 58_000, { killings: 20 }),
    ]);
    expect(headline.categories.killings).toMatchObject({ score: 20, year: 2023 });
    expect(headline.carriedForward).toEqual([]);
    expect(headline.notes).toEqual([]);
  });

  test('a lone report is its own headline', () => {
    const headline = combineYears([yearScore(2024, 20_000, { torture: 40 }, ['detention_conditions'])]);
    expect(headline.categories.torture.score).toBe(40);
    expect(headline.carriedForward).toEqual([]);
  });
});

describe('links to the source', () => {
  test('a short quote becomes a whole text fragment, special characters encoded', () => {
    expect(buildTextFragmentUrl('https://www.state.gov/x/', 'Police beat 3 men, reportedly.')).toBe(
      'https://www.state.gov/x/#:~:text=Police%20beat%203%20men%2C%20reportedly.',
    );
  });

  test('a long quote becomes a start,end fragment and dashes are escaped', () => {
    const url = buildTextFragmentUrl(
      'https://www.state.gov/x/#old',
      'Guards at the pre-trial centre beat detainees with batons and denied them water for two days in a row last June.',
    );
    expect(url).toBe(
      'https://www.state.gov/x/#:~:text=Guards%20at%20the%20pre%2Dtrial%20centre,in%20a%20row%20last%20June.',
    );
  });
});

describe('method version', () => {
  test('an edit to the lexicon changes the method version even when its version string was not bumped', async () => {
    const lexicon = structuredClone((await import('../../scoring/lexicon/lexicon.json')).default) as {
      categories: Record<string, unknown[]>;
    };
    const shipped = methodVersionFor(DEFAULT_WEIGHTS, structuredClone(lexicon));
    lexicon.categories['torture']?.push({ phrase: 'waterboarded', weight: 1 });
    expect(methodVersionFor(DEFAULT_WEIGHTS, lexicon)).not.toBe(shipped);
    expect(methodVersionFor()).toBe(shipped);
  });
});

describe('evidence ranking: specific, recent incidents by state agents first', () => {
  const torture = (paragraphs: string[], year = 2023) =>
    scoreReport(buildTestReport(year, [{ key: 'torture', heading: 'c. Torture', paragraphs }]))
      .evidence.filter((e) => e.category === 'torture')
      .map((e) => e.quote);

  test('a dated incident with a count and a named town outranks a general statement', () => {
    const general = 'Detainees were often beaten by guards.';
    const specific = 'On 4 May officers in Riverton beat two farmers with batons.';
    expect(torture([general, specific])).toEqual([specific, general]);
  });

  test('an incident of the report year outranks the same kind of incident from years before', () => {
    const old = 'Police beat three students in Lakeside who had protested there in 2019.';
    const recent = 'Police beat three students in Lakeside in 2023.';
    expect(torture([old, recent])).toEqual([recent, old]);
  });

  test('abuse by state agents outranks abuse by private persons', () => {
    const base = {
      category: 'torture' as const,
      quote: 'Someone beat a trader in Hilltown.',
      section: 'torture' as const,
      heading: 'c. Torture',
      start: 0,
      end: 10,
      weight: 1,
      cue: 'beat',
      intensity: 1,
    };
    expect(specificityOf({ ...base, actor: 'state' }, 2023)).toBeGreaterThan(
      specificityOf({ ...base, actor: 'non_state' }, 2023),
    );
  });

  test('a run-in label or a sentence start is not a named place, a town in mid-sentence is', () => {
    const item = (quote: string) => ({
      category: 'torture' as const,
      quote,
      section: 'torture' as const,
      heading: 'c. Torture',
      start: 0,
      end: quote.length,
      weight: 1,
      cue: 'abuse',
      actor: 'unspecified' as const,
      intensity: 1,
    });
    const plain = specificityOf(item('guards sometimes abused inmates.'), 2023);
    expect(specificityOf(item('Oversight: Each guard sometimes abused inmates.'), 2023)).toBe(plain);
    expect(specificityOf(item('guards in Millbrook sometimes abused inmates.'), 2023)).toBe(plain + 1);
  });

  test('a sentence naming many kinds of abuse at once ranks below a single incident', () => {
    const item = (start: number, category: 'torture' | 'killings' | 'disappearance', quote: string) => ({
      category,
      quote,
      section: 'torture' as const,
      heading: 'c. Torture',
      start,
      end: start + quote.length,
      weight: 2,
      cue: 'x',
      actor: 'unspecified' as const,
      intensity: 1,
    });
    const list = 'Abuses included killings, disappearances and torture.';
    const ranked = rankEvidence(
      [
        item(0, 'torture', list),
        item(0, 'killings', list),
        item(0, 'disappearance', list),
        item(100, 'torture', 'Guards tortured a prisoner.'),
      ].map((e) => ({ ...e, weight: e.start === 0 ? 3 : 1 })),
      2023,
    ).filter((e) => e.category === 'torture');
    expect(ranked.map((e) => e.start)).toEqual([100, 0]);
  });

  test('the summary list sentence is the report summary, counted in each category but quoted for none', () => {
    const list =
      'The gravest human rights concerns this year were: unlawful killings by soldiers; enforced disappearance; torture by police.';
    const report = buildTestReport(2023, [
      { key: 'executive_summary', heading: 'EXECUTIVE SUMMARY', paragraphs: [list] },
      {
        key: 'torture',
        heading: 'c. Torture',
        paragraphs: ['In March guards in Stonebridge prison beat an inmate until he lost consciousness.'],
      },
    ]);
    const score = scoreReport(report);
    expect(score.summary).toMatchObject({ quote: list, section: 'executive_summary' });
    expect(report.text.slice(score.summary?.start, score.summary?.end)).toBe(list);
    expect(score.evidence.map((e) => e.quote)).not.toContain(list);
    // Its weight still counts: killings and disappearance have no other sentence.
    expect(score.categories.killings.evidenceCount).toBe(1);
    expect(score.categories.killings.score).toBeGreaterThan(0);
    expect(score.categories.disappearance.score).toBeGreaterThan(0);
  });

  test('a report whose summary lists nothing has no summary', () => {
    expect(scoreReport(CALM).summary).toBeNull();
  });
});
