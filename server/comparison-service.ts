import type { z } from 'zod';
import type { Band } from '../scoring/score-model';
import { PROFILE_IDS, type ProfileId } from '../scoring/profile-model';
import type { CountryRefSchema } from './api-schemas';
import type { CountryService } from './country-service';

type CountryRef = z.infer<typeof CountryRefSchema>;

/** Fewer than two is not a comparison; more than twelve bars no longer fit a column of an article. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 12;

/** What is wrong with one part of a comparison request; a request can have several. */
export type ComparisonIssue =
  | { code: 'too_few'; count: number }
  | { code: 'too_many'; count: number }
  | { code: 'unknown_country'; input: string; suggestions: CountryRef[] }
  | { code: 'no_report'; input: string; country: CountryRef }
  | { code: 'duplicate'; input: string; country: CountryRef }
  | { code: 'unknown_profile'; input: string };

/** One compared country, ranked (1 is the highest score; ties share nothing, they go by name). */
export interface ComparedCountry {
  rank: number;
  country: CountryRef;
  score: number;
  band: Band;
  year: number;
}

export interface Comparison {
  /** Set when the scores are a risk profile's rather than the countries' headline scores. */
  profile?: { id: ProfileId; label: string };
  rows: ComparedCountry[];
}

export type ComparisonResult =
  { ok: true; value: Comparison } | { ok: false; code: 'invalid_comparison'; issues: ComparisonIssue[] };

function profileFor(input: string | undefined): { ok: true; id?: ProfileId } | { ok: false } {
  if (input === undefined || input.trim() === '') return { ok: true };
  const id = PROFILE_IDS.find((known) => known === input.trim());
  return id ? { ok: true, id } : { ok: false };
}

/**
 * The headline scores (or one risk profile's) of a few countries, ranked from the highest. Every
 * problem with the request is collected, so one answer can name them all: too few or too many
 * entries, names we do not know, countries without a report, a country named twice (by any of its
 * names) and an unknown profile.
 */
export async function compareCountries(
  service: CountryService,
  inputs: readonly string[],
  profileInput?: string,
): Promise<ComparisonResult> {
  const issues: ComparisonIssue[] = [];
  const profile = profileFor(profileInput);
  if (!profile.ok) issues.push({ code: 'unknown_profile', input: profileInput ?? '' });
  if (inputs.length < MIN_COMPARED) issues.push({ code: 'too_few', count: inputs.length });
  // Past the cap nothing is looked up: the request is refused whatever the names are.
  if (inputs.length > MAX_COMPARED) {
    issues.push({ code: 'too_many', count: inputs.length });
    return { ok: false, code: 'invalid_comparison', issues };
  }
  const profileIds = profile.ok && profile.id ? [profile.id] : [];
  const items = await service.scoreBatch(inputs, undefined, profileIds);
  const seen = new Set<string>();
  const rows: Array<Omit<ComparedCountry, 'rank'>> = [];
  for (const item of items) {
    if (!item.ok) {
      const failure = item.failure;
      if (failure.code === 'unknown_country')
        issues.push({ code: 'unknown_country', input: item.input, suggestions: failure.suggestions });
      else if (failure.code === 'no_report')
        issues.push({ code: 'no_report', input: item.input, country: failure.country });
      // Blank entries never arrive: the query's parser drops them.
      continue;
    }
    if (seen.has(item.country.code)) {
      issues.push({ code: 'duplicate', input: item.input, country: item.country });
      continue;
    }
    seen.add(item.country.code);
    const shown = item.profiles?.[0];
    rows.push({
      country: item.country,
      score: Math.round(shown?.score ?? item.score),
      band: shown?.band ?? item.band,
      year: item.year,
    });
  }
  if (issues.length > 0) return { ok: false, code: 'invalid_comparison', issues };
  rows.sort((a, b) => b.score - a.score || a.country.name.localeCompare(b.country.name, 'en'));
  const label = service.listProfiles().find((known) => profile.ok && known.id === profile.id)?.label;
  return {
    ok: true,
    value: {
      ...(profile.ok && profile.id && label ? { profile: { id: profile.id, label } } : {}),
      rows: rows.map((row, index) => ({ rank: index + 1, ...row })),
    },
  };
}
