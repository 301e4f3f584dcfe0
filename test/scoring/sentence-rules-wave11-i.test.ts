import { isAsserted, signalOf } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('torture: a cue whose words span a verdict is judged from the verdict', () => {
  it('when two prison officials were convicted of abuse, torture is not asserted as a fresh abuse', () => {
    const s = signalOf('Two prison officials in Varnel were convicted of abuse.', 'torture');
    expect(s?.status).toBe('historical');
    expect(s?.reason).toMatch(/^court_event:/);
  });

  it('when jail staff and three inmates were also sentenced for abuse of prisoners, torture is not asserted', () => {
    expect(
      isAsserted(
        'Four jail staff and three inmates in Kestrel were also sentenced for abuse of prisoners.',
        'torture',
      ),
    ).toBe(false);
  });

  it('when prison guards were only accused of abuse by inmates, torture is still asserted', () => {
    expect(isAsserted('Prison guards in Kestrel were accused of abuse by several inmates.', 'torture')).toBe(
      true,
    );
  });

  it('when prison officials abused inmates and no court is named, torture is still asserted', () => {
    expect(isAsserted('Prison officials in Varnel abused inmates, the ombudsman said.', 'torture')).toBe(
      true,
    );
  });

  it('when the verdict dates the abuse to a month of the year, torture is still asserted', () => {
    expect(
      isAsserted(
        'In June two prison officials in Varnel were convicted of abuse of inmates in March.',
        'torture',
      ),
    ).toBe(true);
  });
});
