// Concord search page. Plain ES2020, no dependencies, no inline code (CSP: default-src 'self').
'use strict';

(() => {
  // ---------------------------------------------------------------- config

  const API_SEARCH = 'v1/search';
  const API_THEMES = 'v1/themes';
  const API_DOCUMENT = 'v1/documents/';

  const DEBOUNCE_MS = 300;
  const DEFAULT_PER_PAGE = 10;
  const MAX_PER_PAGE = 100;
  const SORTS = ['relevance', '-date', 'date'];
  const UI_LANGS = ['en', 'fr', 'es', 'pt', 'ru', 'ar', 'zh'];
  const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur']);

  // Every filter the URL may carry (repeated parameters named after the field).
  const FILTER_FIELDS = ['theme', 'kind', 'lang', 'region', 'year', 'country'];
  // Facets requested from the server and shown in the sidebar, in display order.
  const FACETS = [
    { name: 'theme', title: 'Theme' },
    { name: 'kind', title: 'Kind' },
    { name: 'lang', title: 'Language' },
    { name: 'region', title: 'Region' },
    { name: 'year', title: 'Year' },
  ];
  const FILTER_TITLES = {
    theme: 'Theme', kind: 'Kind', lang: 'Language', region: 'Region', year: 'Year', country: 'Country',
  };

  // Document fields shown in the dialog's main part; the rest go in the details list.
  const CORE_DOC_FIELDS = new Set([
    'id', 'kind', 'lang', 'title', 'summary', 'body', 'themes', 'countries', 'region', 'date', 'url',
  ]);
  // Fields whose values are ids of other documents: rendered as links opening that document.
  const DOC_REF_FIELDS = new Set(['owner', 'partners', 'translation_of']);
  // Fields written in the document's own language (the rest are codes).
  const DOC_TEXT_FIELDS = new Set(['court', 'outcome', 'parties', 'keywords', 'case_number']);

  // ---------------------------------------------------------------- helpers

  const $ = (sel, root = document) => root.querySelector(sel);

  /** Create an element; text is always set through textContent. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = String(v);
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /**
   * Turn server-provided highlighted HTML (already escaped, matches in <mark>) into a
   * fragment. Defence in depth: only <mark> elements survive, without attributes;
   * anything else is reduced to its text.
   */
  function highlightedFragment(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = String(html); // template content is inert: nothing loads or runs
    const clean = (parent) => {
      for (const node of Array.from(parent.childNodes)) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.tagName === 'MARK') {
            for (const a of Array.from(node.attributes)) node.removeAttribute(a.name);
            clean(node);
          } else {
            node.replaceWith(document.createTextNode(node.textContent));
          }
        } else if (node.nodeType !== Node.TEXT_NODE) {
          node.remove();
        }
      }
    };
    clean(tpl.content);
    return tpl.content;
  }

  function isRtl(lang) {
    return RTL_LANGS.has(String(lang || '').toLowerCase().split('-')[0]);
  }

  function setLangDir(node, lang) {
    if (!lang) return;
    node.setAttribute('lang', lang);
    if (isRtl(lang)) node.setAttribute('dir', 'rtl');
  }

  function safeHttpUrl(u) {
    try {
      const url = new URL(String(u), document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function docHref(id) {
    // ':' is legal in a path segment; keep ids readable.
    return API_DOCUMENT + encodeURIComponent(id).replace(/%3A/gi, ':');
  }

  /** Query string for API calls: spaces as %20, commas literal (widest server compatibility). */
  function queryString(params) {
    return params.toString().replace(/\+/g, '%20').replace(/%2C/gi, ',');
  }

  const numberFmt = new Intl.NumberFormat('en');
  const msFmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1, useGrouping: false });

  function displayNames(type) {
    try {
      return new Intl.DisplayNames([uiLang, 'en'], { type });
    } catch {
      return null;
    }
  }

  function pickUiLang() {
    const fromUrl = (new URLSearchParams(location.search).get('ui_lang') || '').toLowerCase();
    if (UI_LANGS.includes(fromUrl)) return { lang: fromUrl, fromUrl: true };
    for (const l of navigator.languages || [navigator.language || 'en']) {
      const base = String(l).toLowerCase().split('-')[0];
      if (UI_LANGS.includes(base)) return { lang: base, fromUrl: false };
    }
    return { lang: 'en', fromUrl: false };
  }

  // ---------------------------------------------------------------- state

  const ui = pickUiLang();
  const uiLang = ui.lang;
  const langNames = displayNames('language');
  const regionNames = displayNames('region');

  /** Known labels per facet field, filled from facet responses and v1/themes. */
  const labels = Object.fromEntries(FILTER_FIELDS.map((f) => [f, new Map()]));

  let state = emptyState();
  let lastData = null;
  let searchController = null;
  let searchSeq = 0;
  let debounceTimer = 0;
  let lastNavWasTyping = false;
  let focusResultsAfterRender = false;
  let docController = null;
  let docOpener = null;

  function emptyState() {
    return {
      q: '',
      filters: Object.fromEntries(FILTER_FIELDS.map((f) => [f, []])),
      page: 1,
      sort: 'relevance',
      perPage: DEFAULT_PER_PAGE,
    };
  }

  function stateFromUrl() {
    const p = new URLSearchParams(location.search);
    const s = emptyState();
    s.q = p.get('q') || '';
    for (const f of FILTER_FIELDS) {
      s.filters[f] = [...new Set(p.getAll(f).map((v) => v.trim()).filter(Boolean))];
    }
    const page = parseInt(p.get('page') || '1', 10);
    s.page = Number.isFinite(page) && page > 0 ? page : 1;
    const sort = p.get('sort');
    s.sort = SORTS.includes(sort) ? sort : 'relevance';
    const pp = parseInt(p.get('per_page') || '', 10);
    s.perPage = Number.isFinite(pp) && pp > 0 ? Math.min(pp, MAX_PER_PAGE) : DEFAULT_PER_PAGE;
    return s;
  }

  function urlFromState() {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    for (const f of FILTER_FIELDS) for (const v of state.filters[f]) p.append(f, v);
    if (state.sort !== 'relevance') p.set('sort', state.sort);
    if (state.page > 1) p.set('page', String(state.page));
    if (state.perPage !== DEFAULT_PER_PAGE) p.set('per_page', String(state.perPage));
    if (ui.fromUrl) p.set('ui_lang', uiLang);
    const qs = p.toString();
    return location.pathname + (qs ? '?' + qs : '');
  }

  function apiSearchUrl() {
    const p = new URLSearchParams();
    if (state.q.trim()) p.set('q', state.q.trim());
    for (const f of FILTER_FIELDS) for (const v of state.filters[f]) p.append(f, v);
    p.set('facets', FACETS.map((f) => f.name).join(','));
    p.set('page', String(state.page));
    p.set('per_page', String(state.perPage));
    p.set('sort', state.sort);
    p.set('ui_lang', uiLang);
    return API_SEARCH + '?' + queryString(p);
  }

  function activeFilterCount() {
    return FILTER_FIELDS.reduce((n, f) => n + state.filters[f].length, 0);
  }

  // ---------------------------------------------------------------- labels

  function labelFor(field, value) {
    const known = labels[field] && labels[field].get(String(value));
    if (known) return known;
    if (field === 'lang' && langNames) {
      try { return langNames.of(value) || value; } catch { /* invalid code */ }
    }
    if (field === 'country' && regionNames) {
      try { return regionNames.of(String(value).toUpperCase()) || value; } catch { /* invalid code */ }
    }
    return String(value);
  }

  function rememberFacetLabels(facets) {
    if (!facets || typeof facets !== 'object') return;
    for (const [field, entries] of Object.entries(facets)) {
      if (!labels[field] || !Array.isArray(entries)) continue;
      for (const e of entries) {
        if (e && e.value !== undefined && e.label) labels[field].set(String(e.value), String(e.label));
      }
    }
  }

  async function loadThemes() {
    try {
      const res = await fetch(API_THEMES, { headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const data = await res.json();
      for (const t of (data && data.themes) || []) {
        if (!t || !t.id) continue;
        const l = t.labels || {};
        labels.theme.set(String(t.id), String(l[uiLang] || l.en || t.id));
      }
      if (lastData) {
        renderResults(lastData);
        renderFacets(lastData.facets);
        renderActiveFilters();
      }
    } catch {
      // Theme labels are a nicety; ids are shown instead.
    }
  }

  // ---------------------------------------------------------------- navigation

  /**
   * Apply the current state: update the address bar and run the search.
   * mode: 'push' | 'replace' | 'typing' | 'none'
   */
  function navigate(mode) {
    const url = urlFromState();
    const current = location.pathname + location.search;
    if (mode === 'typing') {
      if (url !== current) {
        if (lastNavWasTyping) history.replaceState(null, '', url);
        else history.pushState(null, '', url);
      }
      lastNavWasTyping = true;
    } else {
      if (mode === 'push' && url !== current) history.pushState(null, '', url);
      else if (mode === 'replace' && url !== current) history.replaceState(null, '', url);
      lastNavWasTyping = false;
    }
    syncControls();
    runSearch();
  }

  function syncControls() {
    const q = $('#q');
    if (q.value.trim() !== state.q.trim()) q.value = state.q;
    $('#sort').value = state.sort;
    const n = activeFilterCount();
    $('#filters-count').textContent = n ? ` (${n})` : '';
  }

  // ---------------------------------------------------------------- search

  async function runSearch() {
    if (searchController) searchController.abort();
    const controller = new AbortController();
    searchController = controller;
    const seq = ++searchSeq;
    const results = $('#results');
    results.setAttribute('aria-busy', 'true');
    document.body.classList.add('is-loading');

    try {
      const res = await fetch(apiSearchUrl(), {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
      let data = null;
      try {
        data = await res.json();
      } catch {
        data = null;
      }
      if (seq !== searchSeq) return;
      if (!res.ok || !data || data.error) {
        const msg = (data && data.error && (data.error.message || data.error.code))
          || `The search failed (HTTP ${res.status}).`;
        showError(msg);
        return;
      }
      // Asked for a page past the end (e.g. after a filter change elsewhere): go to the last page.
      const total = Number(data.total) || 0;
      const perPage = Number(data.per_page) || state.perPage;
      const pages = Math.max(1, Math.ceil(total / perPage));
      if (total > 0 && state.page > pages && (!data.hits || data.hits.length === 0)) {
        state.page = pages;
        navigate('replace');
        return;
      }
      showError('');
      lastData = data;
      rememberFacetLabels(data.facets);
      render(data);
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      if (seq !== searchSeq) return;
      showError('Could not reach the search service. Check your connection and try again.');
    } finally {
      if (seq === searchSeq) {
        results.setAttribute('aria-busy', 'false');
        document.body.classList.remove('is-loading');
        searchController = null;
      }
    }
  }

  function showError(message) {
    const box = $('#error');
    if (!message) {
      box.hidden = true;
      box.textContent = '';
      return;
    }
    box.textContent = message;
    box.hidden = false;
    lastData = null;
    $('#results').replaceChildren();
    $('#summary').textContent = '';
    $('#no-results').hidden = true;
    $('#pagination').hidden = true;
    $('#suggestion').hidden = true;
  }

  // ---------------------------------------------------------------- rendering

  function render(data) {
    renderSummary(data);
    renderSuggestion(data.suggestion);
    renderResults(data);
    renderFacets(data.facets);
    renderActiveFilters();
    renderPagination(data);
    if (focusResultsAfterRender) {
      focusResultsAfterRender = false;
      const heading = $('#results-heading');
      heading.focus({ preventScroll: true });
      $('#main').scrollIntoView({ block: 'start' });
    }
  }

  function renderSummary(data) {
    const total = Number(data.total) || 0;
    const took = Number(data.took_ms);
    let text = `${numberFmt.format(total)} ${total === 1 ? 'result' : 'results'}`;
    if (Number.isFinite(took)) text += ` \u00b7 ${msFmt.format(took)} ms`;
    $('#summary').textContent = text;
  }

  function renderSuggestion(suggestion) {
    const box = $('#suggestion');
    let text = suggestion;
    if (text && typeof text === 'object') text = text.text || text.q || text.query || '';
    if (!text || typeof text !== 'string') {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    const btn = el('button', { type: 'button', id: 'suggestion-link', class: 'link-button', dataset: { q: text } }, text);
    box.replaceChildren('Did you mean ', btn, '?');
    box.hidden = false;
  }

  function renderResults(data) {
    const list = $('#results');
    const hits = Array.isArray(data.hits) ? data.hits : [];
    const page = Number(data.page) || state.page;
    const perPage = Number(data.per_page) || state.perPage;
    list.start = (page - 1) * perPage + 1;
    list.replaceChildren(...hits.map(renderHit));

    const empty = $('#no-results');
    if (hits.length === 0) {
      empty.textContent = activeFilterCount() > 0
        ? 'No documents match. Try removing a filter or changing the search words.'
        : 'No documents match. Try different or fewer search words.';
      empty.hidden = false;
    } else {
      empty.hidden = true;
    }
  }

  function renderHit(hit) {
    const id = String(hit.id || '');
    const lang = hit.lang ? String(hit.lang) : '';
    const item = el('li', { class: 'result', dataset: { id, kind: hit.kind || '', lang } });
    setLangDir(item, lang);

    // Title: server-highlighted HTML, linking to the document (opened in a dialog).
    const link = el('a', { class: 'result-link', href: docHref(id), dataset: { id } });
    if (hit.title_html) link.append(highlightedFragment(hit.title_html));
    else link.textContent = hit.title || id;
    const title = el('h3', { class: 'result-title' }, link);

    // Meta line: in the reader's language, isolated from the card's direction.
    const meta = el('div', { class: 'result-meta', lang: uiLang });
    if (hit.kind) {
      meta.append(el('span', { class: 'badge badge-kind', dataset: { kind: hit.kind } }, labelFor('kind', hit.kind)));
    }
    if (lang) {
      const name = labelFor('lang', lang);
      meta.append(el('span', { class: 'badge badge-lang', dataset: { lang }, title: name }, lang.toUpperCase()));
    }
    const countries = Array.isArray(hit.countries) ? hit.countries.filter(Boolean) : [];
    if (countries.length) {
      const wrap = el('span', { class: 'countries', dataset: { countries: countries.join(',') } });
      countries.forEach((c, i) => {
        if (i) wrap.append(', ');
        wrap.append(el('abbr', { title: labelFor('country', c) }, String(c)));
      });
      meta.append(wrap);
    }
    if (hit.date) {
      meta.append(el('time', { class: 'date', datetime: hit.date }, String(hit.date)));
    }

    const parts = [title, meta];
    if (hit.snippet) {
      const snippet = el('p', { class: 'snippet' });
      snippet.append(highlightedFragment(hit.snippet));
      parts.push(snippet);
    }

    const themes = Array.isArray(hit.themes) ? hit.themes.filter(Boolean) : [];
    if (themes.length) {
      const ul = el('ul', { class: 'themes', lang: uiLang, 'aria-label': 'Themes' });
      for (const t of themes) ul.append(el('li', { class: 'theme', dataset: { theme: t } }, labelFor('theme', t)));
      if (isRtl(uiLang)) ul.setAttribute('dir', 'rtl');
      parts.push(ul);
    }

    item.append(el('article', { class: 'result-card' }, ...parts));
    return item;
  }

  function renderFacets(facets) {
    const container = $('#facets');
    // Keep keyboard focus on the same checkbox across re-renders.
    const active = document.activeElement;
    const focusKey = active && active.matches && active.matches('#facets input[data-facet]')
      ? { facet: active.dataset.facet, value: active.value } : null;

    const groups = [];
    for (const { name, title } of FACETS) {
      const entries = (facets && Array.isArray(facets[name])) ? facets[name] : [];
      const selected = state.filters[name];
      const seen = new Set();
      const items = [];
      for (const e of entries) {
        if (!e || e.value === undefined || e.value === null) continue;
        const value = String(e.value);
        seen.add(value);
        items.push({ value, label: e.label ? String(e.label) : labelFor(name, value), count: Number(e.count) || 0 });
      }
      for (const value of selected) {
        if (!seen.has(value)) items.push({ value, label: labelFor(name, value), count: 0 });
      }
      if (items.length === 0) continue;

      const legendId = `facet-${name}-legend`;
      const ul = el('ul', { class: 'facet-list' });
      for (const it of items) {
        const checked = selected.includes(it.value);
        const input = el('input', {
          type: 'checkbox',
          name,
          value: it.value,
          dataset: { facet: name },
          checked,
        });
        input.checked = checked;
        const labelText = el('span', { class: 'facet-label' }, it.label);
        if (name === 'lang') labelText.setAttribute('title', it.value);
        const label = el('label', { class: 'facet-option' },
          input,
          labelText,
          el('span', { class: 'facet-count' }, numberFmt.format(it.count)));
        ul.append(el('li', {
          class: 'facet-item' + (checked ? ' is-selected' : '') + (it.count === 0 ? ' is-zero' : ''),
          dataset: { value: it.value },
        }, label));
      }
      groups.push(el('fieldset', { class: 'facet', dataset: { facet: name } },
        el('legend', { id: legendId, class: 'facet-title' }, title),
        ul));
    }

    container.replaceChildren(...groups);
    container.dataset.state = groups.length ? 'ready' : 'empty';

    if (focusKey) {
      const inputs = Array.from(container.querySelectorAll('input[data-facet]'));
      const again = inputs.find((i) => i.dataset.facet === focusKey.facet && i.value === focusKey.value)
        || inputs.find((i) => i.dataset.facet === focusKey.facet);
      if (again) again.focus({ preventScroll: true });
    }
  }

  function renderActiveFilters() {
    const box = $('#active-filters');
    const list = $('#active-filter-list');
    const active = document.activeElement;
    const focusKey = active && active.matches && active.matches('#active-filter-list button.chip')
      ? { facet: active.dataset.facet, value: active.dataset.value } : null;
    const chips = [];
    for (const f of FILTER_FIELDS) {
      for (const v of state.filters[f]) {
        const text = `${FILTER_TITLES[f]}: ${labelFor(f, v)}`;
        chips.push(el('li', {},
          el('button', {
            type: 'button',
            class: 'chip',
            dataset: { facet: f, value: v },
            'aria-label': `Remove filter ${text}`,
          }, el('span', {}, text), el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '\u00d7'))));
      }
    }
    list.replaceChildren(...chips);
    box.hidden = chips.length === 0;
    $('#filters-count').textContent = chips.length ? ` (${chips.length})` : '';
    if (focusKey) {
      const buttons = Array.from(list.querySelectorAll('button.chip'));
      const again = buttons.find((b) => b.dataset.facet === focusKey.facet && b.dataset.value === focusKey.value);
      if (again) again.focus();
      else if (buttons.length) buttons[0].focus();
      else $('#q').focus();
    }
  }

  function renderPagination(data) {
    const total = Number(data.total) || 0;
    const perPage = Number(data.per_page) || state.perPage;
    const page = Number(data.page) || state.page;
    const pages = Math.max(1, Math.ceil(total / perPage));
    const nav = $('#pagination');
    nav.hidden = total === 0;
    $('#page-info').textContent = `Page ${numberFmt.format(page)} of ${numberFmt.format(pages)}`;
    nav.dataset.page = String(page);
    nav.dataset.pages = String(pages);
    $('#prev-page').disabled = page <= 1;
    $('#next-page').disabled = page >= pages;
  }

  // ---------------------------------------------------------------- document dialog

  async function openDocument(id, opener) {
    const dialog = $('#doc-dialog');
    const content = $('#doc-content');
    if (opener) docOpener = opener;
    if (docController) docController.abort();
    const controller = new AbortController();
    docController = controller;

    content.removeAttribute('lang');
    content.removeAttribute('dir');
    content.setAttribute('aria-busy', 'true');
    content.replaceChildren(el('h2', { id: 'doc-title', class: 'doc-title' }, 'Loading\u2026'));
    dialog.dataset.id = id;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    $('#doc-close').focus();

    try {
      const res = await fetch(docHref(id), { signal: controller.signal, headers: { Accept: 'application/json' } });
      let data = null;
      try { data = await res.json(); } catch { data = null; }
      if (controller !== docController) return;
      if (!res.ok || !data || data.error) {
        const msg = (data && data.error && (data.error.message || data.error.code))
          || `The document could not be loaded (HTTP ${res.status}).`;
        content.replaceChildren(
          el('h2', { id: 'doc-title', class: 'doc-title' }, 'Document unavailable'),
          el('p', { class: 'error', role: 'alert' }, msg));
        return;
      }
      renderDocument(data.document && typeof data.document === 'object' ? data.document : data);
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      content.replaceChildren(
        el('h2', { id: 'doc-title', class: 'doc-title' }, 'Document unavailable'),
        el('p', { class: 'error', role: 'alert' }, 'Could not reach the search service.'));
    } finally {
      if (controller === docController) {
        content.setAttribute('aria-busy', 'false');
        docController = null;
      }
    }
  }

  function docLink(id) {
    return el('a', { href: docHref(id), class: 'doc-ref', dataset: { docId: id } }, id);
  }

  function renderDocument(doc) {
    const content = $('#doc-content');
    const lang = doc.lang ? String(doc.lang) : '';
    setLangDir(content, lang);

    const parts = [el('h2', { id: 'doc-title', class: 'doc-title' }, doc.title || doc.id || 'Untitled')];

    const meta = el('div', { class: 'result-meta doc-meta', lang: uiLang });
    if (doc.kind) meta.append(el('span', { class: 'badge badge-kind', dataset: { kind: doc.kind } }, labelFor('kind', doc.kind)));
    if (lang) meta.append(el('span', { class: 'badge badge-lang', title: labelFor('lang', lang) }, lang.toUpperCase()));
    if (Array.isArray(doc.countries) && doc.countries.length) {
      meta.append(el('span', { class: 'countries' }, doc.countries.map((c) => labelFor('country', c)).join(', ')));
    }
    if (doc.region) meta.append(el('span', { class: 'region' }, labelFor('region', doc.region)));
    if (doc.date) meta.append(el('time', { class: 'date', datetime: doc.date }, String(doc.date)));
    parts.push(meta);

    if (Array.isArray(doc.themes) && doc.themes.length) {
      const ul = el('ul', { class: 'themes', lang: uiLang, 'aria-label': 'Themes' });
      for (const t of doc.themes) ul.append(el('li', { class: 'theme', dataset: { theme: t } }, labelFor('theme', t)));
      parts.push(ul);
    }

    if (doc.summary) parts.push(el('p', { class: 'doc-summary' }, doc.summary));

    if (doc.body) {
      const body = el('div', { class: 'doc-body' });
      for (const para of String(doc.body).split(/\n\s*\n/)) {
        if (para.trim()) body.append(el('p', {}, para.trim()));
      }
      parts.push(body);
    }

    // Kind-specific fields (org_type, status, court, outcome, ...).
    const details = el('dl', { class: 'doc-details', lang: uiLang });
    for (const [key, value] of Object.entries(doc)) {
      if (CORE_DOC_FIELDS.has(key) || value === null || value === undefined || value === '') continue;
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0 || values.some((v) => v !== null && typeof v === 'object')) continue;
      const name = key.replace(/_/g, ' ');
      const dd = el('dd', {});
      if (DOC_REF_FIELDS.has(key)) {
        values.forEach((v, i) => { if (i) dd.append(', '); dd.append(docLink(String(v))); });
      } else {
        dd.textContent = values.join(', ');
        if (DOC_TEXT_FIELDS.has(key)) setLangDir(dd, lang);
        else dd.setAttribute('dir', 'auto');
      }
      details.append(el('dt', {}, name.charAt(0).toUpperCase() + name.slice(1)), dd);
    }
    if (details.childElementCount) parts.push(el('h3', { class: 'doc-details-title', lang: uiLang }, 'Details'), details);

    const src = doc.url && safeHttpUrl(doc.url);
    if (src) {
      parts.push(el('p', { class: 'doc-source', lang: uiLang },
        el('a', { href: src, target: '_blank', rel: 'noopener noreferrer', id: 'doc-source-link' }, 'Open the original page \u2197')));
    }

    content.replaceChildren(...parts);
  }

  // ---------------------------------------------------------------- events

  function bind() {
    const form = $('#search-form');
    const q = $('#q');

    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      clearTimeout(debounceTimer);
      state.q = q.value;
      state.page = 1;
      const url = urlFromState();
      if (url === location.pathname + location.search) {
        lastNavWasTyping = false;
        runSearch(); // same state: search again anyway (explicit submit)
      } else {
        navigate('push');
      }
    });

    q.addEventListener('input', () => {
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => {
        if (q.value.trim() === state.q.trim()) return;
        state.q = q.value;
        state.page = 1;
        navigate('typing');
      }, DEBOUNCE_MS);
    });

    $('#sort').addEventListener('change', (ev) => {
      state.sort = SORTS.includes(ev.target.value) ? ev.target.value : 'relevance';
      state.page = 1;
      navigate('push');
    });

    $('#facets').addEventListener('change', (ev) => {
      const input = ev.target;
      if (!input.matches('input[type=checkbox][data-facet]')) return;
      const field = input.dataset.facet;
      const set = new Set(state.filters[field]);
      if (input.checked) set.add(input.value);
      else set.delete(input.value);
      state.filters[field] = [...set];
      state.page = 1;
      navigate('push');
    });

    $('#active-filter-list').addEventListener('click', (ev) => {
      const chip = ev.target.closest('button.chip');
      if (!chip) return;
      const field = chip.dataset.facet;
      state.filters[field] = state.filters[field].filter((v) => v !== chip.dataset.value);
      state.page = 1;
      // The chip disappears: move focus to its neighbour (or the search box) before re-rendering.
      const li = chip.closest('li');
      const next = (li.nextElementSibling || li.previousElementSibling);
      const target = next && next.querySelector('button.chip');
      if (target) target.focus(); else q.focus();
      renderActiveFilters();
      navigate('push');
    });

    $('#clear-filters').addEventListener('click', () => {
      for (const f of FILTER_FIELDS) state.filters[f] = [];
      state.page = 1;
      navigate('push');
      q.focus();
    });

    $('#suggestion').addEventListener('click', (ev) => {
      const btn = ev.target.closest('button[data-q]');
      if (!btn) return;
      clearTimeout(debounceTimer);
      state.q = btn.dataset.q;
      q.value = state.q;
      state.page = 1;
      navigate('push');
    });

    $('#prev-page').addEventListener('click', () => {
      if (state.page <= 1) return;
      state.page -= 1;
      focusResultsAfterRender = true;
      navigate('push');
    });

    $('#next-page').addEventListener('click', () => {
      const pages = Number($('#pagination').dataset.pages) || 1;
      if (state.page >= pages) return;
      state.page += 1;
      focusResultsAfterRender = true;
      navigate('push');
    });

    $('#filters-toggle').addEventListener('click', (ev) => {
      const btn = ev.currentTarget;
      const open = btn.getAttribute('aria-expanded') !== 'true';
      btn.setAttribute('aria-expanded', String(open));
      $('#sidebar').classList.toggle('is-open', open);
      $('#filters-toggle-text').textContent = open ? 'Hide filters' : 'Show filters';
    });

    // Result titles open the document in the dialog (modified clicks keep browser behaviour).
    $('#results').addEventListener('click', (ev) => {
      const link = ev.target.closest('a.result-link');
      if (!link || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      openDocument(link.dataset.id, link);
    });

    const dialog = $('#doc-dialog');
    dialog.addEventListener('click', (ev) => {
      // Click on the backdrop (outside the dialog box) closes it.
      if (ev.target === dialog) {
        const r = dialog.getBoundingClientRect();
        const inside = ev.clientX >= r.left && ev.clientX <= r.right && ev.clientY >= r.top && ev.clientY <= r.bottom;
        if (!inside) dialog.close();
        return;
      }
      const ref = ev.target.closest('a.doc-ref');
      if (ref && ev.button === 0 && !ev.metaKey && !ev.ctrlKey && !ev.shiftKey && !ev.altKey) {
        ev.preventDefault();
        openDocument(ref.dataset.docId, null);
      }
    });
    dialog.addEventListener('close', () => {
      if (docController) docController.abort();
      docController = null;
      if (docOpener && document.contains(docOpener)) docOpener.focus();
      docOpener = null;
    });

    window.addEventListener('popstate', () => {
      clearTimeout(debounceTimer);
      state = stateFromUrl();
      lastNavWasTyping = false;
      $('#q').value = state.q;
      syncControls();
      runSearch();
    });
  }

  // ---------------------------------------------------------------- start

  function start() {
    bind();
    state = stateFromUrl();
    $('#q').value = state.q;
    syncControls();
    loadThemes();
    runSearch();
    const q = $('#q');
    q.focus();
    // Put the caret after any restored query.
    try { q.setSelectionRange(q.value.length, q.value.length); } catch { /* type=search may refuse */ }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
