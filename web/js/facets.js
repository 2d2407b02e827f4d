// The facet sidebar (multi-select checkboxes with live counts) and the active-filter chips.
import { el } from './dom.js';
import { filterValues } from './state.js';

// The sidebar's order of the facets the server lists (/v1/fields): a presentation choice only.
// A field named here that the server does not list is not shown; one it lists that is not
// named here comes after these, in the server's order.
export const SIDEBAR_FACETS = ['kind', 'lang', 'theme', 'region', 'country', 'year',
  'org_type', 'cooperation', 'match_type', 'ip_right', 'court'];

/** The sidebar's facets, in order: of the server's list, else of the facets a search counted. */
export function sidebarFacets(fields, facets) {
  const listed = fields && fields.known ? fields.facets : Object.keys(facets || {});
  return [...SIDEBAR_FACETS.filter((f) => listed.includes(f)), ...listed.filter((f) => !SIDEBAR_FACETS.includes(f))];
}

/** Re-render the sidebar; keyboard focus stays on the same checkbox. */
export function renderFacets(container, facets, state, ctx) {
  const { tr, labels, fields } = ctx;
  const active = document.activeElement;
  const focusKey = active && active.matches && active.matches('input[data-facet]')
    && container.contains(active) ? { facet: active.dataset.facet, value: active.value } : null;

  const groups = [];
  for (const name of sidebarFacets(fields, facets)) {
    const entries = facets && Array.isArray(facets[name]) ? facets[name] : [];
    const selected = filterValues(state, name);
    const seen = new Set();
    const items = [];
    for (const e of entries) {
      if (!e || e.value === undefined || e.value === null) continue;
      const value = String(e.value);
      seen.add(value);
      items.push({ value, label: labels.get(name, value), count: Number(e.count) || 0 });
    }
    for (const value of selected) {
      if (!seen.has(value)) items.push({ value, label: labels.get(name, value), count: 0 });
    }
    if (items.length === 0) continue;
    const ul = el('ul', { class: 'facet-list' });
    items.forEach((it, i) => {
      const checked = selected.includes(it.value);
      const inputId = `facet-${name}-${i}`;
      const input = el('input', { type: 'checkbox', id: inputId, name, value: it.value, dataset: { facet: name } });
      input.checked = checked;
      ul.append(el('li', {
        class: 'facet-item' + (checked ? ' is-selected' : '') + (it.count === 0 ? ' is-zero' : ''),
        dataset: { value: it.value },
      }, el('label', { class: 'facet-option', for: inputId }, input,
        // The label box takes the page's direction, so its text starts beside the checkbox; the
        // text keeps its own inside <bdi>. With dir=auto on the box, a year or a Latin court name
        // on the Arabic page was aligned left, by the count, across the row from its checkbox.
        el('span', { class: 'facet-label' }, el('bdi', {}, it.label)),
        el('span', { class: 'facet-count', dataset: { count: it.count } }, tr.number(it.count)))));
    });
    groups.push(el('fieldset', { class: 'facet', dataset: { facet: name } },
      el('legend', { class: 'facet-title' }, tr.facetTitle(name)), ul));
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

/** The chips of the active filters; returns how many there are. */
export function renderChips(list, state, ctx) {
  const { tr, labels } = ctx;
  const chips = [];
  for (const [f, values] of Object.entries(state.filters)) {
    for (const v of values) {
      const text = `${tr.facetTitle(f)}: ${labels.get(f, v)}`;
      chips.push(el('li', {}, el('button', {
        type: 'button', class: 'chip', dataset: { facet: f, value: v },
        'aria-label': tr.t('removeFilter', { x: text }),
      }, el('span', { dir: 'auto' }, text), el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '\u00d7'))));
    }
  }
  list.replaceChildren(...chips);
  return chips.length;
}
