// @ts-check
/* The embed panel: the snippet publishers paste, a copy button and a live preview. */
import { byId, h } from './dom.js';
import { bandWords, round } from './format.js';
import { countryName, lang, t } from './i18n.js';

/**
 * The one risk profile the widget shows: only when exactly one is picked, since the widget has room for one.
 * @param {import('./api-client.js').Score} score
 */
function widgetProfile(score) {
  return score.profiles?.length === 1 ? score.profiles[0]?.id : undefined;
}

/**
 * The snippet publishers paste: the custom element, its script, and a badge for readers without
 * JavaScript (the badge is the country's score; the link opens the page on the profile).
 * @param {import('./api-client.js').Score} score
 */
export function snippetFor(score) {
  const origin = location.origin;
  const code = score.country.code;
  const profile = widgetProfile(score);
  const alt = t('score.summary', {
    country: countryName(code, score.country.name),
    score: round(score.score),
    band: bandWords(score.band).toLowerCase(),
  });
  // The widget, its badge and its link speak the page's language; English is the default and unsaid.
  const langAttribute = lang === 'en' ? '' : ` lang="${lang}"`;
  const pageQuery = [profile ? `profiles=${profile}` : '', lang === 'en' ? '' : `lang=${lang}`]
    .filter(Boolean)
    .join('&amp;');
  return [
    `<hr-risk-score country="${code}"${profile ? ` profile="${profile}"` : ''}${langAttribute}></hr-risk-score>`,
    // Split so that this file never contains a closing script tag.
    `<script async src="${origin}/widget.js"></` + 'script>',
    `<noscript><a href="${origin}/country/${code}${pageQuery ? `?${pageQuery}` : ''}"><img src="${origin}/v1/countries/${code}/badge.svg${lang === 'en' ? '' : `?lang=${lang}`}" alt="${alt.replace(/"/g, '&quot;')}"></a></noscript>`,
  ].join('\n');
}

/** @param {import('./api-client.js').Score} score */
export function renderEmbed(score) {
  byId('embed-snippet', HTMLTextAreaElement).value = snippetFor(score);
  byId('copy-status').textContent = '';
  const preview = byId('embed-preview');
  preview.textContent = '';
  preview.appendChild(
    h('hr-risk-score', { country: score.country.code, profile: widgetProfile(score), lang }),
  );
}

/** Copies the snippet; where the clipboard is refused, selects it for the reader to copy. */
export async function copySnippet() {
  const area = byId('embed-snippet', HTMLTextAreaElement);
  const status = byId('copy-status');
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = t('embed.copied');
  } catch {
    area.focus();
    area.select();
    let ok;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    status.textContent = ok ? t('embed.copied') : t('embed.selected');
  }
}
