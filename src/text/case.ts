// Letter case of names and labels: one title-caser for the whole pipeline.

/** Each word's first letter up, the rest down; words break at spaces, apostrophes and hyphens (`O’NEIL-SMITH` → `O’Neil-Smith`). */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Printed in capitals: it has a capital letter and no small one. */
export function isShouted(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/** A name set in capitals (`JANE O’NEIL`, a byline or a label) as it reads in running text; other names unchanged. */
export function unshout(name: string): string {
  return isShouted(name) ? titleCase(name) : name;
}
