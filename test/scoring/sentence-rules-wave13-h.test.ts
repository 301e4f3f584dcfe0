import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: a verdict whose long term comes before the "for" that names the abuse judges an old abuse', () => {
  it('when a guard is sentenced to a term spelt out with a suspended part and probation for beating inmates, torture is not asserted', () => {
    const s = signalOf(
      'A Varnholm warden was convicted in June and sentenced to 14 months in jail, of which nine months were conditional, with three years of probation for beating detainees during two raids.',
      'torture',
    );
    expect(s?.status).toBe('historical');
  });

  it('when a court sentences officers from a long-named unit to terms of several years for beating a suspect, torture is not asserted', () => {
    expect(
      isAsserted(
        'In May a Lisket tribunal sentenced three constables from the eastern river district patrol unit to prison terms of two and four years for beating a suspect.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when the same verdict dates the beating to a month of the report year, torture is still asserted', () => {
    expect(
      isAsserted(
        'In May a Lisket tribunal sentenced three constables from the eastern river district patrol unit to prison terms of two and four years for beating a suspect in January.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when the sentence first reports that guards beat inmates and then a sentence for it, torture is still asserted', () => {
    expect(
      isAsserted(
        'In March guards at Varnholm jail beat two inmates with clubs; in July a judge sentenced one guard to 14 months in jail, of which nine were suspended, for the assault.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: an arrest on charges named by a serious crime is of crime suspects', () => {
  it('when police detain ethnic minority veterans on war crimes allegations, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'A Dovrenik rights group said that police detained four ethnic Tav veterans on war crimes allegations in the spring.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police arrest ethnic minority officers on embezzlement charges, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In April police in Kelmora arrested two ethnic Tav customs officers on embezzlement charges.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police arrest activists on administrative charges, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'Police in Kelmora routinely detained opposition activists on administrative charges and held them for up to 30 days.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrest a critic on fabricated fraud charges, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In June police in Kelmora arrested a blogger on fabricated fraud charges.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('political prisoners: people arrested for attacks on journalists are the attackers, not the journalists', () => {
  it('when police arrest men for violent attacks on reporters, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'In Marrow county police arrested six Delvan youths for violent attacks on reporters covering a local strike.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when police arrest a man for an assault against a blogger, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Police in Marrow arrested a farmer for an assault against a blogger.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when police arrest reporters for their coverage of attacks on protesters, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'Police in Marrow arrested three reporters for their coverage of attacks on protesters.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('political prisoners: a prison term for taking part in a violent crime punishes the crime', () => {
  it('when a former fighter is sentenced for participating in a massacre, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Oren Taval, a former Brisk fighter, was given a 12-year jail term for participating in a massacre near Dunmor.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when a commander is sentenced for organising an attack on a village, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'A Dunmor court sentenced an ex-militia chief to nine years for organising the armed attack on a hill village.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when students are arrested for organising a vigil for victims of a massacre, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'Police in Dunmor arrested two students for organising a vigil for victims of the massacre.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when activists are arrested for participating in a protest against killings, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'Police in Dunmor arrested four activists for participating in a march against killings by soldiers.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('torture: a case that goes on at year end does not make an abuse dated to an earlier year current', () => {
  it('when a case still open at year end concerns guards accused of beating inmates after riots two years earlier, torture is not asserted', () => {
    expect(
      isAsserted(
        "A case still open at year's end concerned nine Halvik prison guards who were accused of beating inmates following the March 2020 riots.",
        'torture',
      ),
    ).toBe(false);
  });

  it('when beatings of inmates by guards continue at year end, torture is still asserted', () => {
    expect(
      isAsserted(
        "Beatings of inmates by Halvik prison guards were continuing at year's end despite the March 2020 riots.",
        'torture',
      ),
    ).toBe(true);
  });
});

describe('arbitrary detention: a party named as the owner of damaged property does not make the arrest political', () => {
  it('when police arrest a man for defacing a party office, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'In May police in Brenholt arrested a man for defacing a Green Union party office with slogans.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police arrest an opposition party member for defacing a billboard, arbitrary detention is still asserted', () => {
    expect(
      isAsserted(
        'In May police in Brenholt arrested an opposition party member for defacing a billboard.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});
