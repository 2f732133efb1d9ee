// Sentence splitting for prose. Conservative: a false split would put half a
// sentence on a slide, so ambiguous full stops (abbreviations, initials,
// decimals) never end a sentence.

const abbreviations = new Set([
  // Mathematics notes' labels ("Def. (Geometric distribution) …", "Rmk. Then μ = λ.", "Thm. 2.1").
  'def',
  'defn',
  'thm',
  'lem',
  'cor',
  'prop',
  'rmk',
  'pf',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'al',
  'no',
  'nos',
  'vol',
  'pp',
  'p',
  'fig',
  'figs',
  'eq',
  'ca',
  'approx',
  // ("the DINO family (incl. DINO/DINOv2/DINOv3) produces…" had been cut at "(incl.".)
  'incl',
  'excl',
  'dept',
  'inc',
  'ltd',
  'co',
  'corp',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'ed',
  'eds',
  'op',
  'cit',
  'ibid',
  'viz',
  'esp',
  'resp',
  // Italian, French, German and Spanish ("(es. cliente)", "p. ex.", "z. B.", "vgl.", "p. ej."): a sentence ends on none.
  'es',
  'ecc',
  'pag',
  'pagg',
  'cfr',
  'sig',
  'dott',
  'ing',
  'ex',
  'p.ex',
  'env',
  'mme',
  'mlle',
  'z.b',
  'bzw',
  'usw',
  'vgl',
  'd.h',
  'ggf',
  'evtl',
  'bspw',
  'u.a',
  'p.ej',
  'ej',
  'pág',
  'sra',
  'srta',
  'núm',
  'aprox',
]);

// Terminal punctuation, optionally followed by closing quotes, brackets or emphasis ("_…the same length._ In almost all…"),
// and by a footnote's mark ("…range of models.<sup>13</sup> You can…", "…models.[^13] You can…").
const boundary = /([.!?…]+|[。！？]+)((?:["'”’)\]»*_]|<sup>[^<\s]{1,12}<\/sup>|\[\^[^\]\s]{1,24}\])*)(\s*)/gu;
const cjkStop = /[。！？]/u;

/**
 * A formula between dollars as Pandoc reads one: its dollar opens before a character that is not a space and closes
 * after one, with no digit after it ("costs $5. Then $10" holds none).
 */
export const inlineFormula = String.raw`(?<!\\)\$(?=[^\s$])[^$]*?[^\s\\$]\$(?!\d)`;

/** Code spans and formulas, as Markdown and Pandoc read them. */
const unbroken = new RegExp(String.raw`(\x60+)(?!\x60)[^\x60]*?[^\x60]\1(?!\x60)|\$\$[^$]+?\$\$|${inlineFormula}`, 'gu');

/** Characters of text before a full stop that decide whether it ends an abbreviation: no abbreviation is longer. */
const abbreviationTail = 48;

export function endsWithAbbreviation(before: string): boolean {
  // Only the end of the text is read: a pattern anchored at the end still tries every position from the
  // start, which made each full stop cost the length of all the text before it.
  const tail = before.length > abbreviationTail ? before.slice(-abbreviationTail) : before;
  // (After a dash too: "rich data—e.g. 3D images—into…". After a quotation mark, "'e.g.", not after an apostrophe within a
  // word: "…even when it clearly isn't. This makes…" ends a sentence, its "t" no initial.)
  const match = /(?:^|[\s(["“‘—–/]|(?<!\p{L})')([\p{L}.]+)$/u.exec(tail);
  // A run of letters filling the whole tail is a word too long to be an abbreviation.
  if (match?.[1] !== undefined && match[1].length === tail.length && tail.length < before.length) return false;
  if (!match || match[1] === undefined) return false;
  const word = match[1].toLowerCase();
  if (abbreviations.has(word)) return true;
  // A single letter ("J. Smith") or dotted initials ("U.S.S.R") are not sentence ends.
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * A capital letter alone after a word in lower case ("a data structure in R. The basic…", "rich in vitamin C. It…") ends
 * its sentence where a word that opens sentences follows: an initial stands before a name ("written by J. Smith").
 */
function letterEndsSentence(before: string, after: string): boolean {
  return /(?:^|\s)\p{Ll}[\p{Ll}'’-]*\s\p{Lu}$/u.test(before) && sentenceOpener.test(after);
}
// (French, German, Spanish, Italian and Portuguese openers too: "…en langage C. En effet, nous…" is two sentences.)
const sentenceOpener =
  /^(?:The|A|An|This|That|These|Those|It|Its|We|You|They|He|She|I|In|On|At|For|With|But|And|So|However|If|When|There|Here|Our|Their|Your|Most|Many|Some|Each|Every|As|To|Le|La|Les|Un|Une|Il|Elle|Nous|On|En|Dans|Pour|Par|Ce|Cette|Ces|Si|Mais|Ainsi|Alors|Der|Die|Das|Ein|Eine|Es|Wir|Im|Mit|Für|Auf|Bei|Wenn|Dies|Diese|Dieser|Man|Sie|Er|El|Los|Las|Una|Por|Para|Pero|Este|Esta|Con|Como|Lo|Gli|Per|Questo|Questa|Se|Ma|Os|As|Em|Mas)\s/u;

/** Whether `next` opens with a name of code in lower case (a path, a snake_case or camelCase name, one with digits) after a word of four letters or more. */
function codeNameOpens(before: string, next: string): boolean {
  const word = /^(\p{Ll}[\w./-]*)[\s,]/u.exec(next)?.[1];
  return word !== undefined && /(?:^|\s)\p{L}{4,}$/u.test(before) && (/[/_]|\d/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) && !/[./-]$/u.test(word);
}

function startsLikeSentence(after: string): boolean {
  if (after === '') return true;
  const first = after.codePointAt(0);
  if (first === undefined) return true;
  const ch = String.fromCodePoint(first);
  // Lower-case after a full stop is an abbreviation we did not know, not a new sentence.
  if (/\p{Ll}/u.test(ch)) return false;
  // Another dot: an ellipsis set with spaces ("the will of God . . . that the"), which goes on or ends after its last dot.
  if (ch === '.') return false;
  return true;
}

/**
 * Lines joined by one space, the whitespace around each line break dropped
 * (what replacing the pattern "spaces, a newline, spaces" with a space does,
 * in linear time: that pattern retries a long run of spaces from each of its
 * positions).
 */
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim();
    if (trimmed !== '' || i === 0 || i === last) kept.push(trimmed);
  });
  // (A line break is a space, as the browser shows the author's soft break and as a reader's search finds the words,
  // Chinese and Japanese too: "…らしい ので，…". Joined without one, the text no longer matched its source.)
  return kept.join(' ');
}

/** A number after a German article or preposition, which a stop makes an ordinal ("ins 19.", "am 1.", "der 3."). */
const germanOrdinal = /(?:^|\s)(?:im|ins|am|zum|zur|vom|bis|seit|ab|der|die|das|dem|den|des)\s\d{1,4}$/u;

/** A number that counts an item within a sentence, after a colon or "and"/"or" (a stop after it may be escaped, "1\\."). */
const inlineEnumerator = /(?:[:;]|,\s(?:and|or|und|oder|et|ou|y|o|e))\s\d{1,2}\\?$/iu;

/** Splits prose into sentences; joining the results with spaces gives back the text (whitespace aside). */
export function splitSentences(text: string): string[] {
  const source = text.replace(/\s+/gu, ' ').trim();
  if (source === '') return [];
  const sentences: string[] = [];
  let start = 0;
  // Spans no sentence ends inside: code and formulas ("$(n + 1)! = (n!) \cdot (n + 1)$" holds "!)" and a space).
  const spans = source.includes('`') || source.includes('$') ? [...source.matchAll(unbroken)].map((u) => [u.index, u.index + u[0].length]) : [];
  let span = 0;
  // Parentheses opened and not closed since the sentence's start, counted as the scan goes (up to `scanned`).
  let depth = 0;
  let scanned = 0;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(source); m !== null; m = boundary.exec(source)) {
    while ((spans[span]?.[1] ?? Number.POSITIVE_INFINITY) <= m.index) span += 1;
    if ((spans[span]?.[0] ?? Number.POSITIVE_INFINITY) < m.index) continue;
    for (; scanned < m.index; scanned += 1) {
      const c = source.charCodeAt(scanned);
      if (c === 40) depth += 1;
      else if (c === 41 && depth > 0) depth -= 1;
    }
    const punct = m[1] ?? '';
    const end = m.index + punct.length + (m[2]?.length ?? 0);
    // What the tests need of either side (a word before, a character after): slices of the whole text would make this quadratic.
    const before = source.slice(Math.max(start, m.index - 64), m.index);
    const after = source.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // No sentence ends at a short word's stop inside an aside in parentheses that closes soon after ("… sen edeltäjänsä
    // (ks. [SysVinit](…)).", an abbreviation of a language no list knows): the aside is of the sentence around it. (An
    // aside of sentences, "(This has been included only for convenience. TFTP need not …)", is read as sentences.)
    const closed = (m[2]?.match(/\)/gu) ?? []).length;
    if (depth - closed > 0 && m[1] === '.' && /(?:^|[\s(])\p{L}{1,3}$/u.test(before)) {
      // (What follows the stop in the aside is a link, code or a few words, "(ks. [SysVinit](…))", "(vgl. Kap. 3)": no
      // sentence of its own, as "(… to fix. Therefore, it is no longer recommended.)" has.)
      const close = source.indexOf(')', m.index);
      const rest = close >= 0 && close - m.index <= 160 ? source.slice(m.index + 1, close) : null;
      if (rest !== null && (/[[`]/u.test(rest) || countWords(rest) <= 3)) continue;
    }
    const isCjk = cjkStop.test(punct);
    if (!isCjk && (m[3] ?? '') === '' && after !== '') continue;
    // "etc." ends a sentence where a capital follows ("… by means of a flame, etc. It is true that …"); other abbreviations do not.
    if (
      !isCjk &&
      punct === '.' &&
      endsWithAbbreviation(before) &&
      !(/(?:^|[\s(])etc$/iu.test(before) && /^\p{Lu}/u.test(after)) &&
      !letterEndsSentence(before, source.slice(m.index + m[0].length, m.index + m[0].length + 12))
    )
      continue;
    // (Unless what follows is a name of code written in lower case, "… image formats. cjpeg/djpeg are of no great …",
    // "… the page. npm_config_cache holds …", after a word of four letters or more: a sentence that opens with it.)
    if (!isCjk && !startsLikeSentence(after) && !(punct === '.' && codeNameOpens(before, source.slice(m.index + m[0].length, m.index + m[0].length + 48))))
      continue;
    // A German ordinal's stop ("bis ins 19. Jahrhundert", "am 1. Mai"): a number after an article or a preposition.
    if (punct === '.' && germanOrdinal.test(before)) continue;
    // Nor the stop of a number that counts items run into the sentence ("the two conditions hold: 1. $g$ is…, and 2. $g(2n)$…").
    if (punct === '.' && inlineEnumerator.test(before)) continue;
    // Nor the stop of a number that opens the text as its label ("8\. Escreva um caso de uso…", an exercise numbered in a
    // paragraph, its stop escaped so that no list renumbers it): the sentence goes on after it.
    if (punct === '.' && /^\d{1,3}\\?$/u.test(source.slice(start, m.index))) continue;
    const sentence = source.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = m.index + m[0].length;
    depth = 0;
    scanned = start;
  }
  const rest = source.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** Counts words the way a reader would: CJK characters count one each. */
const letterOrDigit = /^[\p{L}\p{N}]/u;
const otherSpace = /^\s$/u;
/** What \s matches beyond ASCII (no-break and typographic spaces, line separators). */
const isSpace = (c: number): boolean =>
  (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff) && otherSpace.test(String.fromCharCode(c));

export function countWords(text: string): number {
  // Text with nothing in the CJK blocks (most text) is counted by its runs of non-space characters that hold a letter or digit.
  if (
    !/[\u1100-\u11ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef\u{16fe0}-\u{16fff}\u{1aff0}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3134f}]/u.test(
      text,
    )
  ) {
    // One pass over the characters, without splitting: planning counts the words of every line it measures.
    let count = 0;
    let inWord = false;
    let counted = false;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (
        !counted &&
        (c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : letterOrDigit.test(String.fromCodePoint(text.codePointAt(i) ?? c)))
      ) {
        counted = true;
        count += 1;
      }
    }
    return count;
  }
  // (Korean sets its words apart with spaces, as alphabets do: a word of Hangul is one word, not half its syllables, or a
  // slide of Korean was held to two thirds of the words it shows.)
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const rest = text
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return rest + Math.ceil(cjk / 2);
}
