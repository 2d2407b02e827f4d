// The fields a search can filter on and count, as searchd lists them (GET /v1/fields): the
// schema's order, and for closed vocabularies (kind, theme, lang, region…) every value with its
// label in the reader's language. The server is the one source of both; neither the page nor
// the widget names a field or translates a value itself.

export class Fields {
  /** list: the answer's `fields`, or null when the server does not list them. */
  constructor(list) {
    this.known = Array.isArray(list);
    this.list = this.known ? list.filter((f) => f && typeof f.name === 'string' && f.name) : [];
    this.names = this.list.map((f) => f.name);
    this.facets = this.list.filter((f) => f.facet).map((f) => f.name);
    this.filters = this.list.filter((f) => f.filter).map((f) => f.name);
  }

  /** Whether `name` can filter a search (any name while the list is unknown). */
  canFilter(name) {
    return !this.known || this.filters.includes(name);
  }
}

/**
 * The server's fields in `lang`. A searchd older than /v1/fields answers 404: the fields are
 * then unknown (the page asks for the server's default facets and shows raw values). Any other
 * failure (network, CORS, 5xx) is thrown.
 */
export async function loadFields(api, lang, signal) {
  try {
    const data = await api.fields(lang, signal);
    return new Fields(data && Array.isArray(data.fields) ? data.fields : null);
  } catch (e) {
    if (e && e.status === 404) return new Fields(null);
    throw e;
  }
}
