// Concord search widget loader. Embed with
//   <script src="https://search.example.org/widget.js" data-endpoint="https://search.example.org/"
//           data-lang="fr" data-theme="green-innovation" data-kind="offer" data-results="5" defer></script>
//   <div data-concord-search></div>
// Each [data-concord-search] element gets a search box with results in its own Shadow DOM, so
// no style crosses between the widget and the host page. An element's own data-* attributes
// override the script tag's for that element.
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
  function start() {
    import(new URL('js/widget-app.js', base).href).then(function (m) {
      m.mountAll(document, options);
    }, function (err) {
      console.error('Concord widget: cannot load from ' + base, err);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
