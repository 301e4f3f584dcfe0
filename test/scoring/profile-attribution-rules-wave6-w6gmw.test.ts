import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('"mentally" names people with a mental illness or disability; "mental" abuse does not', () => {
  test('when police use physical and mental abuse on suspects, no health need or disability is targeted', () => {
    expect(
      targets(
        'Officers in Osterna used physical and mental abuse to make arrested suspects sign statements.',
      ),
    ).not.toContain('health_disability');
  });

  test('near miss: when guards beat mentally ill detainees, people with a health need or disability are targeted', () => {
    expect(
      targets('At the Belvar remand center guards beat three mentally ill detainees with batons in April.'),
    ).toContain('health_disability');
  });
});

describe('people who cross a border unlawfully or irregularly are migrants', () => {
  test('when guards detain people who irregularly crossed the frontier, migrants are targeted', () => {
    expect(
      targets(
        'In August the Varenian border police detained 57 persons who irregularly crossed the frontier at Dolsk.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('when guards detain people who crossed the border unlawfully, migrants are targeted', () => {
    expect(
      targets(
        'Frontier troops near Kessa detained a family of six that had crossed the river border unlawfully.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: when police detain traders who crossed the border at an official checkpoint, no migrant is targeted', () => {
    expect(
      targets(
        'In August the Varenian border police detained 57 traders who crossed the frontier at the Dolsk checkpoint.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });
});

describe('asylum seekers who were forcibly returned are returnees too', () => {
  test('when the state executed asylum seekers who had been forcibly returned, returnees are targeted', () => {
    const found = targets(
      'Escaped guards said that during the year the regime executed merchants, three asylum seekers who had been forcibly returned, and a former minister.',
    );
    expect(found).toContain('criminal_deportee');
  });

  test('when the state imprisoned forcibly returned asylum seekers, returnees are targeted', () => {
    expect(
      targets(
        'Witnesses said the authorities imprisoned student leaders, forcibly returned asylum seekers, and several farmers in the Koros camp.',
      ),
    ).toContain('criminal_deportee');
  });

  test('near miss: when refugees who had fled fighting were forcibly returned to their camps, no returnee is targeted', () => {
    expect(
      targets(
        'Soldiers beat refugees who had fled the fighting in Amvar and they were forcibly returned to the camps.',
      ),
    ).not.toContain('criminal_deportee');
  });
});

describe('care that is routinely unavailable to people who need it is care denied', () => {
  test('when medication for clinic patients with HIV was routinely unavailable, people with a health need are targeted', () => {
    expect(
      targets(
        'In the Sorn district antiretroviral medication for clinic patients with HIV was routinely unavailable.',
      ),
    ).toContain('health_disability');
  });

  test('near miss: when medication for clinic patients with HIV was routinely available, no one is targeted', () => {
    expect(
      targets(
        'In the Sorn district antiretroviral medication for clinic patients with HIV was routinely available.',
      ),
    ).not.toContain('health_disability');
  });
});

describe('substandard conditions in institutions for people with mental illness are abuse in institutions', () => {
  test('when conditions at psychiatric hospitals were substandard, people with a health need or disability are targeted', () => {
    expect(
      targets(
        'Monitors found that conditions at the three psychiatric hospitals in Varno remained substandard.',
      ),
    ).toContain('health_disability');
  });

  test('near miss: when substandard conditions are found at a district hospital that names no group, no one is targeted', () => {
    expect(
      targets('Monitors found that conditions at the district hospital in Varno remained substandard.'),
    ).not.toContain('health_disability');
  });
});

describe('repatriated defectors or escapees are returnees', () => {
  test('when repatriated escapees were detained in camps, returnees are targeted', () => {
    expect(
      targets(
        'According to a study by the Lunet institute, most repatriated escapees were detained at camps in Orsk.',
      ),
    ).toContain('criminal_deportee');
  });

  test('near miss: when escapees are detained and nothing says they were sent back, no returnee is targeted', () => {
    expect(
      targets('According to a study by the Lunet institute, most escapees were detained at camps in Orsk.'),
    ).not.toContain('criminal_deportee');
  });
});

describe('a body "in charge of" a group brings no charge against it', () => {
  test('when a committee in charge of refugees works with aid agencies, no migrant is targeted', () => {
    expect(
      targets(
        'A state committee in charge of refugees in Parvo worked with two aid agencies throughout the year.',
      ),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: when police charged refugees with vagrancy, migrants are targeted', () => {
    expect(
      targets('Police in Parvo charged four refugees with vagrancy after they slept in a public park.'),
    ).toContain('migrant_asylum_seeker');
  });
});
