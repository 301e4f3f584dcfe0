import type { CategoryId } from '../../scoring/categories';
import { ForeignPlaces } from '../../scoring/foreign-places';
import { analyzeSentence, type Signal } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the shape of report English; names and places are invented. The report is
// Dorvan's; Ostmark and the Tovel Republic are other countries.
const DORVAN = new ForeignPlaces(['Ostmark', 'Tovel Republic'], ['Dorvan']);

const signalIn = (sentence: string, category: CategoryId): Signal | undefined =>
  analyzeSentence(sentence, { reportYear: 2022, placesAbroad: DORVAN }).find((s) => s.category === category);

describe('refoulement: a return to a place inside the country crosses no border', () => {
  it('when growers made pickers go back to the fields right after spraying, refoulement is not asserted', () => {
    const s = signalIn(
      'A pickers’ union said growers made pickers return to the fields hours after crop dusting, risking harm to them.',
      'refoulement',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:returned-here');
  });

  it('when soldiers forcibly returned displaced farmers to their villages, refoulement is not asserted', () => {
    const s = signalIn(
      'Soldiers forcibly returned displaced herders to their villages in the hills, where they feared renewed raids.',
      'refoulement',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:returned-here');
  });

  it('when refugees were returned to villages in a country abroad where they feared persecution, refoulement is still asserted', () => {
    expect(
      signalIn(
        'Border guards forcibly returned the refugees to their villages in Ostmark, where they feared persecution.',
        'refoulement',
      )?.status,
    ).toBe('asserted');
  });

  it('when refugees were sent back to their home countries where they risked torture, refoulement is still asserted', () => {
    expect(
      signalIn(
        'Police deported the asylum seekers to their home countries, where they risked torture and imprisonment.',
        'refoulement',
      )?.status,
    ).toBe('asserted');
  });
});

describe('"in foreign countries" and "in third countries" place an act abroad, as "in other countries" does', () => {
  it('when agents abducted exiled critics in foreign countries and flew them home for trial, disappearance is not asserted', () => {
    const s = signalIn(
      'Rights groups credibly alleged that spy agency officers abducted exiled critics in foreign countries and flew them home for trial.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:abroad');
  });

  it('when militiamen abducted opposition organisers in third countries, disappearance is not asserted', () => {
    const s = signalIn(
      'Exiles reported that militiamen loyal to the governor abducted opposition organisers in third countries.',
      'disappearance',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:abroad');
  });

  it('when agents abducted critics at home after their return from foreign trips, disappearance is still asserted', () => {
    expect(
      signalIn(
        'Rights groups credibly alleged that spy agency officers abducted exiled critics at the airport on their return from foreign trips.',
        'disappearance',
      )?.status,
    ).toBe('asserted');
  });
});

describe('refoulement: another country named as the subject of the return sent the people into this country', () => {
  it('when Ostmark confirmed it had sent back three Dorvani refugees at Dorvan’s request, refoulement is not asserted', () => {
    const s = signalIn(
      'In June, Ostmark confirmed it had returned three Dorvani refugees sought by police to Dorvan at the request of the Dorvani interior ministry.',
      'refoulement',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:returned-here');
  });

  it('when the Tovel Republic deported dissidents to Dorvan, where they faced torture, refoulement is not asserted', () => {
    const s = signalIn(
      'During the year, the Tovel Republic forcibly deported two exiled Dorvani dissidents to Dorvan, where they faced torture.',
      'refoulement',
    );
    expect(s?.status).toBe('institutional');
    expect(s?.reason).toBe('out_of_scope:returned-here');
  });

  it('when the authorities confirmed they had returned refugees to Ostmark, where they faced torture, refoulement is still asserted', () => {
    expect(
      signalIn(
        'In June, the authorities confirmed they had returned three registered refugees to Ostmark, where they faced torture.',
        'refoulement',
      )?.status,
    ).toBe('asserted');
  });

  it('when Ostmark asked that police send refugees back and the police did so, refoulement is still asserted', () => {
    expect(
      signalIn(
        'In June, Ostmark requested that police forcibly return three refugees to the border, where they faced torture.',
        'refoulement',
      )?.status,
    ).toBe('asserted');
  });
});
