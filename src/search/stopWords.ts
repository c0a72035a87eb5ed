// Adapter data: the English stop words dropped from queries outside phrases (queryText.ts), so that "who won the 2019 presidential
// election" is decided by its content words. natural's list, without its single letters and digits ("5%" and
// "Plan B" must stay searchable). Read from its own file: the whole of natural takes seconds to load.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { words } = require('natural/lib/natural/util/stopwords.js') as { words: string[] };

export const ENGLISH_STOP_WORDS: readonly string[] = words.filter((w) => /^\p{L}{2,}$/u.test(w));
