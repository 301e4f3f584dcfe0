import { isAsserted, signalOf } from './sentence-status';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('a threat "with" a harm threatens that harm; it does not assert it', () => {
  it('when two councillors threatened a local editor with physical violence, torture is not asserted', () => {
    const signal = signalOf(
      'At a June meeting of the Varna district council, two councillors threatened local editor Ilko Ranev with physical violence.',
      'torture',
    );
    expect(signal?.status).toBe('hypothetical');
    expect(signal?.reason).toBe('hypothetical:threat-with');
  });

  it('when guards threatened a detainee with rape and beatings, neither harm is asserted as torture', () => {
    expect(
      isAsserted('Guards at the Orlin jail threatened a detainee with rape and beatings.', 'torture'),
    ).toBe(false);
  });

  it('when officers threatened a man with a knife and then beat him, the beating is asserted', () => {
    expect(
      isAsserted('Officers in Selva threatened a shopkeeper with a knife and then beat him.', 'torture'),
    ).toBe(true);
  });

  it('when police threatened and beat marchers with sticks, the beating is asserted', () => {
    expect(isAsserted('Police threatened and beat marchers with sticks in Dovra.', 'torture')).toBe(true);
  });
});
