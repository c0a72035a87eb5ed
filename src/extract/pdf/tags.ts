// Tagged PDFs: the structure tree that Word, publishing tools and browsers write (paragraphs, headings, list
// items, quotes), read as evidence for the layout steps. Pure: works on the shapes pdf.js returns.

/** A structure element or a leaf pointing at marked content, as pdf.js's `getStructTree()` gives them. */
export interface TagNode {
  role?: string;
  type?: string;
  id?: string;
  children?: TagNode[];
}

/** The text-content items: runs of text, and the begin/end marks of marked content (with its id). */
export type TagItem = { str: string } | { type: string; id?: string };

/** Where a run of text sits in the structure: the block element's kind, which one, whether the run opens it. */
export interface TextTag {
  tag: BlockTag;
  node: number;
  first: boolean;
}

export type BlockTag = 'P' | 'H1' | 'H' | 'LI' | 'Quote' | 'Caption' | 'Other';

/** Structure roles that make a block of text, by what they mean to the layout. */
const BLOCK_ROLES: Record<string, BlockTag> = {
  P: 'P', Title: 'H1', H1: 'H1', H: 'H', H2: 'H', H3: 'H', H4: 'H', H5: 'H', H6: 'H',
  LI: 'LI', LBody: 'LI', BlockQuote: 'Quote', Quote: 'Quote', Caption: 'Caption', TOCI: 'Other',
};

/** Marked-content id → the nearest block element around it (numbered in tree order). */
export function blockOfContent(root: TagNode | null | undefined): Map<string, { tag: BlockTag; node: number }> {
  const out = new Map<string, { tag: BlockTag; node: number }>();
  let count = 0;
  const walk = (n: TagNode, block: { tag: BlockTag; node: number } | undefined): void => {
    if (n.type === 'content' && n.id !== undefined) {
      if (block) out.set(n.id, block);
      return;
    }
    const role = n.role ? BLOCK_ROLES[n.role] : undefined;
    const here = role ? { tag: role, node: count++ } : block;
    for (const c of n.children ?? []) walk(c, here);
  };
  if (root) walk(root, undefined);
  return out;
}

/** The tag of every item (undefined for marks and for text outside any block), index for index. */
export function tagTextItems(items: readonly TagItem[], blocks: Map<string, { tag: BlockTag; node: number }>): (TextTag | undefined)[] {
  const stack: (string | undefined)[] = [];
  const opened = new Set<number>();
  const out: (TextTag | undefined)[] = [];
  for (const it of items) {
    if ('str' in it) {
      const id = [...stack].reverse().find((s) => s !== undefined && blocks.has(s));
      const block = id !== undefined ? blocks.get(id) : undefined;
      if (!block || it.str.trim() === '') {
        out.push(block ? { ...block, first: false } : undefined);
        continue;
      }
      out.push({ ...block, first: !opened.has(block.node) });
      opened.add(block.node);
      continue;
    }
    out.push(undefined); // the marks themselves keep their places, so indexes match the items
    if (it.type === 'endMarkedContent') stack.pop();
    else stack.push(it.id);
  }
  return out;
}
