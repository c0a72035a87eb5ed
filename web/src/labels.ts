// Human labels for the fixed vocabularies of the API.

const KIND_LABELS: Record<string, string> = {
  body: 'Text',
  question: 'Question',
  answer: 'Answer',
  heading: 'Heading',
  caption: 'Caption',
  standfirst: 'Standfirst',
  bio: 'Bio',
  disclaimer: 'Disclaimer',
  turn: 'Turn',
  quote: 'Quote',
};

const VERDICT_LABELS: Record<string, string> = {
  true: 'True',
  'mostly-true': 'Mostly true',
  mixed: 'Mixed',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function verdictLabel(verdict: string): string {
  return VERDICT_LABELS[verdict] ?? verdict;
}

/** A class-safe token for CSS (kind-answer, verdict-mostly-true). */
export function token(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "p. 4 · ¶ 12", leaving out what is unknown. */
export function location(page: number | null | undefined, n: number | undefined): string {
  const parts: string[] = [];
  if (page !== null && page !== undefined) parts.push(`p. ${page}`);
  if (n !== undefined) parts.push(`¶ ${n}`);
  return parts.join(' · ');
}
