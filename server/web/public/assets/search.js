// @ts-check
/* The search box's autocomplete: country names and the registry's aliases, and on a page in another
   language the countries' names in that language too. */
import { fetchCountryList } from './api-client.js';
import { byId, h } from './dom.js';
import { countryName, lang, t } from './i18n.js';

/** @type {Map<string, string>} a name in the page's language, folded, to the country's code */
const localNames = new Map();

/** @param {string} text */
function fold(text) {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
}

/**
 * The code of the country a reader named in the page's language ("Sudán del Sur", "sudan del sur"), or
 * the input itself: the server knows English names, aliases and codes only.
 * @param {string} input
 */
export function inputForServer(input) {
  return localNames.get(fold(input)) ?? input;
}

/** Fills the datalist; former names and territories come from the same registry that resolves lookups. */
export async function loadCountryOptions() {
  const result = await fetchCountryList();
  if (!result.ok) return;
  const list = byId('country-options');
  list.textContent = '';
  const { countries } = result.body;
  for (const c of countries) list.appendChild(h('option', { value: c.name }));
  if (lang !== 'en') {
    for (const c of countries) {
      const local = countryName(c.code, c.name);
      if (local === c.name) continue;
      localNames.set(fold(local), c.code);
      list.appendChild(h('option', { value: local }));
    }
  }
  for (const c of countries) {
    for (const alias of c.aliases)
      list.appendChild(h('option', { value: alias, label: t('search.alias', { alias, country: c.name }) }));
  }
}
