// The document dialog: a result's full text, opened in place; focus returns to the opener.
import { el, setLangDir, safeHttpUrl } from './dom.js';

const CORE = new Set(['id', 'kind', 'lang', 'title', 'summary', 'body', 'themes', 'countries', 'region', 'date', 'url']);
const REFS = new Set(['owner', 'partners', 'translation_of']);
// Details whose values are codes of a labelled field: shown by name (labels.js), like the facets.
const CODED = {
  eligible_countries: 'country', jurisdiction: 'country', working_languages: 'lang',
  match_type: 'match_type', ip_areas: 'ip_right', ip_right: 'ip_right', org_type: 'org_type',
  cooperation: 'cooperation',
};

export class DocumentDialog {
  constructor(dialog, content, { api, tr, labels }) {
    Object.assign(this, { dialog, content, api, tr, labels, controller: null, opener: null });
    dialog.addEventListener('click', (ev) => {
      if (ev.target === dialog) { dialog.close(); return; }
      const ref = ev.target.closest('a.doc-ref');
      if (ref && ev.button === 0 && !ev.metaKey && !ev.ctrlKey && !ev.shiftKey) {
        ev.preventDefault();
        this.open(ref.dataset.id, null);
      }
    });
    dialog.addEventListener('close', () => {
      if (this.controller) this.controller.abort();
      if (this.opener && document.contains(this.opener)) this.opener.focus();
      this.opener = null;
    });
  }

  title(text) {
    return el('h2', { id: 'doc-title', class: 'doc-title' }, text);
  }

  async open(id, opener) {
    if (opener) this.opener = opener;
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.content.removeAttribute('lang');
    this.content.removeAttribute('dir');
    this.content.replaceChildren(this.title(this.tr.t('loading')));
    this.dialog.dataset.id = id;
    if (!this.dialog.open) this.dialog.showModal();
    this.dialog.querySelector('.close-button').focus();
    try {
      const data = await this.api.document(id, controller.signal);
      if (controller === this.controller) this.render(data.document && typeof data.document === 'object' ? data.document : data);
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      this.content.replaceChildren(this.title(this.tr.t('docUnavailable')),
        el('p', { class: 'error', role: 'alert' }, err.message || this.tr.t('unreachable')));
    }
  }

  render(doc) {
    const { tr, labels } = this;
    const lang = doc.lang ? String(doc.lang) : '';
    const head = this.title(doc.title || doc.id);
    setLangDir(head, lang);
    const meta = el('div', { class: 'result-meta doc-meta' },
      doc.kind && el('span', { class: 'badge badge-kind', dataset: { kind: doc.kind } }, labels.get('kind', doc.kind)),
      lang && el('span', { class: 'badge badge-lang', title: labels.get('lang', lang) }, lang.toUpperCase()),
      Array.isArray(doc.countries) && el('span', { class: 'countries' }, doc.countries.map((c) => labels.get('country', c)).join(tr.t('listSep'))),
      doc.region && el('span', { class: 'region' }, labels.get('region', doc.region)),
      doc.date && el('time', { datetime: doc.date }, String(doc.date)));
    const text = el('div', { class: 'doc-text' });
    setLangDir(text, lang);
    if (doc.summary) text.append(el('p', { class: 'doc-summary' }, doc.summary));
    for (const para of String(doc.body || '').split(/\n\s*\n/)) if (para.trim()) text.append(el('p', {}, para.trim()));

    const details = el('dl', { class: 'doc-details' });
    for (const [key, value] of Object.entries(doc)) {
      if (CORE.has(key) || value === null || value === undefined || value === '') continue;
      const values = Array.isArray(value) ? value : [value];
      if (!values.length || values.some((v) => v !== null && typeof v === 'object')) continue;
      const dd = el('dd', { dir: 'auto' });
      if (REFS.has(key)) values.forEach((v, i) => dd.append(i ? ', ' : '', el('a', { href: '#', class: 'doc-ref', dataset: { id: v } }, String(v))));
      else if (CODED[key]) dd.textContent = values.map((v) => labels.get(CODED[key], v)).join(tr.t('listSep'));
      else dd.textContent = values.join(', ');
      details.append(el('dt', {}, key.replace(/_/g, ' ')), dd);
    }
    const src = doc.url && safeHttpUrl(doc.url, document.baseURI);
    this.content.replaceChildren(head, meta, text,
      details.childElementCount ? el('h3', { class: 'doc-details-title' }, tr.t('details')) : null,
      details.childElementCount ? details : null,
      src ? el('p', { class: 'doc-source' }, el('a', { href: src, target: '_blank', rel: 'noopener noreferrer' }, tr.t('openOriginal'))) : null);
  }
}
