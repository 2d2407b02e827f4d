// The embeddable search box (loaded by /widget.js): a shadow root per host element, with a
// search form, a live result count and result cards; the host page's styles stay out and ours in.
// When the API cannot be reached (network, CORS, 5xx) the box says so in its status line and
// keeps the results it already shows.
import { Api } from './api.js';
import { loadFields } from './fields.js';
import { el, safeHttpUrl } from './dom.js';
import { pickLang, translator } from './i18n.js';
import { Labels } from './labels.js';
import { renderHit, summaryText } from './results.js';

const MAX_RESULTS = 20;
let mounted = 0;
const clients = new Map(); // endpoint → Api, shared by the boxes of one page
const fieldLists = new Map(); // endpoint and language → the server's fields (one request each)

function clientFor(endpoint) {
  if (!clients.has(endpoint)) clients.set(endpoint, new Api(endpoint));
  return clients.get(endpoint);
}

function fieldsFor(api, lang) {
  const key = api.base + ' ' + lang;
  if (!fieldLists.has(key)) fieldLists.set(key, loadFields(api, lang));
  return fieldLists.get(key);
}

/** Whether an error means the service is out of reach or broken (not a refused request). */
function unavailable(err) {
  return !err || !err.status || err.status >= 500;
}

function list(text) {
  return String(text || '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Options for one host element: its data-* attributes, else the script tag's. */
function optionsFor(host, defaults) {
  const pick = (name) => host.getAttribute('data-' + name) || defaults[name] || '';
  const n = parseInt(pick('results'), 10);
  return {
    endpoint: pick('endpoint'),
    lang: pickLang(pick('lang'), navigator.languages || []),
    filters: Object.fromEntries(['theme', 'kind'].map((f) => [f, list(pick(f))]).filter(([, v]) => v.length)),
    results: Number.isFinite(n) && n > 0 ? Math.min(n, MAX_RESULTS) : 5,
    assets: defaults.assets,
  };
}

export function mountAll(root, defaults) {
  for (const host of root.querySelectorAll('[data-concord-search]')) {
    if (!host.shadowRoot) mount(host, optionsFor(host, defaults));
  }
}

function mount(host, opts) {
  const id = `concord-w${++mounted}`;
  const tr = translator(opts.lang);
  const labels = new Labels(tr);
  const api = clientFor(opts.endpoint);
  const shadow = host.attachShadow({ mode: 'open' });
  const page = new URL('./', new URL(opts.endpoint, document.baseURI)).href;

  const input = el('input', { type: 'search', id: `${id}-q`, class: 'q', autocomplete: 'off', placeholder: tr.t('placeholder') });
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const results = el('ol', { class: 'results', 'aria-label': tr.t('searchLabel') });
  const form = el('form', { class: 'form', role: 'search' },
    el('label', { for: `${id}-q`, class: 'label' }, tr.t('searchLabel')),
    el('div', { class: 'row' }, input, el('button', { type: 'submit' }, tr.t('searchButton'))));
  const box = el('div', { class: 'concord', lang: tr.lang, dir: tr.dir }, form, status, results,
    el('p', { class: 'more' }, el('a', { href: page, target: '_blank', rel: 'noopener' }, 'Concord')));
  shadow.append(el('link', { rel: 'stylesheet', href: new URL('widget.css', opts.assets).href }), box);

  const ctx = {
    tr, labels,
    docHref: (hit) => safeHttpUrl(hit.url, page) || `${page}?q=${encodeURIComponent(hit.title || hit.id)}`,
    similarHref: (hit) => `${page}?view=similar&similar=${encodeURIComponent(hit.id)}&ui_lang=${tr.lang}`,
  };
  let controller = null;
  let timer = 0;

  function say(text, failed) {
    status.textContent = text;
    status.classList.toggle('unavailable', !!failed);
  }

  // The server's fields give every value's label (a kind, a theme); asked at once, so that a
  // server out of reach is reported before anyone types. Filters keep to fields it can filter.
  const ready = fieldsFor(api, tr.lang).then((fields) => {
    labels.rememberFields(fields);
    for (const f of Object.keys(opts.filters)) if (!fields.canFilter(f)) delete opts.filters[f];
  }, () => {
    if (!input.value.trim()) say(tr.t('unavailable'), true);
  });

  async function search() {
    const q = input.value.trim();
    if (controller) controller.abort();
    if (!q) { results.replaceChildren(); say(''); return; }
    controller = new AbortController();
    const mine = controller;
    host.setAttribute('aria-busy', 'true');
    try {
      const data = await api.search({
        q, filters: opts.filters, perPage: opts.results, uiLang: tr.lang, xlang: true, group: true, facets: [],
      }, mine.signal);
      await ready;
      if (mine !== controller) return;
      say(summaryText(tr, data));
      results.replaceChildren(...(data.hits || []).map((h) => renderHit(h, ctx)));
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      if (mine !== controller) return;
      // The results already shown stay: they are still what they were.
      if (unavailable(err)) say(tr.t('unavailable'), true);
      else say(tr.t('searchFailed', { s: err.status }), false);
    } finally {
      if (mine === controller) host.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (ev) => { ev.preventDefault(); clearTimeout(timer); search(); });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 300); });
}
