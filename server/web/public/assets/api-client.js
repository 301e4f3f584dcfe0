// @ts-check
/* The page's calls to the service's API. Response types are the server's own zod schemas, read by the
   type checker only: nothing from the server code is loaded in the browser. */

/**
 * @template T
 * @typedef {import('zod').infer<T>} Infer
 */
/** @typedef {typeof import('../../../api-schemas')} Schemas */
/** @typedef {Infer<Schemas['CountryListResponseSchema']>} CountryList */
/** @typedef {Infer<Schemas['ScoreResponseSchema']>} Score */
/** @typedef {Infer<Schemas['HistoryResponseSchema']>} History */
/** @typedef {Infer<Schemas['BatchResponseSchema']>} Batch */
/** @typedef {Infer<Schemas['ProblemSchema']>} Problem */
/** @typedef {Infer<Schemas['CountryRefSchema']>} CountryRef */
/** @typedef {Infer<Schemas['ProfileListResponseSchema']>} ProfileList */
/** @typedef {NonNullable<Score['profiles']>[number]} ProfileResult */
/** @typedef {ProfileResult['id']} ProfileId */

/**
 * A successful answer with its body, or a failure with the problem document when there is one.
 * @template T
 * @typedef {{ ok: true, status: number, body: T } | { ok: false, status: number, body: Partial<Problem> | null }} ApiResult
 */

/**
 * @template T
 * @param {string} url
 * @param {RequestInit} [init]
 * @returns {Promise<ApiResult<T>>}
 */
async function getJson(url, init) {
  const response = await fetch(url, init);
  /** @type {unknown} */
  const body = await response.json().catch(() => null);
  if (response.ok && body !== null)
    return { ok: true, status: response.status, body: /** @type {T} */ (body) };
  return {
    ok: false,
    status: response.status,
    body: body !== null && typeof body === 'object' ? /** @type {Partial<Problem>} */ (body) : null,
  };
}

/** @param {string} input a country code, name or alias */
function countryPath(input) {
  return `/v1/countries/${encodeURIComponent(input)}`;
}

/** @returns {Promise<ApiResult<CountryList>>} */
export function fetchCountryList() {
  return getJson('/v1/countries');
}

/** @returns {Promise<ApiResult<ProfileList>>} */
export function fetchProfiles() {
  return getJson('/v1/profiles');
}

/**
 * @param {string} input a country code, name or alias
 * @param {{ evidence: number, year?: number, profiles?: readonly ProfileId[] }} options
 * @returns {Promise<ApiResult<Score>>}
 */
export function fetchScore(input, options) {
  const query = new URLSearchParams({ evidence: String(options.evidence) });
  if (options.year !== undefined) query.set('year', String(options.year));
  if (options.profiles?.length) query.set('profiles', options.profiles.join(','));
  return getJson(`${countryPath(input)}/score?${query}`);
}

/**
 * @param {string} code
 * @returns {Promise<ApiResult<History>>}
 */
export function fetchHistory(code) {
  return getJson(`${countryPath(code)}/history`);
}

/**
 * The batch request for a ranking, highest score first, in the format asked for; with profiles, each
 * result (and each CSV row) carries their scores too.
 * @param {string[]} countries
 * @param {readonly ProfileId[]} profiles
 * @param {'application/json' | 'text/csv'} accept
 * @returns {[string, RequestInit]}
 */
function rankingRequest(countries, profiles, accept) {
  return [
    '/v1/scores/batch?sort=score',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: accept },
      body: JSON.stringify(profiles.length ? { countries, profiles } : { countries }),
    },
  ];
}

/**
 * Scores of several countries, highest first; unknown ones come back in `errors`.
 * @param {string[]} countries
 * @param {readonly ProfileId[]} [profiles]
 * @returns {Promise<ApiResult<Batch>>}
 */
export function fetchRanking(countries, profiles = []) {
  return getJson(...rankingRequest(countries, profiles, 'application/json'));
}

/**
 * The same ranking as a CSV file.
 * @param {string[]} countries
 * @param {readonly ProfileId[]} [profiles]
 * @returns {Promise<Response>}
 */
export function fetchRankingCsv(countries, profiles = []) {
  return fetch(...rankingRequest(countries, profiles, 'text/csv'));
}
