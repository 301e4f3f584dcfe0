// @ts-check
/* <hr-risk-score country="SV" [profile="lgbtqi"]> — embeds the deportation-risk widget in an iframe and resizes it to its content.
   <hr-risk-compare countries="SV,RW,SZ,LY" [profile="lgbtqi"]> — the same for the comparison of a few countries.
   Speaks the pym.js message protocol: the child sends "pymxPYMx<id>xPYMxheightxPYMx<pixels>".
   Readers without JavaScript: put the <noscript> badge from the embed snippet next to the element. */
(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('hr-risk-score')) return;
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  var base = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var PYM = /^pymxPYMx(\S+?)xPYMx(\S+?)xPYMx([\s\S]*)$/;
  var counter = 0;
  /** The words this script puts in the host page (iframe titles until the embed sends its own). */
  var WORDS = {
    /** @param {string} country */
    scoreTitle: function (country) {
      return 'Deportation risk score for ' + country + ', from U.S. State Department human-rights reports';
    },
    /** @param {string} countries */
    compareTitle: function (countries) {
      return (
        'Deportation risk compared for ' + countries + ', from U.S. State Department human-rights reports'
      );
    },
  };

  class HrRiskScore extends HTMLElement {
    static get observedAttributes() {
      return ['country', 'year', 'profile'];
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
    /**
     * The embed's address and the iframe's first title, or undefined while the element names nothing.
     * @returns {{ src: URL, title: string } | undefined}
     */
    _source() {
      var country = (this.getAttribute('country') || '').trim();
      if (!country) return undefined;
      var src = new URL('/embed/' + encodeURIComponent(country), base);
      var year = (this.getAttribute('year') || '').trim();
      if (/^\d{4}$/.test(year)) src.searchParams.set('year', year);
      return { src: src, title: WORDS.scoreTitle(country) };
    }
    _render() {
      var source = this._source();
      if (!source) return;
      counter += 1;
      this._id = this.localName + '-' + counter;
      var src = source.src;
      var profile = (this.getAttribute('profile') || '').trim();
      if (/^[a-z_]{1,40}$/.test(profile)) src.searchParams.set('profile', profile);
      src.searchParams.set('initialWidth', String(this.clientWidth || 0));
      src.searchParams.set('childId', this._id);
      var frame = document.createElement('iframe');
      frame.src = src.href;
      frame.title = source.title;
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
          this.dispatchEvent(new CustomEvent(this.localName + ':resize', { detail: { height: height } }));
        }
      } else if (match[2] === 'title' && match[3]) {
        // Long enough for a comparison of twelve countries with their scores.
        this._frame.title = match[3].slice(0, 400);
      }
    }
  }

  /** The comparison: same frame, resizing and messages; only its address and first title differ. */
  class HrRiskCompare extends HrRiskScore {
    /** @override */
    static get observedAttributes() {
      return ['countries', 'profile'];
    }
    /** @override */
    _source() {
      var countries = (this.getAttribute('countries') || '')
        .split(',')
        .map(function (entry) {
          return entry.trim();
        })
        .filter(Boolean);
      if (countries.length === 0) return undefined;
      var src = new URL('/embed/compare', base);
      src.searchParams.set('countries', countries.join(','));
      return { src: src, title: WORDS.compareTitle(countries.join(', ')) };
    }
  }

  window.customElements.define('hr-risk-score', HrRiskScore);
  if (!window.customElements.get('hr-risk-compare'))
    window.customElements.define('hr-risk-compare', HrRiskCompare);
})();
