// @ts-check
/* The advocates' page: search, score card, evidence, history, compare, embed and the printable brief.
   ES modules from /assets (CSP script-src 'self'); no framework and no third-party requests. */
import { offerProfileRanking, startCompareView } from './compare-view.js';
import { showCountry, showPickedProfiles, showSuggestion } from './country-view.js';
import { byId } from './dom.js';
import { copySnippet } from './embed-panel.js';
import { addressIn } from './i18n.js';
import { knownProfiles, startProfilePicker, syncPickerWithAddress } from './profile-picker.js';
import { inputForServer, loadCountryOptions } from './search.js';
import { startWorldView } from './world-view.js';

/** The country the address names: /country/{country} or /?country={country}. */
function countryFromLocation() {
  const m = /^\/country\/([^/]+)\/?$/.exec(location.pathname);
  if (m?.[1]) {
    try {
      return decodeURIComponent(m[1]);
    } catch {
      return m[1];
    }
  }
  return new URLSearchParams(location.search).get('country');
}

/** The language switcher links to the address as it is now (country, profiles), in the other language. */
function startLanguageSwitch() {
  const link = byId('language-switch', HTMLAnchorElement);
  const update = () => link.setAttribute('href', addressIn(link.hreflang));
  for (const type of ['click', 'focus', 'pointerenter']) link.addEventListener(type, update);
}

function start() {
  startLanguageSwitch();
  byId('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = byId('country-input', HTMLInputElement).value.trim();
    if (value) void showCountry(inputForServer(value), true);
  });
  byId('copy-snippet').addEventListener('click', () => void copySnippet());
  startCompareView({ onPickCountry: showSuggestion });
  window.addEventListener('popstate', () => {
    syncPickerWithAddress();
    const country = countryFromLocation();
    if (country) void showCountry(country, false);
  });
  void loadCountryOptions();
  void startWorldView();
  const initial = countryFromLocation();
  if (initial) byId('country-input', HTMLInputElement).value = initial;
  // The profiles of the address are known before the first score is asked for, so it carries them.
  void startProfilePicker(showPickedProfiles).then(() => {
    offerProfileRanking(knownProfiles());
    if (initial) void showCountry(initial, false);
  });
}

// Module scripts run after the document is parsed, so the page's elements are all there.
start();
