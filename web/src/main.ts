// Entry point: a tiny History-API router, the header search box and global keyboard shortcuts.
import { renderArticlePage } from './article.ts';
import { renderFactCheckPage } from './factcheck.ts';
import { renderDocumentsPage, renderSpeakersPage } from './library.ts';
import { getKey } from './key.ts';
import { debounce } from './dom.ts';
import { onHitKeydown } from './hits.ts';
import { ingestAvailable, renderIngestPage } from './ingest.ts';
import { setupKeyDialog } from './keyDialog.ts';
import { renderParagraphPage, rememberSearch } from './paragraph.ts';
import { renderSpeakerPage } from './speaker.ts';
import { applyState, currentState, rememberOpened, renderSearchPage } from './search.ts';

/** Wait after the last keystroke before searching: fast enough to feel instant, slow enough to skip half-typed words. */
const TYPING_DEBOUNCE_MS = 180;

const main = document.getElementById('main') as HTMLElement;
const searchBox = document.getElementById('q') as HTMLInputElement;
const searchForm = document.getElementById('search-form') as HTMLFormElement;

type Route = [RegExp, (m: RegExpMatchArray) => unknown];
const routes: Route[] = [
  [/^\/$/, () => renderSearchPage(main, searchBox)],
  [/^\/p\/([^/]+)$/, (m) => renderParagraphPage(main, decodeURIComponent(m[1] ?? ''))],
  [/^\/a\/(an_[^/]+)$/, (m) => renderFactCheckPage(main, decodeURIComponent(m[1] ?? ''))],
  [/^\/documents$/, () => renderDocumentsPage(main)],
  [/^\/speakers$/, () => renderSpeakersPage(main)],
  [/^\/a\/([^/]+)$/, (m) => renderArticlePage(main, decodeURIComponent(m[1] ?? ''), decodeURIComponent(location.hash.slice(1)))],
  [/^\/ingest$/, () => renderIngestPage(main)],
  [/^\/speakers\/([^/]+)$/, (m) => renderSpeakerPage(main, decodeURIComponent(m[1] ?? ''))],
];

function matchRoute(pathname: string): [Route, RegExpMatchArray] | null {
  for (const route of routes) {
    const m = pathname.match(route[0]);
    if (m) return [route, m];
  }
  return null;
}

function render(): void {
  const found = matchRoute(location.pathname);
  document.body.dataset.page = location.pathname === '/' ? 'search' : location.pathname.split('/')[1] ?? '';
  if (!found) {
    main.textContent = 'Page not found.';
    return;
  }
  void found[0][1](found[1]);
}

/** Go to a page of the app. Focus moves to the new content, except while the user types in the search box. */
export function navigate(url: string, moveFocus = true): void {
  if (location.pathname === '/') rememberSearch();
  history.pushState(null, '', url);
  render();
  if (!url.startsWith('/?') && url !== '/') window.scrollTo({ top: 0 });
  if (moveFocus && !url.includes('#')) main.focus({ preventScroll: true });
}

/** Follow same-origin links to known routes without reloading the page. */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element).closest?.('a');
  if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
  if (!matchRoute(link.pathname)) return;
  event.preventDefault();
  if (link.classList.contains('hit-link')) rememberOpened(link.dataset.id ?? '');
  navigate(link.pathname + link.search + link.hash);
});

window.addEventListener('popstate', render);

const typed = debounce(() => {
  if (location.pathname === '/') applyState({ ...currentState(), q: searchBox.value, offset: 0 }, 'replace');
  else if (searchBox.value.trim()) navigate('/?q=' + encodeURIComponent(searchBox.value), false);
}, TYPING_DEBOUNCE_MS);
searchBox.addEventListener('input', typed);
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (location.pathname === '/') applyState({ ...currentState(), q: searchBox.value, offset: 0 }, 'push');
  else navigate('/?q=' + encodeURIComponent(searchBox.value), false);
});

/** Inputs where `/` is a character, not the search shortcut (a checkbox or a button is not one). */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date']);

function isTyping(el: Element | null): boolean {
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type);
  return el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);
}

/** The search box's hint, short enough to show whole on a phone. */
const PLACEHOLDERS = { wide: 'Search what was said — words or a "quoted phrase"', narrow: 'Search what was said' };
const narrow = window.matchMedia('(max-width: 600px)');
const fitPlaceholder = () => (searchBox.placeholder = narrow.matches ? PLACEHOLDERS.narrow : PLACEHOLDERS.wide);
narrow.addEventListener('change', fitPlaceholder);
fitPlaceholder();

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
  const active = document.activeElement;
  if (event.key === '/' && !isTyping(active)) {
    event.preventDefault();
    searchBox.focus();
    searchBox.select();
  } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (active === searchBox || active?.classList.contains('hit-link'))) {
    onHitKeydown(event, searchBox);
  } else if (event.key === 'Escape' && active === searchBox && searchBox.value) {
    searchBox.value = '';
    typed();
  }
});

setupKeyDialog();
render();
/** "Add a report" shows to keyholders only, when the server takes uploads (the page explains it otherwise). */
const uploads = ingestAvailable();
const showIngestLink = () =>
  void uploads.then((ok) => {
    const link = document.getElementById('ingest-link');
    if (link) link.hidden = !ok || !getKey();
  });
document.addEventListener('keychange', showIngestLink);
showIngestLink();
