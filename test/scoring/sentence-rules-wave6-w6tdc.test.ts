import { isAsserted } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('inmates who harm others at the guards’ instigation are abuse in detention', () => {
  it('when fellow prisoners acting on the warden’s orders bullied a detained blogger, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'A detained blogger in Korvana said that fellow prisoners, acting on instructions from the warden, insulted, shoved and robbed him for weeks.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when other inmates hit newcomers with the consent of the guards, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Newcomers at the Drelsk penal colony were hit by other inmates with the consent of the guards on duty.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when fellow prisoners acted only as witnesses, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'A detained blogger in Korvana said that fellow prisoners, acting as witnesses for the monitors, described the new library.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('detainees exposed to disease in custody are held in harsh conditions', () => {
  it('when prisoners were exposed to cholera and scabies, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Monitors who toured the Belmora remand prison found that prisoners were routinely exposed to cholera and scabies.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when farm workers were exposed to malaria, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Health officials in Belmora warned that seasonal farm workers were exposed to malaria during the rains.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('cells without the space to hold their occupants are overcrowded', () => {
  it('when detainees stood all night for lack of space in the cells, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'At the Tarvik lockup, detainees stood through the night because of a lack of space in the two cells.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when a border post had no adequate room to hold the migrants it kept overnight, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Monitors noted that the Tarvik border post still did not offer adequate room for the migrants it kept overnight.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when a newspaper cut stories for lack of space, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'The Tarvik daily said it dropped several letters from readers for lack of space in the weekend edition.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('near miss: when village schools had no adequate room for pupils, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Inspectors found that village schools near Tarvik did not have adequate room for all their pupils.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('medical care refused, withheld or not received by detainees is a conditions cue', () => {
  it('when guards withheld insulin treatment from a jailed activist, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Relatives of a jailed activist in Ostrava Nova said guards withheld his insulin treatment for nine days.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when detainees were refused access to a doctor, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Two women held at the Lirren remand centre said they were refused access to a doctor after falling ill.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when prisoners did not receive timely health care, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Lawyers said prisoners at Lirren often did not receive timely health care, even with high fevers.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when a detained hunger striker himself refused medical treatment, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'A detained hunger striker in Lirren refused medical treatment and asked to see his lawyer.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('near miss: when an insurer withheld treatment from patients, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'A private insurer in Ostrava Nova withheld treatment from some patients until their premiums were paid.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('near miss: when prisoners did receive timely health care, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Monitors found that prisoners at Lirren received timely health care from the prison doctor.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('women subjected to sexual abuse in custody suffer torture', () => {
  it('when prison staff kept women apart and often subjected them to sexual abuse, torture is asserted', () => {
    expect(
      isAsserted(
        'A survivors’ group said that at the Velmar camp, staff kept women in a separate barrack and often subjected them to sexual abuse.',
        'torture',
      ),
    ).toBe(true);
  });

  it('near miss: when maids in private homes were subjected to sexual abuse, torture is not asserted', () => {
    expect(
      isAsserted(
        'A survivors’ group said that young maids in private homes in Velmar were often subjected to sexual abuse.',
        'torture',
      ),
    ).toBe(false);
  });
});

describe('small words of harsh conditions in places of detention', () => {
  it('when detainees described poor hygiene in a lockup, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Detainees at the Orsk lockup described poor hygiene throughout the building.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when teachers described poor hygiene in a school canteen, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Teachers at the Orsk school described poor hygiene in the canteen.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when inmates were locked in their cells 23 hours a day, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Inspectors found that at Fenmoor jail inmates were locked in their cells 23 hours a day.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when inmates left their cells eight hours a day for work, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Inspectors found that at Fenmoor jail inmates left their cells eight hours a day for work and classes.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when advocates object to holding asylum seekers with convicted offenders, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Advocates in Dravia objected to holding asylum seekers in remand wings with convicted offenders.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when asylum seekers stayed with their families in open centres, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Officials in Dravia said housing asylum seekers with their families in open centres was the rule.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when jails were antiquated, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Most of the jails in Dravia were antiquated, according to the inspectors.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('near miss: when a tax code was called antiquated, detention conditions are not asserted', () => {
    expect(
      isAsserted('Business groups in Dravia called the tax code antiquated.', 'detention_conditions'),
    ).toBe(false);
  });
});

describe('work to reduce overcrowding or malnutrition names the aim, not a finding', () => {
  it('near miss: when malnutrition in prisons is reported, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'Monitors reported malnutrition among inmates in several prisons near Halvik.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when an aid group worked with prisons to reduce malnutrition, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Improvements: A relief agency in Halvik worked with two prisons to reduce malnutrition.',
        'detention_conditions',
      ),
    ).toBe(false);
  });
});

describe('one person’s physical condition is not the condition of a prison', () => {
  it('when visitors said a jailed editor’s physical condition stayed poor, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Friends who visited the jailed editor Marek Holt said his physical condition remained poor.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('near miss: when visitors said the conditions in his jail stayed poor, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Friends who visited the jailed editor Marek Holt said the condition of his cell remained poor.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});

describe('monitoring torture claims and serving sexual-violence victims do not assert torture', () => {
  it('when an NGO monitored allegations of torture, torture is not asserted', () => {
    expect(
      isAsserted(
        'The Halden Rights Bureau took a leading part in monitoring allegations of torture.',
        'torture',
      ),
    ).toBe(false);
  });

  it('near miss: when an NGO reported allegations of torture by police, torture is asserted', () => {
    expect(
      isAsserted(
        'The Halden Rights Bureau reported allegations of torture by police in two districts.',
        'torture',
      ),
    ).toBe(true);
  });

  it('when governments ran sexual violence victim support units, torture is not asserted', () => {
    expect(
      isAsserted(
        'Halden had 20 shelters run by the national and provincial governments, 12 sexual violence victim support units, and a hotline.',
        'torture',
      ),
    ).toBe(false);
  });

  it('near miss: when soldiers committed sexual violence against villagers, torture is asserted', () => {
    expect(
      isAsserted(
        'Villagers in Halden said soldiers committed sexual violence against women during the raid.',
        'torture',
      ),
    ).toBe(true);
  });
});

describe('a call to beat people is incitement, not a beating', () => {
  it('when a radio host urged listeners to beat activists, torture is not asserted', () => {
    expect(
      isAsserted(
        'A radio host in Sarnow urged listeners to beat the activists who had organised the march.',
        'torture',
      ),
    ).toBe(false);
  });

  it('near miss: when police beat the activists, torture is asserted', () => {
    expect(isAsserted('In Sarnow police beat the activists who had organised the march.', 'torture')).toBe(
      true,
    );
  });
});

describe('political prisoners kept with the general prison population are not held apart from it', () => {
  it('when political detainees were kept with the general prison population, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'In Varnholm, political detainees were usually kept with the general prison population.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('near miss: when pretrial detainees were kept with the general prison population, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'In Varnholm, pretrial detainees were usually kept with the general prison population.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});

describe('a prison less overcrowded than another is a comparison, not a finding of overcrowding', () => {
  it('when remand wings were less noisy and overcrowded than old blocks, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'Remand wings in Brask prison were generally less noisy and overcrowded than the old blocks.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('near miss: when remand wings were noisy and overcrowded, detention conditions are asserted', () => {
    expect(
      isAsserted(
        'Remand wings in Brask prison were generally noisy and overcrowded.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});
