import { targets } from './group-targets';

// Sentences written for these tests, in the reports' register; names and places are invented.

describe('people back from captivity are freed captives, not returnees or deportees', () => {
  test('when women who returned from ISIS captivity were sexually abused, no deportee or returnee is targeted', () => {
    expect(
      targets('Two women who returned from ISIS captivity near Tarn said they had been sexually abused.'),
    ).not.toContain('criminal_deportee');
  });

  test('near miss: migrants who returned from abroad and were detained on arrival are still returnees', () => {
    expect(targets('Migrants who returned from Lorvia said police detained them on arrival.')).toContain(
      'criminal_deportee',
    );
  });
});
