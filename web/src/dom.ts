// DOM helpers. Every value from data becomes a text node (createTextNode / textContent): the page never
// assigns innerHTML. Search snippets keep their <mark> highlights through `markedNodes`.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Create an element. Attributes starting with `on` are listeners; `false`/`null` attributes are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replace all children of `parent`. */
export function replace(parent: Node, ...children: (Child | Child[])[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Undo the API's HTML escaping of a snippet (only the entities an escaper emits; anything else stays as typed). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m, name: string) => DECODE[name] ?? m);
}

/**
 * A snippet from the API (HTML-escaped text with <mark> around matches) as DOM nodes. Nothing is parsed as
 * HTML: the snippet is split on the exact tags `<mark>` and `</mark>` (and `<q>`, `</q>` around a speaker's quote),
 * each piece becomes a text node, and only the pieces between those tags are wrapped in a <mark> (or <q>) element.
 * A `<script>` in the data stays text.
 */
export function markedNodes(snippet: string): Node[] {
  const out: Node[] = [];
  let open = false;
  let quote: HTMLElement | null = null; // a speaker's quote, `<q>…</q>` (hits found through a speaker)
  for (const part of snippet.split(/(<\/?mark>|<\/?q>)/)) {
    if (part === '<mark>') open = true;
    else if (part === '</mark>') open = false;
    else if (part === '<q>') out.push((quote = h('q', { class: 'quote-span' })));
    else if (part === '</q>') quote = null;
    else if (part) {
      const text = document.createTextNode(unescapeHtml(part));
      const node = open ? h('mark', null, text) : text;
      if (quote) quote.appendChild(node);
      else out.push(node);
    }
  }
  return out;
}

/** An element whose content is a highlighted snippet from the API. */
export function marked<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, snippet: string): HTMLElementTagNameMap[K] {
  return h(tag, { class: cls }, markedNodes(snippet));
}

export function $(selector: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(selector);
}

/** Debounce a function: only the last call within `ms` runs. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Announce a message to screen readers through the page's live region. */
export function announce(message: string): void {
  const region = document.getElementById('live');
  if (region) region.textContent = message;
}
