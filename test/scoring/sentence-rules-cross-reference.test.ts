import { statusOf } from './sentence-status';
import { tokenize } from '../../scoring/tokenizer';

// Every sentence here is invented: same shape as report English, different words, names and places.

describe('a pointer to another section ends at its closing bracket', () => {
  it('when a bracketed pointer is followed by "and detained", the detention is asserted', () => {
    expect(
      statusOf(
        'Police broke up the vigil in the harbour district (see section 2.b.) and detained 30 mourners without charge.',
        'arbitrary_detention',
      ),
    ).toBe('asserted');
  });

  it('when a bracketed pointer is followed by "and beat", the beating is asserted', () => {
    expect(
      statusOf('Riot police cleared the square (see section 2.b.) and beat dozens of students.', 'torture'),
    ).toBe('asserted');
  });

  it('near miss: an abuse named inside the bracket, as the title of the section pointed to, is still a pointer', () => {
    expect(
      statusOf(
        'Several lawyers lost their licences (see section 1.d., Detention Without Trial).',
        'arbitrary_detention',
      ),
    ).toBe('institutional');
  });

  it('the tokenizer marks the word after a closing bracket, and no other', () => {
    const words = tokenize('The guards (see section 1.c.) beat him, and (later) freed him.');
    expect(words.filter((w) => w.closesBracket).map((w) => w.lower)).toEqual(['beat', 'freed']);
  });
});
