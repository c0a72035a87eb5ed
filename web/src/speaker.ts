// The speaker page (/speakers/:name): who they are in the texts, and everything they said, quote by quote,
// in document order, each with its context, a link to it in its paragraph, and its citation.
import { ApiError, getQuotes, getSpeaker, type QuoteItem, type SpeakerProfile } from './api.ts';
import { copyButton } from './copy.ts';
import { h, replace } from './dom.ts';
import { location as where, plural } from './labels.ts';

/** Quotes fetched per "Show more": the API's page limit. */
const QUOTES_PER_PAGE = 100;

export const speakerPath = (name: string): string => `/speakers/${encodeURIComponent(name)}`;

/** A link to a person's speaker page. */
export function speakerLink(name: string, cls = 'speaker-link'): HTMLAnchorElement {
  return h('a', { class: cls, href: speakerPath(name) }, name);
}

function summary(s: SpeakerProfile): string {
  const parts = [plural(s.quotes, 'quote')];
  if (s.voiceParagraphs) parts.push(`${plural(s.voiceParagraphs, 'paragraph')} in their own voice`);
  parts.push(`in ${plural(s.articles.length, 'article')}`);
  return parts.join(', ');
}

function variantsLine(s: SpeakerProfile): HTMLElement | null {
  const names = s.variants.filter((v) => v.kind === 'name').map((v) => `${v.text} (${v.count})`);
  const described = s.variants.filter((v) => v.kind === 'description').map((v) => `“${v.text}” (${v.count})`);
  if (!names.length && !described.length) return null;
  return h('p', { class: 'speaker-variants' }, names.length ? `Named as ${names.join(', ')}.` : '', described.length ? ` Described as ${described.join(', ')}.` : '');
}

/** Where they speak: each article with their roles there and how much they say. */
function articlesList(s: SpeakerProfile): HTMLElement | null {
  if (!s.articles.length) return null;
  return h('ul', { class: 'speaker-articles', 'aria-label': 'Articles' }, s.articles.map((a) =>
    h('li', null, a.id ? h('a', { href: `/a/${encodeURIComponent(a.id)}` }, a.title) : a.title, h('span', { class: 'muted' }, ` · ${a.roles.join(', ')} · ${plural(a.paragraphs, 'paragraph')}, ${plural(a.quotes, 'quote')}`))));
}

function quoteItem(q: QuoteItem): HTMLLIElement {
  const context = `/p/${encodeURIComponent(q.paragraph.id)}#q-${encodeURIComponent(q.id)}`;
  return h(
    'li',
    { class: 'speaker-quote', id: `q-${q.id}` },
    h('blockquote', { class: 'speaker-quote-text' }, h('span', { class: 'muted' }, q.context.before), h('q', { class: 'quote-span' }, q.text), h('span', { class: 'muted' }, q.context.after)),
    h(
      'p',
      { class: 'speaker-quote-meta' },
      h('span', null, where(q.page, q.paragraph.n) || 'Paragraph'), // the article heads its group
      h('a', { href: context, class: 'button subtle' }, 'In context'),
      copyButton('Copy quote citation', () => q.citation?.text ?? ''),
    ),
  );
}

function header(s: SpeakerProfile): HTMLElement {
  const search = `/?speaker=${encodeURIComponent(s.name)}`;
  return h(
    'header',
    { class: 'para-head' },
    h('p', { class: 'eyebrow' }, 'Speaker', s.roles.length ? ` · ${s.roles.join(', ')}` : ''),
    h('h1', null, s.name),
    h('p', { class: 'para-meta' }, summary(s), ' · ', h('a', { href: search }, 'All their paragraphs in search'), s.quotes ? [' · ', h('a', { href: `${search}&role=quoted` }, 'Only their quotes')] : null),
    variantsLine(s),
    articlesList(s),
  );
}

export async function renderSpeakerPage(main: HTMLElement, name: string): Promise<void> {
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  let profile: SpeakerProfile;
  try {
    profile = await getSpeaker(name);
  } catch (err) {
    const missing = err instanceof ApiError && err.status === 404;
    replace(main, h('div', { class: 'page narrow' }, h('h1', null, missing ? 'Speaker not found' : 'Could not load the speaker'), h('p', null, missing ? `Nobody called “${name}” speaks in the indexed reports.` : String(err)), h('p', null, h('a', { href: '/' }, 'Go to search'))));
    return;
  }
  document.title = `${profile.name} — verbatim`;
  const list = h('ol', { class: 'speaker-quotes', 'aria-label': `Quotes of ${profile.name}, in document order` });
  const more = h('div', { class: 'button-row' });
  const empty = profile.quotes ? null : h('p', { class: 'muted' }, 'No quotes: their words are whole paragraphs (see them in search).');
  replace(main, h('div', { class: 'page speaker-page' }, h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/' }, '← Search')), header(profile), h('h2', null, 'Quotes'), empty, list, more));
  await loadMore(profile.name, list, more, 0);
}

async function loadMore(name: string, list: HTMLElement, more: HTMLElement, offset: number): Promise<void> {
  const page = await getQuotes(name, offset, QUOTES_PER_PAGE);
  let lastArticle = [...list.querySelectorAll<HTMLElement>('li.speaker-article')].pop()?.dataset.article;
  for (const q of page.quotes) {
    const article = q.article?.id ?? q.document.id;
    if (article !== lastArticle) list.append(h('li', { class: 'speaker-article', 'data-article': article }, h('h3', null, q.article?.title ?? q.document.title)));
    lastArticle = article;
    list.append(quoteItem(q));
  }
  const next = offset + page.quotes.length;
  replace(more, next < page.total ? h('button', { type: 'button', class: 'button', onclick: () => void loadMore(name, list, more, next) }, `Show more (${page.total - next} left)`) : null);
}
