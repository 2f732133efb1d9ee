// A deck title a lecturer would choose, when the document does not state one.
import type { Block } from '../types.ts';
import { dateLine, monthYear, numericDate } from './dates.ts';
import { countWords, joinLines, splitSentences } from './sentences.ts';
import { visibleText } from './text-size.ts';
import { linksAsText } from './condense.ts';

const verbs =
  /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|do|became|becomes|remains|remained|refers|describes|means|began|begins|emerged|marked|represents|represented)\s/u;
const pronounStart =
  /^(?:it|this|that|these|those|there|here|we|i|you|they|he|she|one|in|on|at|for|when|if|as|after|before|during|since|dans|en|pour|avec|nous|je|on|ce|cette|cet|ces|im|bei|mit|für|wir|ich|es|dies|diese|dieser|dieses|para|con|este|esta|estos|estas|nosotros|nel|nella|per|questo|questa|noi|em|no|na|nesta|neste|com|nós|eu|в|во|на|для|с|мы|я|это|этот|эта|эти)(?=[\s,]|$)/iu;

function subjectPhrase(sentence: string): string | null {
  const stops = [sentence.search(/[,;:(]|\s[—–-]\s/u), sentence.search(verbs)].filter((i) => i > 0);
  if (stops.length === 0) return null;
  const phrase = sentence.slice(0, Math.min(...stops)).trim();
  const words = phrase.split(/\s+/u).length;
  if (words < 1 || words > 8 || pronounStart.test(phrase) || !/^[\p{Lu}\p{Lo}\p{N}"“'‘]/u.test(phrase)) return null;
  // An article and one word in lower case before a comma opens a series of qualities ("A small, fast and scalable
  // state manager"), not a subject.
  if (/^(?:[Aa]n?|[Tt]he)\s+\p{Ll}+$/u.test(phrase)) return null;
  return phrase;
}

/** Title from the first sentence's subject ("The Nazi-Soviet Pact, officially ..., was signed ..."). */
/** The labels of an aside, not of a name ("Note: …", "Warning: …", "TL;DR: …"). */
const asideLabel =
  /^(?:note|nb|n\.b\.|warning|caution|important|tip|hint|update|updated|edit|edited|disclaimer|tl;?dr|ps|p\.s\.|attention|achtung|hinweis|remarque|nota|aviso|avertissement|注意|提示|注|备注)$/iu;

export function titleFromIntro(intro: Block[]): string | null {
  const first = intro.find((b) => b.kind === 'paragraph');
  // A line in bold alone over the text, of a few words and no label's colon at its end ("**Lesson: Email-4-You**", an
  // MkDocs page that opens with a box's title): the author's title for the page.
  const bold = /^(\*\*|__)(?=\S)([^*_\n]{2,80}?)(?<=\S)\1$/u.exec(first?.text.trim() ?? '')?.[2]?.trim();
  if (bold && countWords(bold) >= 2 && countWords(bold) <= 10 && !/[:：.]$/u.test(bold) && /\p{L}/u.test(bold)) return bold;
  // A label over what follows it ("USAGE:", "Summary:") names that, not the document.
  if (first && /^[^\n.!?]{1,40}[:：]$/u.test(first.text.trim())) return null;
  // A line alone that labels a name ("Course: [Systems Biology 2018 / Uri Alon](…)", "课程描述：…"): the name, where it
  // reads as one (a few words, capitalised, no sentence's end) and the label is no aside's ("Note:", "Update:").
  const labelled =
    first && !first.text.trim().includes('\n') ? /^([^\s:：]{1,20}(?:\s[^\s:：]+){0,2})\s*[:：]\s*(\S.*)$/u.exec(linksAsText(first.text.trim())) : null;
  const named = labelled ? visibleText(labelled[2] ?? '').trim() : '';
  if (labelled && asideLabel.test(labelled[1] ?? '')) return null;
  if (labelled && countWords(named) <= 8 && /^[\p{Lu}\p{Lo}\p{N}]/u.test(named) && !/[.!?。！？]$/u.test(named) && !/\$/u.test(named)) return named;
  // (A link as its words: its address in brackets had been read as an aside, and the title showed "[Systems Biology]".)
  const sentence = first ? splitSentences(linksAsText(first.text))[0] : undefined;
  return sentence ? subjectPhrase(sentence) : null;
}

/**
 * The opening of a document that is only its byline: one quote or line of a few words under the title with a date in
 * it and no sentence ("> 07.11.2017, 13.11.2017"; "> **Clases de programación en C++** · agosto de 2018" over the
 * author's name). Its words as the title slide shows them, lines joined by " · "; null for anything else.
 */
export function bylineOf(intro: Block[], title: string | null = null): string | null {
  // (Text the reader folded away, a link back to the course's index, says nothing on a slide; nor does the line that
  // is the deck's title, "**Computer Networks - Lecture 7 & 8**" over the list of its author and date.)
  const named = title === null ? '' : visibleText(title).trim();
  const shown = intro.filter((b) => b.folded !== true && !(b.kind === 'paragraph' && named !== '' && visibleText(b.text).trim() === named));
  const [block] = shown;
  if (shown.length !== 1 || block === undefined) return null;
  // A list of the lecture's particulars, each "Author: …", "Date: …", "Contact: …".
  if (block.kind === 'list') {
    const items = block.text.split('\n').filter((l) => l.trim() !== '');
    const particulars = items.map((l) => /^\s*(?:[-*+]|\d{1,2}[.)])\s+(?:\*\*|__)?(\p{L}[\p{L} -]{1,20}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$/u.exec(l));
    const keys =
      /^(?:authors?|by|date|dates?|contact|e-?mail|mail|lecturer|instructor|teacher|speaker|presenter|version|updated|last updated|course|term|semester|autor(?:in|en)?|datum|kontakt|dozent(?:in)?|auteur|auteurs|date|enseignant|fecha|profesor|contacto|autore|data|docente)$/iu;
    if (
      items.length === 0 ||
      items.length > 5 ||
      particulars.some((m) => m === null || !keys.test((m[1] ?? '').trim())) ||
      countWords(visibleText(block.text)) > 30
    )
      return null;
    return particulars.map((m) => visibleText(`${(m?.[1] ?? '').trim()}: ${m?.[2] ?? ''}`).trim()).join(' · ');
  }
  if (block.kind !== 'quote' && block.kind !== 'paragraph') return null;
  const lines = block.text
    .split('\n')
    .map((l) => visibleText(l.replace(/^\s*(?:>\s*)+/u, '')).trim())
    .filter((l) => l !== '');
  const text = lines.join(' ');
  if (lines.length === 0 || lines.length > 4 || countWords(text) > 30) return null;
  const dated = monthYear.test(text) || numericDate.test(text) || (/\b(?:19|20)\d{2}\b/u.test(text) && (block.kind === 'quote' || /\s[·|]\s/u.test(text)));
  // No sentence: nothing closes one inside it, and it ends on none unless it is a few words ("Last updated 3 May 2021.").
  const sentence = /[.!?]\s+\p{Lu}\p{Ll}/u.test(text) || (/[.!?]$/u.test(text) && countWords(text) > 8);
  return dated && !sentence ? lines.join(' · ').replace(/(?:\s·\s)+/gu, ' · ') : null;
}

/** "Here are some reasons why X:" -> "Why X"; "This essay examines X." -> "X". */
export function subtitleFromIntro(intro: Block[]): string | null {
  const last = [...intro].reverse().find((b) => b.kind === 'paragraph');
  const sentences = last ? splitSentences(last.text) : [];
  const sentence = sentences[sentences.length - 1];
  if (!sentence) return null;
  const why =
    /^here (?:are|is) (?:some|several|a few|the|three|four|five|six|seven|eight|nine|ten)?\s*(?:main |key |major )?(?:reasons?|ways?|factors?|causes?) (why|how)\s+(.+?)[:.]?$/iu.exec(
      sentence,
    );
  if (why && why[1] && why[2]) return `${why[1][0]?.toUpperCase()}${why[1].slice(1).toLowerCase()} ${why[2]}`;
  const topic =
    /^this (?:essay|article|paper|talk|lecture|document|report|chapter) (?:explores|examines|discusses|describes|reviews|covers|considers) (.+?)[.:]?$/iu.exec(
      sentence,
    );
  if (topic && topic[1]) return topic[1];
  // What a guide or a lesson says it shows, in its first sentence or its last ("This guide demonstrates how to store
  // credentials on a [YubiKey](…).": "how to store credentials on a YubiKey"), where that is short: the author's words.
  const first = intro.find((b) => b.kind === 'paragraph');
  for (const said of [splitSentences(first?.text ?? '')[0], sentence]) {
    const plain = linksAsText(joinLines(said ?? '')).trim();
    const shows =
      /^this (?:guide|tutorial|document|article|post|page|lesson|chapter|course|workshop|section|book|essay|paper|talk|lecture|report|README) (?:demonstrates|explains|shows(?: you)?|teaches(?: you)?|describes|walks you through|introduces|presents|outlines|covers|explores|examines|discusses|reviews|considers) ((?:how|what|why|when|where|which)\b[^.:!?]+?)[.:]?$/iu.exec(
        plain,
      );
    const words = shows?.[1]?.trim();
    // (Its first word with a capital, as a subtitle opens: "How to store credentials on a YubiKey".)
    if (words && countWords(words) >= 3 && countWords(words) <= 15) return words.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  return null;
}

/**
 * The name a document's file gives its deck's title: the file's own, or for a README or an index page (which names
 * only its kind) the folder it is in ("fzf/README.md" -> "fzf"). A path in either separator.
 */
export function namingFile(path: string): string {
  const parts = path.split(/[\\/]+/u).filter(Boolean);
  const file = parts[parts.length - 1] ?? path;
  const folder = parts[parts.length - 2];
  return /^(?:readme|index|_index)(?:\.[^.]+)?$/iu.test(file) && folder !== undefined && folder !== '.' && folder !== '..' ? folder : file;
}

/** "nazi-soviet_pact" -> "Nazi Soviet Pact": the last resort, from the file name. */
export function titleFromFileName(name: string): string {
  const words = name
    .replace(/\.[^.]+$/u, '')
    .split(/[-_\s]+/u)
    .filter(Boolean);
  // A number that orders the files of a course ("05-java-oop-notes.md", "7 - CPU Scheduling.md") names nothing.
  while (words.length > 1 && /^\d{1,3}[.)]?$/u.test(words[0] ?? '')) words.shift();
  return words.map((w) => w.replace(/^\p{Ll}/u, (c) => c.toUpperCase())).join(' ') || 'Untitled deck';
}

/**
 * A page that opens with its project's logo ("<h1><img alt="xdg logo"></h1>", a README's banner: "Awesome
 * Falsehood header image"; `fileName`, the page's path, confirms a name over a tagline in capitals), perhaps
 * under a line of sponsors: the logo's block and the name its alt text gives, or the fuller name the page writes
 * under it (and that name's block).
 */
/** The alt text of a block that is a picture alone (a paragraph of one picture, as a README's <div align="center"> gives it, too), or null. */
function lonePictureAlt(block: Block): string | null {
  if (block.kind !== 'image' && block.kind !== 'paragraph') return null;
  const lone = /^!\[([^\]\n]*)\]\([^)\n]*\)$/u.exec(block.text.trim());
  if (block.kind === 'paragraph' && !lone) return null;
  return (lone ?? /^!\[([^\]\n]*)\]/u.exec(block.text.trim()))?.[1]?.trim() ?? '';
}

export function logoOf(intro: Block[], fileName = ''): { block: Block; name: string; written?: Block } | null {
  for (const block of intro.slice(0, 20)) {
    const alt = lonePictureAlt(block);
    if (alt === null) continue;
    // "xdg logo", "Awesome Falsehood header image"; or the project's name over its tagline ("fzf - a command-line fuzzy finder");
    // a tagline in capitals too where the name is the one the page's file or folder has ("Starship – Cross-shell prompt"
    // atop starship/README.md; not "Results - Before the change").
    const named = /^([^\s:–—-]+(?:\s[^\s:–—-]+)?)\s+[-–—:]\s+(\S[^\n]{3,80})$/u.exec(alt);
    const project = named?.[1]?.trim() ?? '';
    const tagline = /^\p{Ll}/u.test(named?.[2] ?? '') || (/^\p{Lu}/u.test(named?.[2] ?? '') && fileWords(fileName).includes(project.toLowerCase()));
    const name =
      /^(.{1,40}?)[\s_-]+(?:logo|banner|header(?:[\s_-]+image)?|cover(?:[\s_-]+image)?|title[\s_-]+image)$/iu.exec(alt)?.[1]?.trim() ??
      (named && tagline ? project : undefined);
    if (!name || !/\p{L}/u.test(name)) continue;
    // The name written out under the logo ("Open Source Society University" under the "Open Source Society logo"): the
    // fuller name, as the page shows it.
    const next = intro[intro.indexOf(block) + 1];
    const written = next?.kind === 'paragraph' ? next.text.trim().replace(/^\*\*(.*)\*\*$/u, '$1') : '';
    const fuller =
      written.length > name.length && written.toLowerCase().startsWith(name.toLowerCase()) && countWords(written) <= 8 && !/[.!?:;\n[\]()<>`*_]/u.test(written);
    return fuller && next ? { block, name: written, written: next } : { block, name };
  }
  return null;
}

/**
 * A cover written as lines (a Microsoft workshop's three header divs, "Serverless architecture" over "Hands-on lab
 * step-by-step" over "November 2021", then its notice): past pictures, two or three short blocks of a line each (eight
 * words at most, no sentence's or label's end) before the text, the first no date. Its title, its subtitle (the second
 * line where it is no date), its date (a line that is one), and the blocks they were; null where the opening is otherwise.
 */
export function coverOf(intro: Block[]): { title: string; subtitle: string | null; date: string | null; blocks: Block[] } | null {
  let at = 0;
  while (intro[at]?.kind === 'image') at += 1;
  const line = (b: Block | undefined): string | null => {
    // (Not a line with a link or a formula, which a cover's title or subtitle would show without its address or as
    // its source: "Course: [Systems Biology 2018](https://…)" over "$X$ and $Y$ are concentrations".)
    const text = b?.kind === 'paragraph' && b.folded !== true && !/\]\(|\$/u.test(b.text) ? visibleText(b.text).trim() : '';
    return text !== '' && !text.includes('\n') && countWords(text) <= 8 && /\p{L}/u.test(text) && !/[.!?:;,。]$/u.test(text) ? text : null;
  };
  const lines: string[] = [];
  while (lines.length < 3 && line(intro[at + lines.length]) !== null) lines.push(line(intro[at + lines.length]) as string);
  const [title, second, third] = lines;
  // Over text of its own: a cover is the top of a page that goes on.
  if (title === undefined || second === undefined || dateLine.test(title) || intro[at + lines.length] === undefined) return null;
  const date = [second, third].find((l) => l !== undefined && dateLine.test(l)) ?? null;
  const subtitle = dateLine.test(second) ? null : second;
  // (Three lines are a cover only with a date among them: three short lines of words are as likely the text's list.)
  if (third !== undefined && date === null) return null;
  return { title, subtitle, date, blocks: intro.slice(at, at + lines.length) };
}

/**
 * A page's logo alt-texted with its project's name alone (k9s's `<img src="assets/k9s.png" alt="k9s">` over "## K9s -
 * Kubernetes CLI To Manage Your Clusters In Style!"): the opening's first block, a picture alone whose alt text of one
 * to three words is how `title` begins. Null when the opening starts otherwise.
 */
export function logoNamedByTitle(intro: Block[], title: string): Block | null {
  const first = intro[0];
  const alt = first ? lonePictureAlt(first) : null;
  if (!first || !alt || !/\p{L}/u.test(alt) || countWords(alt) > 3) return null;
  const shown = visibleText(title).trim().toLowerCase();
  return shown.startsWith(alt.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(shown.slice(alt.length)) ? first : null;
}

/** The name a page's logo gives (logoOf), or null. */
export const titleFromLogo = (intro: Block[], fileName = ''): string | null => logoOf(intro, fileName)?.name ?? null;

/** The words of the name a file gives its deck (namingFile: a README's folder), in lower case: "starship-cli/README.md" -> starship, cli. */
const fileWords = (fileName: string): string[] =>
  namingFile(fileName)
    .replace(/\.[^.]+$/u, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
