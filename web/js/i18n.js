// The reader's interface language: choosing it, translating strings, formatting numbers and
// country names, and laying the page out right to left for Arabic. Labels of filter values
// (kinds, themes, languages…) are not here: they come from the server (labels.js).
import { LANGS, STRINGS } from './strings.js';

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export function isRtl(lang) {
  return RTL.has(String(lang || '').toLowerCase().split('-')[0]);
}

/** The first supported language among `wanted` (URL value, then the browser's), else English. */
export function pickLang(...wanted) {
  for (const w of wanted.flat()) {
    const base = String(w || '').toLowerCase().split('-')[0];
    if (LANGS.includes(base)) return base;
  }
  return 'en';
}

/** A translator for one language: t(key, {name: value}). */
export function translator(lang) {
  const table = STRINGS[lang] || STRINGS.en;
  const t = (key, vars = {}) => {
    const s = table[key] !== undefined ? table[key] : STRINGS.en[key];
    if (s === undefined) return key;
    return s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  };
  const numbers = new Intl.NumberFormat(lang);
  const ms = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, useGrouping: false });
  const names = (type) => {
    try { return new Intl.DisplayNames([lang, 'en'], { type }); } catch { return null; }
  };
  const regions = names('region');
  return {
    lang,
    dir: isRtl(lang) ? 'rtl' : 'ltr',
    t,
    number: (n) => numbers.format(n),
    ms: (n) => ms.format(n),
    count: (n) => (Number(n) === 1 ? t('result1') : t('results', { n: numbers.format(n) })),
    countryName(code) {
      try { return (regions && regions.of(String(code).toUpperCase())) || code; } catch { return code; }
    },
    /** A field's title; a field newer than the page shows as its name. */
    facetTitle: (field) => (STRINGS.en['f_' + field] !== undefined ? t('f_' + field) : field),
  };
}

/** Fill every [data-i18n] (text), [data-i18n-placeholder] and [data-i18n-label] (aria-label). */
export function translatePage(root, tr) {
  for (const n of root.querySelectorAll('[data-i18n]')) n.textContent = tr.t(n.dataset.i18n);
  for (const n of root.querySelectorAll('[data-i18n-placeholder]')) {
    n.placeholder = tr.t(n.dataset.i18nPlaceholder);
  }
  for (const n of root.querySelectorAll('[data-i18n-label]')) {
    n.setAttribute('aria-label', tr.t(n.dataset.i18nLabel));
  }
}
