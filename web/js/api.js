// The search service's HTTP API, as used by the page and the widget. One client per endpoint.
//
// A searchd older than the page may not know a newer parameter (group, a newer facet); it
// answers 400 naming the field. The client then drops that parameter for good and asks again,
// so a page served by one version keeps working against another.

export const BASE_FACETS = ['theme', 'kind', 'lang', 'region', 'year', 'country'];
export const EXTRA_FACETS = ['org_type', 'cooperation', 'match_type', 'ip_right', 'court'];
export const FILTER_FIELDS = [...BASE_FACETS, ...EXTRA_FACETS];

export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field || '';
  }
}

function queryString(params) {
  return params.toString().replace(/\+/g, '%20').replace(/%2C/gi, ',');
}

export function documentPath(id) {
  return 'v1/documents/' + encodeURIComponent(id).replace(/%3A/gi, ':');
}

export class Api {
  /** base: the endpoint's URL ('' or './' for the server that served the page). */
  constructor(base = '') {
    this.base = base && !base.endsWith('/') ? base + '/' : base;
    this.unsupported = new Set(); // parameters this server refused
  }

  url(path) {
    return this.base + path;
  }

  async get(path, params, signal) {
    const qs = params ? '?' + queryString(params) : '';
    return this.request(this.url(path) + qs, { signal });
  }

  async post(path, body, signal) {
    return this.request(this.url(path), {
      signal, method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' },
    });
  }

  async request(url, init) {
    const res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init.headers || {}) } });
    let data = null;
    try { data = await res.json(); } catch { data = null; }
    if (!res.ok || !data || data.error) {
      const e = (data && data.error) || {};
      throw new ApiError(res.status, e.message || e.code || `HTTP ${res.status}`, e.field);
    }
    return data;
  }

  /** q: {q, filters: {field: [values]}, page, perPage, sort, uiLang, xlang, group, facets} */
  async search(q, signal) {
    for (let attempt = 0; attempt < 3; ++attempt) {
      const p = new URLSearchParams();
      if (q.q && q.q.trim()) p.set('q', q.q.trim());
      for (const [f, values] of Object.entries(q.filters || {})) {
        if (this.unsupported.has(f)) continue;
        for (const v of values) p.append(f, v);
      }
      const facets = (q.facets || []).filter((f) => !this.unsupported.has('facet:' + f));
      if (facets.length) p.set('facets', facets.join(','));
      p.set('page', String(q.page || 1));
      p.set('per_page', String(q.perPage || 10));
      if (q.sort) p.set('sort', q.sort);
      if (q.uiLang) p.set('ui_lang', q.uiLang);
      if (q.xlang !== undefined && !this.unsupported.has('xlang')) p.set('xlang', String(!!q.xlang));
      if (q.group !== undefined && !this.unsupported.has('group')) p.set('group', String(!!q.group));
      try {
        return await this.get('v1/search', p, signal);
      } catch (e) {
        if (!this.forget(e, q)) throw e;
      }
    }
    throw new ApiError(400, 'search refused');
  }

  /** Remember a parameter the server refused; true when asking again may help. */
  forget(e, q) {
    if (!(e instanceof ApiError) || e.status !== 400 || !e.field) return false;
    if (e.field === 'facets') {
      const extra = (q.facets || []).filter((f) => EXTRA_FACETS.includes(f) && !this.unsupported.has('facet:' + f));
      extra.forEach((f) => this.unsupported.add('facet:' + f));
      return extra.length > 0;
    }
    if (['group', 'xlang', ...EXTRA_FACETS].includes(e.field) && !this.unsupported.has(e.field)) {
      this.unsupported.add(e.field);
      return true;
    }
    return false;
  }

  similar(id, { page = 1, perPage = 10, uiLang, xlang } = {}, signal) {
    const p = new URLSearchParams({ page: String(page), per_page: String(perPage) });
    if (uiLang) p.set('ui_lang', uiLang);
    if (xlang !== undefined) p.set('xlang', String(!!xlang));
    return this.get(documentPath(id) + '/similar', p, signal);
  }

  suggest(prefix, uiLang, limit = 8, signal) {
    const p = new URLSearchParams({ q: prefix, limit: String(limit) });
    if (uiLang) p.set('ui_lang', uiLang);
    return this.get('v1/suggest', p, signal);
  }

  match(body, signal) {
    return this.post('v1/match', body, signal);
  }

  document(id, signal) {
    return this.get(documentPath(id), null, signal);
  }

  themes(signal) {
    return this.get('v1/themes', null, signal);
  }
}
