// The page's whole state, and its round trip through the URL (so a search can be shared and
// back/forward step through it). Filters are {field: [values]}, holding only fields with values;
// which fields can filter is the server's to say (fields.js), so this module names none.

export const SORTS = ['relevance', '-date', 'date'];
export const VIEWS = ['search', 'similar', 'match'];
export const DEFAULT_PER_PAGE = 10;
const MAX_PER_PAGE = 100;
// The URL parameters of the page itself; any other names a filter field.
const OWN_PARAMS = new Set(['view', 'q', 'page', 'sort', 'per_page', 'xlang', 'group', 'similar',
  'need', 'need_country', 'ui_lang', 'facets']);

export function emptyState() {
  return {
    view: 'search',
    q: '',
    filters: {},
    page: 1,
    sort: 'relevance',
    perPage: DEFAULT_PER_PAGE,
    xlang: true,
    group: true,
    similar: '', // the document whose neighbours are shown (view 'similar')
    need: '', // the text of the "match my need" form (view 'match')
    needCountry: '',
    uiLang: '', // set only when the reader chose it (else the browser's language is used)
  };
}

function positiveInt(text, fallback, max) {
  const n = parseInt(text || '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
}

/**
 * The state a URL's query string holds. filterFields: the fields that can filter (the server's
 * list); without it, every parameter that is not the page's own is taken as a filter.
 */
export function stateFromSearch(search, filterFields = null) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') || '';
  const fields = filterFields || [...new Set(p.keys())].filter((k) => !OWN_PARAMS.has(k));
  for (const f of fields) {
    const values = [...new Set(p.getAll(f).map((v) => v.trim()).filter(Boolean))];
    if (values.length) s.filters[f] = values;
  }
  s.page = positiveInt(p.get('page'), 1, 1000);
  s.sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  s.perPage = positiveInt(p.get('per_page'), DEFAULT_PER_PAGE, MAX_PER_PAGE);
  s.xlang = p.get('xlang') !== 'false';
  s.group = p.get('group') !== 'false';
  s.similar = p.get('similar') || '';
  s.need = p.get('need') || '';
  s.needCountry = p.get('need_country') || '';
  s.view = VIEWS.includes(p.get('view')) ? p.get('view') : (s.similar ? 'similar' : 'search');
  if (s.view === 'similar' && !s.similar) s.view = 'search';
  s.uiLang = p.get('ui_lang') || '';
  return s;
}

export function searchFromState(s) {
  const p = new URLSearchParams();
  if (s.view !== 'search') p.set('view', s.view);
  if (s.q) p.set('q', s.q);
  for (const [f, values] of Object.entries(s.filters)) for (const v of values) p.append(f, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.perPage !== DEFAULT_PER_PAGE) p.set('per_page', String(s.perPage));
  if (!s.xlang) p.set('xlang', 'false');
  if (!s.group) p.set('group', 'false');
  if (s.view === 'similar' && s.similar) p.set('similar', s.similar);
  if (s.view === 'match') {
    if (s.need) p.set('need', s.need);
    if (s.needCountry) p.set('need_country', s.needCountry);
  }
  if (s.uiLang) p.set('ui_lang', s.uiLang);
  const qs = p.toString();
  return qs ? '?' + qs : '';
}

export function activeFilterCount(s) {
  return Object.values(s.filters).reduce((n, values) => n + values.length, 0);
}

/** The values of one filter (none when the state has no such filter). */
export function filterValues(s, field) {
  return s.filters[field] || [];
}

/** The state with `field`'s values replaced (the field dropped when there are none left). */
export function withFilter(s, field, values) {
  const filters = { ...s.filters };
  if (values.length) filters[field] = [...values]; else delete filters[field];
  return { ...s, filters, page: 1 };
}
