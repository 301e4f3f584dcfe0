import { isAsserted } from './sentence-status';

// Sentences written for these tests, in the shape of report English; names and places are invented.

describe('detention conditions: overcrowding named as the aim of a remedy is not asserted', () => {
  it('when a charity labours for inmates to help relieve overcrowding, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'A Tovel charity labours on behalf of inmates and remand prisoners to help relieve overcrowding and speed up bail hearings.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when a board frees inmates early as a means to ease overcrowding, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'The Kestrel review board kept granting early release as a means to ease overcrowding, and 312 inmates went home.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when an influx of detainees helped create overcrowding, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'An influx of remand detainees helped create severe overcrowding in the Kestrel jail.',
        'detention_conditions',
      ),
    ).toBe(true);
  });

  it('when the jail stayed overcrowded despite work to ease it, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'Despite work to ease overcrowding, the Tovel jail still held three times the number of inmates it was built for.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});

describe('detention conditions: a group said to be less likely to suffer overcrowding is a comparison, not a report', () => {
  it('when women inmates are less likely to suffer from overcrowding than men, detention conditions are not asserted', () => {
    expect(
      isAsserted(
        'In the Dorvan jails, women were less likely to suffer from overcrowding; they could also walk about their wing.',
        'detention_conditions',
      ),
    ).toBe(false);
  });

  it('when men are more likely to suffer from overcrowding, detention conditions are still asserted', () => {
    expect(
      isAsserted(
        'In the Dorvan jails, male inmates were more likely to suffer from overcrowding than female inmates.',
        'detention_conditions',
      ),
    ).toBe(true);
  });
});
