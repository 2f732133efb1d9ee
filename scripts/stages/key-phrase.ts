// A title for a paragraph that has none: its most salient phrase, in the
// author's own words (a run of content words, scored by how often its words
// recur in the paragraph and how rare they are in the rest of the document).

const stopwords = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with without within into onto over under about above below ' +
    "after before during since until while as than then that this these those there here it its it's they them their theirs " +
    'he him his she her hers we us our you your i me my mine is are was were be been being am do does did done have has had ' +
    'having will would shall should can could may might must not no yes very more most much many such some any each every ' +
    'all both either neither other another own same so too also just only even still again ever never always often which who ' +
    'whom whose what when where why how if because although though whereas however therefore thus hence one two first second ' +
    'new way ways thing things made make makes making get got like well de la le les des et en un une du der die das und'
  ).split(/\s+/u),
);

// Titles are noun phrases: a word that reads as a verb or adverb ends a run.
const verbs = new Set(
  (
    'began became spread changed transformed allowed made named produced used gave took came went saw found showed ' +
    'helped led brought kept left meant said told turned grew fell rose ran set put let began become welcomed ' +
    'completed printed published survive survived remains remained include includes included seems seemed'
  ).split(/\s+/u),
);

function looksLikeVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (verbs.has(lower)) return true;
  if (/^\p{Lu}/u.test(word)) return false;
  return lower.length > 4 && /(?:ed|ing|ly)$/u.test(lower);
}

const keepsWord = (word: string): boolean => /\p{L}/u.test(word) && !stopwords.has(word.toLowerCase()) && word.length >= 2 && !looksLikeVerb(word);

/** Answers so far: a document repeats its words, and a 10 MB one asks about millions of them. */
const kept = new Map<string, boolean>();

/** Whether a word can be part of a key phrase: a content word of two letters or more, not a verb. */
function keeps(word: string): boolean {
  let answer = kept.get(word);
  if (answer === undefined) {
    answer = keepsWord(word);
    // A bound on memory: a document of few repeated words (random tokens) gains nothing from more.
    if (kept.size > 100_000) kept.clear();
    kept.set(word, answer);
  }
  return answer;
}

interface Candidate {
  words: string[];
  index: number;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let run: string[] = [];
  let index = 0;
  const tokens = text.split(/([\s]+|[.,;:!?()"“”‘’[\]{}—–]+)/u);
  const flush = (): void => {
    if (run.length > 0) out.push({ words: run, index: index++ });
    run = [];
  };
  for (const token of tokens) {
    const word = token.trim();
    if (word === '') continue;
    if (!keeps(word)) {
      flush();
      continue;
    }
    run.push(word.replace(/^['"]+|['"]+$/gu, ''));
    if (run.length === 3) flush();
  }
  flush();
  return out;
}

const lower = (w: string): string => w.toLowerCase();

/** How often each content word occurs in a text: computed once per document, shared by every paragraph. */
export function wordFrequencies(text: string): Map<string, number> {
  // The words candidates() would keep, counted as they are read: a whole document's
  // candidates as objects took seconds of allocation and collection at 10 MB.
  const counts = new Map<string, number>();
  for (const [token] of text.matchAll(/[^\s.,;:!?()"“”‘’[\]{}—–]+/gu)) {
    if (!keeps(token)) continue;
    const word = lower(token.replace(/^['"]+|['"]+$/gu, ''));
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The paragraph's key phrase, capitalised, at most three words; null when it has none. */
export function keyPhrase(paragraph: string, global: Map<string, number>): string | null {
  const local = wordFrequencies(paragraph);
  let best: { phrase: string; score: number } | null = null;
  for (const c of candidates(paragraph)) {
    const score =
      c.words.reduce((sum, w) => {
        const tf = local.get(lower(w)) ?? 1;
        const df = global.get(lower(w)) ?? 1;
        return sum + (tf * (1 + Math.log(1 + tf))) / Math.sqrt(df) + (/^\p{Lu}/u.test(w) ? 0.3 : 0);
      }, 0) *
        (c.words.length >= 2 ? 1.2 : 1) -
      c.index * 0.02;
    if (!best || score > best.score) best = { phrase: c.words.join(' '), score };
  }
  if (!best) return null;
  // As the author wrote it: a capital here would turn `npm` into "Npm" and iPhone into "IPhone".
  return best.phrase;
}
