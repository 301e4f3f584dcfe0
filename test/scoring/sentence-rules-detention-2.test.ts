import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('how long detainees wait for trial', () => {
  it('when a sentence gives the average time spent in pretrial detention in years, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In the northern district the average length of pretrial detention was just under three years.',
        'arbitrary_detention',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Pretrial detention for defendants charged with arson averaged two to three years.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a sentence names the average length of pretrial detention without giving it, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The average length of pretrial detention in the northern district was not published.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when detainees waited for trial longer than the sentence they faced, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In several districts, inmates spent longer awaiting trial than the longest prison term for the offence they were accused of.',
        'arbitrary_detention',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Some defendants accused of robbery stayed in jail awaiting trial for even longer periods.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a sentence says a trial is awaited, with no length, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('The two men accused of robbery stayed in jail awaiting trial.', 'arbitrary_detention'),
    ).toBe(false);
  });

  it('when people charged with crimes spend years in pretrial detention, the charge does not make it a court event', () => {
    expect(
      isAsserted(
        'Defendants charged with violent offences frequently spent from eight months to five years in pretrial detention.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a court sentences someone to months in detention, the sentence is still a court event', () => {
    expect(
      isAsserted(
        'In April a district court sentenced the treasurer to 18 months in prison after his trial.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when lengthy pretrial detention is used against suspects, suspects do not make it ordinary policing', () => {
    expect(
      isAsserted(
        'Lawyers said officers relied on beatings and lengthy pretrial detentions to obtain statements from suspects.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when suspects are merely placed in pretrial detention, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The prosecutor placed the two suspects in pretrial detention after the warehouse fire.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police hold people beyond the statutory holding period, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Gendarmerie posts often kept people in their small cells beyond the longest statutory holding period of two days.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the law only sets the holding period, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'The law provides that suspects may not be held beyond the statutory holding period of 48 hours.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('warrants the law requires', () => {
  it('when the law requires warrants and police did not always obtain them, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'While the constitution requires arrest warrants, officers did not always respect this rule.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when the law requires warrants and nothing says practice departed, arbitrary detention is not asserted', () => {
    expect(
      isAsserted('The constitution requires arrest warrants issued by a magistrate.', 'arbitrary_detention'),
    ).toBe(false);
  });
});

describe('definitions and prohibitions around political prisoners', () => {
  it('when a count of political prisoners follows the definition a group uses, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'According to monitors who apply a definition of political prisoners that leaves out persons accused of armed acts and covers some speech offences, there were 61 convicted political prisoners at the end of November.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a sentence only gives the definition of political prisoners, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The coalition uses a definition of political prisoners that leaves out persons accused of armed acts.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when political prisoners faced prohibitions, the prohibitions are a measure against them, not a norm', () => {
    expect(
      isAsserted(
        'According to a local news site, political prisoners faced special prohibitions on phone calls and parcels.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the law prohibits holding political prisoners, political prisoners is not asserted', () => {
    expect(
      isAsserted('The constitution prohibits the holding of political prisoners.', 'political_prisoners'),
    ).toBe(false);
  });
});

describe('paraphrases of political imprisonment', () => {
  it('when observers considered a case politically motivated, political prisoners is asserted', () => {
    expect(
      isAsserted('Rights activists considered the case politically motivated.', 'political_prisoners'),
    ).toBe(true);
    expect(
      isAsserted('Lawyers said the case against the poet was politically motivated.', 'political_prisoners'),
    ).toBe(true);
  });

  it('when a sentence counts cases of politically motivated killings, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The monitoring group recorded three cases of state-backed, politically motivated killings in the hills.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when people were detained because of their political beliefs or activism, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'Rights groups maintained that the authorities jailed citizens mainly because of their political beliefs.',
        'political_prisoners',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'Monitors alleged that the teacher was imprisoned on invented charges because of her activism.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a sentence mentions activism with no one held, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The foundation gave an award to the teacher because of her activism on water rights.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when people were detained for prodemocracy activities, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'The monitoring group counted 2,100 persons detained for prodemocracy activities in the capital.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when people face prosecution for political purposes, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'The government barred from travel several citizens facing prosecution for political purposes.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when funds were used for political purposes, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Auditors found that the ministry spent public funds for political purposes before the vote.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('arrests that are feared, permitted or reported elsewhere', () => {
  it('when arrest is one of a list of things reporters fear, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Many journalists avoided the topic out of concerns of surveillance, threats, or arrest.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when editors were arrested after the topic was covered, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Police arrested three editors without charge after the topic was covered.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when a sentence points to the report on another country, its abuses are abroad', () => {
    expect(
      isAsserted(
        'There were reports that the country’s troops in occupied Velmar engaged in arbitrary detention (see Country Reports for Velmar).',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when a sentence points to another section of the same report, its abuses stay here', () => {
    expect(
      isAsserted(
        'There were reports that soldiers engaged in arbitrary detention in the border districts (see section 2.d.).',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when gendarmes may arrest without a warrant, the sentence states a mandate, not an arrest', () => {
    expect(
      isAsserted(
        'Only courts may issue warrants, although gendarmes have power to arrest without a warrant when they see a crime committed.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when police arrested people without a warrant, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Gendarmes arrested dozens of traders without a warrant during the market raids.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when authorities can hold people without charge, the sentence states a power, not an event', () => {
    expect(
      isAsserted(
        'In security cases the police can hold students for up to 60 days without charge.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when authorities held people without charge, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'In terrorism cases the police held several students for up to 60 days without charge.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });
});

describe('inquiries that count reported incidents', () => {
  it('when an office investigated a count of reported incidents including illegal detention, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'Between March and October the inspectorate examined and investigated nine reported incidents, including extortion (four), illegal detention (three), and assault (two).',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when an office investigated an undated illegal detention, the inquiry is a court event', () => {
    expect(
      isAsserted(
        'The inspectorate investigated the illegal detention of a trader by two officers.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('rulings on political prosecutions', () => {
  it('when a sentence counts court rulings on politically motivated prosecutions, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'Out of 12 court rulings on 20 politically motivated prosecutions, however, the ministry had carried out only four by December.',
        'political_prisoners',
      ),
    ).toBe(false);
  });

  it('when a sentence reports politically motivated prosecutions of activists, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'Authorities continued politically motivated prosecutions of activists from the river towns.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when the ruling party pressed politically motivated prosecutions, "ruling" is not a court ruling', () => {
    expect(
      isAsserted(
        'Officials of the ruling party pressed politically motivated prosecutions of two editors.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when a court ruling on politically motivated prosecutions is reported, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'The appeals court ruling on the politically motivated prosecutions of two editors was published.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('mass arrests of suspects', () => {
  it('when troops arrested hundreds of people they suspected of helping rebels, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'During the sweep of the valley, troops arrested hundreds of farmers they suspected of helping the rebels.',
        'arbitrary_detention',
      ),
    ).toBe(true);
    expect(
      isAsserted(
        'During the sweep, troops arrested 340 opposition supporters they suspected of helping the rebels.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when police arrested a few men suspected of a robbery, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'During the sweep, police arrested four men they suspected of robbing the depot.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('an arrest that only sets the scene', () => {
  it('when guards whipped several arrested students, the arrest is the setting, not an arbitrary or political detention', () => {
    const s =
      'On May 3 in Dorvik, guards whipped several arrested student activists, giving each 20 strokes.';
    expect(isAsserted(s, 'torture')).toBe(true);
    expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(s, 'political_prisoners')).toBe(false);
  });

  it('when guards arrested several student activists, arbitrary and political detention are asserted', () => {
    const s = 'On May 3 in Dorvik, guards arrested several student activists outside the library.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(true);
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
  });

  it('when police used excessive force when arresting demonstrators, the arrest is the setting of the force', () => {
    const s = 'The ombudsman said gendarmes used excessive force when arresting demonstrators near the port.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(s, 'political_prisoners')).toBe(false);
  });

  it('when a man phoned after being arrested and said police beat him, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'His family said he phoned them after being arrested by gendarmes and told them guards had kicked him.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });

  it('when an activist was beaten after being arrested for his posts, political prisoners is still asserted', () => {
    expect(
      isAsserted(
        'The activist was beaten after being arrested for posting cartoons of the governor.',
        'political_prisoners',
      ),
    ).toBe(true);
  });
});

describe('orders and attempts to arrest', () => {
  it('when a minister ordered police to arrest opposition leaders, no arrest is asserted yet', () => {
    const s =
      'In April the interior minister ordered district police chiefs across the provinces to arrest leaders of opposition groups who mock the cabinet.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(false);
    expect(isAsserted(s, 'political_prisoners')).toBe(false);
  });

  it('when police arrested opposition leaders on the minister’s order, the arrest is asserted', () => {
    const s =
      'In April district police arrested leaders of opposition groups on the order of the interior minister.';
    expect(isAsserted(s, 'arbitrary_detention')).toBe(true);
    expect(isAsserted(s, 'political_prisoners')).toBe(true);
  });

  it('when troops used excessive force in an effort to arrest a journalist, no arrest is asserted', () => {
    expect(
      isAsserted(
        'The inquiry found that troops used excessive force in their effort to arrest a journalist at the harbour.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});

describe('former political prisoners', () => {
  it('when former political prisoners describe how guards treated them, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'Former political prisoners said jail staff confiscated their letters and banned newspapers.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when former political prisoners are only the subject of a later event, political prisoners is not asserted', () => {
    expect(
      isAsserted('Former political prisoners formed a new party in the spring.', 'political_prisoners'),
    ).toBe(false);
  });
});

describe('arrests for speech, with an adverb in between', () => {
  it('when police arrested a man for allegedly sharing a mocking picture, political prisoners is asserted', () => {
    expect(
      isAsserted(
        'On May 9, police arrested a teacher for allegedly sharing a doctored photo that mocked the governor.',
        'political_prisoners',
      ),
    ).toBe(true);
  });

  it('when police arrested a man for allegedly stealing, political prisoners is not asserted', () => {
    expect(
      isAsserted(
        'On May 9, police arrested a teacher for allegedly stealing funds from the school.',
        'political_prisoners',
      ),
    ).toBe(false);
  });
});

describe('background words named after the arrest', () => {
  it('when police arrested an activist and indicted her for cooperation with a banned organization, arbitrary detention is asserted', () => {
    expect(
      isAsserted(
        'On March 4, officers searched the flat of student activist Lena Varga, arrested her, then indicted her for “cooperation” with a banned foreign organization.',
        'arbitrary_detention',
      ),
    ).toBe(true);
  });

  it('when arbitrary arrest is the topic of a training named after it, arbitrary detention is not asserted', () => {
    expect(
      isAsserted(
        'Arbitrary arrest of activists was the topic of a training for police commanders.',
        'arbitrary_detention',
      ),
    ).toBe(false);
  });
});
