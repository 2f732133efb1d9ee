// Paragraphs and list items -> short slide points, in the author's words.
// Extractive only: a point is the author's lead-in term and the opening of
// their first sentence, cut at a clause boundary; nothing is reworded,
// recapitalised or ellipsed, and code spans, links and emphasis are never cut.
import { countWords, endsWithAbbreviation, inlineFormula, joinLines, splitSentences } from './sentences.ts';
import { type SubjectWords, subjectWords } from './subject-words.ts';
import { otherArticles, otherLinkWords } from './labels.ts';

/** Inline constructs a cut must not enter: code spans, links and images (their text may hold brackets, "[A Plea [PDF]](…)"), emphasis (bold may hold italics; its stars open before a word and close after one), strikethrough, autolinks, math (between dollars no backslash escapes: a plain text's "{/Here 3\\\$/^M}", escaped as Markdown, holds none), and HTML entities (the semicolon of `&mdash;` ends no clause). */
const atoms =
  /(`+)[\s\S]*?[^`]\1(?!`)|`[^`]+`|!?\[(?:[^[\]]|\[[^[\]]{0,200}\]){0,1000}\]\([^)]{0,2048}\)|!?\[(?:[^[\]]|\[[^[\]]{0,200}\]){0,1000}\]\[[^\]]{0,1000}\]|\*\*(?=\S)(?:[^*]|\*[^*\s][^*]*\*)+?(?<=\S)\*\*|__(?=\S)[^_]+?(?<=\S)__|~~(?=\S)[^~]+?(?<=\S)~~|==(?=[^\s=])[^=\n]+?(?<=[^\s=])==|(?<![\w*])\*[^*\s][^*]*\*(?![\w*])|<[a-z]+:[^>\s]+>|https?:\/\/\S+|(?<!(?<!\\)(?:\\\\)*\\)\$(?:[^$\\\n]|\\.)+?\$|&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/giu;

interface Masked {
  text: string;
  restore: (masked: string) => string;
}

/** Replaces atoms with placeholders that contain no spaces or punctuation. */
function mask(text: string): Masked {
  const kept: string[] = [];
  const masked = text.replace(atoms, (atom) => {
    kept.push(atom);
    return `\u0001${kept.length - 1}\u0002`;
  });
  return { text: masked, restore: (m) => m.replace(/\u0001(\d+)\u0002/gu, (_, n: string) => kept[Number(n)] ?? '') };
}

const wordsOf = (masked: Masked, text: string): number => countWords(masked.restore(text));

/** For positions along a text, in increasing order: whether each is outside quotes and parentheses (one scan for all). */
function quoteScanner(text: string): (at: number) => boolean {
  // A single quotation mark opens before a word and closes after one ("add: 'Answer, Socrates, …'"); an apostrophe
  // stands between letters ("don't"), after a plural's s ("the students' books") or before an elided word ("'till he
  // hath"): an opening mark no closing one follows opens nothing, but for a speech's.
  const closesSingle = (i: number): boolean => /[\p{L}.,!?]/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + 1] ?? '');
  const opensSingle = (i: number): boolean => /^[\s("“]?$/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
  let lastCloser = -1;
  for (let i = text.length - 1; i > 0 && lastCloser < 0; i -= 1) if ((text[i] === "'" || text[i] === '’') && closesSingle(i)) lastCloser = i;
  // A quotation the text opens and that runs to its end, closed there or not (a dialogue's paragraph, "\"Well, here is
  // the blank, which…" with its closing mark paragraphs on; "'These are the sort of accusations…'"), is the speech the
  // text is: it encloses the whole text, so it encloses nothing.
  const opening = /^[\s*_]*(["“'‘])/u.exec(text);
  const mark = opening?.[1];
  const end = text.trimEnd().replace(/(?:\[\^[^\]\s]+\]|[*_.,;:!?)\]])+$/u, '');
  const count = (ch: string): number => text.split(ch).length - 1;
  const speech =
    opening !== null &&
    (mark === '"'
      ? count('"') % 2 === 1 || (count('"') === 2 && end.endsWith('"'))
      : mark === '“'
        ? count('”') < count('“') || (count('“') === 1 && end.endsWith('”'))
        : lastCloser < opening[0].length || lastCloser === end.length - 1);
  let scanned = speech ? opening[0].length : 0;
  let quotes = 0;
  let curly = 0;
  let parens = 0;
  let brackets = 0;
  let singles = 0;
  return (at) => {
    for (; scanned < at; scanned += 1) {
      const ch = text[scanned];
      if (ch === '"') quotes += 1;
      else if (ch === '“') curly += 1;
      else if (ch === '”') curly -= 1;
      // (A speech a colon or comma opens in capitals, "add: 'Answer, Socrates…", may close in a later sentence.)
      else if (
        (ch === "'" || ch === '‘') &&
        opensSingle(scanned) &&
        (scanned < lastCloser || (/[:,]\s$/u.test(text.slice(scanned - 2, scanned)) && /\p{Lu}/u.test(text[scanned + 1] ?? '')))
      )
        singles += 1;
      else if ((ch === "'" || ch === '’') && singles > 0 && closesSingle(scanned)) singles -= 1;
      else if (ch === '(') parens += 1;
      else if (ch === ')') parens -= 1;
      // (Square brackets too: "gives zero since [-7 - 13 + 10] gives…" is not cut at its minus sign.)
      else if (ch === '[') brackets += 1;
      else if (ch === ']') brackets -= 1;
    }
    return quotes % 2 === 0 && curly <= 0 && singles <= 0 && parens <= 0 && brackets <= 0;
  };
}

/** A comma, then a list's item of one to three words, then "and" or "or" (after a comma or not): what opens a clause is no item. */
const listItemAfter =
  /^,\s+(?!(?:which|who|whose|whom|where|when|while|but|so|yet|and|or|nor|because|although|though|since|if|then|it|they|he|she|we|you|i|this|these|there)\b)(?:[^\s,;:]+\s+){0,2}[^\s,;:]+,?\s+(?:and|or|nor)\s/iu;

/**
 * What goes on with the main clause after an aside's closing comma: its verb, a form that agrees with a subject
 * ("plays", "is", "would"), so the words before the aside are that subject. (A list's next item, "reentrancy problems",
 * or another relative clause, "who would", is no such verb.)
 */
const goesOn = String.raw`(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|\p{Ll}{2,}(?:[^s\s]s|ed))\b`;
const mainGoesOn = new RegExp(String.raw`^,\s+${goesOn}`, 'u');
/** After an aside's closing comma, the main clause going on in lower case, not a clause of its own ("more efficient", not "and it"). */
const resumes =
  /^,\s+(?!(?:and|or|but|nor|yet|so|then|which|who|whose|whom|where|when|while|if|because|although|though|since|unless|it|they|he|she|we|you|i|this|that|these|there|as)\b)(?!\p{L}+,?\s+(?:and|or|nor)\b)\p{Ll}/u;
/** A comparison set between commas ("…generically, as one would draft a form or template, more efficient…"): from its opening comma. */
const asAside = new RegExp(String.raw`^,\s+as\s+[^,;:.!?()]{1,80}${resumes.source.slice(1)}`, 'u');
/** The text before such a comparison's closing comma. */
const asAsideBefore = /,\s+as\s+[^,;:.!?()]{1,80}$/u;
/** A relative clause set between commas inside the main clause ("weight, which is in a sense action at a distance, plays"). */
const aside = String.raw`,\s+(?:which|who|whom|whose)\b[^,;:.!?()]{1,160}`;
/** Its opening comma (at the text's start), to its closing one and the main clause going on. */
const embeddedAside = new RegExp(String.raw`^${aside},\s+${goesOn}`, 'u');
/** The text before an aside's closing comma: the aside, from its opening comma and relative pronoun. */
const asideBefore = new RegExp(`${aside}$`, 'u');

/** An aside in parentheses that the clause goes on after (a word in lower case follows it). */
const parentheticalAside = /\s\((?![\s)])[^()\n]{6,200}\)(?=\s+\p{Ll})/gu;

/** A text without the relative clauses set between commas inside its main clause. */
const withoutAsides = (text: string): string => (text.includes(',') ? text.replace(asides, ' ').replace(examples, ' ') : text);
const asides = new RegExp(String.raw`${aside},\s+(?=${goesOn})`, 'gu');
/**
 * Examples set between commas the same way ("new computers, such as the ENIAC at the University of Pennsylvania, can be
 * used…"), where the main clause then goes on to its end without another comma: not a list's first item ("a Source
 * form, including but not limited to compiled object code, generated documentation, and conversions…").
 */
const examples = new RegExp(String.raw`,\s+(?:such\s+as|including|for\s+(?:example|instance))\b[^,;:.!?()]{1,160},\s+(?=${goesOn}[^,;:]*$)`, 'gu');

/** The first half of a pair whose second half is still to come: "either unicast", "between the client", "zwischen A". */
const pairOpened = /(?:^|\s)(?:either|neither|between|whether|entweder|sowohl|weder|zwischen|soit|entre)\s+(?:[^\s,;:]+\s+){0,3}[^\s,;:]+$/iu;

/**
 * Clause boundaries in a sentence: after , ; : and dashes (and their
 * full-width forms), before a parenthesis. Linear in the sentence: each test looks at a window around
 * the boundary, quotes and parentheses are counted as the scan goes, and it
 * stops at the first boundary past `stopAfter`.
 */
function clauseEnds(text: string, stopAfter = Number.POSITIVE_INFINITY): number[] {
  const ends: number[] = [];
  const outside = quoteScanner(text);
  // "three scenarios: a vector, a data frame, or a plot": after a colon that opens a list, the commas part its items.
  const colon = /:\s/u.exec(text)?.index ?? -1;
  const listFrom = colon >= 0 && /,[^,]+,\s+(?:and|or|nor)\b/iu.test(text.slice(colon)) ? colon : Number.POSITIVE_INFINITY;
  // Chinese and Japanese punctuation marks a clause's end without a space after it (，；：、 and a full-width parenthesis).
  // (A dash set between words, "circumstances--the deduction", "circumstances—the deduction", as typewritten and typeset
  // text writes it, ends a clause as a spaced one does; not either of a pair round an aside: counted once, not looked for
  // again at each dash.)
  const pairedDashes = (text.match(/--|—/gu)?.length ?? 0) > 1;
  // Nor either of two spaced dashes round an aside that the clause goes on after in lower case ("a great many issues -
  // traffic congestion, housing, loneliness - are all related"): cut at either, the point is a subject with no verb.
  // (Nor at a comma inside it: the aside is one, as one in parentheses is.)
  const spaced = [...text.matchAll(/\s([—–-])\s/gu)];
  const embedded: [number, number][] = [];
  for (let k = 0; k + 1 < spaced.length; k += 1) {
    const [open, close] = [spaced[k], spaced[k + 1]];
    if (open?.[1] !== close?.[1] || !/^\s*\p{Ll}/u.test(text.slice((close?.index ?? 0) + 3))) continue;
    embedded.push([open?.index ?? 0, close?.index ?? 0]);
    k += 1;
  }
  const inEmbeddedAside = (at: number): boolean => embedded.some(([from, to]) => at >= from && at <= to);
  // (So does a comma or a semicolon of ASCII between Chinese or Japanese characters, as some authors type them: "脉浮紧,发热,恶寒".)
  for (const m of text.matchAll(
    /[,;:](?=\s)|[，；：、]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}」』”])[,;](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『“])|\s[—–-]\s|(?<=\p{L}[.!?'"’”)]?)(?:--|—)(?=["“'‘]?\p{L})|\s\(|（/gu,
  )) {
    const at = m.index ?? 0;
    const free = outside(at);
    if ((m[0] === ',' || m[0] === ';') && !/\s/u.test(text[at + 1] ?? ' ')) {
      if (!free) continue;
      ends.push(at);
      if (at > stopAfter) break;
      continue;
    }
    if ((m[0] === '--' || m[0] === '—') && pairedDashes) continue;
    if (inEmbeddedAside(at)) continue;
    if (m[0] === ',' && at > listFrom) continue;
    // After a comma, what follows must open a clause of its own ("..., which", "..., and it"),
    // not finish the one before ("Jenner, a country doctor, tested"): else the cut leaves a fragment.
    if (m[0] === ',' && !clauseOpener.test(text.slice(at + 1, at + 200)) && !clauseOpenerElsewhere.test(text.slice(at + 1, at + 200))) continue;
    // "mistrust, ideological opposition, and the knowledge": a list, not the end of a clause.
    if (m[0] === ',' && /,\s*(?:\S+\s+){0,2}\S+$/u.test(text.slice(Math.max(0, at - 200), at)) && /^,\s+(?:and|or|nor)\b/iu.test(text.slice(at, at + 40)))
      continue;
    // Nor the comma before another "nor" of "neither … nor … , nor …": the series goes on to its verb.
    if (m[0] === ',' && /^,\s+nor\b/iu.test(text.slice(at, at + 8)) && /\bneither\b/iu.test(text.slice(Math.max(0, at - 200), at))) continue;
    // Nor is the comma before an item of a few words that "and" or "or" follows ("by removing, | moving, and renaming files"),
    // unless the item opens a clause ("…, which helps, and …").
    if (m[0] === ',' && listItemAfter.test(text.slice(at, at + 80))) continue;
    // Never inside a quotation or a parenthesis.
    if (!free) continue;
    // A short gloss in parentheses that the phrase goes on after ("both the long (cheat.sh) and the short (cht.sh)
    // names") is inside it; one that ends its phrase ("except part 11 (CI/CD), which…") may be cut before.
    if (m[0].endsWith('(')) {
      // Nor the aside of an item of a series a colon opens ("recommended times for the parts below are: Part 1 (30-45 min),
      // Parts 2+3 (…), Parts 4+5 (…)"): the point had ended on "are: Part 1".
      if (colon >= 0 && at > colon && (text.slice(colon).match(/,\s/gu)?.length ?? 0) >= 2) continue;
      const close = text.indexOf(')', at);
      if (close > at && close - at < 40 && countWords(text.slice(at + 2, close)) <= 3 && !/^\)\s*(?:[,;:.!?]|$)/u.test(text.slice(close))) continue;
    }
    // Nor one inside a pair that "either", "between"… open and "or", "and" close ("can operate in either unicast |
    // (point to point), multicast … or anycast … modes").
    if (pairOpened.test(text.slice(Math.max(0, at - 48), at))) continue;
    // "because the room was, and because...": a clause cut after a word that needs what follows it is no clause.
    if (dangling.test(text.slice(Math.max(0, at - 24), at))) continue;
    // Nor one that names what the colon goes on to say ("discusses one of the simplest: how prices…", "is the following:").
    if (m[0] !== ',' && elliptical.test(text.slice(Math.max(0, at - 60), at))) continue;
    // Nor before a discourse marker set off by commas that the main clause's verb follows ("Service that accepts empty
    // requests… (1, 2, 3 etc.), on the other hand, | is not stateless"): what comes before is its subject alone.
    if (markerBeforeVerb.test(text.slice(at, at + 80))) continue;
    // Nor before ", however," where the sentence so far is an opening phrase with no clause of its own ("In a large
    // project where the cost really matters, | however, the first computation…").
    if (/^,\s+however\b/iu.test(text.slice(at, at + 12)) && phraseOnly.test(text.slice(0, at))) continue;
    // Nor one cut in a clause that opens with a phrase and has not reached its subject ("we have shown that for
    // every quantified statement φ, | we can compute…", "this implies that for any sound system | (and …) S, there are…").
    if (openingPhraseOnly.test(text.slice(Math.max(0, at - 160), at))) continue;
    // Nor one that closes a subordinate clause opened inside the one it belongs to ("we want a notion of where we are, so
    // that when we take a new snapshot, | we know what it is relative to"): cut there, "so that" has no clause.
    if (m[0] === ',' && subordinateOnly.test(text.slice(Math.max(0, at - 160), at))) continue;
    // Nor the commas round a relative clause set inside the main one ("…even in everyday experience weight, which is in a
    // sense action at a distance, plays a very important part"): cut at either, the point is a subject with no verb.
    if (
      m[0] === ',' &&
      (embeddedAside.test(text.slice(at, at + 200)) || (asideBefore.test(text.slice(Math.max(0, at - 180), at)) && mainGoesOn.test(text.slice(at))))
    )
      continue;
    // Nor those round a comparison set inside it ("to make drafting generically, as one would draft a form, more efficient
    // than…"): the main clause goes on after it, and a cut at either leaves it unfinished.
    if (
      m[0] === ',' &&
      (asAside.test(text.slice(at, at + 120)) || (asAsideBefore.test(text.slice(Math.max(0, at - 100), at)) && resumes.test(text.slice(at, at + 40))))
    )
      continue;
    ends.push(at);
    if (at > stopAfter) break;
  }
  return ends;
}

/**
 * In a long sentence with no clause to cut at, the last comma within the limit that a phrase follows rather than a
 * clause ("The conference took place over an April weekend in Shanghai, | in the Puruan Building of …, easily
 * reachable by subway …"): the words before it, six or more past its opening phrase, are its main clause whole.
 */
function phraseAfterComma(masked: Masked, sentence: string, intro: number, maxWords: number): number | undefined {
  // Words that open with a phrase or a participle ("Not being an expert in web services myself, in my presentation I…")
  // hold their main clause after a comma: what comes before it says nothing by itself.
  const opening = sentence.slice(intro).trimStart();
  if (phraseOpener.test(opening) || subordinate.test(opening) || /^(?:not\s+)?\p{L}+ing\b/iu.test(opening)) return undefined;
  const outside = quoteScanner(sentence);
  let cut: number | undefined;
  for (const m of sentence.matchAll(/,(?=\s)/gu)) {
    const at = m.index ?? 0;
    const before = sentence.slice(0, at);
    if (wordsOf(masked, before) > maxWords * 1.35) break;
    const after = sentence.slice(at + 1).trimStart();
    if (at <= intro || wordsOf(masked, sentence.slice(intro, at)) < 6 || !outside(at) || dangling.test(before)) continue;
    if (markerBeforeVerb.test(sentence.slice(at, at + 80))) continue;
    // (Or a participle's phrase: "…at a large scale, | both identifying which codes…", "…, reducing the cost".)
    if (phraseOpener.test(after) || /^\p{Ll}{3,}ly\s/u.test(after) || /^(?:both\s+|either\s+)?\p{Ll}{3,}ing\s/u.test(after)) cut = at;
  }
  return cut;
}

/** A word a clause cannot end with: an article, a preposition, a conjunction, an auxiliary. */
const dangling = new RegExp(
  String.raw`(?:^|\s)(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|nor|than|as|that|which|who|whom|whose|whereas|because|although|though|unless|whether|if|was|were|is|are|am|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|not|very|so|rather|like|unlike|including|via|into|onto|upon|between|among|through|versus|however|hence|thus|therefore|thereby|` +
    // (And those of the labels' other languages: "Postérité nombreuse comme" had titled a French essay's slide.)
    [...otherArticles, ...otherLinkWords, 'est', 'sont', 'ne', 'se', 'si', 'plus', 'leur', 'leurs', 'sein', 'seine', 'ihr', 'ihre'].join('|') +
    ')$',
  'iu',
);

/**
 * The last words of a sentence that goes on after its colon, in the other languages of the deck's labels: a
 * preposition, an article or a conjunction ("Podemos clasificarlas en:", "On distingue deux cas pour :"), or "the
 * following" ("En C++ tenemos las siguientes:", "Es gibt folgende:"). Such a line leads into what follows; it names nothing.
 */
const labelGoesOn = new RegExp(`(?:^|\\s)(?:${[...otherArticles, 'siguientes?', 'suivante?s?', 'folgende[nrs]?', 'seguenti', 'seguintes'].join('|')})$`, 'iu');

/**
 * Words that stand for what comes after them: a part of a group not named ("one of the simplest"), "the following"; and a
 * verb of saying or asking whose words the colon opens ("…, and asked: is this an institution or not?").
 */
const elliptical =
  /\b(?:(?:one|some|many|each|any|all|none|most|several|two|three|four)\s+of\s+the\s+(?:\p{L}+est|most\s+\p{L}+|best|worst|following)|the\s+following|asked|asks|ask|said|says|say|wrote|writes|replied|replies|answered|wondered|wonder)$/iu;

/** A sentence's opening phrase and nothing more: a preposition or a subordinating word, and no comma yet. */
const phraseOnly =
  /^\s*(?:in|on|at|for|from|during|after|before|under|with|without|when|whenever|if|while|although|though|because|since|as|once|unless|until)\b[^,;:]*$/iu;

/**
 * A verb that needs a subject before it, after a parenthesis or a discourse marker between commas, or both ("(1, 2, 3
 * etc.), on the other hand, is not"): a cut before them leaves the subject alone.
 */
const markerBeforeVerb =
  /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:on\s+the\s+other\s+hand|however|therefore|thus|for\s+example|for\s+instance|in\s+turn|in\s+fact|of\s+course|though|too|then|in\s+practice|in\s+general)\s*,)?\s+(?:is|are|was|were|has|have|had|can|cannot|could|will|would|may|might|must|should|shall|does|do|did)\b/iu;

/**
 * Words that end in a clause's opening phrase, before its subject: a subordinate clause's ("…that for every statement
 * φ", "…is that, with a focus purely on inference") or a coordinate one's ("…the confusion matrix, but compared to
 * `mcc()`").
 */
const openingPhraseOnly =
  /\b(?:(?:that|if|whether|because|since|when|so)\s*,?|(?<=[,;]\s*)(?:but|and|yet|or|however|thus|therefore)\s*,?)\s+(?:for|in|on|at|by|with|under|from|after|before|during|given|without|unlike|like|compared\s+(?:to|with)|according\s+to|due\s+to|thanks\s+to|in\s+contrast\s+to|as\s+for|instead\s+of|rather\s+than|apart\s+from|despite|in\s+spite\s+of|regardless\s+of|because\s+of)\s+[^,;:—–]*$/iu;

/**
 * Words that end in a subordinate clause opened inside a clause ("…, so that when we take a new snapshot", "…and if it
 * fails"): the clause it is part of goes on after the comma that closes it, to its own subject and verb.
 */
const subordinateOnly =
  /\b(?:so\s+that|that|and|but|or|so)\s*,?\s+(?:when|whenever|if|once|unless|until|before|after|because|since|although|though|while)\s+[^,;:—–()]*$/iu;

/**
 * A connective that opens the next clause, cut from it ("…MAP inference queries; in addition", "…; for example"): a
 * point ends before it, where its clause ends.
 */
const connectiveTail =
  /(?:[;:,—–(]|\s(?:and|but|or|so))\s*(?:in\s+addition|in\s+fact|in\s+particular|in\s+general|in\s+practice|in\s+turn|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand|as\s+a\s+result|of\s+course|for\s+example|for\s+instance|that\s+is|e\.\s?g\.|i\.\s?e\.|however|moreover|furthermore|additionally|instead|indeed|consequently|also|then|still|otherwise|similarly|likewise|meanwhile|nevertheless|nonetheless|besides)\s*$/iu;

/**
 * The opening words of a clause a conjunction joins on after a comma, its verb not yet come ("…dell'operatore di
 * assegnazione, e i due", "…the copy constructor, and the two"): a cut never ends there.
 */
// (Its subject opens with an article or a pronoun: ", or statutory" ends a list of words, not a clause.)
const openedClauseTail =
  /,\s+(?:and|but|or|e|ed|et|y|und|oder|o|ou|ma|mais|pero|aber|sondern)\s+(?:the|a|an|this|these|those|it|they|we|he|she|i|il|lo|la|gli|le|les|un|una|une|der|die|das|ein|eine|el|los|las)(?:\s+\S+){0,2}$/iu;

/**
 * An aside a conjunction opens before its clause ("…*Small is Beautiful* and, despite not being interested in
 * economics"): the clause's subject and verb come after the aside's closing comma, so a cut never ends at it.
 */
const asideAfterConjunction = /\s(?:and|but|or|yet|so),\s+[^,;:—–()]{1,160}$/iu;

/** Whether a cut would end on the opening of the next clause: its connective, or its first words (no place to cut). */
const opensNextClause = (head: string): boolean => connectiveTail.test(head) || openedClauseTail.test(head) || asideAfterConjunction.test(head);

/** Whether words end on one that needs what follows it ("…to those who walk through the"): no clause, no title. */
export const endsOnFunctionWord = (text: string): boolean => dangling.test(text.trimEnd());

/** Whether a text opens in lower case past its marks ("(the …"); one that opens with a masked span ("`x` is") does not. */
const opensLower = (text: string): boolean => /^[^\p{L}\u0001]*\p{Ll}/u.test(text);

/** A clause that opens with a personal pronoun (English, French, German), which stands for a name said before it. */
const pronounOpening = /^[^\p{L}\u0001]*(?:it|they|he|she|its|their|his|her|them|il|elle|ils|elles|es|er|sie)(?![\p{L}\p{N}])/u;

/** Where the text is after its first `n` words (whitespace-separated), or its length. */
function afterWords(text: string, n: number): number {
  const words = /\S+/gu;
  for (let k = 0, m = words.exec(text); m; k += 1, m = words.exec(text)) if (k + 1 >= n) return m.index + m[0].length;
  return text.length;
}

const clauseOpener =
  /^\s+(?:and|but|or|nor|so|yet|however(?!\s+\p{Ll}+\s*,)|which|who|whom|whose|where|when|while|whereas|because|although|though|since|unless|if|as|then|that|so that|such as|including|especially|e\.g\.|i\.e\.|meaning|making|allowing|leaving|giving|it|they|he|she|we|you|i|this|these|there|its|their|his|her|our|\p{Ll}{3,}ing)\b/iu;

/**
 * The same in French, German, Spanish, Italian and Portuguese: conjunctions and relative pronouns, no article (a
 * word boundary of ASCII would not end "où" or "qu'": what follows is a space, a comma or an apostrophe's word).
 */
const clauseOpenerElsewhere =
  /^\s+(?:et|mais|donc|car|qui|que|qu['’]|dont|où|lorsque|quand|puisque|comme|notamment|auquel|auxquels|auxquelles|laquelle|lequel|lesquels|lesquelles|tant|afin|und|aber|oder|denn|sondern|welche[rsmn]?|wenn|weil|obwohl|während|damit|sodass|pero|porque|quien|quienes|cuyo|cuya|donde|cuando|aunque|mientras|ma|perché|mentre|dove|mas|porém|onde|embora)(?=[\s,]|(?<=['’]))/iu;

const connective =
  /^(?:however|moreover|furthermore|additionally|in addition|thus|therefore|consequently|as a result|meanwhile|indeed|in fact|nevertheless|nonetheless|in summary|in conclusion|to sum up|to summari[sz]e|to conclude|in short|overall|all in all|in closing|in sum|to recap|ultimately|finally|lastly|first(?:ly)?|second(?:ly)?|third(?:ly)?),\s+/iu;
const subordinate =
  /^(?:(?:even|only|just)\s+(?=(?:when|if|though|as|after|before|because|while|once|until)\b))?(?:while|whereas|although|though|because|since|if|when|whenever|as|after|before|despite|following|given|unlike|once|until|upon|by|with|without|in order to|instead of|rather than|apart from|aside from|in addition to|besides|regardless of|in spite of|except for)\b/iu;

/** A preposition or adverb that opens a phrase, where a main clause opens with its subject. */
const phraseOpener =
  /^(?:outside|inside|in|on|at|of|for|from|to|with|without|by|about|after|before|during|since|until|like|than|into|onto|over|under|through|around|near|beyond|along|across|against|between|among|within|per|via|especially|mostly|mainly|not|only|even|just|still|also|too)\b/iu;

/** Whether text is connectives alone, each with its comma ("Thus, ", "In short, however, "). */
const connectivesOnly = (text: string): boolean => {
  let rest = text;
  for (let m = connective.exec(rest); m; m = connective.exec(rest)) rest = rest.slice(m[0].length);
  return rest.trim() === '' && text.trim() !== '';
};

/**
 * A sentence's main clause, by dropping words at its start only: a leading
 * connective ("In summary,") and a leading subordinate clause ("while the
 * pact served both sides, it was..."), when what is left still says something.
 */
function mainClause(sentence: string): string {
  let text = sentence;
  for (let m = connective.exec(text); m; m = connective.exec(text)) text = text.slice(m[0].length);
  // "If X, then Y": the main clause is what "then" opens, however many commas X holds.
  const then = /^(?:if|when|whenever|once)\b/iu.test(text) ? /,\s+then\s+/iu.exec(text.slice(0, 600)) : null;
  if (then && countWords(text.slice(then.index + then[0].length)) >= 4) text = text.slice(then.index + then[0].length);
  else if (subordinate.test(text)) {
    // The main clause starts after the comma that closes the subordinate one ("When X is poured, and Y, it is...").
    for (const m of text.matchAll(/,\s/gu)) {
      // A subordinate clause is short: a comma far on does not close it.
      if ((m.index ?? 0) > 600) break;
      // Nor does a comma inside an aside between dashes or in parentheses ("If an exception-- including, but not limited to,
      // `StopIteration` --is raised, …").
      // Nor one inside quotes, braces, a code span or an inline element ("the data <em>{ content: "no side effects!",
      // important: true }</em>, the result is…": the clause "important: true }</em>, the result…" had been a point).
      const before = text.slice(0, m.index);
      if ((before.match(/--|—/gu)?.length ?? 0) % 2 === 1 || (before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0)) continue;
      if (
        (before.match(/"/gu)?.length ?? 0) % 2 === 1 ||
        (before.match(/`/gu)?.length ?? 0) % 2 === 1 ||
        (before.match(/\{/gu)?.length ?? 0) > (before.match(/\}/gu)?.length ?? 0) ||
        (before.match(/<(?:em|i|b|strong|code|kbd|span|a|q)\b/giu)?.length ?? 0) > (before.match(/<\/(?:em|i|b|strong|code|kbd|span|a|q)>/giu)?.length ?? 0)
      )
        continue;
      const rest = text.slice((m.index ?? 0) + 2);
      // (Nor one before a participle's phrase, "…works its way outward, | stopping as soon as a match is found": the
      // main clause is before it, not after.)
      if (/^(?:and|or|but|nor|which|who|that)\b/iu.test(rest) || /^(?!(?:no|some|every|any)thing\b|string\b)\p{Ll}{2,}ing\b/u.test(rest)) continue;
      // (Nor the comma between two adjectives of one noun, "to be a simple, | unobtrusive markup language".)
      // (A word that opens a clause, "…to view the changes, | you can use…", is no second adjective.)
      if (
        /\b(?:a|an|the)\s+\p{Ll}+$/iu.test(before) &&
        /^\p{Ll}+\s+\p{Ll}/u.test(rest) &&
        !clauseOpener.test(` ${rest}`) &&
        !/^(?:the|a|an|my|your|each|every|some|all|no)\b/iu.test(rest)
      )
        continue;
      // A phrase of a word or two ("With this,", "If so,", "Given this,") is closed by its first comma, and is kept: what
      // follows it would open in lower case, and a later comma would leave the sentence's tail alone ("With this, Git can
      // use names…, | instead of a long hexadecimal string").
      if (countWords(text.slice(0, m.index)) < 3) break;
      // "Before college the two main things I worked on, outside of school, were...": a phrase between commas, no main clause.
      if (countWords(rest) >= 4 && !phraseOpener.test(rest)) text = rest;
      break;
    }
  }
  return countWords(text) >= 3 ? text : sentence;
}

/** The words that open an introductory phrase: a preposition, a subordinator or a linking adverb. */
const introductory =
  /^(?:in|on|at|by|for|with|without|within|after|before|during|since|until|when|whenever|if|unless|although|though|even|however|thus|therefore|still|yet|also|moreover|furthermore|instead|unlike|like|as|because|once|while|over|under|through|from|to|of|among|between|despite|besides|beyond|according|finally|first|second|then|now|here|today|later|meanwhile|otherwise|similarly|likewise|nevertheless|nonetheless|indeed|of course|so|considering|assuming|supposing|provided|given|seeing|knowing|about|around|approximately|almost|nearly|back|last|recently|originally|initially|historically|traditionally|eventually)\b/iu;

/**
 * Where a sentence's introductory phrases end ("In the long run, though, | we
 * cannot expect..."): a cut before there leaves a phrase with no clause, and
 * so does one a word or two after it.
 */
function introEnd(sentence: string): number {
  let at = 0;
  for (let m = /^\s*([^,;:]*?),\s+/u.exec(sentence); m; m = /^\s*([^,;:]*?),\s+/u.exec(sentence.slice(at))) {
    const phrase = m[1] ?? '';
    // An introductory phrase is short and closed: "In Bash kannst du ... (drück die Kombination," is a clause cut inside its parenthesis.
    // (A time the sentence is set at is one too: "Two years ago, …".)
    if (
      (!introductory.test(phrase) && !/\sago$/iu.test(phrase) && countWords(phrase) > 2) ||
      countWords(phrase) > 8 ||
      (phrase.match(/\(/gu)?.length ?? 0) > (phrase.match(/\)/gu)?.length ?? 0)
    )
      break;
    at += m[0].length;
  }
  return at;
}

/**
 * The opening of a passage, at most about `maxWords` words: its first
 * sentence, or that sentence cut at the last clause boundary that keeps
 * it short. A sentence with no such boundary stays whole.
 */
export function topicOf(text: string, maxWords: number, described = false): string {
  return closingEmphasis(text, openingOf(text, maxWords, described));
}

/**
 * A paragraph that is all one emphasis, cut ("_**Tip:** … step. More …_" -> "_**Tip:** … step."), with its closing
 * marker: the slide would show the opening one as a character.
 */
function closingEmphasis(text: string, cut: string): string {
  const whole = /^(\*\*|__|\*|_)(?=\S)[\s\S]+?(?<=\S)\1$/u.exec(joinLines(text).trim())?.[1];
  const shown = cut.trimEnd();
  return whole && shown.startsWith(whole) && !shown.endsWith(whole) && !shown.slice(whole.length).includes(whole) ? closedAfter(shown, whole) : cut;
}

/**
 * `shown` with an emphasis marker put after it. A web address it ends on is set in angle brackets first (an autolink,
 * shown as the same address): the marker run on after it would be read as part of the address
 * ("…/docs/12/functions.html_", a link to a page that is not there).
 */
function closedAfter(shown: string, marker: string): string {
  return `${shown.replace(/(?<![<(\w])(https?:\/\/[^\s<>]+)$/u, '<$1>')}${marker}`;
}

/** topicOf, its closing emphasis marker aside. */
function openingOf(text: string, maxWords: number, described: boolean): string {
  // A paragraph that is all one emphasis ("**[Edit: … many sentences …]**") is cut inside it, its markers kept round the cut;
  // so is a quotation in italics followed by whom it is by ("*… many sentences …* (Peter Turney)"), which stays after it.
  const emphasis = /^(\*\*|__|==|\*|_)(?=\S)([\s\S]+?)(?<=\S)\1((?:\s+[^\s*_][^*_]*)?)$/u.exec(joinLines(text).trim());
  const by = emphasis?.[3] ?? '';
  if (
    emphasis?.[1] &&
    emphasis[2] &&
    !emphasis[2].includes(emphasis[1]) &&
    countWords(emphasis[2]) > maxWords * 1.35 &&
    (by === '' || (countWords(by) <= 6 && splitSentences(by).length === 1))
  ) {
    return `${closedAfter(`${emphasis[1]}${topicOf(emphasis[2], maxWords)}`, emphasis[1])}${by}`;
  }
  // A paragraph that opens with its first sentences in bold, their stop inside the markers ("**Redux is a pattern and
  // library for …, and … updates the state in response.** It serves as …"): those sentences are its opening, cut inside
  // the markers as a paragraph all in bold is. (Read as one masked span, the paragraph had been one sentence, shown whole.)
  const opening = /^(\*\*|__)(?=\S)([^*_]+?[.!?])\1\s+\S/u.exec(joinLines(text).trim());
  // (Not a label in bold, "**注意!**", "**Note.**": the text after it says what it notes.)
  if (opening?.[1] && opening[2] && countWords(opening[2]) >= 6) return `${opening[1]}${topicOf(opening[2], maxWords)}${opening[1]}`;
  const masked = mask(joinLines(text).trim());
  const sentences = splitSentences(masked.text);
  let sentence = sentences[0] ?? masked.text;
  // A clause's number alone ("5.2." over "If You initiate litigation…", a licence's clauses) is no sentence: it opens the
  // next one, which is cut as any other (the number had stood alone as a point).
  if (sentences.length > 1 && /^\s*\\?\d+(?:\.\d+)*\.?\s*$/u.test(masked.restore(sentence))) sentence = `${sentence} ${sentences[1] ?? ''}`;
  // A first sentence of a word or three ("Unnecessary?", "Why not?") says little alone: the sentences after it join it
  // while it is that short ("Unnecessary? Please. Annoying? Don't be so modest.").
  // (Up to the little over the limit a whole sentence may take: "That's it!" alone had said nothing of a step whose next
  // sentence, "You have successfully connected the repository…", says what it did. A question asks enough alone, "What's
  // happening here?", and takes the next sentence only within the limit.)
  // (Not a term's description, "**Selection**: monotone!": the term and what it is are the point. `described`: the text
  // is what follows a term.)
  const termed = described || /^\s*(?:(\*\*|__)[^*_\n]{1,60}?(?:[:：]\1|\1\s*[:：])|`[^`\n]{1,60}`\s*[:：])\s*\S/u.test(masked.restore(sentence));
  for (let k = 1; k < sentences.length && !termed && wordsOf(masked, sentence) < 4; k += 1) {
    const joined = `${sentence} ${sentences[k] ?? ''}`;
    // (A question of a word or two, "Why?", asks nothing alone: its answer joins it, and is cut as a sentence is.)
    const question = /[?？]\W*$/u.test(masked.restore(sentence));
    if (wordsOf(masked, joined) > maxWords * (question ? (wordsOf(masked, sentence) <= 2 ? 2 : 1) : 1.35)) break;
    sentence = joined;
  }
  // A sentence a little over the limit reads better whole than cut, and whole than without its opening clause
  // ("Though this felt wrong, | it was exactly the right thing").
  if (wordsOf(masked, sentence) <= maxWords * 1.35) return masked.restore(sentence);
  // Japanese and Korean put the verb last: any cut before the sentence's end leaves a subject or an object with nothing
  // said of it ("…ハミルトニアンを母関数とする微小正準変換は、時間並進操作" without "…を表している"). A sentence of up to
  // 40 words (some 80 characters, three lines of a slide) is shown whole.
  if (verbLast.test(sentence) && wordsOf(masked, sentence) <= Math.max(maxWords * 1.35, 40)) return masked.restore(sentence);
  // Without the relative clauses set inside it ("weight, which is in a sense action at a distance, plays…" -> "weight
  // plays…"): the author's words in order, the main clause whole, where the sentence is too long to show.
  // A user story ("As a movie buff, I want to view recommended movies…, so that…"): its role is its point as much as its
  // want, never cut off as an opening clause; a long one ends before its "so that" (the reason, for the notes).
  const story = /^(?:As an?|As the)\s[^,]{1,40},\s+I\s+(?:want|need|would like|wish|can)\b/iu.exec(masked.restore(sentence));
  if (story) {
    const reason = /,?\s+so\s+that\b/iu.exec(sentence);
    const wanted = reason && wordsOf(masked, sentence) > maxWords * 1.6 ? sentence.slice(0, reason.index) : sentence;
    if (wordsOf(masked, wanted) <= maxWords * 2) return masked.restore(wanted);
  }
  // (Where only a connective went and the rest opens in lower case, "Thus, | with these first two arguments Kant attempts
  // to refute…", the connective stays: "with these…" alone reads as a fragment.)
  const bare = mainClause(sentence);
  // (A connective of a word or two.)
  const dropped = sentence.slice(0, sentence.length - bare.length);
  const clause =
    opensLower(bare) && !opensLower(sentence) && sentence.endsWith(bare) && connectivesOnly(dropped) && wordsOf(masked, dropped) <= 2 ? sentence : bare;
  const first = withoutAsides(clause);
  // (Not where the main clause would open in lower case, its opening clause dropped, while that clause is short and the
  // whole sentence not long: "Since there's no concurrency, there's no need to worry about…" reads whole, "there's no
  // need…" reads cut.)
  const whole = wordsOf(masked, sentence);
  // (Nor where that clause alone is a few words, "this will not take too long.": it says little without the one before.)
  // (Nor where it opens with a pronoun that stands for something of that clause, "Even though we may choose a language…, |
  // it still has to be understood by the computer": "it" alone names nothing, while the sentence is not far over the limit.)
  if (
    opensLower(first) &&
    !opensLower(sentence) &&
    ((whole <= maxWords * 1.6 && (whole - wordsOf(masked, first) <= 5 || wordsOf(masked, first) < 7)) ||
      (whole <= maxWords * 1.75 && pronounOpening.test(first)))
  )
    return masked.restore(sentence);
  // A main clause that would open in lower case, its opening clause dropped ("As we will see later, | this extension
  // allows you to connect…, and even edit files…"), is shown with that clause where the sentence can be cut within the
  // limit a few words into the main clause: the author's sentence, not a fragment of it.
  const kept = opensLowerCut(sentence, first, sentence.length - clause.length, masked, maxWords);
  if (kept !== null) return masked.restore(kept);
  if (wordsOf(masked, first) <= maxWords * 1.35) return masked.restore(first);
  // Boundaries past twice the limit are never cut at (save the first, when no other is): not looked for.
  const intro = introEnd(first);
  const ends = clauseEnds(first, afterWords(first, 2 * maxWords + 1)).filter(
    (i) => wordsOf(masked, first.slice(0, i)) >= 4 && i > intro && wordsOf(masked, first.slice(intro, i)) >= 3 && !opensNextClause(first.slice(0, i)),
  );
  const within = ends.filter((i) => wordsOf(masked, first.slice(0, i)) <= maxWords);
  // Else the last clause boundary within twice the length, else the whole sentence when it is not long, else its first clause.
  // (", and" / ", or" may join the items of a list: not a place to cut beyond the limit.)
  const near = ends.filter((i) => wordsOf(masked, first.slice(0, i)) <= 2 * maxWords && !/^,\s+(?:and|or|nor)\b/iu.test(first.slice(i)));
  // Chinese and Japanese have no introductory phrases this file knows ("对于类别不平衡问题，" is "As for class imbalance,"):
  // a cut that keeps less than half the limit goes on to the next boundary, when that one is not far over the limit.
  const short = within[within.length - 1];
  const fuller =
    short !== undefined && cjkScript.test(first) && wordsOf(masked, first.slice(0, short)) < maxWords / 2
      ? ends.find((i) => i > short && wordsOf(masked, first.slice(0, i)) <= 1.5 * maxWords)
      : undefined;
  const cut =
    fuller ??
    within[within.length - 1] ??
    near[near.length - 1] ??
    (wordsOf(masked, first) > 30 ? ends[0] : undefined) ??
    (wordsOf(masked, first) > 2 * maxWords ? (relativeClause(masked, first) ?? phraseAfterComma(masked, first, intro, maxWords)) : undefined);
  // A cut at the opening of an aside in parentheses that the clause goes on after ("…, the working tree (the collection of
  // actual files and directories) in a repository corresponds to a single branch") leaves a fragment, "…, the working
  // tree": the clause without its aside, where that is short enough.
  if (cut !== undefined && /^\s*\(/u.test(first.slice(cut))) {
    const bare = first.replace(parentheticalAside, '');
    if (bare !== first && wordsOf(masked, bare) <= maxWords * 1.35) return masked.restore(bare);
  }
  const topic = cut === undefined ? first : first.slice(0, cut).trimEnd();
  const shown = wordsOf(masked, topic) > 2 * maxWords ? (firstStop(topic, masked, maxWords) ?? topic) : topic;
  const point = wordsOf(masked, shown) > asideWords ? (beforeAside(shown, masked) ?? shown) : shown;
  return masked.restore(wordsOf(masked, point) > asideWords ? (openingWords(point, masked, maxWords) ?? point) : point);
}

/**
 * The sentence cut, its opening clause kept, where its main clause `main` (from `at` in it) alone would open in lower
 * case: at the last clause boundary four words or more into the main clause, within the limit a whole sentence may
 * take; else null.
 */
function opensLowerCut(sentence: string, main: string, at: number, masked: Masked, maxWords: number): string | null {
  if (!opensLower(main) || opensLower(sentence) || at <= 0) return null;
  const cuts = clauseEnds(sentence, afterWords(sentence, 2 * maxWords + 1)).filter((i) => {
    const head = sentence.slice(0, i);
    return (
      i > at && wordsOf(masked, sentence.slice(at, i)) >= 4 && wordsOf(masked, head) <= maxWords * 1.35 && !opensNextClause(head) && !endsOnFunctionWord(head)
    );
  });
  const cut = cuts[cuts.length - 1];
  return cut === undefined ? null : sentence.slice(0, cut).trimEnd();
}

/**
 * A "sentence" of more words than any slide holds and no place to cut (a listing or a list run together into one
 * line, words with no stops): its first words up to about the limit, on a word that needs nothing after it, and
 * an ellipsis that says the rest is in the notes. Code spans and addresses are never cut (they are masked).
 */
function openingWords(text: string, masked: Masked, maxWords: number): string | null {
  let best: number | null = null;
  for (const m of text.matchAll(/\s+/gu)) {
    const head = text.slice(0, m.index).replace(/[\s,;:(\-–—]+$/u, '');
    const words = wordsOf(masked, head);
    if (words > maxWords * 1.35) break;
    if (words >= 4 && !endsOnFunctionWord(head)) best = head.length;
  }
  return best === null ? null : `${text.slice(0, best)}…`;
}

/** Scripts of languages that put the verb at the end of the sentence: Japanese kana, Korean Hangul. */
const verbLast = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words past which a point that no clause boundary cut is cut before its aside: no slide shows more than 60. */
const asideWords = 50;

/**
 * A sentence too long for any slide whose words are mostly an aside in parentheses ("medium (There is a
 * lot of room for improvement here, … as you had hoped for)."): the words before the aside, when there are
 * any and the aside holds most of the sentence.
 */
function beforeAside(text: string, masked: Masked): string | null {
  const at = text.search(/\s\(/u);
  if (at <= 0 || !/[\p{L}\p{N}]/u.test(text.slice(0, at))) return null;
  return wordsOf(masked, text.slice(at)) * 2 > wordsOf(masked, text) ? text.slice(0, at) : null;
}

/**
 * A run-on "sentence" that no rule could cut (sentences written in lower case, "PhD. i.e. it took me…"):
 * up to its first full stop, when that leaves a point of a few words within twice the limit; else null.
 */
function firstStop(text: string, masked: Masked, maxWords: number): string | null {
  for (const m of text.matchAll(/[.!?](?=\s)/gu)) {
    // Not the point of an abbreviation ("e.g.", "Dr.").
    if (m[0] === '.' && endsWithAbbreviation(text.slice(0, m.index))) continue;
    const head = text.slice(0, m.index + 1);
    const words = wordsOf(masked, head);
    if (words > 2 * maxWords) return null;
    if (words >= 4) return head;
  }
  return null;
}

/** The scripts written without spaces between words. */
const cjkScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A verb whose object may be a question ("identifying which…", "decide where…"). */
const askingVerb =
  /\b(?:identify|identifying|identifies|know|knowing|knows|see|seeing|decide|deciding|determine|determining|find out|finding out|show|showing|shows|tell|telling|ask|asking|asks|choose|choosing|learn|learning|understand|understanding|explain|explaining|consider|considering|wonder|wondering|check|checking|specify|specifying|indicate|indicating|select|selecting|track|tracking)$/iu;

/**
 * A long sentence with no clause boundary to cut at: where a relative or
 * subordinate clause begins without a comma ("...the 'chinese room theory'
 * which posited that, "..."), after four words at least and outside quotes
 * and parentheses; undefined when there is none.
 */
function relativeClause(masked: Masked, sentence: string): number | undefined {
  const outside = quoteScanner(sentence);
  for (const m of sentence.matchAll(/\s(?:which|who|whose|whom|where|because|although|whereas|while|unless|so that)\s/gu)) {
    const at = m.index ?? 0;
    // Not where the words before would end on one that needs what follows ("stitch after stitch, all the | while
    // thinking": "all the while" is a phrase, not a clause's start).
    // Nor where "which" or "where" opens what a verb asks ("identifying | which codes were derived", "know | where it is"):
    // an indirect question, the verb's object.
    if (/^\s(?:which|where|whose)\s/u.test(m[0]) && askingVerb.test(sentence.slice(Math.max(0, at - 30), at))) continue;
    // Nor inside the sentence's opening phrase ("In a large project | where the cost matters, however, the first…").
    if (phraseOnly.test(sentence.slice(0, at))) continue;
    if (outside(at) && wordsOf(masked, sentence.slice(0, at)) >= 4 && !endsOnFunctionWord(sentence.slice(0, at))) return at;
  }
  return undefined;
}

export interface LeadIn {
  /** The term as a title: emphasis markers and a closing colon or stop gone, code kept. */
  title: string;
  /** Where what the term opens starts in the text (after its separator). */
  restAt: number;
}

/** What opens a Chinese or Japanese example, a note or a conclusion before its colon: no term. */
const eastAsianOpener =
  /^(?:例如|比如|譬如|即|也就是说|总之|因此|所以|但是|其中|如下|注意|注|提示|警告|备注|说明|证明|解|答|值得一提(?:的是)?|值得注意(?:的是)?|需要注意(?:的是)?|显然|易知|可知|由此可知|于是|故|令|令上式|例えば|つまり|ただし|なお|証明|解答|あと|次に|最後に|ここで|以下|以上|今回|実際)$/u;

/**
 * "for large changes: …", "if you have one: …", "If you have npm: …": a clause a sentence opens with (lower-case, or a
 * capitalised subordinator before its subject), not a term that names a point; nor "One is _ensembling_: …", a clause
 * that counts what it lists.
 */
const clauseLead =
  /^(?:for|if|when|whenever|where|while|to|in|on|at|with|by|from|after|before|as|since|because|and|or|but|so|then|also|once|unless|until)\s|^(?:If|When|Whenever|While|Because|Since|Unless|Until|Once|Although|Though|As|After|Before)\s+(?:you|we|I|they|he|she|it|the|a|an|this|that|these|those|there|your|our|its|their)\b|^(?:[Oo]ne|[Aa]nother|[Tt]he\s+(?:other|first|second|third|last|next|latter|former)|[Tt]his|[Tt]hat|[Ii]t|[Tt]here|[Hh]ere)\s+(?:is|are|was|were)\b/u;

/** The words that name a picture, which a credit or a caption may open with ("Image credit to …", "Figure from …"). */
const pictureWords = String.raw`(?:image|photo|picture|figure|illustration|diagram|graphic)s?`;

/**
 * A picture's credit as a term: "Image credit to Computer Networking", "Source", "Credits", "Courtesy of NASA" (not
 * "Sources of error", a topic).
 */
const creditTerm = String.raw`${pictureWords}\s+(?:credits?|from|sources?|courtesy|by)\b.*|credits?|sources?|courtesy|(?:credits?|courtesy)\s+(?:to|of)\b.*`;

/**
 * A line that credits a picture ("Image credit to …", "Source: …", "Photo by …", "Adapted from …"): the credit a
 * picture keeps under it (units.ts' creditText).
 */
export const creditLine = new RegExp(
  String.raw`^(?:${pictureWords}\s+(?:credits?|from|sources?|courtesy|by)\b|(?:credits?|sources?)\s*:|courtesy(?:\s+of)?\s|photo\s+by\s|adapted\s+from\s)`,
  'iu',
);

/**
 * A term that names nothing on its own: a word that points ("Here", "Note", "Example"), a connective ("Specifically",
 * "In general", "Therefore"), a box's kind, a picture's placeholder name ("image 2"), a picture's credit. Titles and
 * labels pass over it.
 */
export const emptyTerm = new RegExp(
  String.raw`^(?:here|this|that|these|those|note|notes|example|examples|for example|for instance|in particular|particularly|specifically|in addition|additionally|in other words|in short|in brief|in summary|in general|in practice|in detail|that is|namely|as follows|as shown|see|also|e\.\s?g|i\.\s?e|n\.\s?b|moreover|furthermore|however|therefore|thus|hence|consequently|as a result|finally|first(?:ly)?|second(?:ly)?|third(?:ly)?|next|recall|remember|similarly|likewise|formally|intuitively|concretely|precisely|explicitly|remark|tip|tips|warning|important|optional|update|and|or|but|so|demo|info|hint|caution|danger|attention|success|question|failure|bug|abstract|todo|seealso|aside|faq|in conclusion|en conclusion|en résumé|en bref|par exemple|zusammenfassend|kurz gesagt|zum beispiel|en resumen|por ejemplo|para concluir|in sintesi|in conclusione|ad esempio|per esempio|em resumo|em conclusão|por exemplo|hinweis|hinweise|wichtig|achtung|warnung|tipp|tipps|beispiel|beispiele|bemerkung|anmerkung|remarque|exemple|exemples|astuce|avertissement|à noter|conseil|nota|ejemplo|ejemplos|importante|advertencia|consejo|aviso|observación|esempio|esempi|attenzione|suggerimento|avvertenza|osservazione|exemplo|exemplos|dica|observação|例如|比如|譬如|注意|提示|警告|备注|说明|总之|另外|此外|小结|总结|补充|示例|例子|例えば|まとめ|補足|ポイント|alt(?:[ _-]?text)?|untitled|(?:pasted[ _-])?(?:image|picture|figure|screenshot|img|diagram|photo)(?:[ _-]?\d+)?|${creditTerm})$`,
  'iu',
);

/**
 * A bold lead-in (`**Term**: ...`, `**Term.** ...`) or a short term before a
 * colon or dash (`` `ls`: lists files ``, `` `$0` - name ``).
 */
export function leadIn(text: string): LeadIn | null {
  const found = termOf(text);
  // (A mark the item opens with, "❌ Performance cost - garbage collector pauses", is the item's, not the term's.)
  const title = found?.title
    .replace(/^(?:[\p{Extended_Pictographic}\u2190-\u21FF\u2700-\u27BF\u2B00-\u2BFF]\uFE0F?\s*)+/u, '')
    .trim()
    .replace(/^(\*\*|__)([^*_\n]+)\1$/u, '$2');
  return found && title ? { ...found, title } : found;
}

/** leadIn, the term as written. */
function termOf(text: string): LeadIn | null {
  // Bold, bold and italic ("***Atoms***: Atoms in Erlang…"), or bold twice (MarkBind's "****Step 1:****").
  // (Its colon a full-width one in Chinese and Japanese: "**冗余数据**：同一信息…".)
  // (Its dash escaped too, "**1683** \\- klęska…", as a converter from a word processor writes it.)
  // (Not a link in bold, "**[You can find all the code for this chapter here](…)**": it points elsewhere, and had titled
  // the slide after it "You can find all the code for this chapter here (cont.)".)
  const bold = /^(\*{2,4}|_{2,4})(?![*_])(?!\[[^\]\n]*\]\([^)\n]*\)\1)(.+?)\1(?![*_])(\s*(?:\\?[—–-]|[:：.])?\s*)/u.exec(text);
  const after = bold ? text.slice(bold[0].length) : '';
  if (
    bold &&
    bold[2] &&
    countWords(bold[2]) <= 10 &&
    (/[:：.—–-]/u.test(bold[3] ?? '') || /[:：.]$/u.test(bold[2]) || after === '' || /^\p{Lu}|^\(/u.test(after))
  ) {
    // "**The cut property -** Let ...": the term without its closing colon, stop or dash (not an emoji's closing colon,
    // "**Notions essentielles :heart:**": the term had ended ":heart").
    return { title: bold[2].replace(/(?<!(?:^|\s):[\w+-]+)\s*[:：.—–-]$/u, '').trim(), restAt: bold[0].length };
  }
  // A link that opens the text before a colon or a dash ("[LWN](https://lwn.net/): I'm a little biased…", "[fzf](…) - a
  // fuzzy finder", a list of sites or tools): the link is the term, named by its text. (Its address holds a colon too.)
  const linked = bold ? null : /^\[([^[\]\n]{1,60})\]\([^()\s]{1,2048}\)(\s*(?::|\s[—–-])\s+)(?=\S)/u.exec(text);
  if (linked?.[1] && countWords(linked[1]) <= 6 && !/[`*_]/u.test(linked[1]) && countWords(text.slice(linked[0].length)) >= 2)
    return { title: linked[1].trim(), restAt: linked[0].length };
  // A whole sentence in bold that opens with a term and a colon ("**Design-2: Design a test for a function that…**"):
  // the term, and the bold sentence kept whole.
  const termed = bold?.[2] ? /^([^:：\n]{1,40}?)\s*[:：]\s+\S/u.exec(bold[2]) : null;
  if (bold && termed?.[1] && countWords(termed[1]) <= 5) return { title: termed[1].trim(), restAt: bold[0].length };
  // (A hyphen is a dash only with a space before it, as a term's is, "Heap - a tree…"; "a +/- 17 cents compromise" has no
  // term "So 12TET is sometimes a +/".)
  // (The pattern backtracks through every way of cutting the opening words: only text that has a colon or a dash
  // before a space anywhere, as any match needs, is tried, which spares most sentences it: 10 ms of a 200-slide build.)
  const plain =
    /(?::|--|[—–-]|&[nm]dash;|&#821[12];)\s/u.test(text) &&
    /^((?:`[^`]+`|[^:`\s][^:`\n]{0,40}?)(?:\s+(?:`[^`]+`|[^\s:`—–-][^\s:`]*)){0,4}?)(\s*::?\s+|\s*\\?(?:--|[—–]|&[nm]dash;|&#821[12];)\s+|(?:\s+\\?|\\)-\s+)(?=\S)/u.exec(
      text,
    );
  const balanced = (t: string): boolean =>
    (t.match(/\[/gu)?.length ?? 0) === (t.match(/\]/gu)?.length ?? 0) &&
    // Not cut inside a quotation ('Ognuna delle coppie "indirizzo IP: porta" rappresenta…' has no term 'Ognuna delle
    // coppie "indirizzo IP').
    (t.replace(/`[^`]*`/gu, '').match(/"/gu)?.length ?? 0) % 2 === 0 &&
    (t.match(/[“«]/gu)?.length ?? 0) === (t.match(/[”»]/gu)?.length ?? 0) &&
    // Not cut inside emphasis ("**Design-2" of a bold sentence, "_BB(11111)" of a line in italics).
    (t.replace(/`[^`]*`/gu, '').match(/\*+/gu)?.length ?? 0) % 2 === 0 &&
    (t.replace(/`[^`]*`/gu, '').match(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu)?.length ?? 0) % 2 === 0 &&
    (t.match(/\(/gu)?.length ?? 0) === (t.match(/\)/gu)?.length ?? 0) &&
    // Not cut inside a formula ("Let $L = D - M$ ..." has no term "Let $L = D").
    !/(?<!\\)\$/u.test(
      t
        .replace(/`[^`]*`/gu, '')
        .replace(/\$\$[^$]*\$\$/gu, '')
        .replace(/(?<!\$)\$[^$]+\$(?!\$)/gu, ''),
    );
  // A Chinese or Japanese term before a full-width colon ("第二个要素：事件域…"), as short as a term is; not an opener ("例如：").
  const eastAsian = /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^：:\n，。、,;；$`*_()（）]{0,11}?)\s*：\s*(?=\S)/u.exec(text);
  if (eastAsian?.[1] && !eastAsianOpener.test(eastAsian[1]) && countWords(text.slice(eastAsian[0].length)) >= 2)
    return { title: eastAsian[1].trim(), restAt: eastAsian[0].length };
  if (
    plain &&
    plain[1] &&
    balanced(plain[1]) &&
    // (A dot inside a name is no stop: "_tf.train.Checkpoint_: A checkpointable object…".)
    !/[.!?,;]/u.test(plain[1].replace(/`[^`]*`/gu, '').replace(/(?<=[\p{L}\p{N}_])\.(?=[\p{L}_])/gu, '')) &&
    countWords(plain[1]) <= 5 &&
    // (Nor a row of a table laid out in columns, "G>0   0     bind_conf: only group is set", a design note's: its cells
    // name no topic.)
    !/\S[ \t]{3,}\S/u.test(plain[1]) &&
    countWords(text.slice(plain[0].length)) >= 2 &&
    // Nor the opening of an aside between two dashes that the sentence goes on after ("The ethically – and legally –
    // significant question is…"): the words before it are no term.
    !(!/:/u.test(plain[2] ?? '') && /^(?:\S+\s+){0,5}?\S+\s+(?:--|[—–]|-)\s+\S/u.test(text.slice(plain[0].length))) &&
    !clauseLead.test(plain[1]) &&
    // Words that end on a verb or a function word are the opening of a sentence, no term ("The problem now is: how …").
    !endsOnFunctionWord(plain[1].replace(/`[^`]*`/gu, 'x')) &&
    // A picture's credit line ("Image credit: PhD comics.", "Source: Wikipedia") names no topic.
    !/^(?:(?:image|photo|picture|figure|illustration|video|cartoon|comic)\s+)?(?:credits?|source|courtesy)$/iu.test(plain[1].trim()) &&
    // Nor a figure's key ("1 - Cylindrical head…", "2 – Conical adapters…"): a number of one or two digits names nothing
    // (a year, "1683 - the siege", does).
    !/^\d{1,2}$/u.test(plain[1].trim())
  ) {
    return { title: plain[1].trim(), restAt: plain[0].length };
  }
  // A term in italics with its colon ("*Binding:* how does the client know…", "_Goal_: easy-to-program…"), as lecture
  // notes set their terms; not a connective ("*Note:*").
  const italic = /^([*_])(?![*_\s])([^*_\n]{1,40}?)\1(?![*_])\s*/u.exec(text);
  const italicTerm = italic?.[2]?.replace(/\s*[:：]$/u, '').trim() ?? '';
  if (
    italic &&
    (/[:：]$/u.test(italic[2] ?? '') || /^[:：]/u.test(text.slice(italic[0].length))) &&
    countWords(italicTerm) <= 5 &&
    !emptyTerm.test(italicTerm)
  ) {
    const rest = text.slice(italic[0].length).replace(/^[:：]\s*/u, '');
    return { title: italicTerm, restAt: text.length - rest.length };
  }
  // A capitalised term in italics with its stop, as mathematics sets its parts ("*Proof*. Let $Y$…", "*Remark 2.* The
  // bound…"); not a word stressed before a stop ("*never*."), nor a connective ("*Note.*").
  const stopped = italic?.[2]?.replace(/\.$/u, '').trim() ?? '';
  const trailing = italic ? text.slice(italic[0].length) : '';
  if (
    italic &&
    (/\.$/u.test(italic[2] ?? '') ? /^\S/u.test(trailing) : /^\.\s+\S/u.test(trailing)) &&
    /^\p{Lu}/u.test(stopped) &&
    countWords(stopped) <= 4 &&
    !/[.!?:]/u.test(stopped.replace(/(?<=\d)\.(?=\d)/gu, '')) &&
    !emptyTerm.test(stopped)
  ) {
    const rest = trailing.replace(/^\.\s*/u, '');
    return { title: stopped, restAt: text.length - rest.length };
  }
  return null;
}

/** Text with its inline links as their words ("[TechCrunch continues](https://…)" -> "TechCrunch continues"): a title is no link. */
export const linksAsText = (text: string): string => text.replace(/(?<!!)\[([^\]\n]+)\]\([^()\s]*\)/gu, '$1');

/**
 * A point cut inside an emphasis the sentence opened (… the three-part one "_as a ..." of '"_as a ... I want to ... so
 * that ..._"', its "_" never closed, shown as a character): cut before the emphasis instead, where that leaves a point
 * of three words or more. Code and formulas are never read for marks.
 */
function withoutOpenEmphasis(point: string, full: string): string {
  const bare = point.replace(/(`+)[^`]*?\1|\$[^$\n]*\$/gu, (m) => 'x'.repeat(m.length));
  const open: { mark: string; at: number }[] = [];
  for (const m of bare.matchAll(/\*\*\*|___|\*\*|__|\*|_/gu)) {
    const at = m.index ?? 0;
    const before = bare[at - 1] ?? ' ';
    const after = bare[at + m[0].length] ?? ' ';
    const top = open[open.length - 1];
    if (top?.mark === m[0] && /\S/u.test(before)) open.pop();
    else if (!/[\p{L}\p{N}]/u.test(before) && /\S/u.test(after)) open.push({ mark: m[0], at });
  }
  const first = open[0];
  // (Only an emphasis the text closes after the cut: "_init" alone is a name's underscore, no mark.)
  const closes = (mark: string, from: number): boolean => {
    const rest = full.slice(from + mark.length);
    const escaped = mark.replace(/\*/gu, '\\*');
    return new RegExp(`\\S${escaped}(?![\\p{L}\\p{N}])`, 'u').test(rest);
  };
  if (!first || !full.startsWith(point.slice(0, first.at)) || !closes(first.mark, first.at)) return point;
  const cut = point.slice(0, first.at).replace(/[\s"“‘'(,;:—–-]+$/u, '');
  return countWords(cut) >= 3 ? cut : point;
}

/**
 * A point for a paragraph or a list item's text: its lead-in term and the
 * opening of what follows: a prefix of the text (lines joined), or of its first
 * sentence without the relative clauses set inside it; the author's characters
 * are never changed.
 */
export function pointOf(text: string, maxWords: number): { point: string; lead: string | null } {
  const shown = pointWithin(text, maxWords);
  const flat = joinLines(text).trim();
  return shown.point === flat ? shown : { ...shown, point: withoutOpenEmphasis(shown.point, flat) };
}

function pointWithin(text: string, maxWords: number): { point: string; lead: string | null } {
  const flat = joinLines(text).trim();
  // "Properties we care about:" over a list names what follows.
  if (/[:：]$/u.test(flat) && countWords(flat) <= 8) {
    const label = flat.replace(/\s*[:：]$/u, '');
    // Not the opening of a sentence: a clause ("for small changes:"), words that end on a function word ("The method
    // is documented in:") or run on after a comma ("As such, the MAC covers:").
    // Nor a sentence whose verb ends it but for a word or two ("The ping message is simply:", "The model looks like this:").
    const sentence = /\s(?:is|are|was|were|be|looks?|seems?|becomes?|reads?|goes|gives|yields)(?:\s+\S+){0,3}$/iu.test(label);
    // Nor an instruction ("Start with two common transformations:", "Consider the following:"): it tells, it names nothing.
    // (Nor what a learner should do, a learning outcome's verb in lower case: "be aware that in CS1010:", "understand:".)
    const instruction =
      /^(?:let['’]?s|let|start|consider|recall|suppose|remember|observe|compare|imagine|assume|click|follow|notice)\s/iu.test(label) ||
      /^(?:be|understand|know|learn|explain|describe|identify|apply|write|use|develop|implement|analy[sz]e|demonstrate)\b/u.test(label);
    const clause = clauseLead.test(flat) || endsOnFunctionWord(label) || labelGoesOn.test(label) || /\p{L},\s/u.test(label) || sentence || instruction;
    // (A label that is a link, "[TechCrunch continues](https://…):", names the slide by its text.)
    return { point: flat, lead: clause ? null : linksAsText(label.replace(/^(\*\*|__)(.*)\1$/u, '$2')) };
  }
  const lead = leadIn(flat);
  // Short enough to read at a glance: shown whole.
  if (!lead && countWords(flat) <= maxWords) return { point: flat, lead: null };
  if (!lead) return { point: withoutOpenAside(topicOf(flat, maxWords)), lead: null };
  const rest = flat.slice(lead.restAt);
  if (rest === '') return { point: flat, lead: lead.title };
  const budget = Math.max(6, maxWords - countWords(flat.slice(0, lead.restAt)));
  // A sentence in bold that opens the text ("**Try something that might not work out.** Suppose you get an idea…") is
  // the author's own point of what follows: shown alone where what follows is more than the point's room (it goes to
  // the notes), not run into the opening of the next sentence, cut ("…that might not work out.** Suppose you get an idea
  // for a new feature…", or "**Temporarily store some work.** you can store your work…").
  const said = flat.slice(0, lead.restAt).trim();
  if (/^(?:\*\*|__)/u.test(said) && /[.!?](?:\*\*|__)?$/u.test(said) && countWords(lead.title) >= 4 && countWords(rest) > budget)
    return { point: said, lead: lead.title };
  const point = closingEmphasis(flat, flat.slice(0, lead.restAt) + topicOf(rest, budget, true));
  // A term whose description no clause boundary cuts short ("Gestión de configuraciones: la gestión de las
  // configuraciones … se está ejecutando el software.", 46 words with no comma) is shown as its term: the description
  // goes to the notes, not all of it onto the slide.
  if (countWords(point) > 40 && countWords(lead.title) <= 6 && /(?:[:：]|\s[-–—])$/u.test(said.replace(/(?:\*\*|__)$/u, '')))
    return { point: closingEmphasis(flat, said.replace(/\s*(?:[:：]|\s[-–—])(\*\*|__)?$/u, '$1')), lead: lead.title };
  return { point, lead: lead.title };
}

/**
 * A point cut from an aside the text opens in parentheses and closes sentences later ("(An aside: some recent IRs use
 * basic block arguments." … "…parameters.)"): without the opening mark its cut left alone, as a reader sees the sentence.
 */
function withoutOpenAside(point: string): string {
  if (!point.startsWith('(')) return point;
  const opened = (point.match(/\(/gu) ?? []).length;
  const closed = (point.match(/\)/gu) ?? []).length;
  return opened > closed ? point.slice(1) : point;
}

/** Words in -ly that are nouns or adjectives, not adverbs. */
const lyNotAdverb =
  '(?:family|assembly|supply|reply|anomaly|monopoly|ally|rally|italy|july|butterfly|jelly|belly|lily|holy|poly|ugly|early|daily|weekly|monthly|yearly|hourly|friendly|lonely|likely|only)';

/** A word in -ly that qualifies a verb ("independently", "currently"). */
export const adverbInLy = new RegExp(String.raw`^(?!${lyNotAdverb}$)\p{Ll}{2,}ly$`, 'iu');

/** A word that qualifies the verb after it: a common adverb, or one in -ly that is not one of the nouns or adjectives so spelled. */
const trailingAdverb = new RegExp(
  String.raw`\s+(?:also|often|usually|always|never|then|now|only|just|still|even|already|sometimes|soon|thus|therefore|however|(?!${lyNotAdverb}$)\p{Ll}{2,}ly)$`,
  'iu',
);

/** Chinese words a subject does not open with: pronouns, determiners, quantifiers, conjunctions, prepositions, openers. */
const chineseOpeners = new Set(
  '持续 继续 进一步 仍然 依然 已经 正在 必须 可以 应该 能够 只需 直接 尝试 利用 使用 根据 按照 我 你 您 他 她 它 我们 你们 他们 她们 它们 大家 这 那 这个 那个 这些 那些 这种 那种 这样 那样 其 此 该 每 各 某 一些 有些 一个 一种 另 另一个 大 多数 大多数 很多 许多 所有 一切 任何 但 但是 而 而且 并且 因为 所以 因此 如果 假如 然而 虽然 尽管 当 在 对 对于 从 通过 为了 由于 关于 到 和 与 或 或者 即 则 首先 其次 然后 最后 同时 此外 另外 例如 比如 不过 于是 只要 只有 除了 幸运 总之 可是 还有 也 就 又 都 还 更 很 最 不 值得一提 值得注意 需要注意 显然 令 以上 反过来 相反 换句话说 也就是说 总而言之 若 若有 假设 设 接下来 接着 同理 同样 类似 之后 最终 默认 一般 其实 实际上 事实上 可见 由此 现在 目前 以前 以下 如下 下面 上面 一旦 即使 既然 无论 不论 哪怕 倘若 假若 要是 除非 不仅 只是 而是'.split(
    ' ',
  ),
);

/** The openers of more than one character, which the word breaker may cut ("接|下来"). */
const longChineseOpeners = [...chineseOpeners].filter((o) => o.length > 1);

/** The runtime's word breakers (ICU's dictionaries), made once. */
const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (lang: 'zh' | 'ja'): Intl.Segmenter => {
  let made = segmenters.get(lang);
  if (!made) segmenters.set(lang, (made = new Intl.Segmenter(lang, { granularity: 'word' })));
  return made;
};

/** Chinese words that end a subject: the verb or adverb after it (也是, 都有, 似乎), as the word breaker joins them. */
const chineseVerb =
  /^(?:[是有为可能会要应必都也并不没就才已被把让使在对从将而但却又还更最很非得着了过则即])$|^[都也就不没还才并已更最很又却的][\p{Script=Han}]$|^(?:虽然|尽管|因为|如果|但是|然而|所以|因此|似乎|可以|能够|应该|需要|必须|通常|往往|总是|经常|已经|正在|觉得|认为|表示|包括|称为|叫做|使用|提供|允许|成为|具有|存在|属于|定义|指的|就是|即是|意味着|代表|描述|决定|取决于|针对|根据|按照|利用|用于|采用|作为|导致|实现|进行|得到|给出|满足|对应|产生|发送|接收|返回|建立|包含|组成|构成|负责|支持|要求|保存|存储|完成|执行|处理|计算|获得|来自|位于|等于|大于|小于|相当于)$/u;

/** Chinese words that end a time or a place ("客户端之后"), and Japanese particles and endings inside a clause ("桁あふれに気をつける"): no subject holds them. */
const chineseAdverbial = /^(?:之后|以后|之前|以前|时候|时|中|里|内|外|后|前|上|下|之间|期间|当中)$/u;
const japaneseClause = /^(?:[にをでとへ]|から|まで|より|も|て|ば|たら|ない|ます|する|した|れる|られる|つける)/u;

/** Japanese words a subject does not open with: demonstratives, pronouns, connectives. */
const japaneseOpeners = new Set(
  'これ それ あれ この その あの ここ そこ 私 僕 彼 彼女 我々 今 次 まず また しかし ただし 例えば つまり なお さらに 一方 そして では あと 次に 最後 最後に ここで 以下 以上 今回 実際 実は こと もの ところ'.split(
    ' ',
  ),
);

/** Japanese particles that join a word to the one before: a text that opens with one goes on with a sentence before it. */
const japaneseParticles = new Set('の を が に と で へ や は も から まで など という として'.split(' '));

/**
 * Whether a Japanese text opens with a particle, the rest of a sentence that something shown before it interrupted
 * ("の関係があり、…", "という関係があるため、…" under a displayed formula): no sentence opens so. ("では、" and "でも、",
 * which do, are words of their own to the word breaker.)
 */
export function opensWithParticle(text: string): boolean {
  const start = text.trimStart();
  if (!/^\p{Script=Hiragana}/u.test(start)) return false;
  const first = segmenter('ja').segment(start.slice(0, 12))[Symbol.iterator]().next().value?.segment;
  return first !== undefined && japaneseParticles.has(first);
}

/**
 * The subject of a Chinese or Japanese sentence, by its words (the runtime's
 * word breaker): in Japanese the words before the topic or subject particle
 * (は, が); in Chinese the words before the first verb or adverb
 * ("独立思考能力似乎更多的是天生的" -> "独立思考能力"). Two to eight characters
 * (twelve in Japanese), no punctuation, not a pronoun or a connective.
 */
function eastAsianSubject(masked: Masked): string | null {
  const text = masked.text;
  const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text.slice(0, 40));
  const words = [...segmenter(japanese ? 'ja' : 'zh').segment(text.slice(0, 120))].map((w) => w.segment);
  const before: string[] = [];
  for (const word of words) {
    if (japanese ? word === 'は' || word === 'が' : chineseVerb.test(word)) break;
    // Punctuation, a space or a line break: no subject ends there.
    if (!/^[\p{L}\p{N}\p{M}\u0001\u0002]+$/u.test(word)) return null;
    before.push(word);
  }
  const subject = before.join('');
  const first = before[0];
  if (first === undefined || before.length === words.length || (japanese ? japaneseOpeners : chineseOpeners).has(first)) return null;
  // (Nor the rest of a sentence, opening with its particle: "の関係" of "の関係があり、" under a formula.)
  if (japanese && japaneseParticles.has(first)) return null;
  // Nor a word that opens with a pronoun, a demonstrative or an adverb ("我不", "这种"), or ends as a modifier ("古典概率的"),
  // nor a person in it ("接着我们"), a time or a place at its end, a clause inside it.
  if (!japanese && (/^[我你您他她它这那其此该每各某但而若虽尽当于即则另不也就又都还更很只]/u.test(first) || /[我你您他她它]/u.test(subject))) return null;
  if (!japanese && chineseAdverbial.test(before[before.length - 1] ?? '')) return null;
  // The word breaker may cut an opener ("接|下来"): the text is read too.
  if (!japanese && longChineseOpeners.some((o) => subject.startsWith(o))) return null;
  if (japanese && before.some((w) => japaneseClause.test(w))) return null;
  const chars = [...subject.replace(/\u0001\d+\u0002/gu, 'x')].length;
  if (chars < 2 || chars > (japanese ? 12 : 8) || /[のな的地得]$/u.test(subject)) return null;
  return masked.restore(subject);
}

/**
 * A Chinese or Japanese sentence's opening as a title, in the author's words: its subject, else its first
 * clause (to the first 、，：), else the sentence, when two to eighteen characters; else its first words
 * to at most eighteen characters, cut where a word ends. Null for a sentence in another script.
 */
export function eastAsianOpening(sentence: string): string | null {
  const plain = sentence
    .trim()
    .replace(/^[「『“"(（]+/u, '')
    .replace(/[。．.！!？?」』”"）)]+$/u, '');
  if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(plain) || /[`$[<*_]/u.test(plain)) return null;
  const length = (t: string): number => [...t].length;
  const subject = subjectOf(plain);
  if (subject) return subject;
  const clause = /^[^、，,：:；;（(「『"“]+/u.exec(plain)?.[0]?.trim() ?? '';
  if (length(clause) >= 2 && length(clause) <= 18) return clause;
  if (length(plain) <= 18) return plain;
  const words = leadingWords(plain, 18);
  return length(words) >= 2 ? words : null;
}

/**
 * The words a text in a script without spaces opens with (the word breaker's Chinese or Japanese words), as many as
 * `most` characters hold, never a word cut in two.
 */
export function leadingWords(text: string, most: number): string {
  let words = '';
  for (const { segment } of segmenter(/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : 'zh').segment(text)) {
    if ([...(words + segment)].length > most) break;
    words += segment;
  }
  return words;
}

/** A word as the tables of subject-words.ts hold it: in lower case, its apostrophe straight, no punctuation after it. */
const bareWord = (token: string): string =>
  token
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/[.,;:!?)"”»]+$/u, '');

/** A word's elided article or pronoun ("l'" of "l'operatore", "n'" of "n'est"), else the word. */
const elided = (word: string): string => /^\p{L}{1,7}'/u.exec(word)?.[0] ?? word;

/**
 * The subject of a sentence in French, German, Spanish, Italian or Portuguese: the words before the first of the
 * language's common verbs (or the negation or reflexive pronoun before it), where they are a noun's phrase that names
 * a thing ("Il compilatore Rust è molto preciso…" -> "Il compilatore Rust", "Der Compiler prüft…" -> "Der Compiler").
 * Not a pronoun, a connective or an adverb, nor any one thing of a kind ("Un riferimento permette…"), nor a clause.
 */
function europeanSubject(masked: Masked, words: SubjectWords): string | null {
  // (The first words only: a subject stands within its sentence's first nine.)
  const tokens = masked.text
    .slice(0, 600)
    .split(/\s+/u)
    .filter((t) => t !== '');
  let verbAt = -1;
  for (let i = 0; i < Math.min(tokens.length, 9); i += 1) {
    const word = bareWord(tokens[i] ?? '');
    // (A verb inside a sentence is in lower case: "La machine A calcule" has its subject's letter, not French's "a".)
    if (
      i > 0 &&
      !/^\p{Lu}/u.test(tokens[i] ?? '') &&
      (words.verbs.has(word) || ((words.beforeVerb.has(word) || words.beforeVerb.has(elided(word))) && i + 1 < tokens.length))
    ) {
      verbAt = i;
      break;
    }
    // Punctuation before the verb: an aside, a list or a clause of its own, no subject.
    if (/[,;:()"“”«»?!—–]/u.test((tokens[i] ?? '').replace(/\u0001\d+\u0002/gu, ''))) return null;
  }
  if (verbAt < 1) return null;
  let phrase = tokens.slice(0, verbAt);
  // A pronoun before the verb is its object, not the subject's ("Il C++ moderno ci dice").
  if (phrase.length > 1 && words.clitics.has(bareWord(phrase[phrase.length - 1] ?? ''))) phrase = phrase.slice(0, -1);
  // Its words: a code span or a formula is one; emphasis is no part of a word ("**Cada fila**" opens with "cada").
  const lower = phrase.flatMap((token) => {
    const restored = masked.restore(token);
    return /^[`$]/u.test(restored)
      ? [restored]
      : restored
          .replace(/[*_~]+/gu, ' ')
          .trim()
          .split(/\s+/u)
          .map(bareWord);
  });
  const first = lower[0] ?? '';
  const shown = masked.restore(phrase.join(' '));
  const count = countWords(shown);
  if (count < 1 || count > 6 || !/^[\p{Lu}\u0001]/u.test(phrase[0] ?? '') || /[?!]/u.test(shown)) return null;
  // Nor an abbreviation's words ("D. h. es"), nor formulas alone ("Les $R_1, \dots, R_s$"): no noun is read.
  if (phrase.some((token) => /\p{L}\.$/u.test(token)) || lower.every((w) => words.articles.has(w) || w.startsWith('$'))) return null;
  if (words.openers.has(first) || words.openers.has(elided(first)) || lower.some((w) => words.inside.has(w) || words.inside.has(elided(w)))) return null;
  // The nouns after its article or determiner: none is no subject ("Das ist…"), one that names any slide of its kind
  // no topic ("L'esempio", "Le chapitre suivant"), nor one after an indefinite article ("Un riferimento permette…").
  const opener = words.articles.has(first) ? first : words.articles.has(elided(first)) ? elided(first) : null;
  const nouns = opener === null ? lower : [...(first === opener ? [] : [first.slice(opener.length)]), ...lower.slice(1)];
  if (nouns.length === 0 || (opener !== null && nouns.every((w) => words.generic.has(w)))) return null;
  if (opener !== null && words.indefinite.has(opener) && nouns.length === 1) return null;
  if (nouns.some((w) => words.sequence.has(w))) return null;
  // (Nor a place in the text or a listing, "`s1` alla riga 20".)
  if (/\s\d[\d.,]*$/u.test(shown)) return null;
  // Nor a verb's infinitive or gerund that opens it, with no article: an act ("Clonare un valore è costoso", "Usando o
  // `knitr`").
  if (opener === null && (words.infinitive?.test(first) === true || words.gerund?.test(first) === true)) return null;
  // A word alone, with no article, is a name ("Rust", "`Vec`"), not an adverb ("Spesso", "Normalerweise", "Ensuite");
  // in German, whose nouns all open in capitals, only a name that shows it is one ("JavaScript", "`malloc`", "C++").
  if (opener === null && nouns.length === 1) {
    if (/(?:mente|ment|weise|erweise)$/u.test(first)) return null;
    if (words.capitalNouns && !/^\u0001|^\p{Lu}.*(?:\p{Lu}|\d|\+)/u.test(phrase[0] ?? '')) return null;
  }
  // Nor words that end on an article, a preposition or a conjunction, or on a word that qualifies the verb's
  // subject ("Un tratto da solo", "Les deux tous").
  if (labelGoesOn.test(shown) || words.articles.has(lower[lower.length - 1] ?? '')) return null;
  if (
    /\s(?:da\s+sol[oaie]|seule?s?|sol[oa]s?|allein|selbst|stess[oaie]|même|mism[oa]s?|tutt[ie]|tous|toutes|tod[oa]s|alle|beide|entrambi|ambos)$/iu.test(shown)
  )
    return null;
  return shown;
}

/**
 * Whether text is formulas alone (`$…$`, not a price, "$5"), or formulas and the words that join them ("$x_1$ and
 * $x_2$"): symbols, not the name of a thing. A formula's words set as text count as words ("${\tt (sAssign1)}$", a
 * rule's name; "$\text{Customer}$").
 */
export function formulasOnly(text: string): boolean {
  if (!new RegExp(inlineFormula, 'u').test(text)) return false;
  const words = text.replace(new RegExp(inlineFormula, 'gu'), (f) =>
    [...f.matchAll(/\\(?:tt|text[a-z]*|math(?:rm|tt|sf|bf|it)|operatorname)\s*\{?\s*\(?([A-Za-z]{2,})/gu)].map((m) => m[1]).join(' '),
  );
  return !/\p{L}/u.test(words.replace(/(?<!\p{L})(?:and|or|und|oder|et|ou|y|o|e|i)(?!\p{L})/giu, ' '));
}

/** What follows a modal that is a noun ("will", "can", "may", "must"): a verb in -s, the sentence's own ("Free will comes"). */
const nounAfterModal =
  /^\s+(?!(?:is|was|has|does|this|thus|us|its|as|always|perhaps|sometimes|less|unless|across|towards|besides|nevertheless)\b)\p{Ll}+[^s\s]s\b/u;

/** "Strings in bash can be defined..." -> "Strings in bash": a sentence's subject, when it names a topic. */
export function subjectOf(text: string, lang = 'en'): string | null {
  const item = text.replace(/^[-*+]\s+|^\d+[.)]\s+/u, '').trim();
  // After a bold label ("**Example:** When [the bug] was found, …"), the sentence's own subject, if any.
  const label = /^(?:\*\*|__)/u.test(item) ? leadIn(item) : null;
  const masked = mask(label ? item.slice(label.restAt).trim() : item);
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(masked.text)) return eastAsianSubject(masked);
  const european = subjectWords(lang);
  if (european) {
    const subject = europeanSubject(masked, european);
    // (Not one Latin letter, "C est la racine…", as below.)
    return subject !== null && /^[A-Za-z]$/u.test(subject.trim()) ? null : subject;
  }
  // "To choose an algorithm, work through..." names its purpose.
  // Its comma is the one before the main clause, not one between adjectives ("To get our new, unlabeled data, we…").
  const purpose = /^(To\s+\p{Ll}+(?:\s+[^\s,.;:]+){1,4}(?:,\s+[^\s,.;:]+(?:\s+[^\s,.;:]+){0,2})?),\s(?!\p{Ll}+(?:\s+\p{Ll}+){0,2},)/u.exec(masked.text)?.[1];
  // Not one that points back ("To do so,", "To fix this,", "To make this more concrete,") or comments ("To be fair,", "To
  // sum up,"): it names nothing.
  // Nor one that offers a glimpse ("To give you an idea,", "To illustrate,", "To see how it works,"): what follows names it.
  if (
    purpose &&
    !/\s(?:so|this|that|it|these|those|them|thus|same)\b|^To\s+(?:be\s+\p{Ll}+|sum\s+up|summari[sz]e|conclude|recap)$/iu.test(purpose) &&
    !/^To\s+(?:give\s+(?:you\s+|us\s+)?(?:an?\s+)?(?:\p{Ll}+\s+)?(?:idea|sense|feel|taste|example|overview)|illustrate|see\s+(?:how|why|what)|show\s+(?:how|why|what))\b/iu.test(
      purpose,
    )
  )
    return masked.restore(purpose);
  // (A modal before a verb in -s is the subject's noun, no verb: "Free will comes from…" had titled a slide "Free".)
  const verb = [
    ...masked.text.matchAll(
      /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|lets|allows|provides|means|refers|consists|contains|includes|keeps|shows|takes|makes|uses|gives|returns|works|needs|helps|prints|creates|stores|reads|writes|finds|sends|calls|checks|lists|sets|gets|holds|starts|stops|moves|splits|sorts|builds|loads|saves|opens|closes|tells|looks|seems|becomes|remains|describes|defines|requires|supports|produces|chooses|compares|merges|matches|searches|replaces|removes|adds|changes|runs|puts|inserts|deletes|marks|causes|waits)\b/gu,
    ),
  ].find((m) => !/^\s(?:will|can|may|must)$/u.test(m[0]) || !nounAfterModal.test(masked.text.slice((m.index ?? 0) + m[0].length)));
  if (!verb) return null;
  // Adverbs before the verb are not part of the subject ("Modern VCSs also let you...", "The file currently looks...").
  let phrase = masked.text.slice(0, verb.index).trim();
  for (let adverb = trailingAdverb.exec(phrase); adverb && adverb.index > 0; adverb = trailingAdverb.exec(phrase)) phrase = phrase.slice(0, adverb.index);
  const words = countWords(masked.restore(phrase));
  if (
    words < 1 ||
    words > 6 ||
    // (A name in straight quotes is the subject's own word: 'The "use" command is for producers.')
    // (An aside between dashes, "The ethically – and legally – significant question", is punctuation too: the title had
    // kept "The ethically".)
    /[,;:("“?!—–]|\s-\s/u.test(phrase.replace(/"[^"\s]{1,30}"/gu, 'x')) ||
    /\b(?:you|your|we|our|us|i|my|me|they|them|it|its|he|she|this|that|these|those|which|who|below|above|following)\b/iu.test(phrase)
  )
    return null;
  // A subject names a thing: not a clause opener, and not cut after an article or a preposition.
  if (
    /^(?:it|this|that|these|those|there|here|one|in|on|at|for|to|by|with|from|of|when|if|as|after|before|during|since|because|although|though|while|unless|once|whether|so|but|and|or|now|then|also|however|whatever|whoever|whichever|wherever|whenever|no matter|note|all|some|most|many|each|every|another|other|such|no|any|what|which|how|why|explain|describe|write|use|try|run|let|make|see|consider|suppose|imagine|compare|find|show|give|list|check|remember|think|notice|observe|recall|realize|realise|recognize|assume|look|keep|watch|ask)\b/iu.test(
      phrase,
    ) ||
    /^an?$/iu.test(phrase) ||
    // (Nor a pronoun that names no one thing: "Nothing is more natural nor common than…" titled a slide "Nothing".)
    /^(?:nothing|something|everything|anything|nobody|somebody|everybody|anybody|no\s+one|someone|everyone|anyone|none|neither|either|both|few|several|much|more|less|little|others)$/iu.test(
      phrase,
    )
  )
    return null;
  // (Nor one cut before the words a comparison needs: "Using as few privileges as" of "… as are needed".)
  if (/\b(?:a|an|the|of|to|for|in|on|with|by|and|or|from|at)$/iu.test(phrase) || endsOnFunctionWord(phrase)) return null;
  // Nor a sentence that opens with where a thing stands ("Currently there are these types:"), nor a thing named by its
  // place in a sequence ("The next line is…", "The other element"): no thing of its own.
  if (/\b(?:there|here)$/iu.test(phrase) || /^(?:the|this|that)\s+(?:next|previous|following|last|first|second|third|other|same)\s+\p{L}+$/iu.test(phrase))
    return null;
  // Nor a connective that opens the sentence, or a clause that a conjunction opens inside the words ("Furthermore and
  // because Z | is not a view", "Moreover the array"): the verb found is the clause's, and no thing is named.
  // (Nor an adverb that opens it, of how often or how sure, "Oftentimes persuasion is…", "Unfortunately the cache…".)
  const opener = /^\p{L}+/u.exec(phrase)?.[0] ?? '';
  if (
    /^(?:furthermore|moreover|besides|additionally|finally|firstly|secondly|thirdly|lastly|thus|hence|therefore|consequently|indeed|instead|meanwhile|otherwise|similarly|likewise|nevertheless|nonetheless|again)\b/iu.test(
      phrase,
    ) ||
    (/^(?:oftentimes|often|sometimes|always|never|perhaps|maybe|ultimately|eventually|soon|later|today|nowadays|still|yet)$/iu.test(opener) &&
      /\s/u.test(phrase)) ||
    // (An adverb in -ly before an article or a pronoun, or one that comments on the whole sentence: "Unfortunately the
    // cache", "Probably programming…"; not one that qualifies the words after it, "Prematurely closed circuits".)
    (adverbInLy.test(opener.toLowerCase()) &&
      (/^\p{L}+\s+(?:the|a|an|this|that|these|those|it|its|we|our|you|your|they|their|he|she|i|my|there|some|all|each|every|no|most|many)\b/iu.test(phrase) ||
        /^(?:unfortunately|fortunately|luckily|hopefully|probably|possibly|certainly|clearly|obviously|apparently|basically|essentially|ultimately|eventually|generally|typically|usually|normally|actually|really|honestly|frankly|interestingly|importantly|notably|admittedly|arguably|undoubtedly|presumably|surprisingly|ideally|naturally|accordingly|additionally|alternatively|conversely|incidentally|personally|practically|theoretically)$/iu.test(
          opener,
        ))) ||
    /\s(?:because|since|although|though|unless|whereas|whether|if|when|while|once|until|so|how|what|why|where)\s/iu.test(` ${phrase} `)
  )
    return null;
  // Nor after a participle that qualifies the noun the "verb" is ("The counts of mapped | reads for each gene is…"):
  // "reads" is that noun, and the words before it no subject.
  if (/\b(?:a|an|the|of|to|for|in|on|with|by|from|at|all|some|many)\s+\p{L}+(?:ed|ing)$/iu.test(phrase)) return null;
  if (!/^[\p{Lu}\u0001]/u.test(phrase) || /^The$/u.test(phrase)) return null;
  // Nor a participle put first, the sentence turned round ("Shown are the cosine similarities of…", "Given is a graph",
  // "Listed below are…"): its subject comes after the verb.
  if (
    /^(?:shown|given|listed|included|depicted|illustrated|displayed|presented|pictured|highlighted|attached|enclosed|provided|summari[sz]ed|plotted|visuali[sz]ed)$/iu.test(
      phrase,
    )
  )
    return null;
  // Nor a formula alone ("$b/a F_{A0} X$ is how much B has reacted"): symbols, not the name of a thing. Nor one Latin
  // letter ("C est la racine, E, Z A et G sont les feuilles.", a node of a tree): it names a thing only in its sentence.
  if (formulasOnly(masked.restore(phrase)) || /^[A-Za-z]$/u.test(masked.restore(phrase).trim())) return null;
  // Nor an article and a word that would name any slide of its kind ("The command looks like this:", "The reply is one
  // of:", "The syntax is:").
  if (
    /^(?:the|a|an|this|that)\s+(?:command|syntax|reply|replies|response|responses|result|results|output|input|code|example|process|system|function|method|program|file|data|value|answer|problem|question|thing|way|idea|form|format|line|call|request|text|list|table|figure|picture|image|step|case|first|second|third|last|latter|former|other|others|rest|same|next|following|previous)$/iu.test(
      masked.restore(phrase),
    )
  )
    return null;
  // Nor any one thing of a kind ("A distribution may have several…", "An algorithm is…"): a word after "a" names no topic.
  // (A word in bold or in code after it too, "A **skip** means…": masked, it is one word still.)
  if (/^an?\s+(?:[^\s\u0001]+|\u0001\d+\u0002)$/iu.test(phrase)) return null;
  // Nor words a focusing adverb opens or a floating quantifier ends ("Even needles each have their own personality"):
  // the thing is inside them, not them.
  if (/^(?:even|only|just|especially|particularly)\s/iu.test(phrase) || /\s(?:each|both|all|alone|too|themselves|itself)$/iu.test(phrase)) return null;
  // Nor things the text points back to ("Two such examples are shown below"): they are named before.
  if (/\bsuch\b/iu.test(phrase)) return null;
  // A noun a clause goes on from with no "that" ("The reason a good citizen does not…", "The real reason programmers
  // will not starve is…"): the verb found is the clause's, and its words are no subject.
  if (
    /^(?:the|a|an)\s+(?:\p{L}+\s+)?(?:reason|way|fact|idea|thing|things|point|problem|question|time|place|one|kind|sort|amount|extent|moment)\s+(?:a|an|the|this|that|my|our|your|their|his|her|i|we|you|they|he|she|people|\p{Ll}+ers)\b/iu.test(
      phrase,
    )
  )
    return null;
  // Nor a part of the text itself ("The first section will give a summary…", "This chapter", "The next lecture"): it
  // names where the reader is, not what the slide is about.
  if (
    /^(?:the|this|that|our|my|each|every)\s+(?:(?:first|second|third|fourth|next|previous|following|last|final|present|current|whole|remaining)\s+)?(?:section|sections|chapter|chapters|part|parts|lecture|lesson|page|paragraph|article|post|tutorial|document|book|notes|guide|unit|module|week)$/iu.test(
      masked.restore(phrase),
    )
  )
    return null;
  return masked.restore(phrase);
}
