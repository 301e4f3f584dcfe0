/* The advocates' page: search, score card, evidence, history, compare, embed and the printable brief.
   No framework, no third-party requests, no inline styles (CSP style-src 'self'): widths go through CSSOM. */
(function () {
  'use strict';

  var CATEGORIES = [
    ['killings', 'Arbitrary or unlawful killings', 'Killings'],
    ['disappearance', 'Enforced disappearance', 'Disappearance'],
    ['torture', 'Torture and cruel, inhuman or degrading treatment', 'Torture'],
    ['detention_conditions', 'Harsh or life-threatening detention conditions', 'Detention conditions'],
    ['arbitrary_detention', 'Arbitrary arrest and detention', 'Arbitrary detention'],
    ['political_prisoners', 'Political prisoners and detainees', 'Political prisoners'],
    ['refoulement', 'Refoulement and onward removal', 'Refoulement'],
  ];
  var BAND_WORDS = {
    low: 'Low risk',
    moderate: 'Moderate risk',
    elevated: 'Elevated risk',
    high: 'High risk',
    severe: 'Severe risk',
  };
  var $ = function (id) {
    return document.getElementById(id);
  };

  /** Builds an element: h('p', {className: 'x'}, 'text', child, ...). */
  function h(tag, props) {
    var el = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null || value === false) return;
        if (key === 'className') el.className = value;
        else if (key === 'text') el.textContent = value;
        else if (key.indexOf('on') === 0) el.addEventListener(key.slice(2), value);
        else el.setAttribute(key, value === true ? '' : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(parent, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child))
      child.forEach(function (c) {
        append(parent, c);
      });
    else
      parent.appendChild(
        typeof child === 'string' || typeof child === 'number'
          ? document.createTextNode(String(child))
          : child,
      );
  }
  var SVG_NS = 'http://www.w3.org/2000/svg';
  function s(tag, attrs, text) {
    var el = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (key) {
      el.setAttribute(key, String(attrs[key]));
    });
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function label(id) {
    for (var i = 0; i < CATEGORIES.length; i++) if (CATEGORIES[i][0] === id) return CATEGORIES[i][1];
    return id;
  }
  function round(n) {
    return Math.round(n);
  }
  function percent(n) {
    return Math.round(n * 100) + '%';
  }
  function confidenceWords(c) {
    return c >= 0.75 ? 'high' : c >= 0.5 ? 'medium' : 'low';
  }
  function formatDate(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return iso;
    return d.toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  }
  function sectionName(ev) {
    return ev.heading || ev.section;
  }

  async function getJson(url, init) {
    var response = await fetch(url, init);
    var body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    return { ok: response.ok, status: response.status, body: body };
  }

  function setStatus(el, content, isError) {
    el.textContent = '';
    el.classList.toggle('error', !!isError);
    append(el, content);
  }

  /* ---------- Autocomplete ---------- */
  var countries = [];
  async function loadCountryList() {
    var result = await getJson('/v1/countries');
    if (!result.ok || !result.body) return;
    countries = result.body.countries;
    var list = $('country-options');
    list.textContent = '';
    countries.forEach(function (c) {
      list.appendChild(h('option', { value: c.name }));
    });
    /* Former names and territories come from the server's registry, the same one that resolves lookups. */
    countries.forEach(function (c) {
      (c.aliases || []).forEach(function (alias) {
        list.appendChild(h('option', { value: alias, label: alias + ' → ' + c.name }));
      });
    });
  }

  /* ---------- Country view ---------- */
  var current = null;

  async function showCountry(input, push) {
    var status = $('status');
    setStatus(status, 'Loading ' + input + '…');
    var result = await getJson('/v1/countries/' + encodeURIComponent(input) + '/score?evidence=3');
    if (!result.ok) {
      $('result').hidden = true;
      current = null;
      $('compare-add').hidden = true;
      renderProblem(status, input, result);
      return;
    }
    var score = result.body;
    var history = await getJson('/v1/countries/' + encodeURIComponent(score.country.code) + '/history');
    // Retrieval date of every report year the evidence cites, for the printable brief.
    var retrieved = {};
    retrieved[score.report.year] = score.report.retrievedAt;
    var otherYears = score.evidence
      .map(function (e) {
        return e.year;
      })
      .filter(function (y, i, all) {
        return y !== score.report.year && all.indexOf(y) === i;
      });
    await Promise.all(
      otherYears.map(async function (y) {
        var r = await getJson(
          '/v1/countries/' + encodeURIComponent(score.country.code) + '/score?year=' + y + '&evidence=0',
        );
        if (r.ok && r.body) retrieved[y] = r.body.report.retrievedAt;
      }),
    );
    current = score;
    renderCard(score);
    renderEvidence(score);
    renderHistory(history.ok ? history.body : null);
    renderEmbed(score);
    renderBrief(score, history.ok ? history.body : null, retrieved);
    $('result').hidden = false;
    $('compare-add').hidden = false;
    setStatus(
      status,
      'Showing ' +
        score.country.name +
        ': ' +
        round(score.score) +
        ' out of 100, ' +
        BAND_WORDS[score.band].toLowerCase() +
        '.',
    );
    document.title = score.country.name + ' — Deportation destination risk';
    updateHeadLinks(score.country.code);
    var path = '/country/' + encodeURIComponent(score.country.code);
    if (push && location.pathname !== path) history_push(path, score.country.code);
    var heading = $('card-title');
    if (heading && push) heading.focus();
  }

  function history_push(path, code) {
    try {
      window.history.pushState({ country: code }, '', path);
    } catch (e) {
      /* file:// or sandboxed: keep going without the address */
    }
  }

  function updateHeadLinks(code) {
    var pageUrl = location.origin + '/country/' + encodeURIComponent(code);
    var link = document.querySelector('link[type="application/json+oembed"]');
    if (!link) {
      link = h('link', { rel: 'alternate', type: 'application/json+oembed' });
      document.head.appendChild(link);
    }
    link.setAttribute(
      'href',
      location.origin + '/oembed?url=' + encodeURIComponent(pageUrl) + '&format=json',
    );
  }

  function renderProblem(status, input, result) {
    var body = result.body || {};
    var content = [
      h('p', { text: body.detail || body.title || 'Something went wrong (' + result.status + ').' }),
    ];
    if (body.suggestions && body.suggestions.length) {
      content.push(
        h(
          'p',
          null,
          'Did you mean: ',
          body.suggestions.map(function (sug, i) {
            return [
              i ? ', ' : '',
              h('button', {
                type: 'button',
                className: 'link',
                text: sug.name,
                onclick: function () {
                  $('country-input').value = sug.name;
                  showCountry(sug.code, true);
                },
              }),
            ];
          }),
          '?',
        ),
      );
    }
    setStatus(status, content, true);
  }

  function bandChip(band) {
    return h('span', { className: 'band-chip band-' + band, text: BAND_WORDS[band] || band });
  }

  function coverageWarnings(score) {
    var items = (score.coverage.notes || []).slice();
    var carried = {};
    (score.coverage.carriedForward || []).forEach(function (c) {
      carried[c.category] = true;
    });
    (score.coverage.missingCategories || []).forEach(function (id) {
      if (!carried[id]) {
        items.push(
          'The ' +
            score.year +
            ' report has no section on ' +
            label(id).toLowerCase() +
            ', so that category is scored from what other sections say.',
        );
      }
    });
    if (score.note) items.unshift(score.note);
    return items;
  }

  function renderCard(score) {
    var card = $('card');
    card.textContent = '';
    card.className = 'card band-' + score.band;
    var warnings = coverageWarnings(score);
    var bars = h('ul', { className: 'bars' });
    var fills = [];
    CATEGORIES.forEach(function (cat) {
      var c = score.categories[cat[0]];
      var value = round(c.score);
      var fill = h('div', { className: 'bar-fill' });
      fills.push([fill, value]);
      var note = c.year !== undefined && c.year !== score.year ? ', from the ' + c.year + ' report' : '';
      bars.appendChild(
        h(
          'li',
          null,
          h(
            'div',
            { className: 'bar-label' },
            h('span', { id: 'bar-' + cat[0], text: cat[1] }),
            h('span', {
              className: 'bar-value',
              text:
                value +
                ' / 100 · ' +
                c.evidenceCount +
                (c.evidenceCount === 1 ? ' sentence' : ' sentences') +
                note,
            }),
          ),
          h(
            'div',
            {
              className: 'bar-track',
              role: 'meter',
              'aria-labelledby': 'bar-' + cat[0],
              'aria-valuemin': 0,
              'aria-valuemax': 100,
              'aria-valuenow': value,
              'aria-valuetext': value + ' out of 100',
            },
            fill,
          ),
        ),
      );
    });
    append(card, [
      h('p', { className: 'kicker', text: 'Deportation destination risk' }),
      h('h2', { id: 'card-title', tabindex: '-1', text: score.country.name }),
      h(
        'p',
        { className: 'headline' },
        h(
          'span',
          null,
          h('span', { className: 'score-number', text: round(score.score) }),
          h('span', { className: 'score-out-of', text: ' / 100' }),
        ),
        bandChip(score.band),
      ),
      h(
        'dl',
        { className: 'facts' },
        h('dt', { text: 'Confidence' }),
        h('dd', { text: percent(score.confidence) + ' (' + confidenceWords(score.confidence) + ')' }),
        h('dt', { text: 'Report' }),
        h(
          'dd',
          null,
          h('a', {
            href: score.report.sourceUrl,
            text: score.report.title || score.report.year + ' Country Report on Human Rights Practices',
          }),
          ' (' + score.report.year + ')',
        ),
        h('dt', { text: 'Method' }),
        h(
          'dd',
          null,
          'Version ' + score.methodology.version + ' · ',
          h('a', { href: score.methodology.url || '/methodology', text: 'how scores are computed' }),
        ),
      ),
      warnings.length
        ? h(
            'div',
            { className: 'warnings', role: 'note', 'aria-labelledby': 'warn-title' },
            h('h3', { id: 'warn-title', text: 'Coverage warnings' }),
            h(
              'ul',
              null,
              warnings.map(function (w) {
                return h('li', { text: w });
              }),
            ),
          )
        : null,
      h('h3', { text: 'The seven categories' }),
      bars,
      h(
        'p',
        null,
        h('button', {
          type: 'button',
          className: 'secondary',
          text: 'Print evidence brief',
          onclick: function () {
            window.print();
          },
        }),
      ),
    ]);
    // Widths through CSSOM (allowed by style-src 'self'), after layout so the transition can run.
    requestAnimationFrame(function () {
      fills.forEach(function (pair) {
        pair[0].style.width = pair[1] + '%';
      });
    });
  }

  function renderEvidence(score) {
    var section = $('evidence');
    section.textContent = '';
    append(section, [
      h('h2', { id: 'evidence-title', text: 'Evidence' }),
      h('p', {
        text: 'The sentences of the report that weigh most in each category, quoted exactly. Each link opens state.gov with the sentence highlighted.',
      }),
    ]);
    var n = 0;
    CATEGORIES.forEach(function (cat) {
      var items = score.evidence.filter(function (e) {
        return e.category === cat[0];
      });
      var group = h('div', { className: 'evidence-group' }, h('h3', { text: cat[1] }));
      if (!items.length) {
        group.appendChild(h('p', { className: 'none', text: 'No sentence in the report asserts this.' }));
      } else {
        var list = h('ol', { className: 'quotes' });
        items.forEach(function (ev) {
          n += 1;
          list.appendChild(
            h(
              'li',
              { className: 'quote' },
              h('blockquote', { cite: ev.sourceUrl }, h('p', { text: '“' + ev.quote + '”' })),
              h(
                'p',
                { className: 'cite' },
                ev.year + ' report, ' + sectionName(ev) + ' · ',
                h(
                  'a',
                  { href: ev.sourceUrl },
                  'Read it on state.gov',
                  h('span', { className: 'visually-hidden', text: ' (quote ' + n + ', highlighted)' }),
                ),
              ),
            ),
          );
        });
        group.appendChild(list);
      }
      section.appendChild(group);
    });
  }

  function renderHistory(history) {
    var section = $('history');
    section.textContent = '';
    section.appendChild(h('h2', { id: 'history-title', text: 'History across report years' }));
    if (!history || !history.years.length) {
      section.appendChild(h('p', { className: 'none', text: 'No history available.' }));
      return;
    }
    var years = history.years;
    // Drawn at the width it is shown (at most 640), so its labels stay legible at 320 px.
    var mainWidth = document.getElementById('main').clientWidth - 32;
    var W = Math.max(280, Math.min(640, mainWidth || 640)),
      H = W < 480 ? 200 : 240,
      left = 40,
      right = 20,
      top = 20,
      bottom = 36;
    var plotW = W - left - right,
      plotH = H - top - bottom;
    var span = years[years.length - 1].year - years[0].year;
    var x = function (i) {
      return span === 0 ? left + plotW / 2 : left + (plotW * (years[i].year - years[0].year)) / span;
    };
    var y = function (v) {
      return top + plotH - (plotH * v) / 100;
    };
    var first = years[0].year,
      last = years[years.length - 1].year;
    var summary =
      history.country.name +
      ': score ' +
      round(years[0].score) +
      ' in ' +
      first +
      (years.length > 1 ? ', ' + round(years[years.length - 1].score) + ' in ' + last : '') +
      '. The table below lists every year.';
    var svg = s('svg', {
      viewBox: '0 0 ' + W + ' ' + H,
      class: 'chart',
      role: 'img',
      'aria-labelledby': 'chart-title chart-desc',
    });
    svg.appendChild(s('title', { id: 'chart-title' }, 'Risk score by report year, ' + history.country.name));
    svg.appendChild(s('desc', { id: 'chart-desc' }, summary));
    [0, 25, 50, 75, 100].forEach(function (v) {
      svg.appendChild(s('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }));
      svg.appendChild(
        s('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis-label' }, String(v)),
      );
    });
    var points = years.map(function (p, i) {
      return x(i).toFixed(1) + ',' + y(p.score).toFixed(1);
    });
    if (years.length > 1) svg.appendChild(s('polyline', { points: points.join(' '), class: 'line' }));
    years.forEach(function (p, i) {
      var dot = s('circle', { cx: x(i), cy: y(p.score), r: 5, class: 'point' });
      dot.appendChild(s('title', {}, p.year + ': ' + round(p.score) + ', ' + BAND_WORDS[p.band]));
      svg.appendChild(dot);
      svg.appendChild(
        s(
          'text',
          { x: x(i), y: y(p.score) - 10, 'text-anchor': 'middle', class: 'value-label' },
          String(round(p.score)),
        ),
      );
      svg.appendChild(
        s('text', { x: x(i), y: H - 12, 'text-anchor': 'middle', class: 'axis-label' }, String(p.year)),
      );
    });
    var table = h(
      'table',
      null,
      h('caption', { text: 'Score and category scores by report year' }),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col', text: 'Year' }),
          h('th', { scope: 'col', className: 'num', text: 'Score' }),
          h('th', { scope: 'col', text: 'Band' }),
          CATEGORIES.map(function (c) {
            return h('th', { scope: 'col', className: 'num', text: c[2] });
          }),
        ),
      ),
      h(
        'tbody',
        null,
        years.map(function (p) {
          return h(
            'tr',
            null,
            h(
              'th',
              { scope: 'row' },
              h('a', {
                href: p.sourceUrl,
                text: String(p.year),
                'aria-label': p.year + ' report on state.gov',
              }),
            ),
            h('td', { className: 'num', text: round(p.score) }),
            h('td', null, h('span', { className: 'band-text band-' + p.band, text: BAND_WORDS[p.band] })),
            CATEGORIES.map(function (c) {
              return h('td', { className: 'num', text: round(p.categories[c[0]]) });
            }),
          );
        }),
      ),
    );
    append(section, [
      svg,
      h(
        'details',
        null,
        h('summary', { text: 'Show the figures as a table' }),
        h(
          'div',
          { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'History table' },
          table,
        ),
      ),
    ]);
  }

  function snippetFor(score) {
    var origin = location.origin;
    var code = score.country.code;
    var alt =
      score.country.name +
      ': deportation risk ' +
      round(score.score) +
      '/100, ' +
      BAND_WORDS[score.band].toLowerCase();
    return (
      '<hr-risk-score country="' +
      code +
      '"></hr-risk-score>\n' +
      '<script async src="' +
      origin +
      '/widget.js"></' +
      'script>\n' +
      '<noscript><a href="' +
      origin +
      '/country/' +
      code +
      '"><img src="' +
      origin +
      '/v1/countries/' +
      code +
      '/badge.svg" alt="' +
      alt.replace(/"/g, '&quot;') +
      '"></a></noscript>'
    );
  }

  function renderEmbed(score) {
    $('embed-snippet').value = snippetFor(score);
    $('copy-status').textContent = '';
    var preview = $('embed-preview');
    preview.textContent = '';
    preview.appendChild(h('hr-risk-score', { country: score.country.code }));
  }

  async function copySnippet() {
    var area = $('embed-snippet');
    var status = $('copy-status');
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = 'Copied to the clipboard.';
    } catch (e) {
      area.focus();
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e2) {
        ok = false;
      }
      status.textContent = ok ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (or ⌘+C) to copy.';
    }
  }

  /* ---------- Printable brief ---------- */
  function renderBrief(score, history, retrievedByYear) {
    var brief = $('brief');
    brief.textContent = '';
    var now = new Date();
    var warnings = coverageWarnings(score);
    var citations = h('ol', { className: 'citations' });
    score.evidence.forEach(function (ev) {
      var retrieved = retrievedByYear[ev.year]
        ? ' Retrieved ' + formatDate(retrievedByYear[ev.year]) + '.'
        : '';
      citations.appendChild(
        h(
          'li',
          null,
          '“' + ev.quote + '” ',
          'U.S. Department of State, ' +
            ev.year +
            ' Country Reports on Human Rights Practices: ' +
            score.country.name +
            ', ' +
            sectionName(ev) +
            '. ',
          '[' + label(ev.category) + '.]' + retrieved + ' ',
          h('a', { className: 'url', href: ev.sourceUrl, text: ev.sourceUrl }),
        ),
      );
    });
    var yearsUsed = {};
    score.evidence.forEach(function (ev) {
      yearsUsed[ev.year] = true;
    });
    yearsUsed[score.report.year] = true;
    append(brief, [
      h('h1', { id: 'brief-title', text: 'Evidence brief: deportation risk for ' + score.country.name }),
      h(
        'div',
        { className: 'meta' },
        h('p', {
          text:
            'Generated on ' +
            formatDate(now.toISOString()) +
            ' from ' +
            location.origin +
            '/country/' +
            score.country.code +
            '.',
        }),
        h('p', {
          text:
            'Method version ' +
            score.methodology.version +
            '. Report years cited: ' +
            Object.keys(yearsUsed).sort().join(', ') +
            '.',
        }),
        h(
          'p',
          null,
          'Main source: ' +
            (score.report.title || 'Country Reports on Human Rights Practices') +
            ' (' +
            score.report.year +
            '), retrieved ' +
            formatDate(score.report.retrievedAt) +
            ', SHA-256 ' +
            score.report.sha256.slice(0, 16) +
            '…, ',
          h('span', { className: 'url', text: score.report.sourceUrl }),
        ),
      ),
      h('h2', { text: 'Score' }),
      h('p', {
        text:
          round(score.score) +
          ' out of 100: ' +
          BAND_WORDS[score.band] +
          '. Confidence ' +
          percent(score.confidence) +
          ' (' +
          confidenceWords(score.confidence) +
          ').',
      }),
      h(
        'table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { text: 'Category' }),
            h('th', { text: 'Score' }),
            h('th', { text: 'Sentences' }),
            h('th', { text: 'Report year' }),
          ),
        ),
        h(
          'tbody',
          null,
          CATEGORIES.map(function (c) {
            var v = score.categories[c[0]];
            return h(
              'tr',
              null,
              h('td', { text: c[1] }),
              h('td', { text: round(v.score) }),
              h('td', { text: v.evidenceCount }),
              h('td', { text: v.year !== undefined ? v.year : score.year }),
            );
          }),
        ),
      ),
      warnings.length
        ? [
            h('h2', { text: 'Coverage' }),
            h(
              'ul',
              null,
              warnings.map(function (w) {
                return h('li', { text: w });
              }),
            ),
          ]
        : null,
      history && history.years.length > 1
        ? [
            h('h2', { text: 'History' }),
            h('p', {
              text:
                history.years
                  .map(function (p) {
                    return p.year + ': ' + round(p.score) + ' (' + p.band + ')';
                  })
                  .join('; ') + '.',
            }),
          ]
        : null,
      h('h2', { text: 'Citations' }),
      citations,
      h('p', {
        text: 'Scores are computed by this service from the text of the reports; the quotations are verbatim. The State Department does not score countries.',
      }),
    ]);
  }

  /* ---------- Compare ---------- */
  var lastCompare = null;

  function parseList(text) {
    return text
      .split(/[\n,;]+/)
      .map(function (t) {
        return t.trim();
      })
      .filter(function (t, i, all) {
        return t && all.indexOf(t) === i;
      });
  }

  async function runCompare(event) {
    event.preventDefault();
    var status = $('compare-status');
    var out = $('compare-result');
    var list = parseList($('compare-input').value);
    if (!list.length) {
      setStatus(status, 'Enter at least one country.', true);
      return;
    }
    if (list.length > 250) {
      setStatus(status, 'At most 250 countries at a time (you entered ' + list.length + ').', true);
      return;
    }
    setStatus(status, 'Ranking ' + list.length + ' countries…');
    var result = await getJson('/v1/scores/batch?sort=score', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ countries: list }),
    });
    out.textContent = '';
    if (!result.ok) {
      renderProblem(status, list.join(', '), result);
      return;
    }
    lastCompare = list;
    var batch = result.body;
    var table = h(
      'table',
      { id: 'compare-table' },
      h('caption', { text: 'Ranked by risk score, highest first' }),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col', className: 'num', text: 'Rank' }),
          h('th', { scope: 'col', text: 'Country' }),
          h('th', { scope: 'col', className: 'num', text: 'Score' }),
          h('th', { scope: 'col', text: 'Band' }),
          h('th', { scope: 'col', className: 'num', text: 'Confidence' }),
          CATEGORIES.map(function (c) {
            return h('th', { scope: 'col', className: 'num' }, h('abbr', { title: c[1], text: c[2] }));
          }),
        ),
      ),
      h(
        'tbody',
        null,
        batch.results.map(function (r, i) {
          return h(
            'tr',
            null,
            h('td', { className: 'num', text: i + 1 }),
            h(
              'th',
              { scope: 'row' },
              h('a', { href: '/country/' + encodeURIComponent(r.country.code), text: r.country.name }),
              r.input.toLowerCase() !== r.country.name.toLowerCase() &&
                r.input.toUpperCase() !== r.country.code
                ? h('span', { className: 'hint', text: ' (' + r.input + ')' })
                : null,
            ),
            h('td', { className: 'num', text: round(r.score) }),
            h('td', null, h('span', { className: 'band-text band-' + r.band, text: BAND_WORDS[r.band] })),
            h('td', { className: 'num', text: percent(r.confidence) }),
            CATEGORIES.map(function (c) {
              return h('td', { className: 'num', text: round(r.categories[c[0]]) });
            }),
          );
        }),
      ),
    );
    append(out, [
      h(
        'div',
        { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Ranked countries' },
        table,
      ),
      batch.errors.length
        ? h(
            'div',
            { className: 'status error' },
            h('p', { text: 'Not ranked:' }),
            h(
              'ul',
              null,
              batch.errors.map(function (e) {
                var sug =
                  e.suggestions && e.suggestions.length
                    ? ' Did you mean ' +
                      e.suggestions
                        .map(function (x) {
                          return x.name;
                        })
                        .join(', ') +
                      '?'
                    : '';
                return h('li', { text: e.input + ': ' + e.detail + '.' + sug });
              }),
            ),
          )
        : null,
      h(
        'p',
        null,
        h('button', { type: 'button', id: 'compare-csv', text: 'Download CSV', onclick: downloadCsv }),
      ),
    ]);
    setStatus(
      status,
      'Ranked ' +
        batch.results.length +
        ' of ' +
        list.length +
        ' countries' +
        (batch.errors.length ? '; ' + batch.errors.length + ' not found.' : '.'),
    );
  }

  async function downloadCsv() {
    if (!lastCompare) return;
    var response = await fetch('/v1/scores/batch?sort=score', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/csv' },
      body: JSON.stringify({ countries: lastCompare }),
    });
    if (!response.ok) {
      setStatus($('compare-status'), 'The CSV could not be made (' + response.status + ').', true);
      return;
    }
    var blob = await response.blob();
    var url = URL.createObjectURL(blob);
    var a = h('a', {
      href: url,
      download: 'deportation-risk-ranking.csv',
      className: 'visually-hidden',
      text: 'CSV',
    });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      a.remove();
    }, 1000);
    setStatus($('compare-status'), 'CSV downloaded: deportation-risk-ranking.csv.');
  }

  function addCurrent() {
    if (!current) return;
    var area = $('compare-input');
    var list = parseList(area.value);
    if (list.indexOf(current.country.name) === -1) list.push(current.country.name);
    area.value = list.join('\n');
    area.focus();
  }

  /* ---------- Start ---------- */
  function countryFromLocation() {
    var m = /^\/country\/([^/]+)\/?$/.exec(location.pathname);
    if (m) {
      try {
        return decodeURIComponent(m[1]);
      } catch (e) {
        return m[1];
      }
    }
    return new URLSearchParams(location.search).get('country');
  }

  function start() {
    $('search-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var value = $('country-input').value.trim();
      if (value) showCountry(value, true);
    });
    $('copy-snippet').addEventListener('click', copySnippet);
    $('compare-form').addEventListener('submit', runCompare);
    $('compare-add').addEventListener('click', addCurrent);
    window.addEventListener('popstate', function () {
      var c = countryFromLocation();
      if (c) showCountry(c, false);
    });
    loadCountryList();
    var initial = countryFromLocation();
    if (initial) {
      $('country-input').value = initial;
      showCountry(initial, false);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
