// @ts-check
/* Widget child: reports its height to the parent page with the pym.js message format
   ("pymxPYMx" + id + "xPYMx" + type + "xPYMx" + value), so both our widget.js and pym.Parent can resize it. */
(function () {
  'use strict';
  if (window.parent === window) return;
  var id = new URLSearchParams(location.search).get('childId') || '';
  var last = 0;
  /**
   * @param {string} type
   * @param {string | number} value
   */
  function send(type, value) {
    window.parent.postMessage('pymxPYMx' + id + 'xPYMx' + type + 'xPYMx' + value, '*');
  }
  function sendHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      send('height', height);
    }
  }
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || typeof event.data !== 'string') return;
    if (event.data.indexOf('pymxPYMx' + id + 'xPYMxwidthxPYMx') === 0) {
      last = 0;
      sendHeight();
    }
  });
  var title = document.querySelector('main')?.getAttribute('data-title');
  if (title) send('title', title);
  if (window.ResizeObserver) new ResizeObserver(sendHeight).observe(document.documentElement);
  window.addEventListener('load', sendHeight);
  window.addEventListener('resize', sendHeight);
  sendHeight();
})();
