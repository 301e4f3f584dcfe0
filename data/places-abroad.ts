import { ForeignPlaces } from '../scoring/foreign-places';
import { getCountryRegistry } from './country-registry';

const cache = new Map<string, ForeignPlaces>();

/**
 * The places abroad for the report of `country` (a code or name the registry knows), compiled once
 * per country for the analyser; undefined for a country the registry does not know, whose report is
 * then read with the lexicon's own "abroad" phrases only.
 */
export function placesAbroadFor(country: string | undefined): ForeignPlaces | undefined {
  if (!country) return undefined;
  const registry = getCountryRegistry();
  const found = registry.lookup(country);
  if (!found.ok) return undefined;
  const code = found.country.code;
  let places = cache.get(code);
  if (!places) {
    const names = registry.placeNamesFor(code);
    places = new ForeignPlaces(names.abroad, names.home);
    cache.set(code, places);
  }
  return places;
}
