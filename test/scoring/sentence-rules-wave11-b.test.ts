import type { CategoryId } from '../../scoring/categories';
import { ForeignPlaces } from '../../scoring/foreign-places';
import { analyzeSentence, type Signal } from '../../scoring/text-analyzer';

// Sentences written for these tests, in the shape of report English; the countries are invented: the report is
// Dorvan's, Ostmark and the Tovel Republic are its neighbours.
const DORVAN = new ForeignPlaces(['Ostmark', 'Tovel Republic'], ['Dorvan']);

const signalIn = (
  sentence: string,
  category: CategoryId,
  placesAbroad: ForeignPlaces = DORVAN,
): Signal | undefined =>
  analyzeSentence(sentence, { reportYear: 2022, placesAbroad }).find((s) => s.category === category);

describe('places abroad: a part of another named country is abroad', () => {
  it('when a militia backed by Dorvan killed villagers in the northern part of the Tovel Republic, killings are not asserted', () => {
    const sentence =
      'A militia with Dorvani backing was active in the northern part of the Tovel Republic and killed scores of villagers.';
    expect(signalIn(sentence, 'killings')).toMatchObject({
      status: 'institutional',
      reason: 'out_of_scope:abroad',
    });
  });

  it('when soldiers tortured captives in the southern regions of Ostmark, torture is not asserted', () => {
    expect(
      signalIn('Soldiers tortured captives in the southern regions of Ostmark.', 'torture')?.status,
    ).not.toBe('asserted');
  });

  it('when the part belongs to the home country ("in the western part of Dorvan"), the killing still counts', () => {
    const sentence = 'Police killed three herders in the western part of Dorvan during the year.';
    expect(signalIn(sentence, 'killings')?.status).toBe('asserted');
  });

  it('when the part is of something else ("in parts of the capital"), the torture still counts', () => {
    expect(signalIn('Police beat and tortured detainees in parts of the capital.', 'torture')?.status).toBe(
      'asserted',
    );
  });
});

describe("places abroad: a pointer to another country's report places the act there", () => {
  it('when the killings end with "(for more, see also the Tovel Republic report)", killings are not asserted', () => {
    const sentence =
      'Witnesses said the rebel force summarily executed fleeing farmers during the fighting (for more, see also the Tovel Republic report).';
    expect(signalIn(sentence, 'killings')).toMatchObject({
      status: 'institutional',
      reason: 'out_of_scope:abroad',
    });
  });

  it("when the pointer is to Dorvan's own report, the killings still count", () => {
    const sentence =
      'Witnesses said soldiers summarily executed fleeing farmers during the fighting (see the Dorvan report).';
    expect(signalIn(sentence, 'killings')?.status).toBe('asserted');
  });

  it('when the pointer is to the Trafficking in Persons Report, the torture still counts', () => {
    const sentence =
      'Guards tortured migrant workers held at the camp (see the Trafficking in Persons Report).';
    expect(signalIn(sentence, 'torture')?.status).toBe('asserted');
  });

  it('when the country is named after the report ("see the Country Reports for Ostmark"), the killings still count', () => {
    const sentence =
      'Soldiers summarily executed captured Ostmarki fighters in Dorvani custody (see the Country Reports on Human Rights Practices for Ostmark).';
    expect(signalIn(sentence, 'killings')?.status).toBe('asserted');
  });
});

describe('refoulement: people brought back from other countries were not returned by this country', () => {
  it('when critics abroad were seized and forcibly returned from other countries as reprisal, refoulement is not asserted', () => {
    const sentence =
      'Credible sources said exiled critics were seized and forcibly returned from other countries to punish their activism.';
    expect(signalIn(sentence, 'refoulement')).toMatchObject({
      status: 'institutional',
      reason: 'out_of_scope:returned-here',
    });
  });

  it('when dissidents were deported from another country as reprisal, refoulement is not asserted', () => {
    const sentence =
      'Two exiled dissidents were forcibly deported from another country as political reprisal.';
    expect(signalIn(sentence, 'refoulement')?.status).not.toBe('asserted');
  });

  it('when the authorities send refugees from other countries back to danger, refoulement is still asserted', () => {
    const sentence = 'Authorities deported refugees from other countries to places where they faced torture.';
    expect(signalIn(sentence, 'refoulement')?.status).toBe('asserted');
  });
});
