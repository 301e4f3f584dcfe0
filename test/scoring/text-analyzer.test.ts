import {
  ASSERTION_STATUSES,
  CATEGORY_IDS,
  type AssertionStatus,
  type CategoryId,
} from '../../scoring/categories';
import {
  LEXICON_VERSION,
  analyzeSentence,
  analyzeText,
  splitSentences,
  type Signal,
} from '../../scoring/text-analyzer';
import { TABLE } from './sentence-table';

const signalFor = (sentence: string, category: CategoryId): Signal | undefined =>
  analyzeSentence(sentence).find((s) => s.category === category);
const statusOf = (sentence: string, category: CategoryId): AssertionStatus | undefined =>
  signalFor(sentence, category)?.status;
const asserted = (sentence: string): CategoryId[] =>
  analyzeSentence(sentence)
    .filter((s) => s.status === 'asserted')
    .map((s) => s.category);

describe('sentence table', () => {
  it('has at least 180 sentences and covers every category with every status several times', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(180);
    for (const c of CATEGORY_IDS) {
      for (const st of ASSERTION_STATUSES) {
        expect(TABLE.filter(([cat, status]) => cat === c && status === st).length).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it.each(TABLE.map(([c, st, s]) => [c, st, s] as const))('%s is %s: %s', (category, status, sentence) => {
    expect(statusOf(sentence, category)).toBe(status);
  });

  it('gets at least 95% of statuses right over the whole table', () => {
    const correct = TABLE.filter(([c, st, s]) => statusOf(s, c) === st).length;
    expect(correct / TABLE.length).toBeGreaterThanOrEqual(0.95);
  });

  it('gives weight only to asserted signals, and positive weight to every asserted non-mention cue', () => {
    for (const [, , s] of TABLE) {
      for (const sig of analyzeSentence(s)) {
        if (sig.status === 'asserted') expect(sig.weight).toBeGreaterThan(0);
        else expect(sig.weight).toBe(0);
        expect(sig.intensity).toBeGreaterThanOrEqual(1);
        expect(sig.reason).toMatch(/^[a-z_]+:[a-z0-9-]+$/);
      }
    }
  });

  it('returns every cue as a verbatim substring of its sentence at the reported offsets', () => {
    for (const [, , s] of TABLE) {
      for (const sig of analyzeSentence(s)) {
        expect(s.slice(sig.cueStart, sig.cueEnd)).toBe(sig.cue);
        expect(s.includes(sig.cue)).toBe(true);
      }
    }
  });

  it('returns at most one signal per category per sentence', () => {
    for (const [, , s] of TABLE) {
      const cats = analyzeSentence(s).map((x) => x.category);
      expect(new Set(cats).size).toBe(cats.length);
    }
  });
});

describe('negation and its scope', () => {
  it('when the report says there were no reports of torture, no torture evidence is counted', () => {
    expect(statusOf('There were no reports of torture by the police during the year.', 'torture')).toBe(
      'negated',
    );
  });

  it('when no government killings were reported, killings are negated', () => {
    expect(
      statusOf('There were no reports that the government committed arbitrary killings.', 'killings'),
    ).toBe('negated');
  });

  it('when a postposed "were reported" follows "No disappearances", disappearance is negated', () => {
    expect(
      statusOf('No disappearances carried out by or for the authorities were reported.', 'disappearance'),
    ).toBe('negated');
  });

  it('when NGOs reported no cases of refoulement, refoulement is negated', () => {
    expect(statusOf('NGOs reported no cases of refoulement.', 'refoulement')).toBe('negated');
  });

  it('when authorities failed to investigate reported executions, the killings still count', () => {
    const sig = signalFor(
      'Authorities did not investigate reports that soldiers executed detainees.',
      'killings',
    );
    expect(sig?.status).toBe('asserted');
    expect(sig?.actor).toBe('state');
  });

  it('when a law prohibits torture but police beat suspects, torture is asserted', () => {
    expect(
      statusOf(
        'Although the law prohibits torture, there were credible reports that police beat suspects.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when the government did not always observe a prohibition, the prohibited practice is asserted', () => {
    const sig = signalFor(
      'Arbitrary arrest and detention are banned by both the basic law and the criminal code, but the police did not always observe that ban.',
      'arbitrary_detention',
    );
    expect(sig?.status).toBe('asserted');
    expect(sig?.reason).toMatch(/^departure:/);
  });

  it('when a sentence only says practice departed from an unnamed norm, no category is invented', () => {
    expect(analyzeSentence('Officials did not always respect those prohibitions either.')).toEqual([]);
  });

  it('when nobody reported that officials failed to respect a prohibition, the practice is negated', () => {
    expect(
      statusOf(
        'The law prohibits torture, and there were no reports that Valdorian officials failed to respect that prohibition.',
        'torture',
      ),
    ).toBe('negated');
  });

  it('when a negation belongs to another clause, it does not reach the abuse', () => {
    expect(
      statusOf(
        'There were no reports of political prisoners, but police beat several protesters.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when "no fewer than" introduces a count, it is intensity, not negation', () => {
    const sig = signalFor('Security forces killed no fewer than 40 demonstrators.', 'killings');
    expect(sig?.status).toBe('asserted');
    expect(sig?.intensity).toBeGreaterThan(1);
  });
});

describe('legal norms and institutions', () => {
  it('when the constitution prohibits a practice, it is a legal norm, not evidence', () => {
    expect(
      statusOf('The constitution and law prohibit torture and any other cruel treatment.', 'torture'),
    ).toBe('legal_norm');
  });

  it('when the law provides a right to challenge detention, arbitrary detention is only a legal norm', () => {
    expect(
      statusOf(
        'The law provides that any detainee may challenge in court whether an arrest was lawful.',
        'arbitrary_detention',
      ),
    ).toBe('legal_norm');
  });

  it('when an office is responsible for investigating killings, the killings are institutional', () => {
    expect(
      statusOf(
        'The Valdorian Police Inspectorate is responsible for investigating killings by security forces.',
        'killings',
      ),
    ).toBe('institutional');
  });

  it('when a treaty body is named after torture, the name alone is institutional', () => {
    expect(statusOf('The country ratified the Convention against Torture.', 'torture')).toBe('institutional');
  });

  it('when a treaty body reports torture, the reported torture is asserted', () => {
    expect(
      statusOf(
        'The Committee against Torture reported that police tortured detainees in several regions.',
        'torture',
      ),
    ).toBe('asserted');
  });

  it('when the government cooperated with UNHCR to protect refugees, refoulement is institutional', () => {
    expect(
      statusOf(
        'The government cooperated with UNHCR and the Red Cross in providing protection to refugees.',
        'refoulement',
      ),
    ).toBe('institutional');
  });
});

describe('time and hypotheticals', () => {
  it('when torture happened in previous years, it is historical', () => {
    expect(statusOf('In previous years, security forces tortured detainees.', 'torture')).toBe('historical');
  });

  it('when events are dated to a year range, they are historical', () => {
    expect(statusOf('Between 2012 and 2015, militias abducted hundreds of villagers.', 'disappearance')).toBe(
      'historical',
    );
  });

  it('when a report year is given, events dated to earlier years are historical and current ones asserted', () => {
    const s = 'In 2015, soldiers killed 14 villagers in the northern district.';
    expect(analyzeSentence(s, { reportYear: 2022 }).find((x) => x.category === 'killings')?.status).toBe(
      'historical',
    );
    expect(analyzeSentence(s, { reportYear: 2015 }).find((x) => x.category === 'killings')?.status).toBe(
      'asserted',
    );
  });

  it('when an abuse from earlier years continues, it is not historical', () => {
    expect(
      statusOf(
        'Persons abducted by security forces in previous years remained missing, and their whereabouts remained unknown.',
        'disappearance',
      ),
    ).toBe('asserted');
  });

  it('when activists feared arrest, arrest is hypothetical', () => {
    expect(statusOf('Activists feared they would be arrested.', 'arbitrary_detention')).toBe('hypothetical');
  });

  it('when returnees could face torture, torture is hypothetical', () => {
    expect(statusOf('Deported persons could face torture if returned.', 'torture')).toBe('hypothetical');
  });

  it('when there is a risk of refoulement, refoulement is hypothetical', () => {
    expect(statusOf('Advocates described a growing risk of refoulement.', 'refoulement')).toBe(
      'hypothetical',
    );
  });

  it('when "May" is the month, it is not a modal verb', () => {
    expect(statusOf('In May police killed two protesters in the capital.', 'killings')).toBe('asserted');
  });
});

describe('weights: credibility, intensity and actors', () => {
  const weight = (s: string, c: CategoryId): number => signalFor(s, c)?.weight ?? 0;

  it('when an abuse is only alleged, it is still asserted but weighs less', () => {
    const plain = weight('Police beat a detainee in the central station.', 'torture');
    const alleged = weight('Police allegedly beat a detainee in the central station.', 'torture');
    expect(statusOf('Police allegedly beat a detainee in the central station.', 'torture')).toBe('asserted');
    expect(alleged).toBeGreaterThan(0);
    expect(alleged).toBeLessThan(plain);
  });

  it('when torture is systematic or widespread, it weighs more', () => {
    const plain = weight('Police tortured detainees.', 'torture');
    expect(weight('Police systematically tortured detainees.', 'torture')).toBeGreaterThan(plain);
    expect(weight('Torture by police was widespread.', 'torture')).toBeGreaterThan(
      weight('Torture by police occurred.', 'torture'),
    );
  });

  it('when a count such as "at least 30" is given, it weighs more than a single case', () => {
    expect(weight('Soldiers killed at least 30 villagers.', 'killings')).toBeGreaterThan(
      weight('Soldiers killed a villager.', 'killings'),
    );
  });

  it('when gangs kill, the killing is asserted but weighs less than a killing by police', () => {
    const gangs = signalFor('Gangs killed two shopkeepers in the market.', 'killings');
    const police = signalFor('Police killed two shopkeepers in the market.', 'killings');
    expect(gangs?.status).toBe('asserted');
    expect(gangs?.actor).toBe('non_state');
    expect(police?.actor).toBe('state');
    expect(gangs?.weight ?? 0).toBeGreaterThan(0);
    expect(gangs?.weight ?? 0).toBeLessThan(police?.weight ?? 0);
  });

  it('when the victims are police and the killers gangs, the agent is the gang', () => {
    expect(signalFor('Two police officers were killed by gangs in the port city.', 'killings')?.actor).toBe(
      'non_state',
    );
  });
});

describe('executive-summary lists and headings', () => {
  const summary =
    'Serious human rights problems this year included credible reports of: unlawful killings by army units; forced disappearances; ' +
    'torture and other cruel or degrading treatment by state agents; harsh, life-threatening ' +
    'prison conditions; political prisoners; arbitrary arrest and detention; tight limits on the press; ' +
    'and refoulement of people seeking asylum to states where they risked torture or persecution.';

  it('when the summary lists every category, each is asserted', () => {
    expect(asserted(summary).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('when the summary says there were no credible reports of significant abuses, nothing is asserted', () => {
    expect(asserted('Nobody made credible reports of significant human rights abuses this year.')).toEqual(
      [],
    );
  });

  it('when a run-in label names a topic, the label is not evidence', () => {
    expect(
      statusOf('Refoulement: Border monitors recorded no case of refoulement this year.', 'refoulement'),
    ).toBe('negated');
  });

  it('when a line is a heading, it yields no signal', () => {
    expect(analyzeSentence('b. Disappearance')).toEqual([]);
    expect(
      analyzeSentence('Unlawful, Arbitrary, or Politically Motivated Killings and Deprivation of Life'),
    ).toEqual([]);
  });
});

describe('error shapes of real report text (issue 11)', () => {
  const reasonOf = (sentence: string, category: CategoryId, reportYear?: number): string | undefined =>
    analyzeSentence(sentence, { reportYear }).find((s) => s.category === category)?.reason;

  it('when security forces are responsible for disappearances, the reason names the perpetrator phrasing', () => {
    expect(
      reasonOf('Police were responsible for several disappearances in the south.', 'disappearance'),
    ).toBe('asserted:responsible-for');
  });

  it('when a body is responsible for investigating disappearances, they stay institutional', () => {
    expect(
      statusOf(
        'A special unit is responsible for investigating disappearances in the south.',
        'disappearance',
      ),
    ).toBe('institutional');
  });

  it('when a sentence denies accountability, the abuse counts and says why', () => {
    expect(reasonOf('No officer was prosecuted for the torture of the two farmers.', 'torture')).toBe(
      'asserted:no-accountability',
    );
  });

  it('when a court event is about an abuse, the reason names the event', () => {
    expect(reasonOf('A court convicted three guards of beating a prisoner.', 'torture')).toBe(
      'court_event:conviction',
    );
  });

  it('when the abuse itself is dated to a month, a court event does not hide it', () => {
    expect(statusOf('Three guards were charged with beating a prisoner in February.', 'torture')).toBe(
      'asserted',
    );
  });

  it('when a past year modifies the abuse, it is historical even if the investigation continued', () => {
    const s = 'The inquiry into the 2004 killing of a newspaper editor continued at year’s end.';
    expect(reasonOf(s, 'killings', 2023)).toBe('historical:dated-past');
    expect(
      analyzeSentence('Police killed a newspaper editor in the capital.', { reportYear: 2023 })[0]?.status,
    ).toBe('asserted');
  });

  it('when a past year follows the act, it dates it; a current year in the clause keeps it current', () => {
    expect(reasonOf('A reporter abducted in the capital in 2019 was released.', 'disappearance', 2023)).toBe(
      'historical:past-year-after',
    );
    expect(
      analyzeSentence('A reporter abducted in the capital in 2019 was abducted again in 2023.', {
        reportYear: 2023,
      })[0]?.status,
    ).toBe('asserted');
  });

  it('when the killer is a private person, the killing is out of scope and says so', () => {
    expect(reasonOf('A woman was killed by her husband in the eastern district.', 'killings')).toBe(
      'out_of_scope:private-actor',
    );
    expect(reasonOf('Relatives said soldiers killed the farmer at a checkpoint.', 'killings')).toBe(
      'asserted:plain',
    );
  });

  it('when a year dates the source report, what the report describes still counts', () => {
    const s = 'According to a 2019 report, political prisoners in the camps worked in mines.';
    expect(
      analyzeSentence(s, { reportYear: 2023 }).find((x) => x.category === 'political_prisoners')?.status,
    ).toBe('asserted');
  });

  it('when a dated statement puts the abuse in the present, the date does not make it historical', () => {
    const s = 'In 2020 a former guard stated that inmates are subjected to beatings every week.';
    expect(analyzeSentence(s, { reportYear: 2023 }).find((x) => x.category === 'torture')?.status).toBe(
      'asserted',
    );
    const past = 'In 2020 a former guard stated that inmates were beaten every week.';
    expect(analyzeSentence(past, { reportYear: 2023 }).find((x) => x.category === 'torture')?.status).toBe(
      'historical',
    );
  });

  it('when a list item names domestic violence, other items of the list still count', () => {
    const s =
      'Significant issues included credible reports of: unlawful killings; torture by police; and domestic violence.';
    expect(asserted(s)).toEqual(expect.arrayContaining(['killings', 'torture']));
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations, initials, acronyms and list numbers inside sentences', () => {
    const text =
      'Mr. Smith met the U.S. ambassador on Jan. 5. Under Law No. 12, detainees must see a judge. J. R. Doe was released. ' +
      '1. The police arrested him. The U.N. envoy visited. The Dr. said so!';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith met the U.S. ambassador on Jan. 5.',
      'Under Law No. 12, detainees must see a judge.',
      'J. R. Doe was released.',
      '1. The police arrested him.',
      'The U.N. envoy visited.',
      'The Dr. said so!',
    ]);
  });

  it('ends a sentence at a dotted acronym when a typical opener follows', () => {
    expect(splitSentences('He moved to the U.S. The police later arrested him.').map((s) => s.text)).toEqual([
      'He moved to the U.S.',
      'The police later arrested him.',
    ]);
  });

  it('treats blank lines as hard boundaries and trims whitespace', () => {
    const text = '  Section 1. Integrity of the Person\n\nb. Disappearance\n\n  There were no reports.  ';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Section 1. Integrity of the Person',
      'b. Disappearance',
      'There were no reports.',
    ]);
  });

  it('returns exact offsets on a generated text', () => {
    const pieces = [
      'Police beat Mr. Ayo on Feb. 3.',
      'There were no reports of torture.',
      'Dr. K. Lin, a U.S. citizen, was detained without charge!',
      'Was he released?',
      '“Soldiers killed 30 persons,” the NGO said.',
    ];
    const seps = [' ', '  ', '\n', '\n\n', ' \t '];
    let text = '';
    for (let i = 0; i < 60; i++) {
      text += (pieces[i % pieces.length] ?? '') + (seps[(i * 7) % seps.length] ?? ' ');
    }
    const spans = splitSentences(text);
    expect(spans).toHaveLength(60);
    for (const [i, s] of spans.entries()) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(pieces[i % pieces.length]);
    }
    for (const a of analyzeText(text)) {
      expect(text.slice(a.start, a.end)).toBe(a.text);
      for (const sig of a.signals) expect(a.text.slice(sig.cueStart, sig.cueEnd)).toBe(sig.cue);
    }
  });
});

describe('analyzeText', () => {
  it('omits sentences without signals and keeps offsets into the text', () => {
    const text =
      'The weather was mild. There were credible reports that police tortured detainees.\n\nThe economy grew. ' +
      'NGOs reported no cases of refoulement.';
    const out = analyzeText(text);
    expect(out.map((s) => s.text)).toEqual([
      'There were credible reports that police tortured detainees.',
      'NGOs reported no cases of refoulement.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(out[0]?.signals[0]).toMatchObject({ category: 'torture', status: 'asserted', actor: 'state' });
    expect(out[1]?.signals[0]).toMatchObject({ category: 'refoulement', status: 'negated', weight: 0 });
  });

  it('exposes the lexicon version', () => {
    expect(LEXICON_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('arrest as a moment, not a detention', () => {
  it.each([
    'An officer was injured during arrest of a robbery suspect.',
    'Many reporters avoided the topic for fear of arrest.',
  ])('when the arrest only sets the scene (%s), no arbitrary detention is asserted', (sentence) => {
    const signals = analyzeSentence(sentence, { reportYear: 2023 });
    expect(signals.filter((s) => s.category === 'arbitrary_detention' && s.status === 'asserted')).toEqual(
      [],
    );
  });
  it('a police arrest of protesters without charge is still asserted', () => {
    const signals = analyzeSentence('Police arrested dozens of protesters and held them without charge.', {
      reportYear: 2023,
    });
    expect(signals.find((s) => s.category === 'arbitrary_detention')?.status).toBe('asserted');
  });
});

describe('holding an event is not holding a person', () => {
  it('when residents held rallies protesting a tax, no political detention is asserted', () => {
    const signals = analyzeSentence('On Sunday about 200 residents held rallies protesting the new tax.', {
      reportYear: 2023,
    });
    expect(signals.filter((s) => s.category === 'political_prisoners')).toEqual([]);
  });
  it('when police held two opposition leaders without charge, political detention is asserted', () => {
    const signals = analyzeSentence('Police held two opposition leaders for three days without charge.', {
      reportYear: 2023,
    });
    expect(signals.find((s) => s.category === 'political_prisoners')?.status).toBe('asserted');
  });
});
