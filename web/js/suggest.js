// Suggestions under the search box, as an ARIA combobox: arrow keys move through them,
// Enter takes one, Escape closes the list; the box keeps focus throughout.
import { el } from './dom.js';

const MIN_CHARS = 2;
const DELAY_MS = 120;

export function attachSuggestions(input, list, { api, tr, onPick }) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', tr.t('suggestions'));

  function close() {
    items = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(i) {
    active = i;
    list.querySelectorAll('[role=option]').forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function show(suggestions) {
    items = suggestions.filter((s) => s && s.text);
    active = -1;
    list.replaceChildren(...items.map((s, i) => el('li', {
      id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion-option',
      dataset: { type: s.type || '' }, lang: s.lang || null, dir: 'auto',
    }, String(s.text))));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
  }

  async function fetchFor(prefix) {
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const data = await api.suggest(prefix, tr.lang, 8, controller.signal);
      if (input.value.trim() === prefix && document.activeElement === input) show(data.suggestions || []);
    } catch {
      close(); // suggestions are a help, never an error for the reader
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < MIN_CHARS) { close(); return; }
    timer = setTimeout(() => fetchFor(prefix), DELAY_MS);
  });

  input.addEventListener('keydown', (ev) => {
    if (list.hidden || items.length === 0) return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const n = items.length;
      highlight(ev.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (ev.key === 'Enter' && active >= 0) {
      ev.preventDefault();
      const pick = items[active];
      close();
      onPick(pick);
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      close();
    }
  });

  list.addEventListener('mousedown', (ev) => ev.preventDefault()); // keep focus in the box
  list.addEventListener('click', (ev) => {
    const opt = ev.target.closest('[role=option]');
    if (!opt) return;
    const pick = items[Number(opt.id.slice(list.id.length + 1))];
    close();
    if (pick) onPick(pick);
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
