// @ts-check
/* <hr-risk-score country="SV" [profile="lgbtqi"] [lang="es"]> — embeds the deportation-risk widget in an iframe and resizes it to its content.
   Speaks the pym.js message protocol: the child sends "pymxPYMx<id>xPYMxheightxPYMx<pixels>".
   Readers without JavaScript: put the <noscript> badge from the embed snippet next to the element. */
(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('hr-risk-score')) return;
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  var base = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var PYM = /^pymxPYMx(\S+?)xPYMx(\S+?)xPYMx([\s\S]*)$/;
  var counter = 0;
  // The iframe's title before the widget sends its own, per language; the server fills it from its
  // message catalogues when it serves this file.
  var TITLES = /** @type {Record<string, string>} */ ({/* frame titles */});
  var LANGUAGES = Object.keys(TITLES);

  class HrRiskScore extends HTMLElement {
    static get observedAttributes() {
      return ['country', 'year', 'profile', 'lang'];
    }
    constructor() {
      super();
      this._onMessage = this._onMessage.bind(this);
      this._onResize = this._onResize.bind(this);
    }
    connectedCallback() {
      window.addEventListener('message', this._onMessage);
      window.addEventListener('resize', this._onResize);
      this._render();
    }
    disconnectedCallback() {
      window.removeEventListener('message', this._onMessage);
      window.removeEventListener('resize', this._onResize);
    }
    /**
     * @param {string} _name
     * @param {string | null} oldValue
     * @param {string | null} newValue
     */
    attributeChangedCallback(_name, oldValue, newValue) {
      if (this._frame && oldValue !== newValue) this._render();
    }
    _render() {
      var country = (this.getAttribute('country') || '').trim();
      if (!country) return;
      counter += 1;
      this._id = 'hr-risk-score-' + counter;
      var src = new URL('/embed/' + encodeURIComponent(country), base);
      var year = (this.getAttribute('year') || '').trim();
      if (/^\d{4}$/.test(year)) src.searchParams.set('year', year);
      var profile = (this.getAttribute('profile') || '').trim();
      if (/^[a-z_]{1,40}$/.test(profile)) src.searchParams.set('profile', profile);
      // lang="es" on the element or an ancestor (the host page's own <html lang>); otherwise the
      // reader's Accept-Language decides.
      var scope = this.closest('[lang]');
      var lang = ((scope && scope.getAttribute('lang')) || '').trim().toLowerCase().split('-')[0] || '';
      if (LANGUAGES.indexOf(lang) >= 0) src.searchParams.set('lang', lang);
      src.searchParams.set('initialWidth', String(this.clientWidth || 0));
      src.searchParams.set('childId', this._id);
      var frame = document.createElement('iframe');
      frame.src = src.href;
      frame.title = (TITLES[lang] || TITLES[LANGUAGES[0] || ''] || '').replace('{country}', country);
      frame.width = '100%';
      frame.height = '260';
      frame.setAttribute('scrolling', 'no');
      frame.setAttribute('frameborder', '0');
      frame.setAttribute('referrerpolicy', 'no-referrer');
      frame.style.border = '0';
      frame.style.width = '100%';
      frame.style.display = 'block';
      this.style.display = 'block';
      this._frame = frame;
      this.replaceChildren(frame);
    }
    _onResize() {
      if (this._frame && this._frame.contentWindow) {
        this._frame.contentWindow.postMessage(
          'pymxPYMx' + this._id + 'xPYMxwidthxPYMx' + this.clientWidth,
          base,
        );
      }
    }
    /** @param {MessageEvent} event */
    _onMessage(event) {
      if (!this._frame || event.source !== this._frame.contentWindow || event.origin !== base) return;
      if (typeof event.data !== 'string') return;
      var match = PYM.exec(event.data);
      if (!match || match[1] !== this._id) return;
      if (match[2] === 'height') {
        var height = parseInt(match[3] || '', 10);
        if (height > 0 && height < 10000) {
          this._frame.height = String(height);
          this._frame.style.height = height + 'px';
          this.dispatchEvent(new CustomEvent('hr-risk-score:resize', { detail: { height: height } }));
        }
      } else if (match[2] === 'title' && match[3]) {
        this._frame.title = match[3].slice(0, 200);
      }
    }
  }

  window.customElements.define('hr-risk-score', HrRiskScore);
})();
