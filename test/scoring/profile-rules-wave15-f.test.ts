import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names, places and numbers are invented.

describe('laws or lawsuits used to silence critics or stifle dissent target political opponents', () => {
  test('when insult laws were used to silence critics of the governor, political opponents are targeted', () => {
    expect(
      targets(
        'Insult laws were regularly used to silence critics of the governor, including two radio hosts.',
      ),
    ).toContain('political_opponent');
  });

  test('when the authorities used a vague security law as a tool to stifle dissent, political opponents are targeted', () => {
    expect(
      targets(
        'The authorities used a vague security law, under which residents could be punished for slogans and songs, as a tool to stifle dissent.',
      ),
    ).toContain('political_opponent');
  });

  test('near miss: when the silencing was only an attempt, no political opponent is targeted', () => {
    expect(
      targets('Observers said the mayor might attempt to silence dissent before the vote in Tamsa.'),
    ).not.toContain('political_opponent');
  });

  test('near miss: when a court refused to silence critics, no political opponent is targeted', () => {
    expect(
      targets('The court in Tamsa did not silence critics of the governor and dismissed the complaint.'),
    ).not.toContain('political_opponent');
  });
});

describe('a harm the analyser dates before the report year, or tells only through an inquiry or a dropped case, targets no group', () => {
  test('when no progress was made on killings from years before, among them the death of an activist, no political opponent is targeted', () => {
    expect(
      targets(
        'There was no progress on several well-known killings, including the 2016 death of Ilan Dorsk, an activist for land rights.',
      ),
    ).not.toContain('political_opponent');
  });

  test('when no one was held to account for killings of journalists years before, no journalist is targeted', () => {
    expect(
      targets(
        'No progress was made in establishing accountability for several killings of journalists, including the 2009 killing of Mira Tal.',
      ),
    ).not.toContain('journalist');
  });

  test('when the prosecutor suspended the investigation into killings of protesters in an earlier year, no political opponent is targeted', () => {
    expect(
      targets(
        'In June the prosecutor suspended the investigation into the killings of two protesters by police during the 2019 unrest.',
      ),
    ).not.toContain('political_opponent');
  });

  test('when politically motivated charges against an activist were dismissed, no political opponent is targeted', () => {
    expect(
      targets('In May politically motivated charges against the activist Mira Tal were dismissed.'),
    ).not.toContain('political_opponent');
  });

  test('near miss: when police killed an activist in March, political opponents are targeted', () => {
    expect(targets('In March police killed the activist Ilan Dorsk during a march in Tamsa.')).toContain(
      'political_opponent',
    );
  });

  test('near miss: when prosecutors filed politically motivated charges against an activist, political opponents are targeted', () => {
    expect(
      targets('In May prosecutors filed politically motivated charges against the activist Mira Tal.'),
    ).toContain('political_opponent');
  });
});

describe('a community word before "reasons" names a motive, not the people targeted', () => {
  test('when gangs carried out kidnappings for ransom or for sectarian reasons, no religious minority is targeted', () => {
    expect(
      targets('Some gangs in Tamsa carried out kidnappings, either for ransom or for sectarian reasons.'),
    ).not.toContain('religious_minority');
  });

  test('when armed men carried out abductions for money or for ethnic reasons, no ethnic minority is targeted', () => {
    expect(
      targets('Armed men carried out abductions for money or for political or ethnic reasons.'),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: when militiamen kidnapped Yazidi farmers for sectarian reasons, religious minorities are targeted', () => {
    expect(
      targets('In May militiamen kidnapped six Yazidi farmers near Tamsa for sectarian reasons.'),
    ).toContain('religious_minority');
  });

  test('near miss: when militiamen kidnapped men because of their sectarian identity, religious minorities are targeted', () => {
    expect(
      targets('In May militiamen kidnapped six men near Tamsa because of their sectarian identity.'),
    ).toContain('religious_minority');
  });
});

describe('writings critical of the government, in a sentence about journalists, tell of their work', () => {
  test('when police arrested journalists for publishing articles critical of the mayor, no political opponent is targeted', () => {
    expect(
      targets(
        'Police in Tamsa sometimes arrested journalists for publishing articles critical of the mayor.',
      ),
    ).not.toContain('political_opponent');
  });

  test('near miss: when police arrested residents for publishing posts critical of the mayor, political opponents are targeted', () => {
    expect(
      targets('Police in Tamsa sometimes arrested residents for publishing posts critical of the mayor.'),
    ).toContain('political_opponent');
  });
});
