import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('mistreatment and ill-treatment are abuse aimed at the group they name', () => {
  test('when a summary list names mistreatment of refugees, refugees and asylum seekers are targeted', () => {
    expect(
      targets(
        'Other serious human rights problems included occasional use of excessive force by border officers; mistreatment of refugees and asylum seekers; and corruption.',
      ),
    ).toContain('migrant_asylum_seeker');
  });

  test('near miss: no reports of mistreatment of asylum seekers is a negation', () => {
    expect(
      targets('There were no reports that border guards mistreated asylum seekers at the Osk crossing.'),
    ).not.toContain('migrant_asylum_seeker');
  });

  test('near miss: maltreatment asylum seekers complain of suffered in the country they fled is abuse abroad', () => {
    expect(targets('Many asylum seekers in Osk complained of maltreatment.')).not.toContain(
      'migrant_asylum_seeker',
    );
  });
});

describe('words that only look like group words do not name the group', () => {
  test('inmates held with members of the opposite sex are not political opponents', () => {
    expect(
      targets('Guards held transgender inmates in cells with members of the opposite sex and beat them.'),
    ).not.toContain('political_opponent');
  });

  test('members of the opposition who were beaten are political opponents', () => {
    expect(targets('Police beat three members of the opposition outside the Osk courthouse.')).toContain(
      'political_opponent',
    );
  });

  test('a building converted into a dormitory names no religious convert', () => {
    expect(
      targets('Prison wardens converted the old workshops into cells due to overcrowding.'),
    ).not.toContain('religious_minority');
  });

  test('people who converted to Christianity and were arrested are a religious minority', () => {
    expect(
      targets('Police arrested four villagers who had converted to Christianity and held them for a week.'),
    ).toContain('religious_minority');
  });

  test('converts who were beaten are a religious minority', () => {
    expect(targets('Local officials beat two converts in Osk during the year.')).toContain(
      'religious_minority',
    );
  });
});

describe('a person harmed after criticising the authorities is a critic', () => {
  test('when a student disappears after she criticised the governor, political opponents are targeted', () => {
    expect(
      targets(
        'A student at the Osk academy disappeared in May after she criticized the governor in an online post.',
      ),
    ).toContain('political_opponent');
  });

  test('when a lecturer is detained after criticising the mayor, political opponents are targeted', () => {
    expect(targets('Police detained a lecturer in Osk after criticizing the mayor.')).toContain(
      'political_opponent',
    );
  });

  test('near miss: men detained after an official criticised them are not critics', () => {
    expect(targets('Police detained two men after the governor criticized their noisy bar.')).not.toContain(
      'political_opponent',
    );
  });
});

describe('charges against those who harmed a group are not aimed at the group', () => {
  test('a perpetrator charged with inciting hatred against the Roma does not make the Roma a target', () => {
    expect(
      targets(
        'The perpetrator, a local shopkeeper, was identified by police and charged with inciting hatred against the Roma minority.',
      ),
    ).not.toContain('ethnic_minority');
  });

  test('near miss: Roma residents charged by prosecutors are targeted', () => {
    expect(
      targets(
        'Prosecutors charged four Roma residents of Osk with trespass after they refused to leave their homes.',
      ),
    ).toContain('ethnic_minority');
  });

  test('the perpetrator of vandalism at a Sikh temple, once charged, does not make Sikhs a target', () => {
    expect(
      targets(
        'Police identified the perpetrator of the vandalism at a Sikh temple in Osk and charged him in May.',
      ),
    ).not.toContain('religious_minority');
  });
});
