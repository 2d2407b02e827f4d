// The search service's HTTP API, as used by the page and the widget. One client per endpoint.
//
// The fields a search filters on and counts come from the server (GET /v1/fields, see
// fields.js); nothing here names them. A searchd older than the page may not know a newer
// parameter (group, a filter field, a facet); it answers 400 naming it. The client then drops
// that parameter for good and asks again, so a page served by one version keeps working
// against another.

const MAX_ATTEMPTS = 6;

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

  /**
   * q: {q, filters: {field: [values]}, page, perPage, sort, uiLang, xlang, group, facets}.
   * facets: the fields to count; empty asks for none, undefined for the server's default ones.
   */
  async search(q, signal) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; ++attempt) {
      const p = new URLSearchParams();
      if (q.q && q.q.trim()) p.set('q', q.q.trim());
      for (const [f, values] of Object.entries(q.filters || {})) {
        if (this.unsupported.has(f)) continue;
        for (const v of values) p.append(f, v);
      }
      if (q.facets && !this.unsupported.has('facets')) {
        const facets = q.facets.filter((f) => !this.unsupported.has('facet:' + f));
        p.set('facets', facets.join(','));
      }
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
      // The facet it does not know is named in the message only: name it, else count the
      // server's default facets.
      const named = (q.facets || []).find((f) => e.message.includes(`"${f}"`));
      const key = named ? 'facet:' + named : 'facets';
      if (this.unsupported.has(key)) return false;
      this.unsupported.add(key);
      return true;
    }
    const filter = q.filters && Object.hasOwn(q.filters, e.field);
    if ((filter || ['group', 'xlang'].includes(e.field)) && !this.unsupported.has(e.field)) {
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

  /** The filterable and countable fields, with their values' labels in `lang`. */
  fields(lang, signal) {
    const p = new URLSearchParams();
    if (lang) p.set('ui_lang', lang);
    return this.get('v1/fields', p, signal);
  }
}
