// Drop caps: a lone capital (`K`) printed apart from the rest of its word (`azakh`) is glued back.
import { startsLowercase } from '../text/predicates.ts';
import { firstText, type WorkBlock } from './blocks.ts';

/** Letters that are words on their own: `A` + `new` is two words, `K` + `azakh` is one. */
const STANDALONE_LETTERS = new Set(['A', 'I']);

/** `U` + `K Prime Minister`: the rest of an all-capitals word (`UK`) that the document prints elsewhere. */
function capsWordGoesOn(letter: string, text: string, isWord: (w: string) => boolean): boolean {
  const word = /^(\p{Lu}{1,4})\b/u.exec(text)?.[1];
  return !!word && isWord(letter + word);
}

export function repairDropCaps(blocks: WorkBlock[], isWord: (w: string) => boolean): { blocks: WorkBlock[]; fixed: number } {
  const out: WorkBlock[] = [];
  let fixed = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const letter = b.lines.length === 1 ? (b.lines[0]?.text ?? '') : '';
    if (!/^\p{Lu}$/u.test(letter) || !next || !(startsLowercase(firstText(next)) || capsWordGoesOn(letter, firstText(next), isWord))) {
      out.push(b);
      continue;
    }
    const [first, ...rest] = next.lines;
    const firstWord = first!.text.split(/\s/)[0] ?? '';
    const glue = !STANDALONE_LETTERS.has(letter) || isWord(letter + firstWord.replace(/[^\p{L}]/gu, ''));
    out.push({ ...next, dropCap: true, lines: [{ ...first!, text: letter + (glue ? '' : ' ') + first!.text }, ...rest] });
    fixed++;
    i++;
  }
  return { blocks: out, fixed };
}
