// @ts-check
/* The profile picker: the risk profiles the reader picks, kept in the address
   (/country/SZ?profiles=lgbtqi,journalist) so a link or a reload shows the same profiles. */
import { fetchProfiles } from './api-client.js';
import { byId, h } from './dom.js';
import { profileDefinition, profileLabel } from './format.js';

/** @typedef {import('./api-client.js').ProfileId} ProfileId */
/** @typedef {import('./api-client.js').ProfileList['profiles'][number]} ProfileInfo */

/** @type {ProfileInfo[]} the profiles the server knows, once loaded */
let known = [];
/** @type {ProfileId[]} picked, in the server's order */
let picked = [];

/**
 * The profile ids the address asks for (`?profiles=a,b`), before they are checked against the server's list.
 * @returns {string[]}
 */
function profilesInAddress() {
  const raw = new URLSearchParams(location.search).get('profiles') ?? '';
  return raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** @returns {readonly ProfileId[]} the profiles picked, in the server's order */
export function pickedProfiles() {
  return picked;
}

/** @returns {readonly ProfileInfo[]} every profile the server offers (empty until loaded) */
export function knownProfiles() {
  return known;
}

/**
 * The query string that names the picked profiles: "" when none is picked.
 * @returns {string}
 */
export function profileQuery() {
  return picked.length ? `?profiles=${picked.join(',')}` : '';
}

/**
 * Reads the picked profiles from the address again (after back/forward) and ticks their boxes.
 * Ids the server does not offer are dropped.
 */
export function syncPickerWithAddress() {
  const wanted = new Set(profilesInAddress());
  picked = known.filter((p) => wanted.has(p.id)).map((p) => p.id);
  for (const box of byId('profile-picker').querySelectorAll('input[type="checkbox"]')) {
    if (box instanceof HTMLInputElement) box.checked = wanted.has(box.value);
  }
}

/**
 * Loads the profiles, draws a checkbox for each in #profile-picker and ticks those of the address.
 * `onChange` runs after the reader ticks or unticks one, with the address already updated.
 * @param {() => void} onChange
 */
export async function startProfilePicker(onChange) {
  const result = await fetchProfiles();
  const fieldset = byId('profile-picker');
  if (!result.ok) return; // Without the list the page still works: country scores only.
  known = result.body.profiles;
  const list = h(
    'ul',
    { className: 'profile-options' },
    known.map((p) =>
      h(
        'li',
        null,
        h('input', {
          type: 'checkbox',
          id: `profile-${p.id}`,
          name: 'profiles',
          value: p.id,
          'aria-describedby': `profile-${p.id}-definition`,
          onchange: () => {
            picked = known.filter((q) => byId(`profile-${q.id}`, HTMLInputElement).checked).map((q) => q.id);
            updateAddress();
            onChange();
          },
        }),
        h('label', { for: `profile-${p.id}`, text: profileLabel(p.id) }),
        h('span', {
          id: `profile-${p.id}-definition`,
          className: 'hint',
          text: ` ${profileDefinition(p.id)}`,
        }),
      ),
    ),
  );
  fieldset.appendChild(list);
  fieldset.hidden = false;
  syncPickerWithAddress();
}

/** Puts the picked profiles in the address without adding a history entry for each tick. */
function updateAddress() {
  const params = new URLSearchParams(location.search);
  params.delete('profiles');
  // Ids are [a-z_] only, so the list is written with plain commas rather than %2C.
  const rest = params.toString();
  const search = [rest, picked.length ? `profiles=${picked.join(',')}` : ''].filter(Boolean).join('&');
  try {
    window.history.replaceState(
      window.history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    );
  } catch {
    /* file:// or sandboxed: the picker still works without the address */
  }
}
