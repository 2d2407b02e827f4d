// Concord search widget loader. Embed with
//   <script src="https://search.example.org/widget.js" data-endpoint="https://search.example.org/"
//           data-lang="fr" data-theme="green-innovation" data-kind="offer" data-results="5" defer></script>
//   <div data-concord-search></div>
// Each [data-concord-search] element gets a search box with results in its own Shadow DOM, so
// no style crosses between the widget and the host page. An element's own data-* attributes
// override the script tag's for that element. data-endpoint defaults to the server this file
// comes from.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src).href;
  var options = {
    endpoint: script.getAttribute('data-endpoint') || base,
    lang: script.getAttribute('data-lang') || '',
    theme: script.getAttribute('data-theme') || '',
    kind: script.getAttribute('data-kind') || '',
    results: script.getAttribute('data-results') || '',
    assets: base,
  };
  // Said in each box when the widget itself cannot load (the page's origin is not allowed, the
  // server is down). The same text as `unavailable` in js/strings.js, which cannot load either.
  var UNAVAILABLE = {
    en: 'Search is unavailable right now.',
    fr: 'La recherche est indisponible pour le moment.',
    es: 'La búsqueda no está disponible en este momento.',
    pt: 'A pesquisa está indisponível de momento.',
    ru: 'Поиск сейчас недоступен.',
    ar: 'البحث غير متاح حاليًا.',
    zh: '搜索暂时不可用。',
  };
  function unavailable() {
    var hosts = document.querySelectorAll('[data-concord-search]');
    for (var i = 0; i < hosts.length; i++) {
      if (hosts[i].shadowRoot) continue;
      var wanted = [hosts[i].getAttribute('data-lang') || options.lang].concat(navigator.languages || []);
      var lang = 'en';
      for (var j = 0; j < wanted.length; j++) {
        var l = String(wanted[j] || '').toLowerCase().split('-')[0];
        if (UNAVAILABLE.hasOwnProperty(l)) { lang = l; break; }
      }
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = base + 'widget.css';
      var p = document.createElement('p');
      p.className = 'concord unavailable';
      p.setAttribute('role', 'status');
      p.lang = lang;
      p.dir = lang === 'ar' ? 'rtl' : 'ltr';
      p.textContent = UNAVAILABLE[lang];
      var root = hosts[i].attachShadow({ mode: 'open' });
      root.appendChild(css);
      root.appendChild(p);
    }
  }
  function start() {
    import(new URL('js/widget-app.js', base).href).then(function (m) {
      m.mountAll(document, options);
    }, function (err) {
      console.error('Concord widget: cannot load from ' + base, err);
      unavailable();
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
