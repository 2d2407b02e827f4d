// "Match my need": a free-text need goes to /v1/match; offers, partners and stories come back
// in three groups, each hit with a short explanation of why it fits.
import { el } from './dom.js';
import { renderHit } from './results.js';

export const MATCH_GROUPS = [['offers', 'offers'], ['profiles', 'profiles'], ['stories', 'stories']];

export function matchBody(state, uiLang) {
  const body = { text: state.need.trim(), ui_lang: uiLang, per_group: 5 };
  const country = state.needCountry.trim().toUpperCase();
  if (country) body.filters = { country: [country] };
  return body;
}

/** Render a /v1/match answer into `container`; returns how many hits were shown. */
export function renderMatch(container, data, ctx) {
  let shown = 0;
  const sections = MATCH_GROUPS.map(([key, title]) => {
    const hits = Array.isArray(data[key]) ? data[key] : [];
    shown += hits.length;
    const headingId = `match-${key}-heading`;
    return el('section', { class: 'match-group', dataset: { group: key }, 'aria-labelledby': headingId },
      el('h3', { id: headingId, class: 'match-group-title' }, ctx.tr.t(title), ' ',
        el('span', { class: 'match-group-count' }, `(${ctx.tr.number(hits.length)})`)),
      hits.length
        ? el('ol', { class: 'results' }, hits.map((h) => renderHit(h, ctx)))
        : el('p', { class: 'no-results' }, ctx.tr.t('none')));
  });
  container.replaceChildren(...sections);
  return shown;
}
