// Result cards, the result count, "did you mean" and pagination.
import { el, highlighted, setLangDir } from './dom.js';

const MAX_WHY = 8; // shared terms shown on a card; more is noise

/**
 * One result card. ctx: {tr, labels, docHref(hit), similarHref(hit) | null}.
 * Works for search, similar and match hits (which add "why" and "explanation").
 */
export function renderHit(hit, ctx) {
  const { tr, labels } = ctx;
  const id = String(hit.id || '');
  const lang = hit.lang ? String(hit.lang) : '';
  const item = el('li', { class: 'result', dataset: { id, kind: hit.kind || '', lang } });

  const link = el('a', { class: 'result-link', href: ctx.docHref(hit), dataset: { id } });
  if (hit.title_html) link.append(highlighted(hit.title_html));
  else link.textContent = hit.title || id;
  const title = el('h3', { class: 'result-title' }, link);
  setLangDir(title, lang);

  const meta = el('div', { class: 'result-meta' });
  if (hit.kind) meta.append(el('span', { class: 'badge badge-kind', dataset: { kind: hit.kind } }, labels.get('kind', hit.kind)));
  if (lang) meta.append(el('span', { class: 'badge badge-lang', title: labels.get('lang', lang) }, lang.toUpperCase()));
  const countries = Array.isArray(hit.countries) ? hit.countries.filter(Boolean) : [];
  if (countries.length) {
    // Names, not codes: a reader knows "المغرب", not "MA" (the code stays in data-country).
    meta.append(el('span', { class: 'countries', dataset: { countries: countries.join(',') } },
      countries.map((c, i) => [i ? tr.t('listSep') : '',
        el('span', { class: 'country', dataset: { country: c } }, labels.get('country', c))])));
  }
  if (hit.date) meta.append(el('time', { class: 'date', datetime: hit.date }, String(hit.date)));

  const parts = [title, meta];
  if (hit.snippet) {
    const snippet = el('p', { class: 'snippet' }, highlighted(hit.snippet));
    setLangDir(snippet, lang);
    parts.push(snippet);
  }
  const why = Array.isArray(hit.why) ? hit.why.filter(Boolean).slice(0, MAX_WHY) : [];
  // The explanation says the same as the shared terms, less translated: shown only without them.
  if (hit.explanation && !why.length) parts.push(el('p', { class: 'explanation' }, String(hit.explanation)));
  if (why.length) {
    parts.push(el('p', { class: 'why' }, tr.t('shared'), ' ',
      why.map((w, i) => [i ? ', ' : '', el('span', { class: 'why-term', dir: 'auto' }, String(w))])));
  }
  const themes = Array.isArray(hit.themes) ? hit.themes.filter(Boolean) : [];
  if (themes.length) {
    parts.push(el('ul', { class: 'themes', 'aria-label': tr.t('themesLabel') },
      themes.map((t) => el('li', { class: 'theme', dataset: { theme: t } }, labels.get('theme', t)))));
  }
  const translations = Array.isArray(hit.translations) ? hit.translations.filter((x) => x && x.id) : [];
  const actions = el('div', { class: 'result-actions' });
  if (translations.length) {
    actions.append(el('span', { class: 'translations' }, tr.t('translations'), ' ',
      translations.map((x, i) => [i ? ' ' : '', el('a', {
        class: 'translation-link', href: ctx.docHref(x), dataset: { id: x.id }, lang: x.lang, title: labels.get('lang', x.lang),
      }, String(x.lang || '').toUpperCase())])));
  }
  if (ctx.similarHref) {
    actions.append(el('a', {
      class: 'similar-link', href: ctx.similarHref(hit), dataset: { id },
      'aria-label': `${tr.t('similar')}: ${hit.title || id}`,
    }, tr.t('similar')));
  }
  if (actions.childElementCount) parts.push(actions);

  item.append(el('article', { class: 'result-card' }, parts));
  return item;
}

export function summaryText(tr, data) {
  const total = Number(data.total) || 0;
  let text = tr.count(total);
  const took = Number(data.took_ms);
  if (Number.isFinite(took)) text += ' \u00b7 ' + tr.t('took', { ms: tr.ms(took) });
  return text;
}

/** Pagination state: {page, pages} for a response. */
export function pageCount(data, perPage) {
  const total = Number(data.total) || 0;
  const per = Number(data.per_page) || perPage;
  return { page: Number(data.page) || 1, pages: Math.max(1, Math.ceil(total / per)), total };
}
