/**
 * English: the interface's words, the reference every other catalogue is checked against. Category
 * labels are the scoring core's own (scoring/categories.ts), so the API and the page never differ.
 * Plain JSON-like data only: the page receives it inlined.
 */
import { CATEGORY_LABELS } from '../../../../scoring/categories';
import profileSet from '../../../../scoring/profiles/profiles.json';

/** Plural forms of a message, as `Intl.PluralRules` names them; `other` is always there. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};
export type Message = string | PluralMessage;

/** A risk profile's words as scoring/profiles/profiles.json has them (the one English source). */
function profileText(id: string, field: 'label' | 'definition'): string {
  const profile = profileSet.profiles.find((p) => p.id === id);
  if (!profile) throw new Error(`no risk profile ${id} in profiles.json`);
  return profile[field];
}

export const EN = {
  // The language itself, and the switcher offering the other one (written in that language).
  'language.name': 'English',
  'language.switchTo': 'es',
  'language.switchText': 'Español',
  'language.switchLabel': 'Ver esta página en español',

  'app.name': 'Deportation destination risk',
  'app.countryTitle': '{country} — Deportation destination risk',
  'app.description':
    'Deportation destination risk for {country}, with the State Department report sentences behind the score.',
  'app.oembedTitle': 'Deportation risk: {country}',
  'app.skip': 'Skip to content',
  'nav.label': 'Site',
  'nav.compare': 'Compare countries',
  'nav.method': 'Method',
  'nav.api': 'API',

  'category.killings': CATEGORY_LABELS.killings,
  'category.disappearance': CATEGORY_LABELS.disappearance,
  'category.torture': CATEGORY_LABELS.torture,
  'category.detention_conditions': CATEGORY_LABELS.detention_conditions,
  'category.arbitrary_detention': CATEGORY_LABELS.arbitrary_detention,
  'category.political_prisoners': CATEGORY_LABELS.political_prisoners,
  'category.refoulement': CATEGORY_LABELS.refoulement,
  // Column headings for tables too narrow for the full labels (the full label goes in the title).
  'category.killings.short': 'Killings',
  'category.disappearance.short': 'Disappearance',
  'category.torture.short': 'Torture',
  'category.detention_conditions.short': 'Detention conditions',
  'category.arbitrary_detention.short': 'Arbitrary detention',
  'category.political_prisoners.short': 'Political prisoners',
  'category.refoulement.short': 'Refoulement',

  // A band written out, so the band never depends on colour alone.
  'band.low': 'Low risk',
  'band.moderate': 'Moderate risk',
  'band.elevated': 'Elevated risk',
  'band.high': 'High risk',
  'band.severe': 'Severe risk',
  'band.none': 'No report',
  // The band in one word, for badges.
  'bandShort.low': 'low',
  'bandShort.moderate': 'moderate',
  'bandShort.elevated': 'elevated',
  'bandShort.high': 'high',
  'bandShort.severe': 'severe',
  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',

  'score.outOf100': '{score} out of 100',
  'score.summary': '{country}: deportation risk {score}/100, {band}',
  'score.summaryUnknown': '{country}: deportation risk',

  'intro.title': 'How dangerous is a deportation destination?',
  'intro.text':
    "Risk scores from the U.S. State Department's Country Reports on Human Rights Practices, with the exact sentences behind each score and a link to each one on state.gov.",
  'method.summaryTitle': 'How the score is made',
  'method.summary':
    'The service reads each report and finds the sentences about seven kinds of abuse: killings, disappearances, torture, harsh detention conditions, arbitrary detention, political prisoners and refoulement. Only sentences that say the abuse happened in the report year count: a sentence that denies it, states a law or describes an earlier year does not. Each category gets a score from 0 to 100 from how many such sentences there are and where they stand in the report; the categories are weighed into one score and a band. The weights are fitted against expert-coded human-rights scales. A score is not a legal finding.',
  'method.summaryMore': 'The full method (in English)',

  'search.label': 'Country search',
  'search.country': 'Country',
  'search.submit': 'Show risk',
  'search.hint': 'A name, a former or common name (Swaziland, Burma, Ivory Coast) or an ISO code (SV, SLV).',
  'search.alias': '{alias} → {country}',
  'status.loading': 'Loading {input}…',
  'status.showing': 'Showing {country}: {score} out of 100, {band}.',
  'problem.generic': 'Something went wrong ({status}).',
  'problem.didYouMean': 'Did you mean: {suggestions}?',
  'problem.unknownCountry': '“{input}” is not a country we know by name, alias or ISO code.',
  'problem.noReport': 'There is no State Department report for {input}.',

  'profiles.legend': 'Who is being deported?',
  'profiles.hint': 'Tick every profile that fits the person; each gets its own score and quotes.',
  'profiles.title': 'Risk for the person: {country}',
  'profiles.intro':
    'Each profile starts from the country score and rises with the report sentences that name the group as the target of an abuse. It never falls below the country score.',
  'profiles.countryScoreFor': 'Country score for {country}: {score}.',
  'profiles.noTargeted': 'No report sentence targets this group.',
  'profiles.countryScoreYear': 'Country score from the {year} report.',
  'profiles.evidenceYear': 'Sentences aimed at the group from the {year} report.',
  'profiles.carriedForward': 'Carried forward from {year}: {note}',
  'profiles.quoteHidden': ' ({profile}, highlighted)',
  'profiles.briefTitle': 'Risk profiles',
  'profile.political_opponent': profileText('political_opponent', 'label'),
  'profile.political_opponent.definition': profileText('political_opponent', 'definition'),
  'profile.journalist': profileText('journalist', 'label'),
  'profile.journalist.definition': profileText('journalist', 'definition'),
  'profile.lgbtqi': profileText('lgbtqi', 'label'),
  'profile.lgbtqi.definition': profileText('lgbtqi', 'definition'),
  'profile.religious_minority': profileText('religious_minority', 'label'),
  'profile.religious_minority.definition': profileText('religious_minority', 'definition'),
  'profile.ethnic_minority': profileText('ethnic_minority', 'label'),
  'profile.ethnic_minority.definition': profileText('ethnic_minority', 'definition'),
  'profile.women_girls': profileText('women_girls', 'label'),
  'profile.women_girls.definition': profileText('women_girls', 'definition'),
  'profile.criminal_deportee': profileText('criminal_deportee', 'label'),
  'profile.criminal_deportee.definition': profileText('criminal_deportee', 'definition'),
  'profile.gang_perceived': profileText('gang_perceived', 'label'),
  'profile.gang_perceived.definition': profileText('gang_perceived', 'definition'),
  'profile.migrant_asylum_seeker': profileText('migrant_asylum_seeker', 'label'),
  'profile.migrant_asylum_seeker.definition': profileText('migrant_asylum_seeker', 'definition'),
  'profile.health_disability': profileText('health_disability', 'label'),
  'profile.health_disability.definition': profileText('health_disability', 'definition'),

  'card.confidence': 'Confidence',
  'card.confidenceValue': '{percent} ({words})',
  'card.report': 'Report',
  'card.reportTitle': '{year} Country Report on Human Rights Practices',
  'card.method': 'Method',
  'card.version': 'Version {version} · ',
  'card.howComputed': 'how scores are computed',
  'card.coverageWarnings': 'Coverage warnings',
  'card.sevenCategories': 'The seven categories',
  'card.print': 'Print evidence brief',
  'card.sentences': { one: '{count} sentence', other: '{count} sentences' },
  'card.fromReport': ', from the {year} report',
  'coverage.missingSection':
    'The {year} report has no section on {category}, so that category is scored from what other sections say.',
  'coverage.carriedSectionMissing':
    'The {year} report has no section on {category}; this figure uses the {fromYear} report.',
  'coverage.carriedShortened':
    'The {year} report is much shorter than the one before and says less about {category}; this figure uses the {fromYear} report, which shows more risk.',
  'coverage.shortened':
    'The {year} report is about {percent}% as long as the {previousYear} report; topics it dropped are not evidence that abuses stopped.',

  'evidence.title': 'Evidence',
  'evidence.intro':
    'The sentences of the report that weigh most in each category, quoted exactly. Each link opens state.gov with the sentence highlighted.',
  'evidence.none': 'No sentence in the report asserts this.',
  'evidence.cite': '{year} report, {section}',
  'evidence.read': 'Read it on state.gov',
  'evidence.quoteHidden': ' (quote {number}, highlighted)',

  'history.title': 'History across report years',
  'history.none': 'No history available.',
  'history.chartTitle': 'Risk score by report year, {country}',
  'history.chartSummary': '{country}: score {score} in {year}.',
  'history.chartSummaryTwo': '{country}: score {firstScore} in {firstYear}, {lastScore} in {lastYear}.',
  'history.tableBelow': 'The table below lists every year.',
  'history.point': '{year}: {score}, {band}',
  'history.showTable': 'Show the figures as a table',
  'history.tableLabel': 'History table',
  'history.caption': 'Score and category scores by report year',
  'history.reportLink': '{year} report on state.gov',

  'table.rank': 'Rank',
  'table.country': 'Country',
  'table.score': 'Score',
  'table.band': 'Band',
  'table.confidence': 'Confidence',
  'table.year': 'Year',
  'table.region': 'Region',
  'table.ranked': 'Ranked countries',

  'embed.title': 'Embed this',
  'embed.text':
    "Paste this snippet into an article to show the score, the band, the strongest quote and a link back here. Readers without JavaScript see an image badge instead (the {noscript} line). Sites that support oEmbed (WordPress and others) only need this page's address.",
  'embed.snippetLabel': 'Embed snippet',
  'embed.copy': 'Copy snippet',
  'embed.preview': 'Preview',
  'embed.copied': 'Copied to the clipboard.',
  'embed.selected': 'Selected: press Ctrl+C (or ⌘+C) to copy.',

  'compare.title': 'Compare destinations',
  'compare.inputLabel': 'Candidate countries, one per line or separated by commas',
  'compare.hint': 'Up to 250 countries. Names, aliases and ISO codes all work.',
  'compare.rankBy': 'Rank by',
  'compare.countryScore': 'Country score',
  'compare.profileBand': 'Profile band',
  'compare.submit': 'Rank by risk',
  'compare.add': 'Add the country shown above',
  'compare.captionProfile': 'Ranked by risk for {profile}, highest first',
  'compare.caption': 'Ranked by risk score, highest first',
  'compare.notRanked': 'Not ranked:',
  'compare.suggest': ' Did you mean {suggestions}?',
  'compare.empty': 'Enter at least one country.',
  'compare.tooMany': 'At most {max} countries at a time (you entered {count}).',
  'compare.ranking': { one: 'Ranking {count} country…', other: 'Ranking {count} countries…' },
  'compare.ranked': {
    one: 'Ranked {ranked} of {count} country.',
    other: 'Ranked {ranked} of {count} countries.',
  },
  'compare.rankedNotFound': {
    one: 'Ranked {ranked} of {count} country; {missing} not found.',
    other: 'Ranked {ranked} of {count} countries; {missing} not found.',
  },
  'compare.csv': 'Download CSV',
  'compare.csvFailed': 'The CSV could not be made ({status}).',
  'compare.csvDone': 'CSV downloaded: {file}.',

  'world.title': 'Every country',
  'world.mapHint':
    'Each country is coloured by its risk band; select one to open it. The table below lists the same scores.',
  'world.mapTitle': 'World map of deportation risk by band',
  'world.mapCountry': '{country}: {score} out of 100, {band}',
  'world.mapNoReport': '{country}: no report',
  'world.caption': 'Every country with a report, latest score',
  'world.anyBand': 'Any band',
  'world.anyRegion': 'Any region',
  'world.download': 'Download every country: ',
  'world.shown': { one: '{shown} of {count} country shown.', other: '{shown} of {count} countries shown.' },
  'world.failed': 'The country list could not be loaded ({status}).',
  'region.Africa': 'Africa',
  'region.Americas': 'Americas',
  'region.Asia': 'Asia',
  'region.Europe': 'Europe',
  'region.Oceania': 'Oceania',

  'exhibit.title': 'Exhibit packet',
  'exhibit.intro':
    'Every quote with its pinpoint citation (section and paragraph), the sources with their retrieval dates and fingerprints, and what the latest report no longer says.',
  'exhibit.latestReports': 'Latest reports (as scored above, {year})',
  'exhibit.reportOnly': '{year} report only',
  'exhibit.covers': 'What the packet covers',
  'exhibit.categories': 'Categories',
  'exhibit.profilesHint': 'The risk profiles picked above are scored in the packet too, with their quotes.',
  'exhibit.pdf': 'Download PDF',
  'exhibit.word': 'Download Word',
  'exhibit.packetLanguage': 'The packet is in English, for filing.',
  'exhibit.changesTitle': 'What the {year} report no longer says',
  'exhibit.comparing': 'Comparing the {year} report with {fromYear}…',
  'exhibit.compareFailed': 'The {year} and {fromYear} reports could not be compared.',
  'exhibit.length':
    'The {year} report is {length} characters long, {percent}% of the {fromYear} report ({fromLength}). A topic it dropped is not evidence that the abuse stopped.',
  'exhibit.droppedTopics': 'Topics in {fromYear} and not in {year}: {topics}.',
  'exhibit.noLongerSays': {
    one: '{category}: {fromCount} asserted sentence in {fromYear}, {count} in {year}',
    other: '{category}: {fromCount} asserted sentences in {fromYear}, {count} in {year}',
  },

  'brief.title': 'Evidence brief: deportation risk for {country}',
  'brief.generated': 'Generated on {date} from {url}.',
  'brief.methodYears': 'Method version {version}. Report years cited: {years}.',
  'brief.mainSource': 'Main source: {title} ({year}), retrieved {date}, SHA-256 {sha}…, ',
  'brief.mainSourceTitle': 'Country Reports on Human Rights Practices',
  'brief.score': 'Score',
  'brief.scoreLine': '{score} out of 100: {band}. Confidence {percent} ({words}).',
  'brief.profileLine': '{score} out of 100: {band}.',
  'brief.category': 'Category',
  'brief.sentences': 'Sentences',
  'brief.reportYear': 'Report year',
  'brief.coverage': 'Coverage',
  'brief.history': 'History',
  'brief.citations': 'Citations',
  'brief.citation':
    'U.S. Department of State, {year} Country Reports on Human Rights Practices: {country}, {section}. ',
  'brief.retrieved': ' Retrieved {date}.',
  'brief.disclaimer':
    'Scores are computed by this service from the text of the reports; the quotations are verbatim. The State Department does not score countries.',

  'footer.text':
    "Source: U.S. Department of State, Country Reports on Human Rights Practices. Scores are computed by this service from the reports' text ({methodLink}); they are not the State Department's. No cookies, no trackers.",
  'footer.methodLink': 'method',

  // The embeddable widget, its iframe, badges and share images.
  'widget.frameTitle':
    'Deportation risk score for {country}, from U.S. State Department human-rights reports',
  'widget.dataTitle': 'Deportation risk score for {country}: {score} of 100, {band}',
  'widget.dataTitleProfile': 'Deportation risk score for {country}, {profile}: {score} of 100, {band}',
  'widget.kicker': 'Deportation destination risk',
  'widget.pageTitle': 'Deportation risk: {country}',
  'widget.profile': 'Risk profile: {profile}',
  'widget.quoteCaption': '{year} report, {section}. ',
  'widget.readOnStateGov': 'Read it on state.gov',
  'widget.newTab': ' (opens in a new tab)',
  'widget.noQuote': 'No sentence in this report asserts abuse in the seven categories.',
  'widget.more': 'All evidence, history and method',
  'widget.source': 'Source: U.S. State Department Country Reports on Human Rights Practices, {year}.',
  'widget.notFoundTitle': 'Deportation risk: not found',
  'widget.notFoundData': 'Deportation risk score: not found',
  'widget.notFound': 'Not found',
  'widget.searchAll': 'Search all countries',
  'widget.unknownProfile': 'That is not a risk profile we know; the profiles are {profiles}.',
  'widget.didYouMean': 'Did you mean {suggestions}?',
  // The comparison embed (/embed/compare) and its part of the page.
  'compareEmbed.hostTitle':
    'Deportation risk compared for {countries}, from U.S. State Department human-rights reports',
  'compareEmbed.heading': { one: '{count} destination compared', other: '{count} destinations compared' },
  'compareEmbed.scoreOutOf': ' out of 100',
  'compareEmbed.mapLabel': 'World map with {countries} marked',
  'compareEmbed.frameTitle': 'Deportation risk compared: {summary}',
  'compareEmbed.scoresSummary': '{rows} (scores out of 100)',
  'compareEmbed.source':
    'Scores 0–100 (higher is more dangerous) from the U.S. State Department Country Reports on Human Rights Practices, {years}.',
  'compareEmbed.more': 'Each country’s evidence, history and method',
  'compareEmbed.problemHeading': 'This comparison cannot be drawn',
  'compareEmbed.problemTitle': 'Deportation risk compared: invalid request',
  // As the problem document (problem.ts, comparisonIssueMessage) says them, as sentences.
  'compareEmbed.tooFew': 'Name at least {min} countries to compare, separated by commas ({count} given).',
  'compareEmbed.tooMany': 'Name at most {max} countries to compare ({count} given).',
  'compareEmbed.unknownCountry': '"{input}" is not a country we know by name, alias or ISO code.',
  'compareEmbed.unknownCountryNear':
    '"{input}" is not a country we know by name, alias or ISO code (did you mean {suggestions}?).',
  'compareEmbed.noReport': 'There is no State Department report for {country} ("{input}").',
  'compareEmbed.duplicate': '"{input}" names {country} a second time.',
  'compareEmbed.unknownProfile': '"{input}" is not a risk profile we know; the profiles are {profiles}.',
  'compareEmbed.panelHeading': 'Embed this comparison',
  'compareEmbed.panelHint':
    'Paste this into an article: a ranked bar chart with a small world map, which resizes to its content.',
  'compareEmbed.panelLabel': 'Comparison embed snippet',
  'compareEmbed.panelTooMany':
    'The comparison embed shows at most {max} countries; rank {max} or fewer to embed them.',
  // The share card (card.svg, card.png) and the page's share tags.
  'shareCard.outOf': '/100',
  'shareCard.topCategories': 'Highest category scores (0–100)',
  'shareCard.noCategory': 'No sentence of the reports asserts abuse in the seven categories.',
  'shareCard.source': 'Source: U.S. State Department Country Reports on Human Rights Practices, {years}',
  'shareCard.method': 'Scoring method {version}',
  'shareCard.notLegal': 'Not a legal finding',
  'shareCard.headline': '{country}: deportation risk {score} out of 100, {band}',
  'shareCard.shareTitle': '{country}: deportation destination risk',
  'shareCard.shareDescription':
    '{country} scores {score}/100 ({band}), with the State Department report sentences behind the score.',
  'shareCard.noReportDescription':
    "Deportation destination risk for {country}, from the State Department's human-rights reports.",
  'shareCard.siteDescription':
    'How dangerous is a deportation destination? Risk scores for every country, each traced to quoted sentences of the U.S. State Department human-rights reports.',
  'badge.label': 'deportation risk',
  'badge.labelCountry': 'deportation risk: {country}',
  'badge.title': 'Deportation risk for {country}: {score}/100, {band}',
  'badge.message': '{score}/100 {band}',
  'badge.unknownCountry': 'unknown country',
  'badge.noReport': 'no report',
} as const satisfies Record<string, Message>;
