// @ts-check
/* The search box's autocomplete: country names and the registry's aliases. */
import { fetchCountryList } from './api-client.js';
import { byId, h } from './dom.js';
import { t } from './i18n.js';

/** Fills the datalist; former names and territories come from the same registry that resolves lookups. */
export async function loadCountryOptions() {
  const result = await fetchCountryList();
  if (!result.ok) return;
  const list = byId('country-options');
  list.textContent = '';
  const { countries } = result.body;
  for (const c of countries) list.appendChild(h('option', { value: c.name }));
  for (const c of countries) {
    for (const alias of c.aliases)
      list.appendChild(h('option', { value: alias, label: t('search.alias', { alias, country: c.name }) }));
  }
}
