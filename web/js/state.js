// The page's whole state, and its round trip through the URL (so a search can be shared and
// back/forward step through it).
import { FILTER_FIELDS } from './api.js';

export const SORTS = ['relevance', '-date', 'date'];
export const VIEWS = ['search', 'similar', 'match'];
export const DEFAULT_PER_PAGE = 10;
const MAX_PER_PAGE = 100;

export function emptyState() {
  return {
    view: 'search',
    q: '',
    filters: Object.fromEntries(FILTER_FIELDS.map((f) => [f, []])),
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

export function stateFromSearch(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') || '';
  for (const f of FILTER_FIELDS) {
    s.filters[f] = [...new Set(p.getAll(f).map((v) => v.trim()).filter(Boolean))];
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
  for (const f of FILTER_FIELDS) for (const v of s.filters[f]) p.append(f, v);
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
  return FILTER_FIELDS.reduce((n, f) => n + s.filters[f].length, 0);
}
