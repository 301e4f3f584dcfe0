// @ts-check
/* A card per picked risk profile: its score and band, how it was combined with the country score, the
   years it comes from, what was carried forward and why, and the quoted sentences aimed at the group. */
import { append, byId, h } from './dom.js';
import { citationText, citeLine, englishText } from './evidence-list.js';
import { bandWords, categoryLabel, formatDate, profileLabel, round } from './format.js';
import { countryName, t } from './i18n.js';

/** @typedef {import('./api-client.js').Score} Score */
/** @typedef {import('./api-client.js').ProfileResult} ProfileResult */

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
 * The years each part of the score comes from and anything carried forward, as sentences; the
 * server's notes are English, and say so when the page is not.
 * @param {ProfileResult} profile
 * @returns {import('./score-card.js').Warning[]}
 */
export function profileCoverageLines(profile) {
  const c = profile.coverage;
  const english = englishText() === 'en';
  return [
    { text: t('profiles.countryScoreYear', { year: c.countryScoreYear }), english: false },
    {
      text:
        c.evidenceYear === null
          ? t('profiles.noTargeted')
          : t('profiles.evidenceYear', { year: c.evidenceYear }),
      english: false,
    },
    ...c.carriedForward.map((cf) => ({
      text: t('profiles.carriedForward', { year: cf.fromYear, note: cf.note }),
      english,
    })),
    ...c.notes.map((note) => ({ text: note, english })),
  ];
}

/** @param {import('./score-card.js').Warning} line */
function coverageItem(line) {
  return h('li', { text: line.text, lang: line.english ? 'en' : null });
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
    h('h3', { id: titleId, text: profileLabel(profile.id) }),
    h(
      'p',
      { className: 'headline' },
      h('span', { className: 'score-number', text: round(profile.score) }),
      h('span', { className: 'score-out-of', text: '/100' }),
      h('span', { className: `band-chip band-${profile.band}`, text: bandWords(profile.band) }),
    ),
    h(
      'p',
      { className: 'profile-explanation' },
      // The explanation is the server's English.
      h('span', { lang: englishText(), text: profile.explanation }),
      ' ',
      t('profiles.countryScoreFor', { country: countryName, score: round(profile.countryScore) }),
    ),
    h('ul', { className: 'profile-coverage' }, profileCoverageLines(profile).map(coverageItem)),
    profile.evidence.length
      ? h(
          'ol',
          { className: 'quotes' },
          profile.evidence.map((ev) =>
            h(
              'li',
              { className: 'quote' },
              h('blockquote', { cite: ev.sourceUrl, lang: englishText() }, h('p', { text: `“${ev.quote}”` })),
              // Why the sentence counts for the group: the server's English.
              h('p', { className: 'why', lang: englishText(), text: ev.reason }),
              h(
                'p',
                { className: 'cite' },
                citeLine(ev.year, ev),
                ` · ${evidenceKind(ev)} · `,
                h(
                  'a',
                  { href: ev.sourceUrl },
                  t('evidence.read'),
                  h('span', {
                    className: 'visually-hidden',
                    text: t('profiles.quoteHidden', { profile: profileLabel(profile.id) }),
                  }),
                ),
              ),
            ),
          ),
        )
      : h('p', { className: 'none', text: t('profiles.noTargeted') }),
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
    h('h2', {
      id: 'profiles-title',
      text: t('profiles.title', { country: countryName(score.country.code, score.country.name) }),
    }),
    h('p', { text: t('profiles.intro') }),
    profiles.map((p) => profileCard(p, countryName(score.country.code, score.country.name))),
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
    h('h2', { text: t('profiles.briefTitle') }),
    ...profiles.flatMap((p) => [
      h('h3', { text: profileLabel(p.id) }),
      h(
        'p',
        null,
        t('brief.profileLine', { score: round(p.score), band: bandWords(p.band) }),
        ' ',
        h('span', { lang: englishText(), text: p.explanation }),
      ),
      h('ul', null, profileCoverageLines(p).map(coverageItem)),
      p.evidence.length
        ? h(
            'ol',
            { className: 'citations' },
            p.evidence.map((ev) =>
              h(
                'li',
                null,
                h('span', { className: 'quoted', lang: englishText(), text: `“${ev.quote}” ` }),
                citationText(ev, score),
                `[${evidenceKind(ev)}.]${retrievedByYear[ev.year] ? t('brief.retrieved', { date: formatDate(retrievedByYear[ev.year] ?? '') }) : ''} `,
                h('a', { className: 'url', href: ev.sourceUrl, text: ev.sourceUrl }),
              ),
            ),
          )
        : null,
    ]),
  ];
}
