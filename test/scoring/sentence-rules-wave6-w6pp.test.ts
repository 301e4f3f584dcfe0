import { statusOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('political prisoners: critics who faced detention, arrest or charges', () => {
  it('when bloggers among government critics faced harassment including detention, political prisoners are asserted', () => {
    expect(
      statusOf(
        'Like other critics of the governor, bloggers in Dravo faced official harassment, including detention and heavy fines.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when opposition activists only faced the threat of arrest, political prisoners stay hypothetical', () => {
    expect(
      statusOf(
        'Opposition activists in Dravo faced the threat of arrest if they marched without a permit.',
        'political_prisoners',
      ),
    ).toBe('hypothetical');
  });
});

describe('political prisoners: the detention of critics, activists or opposition members', () => {
  it('when a sentence condemns the detentions and harassment of critics, political prisoners are asserted', () => {
    expect(
      statusOf(
        'The commission condemned the recent detentions and harassment of critics in Varna province, including two poets.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when a sentence is about the detention of migrants, political prisoners are not asserted', () => {
    expect(
      statusOf(
        'Monitors voiced concern over the continued detention of migrants from Varna province in crowded tents.',
        'political_prisoners',
      ),
    ).not.toBe('asserted');
  });
});

describe('political prisoners: members of a party who were arrested', () => {
  it('when the gendarmerie arrested hundreds of members of the party, political prisoners are asserted', () => {
    expect(
      statusOf(
        'Party leaders said the gendarmerie arrested about 300 members of the party after the rally in Tolvek.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when the gendarmerie arrested members of a family, political prisoners are not asserted', () => {
    expect(
      statusOf(
        'The gendarmerie arrested the treasurer of a hunting club and two members of his family in Tolvek.',
        'political_prisoners',
      ),
    ).not.toBe('asserted');
  });
});

describe('political prisoners: "additional penalties" imposed on prisoners is no statement of law', () => {
  it('when political prisoners received additional penalties for small breaches, political prisoners are asserted', () => {
    expect(
      statusOf(
        'During the year, dozens of political prisoners in Ostra received additional penalties for small breaches of camp rules.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when the law provides additional penalties for detaining journalists, political prisoners stay a legal norm', () => {
    expect(
      statusOf(
        'The law provides additional penalties for officials who detain journalists.',
        'political_prisoners',
      ),
    ).toBe('legal_norm');
  });
});

describe('political prisoners: "attempting to escape" does not make the imprisonment hypothetical', () => {
  it('when guards fired on inmates attempting to escape from political prison camps, political prisoners are asserted', () => {
    expect(
      statusOf(
        'Guards at the Belmor camps were told to fire on any inmate attempting to escape from the political prison camps.',
        'political_prisoners',
      ),
    ).toBe('asserted');
  });

  it('when officers only tried to arrest a blogger who got away, political prisoners stay hypothetical', () => {
    expect(
      statusOf(
        'Officers tried to arrest the blogger Oren Vask at his home, but he escaped.',
        'political_prisoners',
      ),
    ).toBe('hypothetical');
  });
});
