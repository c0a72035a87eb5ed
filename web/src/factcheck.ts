// The fact-check page of an annotation (/a/an_…): the claim, who made it, the verdict, the note, the paragraph in
// context. The server embeds the ClaimReview JSON-LD in the page's head for search engines.
import { ApiError, getParagraph } from './api.ts';
import { claimReviewUrl, getAnnotation } from './annotationApi.ts';
import { copyButton } from './copy.ts';
import { h, replace } from './dom.ts';
import { verdictBadge } from './hits.ts';
import { location as where } from './labels.ts';

export async function renderFactCheckPage(main: HTMLElement, id: string): Promise<void> {
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const a = await getAnnotation(id);
    const p = await getParagraph(a.paragraphId).catch(() => null);
    const title = p?.article?.title ?? p?.articleTitle ?? p?.document?.title ?? 'Fact-check';
    document.title = `${a.verdict ? 'Fact-check' : 'Note'}: ${a.exact || title} — verbatim`;
    const claimant = p?.quotes?.find((q) => a.exact && (q.text.includes(a.exact) || a.exact.includes(q.text)))?.speaker ?? p?.speakers?.join(', ');
    replace(
      main,
      h(
        'article',
        { class: 'page narrow factcheck' },
        h('p', { class: 'eyebrow' }, a.verdict ? 'Fact-check' : 'Note'),
        h('h1', null, a.verdict ? 'Claim reviewed' : 'Annotated passage'),
        h('blockquote', { class: 'claim' }, a.exact || p?.text || ''),
        h('p', { class: 'para-meta' }, claimant ? `${claimant} · ` : '', title, p ? ` · ${where(p.page, p.n)}` : ''),
        a.verdict ? h('p', { class: 'rating' }, 'Verdict: ', verdictBadge(a.verdict)) : null,
        a.note ? h('p', { class: 'annotation-note' }, a.note) : null,
        h('p', { class: 'muted' }, `Reviewed by ${a.creatorName}`, a.created ? `, ${new Date(a.created).toLocaleDateString('en-GB', { dateStyle: 'medium' })}` : ''),
        h(
          'div',
          { class: 'button-row' },
          copyButton('Copy link', () => window.location.href, 'primary'),
          h('a', { class: 'button', href: `/p/${encodeURIComponent(a.paragraphId)}` }, 'The paragraph in context'),
          a.verdict ? h('a', { class: 'button subtle', href: claimReviewUrl(a.id), target: '_blank', rel: 'noopener' }, 'ClaimReview JSON-LD') : null,
        ),
      ),
    );
  } catch (err) {
    const missing = err instanceof ApiError && err.status === 404;
    replace(main, h('div', { class: 'page narrow' }, h('h1', null, missing ? 'Fact-check not found' : 'Could not load the fact-check'), h('p', null, h('a', { href: '/' }, 'Go to search'))));
  }
}
