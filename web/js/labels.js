// Display names of filter values: from the server's facet labels and themes, else from the
// browser's language and country names in the reader's language, else the value itself.
import { FILTER_FIELDS } from './api.js';

export class Labels {
  constructor(tr) {
    this.tr = tr;
    this.known = Object.fromEntries(FILTER_FIELDS.map((f) => [f, new Map()]));
  }

  get(field, value) {
    const v = String(value);
    const known = this.known[field] && this.known[field].get(v);
    if (known) return known;
    if (field === 'lang') return this.tr.languageName(v);
    if (field === 'country') return this.tr.countryName(v);
    if (field === 'kind') return this.tr.kindName(v);
    return v;
  }

  rememberFacets(facets) {
    if (!facets || typeof facets !== 'object') return;
    for (const [field, entries] of Object.entries(facets)) {
      if (!this.known[field] || !Array.isArray(entries)) continue;
      for (const e of entries) {
        if (e && e.value !== undefined && e.label) this.known[field].set(String(e.value), String(e.label));
      }
    }
  }

  rememberThemes(data) {
    for (const t of (data && data.themes) || []) {
      if (!t || !t.id) continue;
      const l = t.labels || {};
      this.known.theme.set(String(t.id), String(l[this.tr.lang] || l.en || t.id));
    }
  }
}
