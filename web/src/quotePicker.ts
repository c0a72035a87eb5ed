// Choosing words to quote without a mouse: a sentence, or a range of words by number (keyboard and screen
// readers), next to the mouse/touch selection in the text.
import { h } from './dom.ts';

export interface Range {
  start: number;
  end: number;
}

/** Sentence ends: a stop, then closing quotes or brackets, then a space. */
const SENTENCE_END = /[.!?…]["”’)\]]*\s+/g;

export function sentenceSpans(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.trimEnd().length) out.push({ start, end: text.trimEnd().length });
  return out;
}

export function wordSpans(text: string): Range[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

const short = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

/** The picker: `onPick(null)` means the whole paragraph. */
export function quotePicker(text: string, onPick: (r: Range | null) => void): HTMLElement {
  const sentences = sentenceSpans(text);
  const words = wordSpans(text);
  const sentence = h('select', { id: 'pick-sentence' }, h('option', { value: '' }, 'Whole paragraph'), sentences.map((s, i) => h('option', { value: String(i) }, `${i + 1}. ${short(text.slice(s.start, s.end))}`)));
  const num = (id: string, value: number) => h('input', { id, type: 'number', min: 1, max: words.length, value, inputmode: 'numeric' });
  const from = num('pick-from', 1);
  const to = num('pick-to', Math.min(words.length, 3));
  sentence.addEventListener('change', () => {
    const s = sentences[Number(sentence.value)];
    onPick(sentence.value === '' || !s ? null : s);
  });
  const pickWords = () => {
    const a = words[clamp(Number(from.value), words.length) - 1];
    const b = words[clamp(Number(to.value), words.length) - 1];
    if (a && b) onPick(a.start <= b.start ? { start: a.start, end: b.end } : { start: b.start, end: a.end });
  };
  const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, label), control);
  return h(
    'details',
    { class: 'quote-picker' },
    h('summary', null, 'Choose the words with the keyboard'),
    field('pick-sentence', 'Sentence', sentence),
    h('div', { class: 'field-row' }, field('pick-from', `From word (1–${words.length})`, from), field('pick-to', 'To word', to)),
    h('button', { type: 'button', class: 'button', onclick: pickWords }, 'Quote these words'),
  );
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(1, Math.round(n)), max) : 1;
}
