// A title for a paragraph that has none: its most salient phrase, in the
// author's own words (a run of content words, scored by how often its words
// recur in the paragraph and how rare they are in the rest of the document).

import { unescapeMarkdown } from './text-size.ts';
import { otherArticles, otherLinkWords } from './labels.ts';

/** A word a reference to a part of the text opens with ("Fig. 1", "Table 2", "Eq. (3)", "Ch. 4"), its stop maybe. */
export const referenceWord = /^(?:figs?|figures?|tab|tables?|eqs?|equations?|sec|sections?|ch|chap|chapters?|appendix|vol|pp?|nos?|ref)\.?$/iu;

const stopwords = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with without within into onto over under about above below ' +
    "after before during since until while as than then that this these those there here it its it's they them their theirs " +
    'he him his she her hers we us our you your i me my mine is are was were be been being am do does did done have has had ' +
    'having will would shall should can could may might must not no yes very more most much many such some any each every ' +
    'all both either neither other another own same so too also just only even still again ever never always often which who ' +
    'whom whose what when where why how if because although though whereas however therefore thus hence one two first second ' +
    'new way ways thing things made make makes making get got like well myself yourself yourselves himself herself itself ' +
    'ourselves themselves out up down off upon through across against between among around toward towards ones ' +
    'sometimes usually perhaps maybe already quite rather really actually almost later soon lest unless whether whilst amid amidst ' +
    'thy thee thou thine ye ' +
    // (And the function words of French, Spanish, German, Italian and Portuguese: a French essay's key phrase had read
    // "Postérité nombreuse comme".)
    [...otherArticles, ...otherLinkWords, 'elle', 'ils', 'elles', 'nous', 'vous', 'auch', 'anche', 'não'].join(' ')
  ).split(/\s+/u),
);

// Titles are noun phrases: a word that reads as a verb or adverb ends a run.
const verbs = new Set(
  (
    'began became spread changed transformed allowed made named produced used gave took came went saw found showed ' +
    'helped led brought kept left meant said told turned grew fell rose ran set put let began become welcomed ' +
    'completed printed published survive survived remains remained include includes included seems seemed ' +
    // (Past forms that end in no "-ed": "the client sent" named a slide "client sent".)
    'sent bought caught taught thought fought built felt held lost paid sold spent stood understood wrote written broke ' +
    'chose chosen drove driven forgot forgotten met spoke spoken stole stolen threw thrown knew known did done gone seen'
  ).split(/\s+/u),
);

function looksLikeVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (verbs.has(lower)) return true;
  if (/^\p{Lu}/u.test(word)) return false;
  return lower.length > 4 && /(?:ed|ing|ly)$/u.test(lower);
}

// A contraction ("you'll", "don't", "we're") is a pronoun's or a verb's, never a content word; nor is "cannot".
const keepsWord = (word: string): boolean =>
  /\p{L}/u.test(word) &&
  // Nor is an identifier or a glob ("Alt_L", "XTerm*eightBitInput", "a=b"): code's, never a phrase's.
  !/[\p{L}\p{N}][_*=<>|~^][\p{L}\p{N}]/u.test(word) &&
  !stopwords.has(word.toLowerCase()) &&
  word.length >= 2 &&
  !looksLikeVerb(word) &&
  !/(?:['’](?:ll|re|ve|d|m)|n['’]t)$/iu.test(word) &&
  word.toLowerCase() !== 'cannot';

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

function candidates(given: string): Candidate[] {
  // Without Markdown's escapes ("Alt\\_L" is "Alt_L"): an escape parts no word.
  const text = unescapeMarkdown(given);
  const out: Candidate[] = [];
  let run: string[] = [];
  let index = 0;
  // Dashes typed as two hyphens ("name--if ten") part words as a dash does; a backslash (an escape) is no word's.
  const tokens = text.split(/([\s]+|(?:[.,;:!?()"“”‘’[\]{}—–\\]|-{2,})+)/u);
  const flush = (): void => {
    if (run.length > 0) out.push({ words: run, index: index++ });
    run = [];
  };
  for (const token of tokens) {
    const word = token.trim();
    if (word === '') continue;
    if (!keeps(bare(word))) {
      flush();
      continue;
    }
    run.push(bare(word));
    if (run.length === 3) flush();
  }
  flush();
  return out;
}

const lower = (w: string): string => w.toLowerCase();
/** A word or phrase with a capital first letter ("decide right" -> "Decide right"). */
export const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A word without the quotes and the marks of emphasis around it ("_honest_", "*not*", "'tis'"). */
const bare = (w: string): string => w.replace(/^['"_*]+|['"_*]+$/gu, '');

/** How often each content word occurs in a text: computed once per document, shared by every paragraph. */
/** Whether a word is a function word or a word of degree ("the", "any", "not", "very"): it names nothing. */
export const isStopword = (word: string): boolean => stopwords.has(word.toLowerCase());

export function wordFrequencies(given: string): Map<string, number> {
  const text = unescapeMarkdown(given);
  // The words candidates() would keep, counted as they are read: a whole document's
  // candidates as objects took seconds of allocation and collection at 10 MB.
  const counts = new Map<string, number>();
  for (const [token] of text.matchAll(/(?:[^\s.,;:!?()"“”‘’[\]{}—–\\-]|-(?!-))+/gu)) {
    if (!keeps(bare(token))) continue;
    const word = lower(bare(token));
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The paragraph's key phrase, capitalised, at most three words, not one of `taken`; null when it has none. */
export function keyPhrase(paragraph: string, global: Map<string, number>, taken: ReadonlySet<string> = new Set()): string | null {
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
    const phrase = c.words.join(' ');
    if ((!best || score > best.score) && !taken.has(phrase) && !taken.has(capitalised(phrase))) best = { phrase, score };
  }
  if (!best) return null;
  // As the author wrote it: a capital here would turn `npm` into "Npm" and iPhone into "IPhone".
  return best.phrase;
}

/** A word that reads as a verb ("obey", "generates", "taken"): no noun phrase ends on it. */
const endsOnVerb = (word: string): boolean =>
  looksLikeVerb(word) ||
  /^(?:obeys?|coincides?|follows?|holds?|means?|gives?|given|takes?|taken|shows?|shown|generates?|depends?|becomes?|makes?|applies|satisfies|implies|yields?|requires?|contains?|allows?|leads?|looks?|supports|provides|includes|offers|lets|needs|has|have|does|can|could|will|would|should|must)$/iu.test(
    word,
  );

/** Words no term ends on: they name no topic ("good idea", "right hand side", "go back"). */
const vague =
  /^(?:idea|ideas|way|ways|thing|things|lot|part|side|kind|sort|case|cases|time|times|back|try|one|ones|example|examples|point|fact|end|number|numbers|sake)$/iu;

/**
 * A term of a passage that the document uses elsewhere too: the passage's key phrase of two or three words (keyPhrase),
 * the first such that the document uses three times or more (`uses`, phraseCounts'), ends on no verb, and is no path,
 * code or formula. "The BCS Wavefunction (cont.)" over a paragraph on the thermodynamic limit is named by it; a phrase
 * the passage happens to hold once ("special role", "square brackets") names nothing. Null when none does.
 */
export function recurringTerm(
  passage: string,
  global: Map<string, number>,
  uses: (phrase: string) => number,
  taken: ReadonlySet<string> = new Set(),
): string | null {
  const tried = new Set(taken);
  for (let k = 0; k < 8; k += 1) {
    const phrase = keyPhrase(passage, global, tried);
    if (phrase === null) return null;
    tried.add(phrase);
    const words = phrase.split(' ');
    const [first = '', last = ''] = [words[0], words[words.length - 1]];
    if (
      words.length < 2 ||
      /[/\\`<>=$#@|~^]|\d/u.test(phrase) ||
      endsOnVerb(last) ||
      vague.test(last) ||
      // (A capital on its first word alone opens a sentence: "Add support", "Let's try", "Ignores hidden directories".)
      (/^\p{Lu}/u.test(first) && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) ||
      /^(?:see|go|let|add|use|store|make|get|try|run|take|do|say|set|put|keep)$/iu.test(first)
    )
      continue;
    if (uses(phrase) >= 3) return phrase;
  }
  return null;
}

/**
 * How often a phrase of two or three words stands in a text (in any case, as whole words): its runs of two and three
 * words counted once, so that asking is a look-up (a scan of the text for each phrase asked was quadratic in a long
 * document of many slides).
 */
export function phraseCounts(text: string): (phrase: string) => number {
  const counts = new Map<string, number>();
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
  for (let i = 0; i + 1 < words.length; i += 1) {
    const two = `${words[i]} ${words[i + 1]}`;
    counts.set(two, (counts.get(two) ?? 0) + 1);
    if (i + 2 < words.length) {
      const three = `${two} ${words[i + 2]}`;
      counts.set(three, (counts.get(three) ?? 0) + 1);
    }
  }
  return (phrase) => counts.get(phrase.toLowerCase()) ?? 0;
}

/**
 * Capitalised words that name no one and open no name: months ("April 1990"), days, titles of address, a document's own
 * parts ("Section 4"), and a company's legal form after its name's comma ("Docker, Inc." had titled a slide "— Inc").
 */
const notNames = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday thursday ' +
    'friday saturday sunday ok okay yes no mr mrs ms dr section sections chapter listing figure table page part step appendix ' +
    'exercise example question solution answer option options note inc ltd llc corp gmbh plc'
  ).split(/\s+/u),
);

/**
 * A run of capitalised words ("Rich Draves", "Accademia di Belli Arti", "IBM 1401"), joined by the small words names
 * hold; not ending on a word a slash joins to the next ("K" of "Paxos-based K/V server"). A middle initial is part of
 * the name before the surname ("Jessica D. Litman", not "Jessica D"; "Brian E. J. Rose", not "Brian E").
 */
const connectors = 'of|di|de|del|della|la|le|von|van|der|du|da';
const nameRun = new RegExp(
  `(?<![\\p{L}\\p{N}'’@#/._\\\\-])\\p{Lu}[\\p{L}\\p{N}'’-]*(?![\\p{L}\\p{N}'’_-])(?:(?:[ \\t]+(?:\\n[ \\t]*)?|\\n[ \\t]*)(?:(?:${connectors})[ \\t]+)?(?:\\p{Lu}\\.(?=[ \\t]+(?:\\p{Lu}\\.[ \\t]+)*(?!(?:The|This|That|These|It|In|On|At|We|He|She|They|A|An|But|And|So|Then)\\b)\\p{Lu}\\p{Ll})|\\p{Lu}[\\p{L}\\p{N}'’-]*(?![\\p{L}\\p{N}'’_-])|\\d+(?:\\.\\d+)*)(?![\\p{L}]))*(?!\\/[\\p{L}\\p{N}])`,
  'gu',
);
const connector = new RegExp(`^(?:${connectors})$`, 'u');

/** Whether the text before a position ends a sentence, opens a link's text or a parenthesis (or is nothing). */
const opensSentence = (text: string, at: number): boolean => /(?:^|[.!?:;"“”)\]]\s+|\n\s*|^[-*+]\s+|[[(]\s*)$/u.test(text.slice(Math.max(0, at - 4), at));

/**
 * The name a passage is about, in the author's spelling: the capitalised name it
 * uses most ("Interleaf", "Rich Draves", "Y Combinator"), preferring names used
 * here more than in the rest of the document (`names`: the whole document's,
 * see documentNames). A word capitalised only because it opens a sentence is no
 * name unless the author capitalises it elsewhere too. `least`: how often the
 * passage must use it; `taken`: names already given. Null when it names no one.
 */
export function namePhrase(text: string, names: Names, least = 1, taken: ReadonlySet<string> = new Set()): string | null {
  let best: { name: string; score: number } | null = null;
  for (const [name, count] of nameCounts(text)) {
    if (count < least || taken.has(name) || !names.isName(name)) continue;
    const words = name.split(/\s+/u).length;
    const score = count * Math.sqrt(count / Math.max(count, names.counts().get(name) ?? count)) * (1 + 0.25 * (words - 1));
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name ?? null;
}

/** How often each name occurs in a text (see namePhrase), a sentence's opening word counted only where it is capitalised mid-sentence too. */
export function nameCounts(text: string): Map<string, number> {
  const found: { name: string; opening: boolean }[] = [];
  const midSentence = new Set<string>();
  for (const m of text.matchAll(nameRun)) {
    // "Question:", "Solution:": a label, not a name.
    if (text[(m.index ?? 0) + m[0].length] === ':') continue;
    // Words after a number are what it counts or measures ("16 GB MicroSD Card", "3 Heat Sinks"), not a name.
    if (/\d[\d.,]*\s+$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))) continue;
    // The opening word of a quotation that goes on ('"Vibe coded" PRs') is no name: it would cut the author's phrase.
    if (/["“‘]$/u.test(text.slice(0, m.index ?? 0)) && !/^[.,!?]?["”’]/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // A possessive is the name's ("McCarthy's 1960 paper" is about McCarthy).
    let name = m[0]
      // "New York I" (the writer after a name): the name ends before "I".
      .replace(/\s+I(?:['’]\p{L}+)?(?:\s.*)?$/u, '')
      .replace(/['’]s$/u, '')
      .replace(/[-'’]+$/u, '')
      // A Korean or Japanese particle written onto a Latin name ("MMU가", "CPU와", "APIを") is no part of it.
      .replace(/(?<=[\p{Script=Latin}\p{N})])[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u, '');
    let opening = opensSentence(text, m.index ?? 0);
    // "The Accademia", "In Florence": a sentence's opening word that is no name comes off.
    const first = /^\S+/u.exec(name)?.[0] ?? '';
    if (opening && name.includes(' ') && (stopwords.has(first.toLowerCase()) || /^I(?:'|’|$)/u.test(first))) {
      name = name.slice(first.length).trim();
      opening = false;
    }
    const opener = (/^\S+/u.exec(name)?.[0] ?? '').toLowerCase();
    if (name === '' || /^I(?:'|’|$)/u.test(name) || notNames.has(opener) || stopwords.has(name.toLowerCase()) || name.length < 2) continue;
    found.push({ name, opening });
    if (!opening) midSentence.add(name);
  }
  const counts = new Map<string, number>();
  for (const { name, opening } of found) if (!opening || midSentence.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** A document's names: how often each occurs (nameCounts), and which capitalised words are names at all. */
export interface Names {
  counts: () => Map<string, number>;
  isName: (name: string) => boolean;
  /**
   * Whether a bold lead-in is a label the author puts over many paragraphs ("**Architecture Invariant:**" a score
   * of times, "**Note:**"): it says what kind of point follows, not what a slide is about.
   */
  isLabel: (term: string) => boolean;
}

/**
 * A document's names, worked out on first use (most decks never ask: their sections have headings and their
 * slides other names). A name is not a word the author also writes in lower case ("Section", "Running",
 * "Copyright"), nor a phrase of such words ("Standard Version"), nor words in capitals ("AS IS"), nor an
 * acronym used once (a line of test data).
 */
export function documentNames(documentText: string): Names {
  let counts: Map<string, number> | undefined;
  let lower: Set<string> | undefined;
  const countsOf = (): Map<string, number> => (counts ??= nameCounts(documentText));
  const lowerWords = (): Set<string> => {
    if (lower) return lower;
    lower = new Set();
    for (const [word] of documentText.matchAll(/(?<![\p{L}\p{N}_-])\p{Ll}[\p{L}'’-]*/gu)) lower.add(word);
    return lower;
  };
  const isName = (name: string): boolean => {
    const words = name.split(/\s+/u).filter((w) => /\p{L}/u.test(w) && !connector.test(w));
    if (words.length === 0) return false;
    // (A program's constant, "True" of "decode_unicode=True", "None", "NULL": a value, no one's name.)
    if (/^(?:true|false|none|null|nil|nan|undefined|na|inf)$/iu.test(name.trim())) return false;
    // (Nor the word a reference opens with, "Fig. 1", "Table 2", "Eq. (3)": what the text points at, not what it is about.)
    // ("In Fig. 4, we show…" is no name "In Fig" either.)
    const reference = (w: string): boolean => referenceWord.test(w);
    if (words.some(reference) && words.every((w) => reference(w) || /^(?:in|see|on|at|from|as|by|cf|of|and)$/iu.test(w))) return false;
    // "Tensors" where the author writes "tensor": a word, in either number.
    const written = (w: string): boolean => [w, w.replace(/s$/u, ''), `${w}s`].some((form) => lowerWords().has(form.toLowerCase()));
    if (words.every(written)) return false;
    const capitals = words.filter((w) => /^[\p{Lu}\p{N}&-]+$/u.test(w));
    if (capitals.length >= 2 && capitals.length === words.length) return false;
    if (words.length === 1 && capitals.length === 1) return (countsOf().get(name) ?? 0) >= 2;
    return true;
  };
  let leadIns: Map<string, number> | undefined;
  const isLabel = (term: string): boolean => {
    leadIns ??= boldLeadIns(documentText);
    return (leadIns.get(term.replace(/[\s:：.]+$/u, '').toLowerCase()) ?? 0) >= 3;
  };
  return { counts: countsOf, isName, isLabel };
}

/** How often each bold lead-in opens a line of the text ("**Architecture Invariant:** …", "- **Note**: …"), by its words in lower case. */
function boldLeadIns(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/^[ \t>]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(\*\*|__)([^*_\n]{1,60}?)\1/gmu)) {
    const term = (m[2] ?? '').replace(/[\s:：.]+$/u, '').toLowerCase();
    if (term !== '') counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}
