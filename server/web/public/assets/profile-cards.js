// @ts-check
/* A card per picked risk profile: its score and band, how it was combined with the country score, the
   years it comes from, what was carried forward and why, and the quoted sentences aimed at the group. */
import { append, byId, h } from './dom.js';
import { bandWords, categoryLabel, formatDate, round, sectionName } from './format.js';

/** @typedef {import('./api-client.js').Score} Score */
/** @typedef {import('./api-client.js').ProfileResult} ProfileResult */

const NO_TARGETED = 'No report sentence targets this group.';

/**
 * What one quote is evidence of: its abuse category, a harm specific to the group, or both.
 * @param {ProfileResult['evidence'][number]} ev
 */
function evidenceKind(ev) {
  const harm = ev.harm ? ev.harm.replace(/_/g, ' ') : null;
  const category = ev.category ? categoryLabel(ev.category) : null;
  return [category, harm].filter(Boolean).join('; ');
}

/**
 * The years each part of the score comes from and anything carried forward, as sentences.
 * @param {ProfileResult} profile
 * @returns {string[]}
 */
export function profileCoverageLines(profile) {
  const c = profile.coverage;
  return [
    `Country score from the ${c.countryScoreYear} report.`,
    c.evidenceYear === null ? NO_TARGETED : `Sentences aimed at the group from the ${c.evidenceYear} report.`,
    ...c.carriedForward.map((cf) => `Carried forward from ${cf.fromYear}: ${cf.note}`),
    ...c.notes,
  ];
}

/**
 * @param {ProfileResult} profile
 * @param {string} countryName
 */
function profileCard(profile, countryName) {
  const titleId = `profile-card-${profile.id}`;
  return h(
    'section',
    {
      className: `profile-card band-${profile.band}`,
      'aria-labelledby': titleId,
      'data-profile': profile.id,
    },
    h('h3', { id: titleId, text: profile.label }),
    h(
      'p',
      { className: 'headline' },
      h('span', { className: 'score-number', text: round(profile.score) }),
      h('span', { className: 'score-out-of', text: '/100' }),
      h('span', { className: `band-chip band-${profile.band}`, text: bandWords(profile.band) }),
    ),
    h('p', {
      className: 'profile-explanation',
      text: `${profile.explanation} Country score for ${countryName}: ${round(profile.countryScore)}.`,
    }),
    h(
      'ul',
      { className: 'profile-coverage' },
      profileCoverageLines(profile).map((line) => h('li', { text: line })),
    ),
    profile.evidence.length
      ? h(
          'ol',
          { className: 'quotes' },
          profile.evidence.map((ev) =>
            h(
              'li',
              { className: 'quote' },
              h('blockquote', { cite: ev.sourceUrl }, h('p', { text: `“${ev.quote}”` })),
              h('p', { className: 'why', text: ev.reason }),
              h(
                'p',
                { className: 'cite' },
                `${ev.year} report, ${sectionName(ev)}, ${ev.pinpoint.text} · ${evidenceKind(ev)} · `,
                h(
                  'a',
                  { href: ev.sourceUrl },
                  'Read it on state.gov',
                  h('span', { className: 'visually-hidden', text: ` (${profile.label}, highlighted)` }),
                ),
              ),
            ),
          ),
        )
      : h('p', { className: 'none', text: NO_TARGETED }),
  );
}

/**
 * Fills #profiles with a card per profile of the score, or hides it when none was picked.
 * @param {Score} score
 */
export function renderProfiles(score) {
  const section = byId('profiles');
  section.textContent = '';
  const profiles = score.profiles ?? [];
  section.hidden = profiles.length === 0;
  if (!profiles.length) return;
  append(section, [
    h('h2', { id: 'profiles-title', text: `Risk for the person: ${score.country.name}` }),
    h('p', {
      text: 'Each profile starts from the country score and rises with the report sentences that name the group as the target of an abuse. It never falls below the country score.',
    }),
    profiles.map((p) => profileCard(p, score.country.name)),
  ]);
}

/**
 * The brief's part on the picked profiles: score, how it was combined, coverage and the quotes, each
 * with its report year, section and retrieval date. Nothing when no profile was picked.
 * @param {Score} score
 * @param {Record<number, string>} retrievedByYear when each cited report year was retrieved
 */
export function profileBriefSection(score, retrievedByYear) {
  const profiles = score.profiles ?? [];
  if (!profiles.length) return null;
  return [
    h('h2', { text: 'Risk profiles' }),
    ...profiles.flatMap((p) => [
      h('h3', { text: p.label }),
      h('p', {
        text: `${round(p.score)} out of 100: ${bandWords(p.band)}. ${p.explanation}`,
      }),
      h(
        'ul',
        null,
        profileCoverageLines(p).map((line) => h('li', { text: line })),
      ),
      p.evidence.length
        ? h(
            'ol',
            { className: 'citations' },
            p.evidence.map((ev) =>
              h(
                'li',
                null,
                `“${ev.quote}” `,
                `U.S. Department of State, ${ev.year} Country Reports on Human Rights Practices: ${score.country.name}, ${sectionName(ev)}, ${ev.pinpoint.text}. `,
                `[${evidenceKind(ev)}.]${retrievedByYear[ev.year] ? ` Retrieved ${formatDate(retrievedByYear[ev.year] ?? '')}.` : ''} `,
                h('a', { className: 'url', href: ev.sourceUrl, text: ev.sourceUrl }),
              ),
            ),
          )
        : null,
    ]),
  ];
}
