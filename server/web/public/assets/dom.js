// @ts-check
/* DOM helpers for the page: no framework, no inline styles (CSP style-src 'self'). */

/** @typedef {Node | string | number | null | undefined | false} Leaf */
/**
 * Content to append: a node or text, or lists of them two deep (a list of rows, each a list of cells).
 * @typedef {Leaf | Array<Leaf | Array<Leaf>>} Child
 */
/** @typedef {Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>} Props */

/**
 * The element with this id, checked against the type the caller relies on: a missing or different
 * element is a bug in index.html, so it throws.
 * @template {typeof HTMLElement} [C=typeof HTMLElement]
 * @param {string} id
 * @param {C} [type]
 * @returns {InstanceType<C>}
 */
export function byId(id, type) {
  const el = document.getElementById(id);
  if (!(el instanceof (type ?? HTMLElement))) throw new Error(`#${id} is missing from the page`);
  return /** @type {InstanceType<C>} */ (el);
}

/**
 * Appends text, nodes or (nested) lists of them; null, undefined and false are skipped.
 * @param {Node} parent
 * @param {Child} child
 */
export function append(parent, child) {
  if (child === undefined || child === null || child === false) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
}

/**
 * Builds an element: h('p', {className: 'x'}, 'text', child, ...). `text` sets the text content and
 * `on…` keys add listeners; any other key is an attribute (true → present, false/null → absent).
 * @template {string} K
 * @param {K} tag
 * @param {Props | null} [props]
 * @param {...Child} children
 * @returns {K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : HTMLElement}
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'className') el.className = String(value);
    else if (key === 'text') el.textContent = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) append(el, child);
  return /** @type {K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : HTMLElement} */ (el);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds an SVG element with attributes and optional text.
 * @param {string} tag
 * @param {Record<string, string | number>} attrs
 * @param {string} [text]
 * @returns {SVGElement}
 */
export function s(tag, attrs, text) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Replaces a live region's content; errors are styled as such.
 * @param {HTMLElement} el
 * @param {Child} content
 * @param {boolean} [isError]
 */
export function setStatus(el, content, isError = false) {
  el.textContent = '';
  el.classList.toggle('error', isError);
  append(el, content);
}
