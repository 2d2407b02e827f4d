// Building DOM safely: text always goes through textContent; server HTML keeps only <mark>.
import { isRtl } from './i18n.js';

/** Create an element. attrs: class, text, dataset, on<event> handlers, or plain attributes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = String(v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/**
 * A fragment from server-highlighted HTML (escaped text with matches in <mark>). Defence in
 * depth: only attribute-less <mark> elements survive; any other markup becomes its text.
 */
export function highlighted(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = String(html); // template content is inert: nothing loads or runs
  const clean = (parent) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'MARK') {
        for (const a of Array.from(node.attributes)) node.removeAttribute(a.name);
        clean(node);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        node.replaceWith(document.createTextNode(node.textContent));
      } else if (node.nodeType !== Node.TEXT_NODE) {
        node.remove();
      }
    }
  };
  clean(tpl.content);
  return tpl.content;
}

/** Mark a node as written in `lang` (and right to left when it is). */
export function setLangDir(node, lang) {
  if (!lang) return;
  node.setAttribute('lang', lang);
  node.setAttribute('dir', isRtl(lang) ? 'rtl' : 'ltr');
}

export function safeHttpUrl(u, base) {
  try {
    const url = new URL(String(u), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
