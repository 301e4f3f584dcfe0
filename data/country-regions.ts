import worldCountries from 'world-countries';
import { z } from 'zod';

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

/**
 * The UN geoscheme continent of each ISO alpha-2 code, as the world-countries package keeps it.
 * Codes it does not know, and Antarctica, have no region rather than a made-up one.
 */
const REGION_BY_CODE: ReadonlyMap<string, Region> = new Map(
  worldCountries.flatMap((country) => {
    const region = RegionSchema.safeParse(country.region);
    return region.success ? [[country.cca2, region.data] as const] : [];
  }),
);

/** The continent a country is in, for filtering the ranked table; undefined when unknown. */
export function findRegion(code: string): Region | undefined {
  return REGION_BY_CODE.get(code.toUpperCase());
}
