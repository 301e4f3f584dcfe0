import { isAsserted } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('killings and torture: clubbing and other blows that kill or injure name the abuse', () => {
  it('when officers clubbed a man to death, the killing is asserted', () => {
    expect(
      isAsserted('Villagers said officers caught Tamo near the river and clubbed him to death.', 'killings'),
    ).toBe(true);
  });

  it('when gendarmes clubbed a man, the beating is asserted as torture', () => {
    expect(isAsserted('Gendarmes clubbed a street vendor outside the Varel market in May.', 'torture')).toBe(
      true,
    );
  });

  it('when the blows are denied, clubbing to death is not asserted', () => {
    expect(
      isAsserted('There were no reports that guards clubbed or kicked any inmate to death.', 'killings'),
    ).toBe(false);
  });
});
