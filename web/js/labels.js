// Display names of filter values. searchd is their one source: the labels of /v1/fields (every
// closed vocabulary, in the reader's language) and of a search's facets (courts, as their
// decisions name them; countries, by ICU's name in the reader's language). A country searchd has
// not named yet (a widget card: the widget counts no facets) takes the browser's name
// (Intl.DisplayNames), so a card never shows a code a name exists for. A value without a label
// (an older searchd without /v1/fields, an open vocabulary, an unknown code) shows as itself.

export class Labels {
  constructor(tr) {
    this.tr = tr;
    this.known = new Map(); // field → (value → label)
  }

  get(field, value) {
    const v = String(value);
    const known = this.known.get(field);
    if (known && known.has(v)) return known.get(v);
    return field === 'country' ? this.tr.countryName(v) : v;
  }

  remember(field, value, label) {
    if (value === undefined || value === null || !label) return;
    const v = String(value);
    if (String(label) === v) return; // a raw value is no label: it must not hide a real one
    if (!this.known.has(field)) this.known.set(field, new Map());
    this.known.get(field).set(v, String(label));
  }

  /** Every labelled value of a Fields list (fields.js). */
  rememberFields(fields) {
    for (const f of (fields && fields.list) || []) {
      for (const v of Array.isArray(f.values) ? f.values : []) if (v) this.remember(f.name, v.value, v.label);
    }
  }

  /** The labels of a search's facets: {field: [{value, label, count}]}. */
  rememberFacets(facets) {
    if (!facets || typeof facets !== 'object') return;
    for (const [field, entries] of Object.entries(facets)) {
      if (!Array.isArray(entries)) continue;
      for (const e of entries) if (e) this.remember(field, e.value, e.label);
    }
  }
}
