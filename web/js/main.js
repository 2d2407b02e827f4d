// The search page: wires state, URL, API and rendering together.
import { Api } from './api.js';
import { LANGS, LANG_NAMES } from './strings.js';
import { pickLang, translator, translatePage } from './i18n.js';
import { el } from './dom.js';
import { Labels } from './labels.js';
import { Fields, loadFields } from './fields.js';
import { stateFromSearch, searchFromState, activeFilterCount, filterValues, withFilter, SORTS } from './state.js';
import { renderHit, summaryText, pageCount } from './results.js';
import { renderFacets, renderChips } from './facets.js';
import { attachSuggestions } from './suggest.js';
import { renderMatch, matchBody } from './match.js';
import { DocumentDialog } from './doc.js';

const $ = (sel) => document.querySelector(sel);
const DEBOUNCE_MS = 250;
const api = new Api('');

let fields = new Fields(null); // the server's filter and facet fields, once /v1/fields answers
let state = parseState(location.search);
let tr;
let labels;
let dialog;
let controller = null;
let seq = 0;
let typingTimer = 0;
let lastNavWasTyping = false;
let focusResults = false;

/** The state in a query string; its filters only of fields the server can filter on. */
function parseState(search) {
  return stateFromSearch(search, fields.known ? fields.filters : null);
}

function setLanguage() {
  tr = translator(pickLang(state.uiLang, navigator.languages || [navigator.language]));
  labels = new Labels(tr);
  document.documentElement.lang = tr.lang;
  document.documentElement.dir = tr.dir;
  translatePage(document, tr);
  $('#ui-lang').value = tr.lang;
  dialog = new DocumentDialog($('#doc-dialog'), $('#doc-content'), { api, tr, labels });
}

/** The server's fields and their labels, asked once at start (in the reader's language). */
function startFields() {
  return loadFields(api, tr.lang).then((f) => {
    fields = f;
    labels.rememberFields(f);
    state = parseState(location.search);
  }).catch(() => { /* unreachable: the first search says so */ });
}

const cardContext = () => ({
  tr, labels,
  docHref: (hit) => 'v1/documents/' + encodeURIComponent(hit.id),
  similarHref: (hit) => searchFromState({ ...state, view: 'similar', similar: String(hit.id), page: 1 }) || './',
});

/** Put the state in the address bar (push, replace or typing) and show it. */
function navigate(mode) {
  const url = location.pathname + searchFromState(state);
  const current = location.pathname + location.search;
  if (url !== current) {
    if (mode === 'push' || (mode === 'typing' && !lastNavWasTyping)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  lastNavWasTyping = mode === 'typing';
  show();
}

function syncControls() {
  $('#sort').value = state.sort;
  $('#xlang').checked = state.xlang;
  const matching = state.view === 'match';
  $('#search-form').hidden = matching;
  $('#match-form').hidden = !matching;
  $('#sidebar').hidden = state.view !== 'search';
  $('.layout').classList.toggle('no-sidebar', state.view !== 'search');
  $('#toolbar').hidden = matching;
  $('.sort').hidden = state.view !== 'search'; // similar documents come in one order
  $('#back').hidden = state.view !== 'similar';
  $('#back-link').href = location.pathname + searchFromState({ ...state, view: 'search', page: 1 });
  $('#tab-search').setAttribute('aria-current', matching ? 'false' : 'page');
  $('#tab-match').setAttribute('aria-current', matching ? 'page' : 'false');
  $('#tab-match').href = location.pathname + searchFromState({ ...state, view: 'match', page: 1 });
  $('#tab-search').href = location.pathname + searchFromState({ ...state, view: 'search', page: 1 });
}

/** Put the state's texts in the inputs (on load and when the URL changes under the reader). */
function fillInputs() {
  $('#q').value = state.q;
  $('#need').value = state.need;
  $('#need-country').value = state.needCountry;
}

function showError(message) {
  $('#error').textContent = message;
  $('#error').hidden = !message;
}

function clearResults() {
  $('#results').replaceChildren();
  $('#match-results').replaceChildren();
  $('#match-results').hidden = true;
  $('#pagination').hidden = true;
  $('#no-results').hidden = true;
  $('#suggestion').hidden = true;
  $('#phrases-as-words').hidden = true;
  $('#active-filters').hidden = true;
}

async function show() {
  syncControls();
  if (controller) controller.abort();
  controller = new AbortController();
  const mine = ++seq;
  const signal = controller.signal;
  $('#results').setAttribute('aria-busy', 'true');
  document.body.classList.add('is-loading');
  try {
    if (state.view === 'similar') await showSimilar(signal, mine);
    else if (state.view === 'match') await showMatch(signal, mine);
    else await showSearch(signal, mine);
    if (mine === seq) showError('');
  } catch (err) {
    if (err && err.name === 'AbortError') return;
    if (mine !== seq) return;
    clearResults();
    $('#summary').textContent = '';
    showError(err && err.status ? `${tr.t('searchFailed', { s: err.status })} ${err.message}` : tr.t('unreachable'));
  } finally {
    if (mine === seq) {
      $('#results').setAttribute('aria-busy', 'false');
      document.body.classList.remove('is-loading');
    }
  }
  if (focusResults && mine === seq) {
    focusResults = false;
    $('#results-heading').focus();
  }
}

async function showSearch(signal, mine) {
  const data = await api.search({
    q: state.q, filters: state.filters, page: state.page, perPage: state.perPage, sort: state.sort,
    uiLang: tr.lang, xlang: state.xlang, group: state.group, facets: fields.known ? fields.facets : undefined,
  }, signal);
  if (mine !== seq) return;
  const { page, pages, total } = pageCount(data, state.perPage);
  if (total > 0 && state.page > pages) {
    state.page = pages;
    navigate('replace');
    return;
  }
  labels.rememberFacets(data.facets);
  clearResults();
  setHeading(tr.t('searchTab'), true);
  $('#summary').textContent = summaryText(tr, data);
  renderDidYouMean(data.suggestion);
  // No document holds a quoted phrase: the results are for its words, and the reader is told.
  $('#phrases-as-words').textContent = tr.t('phrasesAsWords');
  $('#phrases-as-words').hidden = data.phrases_as_words !== true;
  fillResults(data.hits, activeFilterCount(state) ? 'noResultsFiltered' : 'noResults', page, data.per_page);
  renderFacets($('#facets'), data.facets, state, { tr, labels, fields });
  const chips = renderChips($('#active-filter-list'), state, { tr, labels });
  $('#active-filters').hidden = chips === 0;
  $('#filters-count').textContent = chips ? ` (${tr.number(chips)})` : '';
  renderPages(page, pages, total);
}

async function showSimilar(signal, mine) {
  setHeading(tr.t('similar'), false);
  const [data, source] = await Promise.all([
    api.similar(state.similar, { page: state.page, perPage: state.perPage, uiLang: tr.lang, xlang: state.xlang }, signal),
    api.document(state.similar, signal).catch(() => null),
  ]);
  if (mine !== seq) return;
  const doc = source && (source.document || source);
  clearResults();
  setHeading(tr.t('similarTo', { t: (doc && doc.title) || state.similar }), false);
  $('#summary').textContent = summaryText(tr, data);
  fillResults(data.hits, 'noResults', state.page, state.perPage);
  const { page, pages, total } = pageCount({ ...data, page: state.page, per_page: state.perPage }, state.perPage);
  renderPages(page, pages, total);
}

async function showMatch(signal, mine) {
  clearResults();
  setHeading(tr.t('match'), false);
  $('#summary').textContent = '';
  if (!state.need.trim()) return;
  const data = await api.match(matchBody(state, tr.lang), signal);
  if (mine !== seq) return;
  const box = $('#match-results');
  const shown = renderMatch(box, data, cardContext());
  box.hidden = false;
  $('#summary').textContent = tr.count(shown);
}

function setHeading(text, hidden) {
  const h = $('#results-heading');
  h.textContent = text;
  h.classList.toggle('visually-hidden', hidden);
}

function fillResults(hits, emptyKey, page, perPage) {
  const list = $('#results');
  const items = Array.isArray(hits) ? hits : [];
  list.start = (page - 1) * (Number(perPage) || state.perPage) + 1;
  const ctx = cardContext();
  list.replaceChildren(...items.map((h) => renderHit(h, ctx)));
  $('#no-results').textContent = tr.t(emptyKey);
  $('#no-results').hidden = items.length > 0;
}

function renderDidYouMean(suggestion) {
  const box = $('#suggestion');
  const text = typeof suggestion === 'string' ? suggestion : '';
  box.hidden = !text;
  if (!text) return;
  const [before, after] = tr.t('didYouMean').split('{q}');
  box.replaceChildren(before, el('button', { type: 'button', class: 'link-button', dataset: { q: text } }, text), after || '');
}

function renderPages(page, pages, total) {
  const nav = $('#pagination');
  nav.hidden = total === 0 || pages <= 1;
  nav.dataset.page = String(page);
  nav.dataset.pages = String(pages);
  $('#page-info').textContent = tr.t('pageOf', { p: tr.number(page), n: tr.number(pages) });
  $('#prev-page').disabled = page <= 1;
  $('#next-page').disabled = page >= pages;
}

function newSearch(q, mode) {
  clearTimeout(typingTimer);
  if ($('#q').value.trim() !== q.trim()) $('#q').value = q;
  state = { ...state, view: 'search', q, page: 1 };
  navigate(mode);
}

/** A title opens its document, a theme becomes a filter, anything else is searched for. */
function pickSuggestion(s) {
  if (s.type === 'title' && s.id) {
    dialog.open(String(s.id), $('#q'));
  } else if (s.type === 'theme' && s.id) {
    const themes = new Set([...filterValues(state, 'theme'), String(s.id)]);
    $('#q').value = '';
    state = { ...withFilter(state, 'theme', [...themes]), view: 'search', q: '' };
    navigate('push');
  } else {
    newSearch(s.text, 'push');
  }
}

function plainClick(ev) {
  return ev.button === 0 && !ev.metaKey && !ev.ctrlKey && !ev.shiftKey && !ev.altKey;
}

function bind() {
  const q = $('#q');
  $('#search-form').addEventListener('submit', (ev) => { ev.preventDefault(); newSearch(q.value, 'push'); });
  q.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { if (q.value.trim() !== state.q.trim()) newSearch(q.value, 'typing'); }, DEBOUNCE_MS);
  });
  attachSuggestions(q, $('#suggestions'), {
    api, tr, onPick: pickSuggestion,
  });
  $('#xlang').addEventListener('change', (ev) => { state.xlang = ev.target.checked; state.page = 1; navigate('push'); });
  $('#sort').addEventListener('change', (ev) => {
    state.sort = SORTS.includes(ev.target.value) ? ev.target.value : 'relevance';
    state.page = 1;
    navigate('push');
  });
  $('#ui-lang').addEventListener('change', (ev) => {
    state.uiLang = ev.target.value;
    history.pushState(null, '', location.pathname + searchFromState(state));
    window.location.reload(); // every part re-reads the language; the URL keeps the state
  });
  $('#facets').addEventListener('change', (ev) => {
    const input = ev.target;
    if (!input.matches('input[data-facet]')) return;
    const set = new Set(filterValues(state, input.dataset.facet));
    if (input.checked) set.add(input.value); else set.delete(input.value);
    state = withFilter(state, input.dataset.facet, [...set]);
    navigate('push');
  });
  $('#active-filter-list').addEventListener('click', (ev) => {
    const chip = ev.target.closest('button.chip');
    if (!chip) return;
    const f = chip.dataset.facet;
    state = withFilter(state, f, filterValues(state, f).filter((v) => v !== chip.dataset.value));
    q.focus();
    navigate('push');
  });
  $('#clear-filters').addEventListener('click', () => {
    state = { ...state, filters: {}, page: 1 };
    q.focus();
    navigate('push');
  });
  $('#suggestion').addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-q]');
    if (b) newSearch(b.dataset.q, 'push');
  });
  const turn = (delta) => () => { state.page += delta; focusResults = true; navigate('push'); };
  $('#prev-page').addEventListener('click', turn(-1));
  $('#next-page').addEventListener('click', turn(1));
  $('#filters-toggle').addEventListener('click', (ev) => {
    const open = ev.currentTarget.getAttribute('aria-expanded') !== 'true';
    ev.currentTarget.setAttribute('aria-expanded', String(open));
    $('#sidebar').classList.toggle('is-open', open);
    $('#filters-toggle-text').textContent = tr.t(open ? 'hideFilters' : 'showFilters');
  });
  // In-page links that carry a new state (similar, back, tabs) navigate without reloading.
  document.addEventListener('click', (ev) => {
    const a = ev.target.closest('a.similar-link, #back-link, .tab');
    if (a && plainClick(ev)) {
      ev.preventDefault();
      state = parseState(new URL(a.href).search);
      fillInputs();
      focusResults = true;
      navigate('push');
      if (state.view === 'match') $('#need').focus();
      return;
    }
    const doc = ev.target.closest('a.result-link, a.translation-link');
    if (doc && plainClick(ev)) {
      ev.preventDefault();
      dialog.open(doc.dataset.id, doc);
    }
  });
  $('#match-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const need = $('#need').value;
    $('#match-error').hidden = !!need.trim();
    $('#match-error').textContent = need.trim() ? '' : tr.t('matchEmpty');
    if (!need.trim()) { $('#need').focus(); return; }
    state = { ...state, view: 'match', need, needCountry: $('#need-country').value.trim(), page: 1 };
    focusResults = true;
    navigate('push');
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    const before = state.uiLang;
    state = parseState(location.search);
    if (state.uiLang !== before) { window.location.reload(); return; }
    lastNavWasTyping = false;
    fillInputs();
    show();
  });
}

function start() {
  const select = $('#ui-lang');
  select.replaceChildren(...LANGS.map((l) => el('option', { value: l, lang: l }, LANG_NAMES[l])));
  setLanguage();
  const ready = startFields();
  bind();
  fillInputs();
  syncControls();
  ready.finally(show);
  if (state.view === 'match') $('#need').focus();
  else $('#q').focus();
}

start();
