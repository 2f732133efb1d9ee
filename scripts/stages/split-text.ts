// Plain text -> DocumentModel. Finds `Heading: body` sections (bare, numbered,
// bulleted or bold), stand-alone heading lines, an intro and a closing summary.
// Prose with no headings becomes one section per paragraph (see plan-prose).
import type { Block, DocumentModel, Section } from '../types.ts';
import { dateLine, numericDate } from './dates.ts';
import { fenced } from './fence.ts';
import { joinLines } from './sentences.ts';
import { least } from './numbers.ts';
import { wikiHeadings } from './wiki-markdown.ts';

interface Paragraph {
  text: string;
  line: number;
  /** The lines as written, indentation kept (for drawings and aligned columns). */
  raw?: string;
  /** Columns of indentation of its first line. */
  indent?: number;
  /** A line over an underline ("Specification:  Yield" over "=====", reStructuredText's and Setext's heading): a heading as written. */
  underlined?: boolean;
  /** The character of that underline ("=", "-", "~"): the document's heading levels, in the order it first uses them. */
  underline?: string;
  /** Source code (C-like statements, preprocessor lines, comments), whose consecutive paragraphs are one listing. */
  code?: boolean;
  /** A definition of a list laid out in two columns ("UTC: Coordinated Universal Time…", definitionColumns): an item, not a heading. */
  definition?: boolean;
  /** Columns of indentation taken off `raw`'s lines (the least of them). */
  margin?: number;
  /** Rows of numbers only (numberRow): a table's rows set apart by blank lines, one table with the lines laid out over them. */
  rows?: boolean;
  /** A specification's field and what it means, made one paragraph ("Type: 3"): never a heading. */
  field?: boolean;
  /** A heading's level where the layout gives it (pod2text's head1 and head2): 2 or 3. */
  level?: number;
  /** The text marks its headings (wiki2beamer's "= … ="): a paragraph without the marks is never one. */
  unmarked?: boolean;
  /** A topic of notes written as an outline (outlineItems), over its points: a section, the first one too. */
  topic?: boolean;
  /** A turn of a dialogue (dialogueTurns): a paragraph of its section, its speaker's name naming no slide. */
  turn?: boolean;
  /** A FAQ's question that its list of questions names (indexedQuestions): a numbered heading, however it reads. */
  indexed?: boolean;
  /** A table laid out in columns under its heading row (columnTable), written as a Markdown table: the text. */
  table?: boolean;
}

const separatorLine = /^\s*(?:[-–—_=*~•·#+]\s*){1,}$/u;
const listMarker = /^\s*(?:[•*+\-–·▪◦‣]|\d{1,3}[.)]|[a-zA-Z][.)])\s+/u;
/** An item with a bullet, not a number (a numbered line may be a section's heading: "11. Author's Address"). */
const bulletItem = /^\s*[•*+\-–·▪◦‣]\s+/u;
const headingBody =
  /^\s*(?:(?:\d{1,3}|[ivxIVX]{1,5}|[a-zA-Z])[.)]\s+|[•*\-–·▪◦‣]\s+)?(?:\*\*|__)?([^\s:：.!?*_][^:：.!?\n*_]{0,79}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s+(\S[\s\S]*)$/u;
// Closing openers in English, French, German and Spanish (and a few more): "In summary", "En résumé", "Zusammenfassend", "En resumen".
const summaryOpening =
  /^(?:in summary|in conclusion|to sum up|to summari[sz]e|to conclude|in short|overall|all in all|in closing|summing up|in sum|to recap|taken together|en résumé|en resume|en conclusion|pour conclure|pour résumer|en somme|bref|zusammenfassend|abschließend|zum schluss|insgesamt|fazit|kurz gesagt|en resumen|en conclusión|para concluir|para resumir|en definitiva|in sintesi|in conclusione|em resumo|em conclusão|samenvattend|kortom)(?![\p{L}\p{N}])/iu;

export function isSummaryOpening(text: string): boolean {
  return summaryOpening.test(text.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A contact's data: an address (mail, web) or a telephone number. */
const isData = (text: string): boolean => /^\S*(?:@|:\/\/)\S*$|^[+()\d\s.-]{6,}$/u.test(text.trim());

/** A line that ends where its sentence cannot ("...can be found at"): it goes on, it is no heading. */
const trailingFunctionWord = /\b(?:and|or|nor|of|the|a|an|to|in|for|with|by|that|under|at|from|on|as|into|about|via|than)$/iu;

/** How many more of `open` than of `close` a text holds: brackets it has not closed. */
const unclosed = (text: string, open: string, close: string): number => text.split(open).length - text.split(close).length;

/** Words with a bracket they do not close ("[pwd" of "[pwd: print working directory…]"), or all in brackets (an aside). */
const bracketed = (text: string): boolean => unclosed(text, '[', ']') !== 0 || unclosed(text, '(', ')') !== 0 || /^\[[^\]]*\]$/u.test(text.trim());

/** A caption ("Table 1: The Base 64 Alphabet", "Figure 2"): it names what is under it, not a section. */
const caption = /^(?:table|figure|fig\.|abbildung|tabelle|tableau|tabla)\s+\d/iu;

/** A pronoun and its verb in one word: "That's", "I'm", "We're". */
const contraction = "(?:Here|There|It|That|What|Who|He|She|Let)['’]s|I['’](?:m|d|ve|ll)|(?:You|We|They)['’](?:re|ve|ll|d)";
const contractionAlone = new RegExp(`^(?:${contraction})$`, 'u');
const clauseOpening = new RegExp(
  `^(?:I|${contraction}|We|You|He|She|They|It|There|Here|Je|J'\\p{L}+|Nous|Vous|Il|Elle|Ils|Elles|On|Ich|Wir|Er|Es|Du|Ihr|Man|Yo|Nosotros|Ellos|Ellas|Hay)\\s`,
  'u',
);

/**
 * Words before a colon that read as a sentence's clause, not a name: they open with a subject pronoun
 * ("I", "We", "There", "Nous", "Wir", "Hay") or hold a lower-case "is", "were", "had" after their subject.
 */
function isClause(words: string): boolean {
  // A contraction alone is a clause too ("That's: a number {height}, CTRL-W and then an underscore", Vim's manual).
  if (contractionAlone.test(words.trim())) return true;
  if (wordCount(words) < 2) return false;
  if (clauseOpening.test(words)) return true;
  // A demonstrative as the subject of a lower-case verb ("That leads to our second difference: …", "This means: …").
  if (/^(?:This|That|These|Those)\s+\p{Ll}+(?:s|ed)\s/u.test(`${words} `) && !/^\S+\s+(?:is|was)\s/u.test(words)) return true;
  // Or a verb that reports ("The bat book says: ``…''"), or "does" ("Some things that qmail-send does synchronously"); or
  // words that end on their verb ("Examples of virtual devices emulation implementation are: Display and…").
  return (
    (wordCount(words) >= 3 &&
      /\s(?:is|are|was|were|am|has|have|had|can|could|will|would|should|must|may|might|ist|sind|war|waren|est|sont|était|étaient|es|son|era|eran)(?:\s|$)/u.test(
        words,
      )) ||
    /\s(?:says|said|writes|wrote|notes|noted|states|stated|explains|argues|claims|does|do|did)(?:\s|$)/u.test(words)
  );
}

/** A label of a remark within a section ("NOTE:", "Example:", "See:"), never a section's heading. */
const remarkLabel =
  /^(?:note|notes|nb|n\.b|example|e\.g|exception|warning|caution|caveat|danger|tip|hint|important|remark|remember|recall|reminder|question|idea|answer|see|see also|remarque|exemple|attention|avertissement|rappel|hinweis|beispiel|achtung|warnung|vorsicht|beachte|merke|nota|ejemplo|aviso|advertencia|recuerda)$/iu;

/** A word that goes on with the sentence before it ("Where:" over the terms of a formula, "Où :", "Wobei:"), never a heading. */
const connectiveLabel = /^(?:where|whereby|wherein|with|then|thus|hence|où|donc|alors|avec|wobei|wo|dabei|donde|entonces|dove|quindi)$/iu;

/** `Heading: body` with a short heading that starts like a title. */
function matchHeadingBody(text: string): { heading: string; body: string } | null {
  // A bold lead-in may hold any punctuation ("**Dr. Jenner and Smallpox**: In 1796, ...").
  const bold = /^\s*(?:(?:\d{1,3}|[a-zA-Z])[.)]\s+|[•*\-–·▪◦‣]\s+)?(\*\*|__)([^*_\n]{1,80}?)\1\s*[:：.]?\s+(\S[\s\S]*)$/u.exec(text);
  if (bold && bold[2] && bold[3] && wordCount(bold[2]) <= 8 && /^[\p{Lu}\p{Lo}\p{N}"“']/u.test(bold[2].trim()))
    return { heading: bold[2].trim().replace(/[:：.]$/u, ''), body: bold[3].trim() };
  const m = headingBody.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const heading = m[1].trim();
  // A comment in code ("# Show it off: create a tree.", "// Note: …") is no heading, nor is a version-control keyword
  // ("$Id: FAQ,v 1.39 2010-10-23 nicm Exp $") or a variable.
  if (heading === '' || wordCount(heading) > 8 || caption.test(heading) || /^(?:(?:#|\/\/|--)\s|\$|>)/u.test(heading) || bracketed(heading)) return null;
  // A colon inside a code literal ("support for ``Transfer-Encoding: identity``") is the literal's, not a heading's.
  if (/`/u.test(heading.replace(/(?<!`)(`+)(?!`)[^`]*?(?<!`)\1(?!`)/gu, ''))) return null;
  // A command's option ("-L : Log changed filenames", "--verbose: …", "/Q: quiet") or a number ("1 : REG_SZ") is an
  // entry of a list of them, not a section; nor is a term without a letter.
  if (commandOption.test(heading) || /^\d+$/u.test(heading) || !/\p{L}/u.test(heading)) return null;
  // "EMail: someone@example.org", "Phone: +1 555 0100", "URI: http://...": a contact's data, not a section.
  if (isData(m[2].trim().split('\n')[0] ?? '')) return null;
  // A sentence that introduces what is quoted under it ("Messages can also be piped into standard input:" over "> echo …").
  if (/^>/u.test(m[2].trim())) return null;
  // Nor whom a quotation is from, a clause with no verb of its own ("This from a southern Governor: "Mr. President, you
  // are not leading this Nation…"", "And this from a young Chicano: "…""): the words that lead into what is quoted.
  if (/^["“„«]/u.test(m[2].trim()) && /^(?:this|these|that|here|and|also|then|one|another)\b/iu.test(heading)) return null;
  // "Information about leap seconds can be found at: <...>" is a sentence that goes on.
  if (trailingFunctionWord.test(heading)) return null;
  // "NOTE: ...", "Example: ...": a remark within a section, labelled, not a section of its own.
  if (remarkLabel.test(heading) || connectiveLabel.test(heading)) return null;
  // "However, note: ..." is a sentence, not a heading; headings start upper-case or non-Latin.
  if (/^\p{Ll}/u.test(heading) || /[,;]/u.test(heading)) return null;
  // "There were plenty of earnest students too: ...", "I applied to 3 grad schools: ...": a sentence's clause.
  if (isClause(heading)) return null;
  // "But we love better to talk about it: that we say…": a sentence opening with a conjunction goes on past its colon;
  // so does one of three words or more, not in title case, whose colon a word in lower case follows ("Unjust laws
  // exist: shall we be content…"), where a heading's body is a sentence of its own.
  const body = m[2].trim();
  if (/^(?:But|And|Or|Nor|So|Yet|Then|Thus|Hence|Still|Mais|Et|Donc|Aber|Und|Pero|Y)\s/u.test(heading)) return null;
  if (
    /^\p{Ll}/u.test(body) &&
    wordCount(heading) >= 3 &&
    heading
      .split(/\s+/u)
      .slice(1)
      .some((w) => /^\p{Ll}{4,}/u.test(w))
  )
    return null;
  return { heading, body };
}

/** A command's option as an entry opens ("-L", "--verbose", "/Q", "+x"): an entry of a manual's list, never a heading. */
const commandOption = /^(?:--?|\/|\+)[\p{L}\d]/u;

/** A debugger's or a database's prompt at a line's start ("(gdb) next", "(Pdb) p x", "sqlite> .schema", "mysql> SELECT"). */
const debuggerPrompt = /^(?:\((?:gdb|lldb|pdb|Pdb|ipdb|jdb|dbx)\)|(?:sqlite|mysql|mariadb|postgres|psql|irb|ghci|scala|duckdb)[>=#]|[a-z_]+=[#>])\s/u;

/** A short line without closing punctuation, like "Results" or "2. Method". */
function matchBareHeading(given: string): string | null {
  if (given.includes('\n') || wordCount(given) > 10 || given.length > 90) return null;
  // A title set in capitals with a full stop, as old books set them ("THE WOUNDED SOLDIER.", over an anecdote): the title.
  // So is a line in capitals with a colon, as an INSTALL file heads its parts ("QUICK START:", "SYSTEM REQUIREMENTS:").
  const text =
    /^\p{Lu}[\p{Lu}'’&-]*(?:\s+[\p{Lu}'’&-]+)+\.$/u.test(given.trim()) || /^\p{Lu}[\p{Lu}\d'’&/-]*(?:\s+[\p{Lu}\d'’&/()-]+){0,6}:$/u.test(given.trim())
      ? given.trim().slice(0, -1)
      : given;
  if (/[.!?,;:。！？]["'”’)]*$/u.test(text.trim())) return null;
  // A line that ends on a dash goes on into what it introduces ("So I would say,--" over a quoted line).
  if (/(?:--|[—–])$/u.test(text.trim())) return null;
  // (A Markdown heading's hashes in a plain text, "## Virtual memory overview" in a course's .txt notes, go too.)
  const heading = text
    .replace(/^\s*(?:\d{1,3}[.)]|[•*\-–·▪◦‣]|#{1,6})\s+/u, '')
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, '$1')
    .trim();
  // An item of a clause's list ("(i) the Original License or") and a line whose sentence goes on are no headings.
  const words = heading.replace(/^\((?:\d{1,3}|[ivxlc]{1,6}|[a-z])\)\s+/iu, '');
  // Nor is a line that opens with a marker of punctuation, as a program's output does ("-!- IRCNet: irc.song.fi:6667").
  if (/^[^\p{L}\p{N}\s"“'‘(«¿¡[§#&@$€£\p{Extended_Pictographic}\p{So}]/u.test(heading) && /^\S*[^\p{L}\p{N}\s]\S*\s/u.test(heading)) return null;
  // reStructuredText's explicit markup (".. [4] a footnote", ".. note::") and a command at a prompt ("$ tmux -u new") are no headings.
  // (So is a command at a debugger's or a database's prompt, "(gdb) p/x cpus[0]->context", "sqlite> .tables".)
  if (caption.test(heading) || copyrightLine.test(heading) || /^(?:\.\.|[$%>]|>>>)\s/u.test(text.trim()) || debuggerPrompt.test(text.trim())) return null;
  // A pointer elsewhere ("See: DOCS/contribute.md", "See also: RFC 3339") is a remark of the section it is in.
  if (/^(?:see(?: also)?|cf\.?|siehe|voir)\s*:/iu.test(heading)) return null;
  // A remark's label in capitals ("NOTE:", "WARNING:") is no heading either.
  if (/[:：]\s*$/u.test(given) && remarkLabel.test(heading)) return null;
  // A command line ("./openvpn --test-crypto --secret key", "/usr/sbin/foo -v", "make --jobs 4"): what to type, no heading.
  if (/^(?:\.{0,2}\/|~\/)\S/u.test(heading) || /\s--[a-z][\w-]*(?:[= ]|$)/u.test(heading)) return null;
  // A protocol's line with its escapes ("    TIMED_OUT\r\n", a server's response set in between paragraphs) is data, no heading.
  if (/\\[rnt0]|\\x[0-9a-f]{2}/iu.test(heading)) return null;
  // A date alone ("February 2021", "3 March 2021", "2021-02-01", "Mai 2019") dates the text under its title: no heading.
  if (dateLine.test(heading)) return null;
  if (heading === '' || /^\p{Ll}/u.test(words) || trailingFunctionWord.test(words) || bracketed(heading)) return null;
  // A line that stops on its verb goes on into what is set under it ("When is" over a formula, "Then the depth of a
  // tree is" over its definition): no heading.
  if (/\s(?:is|are|was|were|becomes|gives|yields|equals|if|when|whether|because|since)$/iu.test(words)) return null;
  // Nor a sentence without its full stop: a subject, its verb and the verb's object ("The server terminates this list
  // with the line" over the line it ends with, a protocol's response set apart).
  if (
    /^(?:the|a|an|this|each|every|its|our|your|their)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}{2,}(?:s|es|ed)\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|your|all|each|every|one|two|some|no)\s/iu.test(
      words,
    ) &&
    !/^\S+\s+\p{Lu}/u.test(words)
  )
    return null;
  // Nor a clause after a comma ("Comparing with the definition of foldr, we discover" over what it finds).
  if (/,\s+(?:we|you|they|i|he|she|it|one)\s+\p{Ll}+/u.test(words)) return null;
  // Nor a connective or a bidding alone over a formula ("Therefore", "Define", "Recall"): the text's, not a section's.
  if (/^(?:therefore|thus|hence|define|recall|consider|compute|let|where|donc|ainsi|daher|somit)$/iu.test(words.trim())) return null;
  // A line that ends a sentence and opens the next ("Index serves several purposes. Using it, one can") is text.
  if (/\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(heading)) return null;
  // An aside in parentheses alone ("(see the rest of the file to get the idea)") and a line of C's preprocessor
  // ("#define G (*ptr_to_globals)") are the text's, no headings.
  if (/^\([^()]*\)$/u.test(heading) || /^#\s*(?:define|include|if|ifdef|ifndef|elif|else|endif|undef|pragma)\b/u.test(heading)) return null;
  // A sentence's opening that goes on below ("For example, if the command" over the command): no heading.
  if (/^(?:for example|for instance|e\.g\.|i\.e\.|in other words|that is)\b|,\s+(?:if|when|because|although|while|since|unless|which|that)\b/iu.test(heading))
    return null;
  // A command's option and what it takes ("-I <registryhivefile> <prefixstring>", "-t : Debug trace") is usage, and a
  // record of fields between colons ("220:Administrators:2", "Reset user :03e9:pnh") data: no headings.
  if (commandOption.test(heading) || /\S:\S[^:\s]*:\S/u.test(heading)) return null;
  // An equation or an assignment ('BASE64("foo") = "Zm9v"', a test vector) is data, not a title.
  if (/\S\s*:?=\s*\S/u.test(heading) && !/\p{L}{3,}\s+\p{L}{3,}/u.test(heading.split('=')[0] ?? '')) return null;
  // Columns ("UTC Date  TAI - UTC"), drawings, addresses ("<ftp://...>", "name@example.org") are no headings.
  if (isDrawing(heading) || /\S {2,}\S|\S\t/u.test(heading) || /^<|:\/\/|\S@\S/u.test(heading) || isData(heading.split(/:\s+/u)[1] ?? '')) return null;
  // A line that is mostly digits and signs ("1985-04-12T23:20:50.52Z", "+1 555 0100") is data, not a title.
  const shown = heading.replace(/\s/gu, '');
  if (shown.length > 6 && (heading.match(/\p{L}/gu) ?? []).length < shown.length * 0.3) return null;
  return heading;
}

/** Whether line `i` opens an address block: a name over lines that give its email, phone or web address (an RFC's "Author's Address"). */
function addressOver(lines: string[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 5 && (lines[k] ?? '').trim() !== ''; k += 1)
    if (/^\s*(?:e-?mail|phone|fax|tel|uri|url|web)\s*:/iu.test(lines[k] ?? '')) return true;
  return false;
}

/** A line of an ASCII-art tree, box or rule: more symbols than letters, or box-drawing characters. */
function isDrawing(line: string): boolean {
  const chars = [...line.replace(/\s/gu, '')];
  const letters = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  // (A line that opens with "+ " and a word is a list's item, "+ timsort can require…", not a box's corner.)
  return /[\u2500-\u257F\u2580-\u259F]|[|+\\/`_=~^*#<>-]{3,}|^(?:[|\\/]|\+(?!\s+\p{L}))/u.test(line) || letters < chars.length * 0.6;
}

/** Words with an arrow drawn among them ("no centralized trust <-- this is hard!", "client --> server"): a note's line, not a drawing. */
const wordsWithArrow = (line: string): boolean => /<[-=]{2,}|[-=]{2,}>/u.test(line) && !isDrawing(line.replace(/<[-=]{2,}|[-=]{2,}>/gu, ' '));

/**
 * A line of a calculation set in (a functional program's equation, a derivation's step and its hint): "f o foldr g c =
 * foldr h e", "=  { definition of foldr }", "map f (a : as) = f a : map f as". Mostly short tokens, a symbol of one,
 * and no sentence's punctuation.
 */
const calculationLine = (line: string): boolean => {
  const t = line.trim();
  if (/^(?:=|<=>|<=|=>|==|≡|⇔|⇐|⇒|≤|≥)\s+\{[^{}]*\}$/u.test(t)) return true;
  const tokens = t.split(/\s+/u);
  if (tokens.length < 3 || /[,;]\s|[.!?:]$/u.test(t) || !/\s=\s|[()[\]{}]/u.test(t)) return false;
  // (Not a formula of words, "movement time = MT = a + b * index of difficulty": an outline's point.)
  return tokens.filter((w) => w.length <= 2 || !/\p{L}{3}/u.test(w)).length >= tokens.length * 0.5 && tokens.filter((w) => /\p{L}{4}/u.test(w)).length <= 2;
};

/**
 * A line of C-like source code: a preprocessor line, a comment's opening or
 * closing, a brace, or a statement ("HH (a, b, c, d, x[ 5], S31, 0xfffa3942);",
 * "context->count[0] = 0;", "return x;"), or a numbered line of BASIC. A clause of prose that ends with a
 * semicolon ("(a) copies of the Software;") is none.
 */
const codeLine = (written: string): boolean => {
  // A statement's comment after it ("struct something state_var; // protected by lock") is the statement's.
  const line = written.replace(/;\s*\/\/.*$/u, ';');
  return (
    codeStatement(line) ||
    // A declaration of a variable of a named type ("mp_mutex lock;", "struct something state_var;", "mp_cond *cv[2];").
    /^(?:(?:struct|enum|union)\s+\w+|[A-Za-z]\w*_\w*)\s+\**[A-Za-z_]\w*(?:\[[^\]]*\])?;$/u.test(line)
  );
};

const codeStatement = (line: string): boolean =>
  /^#\s*(?:include|define|undef|if|ifdef|ifndef|elif|else|endif|pragma)\b/u.test(line) ||
  // A condition going on over lines ("&& TYPE_SIZE (type)", "|| x > 256)"); a function's return type on a line of its
  // own, K&R style ("int" over "ix86_data_alignment (tree type, int align)"); statements inside braces on one line
  // ("struct globals { int a; char buf[1000]; };").
  /^(?:&&|\|\|)\s/u.test(line) ||
  // A shell script's lines: a loop's or a test's keywords, an assignment, a command sent to the background, a builtin
  // with a few words ("i=1000; while test $i != 0; do", "busybox sleep 30 &", "done", "echo -n .", "wait").
  /^(?:done|fi|esac|do|then|else)$|;\s*(?:do|then)$|^[A-Za-z_]\w*=\S+$|^[A-Za-z_]\w*=\S*;\s|\s&$/u.test(line) ||
  /^(?:echo|printf|cd|export|wait|exit|source)(?:\s+\S+){0,3}$/u.test(line) ||
  /^(?:(?:static|extern|inline|unsigned|signed|const|int|char|long|short|float|double|void|bool|size_t)\s*\**\s*)+$/u.test(line) ||
  /\{[^{}]*;[^{}]*\}\s*;?$/u.test(line) ||
  /^(?:\/\*|\*\/|\/\/)|\*\/$/u.test(line) ||
  /^[{}]\s*;?$|\{$/u.test(line) ||
  /(?:\)|\]|\+\+|--)\s*;$|\w\s*(?:[-+*/%&|^]|<<|>>)?=\s*[^=\s].*;$|^(?:return|break|continue|goto)\b.*;$/u.test(line) ||
  /^(?:(?:unsigned|signed|static|const|extern|typedef|struct|enum|int|char|long|short|float|double|void)\s+)+[\w\s*[\]]+;$/u.test(line) ||
  /^(?:if|for|while|switch)\s*\(.*\)\s*\{?$|^else\b/u.test(line) ||
  /\(.*\\$/u.test(line) ||
  // A numbered line of BASIC ("10 GB=65506:REM SET BASE ADDRESS", "1130 FOR X=0 TO 199-4 STEP 5").
  /^\d{1,5}\s+(?:(?:REM|PRINT|POKE|GOTO|GOSUB|IF|FOR|NEXT|RETURN|END|STOP|GET|INPUT|LET|DIM|DATA|READ|RESTORE|ON|CLS|DEF|RANDOMIZE)\b|[A-Z][A-Z0-9]?\$?(?:\([^)]*\))?\s*=)/u.test(
    line,
  );

/**
 * A line of Python: a definition's head ("def fill(n):", "class Run:"), an import, a block's head with code in it ("while
 * True:", "if count % 10:", "for i in range(n):"), a statement of its own keyword ("return t2-t1, ncmp", "global ncmp"),
 * an assignment ("ncmp += 1", "X = values[:]"), a call alone ("bound(mycmp)"), a print ('print "count", count'), or a
 * docstring's quotes.
 */
const pythonLine = (line: string): boolean =>
  /^(?:async\s+)?def\s+[A-Za-z_]\w*\s*\(.*\)\s*(?:->\s*[^:]+)?:$|^class\s+[A-Za-z_]\w*\s*(?:\(.*\))?:$/u.test(line) ||
  /^import\s+[\w.]+(?:\s+as\s+\w+)?(?:,\s*[\w.]+)*$|^from\s+[\w.]+\s+import\s+[\w*]/u.test(line) ||
  /^(?:(?:el)?if|while)\s+.*[=<>!%()[\]]|^(?:if|while)\s+(?:not\s+)?(?:True|False|[a-z_]\w*)\s*:$/u.test(line) ||
  /^for\s+[\w, ()]+\s+in\s+\S.*:$|^(?:else|try|finally):$|^except\b.*:$|^with\s+.+\bas\s+\w+:$/u.test(line) ||
  /^(?:return|yield|raise|global|nonlocal|assert)\b(?:\s+[^\s.]+(?:\s*[,.(=+\-*/%[\]]\s*\S*)*)?$|^(?:pass|continue|break)$/u.test(line) ||
  /^[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_]\w*)*\s*(?:[-+*/%]|\/\/)?=\s*[^=\s]/u.test(line) ||
  /^[A-Za-z_][\w.]*\([^()]*\)$|^(?:"""|''')|^print\s*\(.*\)$|^print\s+\S.*[,%("']/u.test(line);

/**
 * A shell comment over the commands it describes, as a collection of one-liners sets each ("# double space a file" over
 * "sed G", "# count lines" over "sed -n '$='"): comment lines first, then commands, each a program's name in lower case
 * and its arguments, with code's characters or a word or two: never a sentence.
 */
function commentedCommands(lines: string[]): boolean {
  const comments = lines.findIndex((l) => !/^#(?:\s|$)/u.test(l));
  if (comments < 1) return false;
  const commands = lines.slice(comments);
  return commands.every(
    (l) =>
      /^[a-z][\w.+-]*(?:\s|$)/u.test(l) &&
      !/^#/u.test(l) &&
      (/['"`$|/\\{};=<>]|\s--?[\w-]/u.test(l) || l.split(/\s+/u).length <= 3) &&
      !/\p{L}{2,}[.!?]$/u.test(l) &&
      !/\p{L}{2,},\s+\p{L}/u.test(l.replace(/'[^']*'|"[^"]*"/gu, '')),
  );
}

/** A rule of an ABNF grammar: a name, "=" or "=/", then elements (names, %x values, quoted strings, groups), a comment maybe. */
const abnfRule = /^[A-Za-z][\w-]*\s+=\/?\s+(?:[\w-]+|%[xdb][\dA-Fa-f.-]+|"[^"]*"|<[^>]*>|[*\d()[\]/]|\s)+(?:\s*;.*)?$/u;
/** What only ABNF writes: a value in %x, a repetition, an optional group, an alternative, or one of its core rules. */
const abnfOwn = /%[xdb][\dA-Fa-f]|\d*\*\d*[(A-Za-z"%]|\[[^\]]+\]|\s\/\s|\b(?:CRLF|DQUOTE|ALPHA|DIGIT|HEXDIG|VCHAR|WSP|HTAB|SP|LF|CR|OCTET)\b/u;

/**
 * An HTTP message as a specification shows one ("PATCH /my/data HTTP/1.1" over "Host: example.org" over
 * "Content-Type: application/json-patch+json"): a request's or a status line, then header fields only.
 */
function httpMessage(lines: string[]): boolean {
  const [first, ...fields] = lines;
  return (
    /^(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE)\s+\S+\s+HTTP\/\d(?:\.\d)?|HTTP\/\d(?:\.\d)?\s+\d{3}(?:\s.*)?)$/u.test(first ?? '') &&
    fields.every((l) => /^[A-Za-z][\w-]*:\s*\S/u.test(l))
  );
}

/**
 * A run of lines that is source code (an RFC's reference implementation): most of its lines are code, or it
 * is a comment (opened with "/*" and closed in the run). Right after code, half of its lines will do, and one.
 */
function isSourceCode(run: string[], afterCode: boolean): boolean {
  const lines = run.map((l) => l.trim()).filter((l) => l !== '');
  if (lines[0]?.startsWith('/*') && lines.some((l) => l.includes('*/'))) return true;
  // One line alone that can only be code: a preprocessor line ("#define G (*ptr_to_globals)"), a call as a statement
  // ("SET_PTR_TO_GLOBALS(xzalloc(sizeof(G)));"), statements inside braces ("struct globals { int a; };").
  // (So is a pipeline of three commands or more, "strings busybox | sort | uniq -c | sort -nr", and a client's command
  // typed at its prompt, "/NETWORK ADD -auto ExampleNet", "/SET beep_msg_level MSGS HILIGHT".)
  if (lines.length === 1 && /^\/[A-Za-z][\w-]*(?:\s+\S+){0,12}$/u.test(lines[0] ?? '') && !/[.!?,;]$/u.test(lines[0] ?? '')) return true;
  if (
    lines.length === 1 &&
    /^#\s*(?:include|define|undef|ifdef|ifndef|pragma)\b|^[A-Za-z_][\w.>-]*\(.*\)\s*;$|\{[^{}]*;[^{}]*\}\s*;?$|^[a-z][\w.-]*(?:\s+[^|\s]+)*(?:\s+\|\s+[a-z][\w.-]*(?:\s+[^|\s]+)*){2,}$/u.test(
      lines[0] ?? '',
    )
  )
    return true;
  if (commentedCommands(lines)) return true;
  if (httpMessage(lines)) return true;
  // A grammar's rules in ABNF, as RFCs write them ("file = [header CRLF] record *(CRLF record) [CRLF]", "COMMA = %x2C"),
  // each its own paragraph: one rule that only ABNF writes so, or any rule right after others.
  if (lines.length >= 1 && lines.every((l) => abnfRule.test(l)) && (afterCode || lines.some((l) => abnfOwn.test(l.replace(/;.*$/u, ''))))) return true;
  // (A calculation's lines count here, in a run set apart, not where a line alone among words is weighed; so do Python's.)
  const code = lines.filter((l) => codeLine(l) || calculationLine(l) || pythonLine(l)).length;
  return afterCode ? lines.length >= 1 && code >= lines.length * 0.5 : lines.length >= 2 && code >= lines.length * 0.6;
}

/** A setting ("XTerm*metaSendsEscape: true", "net.ipv4.ip_forward = 1", "core.editor=vim"): a dotted or starred key, a short value. */
const settingLine = /^[A-Za-z][\w-]*(?:[*.][A-Za-z][\w-]*)+\s*[:=]\s*\S+(?:\s+\S+){0,2}$/u;
/** A command in lower case with an option and what follows it ('xmodmap -e "keysym Alt_L = Meta_L"', "tar -xzf a.tgz"). */
const optionsLine = /^[a-z][\w.+-]*(?:\s+-{1,2}[A-Za-z][\w-]*(?:=\S+)?)+(?:\s+\S+)*$/u;

/** A row of three numbers or more and nothing else ("131072  131072  131071", "1.01% 1391.83%  -0.19%"): a table's. */
const numberRow = /^[-+]?\d[\d.,]*%?(?:\s+[-+]?\d[\d.,]*%?){2,}$/u;

/** Lines laid out by hand (a diagram, a table of aligned columns, a tree): shown as they are. */
function isPreformatted(text: string): boolean {
  const lines = text.split('\n');
  if (lines.length < 2) return false;
  // Columns are set apart by three spaces or more, or by tabs ("bash.Z\t\t\t- compressed bash binary"). A dump of bytes
  // in hexadecimal ("85F6D9041A582101AED3…", "0a 1b 2c …") is laid out as data too.
  const drawn = lines.filter(
    (l) =>
      isDrawing(l.trim()) ||
      /\S(?: {3,}|\t+ *)\S/u.test(l.trim()) ||
      /^(?:[0-9A-F]{16,}|[0-9a-f]{16,}|(?:[0-9A-Fa-f]{2}\s){7,}[0-9A-Fa-f]{2})$/u.test(l.trim()) ||
      // (A row of three numbers or more and nothing else, "131072  131072  131071", as a table of counts has them.)
      numberRow.test(l.trim()),
  ).length;
  // A command's option set in columns ("    -aspect ASPECT       Set aspect ratio" over the rest of its description): a
  // table's row, however few lines there are.
  const option = lines.some((l) => /^\s+(?:--?|\/)[\p{L}\d][\w-]*(?:[ =][^\s]+)?\s{3,}\S/u.test(l));
  // Short rows with a gap of two spaces or more at one column in each (an RFC's "00 00 00 xx  UTF-32BE" over "00 xx 00 xx
  // UTF-16BE"), three or more: a table of two columns.
  const gapAt = (l: string): Set<number> =>
    new Set([...l.matchAll(/\S( {2,})(?=\S)/gu)].flatMap((m) => Array.from({ length: m[1]?.length ?? 0 }, (_, k) => (m.index ?? 0) + 1 + k)));
  const gaps = lines.map(gapAt);
  const columns =
    lines.length >= 3 && lines.every((l) => l.trim().length <= 40 && wordCount(l) <= 6) && [...(gaps[0] ?? [])].some((c) => gaps.every((g) => g.has(c)));
  // A table of short keys and values, a line each ("A: 0" over "B: 10" over "C: 1100", "000: A,1"): data, as written.
  const pairs = lines.length >= 3 && lines.every((l) => /^\s*[\w.+-]{1,12}:\s+\S/u.test(l) && l.trim().length <= 40 && wordCount(l) <= 8);
  // A row of a table of three columns or more whose last cell goes on under itself ("  0    xxx    bind_conf: thread set
  // but not group" over "              FD/task: group 0, mask xxx", a design note's rows a blank line apart): as laid out.
  const wrappedRow =
    (lines[0]?.trim().match(/\S {2,}(?=\S)/gu) ?? []).length >= 2 && lines.slice(1).every((l) => l.trim() === '' || indent(l) >= indent(lines[0]) + 8);
  return (
    drawn >= Math.max(2, lines.length * 0.5) ||
    columns ||
    wrappedRow ||
    (option && lines.length <= 4) ||
    pairs ||
    outputLines(lines) ||
    alignedSteps(lines) ||
    grammarRules(lines) ||
    sampleLines(lines)
  );
}

/**
 * Rules of a grammar, a line each ("file = [header CRLF] record *(CRLF record) [CRLF]" over "header = name *(COMMA
 * name)", an RFC's ABNF): two or more, each a name, an equals sign and its definition, or a line set in further that
 * goes on with the one above.
 */
function grammarRules(lines: string[]): boolean {
  const margin = indent(lines[0] ?? '');
  const rule = (l: string): boolean => /^\s*[A-Za-z][\w-]*\s*=\/?\s+\S/u.test(l);
  return lines.filter((l) => rule(l) && indent(l) === margin).length >= 2 && lines.every((l) => (indent(l) === margin ? rule(l) : indent(l) > margin));
}

/**
 * Lines of sample data, an example set in under its point ("aaa,bbb,ccc CRLF" over "zzz,yyy,xxx CRLF"): two or more
 * short lines, none a sentence's end nor a run of words, each with a sign of data (a comma between values, quotes, an
 * operator or a bracket). Joined into a line of prose, the records ran together.
 */
function sampleLines(lines: string[]): boolean {
  return (
    lines.length >= 2 &&
    lines.every((l) => {
      const t = l.trim();
      // (A record's quoted key over a long value, '"Url": "http://www.example.com/image/481989943",', is data too.)
      const most = /^["'][^"'\n]{1,40}["']\s*:\s/u.test(t) ? 80 : 48;
      return t !== '' && t.length <= most && !/[.;:!?]$/u.test(t) && !/\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(t) && /\S,\S|["'=<>{}()[\]|\\]/u.test(t);
    })
  );
}

/**
 * Rows of a table of keys and values laid out by hand: three or more lines of a short key, a colon and its value, every
 * colon in the same column (keys set flush right, "    0x00-0x07: register" over "         0x18: POP", or of one length).
 */
function alignedKeys(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const columns = lines.map((l) => {
    const m = /^(\s*)([^\s:][^:]{0,24}?):[ \t]+\S/u.exec(expandTabs(l));
    return m && wordCount(m[2] ?? '') <= 3 ? (m[1] ?? '').length + (m[2] ?? '').length : -1;
  });
  return columns[0] !== undefined && columns[0] > 0 && columns.every((c) => c === columns[0]);
}

/**
 * A derivation or a definition laid out in steps: a line, and lines under it that open with an operator set right
 * under the same operator in it ("List a = {Nil} U …" over "       = {Nil, Cons a0 Nil, …"). Wrapped prose starts its
 * lines at its margin, with words.
 */
function alignedSteps(lines: string[]): boolean {
  const first = lines[0] ?? '';
  const later = lines.slice(1).filter((l) => l.trim() !== '');
  return (
    later.length > 0 &&
    later.some((l) => {
      const at = l.search(/\S/u);
      // (An operator, then a space: "<ttr> seconds, …" under "- <ttr> -- time to run -- is…" opens with a placeholder.)
      const mark = /^(?:<=>|==>|<=|=>|->|::|[=|<>+*])(?=\s)/u.exec(l.slice(at))?.[0];
      return mark !== undefined && at > first.search(/\S/u) && first.slice(at, at + mark.length) === mark;
    })
  );
}

/**
 * A program's output, every line opening with the same marker of punctuation alone, three characters or two that
 * differ ("-!- IRCNet: irc.song.fi:6667 (IRCNet)" over "-!- OFTC: …", "*** Connecting", "==> Fetching"): not a list's
 * items ("- a", "-- b") nor prose.
 */
function outputLines(lines: string[]): boolean {
  const markers = lines.map((l) => /^\s*([^\p{L}\p{N}\s]{2,})\s/u.exec(l)?.[1]);
  const first = markers[0];
  return first !== undefined && (first.length >= 3 || new Set(first).size >= 2) && markers.every((m) => m === first);
}

/** The number a line opens with as a list's item ("2. The Less License…"), or 0. */
const itemNumber = (text: string): number => Number(/^\s*(\d{1,3})[.)]\s/u.exec(text)?.[1] ?? 0);

/**
 * The numbered items within `reach` paragraphs of paragraph `i`, at its indentation, numbered one before or after its
 * own ("  3. Place the cursor…" beside "  4. Type dw…"): the steps of the list it is one of. None where it is no item.
 */
function neighbourSteps(paragraphs: Paragraph[], i: number, reach: number): Paragraph[] {
  const p = paragraphs[i];
  const number = itemNumber(p?.text ?? '');
  if (p === undefined || number === 0) return [];
  return [...paragraphs.slice(Math.max(0, i - reach), i), ...paragraphs.slice(i + 1, i + 1 + reach)].filter(
    (q) => q.indent === p.indent && itemNumber(q.text) > 0 && Math.abs(itemNumber(q.text) - number) === 1,
  );
}

/**
 * "3. Protecting Users' Legal Rights." or "4.1. Coordinated Universal Time"
 * on a line of its own: a numbered heading, one level deeper per number.
 */
function matchNumberedHeading(text: string): { heading: string; depth: number } | null {
  // The heading text opens with a capital, or with a number of its own after a clause number ("2.3.1 406 Not Acceptable").
  // An appendix is a top-level part ("Appendix B.  Core ABNF of ABNF", "Annexe A. …", "Anhang A: …").
  const appendix = /^(?:appendix|annexe?|anhang|apéndice|anexo)\s+([A-Z])[.:)]?\s+(\p{Lu}[^!?\n]{1,70}?)[.:]?$/iu.exec(text.trim());
  if (appendix?.[2] !== undefined && wordCount(appendix[2]) <= 9 && !/\S\s{3,}\S/u.test(appendix[2]))
    return { heading: text.trim().replace(/\s+/gu, ' ').replace(/[.:]$/u, ''), depth: 1 };
  // (An appendix's letter may stand apart from its numbers: "C 4.1 Actions based on QTYPE".)
  const m =
    /^((?:\d{1,3}|[ivxIVX]{1,5}|[A-Z](?: (?=\d))?)(?:\.?\d{1,3})*(?<=[^ ]))[.)]?\s+(\p{Lu}[^!?\n]{1,70}?|(?<=\d\.\d{1,3}\s+)\d[^!?\n]{1,70}?)[.:]?$/u.exec(
      text.trim(),
    );
  if (!m || m[1] === undefined || m[2] === undefined || wordCount(m[2]) > 9 || /\S\s{3,}\S/u.test(m[2]) || /\.\s/u.test(m[2])) {
    // A sub-section's heading may ask its question ("2.1. Why two guards?", "2.3. Can you put some numbers on that?"): a
    // number of two levels or more names a clause, never an item of a list.
    // So may one that opens with the name of the part it belongs to in lower case, and a colon ("1.1. transport: Protocol 2
    // MAC algorithm "umac-64@openssh.com"", "2.2. connection: disallow additional sessions extension …", a protocol's
    // notes): its quotes and addresses had made it a point of the section before.
    const asked =
      /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(\p{Lu}[^!?\n]{1,70}\?)$/u.exec(text.trim()) ??
      /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(\p{Ll}[\p{L}\p{N}-]{1,20}:\s+[^\s!?:][^!?\n]{1,70}?)$/u.exec(text.trim());
    if (asked?.[1] === undefined || asked[2] === undefined || wordCount(asked[2]) > 9 || /\S\s{3,}\S|[.!?]\s|[.,;:]$/u.test(asked[2])) return null;
    return { heading: text.trim().replace(/\s+/gu, ' '), depth: asked[1].split('.').length };
  }
  return { heading: text.trim().replace(/\s+/gu, ' ').replace(/[.:]$/u, ''), depth: m[1].split(/[. ]/u).length };
}

/**
 * A sub-clause's heading wrapped over two lines, its last words on the second ("2.2. connection: disallow additional
 * sessions extension" over "     "no-more-sessions@openssh.com"", "2.5. … "hostkeys-00@openssh.com"" over "and
 * "hostkeys-prove-00@openssh.com""): the heading on one line. Null for any other text: a number of one level (a list's
 * item), a second line of more than five words, or one that ends as a sentence or a clause does.
 */
function wrappedClause(text: string): { heading: string; depth: number } | null {
  const lines = text.trim().split('\n');
  const [first = '', second = ''] = lines;
  const clause = lines.length === 2 && /^\d{1,3}(?:\.\d{1,3})+\.?\s/u.test(first) ? matchNumberedHeading(first.trim()) : null;
  const rest = second.trim();
  if (clause === null || rest === '' || rest.length > 50 || wordCount(rest) > 5 || /[.,;:!?]$/u.test(rest)) return null;
  return { heading: `${first.trim()} ${rest}`.replace(/\s+/gu, ' '), depth: clause.depth };
}

/** Whether `line` heads the first sub-clause of the clause `heading` heads ("4.1. Multiple layers" under "4. Architectural benefits"). */
function subClauseOf(heading: string, line: string): boolean {
  const outer = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s/u.exec(heading.trim())?.[1];
  const inner = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s/u.exec(line.trim())?.[1];
  return outer !== undefined && inner === `${outer}.1` && matchNumberedHeading(heading) !== null && matchNumberedHeading(line) !== null;
}

/** A heading of a lettered scheme ("B. Requirements", "B.1. General", "C 4.1 Actions"). */
const letteredClause = /^[A-Z](?:[. ]\d{1,3})*\.?\s/u;

/** Lines that repeat on every page of a paginated text (running headers and footers, "[Page 3]"). */
function pageFurniture(lines: string[]): Set<string> {
  const key = (line: string): string => line.trim().replace(/\d+/gu, '#').replace(/\s+/gu, ' ');
  const counts = new Map<string, number>();
  // Running heads are laid out in columns ("RFC 3339     Title     July 2002") or carry a page number, and stand
  // at a page's edge, a blank line (or the page break) beside them: not a line of code inside a paragraph
  // ("MD5_CTX *context;        /* context */" in each of three functions).
  const blank = (i: number): boolean => (lines[i] ?? '').trim() === '';
  const pageMark = lines.map((line) => /\[page \d+\]/iu.test(line));
  // A copy of a paginated text that lost its columns (saved from a web page) has its running head on lines of its own
  // ("September 1981", "RFC 792") a few lines from each page's number.
  const byPageMark = (i: number): boolean => pageMark.slice(Math.max(0, i - 4), i + 5).some(Boolean);
  // Where pages are numbered ("[Page 3]"), the running head is beside a page's number: not a line of an example that
  // repeats at a paragraph's edge ("84   # array(4)" in each of three CBOR dumps of a draft).
  const paginated = pageMark.some(Boolean);
  const edge = lines.map(
    (line, i) =>
      line.trim().length < 90 &&
      (blank(i - 1) || blank(i + 1) || byPageMark(i)) &&
      (!paginated || byPageMark(i)) &&
      // (Not a row of numbers in columns, "65536   954037   972699", of a table of counts: a running head has words.)
      ((/\S\s{3,}\S/u.test(line.trim()) && /\p{L}/u.test(line)) ||
        /\[?page \d+\]?/iu.test(line) ||
        (byPageMark(i) && line.trim() !== '' && line.trim().length <= 40)),
  );
  lines.forEach((line, i) => {
    if (edge[i]) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
  });
  const repeated = new Set([...counts].filter(([, n]) => n >= 3).map(([k]) => k));
  return new Set(lines.filter((l, i) => edge[i] && repeated.has(key(l))));
}

/**
 * A paragraph a page break cut, its running footer and header left out (`broken`: the lines they were on): where the
 * text stops mid-sentence before the break and goes on in lower case after it, at the same indentation ("…it is
 * possible to deliver time accurate to the" | footer, header | "order of microseconds."), the paragraph's lines after
 * the break move up to join it. Line numbers past the break stay as they were.
 */
function joinedAcrossPages(lines: string[], broken: boolean[]): string[] {
  const out = [...lines];
  const blankAt = (k: number): boolean => (out[k] ?? '').trim() === '';
  for (let i = 0; i < out.length; i += 1) {
    if (!broken[i]) continue;
    let from = i;
    while (from > 0 && blankAt(from - 1)) from -= 1;
    let next = i;
    while (next < out.length && blankAt(next)) next += 1;
    const before = out[from - 1];
    const after = out[next];
    // (So does an example laid out in code that the break cut, its closing brackets after it: "          "IDs": [116, 943]"
    // | footer, header | "        }" over "   }", an RFC's JSON object, had been read as lines of prose.)
    const codeGoesOn =
      before !== undefined &&
      after !== undefined &&
      indent(before) >= 4 &&
      indent(after) >= 4 &&
      /^\s*[}\])]/u.test(after) &&
      /[{}[\]();,=]|^\s*"/u.test(before);
    if (
      from > 0 &&
      before !== undefined &&
      after !== undefined &&
      (codeGoesOn || (!/[.!?:;)\]"”'’]\s*$/u.test(before) && /^\s*\p{Ll}/u.test(after) && indent(before) === indent(after)))
    ) {
      let end = next;
      while (end < out.length && !blankAt(end)) end += 1;
      const moved = out.slice(next, end);
      for (let k = from; k < end; k += 1) out[k] = '';
      moved.forEach((l, k) => (out[from + k] = l));
    }
    i = Math.max(i, next);
  }
  return out;
}

/** Columns of a line's indentation, a tab reaching the next multiple of eight as a terminal shows it. */
const indent = (line: string | undefined): number => {
  let columns = 0;
  for (const c of /^[ \t]*/u.exec(line ?? '')?.[0] ?? '') columns = c === '\t' ? columns + 8 - (columns % 8) : columns + 1;
  return columns;
};

/**
 * A Vim help file (`*develop.txt*` on its first line, a `vim:…ft=help` modeline) as its reader sees it: a
 * tag's anchor (`*design-flexible*`) is not shown, a link (`|design-goals|`) shows its name, a heading's
 * trailing `~`, the modeline and the links to the next and previous chapters are the format's marks. Other text
 * is returned as it is.
 */
export function vimHelp(text: string): string {
  const head = text.slice(0, 200);
  if (!/^\s*\*[\w.-]+\.txt\*/u.test(head) && !/\bvim:[^\n]*\bft=help\b/u.test(text.slice(-300))) return text;
  return text
    .split('\n')
    .map((line, i) => {
      // A plugin's header line names it ("*surround.txt*  Plugin for deleting, changing, and adding "surroundings""):
      // its title. Vim's own ("*develop.txt*  For Vim version 9.2.  Last change: …") only says which version.
      const header = i === 0 ? /^\s*\*[\w.-]+\.txt\*\s+(.*?)\s*$/u.exec(line) : null;
      if (header) return /^For Vim version\b|\bLast change:/iu.test(header[1] ?? '') ? '' : (header[1] ?? '');
      // The modeline, and the manual's links to the chapters around it ("Next chapter: |usr_03.txt|  Moving around"): the help's navigation.
      if (/^\s*vim:[^\n]*\bft=help\b/u.test(line) || /^\s*(?:Next chapter|Previous chapter|Table of contents):\s+\|[\w.-]+\|/u.test(line)) return '';
      // Tags set apart at a line's end, alone on it or before a heading ("INTRODUCTION      *surround*", "*02.5*  Undo
      // and Redo") are anchors, not shown; one in a sentence ("Delete surroundings is *ds* .", "There is also *yS* and
      // *ySS*") is its word, as Vim shows it.
      return line
        .replace(/(^|\s{2,}|^\s*)(?:\*[^\s*|]+\*\s*)+$/u, '$1')
        .replace(/^(\s*)\*[^\s*|]+\*(?=\s)/u, '$1')
        .replace(/(^|\s)\*([^\s*|]+)\*(?=\s|$)/gu, '$1$2')
        .replace(/\|([^\s|]+)\|/gu, '$1')
        .replace(/\s+~$/u, '')
        .trimEnd();
    })
    .join('\n');
}

/** Whether line `i` opens an example of Vim's help ("OK: >" over indented lines). */
const opensExample = (lines: string[], i: number): boolean => {
  if (!/(?:^|\s)>$/u.test((lines[i] ?? '').trim())) return false;
  // The example's first line, past a blank line or two.
  let next = i + 1;
  while (next < lines.length && next <= i + 2 && (lines[next] ?? '').trim() === '') next += 1;
  return indent(lines[next]) > 0 && (lines[next] ?? '').trim() !== '';
};

/** A tab as the terminal shows it: to the next multiple of eight columns. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** Lines kept as written (code, a diagram), less the indentation they all share. */
function asWritten(run: string[], line: number): Paragraph {
  const expanded = run.map(expandTabs);
  const common = least(expanded.filter((l) => l.trim() !== '').map(indent));
  return {
    text: run.map((l) => l.trim()).join('\n'),
    raw: expanded.map((l) => l.slice(common).trimEnd()).join('\n'),
    line,
    indent: indent(run[0]),
    margin: common,
  };
}

/**
 * Paragraphs of source code one after another (a C file in an RFC, split by blank lines and page breaks)
 * as one listing, one blank line between them and each keeping its indentation against the others:
 * a function's body stays indented under its name, and the listing splits where slides need it.
 */
function joinCode(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  // Each run of code paragraphs is joined once, at its end: joining as it grows would copy the listing again for each paragraph.
  let run: Paragraph[] = [];
  const flush = (): void => {
    const first = run[0];
    if (first && run.length === 1) out.push(first);
    else if (first) {
      const margin = run.reduce((m, q) => Math.min(m, q.margin ?? 0), Infinity);
      const shifted = (q: Paragraph): string =>
        (q.raw ?? '')
          .split('\n')
          .map((l) => (l === '' ? l : ' '.repeat((q.margin ?? 0) - margin) + l))
          .join('\n');
      out.push({ ...first, text: run.map((q) => q.text).join('\n\n'), raw: run.map(shifted).join('\n\n'), margin });
    }
    run = [];
  };
  // What the run holds: code, or a table whose rows are set apart by blank lines (they go on with the lines laid out
  // over them, its header and the rows before).
  let kind: 'code' | 'table' | null = null;
  paragraphs.forEach((p, i) => {
    const joins = p.raw === undefined ? null : p.code ? 'code' : (p.rows === true && kind === 'table') || paragraphs[i + 1]?.rows === true ? 'table' : null;
    if (joins !== kind) flush();
    if (joins) run.push(p);
    else out.push(p);
    kind = joins;
  });
  flush();
  return out;
}

/** A label of a drawing's arrow on a line of its own ("--- requests -->", "<-- replies ---"): an arrow and a word or few. */
const arrowLabel = (text: string): boolean => {
  const t = text.trim();
  if (t.length > 48 || t.includes('\n') || !/(?:<[-=]{2,}|[-=]{2,}>)/u.test(t)) return false;
  const words = t.replace(/<?[-=]{2,}>?/gu, ' ').trim();
  return words.split(/\s+/u).filter(Boolean).length <= 4 && !/[.!?;:]$/u.test(words);
};

/**
 * A drawing's arrow labels set apart from it by a blank line (a protocol's "--- requests -->" over the chain of devices,
 * "<-- replies ---" under it): lines of the drawing, at their columns, not a paragraph or a listing of their own.
 */
function arrowLabels(paragraphs: Paragraph[]): Paragraph[] {
  if (!paragraphs.some((p) => arrowLabel(p.text))) return paragraphs;
  const rows = (p: Paragraph): number => (p.raw ?? p.text).split('\n').length;
  // A paragraph's lines at their own columns.
  const placed = (p: Paragraph): string[] =>
    p.raw === undefined ? [' '.repeat(p.indent ?? 0) + p.text] : p.raw.split('\n').map((l) => (l === '' ? l : ' '.repeat(p.margin ?? 0) + l));
  const drawing = (p: Paragraph | undefined): boolean => p?.raw !== undefined && !p.code && rows(p) >= 3 && !arrowLabel(p.text);
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i] as Paragraph;
    if (!drawing(p)) {
      out.push(p);
      continue;
    }
    const before = out[out.length - 1];
    const above = before && arrowLabel(before.text) && before.line + rows(before) + 1 === p.line ? before : undefined;
    const next = paragraphs[i + 1];
    const below = next && arrowLabel(next.text) && p.line + rows(p) + 1 === next.line ? next : undefined;
    if (!above && !below) {
      out.push(p);
      continue;
    }
    if (above) out.pop();
    const lines = [...(above ? [...placed(above), ''] : []), ...placed(p), ...(below ? ['', ...placed(below)] : [])];
    const joined = asWritten(lines, (above ?? p).line);
    out.push({ ...p, text: joined.text, raw: joined.raw, line: joined.line, indent: joined.indent, margin: joined.margin });
    if (below) i += 1;
  }
  return out;
}

/**
 * Text drawn in a box ("*****" over "* PLEASE NOTE: most problems…  *" lines, under "*****") as the text it holds: the
 * box's rules blank, its sides gone, a blank line inside it a paragraph break. Other lines as they are.
 */
function unboxed(lines: string[]): string[] {
  // Rules and sides of one character: a box of | and - is a diagram or a table, no notice.
  const rule = /^\s*([*#])\1{9,}\s*$/u;
  const out = [...lines];
  for (let i = 0; i < out.length; i += 1) {
    const side = rule.exec(out[i] ?? '')?.[1];
    if (side === undefined || !(out[i + 1] ?? '').trimStart().startsWith(side)) continue;
    const edge = side === '*' ? '\\*' : side;
    const wall = new RegExp(`^\\s*${edge}([^${side}]*?)${edge}\\s*$`, 'u');
    let k = i + 1;
    while (k < out.length && !rule.test(out[k] ?? '') && wall.test(out[k] ?? '')) k += 1;
    if (k === i + 1 || k >= out.length || !rule.test(out[k] ?? '') || !out.slice(i + 1, k).some((l) => /\p{L}{2}/u.test(l))) continue;
    for (let j = i + 1; j < k; j += 1) out[j] = (wall.exec(out[j] ?? '')?.[1] ?? '').trim();
    out[i] = '';
    out[k] = '';
    i = k;
  }
  return out;
}

/**
 * pod2text's layout (a Perl program's documentation as text): "=head1" lines at the margin and "=head2" lines
 * indented two columns, each right over its text indented four, no blank line between. Known by three or more
 * such lines at two columns over half the text or more at four or more. The headings' lines, by index, and their levels.
 */
function podHeadings(lines: string[]): Map<number, number> {
  const headings = new Map<number, number>();
  const texty = (line: string | undefined): boolean => line !== undefined && line.trim() !== '' && line.trim().length <= 90 && /\p{L}/u.test(line);
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!texty(line) || next === undefined || next.trim() === '' || /^\s*[-=_*~#]{3,}/u.test(next)) return;
    // After a blank line, a head1 line, or the title on the first line ("Dirvish FAQ" over "General Questions").
    const open = i === 0 || (lines[i - 1] ?? '').trim() === '' || headings.get(i - 1) === 2 || (i === 1 && indent(lines[0]) === 0 && texty(lines[0]));
    // (A list's item, "  - ZLIB1.DLL is the common build…" over its lines set in under its words, is no heading.)
    if (listMarker.test(line)) return;
    if (indent(line) === 2 && indent(next) === 4 && open) headings.set(i, 3);
    else if (indent(line) === 0 && (indent(next) === 2 || indent(next) === 4) && open) headings.set(i, 2);
  });
  const body = lines.filter((l) => l.trim() !== '');
  const deep = body.filter((l) => indent(l) >= 4).length;
  return [...headings.values()].filter((level) => level === 3).length >= 3 && deep >= body.length * 0.5 ? headings : new Map<number, number>();
}

/**
 * The lines of an outline's points: notes that put a topic on a line of its own ("Regression Testing") over its points,
 * a line each and indented under it ("\tcompare output of previous tests…", deeper for a point's own points), with no
 * marks. Known by three such topics or more, each after a blank line, a few words with no sentence's end, over two
 * points or more, half of them broken by hand (hard-wrapped prose breaks where the next word would not fit), none of
 * them code, a prompt, a drawing or columns. Lines that already carry a mark are left as they are.
 */
/**
 * Sections an old program's README or INSTALL opens with a rule and a line in capitals right under it ("=====" over
 * "INSTALLATION (Unix & Linux systems only):"), which may go on on a line set in under it ("INSTALLATION (OS/2 systems
 * only," over "with EMX C)"): headings, where there are two or more. The line that goes on joins its heading's (and is
 * left blank: line numbers hold). Returns each heading's line and level.
 */
function ruledHeadings(lines: string[]): Map<number, number> {
  const found = lines.flatMap((line, i) => {
    const text = line.trim();
    const ruled = i > 0 && /^\s*([=*#~-])\1{19,}\s*$/u.test(lines[i - 1] ?? '');
    return ruled && /^\p{Lu}{3,}(?![\p{Ll}])/u.test(text) && wordCount(text) <= 12 && !/[.!?;]$/u.test(text) ? [i] : [];
  });
  if (found.length < 2) return new Map<number, number>();
  for (const i of found) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (next.trim() !== '' && indent(next) > indent(line) && /^\p{Ll}/u.test(next.trim()) && wordCount(`${line} ${next}`) <= 24) {
      lines[i] = `${line.trimEnd()} ${next.trim()}`;
      lines[i + 1] = '';
    }
  }
  return new Map(found.map((i) => [i, 2]));
}

/**
 * A document's numbered headings at the margin right over their text set in under them, no blank line between ("1. ASSETS
 * TO PROTECT" over "   HAProxy sits on the critical path…", a design document's layout): headings, where there are two
 * or more, a level per number ("3.2" is a level under "3"). A heading is in capitals, or a few words much shorter than
 * the line under it (a numbered item's first line runs on to the width of the text, as its next lines do). Returns each
 * heading's line and level.
 */
function numberedOverText(lines: string[]): Map<number, number> {
  const found = new Map<number, number>();
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    if (indent(line) !== 0 || (i > 0 && (lines[i - 1] ?? '').trim() !== '') || next.trim() === '' || indent(next) < 2) return;
    const numbered = matchNumberedHeading(line);
    const words = /^\S+\s+(.*)$/u.exec(line.trim())?.[1] ?? '';
    if (numbered === null || /[.,;]$/u.test(words)) return;
    const capitals = /\p{Lu}/u.test(words) && !/\p{Ll}/u.test(words);
    const short = wordCount(words) <= 6 && line.trim().length <= 0.6 * next.trim().length;
    if (capitals || short) found.set(i, Math.min(6, numbered.depth + 1));
  });
  return found.size >= 2 ? found : new Map<number, number>();
}

/**
 * A FAQ written as "Q:" and "A:" pairs ("Q: How do I add seconds to timestamp?" over "A: /FORMAT timestamp …", each
 * side's further lines set in under its words): each question a heading, its lines joined on its first (the others left
 * blank: line numbers hold), and its answer the text under it, its "A:" label blanked, with the paragraphs set in after
 * it. Three pairs or more; changed in place. Returns each question's line and level.
 */
function questionAnswerHeadings(lines: string[]): Map<number, number> {
  const answer = /^[ \t]*A:[ \t]/u;
  // Each question's first line and its answer's (the line after the question's last).
  const pairs: { at: number; answer: number }[] = [];
  lines.forEach((line, i) => {
    if (!/^[ \t]*Q:[ \t]+\S/u.test(line) || (i > 0 && (lines[i - 1] ?? '').trim() !== '')) return;
    let k = i + 1;
    while (k < lines.length && (lines[k] ?? '').trim() !== '' && !answer.test(lines[k] ?? '')) k += 1;
    if (answer.test(lines[k] ?? '') && k - i <= 4) pairs.push({ at: i, answer: k });
  });
  if (pairs.length < 3) return new Map<number, number>();
  for (const { at, answer: end } of pairs) {
    const words = lines
      .slice(at, end)
      .map((l) => l.trim())
      .join(' ')
      .replace(/^Q:\s+/u, '')
      // (A command the wrap broke after its slash, "with /" over "SET realname", is one word again.)
      .replace(/(^|\s)\/ (?=[A-Za-z])/gu, '$1/');
    lines[at] = words;
    for (let k = at + 1; k < end; k += 1) lines[k] = '';
    lines[end] = (lines[end] ?? '').replace(/^([ \t]*)A:([ \t]+)/u, (_, lead: string, gap: string) => `${lead}  ${gap}`);
  }
  return new Map(pairs.map((p) => [p.at, 2]));
}

/**
 * A definition list laid out in two columns, as RFCs write theirs: a term, two spaces or more, its description, whose
 * lines go on under its first word ("UTC         Coordinated Universal Time as maintained…"); or a term too long for
 * the column on a line of its own, its description under it at that column. Three or more at one column make a list:
 * each term gets a colon after it ("UTC: Coordinated Universal Time…"), so that it reads as the term it is, not as the
 * description's first word. Changed in place (line numbers hold); returns the lines that open a definition, which are
 * the items of a list, not headings.
 */
function definitionColumns(lines: string[]): Set<number> {
  const marked = new Set<number>();
  const entry = /^( +)(\S+(?: \S+){0,3}?)( {2,})(\S.*)$/u;
  const found = new Map<number, number[]>();
  lines.forEach((line, k) => {
    const m = entry.exec(line);
    if (!m || (lines[k - 1] ?? '').trim() !== '' || /[.,;:]$/u.test(m[2] ?? '') || !/\p{L}/u.test(m[2] ?? '')) return;
    // (Not a grammar's rule or an assignment with its comment, "escape = %x5C      ; \\": code, whose text is not touched;
    // nor a rule whose "=" stands in the column, "time              = timespec-base [time-fraction]".)
    if (/(?:^|\s)(?:=|::=|:=|=\/)(?:\s|$)/u.test(m[2] ?? '') || /^(?:;|\/\/|#|--|=\/?\s|::?=\s)/u.test(m[4] ?? '')) return;
    // (Nor a command at a shell's prompt with a remark in a column beside it, "$ wajig clean       (apt-get clean)": a
    // transcript's line, shown as typed; a colon after the command had altered it.)
    if (/^[$#%>]\s/u.test(m[2] ?? '')) return;
    const column = line.length - (m[4] ?? '').length;
    // The description's own lines go on at its column; more columns than two (a table) make no definition.
    let next = k + 1;
    while (next < lines.length && (lines[next] ?? '').trim() !== '') {
      if (indent(lines[next]) !== column) return;
      next += 1;
    }
    if (/\S {2,}\S/u.test((m[4] ?? '').replace(/[.?!] {2}(?=\p{Lu})/gu, '. '))) return;
    found.set(column, [...(found.get(column) ?? []), k]);
  });
  for (const [column, at] of found) {
    if (at.length < 3) continue;
    for (const k of at) {
      lines[k] = (lines[k] ?? '').replace(entry, (_, lead: string, term: string, _gap: string, rest: string) => `${lead}${term}: ${rest}`);
      marked.add(k);
    }
    // A term on a line of its own, its description under it at the list's column.
    lines.forEach((line, k) => {
      const own = line.trim();
      if ((lines[k - 1] ?? '').trim() !== '' || own === '' || indent(line) >= column - 2 || indent(lines[k + 1]) !== column) return;
      if (own.split(/\s+/u).length > 5 || /[.,;:]$/u.test(own) || !/\p{L}/u.test(own)) return;
      if (indent(line) !== indent(lines[at[0] ?? 0])) return;
      lines[k] = `${line.trimEnd()}:`;
      marked.add(k);
    });
  }
  return marked;
}

/** A letter of Chinese or Japanese, which wrap between any two of them with no space; and a line that opens with one (or their punctuation). */
const wideLetter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const opensWide = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60]/u;

function outlineItems(lines: string[]): { points: number[]; levels: Map<number, number>; topics: number[] } {
  const points: number[] = [];
  const topicLines: number[] = [];
  // (Widths in columns: a Chinese or Japanese character takes two, as the author's editor set it when it wrapped the line.)
  const widest = Math.max(0, ...lines.map((l) => displayColumns(l.trim())));
  let topics = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const k = indent(line);
    if (line.trim() === '' || next.trim() === '' || indent(next) <= k || (i > 0 && (lines[i - 1] ?? '').trim() !== '')) continue;
    // A topic is a few words alone on its line: not an entry whose text runs on under it ("[RFC7049]  Bormann, C. and…").
    const topic = line.trim();
    if (wordCount(topic) > 14 || /[.;,!]$/u.test(topic) || listMarker.test(line) || !/\p{L}/u.test(topic) || /\S {2,}\S|\S\t|^[[(<]/u.test(topic)) continue;
    const long = topic.length >= widest * 0.75 || wordCount(topic) > 10;
    const body: number[] = [];
    let end = i + 1;
    while (end < lines.length) {
      if ((lines[end] ?? '').trim() === '') {
        let n = end + 1;
        while (n < lines.length && (lines[n] ?? '').trim() === '') n += 1;
        if (n < lines.length && indent(lines[n]) > k) {
          end = n;
          continue;
        }
        break;
      }
      if (indent(lines[end]) <= k) break;
      body.push(end);
      end += 1;
    }
    const texts = body.map((b) => (lines[b] ?? '').trim());
    // A line broken by hand, not by wrapping: the next line's first word would have fitted on it.
    // (Chinese and Japanese wrap between any two characters, with no space: the next line's first character would have.)
    const firstFits = (t: string, next: string): boolean => {
      const wide = opensWide.test(next);
      const word = wide ? ([...next][0] ?? '') : (/^\S+/u.exec(next)?.[0] ?? '');
      return displayColumns(t) + (wide ? 0 : 1) + displayColumns(word) < widest * 0.9;
    };
    const byHand = texts.slice(0, -1).filter((t, k) => firstFits(t, texts[k + 1] ?? '')).length;
    // Nor settings, calls or paths ("PREFIX = /usr/local", "make install()", "/etc/rc.conf"): code or data, as written.
    // (A point that states a formula, "movement time = MT = a + b * index of difficulty", is words: settings are most of a
    // block's lines, not one in three.)
    // (Calls and statements among an outline's points, "create(path, data, flags)" under "Operations on znodes" with
    // "if znode.version = version, then delete" under it, are points too: a listing is all such lines.)
    const settings = texts.filter((t) => /\s=\s/u.test(t)).length;
    const calls = texts.filter((t) => codeLine(t) || /^[\w.-]+\(.*\)$/u.test(t)).length;
    const laidOut =
      settings * 3 >= texts.length ||
      // (A table of keys and values, its colons in one column: "    0x00-0x07: register" over "         0x18: POP".)
      alignedKeys(body.map((b) => lines[b] ?? '')) ||
      calls >= texts.length * 0.8 ||
      texts.some(
        (t) =>
          (isDrawing(t) && !/^[+-]\s+\p{L}/u.test(t) && !wordsWithArrow(t)) || /\S {3,}\S|\S\t/u.test(t) || /^[$#>%]\s/u.test(t) || /[;{}]|^[.~]?\//u.test(t),
      );
    // A topic as long as a line of prose, or of more than ten words, is one where its points are clearly a line each
    // ("Motivation: many applications in datacenter cluster need to coordinate", "Check: can we just do this with lab 3's
    // KV service?" over their points).
    if (long && !(body.length >= 3 && byHand >= (body.length - 1) * 0.6)) continue;
    if (body.length >= 2 && byHand >= (body.length - 1) * 0.5 && !laidOut) {
      topics += 1;
      topicLines.push(i);
      // A line that goes on with an item over it, set in past the item's marker ("    2. Always check your predicate…" over
      // "       (And don't call…)"), is that item's text wrapped: no point of its own.
      const continues = (b: number): boolean => {
        const k = indent(lines[b]);
        for (let j = b - 1; j > i; j -= 1) if (indent(lines[j]) < k) return listMarker.test(lines[j] ?? '');
        return false;
      };
      // Nor does a line set in to the text after the label of the line above it ("Effect: This is the minimum number of"
      // over "        at least 2 hops before…", a specification's field wrapped under its own text): that line's text wrapped.
      const hangs = (b: number): boolean => {
        const label = /^(\s*)([^\s:][^:\n]{0,30}:\s+)\S/u.exec(lines[b - 1] ?? '');
        return label !== null && b - 1 > i && indent(lines[b]) === (label[1] ?? '').length + (label[2] ?? '').length;
      };
      // Nor the rest of a command's arguments under the line that opens them ("/LOG OPEN [-noopen] [-autoopen]" over
      // "          [-window] <filename> [<levels>]"): a synopsis wrapped, shown as code (a bullet had gone into it).
      const synopsis = /\[-{1,2}[\w-]+|<[\w-]+>/u;
      const wrappedArguments = (b: number): boolean => /^\s*[[<]/u.test(lines[b] ?? '') && synopsis.test(lines[b] ?? '') && synopsis.test(lines[b - 1] ?? '');
      // Nor a line of Chinese or Japanese that goes on with the sentence the line over it stops in, that line as wide as
      // the widest of the topic's ("…-g を付けな" over "いでください．", "…しておいてから，w3m" over "本体をコンパイル…"): it
      // wrapped there, as these scripts wrap between any two letters. (A short line over the next is a point of its own.)
      const wrapAt = Math.max(0, ...texts.map((t) => displayColumns(t)));
      const midWord = (b: number): boolean => {
        const above = (lines[b - 1] ?? '').trim();
        return (
          body.includes(b - 1) &&
          indent(lines[b]) === indent(lines[b - 1]) &&
          wideLetter.test(above) &&
          displayColumns(above) >= Math.max(30, wrapAt * 0.85) &&
          /[\p{L}\p{N}ー]$/u.test(above) &&
          wideLetter.test([...(lines[b] ?? '').trim()][0] ?? '')
        );
      };
      points.push(...body.filter((b) => !listMarker.test(lines[b] ?? '') && !continues(b) && !hangs(b) && !wrappedArguments(b) && !midWord(b)));
      i = end - 1;
    }
  }
  if (topics < 3) return { points: [], levels: new Map(), topics: [] };
  // A line of its own between blank lines over a topic ("AGILE" over "Lightweight methods"): a part, the topics under it
  // its sections.
  const topicSet = new Set(topicLines);
  const parts = lines
    .map((_, i) => i)
    .filter((i) => {
      const line = (lines[i] ?? '').trim();
      if (line === '' || (lines[i + 1] ?? '').trim() !== '' || (i > 0 && (lines[i - 1] ?? '').trim() !== '') || indent(lines[i]) > 0) return false;
      let n = i + 1;
      while (n < lines.length && (lines[n] ?? '').trim() === '') n += 1;
      return topicSet.has(n) && wordCount(line) <= 6 && matchBareHeading(line) !== null;
    });
  const levels = new Map<number, number>();
  if (parts.length >= 2) {
    for (const i of parts) levels.set(i, 2);
    for (const i of topicLines) levels.set(i, 3);
  }
  return { points, levels, topics: topicLines };
}

/**
 * An essay's endnotes: a last section "Notes" (or "Footnotes", "Endnotes", "Anmerkungen", "Notas"…) of paragraphs
 * that open with their number ("[1] A doctor friend warns…", the paragraphs after one going on with it). Each note
 * goes into the speaker notes after the paragraph that cites it ("…an inaccurate picture.[1]"), as a Markdown
 * footnote does, and the section goes (it would be slides of notes). Changes `sections` and `intro` in place.
 */
function endnotes(sections: Section[], intro: Block[]): void {
  const last = sections[sections.length - 1];
  if (!last || !/^(?:notes?|foot-?notes|end-?notes|anmerkungen|fußnoten|notas|remarques|примечания)$/iu.test(last.heading.trim())) return;
  const first = last.blocks[0];
  if (!first || !/^\[\d{1,3}\]\s/u.test(first.text.trim())) return;
  const notes: { number: string; blocks: Block[] }[] = [];
  for (const block of last.blocks) {
    const n = /^\[(\d{1,3})\]\s/u.exec(block.text.trim())?.[1];
    if (n !== undefined) notes.push({ number: n, blocks: [block] });
    else notes[notes.length - 1]?.blocks.push(block);
  }
  const bodies = [intro, ...sections.slice(0, -1).map((s) => s.blocks)];
  const unplaced: Block[] = [];
  for (const note of notes) {
    const folded = note.blocks.map((b) => ({ ...b, folded: true, footnote: true }));
    const citing = bodies.find((blocks) => blocks.some((b) => b.footnote !== true && b.text.includes(`[${note.number}]`)));
    const at = citing?.findIndex((b) => b.footnote !== true && b.text.includes(`[${note.number}]`)) ?? -1;
    if (!citing || at < 0) {
      unplaced.push(...folded);
      continue;
    }
    let after = at + 1;
    while (citing[after]?.footnote === true) after += 1;
    citing.splice(after, 0, ...folded);
  }
  sections.pop();
  // A note no paragraph cites stays with the text's last section, in its notes.
  (sections[sections.length - 1]?.blocks ?? intro).push(...unplaced);
}

/**
 * Footnotes written under the text that cites them, as an essay's plain text sets them ("…the lab's staff hackers (1)
 * had developed…" and a few paragraphs on, "(1) The use of "hacker" to mean…"): a paragraph that opens with a number in
 * parentheses that a paragraph before it in its section cites. Each goes into the speaker notes after the citing
 * paragraph, as a Markdown footnote does, never onto a slide. Two or more make the text's way of writing notes.
 * Changes the blocks in place.
 */
function inlineFootnotes(sections: Section[], intro: Block[]): void {
  const bodies = [intro, ...sections.map((s) => s.blocks)];
  const found: { blocks: Block[]; note: Block; citing: Block; symbol: boolean }[] = [];
  for (const blocks of bodies)
    blocks.forEach((note, at) => {
      // (Or marked with a symbol in brackets, as Project Gutenberg's texts set one: "…THIRTY-DOLLAR PRIZE.[*]" over "[*] Did
      // not take the prize.": a mark no list or reference uses, a note even alone.)
      const opening = note.kind === 'paragraph' ? /^(?:\((\d{1,2})\)|(\[[*†‡]\]))\s+\S/u.exec(note.text.trim()) : null;
      const mark = opening?.[1] !== undefined ? `(${opening[1]})` : opening?.[2];
      if (mark === undefined) return;
      for (let k = at - 1; k >= Math.max(0, at - 12); k -= 1) {
        const citing = blocks[k];
        if (citing && !citing.text.trim().startsWith(mark) && citing.text.includes(mark)) {
          found.push({ blocks, note, citing, symbol: opening?.[2] !== undefined });
          return;
        }
      }
      // A note so marked whose citing line is the text's heading (a title slide's) stays where it is, in the notes.
      if (opening?.[2] !== undefined) blocks[at] = { ...note, folded: true, footnote: true };
    });
  const numbered = found.filter((f) => !f.symbol).length;
  for (const { blocks, note, citing, symbol } of found) {
    if (!symbol && numbered < 2) continue;
    blocks.splice(blocks.indexOf(note), 1);
    let after = blocks.indexOf(citing) + 1;
    while (blocks[after]?.footnote === true) after += 1;
    blocks.splice(after, 0, { ...note, folded: true, footnote: true });
  }
}

/** The prompt a line opens with: a program's ("sndtnk src>", "mysql>", "ghci>", "user@host:~$"), a shell's "$", Python's ">>>". */
function promptOf(line: string): string | null {
  const prompt = /^(?:[\w.@~/-]+(?::[\w.@~/-]*)?(?: [\w.@~/-]+)?[>$%]|\$|>>>)(?=\s|$)/u.exec(line)?.[0];
  // One program's prompt, whatever path it shows ("sndtnk src>", "sndtnk out>"): its first word and its mark.
  return prompt === undefined ? null : `${(/^[^\s:>$%]+/u.exec(prompt)?.[0] ?? '').replace(/[>$%]$/u, '')}${prompt.slice(-1)}`;
}

/** A line as contents and headings are compared: its words, case and spacing aside. */
const sameWords = (text: string): string => text.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * A contents list without page numbers ("0. Introduction", "1. Important Warnings"… on lines one after another),
 * whose entries come again later as the text's headings: the deck's agenda says it. Taken out of `paragraphs`.
 */
function contentsList(paragraphs: Paragraph[]): Set<string> {
  // An entry: a numbered line, perhaps over entries of its own marked with a symbol (the questions a chapter answers,
  // "□ How do I …?"), which may wrap.
  // Or a block of such lines, the entries of all levels ("0. Preface" over "   0.1. Notices and Acknowledgements"…).
  // (An appendix's clauses are lettered: "A.1. Parameters with suggested values".)
  // (Or a number in brackets, as Japanese and Chinese notes number their parts: "(1)ソースファイル", "（2）データ構造".)
  const entry = /^(?:(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[A-Z](?:\.\d{1,3})*[.)])\s+\S|[(（]\d{1,3}[)）]\s*\S)/u;
  const numbered = (p: Paragraph): boolean => {
    const lines = p.text.split('\n');
    const [first = '', second] = lines;
    return entry.test(first.trim()) && (second === undefined || /^\s*[^\p{L}\p{N}\s]\s+\S/u.test(second) || lines.every((l) => entry.test(l.trim())));
  };
  // A block of three entries or more under a line of its own, the text's title over its contents ("* 文節境界の検出モジュール
  // (splitter)について *" over "(1)ソースファイル" to "(7)…"): the entries are its lines but the first, which stays.
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i] as Paragraph;
    const [head = '', ...rest] = p.text.split('\n');
    if (rest.length < 3 || entry.test(head.trim()) || !rest.every((l) => entry.test(l.trim()))) continue;
    const later = new Set(paragraphs.slice(i + 1).map((q) => sameWords(q.text.split('\n')[0] ?? '')));
    if (rest.filter((l) => later.has(sameWords(l))).length * 3 < rest.length * 2) continue;
    // (The line alone is text, no longer a block laid out as written.)
    paragraphs.splice(i, 1, { text: head, line: p.line, indent: p.indent ?? 0 });
    return new Set(rest.map(sameWords).filter((l) => later.has(l)));
  }
  const lineAfter = (p: Paragraph): number => p.line + p.text.split('\n').length;
  for (let i = 0; i < paragraphs.length; i += 1) {
    let end = i;
    while (
      end < paragraphs.length &&
      numbered(paragraphs[end] as Paragraph) &&
      (end === i || (paragraphs[end] as Paragraph).line === lineAfter(paragraphs[end - 1] as Paragraph))
    )
      end += 1;
    // Its entries: each paragraph's first line, or every line of a block of entries.
    const entries = paragraphs.slice(i, end).flatMap((p) => {
      const lines = p.text.split('\n');
      return lines.every((l) => entry.test(l.trim())) ? lines : lines.slice(0, 1);
    });
    if (entries.length < 3) continue;
    const later = new Set(paragraphs.slice(end).map((p) => sameWords(p.text.split('\n')[0] ?? '')));
    const again = entries.filter((l) => later.has(sameWords(l))).length;
    if (again * 3 >= entries.length * 2) {
      // With its label over it ("Table of Contents"), which would otherwise head the text's sections as a part of its own.
      const labelled = i > 0 && contentsLabel.test((paragraphs[i - 1] as Paragraph).text);
      paragraphs.splice(labelled ? i - 1 : i, end - i + (labelled ? 1 : 0));
      return new Set(entries.map(sameWords).filter((l) => later.has(l)));
    }
    i = end - 1;
  }
  return new Set();
}

/**
 * A line the document's contents list names (contentsList), as a heading: numbered as its number says, however it
 * reads ("4.0.  The guards listed in the current consensus. [Section:GUARDS]", a stop inside) and wherever it is set
 * ("   3.1 Path selection", set in with the text).
 */
function listedHeading(text: string): { heading: string; depth: number } | null {
  if (/^[(（]\d{1,3}[)）]\s*\S/u.test(text.trim())) return { heading: text.trim().replace(/\s+/gu, ' '), depth: 1 };
  const number = /^(\d{1,3}(?:\.\d{1,3})*|[A-Z](?:\.\d{1,3})*)[.)]?\s+\S/u.exec(text.trim())?.[1];
  if (number === undefined) return null;
  return matchNumberedHeading(text) ?? { heading: text.trim().replace(/\s+/gu, ' ').replace(/[.:]$/u, ''), depth: number.split('.').length };
}

/**
 * An item of one line whose sentence goes on in a paragraph set in under it, at its text's column, after a blank line
 * (a protocol's '- "ERROR\\r\\n"' over '  means the client sent a nonexistent command name.'): one item, its words in
 * their order. The paragraph had been a point of its own, at the margin, and the item a string with no meaning.
 */
function itemDescriptions(paragraphs: Paragraph[]): void {
  for (let i = 0; i + 1 < paragraphs.length; i += 1) {
    const item = paragraphs[i];
    const next = paragraphs[i + 1];
    // (Not a listing's line: code opens in lower case as often as not.)
    if (!item || !next || item.raw !== undefined || next.raw !== undefined || next.table === true || next.code === true || item.text.includes('\n')) continue;
    const marker = listMarker.exec(item.text);
    if (!marker) continue;
    const column = (item.indent ?? 0) + marker[0].replace(/^\s*/u, '').length;
    if ((next.indent ?? 0) !== column || !/^\p{Ll}/u.test(next.text) || listMarker.test(next.text)) continue;
    item.text = `${item.text.trimEnd()} ${joinLines(next.text)}`;
    paragraphs.splice(i + 1, 1);
  }
}

/**
 * A FAQ's numbered list of its questions, written into a paragraph under the line that leads into it ("The questions
 * discussed are:" over "  1. Leafnode does not compile on my system.", entries wrapping onto lines set in further),
 * whose entries come again later at the margin, one by one, over their answers: those lines are the text's headings,
 * however long or however they open ("4. tin complains about a missing file…"), and the list, which the agenda says,
 * is taken out with the line that leads into it. Its questions had been read as items, and a line of sample output set
 * in among them ("200 Leafnode NNTP Daemon, version xx running at yy") as a heading over eleven of them.
 */
function indexedQuestions(paragraphs: Paragraph[]): void {
  const entryLine = /^(\s*)(\d{1,3})[.)]\s+\S/u;
  const joined = (lines: string[]): string => sameWords(lines.map((l) => l.trim()).join(' ')).replace(/[.:]$/u, '');
  const lineAfter = (p: Paragraph): number => p.line + p.text.split('\n').length;
  for (let i = 0; i < paragraphs.length / 2; i += 1) {
    // The entries, each with the lines under it, numbered 1, 2, 3… one after another, in paragraphs on lines one after
    // another (an entry that wraps may stand as a paragraph of its own); the first may open under a line that leads into it.
    const entries: string[][] = [];
    let lead: string[] = [];
    let end = i;
    for (; end < paragraphs.length; end += 1) {
      const q = paragraphs[end] as Paragraph;
      if (end > i && q.line !== lineAfter(paragraphs[end - 1] as Paragraph)) break;
      const lines = q.text.split('\n');
      const first = lines.findIndex((l) => entryLine.test(l));
      if (first < 0 || (first > 0 && end > i)) break;
      if (end === i) lead = lines.slice(0, first);
      let whole = true;
      for (const line of lines.slice(first)) {
        const m = entryLine.exec(line);
        if (m && Number(m[2]) === entries.length + 1) entries.push([line]);
        else if (!m && entries.length > 0 && !/^\s*\d/u.test(line)) entries[entries.length - 1]?.push(line);
        else whole = false;
      }
      if (!whole) break;
    }
    if (entries.length < 3) continue;
    const wanted = new Set(entries.map(joined));
    const found = paragraphs.slice(end).filter((q) => (q.indent ?? 0) === 0 && wanted.has(joined(q.text.split('\n'))));
    if (found.length * 3 < entries.length * 2) continue;
    for (const q of found) {
      q.text = q.text
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .replace(/\.$/u, '');
      q.underlined = true;
      q.indexed = true;
    }
    // What stood before the list, without the line that leads into it ("The questions discussed are:"), in the paragraph
    // the list opens or in the one right over it.
    const over = paragraphs[i - 1];
    const leadIn =
      lead.length > 0 ? null : over !== undefined && lineAfter(over) >= (paragraphs[i] as Paragraph).line - 1 && /:\s*$/u.test(over.text) ? over : null;
    const before = leadIn ? leadIn.text : lead.join('\n').trim();
    const kept = before.replace(/(?:^|(?<=[.!?]\s+))[^.!?]*:\s*$/u, '').trim();
    if (lead.length > 0) {
      if (kept === '') paragraphs.splice(i, end - i);
      else {
        (paragraphs[i] as Paragraph).text = kept;
        paragraphs.splice(i + 1, end - i - 1);
      }
    } else {
      paragraphs.splice(i, end - i);
      if (leadIn && kept === '') paragraphs.splice(i - 1, 1);
      else if (leadIn) leadIn.text = kept;
    }
    return;
  }
}

/** A line quoted with ">" (a session or a message a tutorial shows). */
const quotedLine = (line: string | undefined): boolean => /^\s*>/u.test(line ?? '');

/** The words of a page's link back to its top or contents ("⬆ back to top", "Table of contents", "Retour en haut"). */
export const backToTopWords =
  /^(?:[⬆↑⇧🔝^]\uFE0F?\s*)?(?:(?:back|return|go|jump|scroll)\s+(?:up\s+)?to\s+(?:the\s+)?)?(?:top|contents|table of contents|toc|index|start)(?:\s+of\s+(?:the\s+)?page)?\s*(?:[⬆↑⇧🔝^]\uFE0F?)?$|^[⬆↑⇧🔝]\uFE0F?$|^(?:volver arriba|retour en haut|zurück nach oben|nach oben|torna su|voltar ao topo|返回顶部|回到顶部|トップに戻る|맨 위로)/iu;

/** Such a link that an HTML page's conversion left as text, after a rule, or back to the page by its name ("------ back to "Dirvish FAQ"."). */
const backLink = (text: string): boolean => {
  const words = /^(?:[-=_*~]{3,}\s*)?(.+?)\.?$/u.exec(text)?.[1] ?? '';
  // Words that go somewhere: a heading "Table of Contents" alone is the contents' own.
  return (/^(?:[⬆↑⇧🔝^]|back|return|go|jump|scroll)/iu.test(words) && backToTopWords.test(words)) || /^back to "[^"\n]{1,60}"?$/iu.test(words);
};

/** Splits lines into paragraphs: blank and separator lines end one; so does a line that starts a new item. */
/**
 * The columns a line takes in a fixed-width font: a Chinese, Japanese or Korean character (or a full-width form) takes
 * two, as a terminal and an editor set them; a line of Japanese wrapped at 70 columns is 35 characters, as long as
 * the text around it, not a short line (a heading).
 */
const displayColumns = (line: string): number =>
  line.length + (line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/gu) ?? []).length;

function toParagraphs(text: string): Paragraph[] {
  const all = text.replace(/\f/gu, '\n').split('\n');
  const furniture = pageFurniture(all);
  // Page furniture is left out; its lines stay blank so line numbers hold.
  // RFC-style bullets ("   o  All times are...": an indented "o" before a capital, or two spaces before any word: "o  the
  // optional…") read as the bullets they are, when the document uses them twice or more.
  // So do indented dots ("    . make your change to the source code"), an old plain-text list's marks.
  // (So do dots at the margin, AsciiDoc's numbered items as a text in its style writes them: ". When the cached stat…".)
  const marks = [/^(\s{2,})o(?=\s{1,4}[\p{Lu}\d"“(]|\s{2,4}\p{Ll})/u, /^(\s{2,})\.(?=\s{1,4}\p{L})/u, /^()\.(?=\s{1,2}[\p{Lu}`])/u].filter(
    (mark) => all.filter((l) => mark.test(l)).length >= 2,
  );
  const lines = joinedAcrossPages(
    unboxed(all.map((l) => (furniture.has(l) ? '' : marks.reduce((line, mark) => line.replace(mark, '$1•'), l)))),
    all.map((l) => furniture.has(l)),
  );
  hangingEntries(lines);
  const definitions = definitionColumns(lines);
  // (Notes written as an outline, two columns a level, "Why are we reading this paper?" over "  Widely-used replicated
  // state machine service" over "    Inspired by Chubby…", are laid out as pod2text lays out its headings and text: they
  // are an outline where three topics or more are read as one, outlineItems, below.)
  const podLike = podHeadings(lines);
  const outlined = podLike.size > 0 ? outlineItems(lines) : null;
  const pod = outlined !== null && outlined.topics.length >= 3 ? new Map<number, number>() : podLike;
  // wiki2beamer's and MediaWiki's headings ("= Gains from trade =" over "== Why countries trade =="), three or more: a
  // heading a level per "=", their marks not text; an untitled frame's "== ==" and the LaTeX comments such a file
  // holds ("% ./preamble.tex") are no text either.
  const wiki = pod.size === 0 ? wikiHeadings(lines) : new Map<number, number>();
  if (wiki.size > 0)
    lines.forEach((l, k) => {
      if (wiki.has(k)) lines[k] = l.replace(/^\s*=+\s*(.*?)\s*=+\s*$/u, '$1');
      else if (/^\s*=+\s*=+\s*$|^%/u.test(l)) lines[k] = '';
    });
  // Lines quoted with ">" (a tutorial's sessions, a message it shows): three or more make them the text's way of quoting.
  const quotedLines = lines.filter(quotedLine).length;
  // Prompts a transcript repeats (three times or more): the lines they open are commands, shown with their output.
  const promptCounts = new Map<string, number>();
  for (const l of lines) {
    const prompt = promptOf(l.trim());
    if (prompt !== null) promptCounts.set(prompt, (promptCounts.get(prompt) ?? 0) + 1);
  }
  const prompts = new Set([...promptCounts].filter(([, n]) => n >= 3).map(([p]) => p));
  const content = lines.filter((l) => l.trim() !== '' && !separatorLine.test(l));
  const lengths = content.map((l) => displayColumns(l.trim())).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  // Unwrapped text (a paragraph per line) vs. hard-wrapped text (a paragraph per block).
  const linePerParagraph = median > 100;
  // In hard-wrapped text, a paragraph's first line is as long as the lines under it; a heading is shorter.
  const wrapWidth = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const headingLength = wrapWidth >= 50 ? Math.min(70, wrapWidth * 0.75) : 70;
  // The column hard-wrapped lines reach, indentation and all: a short line whose next word would have passed it was
  // wrapped there, whatever it reads like ("If it's not, then check the configuration file" over
  // '("/etc/tuxpaint/tuxpaint.conf" and …').
  const reach = content.map((l) => displayColumns(expandTabs(l).trimEnd())).sort((a, b) => a - b);
  const wrapColumn = reach[Math.floor(reach.length * 0.9)] ?? 0;
  // Notes written as an outline (a topic over its points indented under it, a line each, no marks): the points are items.
  // (Read once: where the layout looked like pod2text's, above.)
  const outline =
    pod.size === 0 && wiki.size === 0 && !linePerParagraph ? (outlined ?? outlineItems(lines)) : { points: [], levels: new Map<number, number>(), topics: [] };
  const topics = new Set(outline.topics);
  for (const i of outline.points) lines[i] = (lines[i] ?? '').replace(/^(\s*)/u, '$1• ');
  // Headings the layout gives a level: pod2text's, wiki marks', an outline's parts and topics.
  const ruled =
    pod.size === 0 && wiki.size === 0
      ? new Map([...ruledHeadings(lines), ...numberedOverText(lines), ...questionAnswerHeadings(lines)])
      : new Map<number, number>();
  const levelled = pod.size > 0 ? pod : wiki.size > 0 ? wiki : ruled.size > 0 ? new Map([...outline.levels, ...ruled]) : outline.levels;
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  const flush = (): void => {
    if (current && current.text.trim() !== '')
      paragraphs.push({
        text: current.text.trim(),
        line: current.line,
        indent: current.indent ?? 0,
        ...(wiki.size > 0 ? { unmarked: true } : {}),
        ...(definitions.has(current.line - 1) ? { definition: true } : {}),
      });
    current = null;
  };
  let skipTo = -1;
  // The lines from `index` on that `keep` holds for, as written, as code: the lines after them are read next.
  const asCode = (index: number, keep: (line: string) => boolean): void => {
    let end = index;
    while (end < lines.length && keep(lines[end] ?? '')) end += 1;
    flush();
    paragraphs.push({ ...asWritten(lines.slice(index, end), index + 1), code: true });
    skipTo = end;
  };
  lines.forEach((raw, index) => {
    if (index < skipTo) return;
    const line = raw.trim();
    // A table laid out in columns under a row of their headings ("Version   Date   Description" over its rows): a table.
    const table = current === null && (index === 0 || (lines[index - 1] ?? '').trim() === '') ? columnTable(lines, index) : null;
    if (table !== null) {
      paragraphs.push({ text: table.markdown, line: index + 1, indent: indent(raw), table: true });
      skipTo = table.end;
      return;
    }
    // A patch in unified form ("--- gettext.m4.bak" over "+++ gettext.m4" over "@@ -46,12 +46,13 @@"): its lines as
    // written, to its end, a context line of a space alone among them (read as a blank line, it had cut the patch after
    // its header).
    if (current === null && /^--- \S/u.test(raw) && /^\+\+\+ \S/u.test(lines[index + 1] ?? '') && /^@@ -\d/u.test(lines[index + 2] ?? '')) {
      asCode(index, (l) => /^(?:[ +\-\\]|@@)/u.test(l));
      return;
    }
    // Quoted lines right under a sentence that introduces them ("Messages can also be piped into standard input:" over
    // "> echo …"): the sentence ends there, the lines are shown as written.
    if (current !== null && quotedLines >= 3 && quotedLine(raw) && !quotedLine(current.text)) {
      asCode(index, quotedLine);
      return;
    }
    const podLevel = levelled.get(index);
    if (podLevel !== undefined) {
      flush();
      paragraphs.push({
        // (A Markdown heading's hashes in a plain text, "# Code" among an outline's topics, go.)
        text: line.replace(/\s*[:：]$/u, '').replace(/^#{1,6}[ \t]+(?=\S)/u, ''),
        line: index + 1,
        indent: indent(raw),
        underlined: true,
        level: podLevel,
        ...(topics.has(index) ? { topic: true } : {}),
      });
      return;
    }
    // pod2text sets a verbatim paragraph (code, a command and its output) deeper than the text: as written.
    if (pod.size > 0 && current === null && line !== '' && indent(raw) > 4) {
      asCode(index, (l) => l.trim() !== '');
      return;
    }
    // Vim's help files: a line that ends with " >" opens an example, its lines indented, up to a line that
    // opens with "<" (or the next line that is not indented). The marks are the format's, not text.
    if (opensExample(lines, index)) {
      let end = index + 1;
      while (end < lines.length && !(lines[end] ?? '').startsWith('<') && ((lines[end] ?? '').trim() === '' || indent(lines[end]) > 0)) end += 1;
      let last = end;
      while (last > index + 1 && (lines[last - 1] ?? '').trim() === '') last -= 1;
      const lead = line.replace(/\s*>$/u, '');
      if (lead !== '' && current !== null) current.text += `\n${lead}`;
      else if (lead !== '') current = { text: lead, line: index + 1, indent: indent(raw) };
      flush();
      let first = index + 1;
      while (first < last && (lines[first] ?? '').trim() === '') first += 1;
      paragraphs.push(asWritten(lines.slice(first, last), first + 1));
      // The closing "<" may have text after it: that text stays.
      if ((lines[end] ?? '').startsWith('<')) lines[end] = (lines[end] ?? '').slice(1);
      skipTo = end;
      return;
    }
    // A banner: a title between runs of one symbol on its line ("*****Soundtank Tutorial*****", "==== Event Maps ===="),
    // a heading without them.
    const banner = /^([*=#~_-])\1{2,}\s*([^*=#~_\s][^\n]*?[^*=#~_\s])\s*\1{3,}$/u.exec(line);
    if (current === null && banner?.[2] && /\p{L}/u.test(banner[2]) && wordCount(banner[2]) <= 10) {
      paragraphs.push({ text: banner[2], line: index + 1, indent: indent(raw), underlined: true });
      return;
    }
    // A title framed by two like rules ("-----" over "Change the name of a command" over "-----", however long the
    // rules) is a heading, as an overlined reStructuredText title is.
    const framed = /^([=\-~^*#+_])\1{2,}$/u.exec(line);
    const title = lines[index + 1]?.trim() ?? '';
    if (
      current === null &&
      framed &&
      (lines[index + 2]?.trim() ?? '') === line &&
      title.length <= 80 &&
      /\p{L}/u.test(title) &&
      !separatorLine.test(title) &&
      // Not a row of a table drawn with bars ("| Local Medium | Internet |").
      !/[|]/u.test(title) &&
      !isDrawing(title) &&
      (index === 0 || (lines[index - 1]?.trim() ?? '') === '')
    ) {
      paragraphs.push({ text: title, line: index + 2, indent: indent(lines[index + 1]), underlined: true });
      skipTo = index + 3;
      return;
    }
    // A run of lines laid out by hand (a diagram, aligned columns) stays as written, indentation and all.
    if (current === null && line !== '') {
      let end = index;
      while (end < lines.length && (lines[end] ?? '').trim() !== '' && !opensExample(lines, end)) end += 1;
      // reStructuredText's literal block (a PEP's, Python's docs): the lines indented under a paragraph that ends
      // with "::", blank lines among them, as written: code, not prose to join.
      let above = index - 1;
      while (above >= 0 && (lines[above] ?? '').trim() === '') above -= 1;
      // (So are lines of code set in well past a sentence that ends with a colon, after a blank line: "…at the end of your
      // .procmailrc file:" over "LOG=`lockfile $DEFAULT$LOCKEXT`", a recipe's lines.)
      const setUnder = (): boolean => {
        if (!/[^:]:\s*$/u.test(lines[above] ?? '') || indent(raw) < indent(lines[above]) + 2) return false;
        let stop = index;
        while (stop < lines.length && (lines[stop] ?? '').trim() !== '') stop += 1;
        const run = lines.slice(index, stop).map((l) => l.trim());
        // (Set in by two or three columns, only a line or three that can be nothing but code: a setting, a file's path,
        // an option, a command with its options: "nosound=yes", "~/.tuxpaintrc", "--sound", "tuxpaint --version".)
        // (So is a terminal session, each line at a prompt or the shell's no-op ": modify 'foo'", one a command at least.)
        if (indent(raw) < indent(lines[above]) + 4)
          return (
            (run.length <= 3 &&
              run.every((l) => /^[^\s.,;!?]*[=/~\-_.$][^\s]*[^\s.,;:!?]$|^[\w.-]+(?:\s+--?[\w-]+(?:=\S+)?)+$/u.test(l) && !/^\p{L}+[.!?]$/u.test(l))) ||
            (run.every((l) => /^(?:\$|:|#)\s+\S/u.test(l)) && run.some((l) => /^\$\s+\S/u.test(l)))
          );
        return run.filter((l) => /[=`$#{};|<>\\]|^:\S|^\S+$/u.test(l) && !/\p{L}{2,}[,.;:]\s+\p{L}/u.test(l)).length * 2 >= run.length;
      };
      const opened = above >= 0 && above < index - 1 && indent(raw) > indent(lines[above]);
      const rstLiteral = opened && /::\s*$/u.test(lines[above] ?? '');
      const literal = rstLiteral || (opened && setUnder());
      // (Lines under a colon go on across a blank line at their own depth or deeper, not at the text's: an RFC's body under
      // "3.1. Overall conventions In the diagrams below, a box like this:" goes on set in less deep than its box.)
      if (literal) {
        const floor = rstLiteral ? indent(lines[above]) + 1 : indent(raw);
        end = index;
        while (end < lines.length && (lines[end] ?? '').trim() !== '' && (rstLiteral ? indent(lines[end]) >= floor : true)) end += 1;
        while (end < lines.length && ((lines[end] ?? '').trim() === '' || indent(lines[end]) >= floor)) end += 1;
        while (end > index && (lines[end - 1] ?? '').trim() === '') end -= 1;
      }
      // Text over quoted lines with no blank line between (a sentence over the session it introduces): the text is read
      // up to them, the quoted lines are the session's.
      const firstQuoted = quotedLines >= 3 && !literal ? lines.slice(index, end).findIndex(quotedLine) : -1;
      if (firstQuoted > 0) end = index + firstQuoted;
      let run = lines.slice(index, end);
      // A session at a prompt the text uses again and again ("sndtnk src> pwd" over its output "/src/"): as written.
      const session = prompts.size > 0 && prompts.has(promptOf(line) ?? '');
      // One line of code set in, over a listing after a blank line ("    mp_mutex_lock(&lock);" over the loop that waits):
      // the listing's first line. (A value of one line over another, "0 = net unreachable;", is no listing.)
      const beforeCode = (): boolean => {
        if (run.length !== 1 || indent(raw) < 2 || !codeLine(line)) return false;
        let next = end;
        while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
        let stop = next;
        while (stop < lines.length && (lines[stop] ?? '').trim() !== '') stop += 1;
        return next < lines.length && indent(lines[next]) >= indent(raw) && isSourceCode(lines.slice(next, stop), false);
      };
      // A command's syntax set in well under the text that tells of it, however that text ends (a protocol's "use <tube>\r\n"
      // under "…jobs will be put into the tube named "default"."): a line or a few, each with an escape a program reads
      // ("\r\n") or a placeholder in angle brackets and a few words, never a sentence.
      const syntax =
        opened &&
        indent(raw) >= indent(lines[above]) + 4 &&
        run.length <= 4 &&
        run.every((l) => {
          const t = l.trim();
          return (/\\[rnt0]/u.test(t) || (/<[\w-]+>/u.test(t) && wordCount(t) <= 6)) && !/[.!?]$/u.test(t) && !/\p{L}{2,}[,;:]\s+\p{L}/u.test(t);
        });
      // (So is a statement alone with brackets, set in deeper than the text over it: a style guide's "for (i = 0; i < n;
      // i++) {" under "Do this instead:". A field's value, "0 = net unreachable;", is none.)
      const statement = opened && run.length === 1 && codeLine((run[0] ?? '').trim()) && /[(){}[\]]/u.test(run[0] ?? '');
      // (And settings or a command with its options, a line each, set in under the sentence that leads into them, however
      // little: "…set a few X resources:" over " XTerm*metaSendsEscape: true", "…the key mappings:" over " xmodmap -e …".)
      const settings =
        opened &&
        /[^:]:\s*$/u.test(lines[above] ?? '') &&
        run.length <= 8 &&
        (run.every((l) => settingLine.test(l.trim())) || (run.length <= 3 && run.every((l) => optionsLine.test(l.trim()))));
      const code =
        !literal && (session || syntax || statement || settings || isSourceCode(run, paragraphs[paragraphs.length - 1]?.raw !== undefined) || beforeCode());
      // A comment of the code that goes on across blank lines ("/* Main driver." … " */") is code up to its close.
      const text = run.join('\n');
      if (code && text.lastIndexOf('/*') > text.lastIndexOf('*/')) {
        let close = end;
        while (close < Math.min(lines.length, end + 40) && !(lines[close] ?? '').includes('*/')) close += 1;
        if (close < Math.min(lines.length, end + 40)) {
          end = close;
          while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
          run = lines.slice(index, end);
        }
      }
      // Lines quoted with ">" (a session or a message quoted in a tutorial: "> $ mixminion list-servers", "> X-Anonymous:
      // yes") are shown as written, two or more of them.
      const quoted = run.length >= 2 && run.every(quotedLine);
      // A table of keys and their values, a line each, the colons in one column, set in under its label ("Values: (6
      // bits)" over "    0x00-0x07: register (A, B, …)", "         0x18: POP / [SP++]"): the label a line of its own, the
      // table as written. (Each line had been a section of its own, titled "0x18".)
      const labelled = run.length >= 4 && indent(run[1]) > indent(run[0]) && alignedKeys(run.slice(1));
      if (!literal && !code && !quoted && labelled) {
        paragraphs.push({ text: (run[0] ?? '').trim(), line: index + 1, indent: indent(run[0]) });
        paragraphs.push(asWritten(run.slice(1), index + 2));
        skipTo = end;
        return;
      }
      if (literal || code || quoted || isPreformatted(text) || alignedKeys(run)) {
        const rows = !code && run.every((l) => numberRow.test(l.trim()));
        paragraphs.push({ ...asWritten(run, index + 1), ...(code ? { code: true } : {}), ...(rows ? { rows: true } : {}) });
        skipTo = end;
        return;
      }
    }
    if (line === '' || (separatorLine.test(line) && line.length <= 80)) {
      flush();
      return;
    }
    // A line over an underline about as long as it is a heading, whatever it holds (a colon, two spaces). An underline of
    // dots (groff's HACKING: "Background" over "..........", under a heading over dashes) is one only when it is as long.
    const under = lines[index + 1]?.trim() ?? '';
    const dotted = /^\.{4,}$/u.test(under) && Math.abs(under.length - line.length) <= 2;
    if (
      current === null &&
      (/^([=\-~^*#+])\1{2,}$/u.test(under) || dotted) &&
      under.length >= line.length * 0.6 &&
      under.length <= line.length * 1.5 + 2 &&
      /\p{L}/u.test(line)
    ) {
      paragraphs.push({ text: line, line: index + 1, indent: indent(raw), underlined: true, underline: under[0] ?? '' });
      // (Its dots are no text either: a rule of "=" or "-" is one by itself.)
      if (dotted) skipTo = index + 2;
      return;
    }
    // An outline's topic over its points heads them, whatever it reads like ("Motivation: many applications in datacenter
    // cluster need to coordinate", "Why are we reading this paper?").
    if (current === null && topics.has(index)) {
      paragraphs.push({ text: line, line: index + 1, indent: indent(raw), topic: true });
      return;
    }
    const previous = lines[index - 1]?.trim() ?? '';
    const closesSentence = /[.!?。！？]["'”’)]*$/u.test(previous);
    // "Term: text" starts an item after a blank line, a finished sentence or another such line; after a line whose
    // sentence goes on ("...might appear in" / "Internet protocols: this document...") it is the same sentence.
    // (The line itself is matched first: matching the line before too, for every line, would double the work.)
    const termMayStart = (): boolean =>
      previous === '' || separatorLine.test(previous) || closesSentence || /[:：]$/u.test(previous) || matchHeadingBody(previous) !== null;
    // Inside an aside in brackets the author has not closed ("[pwd: print working directory…" over "The result: '/src'…]"),
    // a line goes on with it.
    const inAside = current !== null && unclosed(current.text, '[', ']') > 0;
    // A letter and a full stop after a line that ends on an initial ("the Reverend H." over "B. Gage is a document…") go on
    // with a name, not an item "B.".
    const initials = /^\s*[A-Z]\.\s/u.test(line) && /(?:^|\s)\p{Lu}\.$/u.test(previous);
    // A number the wrap carried to the start of a line ("…I didn't learn much in Philosophy" over "101.  And yet my
    // plan…", "in the year" over "1848. The…") goes on with the sentence: it follows a long line whose sentence goes on,
    // and is not the next number of the item the line before belongs to.
    const carried = /^\s*(\d{1,4})[.)]\s/u.exec(line);
    const wrappedNumber =
      carried !== null &&
      Number(carried[1]) >= 2 &&
      current !== null &&
      previous.length >= 40 &&
      /[\p{L}\d]$/u.test(previous) &&
      itemNumber(current.text) !== Number(carried[1]) - 1;
    const startsItem =
      !inAside &&
      ((listMarker.test(line) && !initials && !wrappedNumber) ||
        (matchHeadingBody(line) !== null && termMayStart()) ||
        (closesSentence && isSummaryOpening(line)));
    const next = lines[index + 1]?.trim() ?? '';
    // A short line after a blank one, with text right under it, is a heading of its own.
    const afterBlank = previous === '' || separatorLine.test(previous);
    // A line whose sentence goes on in the next line ("...copying, distribution and" / "modification follow.") is no heading.
    // So is one whose next line goes on with an address in angle brackets ("…designed by Lasse Collin" over
    // "<lasse.collin@tukaani.org> and Igor Pavlov.").
    const nextWord = next.split(/\s/u)[0] ?? '';
    const sentenceGoesOn =
      (wrapColumn >= 50 && next !== '' && displayColumns(expandTabs(raw).trimEnd()) + 1 + displayColumns(nextWord) > wrapColumn) ||
      /^\p{Ll}/u.test(next) ||
      /^<[^<>\s]+(?:@|:\/\/)[^<>\s]*>\s*\S/u.test(next) ||
      /[,;(&-]$|\b(?:and|or|of|the|a|an|to|in|for|with|by|that)$/iu.test(line);
    // An indented term over its further-indented definition (a specification's glossary) is no heading either.
    const definitionTerm = indent(raw) >= 2 && indent(lines[index + 1]) >= indent(raw) + 4;
    if (
      !definitionTerm &&
      !addressOver(lines, index) &&
      current === null &&
      afterBlank &&
      !linePerParagraph &&
      next !== '' &&
      !separatorLine.test(next) &&
      !startsItem &&
      !sentenceGoesOn &&
      matchBareHeading(line) !== null &&
      displayColumns(line) < headingLength &&
      // (Last: it reads on to the next blank line, so only for a line after a blank one, once a paragraph.)
      !lineListAt(lines, index)
    ) {
      paragraphs.push({ text: line, line: index + 1, indent: indent(raw), ...(topics.has(index) ? { topic: true } : {}) });
      return;
    }
    // A label set in less than the item before it ("    * Entropy coding…" over "  Lossless JPEG proper:", a design note's
    // groups of items, no blank line between) ends that item: the label heads the items under it.
    const groupLabel = current !== null && listMarker.test(current.text) && indent(raw) < (current.indent ?? 0) && /[:：]$/u.test(line) && wordCount(line) <= 6;
    // A clause's heading right over its first sub-clause's, no blank line between ("4. Architectural benefits" over "4.1.
    // Multiple layers"): two headings, not one item of two lines.
    const subClause = current !== null && !current.text.includes('\n') && subClauseOf(current.text, line);
    if (current === null || linePerParagraph || startsItem || groupLabel || subClause) {
      flush();
      current = { text: line, line: index + 1, indent: indent(raw) };
    } else {
      current.text += `\n${line}`;
    }
  });
  flush();
  return joinCode(arrowLabels(paragraphs.filter((p) => !backLink(p.text.replace(/\s+/gu, ' ').trim()))));
}

/** A line that another goes on from: it ends on a comma, a hyphen or a word a clause does not end on ("… and"). */
const goesOnLine = /[,;:(&/-]$|\b(?:and|or|nor|but|of|the|a|an|to|in|into|for|with|by|that|from|as|at|on|is|are|was|were|be|its|their|this)$/iu;
/**
 * A line that opens as an item would: a capital, a number, a quotation mark or a code's mark, or a file's name ("guix.scm
 * update"); not a word and its full stop, which ends a sentence wrapped over the line ("before. He obeyed it…").
 */
const opensLikeItem = /^(?:[\p{Lu}\p{N}"'“‘`(]|[\w-]+[._/]\w[\w./-]*\s)/u;

/**
 * Lines written one per item, with no marker (a NEWS file's "Support Guile 3.0" over "Call 'child-cleanup' when…" over
 * "Avoid 'call-with-current-continuation'"): three or more lines at one indentation, each opening as an item would and
 * none going on into the next, none longer than a line of prose. Read as a paragraph, they ran together into one
 * sentence, and the first, a line over text, was taken for a heading.
 */
function isLineList(lines: string[]): boolean {
  if (lines.length < 3 || lines.some((l) => l.trim() === '' || displayColumns(l.trim()) > 76)) return false;
  const first = indent(lines[0]);
  return lines.every((l, k) => indent(l) === first && opensLikeItem.test(l.trim()) && (k === lines.length - 1 || !goesOnLine.test(l.trim())));
}

/**
 * Lines written one per entry with no mark, an entry going on over lines set in further under it (a revision history's
 * "2017/03/10 - added the checksum, noop and more SSL-related TLV types," over "reserved TLV type ranges, …" aligned
 * under its text): three entries or more at one indentation, each opening as the others do with figures (a date, a
 * version), get a bullet, so that each is an item and its lines go on with it. Read as a paragraph, the list's first
 * line had been taken for a heading and the rest run together. In place.
 */
/** An entry's term and the dash after it: "i - Invite only", "l <count> - User limit", "-tls -- use TLS". */
const dashTerm = /^(?:[^\s<>]{1,12}|[^\s<>]{1,12} <[^>\n]{1,16}>)\s+-{1,2}\s+\S/u;

function hangingEntries(lines: string[]): void {
  const shape = (line: string | undefined): string => ((line ?? '').trim().split(/\s/u)[0] ?? '').replace(/\p{L}+/gu, 'a').replace(/\d+/gu, '#');
  let start = 0;
  for (let i = 0; i <= lines.length; i += 1) {
    if (i < lines.length && (lines[i] ?? '').trim() !== '') continue;
    const run = lines.slice(start, i);
    const first = indent(run[0]);
    const entries = run.flatMap((l, k) => (indent(l) === first ? [k] : []));
    // (So do entries of a term and a dash, "i - Invite only - People can't join…" over its lines set in under its text, as
    // a manual lists a command's modes: one such entry with its lines set in is an item too. Read as a paragraph, the
    // modes had run together, and "l <count> - User limit - …" been taken for a heading over its lines as items.)
    const termed = entries.every((k) => dashTerm.test((run[k] ?? '').trim()));
    if (
      (entries.length >= 3 || (termed && entries.length >= 1)) &&
      entries.length < run.length &&
      run.every((l) => indent(l) === first || indent(l) >= first + 2) &&
      run.every((l) => displayColumns(l.trim()) <= 76) &&
      !listMarker.test(run[0] ?? '') &&
      ((shape(run[0]).includes('#') && entries.every((k) => shape(run[k]) === shape(run[0]))) || termed)
    )
      for (const k of entries) lines[start + k] = (lines[start + k] ?? '').replace(/^(\s*)/u, '$1• ');
    start = i + 1;
  }
}

/**
 * A table laid out in columns under a row of their headings, as a plain-text specification writes one ("Version   Date
 * Description" over "1.2.1     2024-04-08    The URLs of this specification and" and the lines of its last column under
 * it, a blank line between rows maybe): three columns or more, each heading a word or three, each row's cells starting
 * where their headings do, a cell that goes on over lines set under its own column. As a Markdown table, its cells'
 * lines joined, with the line after it; null for anything else. (Read as paragraphs, its rows had been points of run-on
 * figures and words, one of them code.)
 */
function columnTable(lines: string[], index: number): { markdown: string; end: number } | null {
  const header = expandTabs(lines[index] ?? '');
  const starts = (line: string): { at: number; text: string }[] => [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  const heads = starts(header);
  if (heads.length < 3 || heads.length > 8 || heads.some((h) => wordCount(h.text) > 3 || /[.!?:;,]$/u.test(h.text) || !/\p{L}/u.test(h.text))) return null;
  const columns = heads.map((h) => h.at);
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1;
  const rows: string[][] = [];
  let k = index + 1;
  // (A rule of dashes under the headings is the layout's.)
  if (/^[\s=-]+$/u.test(lines[k] ?? '') && (lines[k] ?? '').includes('-')) k += 1;
  let end = k;
  for (; k < lines.length; k += 1) {
    const line = expandTabs(lines[k] ?? '');
    if (line.trim() === '') continue;
    const cells = starts(line);
    const row = cells.length === columns.length && cells.every((c, n) => near(c.at, columns[n] ?? -9));
    // A line that goes on with the last cell: set under its column (or a column after the first), no gap of two spaces.
    const onward = rows.length > 0 && cells.length === 1 && (cells[0]?.at ?? 0) > (columns[0] ?? 0) + 1 && columns.some((c) => near(c, cells[0]?.at ?? -9));
    if (row) rows.push(cells.map((c) => c.text));
    else if (onward) {
      const last = rows[rows.length - 1] ?? [];
      const column = columns.findIndex((c) => near(c, cells[0]?.at ?? -9));
      last[column] = `${last[column] ?? ''} ${cells[0]?.text ?? ''}`.trim();
    } else break;
    end = k + 1;
  }
  if (rows.length < 2) return null;
  const cell = (text: string): string => text.replace(/\|/gu, '\\|');
  const markdown = [
    `| ${heads.map((h) => cell(h.text)).join(' | ')} |`,
    `| ${heads.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
  return { markdown, end };
}

/** Whether lines[index] opens such a list (it and the lines right under it, up to the next blank line). */
function lineListAt(lines: string[], index: number): boolean {
  let end = index;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
  return isLineList(lines.slice(index, end));
}

function toBlock(p: Paragraph): Block {
  if (p.table === true) return { kind: 'table', text: p.text, line: p.line };
  if (p.raw !== undefined) {
    return { kind: 'code', text: fenced(p.raw), line: p.line };
  }
  const rows = p.text.split('\n');
  if (!listMarker.test(p.text) && isLineList(rows)) return { kind: 'list', text: rows.map((l) => `- ${l.trim()}`).join('\n'), line: p.line };
  // An item keeps its indentation: items indented under another are nested in it (units.ts, textItemParts).
  if (listMarker.test(p.text)) return { kind: 'list', text: `${' '.repeat(p.indent ?? 0)}${p.text}`, line: p.line };
  return { kind: 'paragraph', text: joinLines(p.text), line: p.line, ...(p.turn === true ? { spoken: true } : {}) };
}

/** Merges consecutive list paragraphs into one list block, its items' indentation kept relative to the least. */
function mergeLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (last && last.kind === 'list' && block.kind === 'list') {
      out[out.length - 1] = { ...last, text: `${last.text}\n${block.text}` };
    } else {
      out.push(block);
    }
  }
  return out.map((block) => {
    if (block.kind !== 'list') return block;
    const least = Math.min(
      ...block.text
        .split('\n')
        .filter((l) => listMarker.test(l))
        .map((l) => /^ */u.exec(l)?.[0].length ?? 0),
    );
    // (No line of it a marker's at all, where a block of items indented by tabs has none: Math.min of nothing, kept as is.)
    return least > 0 && Number.isFinite(least) ? { ...block, text: block.text.replace(new RegExp(`^ {0,${least}}`, 'gmu'), '') } : block;
  });
}

/** Moves closing paragraphs ("In summary, ...") off the last section into the summary. */
function takeSummary(sections: Section[], intro: Block[]): Block[] {
  const last = sections[sections.length - 1];
  const blocks = last ? last.blocks : intro;
  const index = blocks.findIndex((b, i) => (i > 0 || last === undefined ? isSummaryOpening(b.text) : false));
  if (index < 0) return [];
  // A closing summary is the text's last paragraphs: "In short, all good things are wild and free." a third of the way
  // into an essay's last part opens one of its paragraphs, not a summary of twenty slides.
  const rest = blocks.slice(index);
  if (rest.length > 3 && rest.reduce((n, b) => n + wordCount(b.text), 0) > 400) return [];
  return blocks.splice(index);
}

/** Names of people, one to four ("Mike Perry, George Kadianakis", "by G. Klyne and C. Newman"), each of two to four capitalised words or initials. */
const peopleLine = (() => {
  // (Not a body's name: "The Padding Working Group", "Tor Project", "Example University".)
  const word = String.raw`(?!(?:The|An?|Group|Team|Committee|Project|Foundation|University|Institute|Inc|Ltd|Corporation|Society)\b)\p{Lu}[\p{L}'’-]*\.?`;
  const name = String.raw`${word}(?:\s+${word}){1,3}`;
  return new RegExp(String.raw`^(?:by\s+)?${name}(?:(?:\s*,\s*|\s*,?\s+(?:and|&)\s+)${name}){0,3}$`, 'u');
})();

/** A line that opens with a date, a byline's ("September 2013 Sean Barrett", "12 March 2021", "2021-03-12"). */
const datedLine =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?)(?![\d-])/iu;

/** A copyright line ("Copyright (C) 1985 …", "© 2020 …"): the notice over a text, never its title. */
const copyrightLine = /^(?:copyright\s*(?:\(c\)|©|\d{4})|©|\(c\)\s*\d|all rights reserved\.?$)/iu;

/** Words of a copyright notice's paragraphs: the permission to copy, the rights reserved. */
const noticeWords = /\b(?:copyright|permission|permitted|licen[cs]e[ds]?|rights reserved|verbatim|distribut\w*|modif\w*|warrant\w*)\b/iu;

/** A copyright line opening the text and the notice paragraphs after it, taken out of `paragraphs`. */
function copyrightNotice(paragraphs: Paragraph[]): Paragraph[] {
  if (!copyrightLine.test(paragraphs[0]?.text ?? '')) return [];
  let end = 1;
  while (end < paragraphs.length - 1 && noticeWords.test(paragraphs[end]?.text ?? '') && wordCount(paragraphs[end]?.text ?? '') <= 120) end += 1;
  return paragraphs.splice(0, end);
}

/** Names of the fields an email-style header gives (RFC 822, Python's PEPs, Debian's files): two of them make a block of "Name: value" lines one. */
const knownFields =
  /^(?:title|author|authors|date|created|status|version|type|last-modified|updated|pep|rfc|category|content-type|discussions-to|post-history)$/u;

/**
 * An email-style header block opening a text: four or more "Name: value"
 * lines (a name of one hyphenated word; a value's further lines indented), a
 * title among them or two fields such headers give, up to a blank line (a field may be empty).
 * Authors are the names given beside their addresses ("nas@arctrix.com (Neil
 * Schemenauer)", "Tim Peters <tim@…>"). Null when the text opens otherwise.
 */
export function fieldHeader(
  text: string,
): { start: number; end: number; raw: string; title: string | null; author: string | null; date: string | null } | null {
  const lines = text.split('\n', 60);
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  const fields = new Map<string, string>();
  let last: string | null = null;
  let end = start;
  for (; end < lines.length && (lines[end] ?? '').trim() !== ''; end += 1) {
    const line = lines[end] ?? '';
    // (A field may be empty: a PEP's "BDFL-Delegate:" with no one named.)
    const field = /^([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):(?:[ \t]+(\S.{0,200}))?[ \t]*$/u.exec(line);
    if (field) {
      last = (field[1] ?? '').toLowerCase();
      fields.set(last, (field[2] ?? '').trim());
    } else if (last !== null && /^[ \t]+\S/u.test(line)) fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
    else return null;
  }
  if (end >= lines.length || fields.size < 4) return null;
  if (!fields.has('title') && [...fields.keys()].filter((k) => knownFields.test(k)).length < 2) return null;
  const people = (fields.get('author') ?? fields.get('authors') ?? '')
    .split(/,\s*(?=\S)/u)
    .map((p) => (/\(([^()@]+)\)/u.exec(p)?.[1] ?? p.replace(/<[^>]*>|\S+@\S+/gu, '')).trim())
    .filter((p) => /\p{L}/u.test(p));
  return {
    start,
    end,
    raw: lines.slice(start, end).join('\n'),
    title: fields.get('title') ?? null,
    author: people.length > 0 ? people.join(', ') : null,
    date: fields.get('created') ?? fields.get('date') ?? null,
  };
}

/** Finds the title, intro, sections and summary of a plain-text document. */
/** A manual page's section line: upper-case words at the margin ("NAME", "SYNOPSIS", "SEE ALSO"). */
const manSection = /^[A-Z][A-Z0-9]*(?: [A-Z0-9]+){0,3}$/u;

/**
 * A manual page as text (`man ls | col -b`, txt2man's source): its section lines ("NAME", "SYNOPSIS",
 * "DESCRIPTION") stand over their indented text with no blank line between, so they get one on each
 * side and read as headings; the NAME section's line ("txt2man - convert flat ASCII text to man page
 * format") opens the text as its title. Other texts are returned as they are. Known by three section
 * lines or more over indented text, one of them NAME, SYNOPSIS or DESCRIPTION.
 */
function manPage(text: string): string {
  const lines = text.split('\n');
  // (Indented by spaces or by a tab, as a manual written by hand is: "NAME" over "\tparse_date - parses a date string".)
  const isSection = (i: number): boolean => manSection.test(lines[i] ?? '') && /^(?:[ \t]{2,}|\t)\S/u.test(lines[i + 1] ?? '');
  const sections = new Set(lines.map((_, i) => i).filter(isSection));
  if (sections.size < 3 || ![...sections].some((i) => /^(?:NAME|SYNOPSIS|DESCRIPTION)$/u.test(lines[i] ?? ''))) return text;
  // The page's running head and foot ("LS(1)    User Commands    LS(1)", "GNU coreutils 9.1   2022   LS(1)") are the format's.
  const runningHead = /^\S+\(\d\w*\)\s{2,}.*\S|\S.*\s{2,}\S+\(\d\w*\)$/u;
  const out: string[] = [];
  // Whether any text came before: only a NAME section that opens the page names it.
  let said = false;
  lines.forEach((line, i) => {
    if (!sections.has(i)) {
      const kept = line.length < 200 && runningHead.test(line.trim()) ? '' : line;
      said ||= kept.trim() !== '';
      out.push(kept);
      return;
    }
    if (line === 'NAME' && !said) {
      // The title: the name line, at the margin, in place of the section's name (without the full stop a sentence-like
      // description ends with: "parse_date - parses a date string into a timespec struct.").
      lines[i + 1] = (lines[i + 1] ?? '').trim().replace(/(?<!\.)\.$/u, '');
      return;
    }
    if (out.length > 0 && (out[out.length - 1] ?? '').trim() !== '') out.push('');
    out.push(line, '');
  });
  return out.join('\n');
}

/**
 * A banner at the top of the text, framed by rules and a character at each end of its lines ("=====" over
 * "=     B i e n v e n i d o   a l   t u t o r     =", "=   CAPÍTULO DOS   ="): its lines, letters set apart joined
 * again ("Bienvenido al tutor"), the first the title, the rest its subtitle; the banner's lines blank. Null without one.
 */
function framedBanner(text: string): { text: string; title: string; subtitle: string | null } | null {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i += 1;
  const rule = /^\s*([=*#+~-])\1{9,}\s*$/u.exec(lines[i] ?? '');
  const edge = rule?.[1];
  if (edge === undefined) return null;
  const mark = `[${edge === '-' ? '\\-' : edge}]`;
  const framed = new RegExp(`^\\s*${mark}(.*\\S.*)${mark}\\s*$`, 'u');
  const ruleLine = new RegExp(`^\\s*${mark}{10,}\\s*$`, 'u');
  const edges = new RegExp(`^\\s*${mark}{3,}|${mark}{3,}\\s*$`, 'gu');
  const inner: string[] = [];
  let end = i;
  for (; end < lines.length; end += 1) {
    const line = lines[end] ?? '';
    if (line.trim() === '') break;
    if (ruleLine.test(line)) continue;
    const m = framed.exec(line);
    if (!m) return null;
    // Letters set apart by one space, words by more ("B i e n v e n i d o   a l"): the words.
    // (A line of the frame that runs on into its words, "------ Frequently Asked Questions ------", frames them too.)
    const words = (m[1] ?? '').replace(edges, '').trim();
    const spaced = /^(?:\S ){2,}\S(?: {2,}|$)/u.test(words);
    inner.push(
      spaced
        ? words
            .split(/ {2,}/u)
            .map((w) => (/^(?:\S )+\S$/u.test(w) ? w.replace(/ /gu, '') : w))
            .join(' ')
        : words.replace(/\s+/gu, ' '),
    );
  }
  if (inner.length === 0 || inner.some((l) => wordCount(l) > 14)) return null;
  const kept = lines.map((l, k) => (k >= i && k < end ? '' : l));
  return { text: kept.join('\n'), title: inner[0] ?? '', subtitle: inner.length > 1 ? inner.slice(1).join(' — ') : null };
}

/**
 * Whether a numbered first line comes again later with another number ("What's new in version 3.5.3" over the
 * changes, then "What's new in version 3.5.2"…): the first of the text's sections, not its title.
 */
function firstOfItsKind(first: Paragraph, paragraphs: Paragraph[]): boolean {
  if (!/\d/u.test(first.text)) return false;
  // The first of numbered headings ("1. Compression algorithm (deflate)", a design note with no title, over "2.
  // Decompression algorithm (inflate)" further on): a section, not the document's title.
  if (
    /^1[.)]?\s+\p{L}/u.test(first.text.trim()) &&
    paragraphs.slice(1).some((p) => !p.text.includes('\n') && /^2[.)]?\s+\p{L}/u.test(p.text.trim()) && matchNumberedHeading(p.text) !== null)
  )
    return true;
  const own = numberShape(first.text);
  return paragraphs.slice(1).some((p) => !p.text.includes('\n') && numberShape(p.text) === own && p.text.trim() !== first.text.trim());
}

/** Words with their numbers masked ("Lab 2" and "Lab 3", "version 3.5.3" and "version 3.5.2" read alike): "Lab #". */
const numberShape = (text: string): string => text.trim().replace(/\d+(?:\.\d+)*/gu, '#');

/**
 * Runs of paragraphs a line after another (no blank line between) that `key` gives the same key, as [first, after
 * last) pairs; a paragraph keyed null is in none.
 */
function lineRuns(paragraphs: Paragraph[], key: (i: number) => string | null): [number, number][] {
  const runs: [number, number][] = [];
  const nextLine = (i: number): boolean => (paragraphs[i + 1]?.line ?? -1) === (paragraphs[i]?.line ?? 0) + (paragraphs[i]?.text.split('\n').length ?? 0);
  for (let i = 0; i < paragraphs.length; i += 1) {
    const own = key(i);
    if (own === null) continue;
    let end = i + 1;
    while (end < paragraphs.length && key(end) === own && nextLine(end - 1)) end += 1;
    runs.push([i, end]);
    i = end - 1;
  }
  return runs;
}

/**
 * The turns of a dialogue: paragraphs that open with a speaker's name as their term ("SOCRATES:  Why have you come at
 * this hour, Crito?", "CRITO:  Yes, certainly."), two to four names taking turns, each five times or more, a name
 * followed by another at most turns (a speech of several paragraphs goes on under no term). Each turn is a line of
 * the dialogue, not a section: a translation of Plato's Crito had 85 slides, each one turn titled by its speaker,
 * the other's answers in the notes. Not a FAQ's questions and answers ("Q:", "A:"), which head their answers.
 */
function dialogueTurns(terms: readonly (string | null)[], paragraphs: readonly Paragraph[]): number[] {
  const speaker = (term: string | null): term is string =>
    term !== null &&
    /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(term) &&
    !/^(?:q|a|question|answer|frage|antwort|réponse|respuesta)$/iu.test(term);
  const turns = terms.flatMap((t, i) => (speaker(t) ? [i] : []));
  const uses = new Map<string, number>();
  for (const i of turns) uses.set(terms[i] as string, (uses.get(terms[i] as string) ?? 0) + 1);
  const names = [...uses].filter(([, n]) => n >= 5).map(([name]) => name);
  if (names.length < 2 || names.length > 4) return [];
  const spoken = turns.filter((i) => names.includes(terms[i] as string));
  // Turns that change speaker, over all the turns: a dialogue's names alternate, a document's labels ("Note:") do not.
  const changes = spoken.filter((i, k) => k > 0 && terms[i] !== terms[spoken[k - 1] as number]).length;
  if (spoken.length < 10 || changes < (spoken.length - 1) * 0.6) return [];
  // (A long speech opens with its speaker's name too, though too long to read as "Heading: body".)
  return paragraphs.flatMap((p, i) => (names.includes(terms[i] ?? '') || names.some((name) => p.text.startsWith(`${name}:`)) ? [i] : []));
}

/** Lines boxed in "#" marks that say where a copy came from or what was done to it ("#  Fetched from http://… #"). */
const copierBox = (text: string): boolean =>
  text
    .trim()
    .split('\n')
    .every((l) => /^#.*\S.*#$/u.test(l.trim())) && /https?:\/\/|\b(?:fetched|downloaded|copied|retrieved|mirrored|converted|removed)\b/iu.test(text);

/** A line that says where a copy of the document came from: a label and an address. */
const sourceLine = /^(?:source|url|from|retrieved from|original(?: url)?|origin|copied from|mirrored from|downloaded from)\s*:\s*<?https?:\/\/\S+?>?$/iu;

/**
 * A text that tells Emacs it is an outline ("GNU Mcron NEWS   -*- outline -*-", as GNU's NEWS files open): its lines
 * of stars ("* Noteworthy changes in release 1.2.1", "** Improvements") are its headings, a level per star, written
 * here as underlined headings ("=", "-", "~"); the mode line's marker goes, its words stay as the title. A NEWS file had
 * shown "** Improvements" as titles and each release's heading as the last point of the slide before it.
 */
function outlineHeadings(text: string): string {
  const mode = /^([^\n]*?)[ \t]*-\*-[ \t]*(?:mode:[ \t]*)?outline[ \t]*(?:;[^\n]*?)?-\*-[ \t]*$/imu.exec(text.slice(0, 400));
  if (!mode || !/^\*{1,3}[ \t]+\S/mu.test(text)) return text;
  const lines = text.split('\n');
  const at = text.slice(0, mode.index).split('\n').length - 1;
  lines[at] = mode[1] ?? '';
  return lines
    .flatMap((line) => {
      const heading = /^(\*{1,3})[ \t]+(\S.*?)[ \t]*$/u.exec(line);
      if (!heading?.[1] || !heading[2]) return [line];
      return [heading[2], ('=-~'[heading[1].length - 1] ?? '~').repeat(Math.max(3, heading[2].length))];
    })
    .join('\n');
}

export function splitText(source: string): DocumentModel {
  const read = manPage(vimHelp(outlineHeadings(source)));
  const banner = framedBanner(read);
  const text = banner?.text ?? read;
  const sourceLines = text.split('\n');
  // An email-style header block (a PEP's "PEP: 255", "Title:", "Author:", "Created:"): the deck's title, authors and
  // date, and the title slide's notes; its lines become blank, so the rest keeps its line numbers.
  const fields = fieldHeader(text);
  const paragraphs = toParagraphs(
    fields
      ? text
          .split('\n')
          .map((l, i) => (i >= fields.start && i < fields.end ? '' : l))
          .join('\n')
      : text,
  );
  indexedQuestions(paragraphs);
  itemDescriptions(paragraphs);
  const listedInContents = contentsList(paragraphs);
  // An early e-text's licence ("***START**THE SMALL PRINT!**…" to "*END*THE SMALL PRINT!…*END*") and what the
  // publisher says around it: the title slide's notes; its "Etext of …" line names the text.
  const smallPrint = oldSmallPrint(paragraphs);
  let title: string | null = fields?.title ?? banner?.title ?? smallPrint.title;
  let subtitle: string | null = fields ? null : (banner?.subtitle ?? null);
  // Under an early e-text's header, a line of its own names the text as its author did ("JFK's Inaugural Address,
  // January 20, 1961, 12:11 EST"): the subtitle, not a section.
  // (The title again over it, as the text itself opens, is no subtitle; a byline that ends on its year may close with a
  // stop: "Patrick Henry, March 23, 1775.")
  if (smallPrint.title !== null && paragraphs.length > 2 && sameWords(paragraphs[0]?.text ?? '') === sameWords(smallPrint.title)) paragraphs.shift();
  const byline = paragraphs[0];
  if (
    smallPrint.title !== null &&
    byline &&
    paragraphs.length > 1 &&
    !byline.text.includes('\n') &&
    wordCount(byline.text) <= 14 &&
    (!/[.!?:]$/u.test(byline.text.trim()) || /,\s*\d{4}\.$/u.test(byline.text.trim()))
  ) {
    subtitle = byline.text.trim().replace(/(?<=\d{4})\.$/u, '');
    paragraphs.shift();
  }
  let specHeader: Paragraph[] = fields ? [{ text: fields.raw, raw: fields.raw, line: fields.start + 1 }] : [];
  // A line that says where the copy came from ("Source: http://id3.org/id3v2.4.0-structure"), over the document: no
  // title of it, but the title slide's notes.
  // (So does a copier's note in a box of "#" lines, "#   Fetched from http://tools.ietf.org/rfc/rfc6902.txt on 2014-01-18   #".)
  const provenance =
    paragraphs[0] && (sourceLine.test(paragraphs[0].text.trim()) || copierBox(paragraphs[0].text)) && paragraphs.length > 2 ? paragraphs.splice(0, 1) : [];
  // A letterhead over the centred title, no blank line between (a specification's "2026/04/27 … Willy Tarreau" over its
  // company set at the right edge, over "The PROXY protocol" and "Versions 1 & 2" centred): the title slide's notes, and
  // the date and the author it gives.
  const head = title === null ? letterhead(paragraphs[0], sourceLines) : null;
  let letter: { date: string | null; author: string | null } | null = null;
  if (head !== null && paragraphs[0] !== undefined) {
    const first = paragraphs[0];
    const rows = first.text.split('\n');
    const trial = [{ text: rows.slice(head.rows).join('\n'), line: first.line + head.rows }, ...paragraphs.slice(1)];
    if (centredTitle(trial.slice(), sourceLines) !== null) {
      paragraphs.splice(0, 1, ...trial.slice(0, 1));
      specHeader = [
        ...specHeader,
        { text: rows.slice(0, head.rows).join('\n'), raw: sourceLines.slice(first.line - 1, first.line - 1 + head.rows).join('\n'), line: first.line },
      ];
      letter = head;
    }
  }
  const centred = title === null ? centredTitle(paragraphs, sourceLines) : null;
  let centredAuthor: string | null = null;
  if (centred !== null) {
    title = centred.title;
    subtitle = centred.subtitle;
    centredAuthor = centred.author ?? null;
    specHeader = [...specHeader, ...centred.page];
  }
  // A name over the lines that say whose and which it is, no blank line between ("DCPU-16 Specification" over "Copyright
  // 2012 Mojang" over "Version 1.1 (…)"): the title; those lines the title slide's notes.
  const stamped = paragraphs[0]?.text.split('\n') ?? [];
  if (
    title === null &&
    paragraphs.length > 2 &&
    stamped.length >= 2 &&
    stamped.length <= 4 &&
    wordCount(stamped[0] ?? '') <= 10 &&
    !/[.!?:;,]$/u.test((stamped[0] ?? '').trim()) &&
    !listMarker.test(stamped[0] ?? '') &&
    stamped
      .slice(1)
      .every(
        (l) =>
          copyrightLine.test(l.trim()) ||
          /^(?:version|v\d|rev(?:ision)?\b|release|draft|updated|last (?:updated|modified|revised)|by\s+\p{Lu})/iu.test(l.trim()) ||
          datedLine.test(l.trim()),
      )
  ) {
    title = (stamped[0] ?? '').trim();
    specHeader = [...specHeader, { text: stamped.slice(1).join('\n'), raw: stamped.slice(1).join('\n'), line: (paragraphs[0]?.line ?? 1) + 1 }];
    paragraphs.shift();
  }
  const first = paragraphs[0];
  if (
    title === null &&
    first &&
    paragraphs.length > 1 &&
    !navigation(first) &&
    !copyrightLine.test(first.text) &&
    !first.text.includes('\n') &&
    first.topic !== true &&
    wordCount(first.text) <= 14 &&
    !/[.!?。！？:：]["'”’)]*$/u.test(first.text) &&
    !firstOfItsKind(first, paragraphs)
  ) {
    // A short first line is the title; "Title: subtitle" gives both.
    const [head, ...rest] = first.text.split(/\s*[:：]\s+/u);
    // (Its marks go: bold, a Markdown heading's hashes, a wiki title's equals signs, "= Beanstalk Protocol =".)
    title = (head ?? first.text)
      .replace(/^(=+)\s+(\S.*?)\s+\1$/u, '$2')
      .replace(/^(?:\*\*|__|#+\s*)|(?:\*\*|__)$/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
    subtitle = rest.length > 0 ? rest.join(': ').trim() : null;
    paragraphs.shift();
  } else if (title === null && first && (columns(first) || navigation(first))) {
    // A specification's header block in columns ("Network Working Group   S. Josefsson"), after a line of links and a
    // block of updates where a web copy has them, then its title on a line of its own.
    let k = 0;
    // (With the lines of its right column alone that a long list of authors takes, "Maxware, Pirsenteret" under "Category:
    // Informational   H. Alvestrand", which the text reads as a paragraph of its own, set far in.)
    while (k < paragraphs.length && (columns(paragraphs[k]) || navigation(paragraphs[k]) || (k > 0 && rightColumn(paragraphs[k])))) k += 1;
    const line = paragraphs[k];
    // A title centred over the draft's name ("GabbyGrove (CBOR-based Feed Format)" over "draft-ssb-core-gabbygrove-00"),
    // or centred on two lines: the title, the name its subtitle.
    const centred = line !== undefined && (line.indent ?? 0) >= 8 && line.text.split('\n').length <= 3 ? line.text.split('\n') : null;
    const draftName = centred?.find((l) => /^draft-[\w.-]+$/u.test(l.trim()))?.trim() ?? null;
    const titleText = centred ? centred.filter((l) => l.trim() !== draftName).join(' ') : (line?.text ?? '');
    // (A title centred on two lines may be longer than a heading: "Simple Network Time Protocol (SNTP) Version 4" over
    // "for IPv4, IPv6 and OSI".)
    const centredTitle = centred !== null && centred.length > 1 && wordCount(titleText) <= 20 && !/[.!?]$|[.!?]\s/u.test(titleText.trim());
    const named =
      line && k > 0 && paragraphs.length > k + 1 && !titleText.includes('\n')
        ? centredTitle || matchBareHeading(titleText.replace(/\s*[:：]\s+/u, ' — '))
        : null;
    if (line && named) {
      const [head, ...rest] = titleText.trim().split(/\s*[:：]\s+/u);
      title = (head ?? '').trim();
      subtitle = rest.length > 0 ? rest.join(': ').trim() : draftName;
      paragraphs.splice(k, 1);
      // The header blocks themselves: their authors and date are the deck's, their lines go to the title slide's notes.
      specHeader = paragraphs.splice(0, k);
    }
  }
  // A header of a line or a few in two columns that names the text on its left ("USEFUL ONE-LINE SCRIPTS FOR SED" over
  // "Compiled by Eric Pement", the date and version on the right), as old plain-text collections open: the title, and
  // who compiled it; the block is the title slide's notes.
  let compiledBy: string | null = null;
  const columnHeader = paragraphs[0];
  // (Under a rule drawn over it, "-----" above the title's line.)
  const headerLines = (columnHeader?.text.split('\n') ?? []).filter((l) => !separatorLine.test(l));
  const leftCell = /^(\S.*?\S)\s{3,}\S/u.exec(headerLines[0]?.trim() ?? '')?.[1] ?? '';
  if (
    title === null &&
    columnHeader &&
    paragraphs.length > 2 &&
    columns(columnHeader) &&
    headerLines.length <= 4 &&
    wordCount(leftCell) >= 2 &&
    wordCount(leftCell) <= 12 &&
    /\p{L}{2}/u.test(leftCell) &&
    !/[.!?,;:]$/u.test(leftCell)
  ) {
    title = leftCell;
    const by = headerLines
      .map((l) => /^\s*(?:compiled|written|maintained|edited|collected)?\s*by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/iu.exec(l)?.[1])
      .find(Boolean);
    compiledBy = by ?? null;
    specHeader = [...specHeader, ...paragraphs.splice(0, 1)];
  }
  // A title line under a line of text, over the date it was written ("I'm Paul Graham." over "What I Worked On" over
  // "February 2021"): the title; the line over it stays text.
  const dated = paragraphs[1];
  if (
    title === null &&
    dated !== undefined &&
    paragraphs.length > 3 &&
    !dated.text.includes('\n') &&
    (paragraphs[0]?.text.split('\n').length ?? 2) === 1 &&
    dateLine.test(paragraphs[2]?.text.trim() ?? '') &&
    wordCount(dated.text) <= 10 &&
    /^\p{Lu}/u.test(dated.text.trim()) &&
    !/[.!?,;:。！？]["'”’)]*$/u.test(dated.text.trim())
  ) {
    title = dated.text.trim();
    paragraphs.splice(1, 1);
  }
  const given = fields ? { author: fields.author, date: fields.date } : specHeaderFields(specHeader.map(asSet).join('\n'));
  const spec = { author: given.author ?? letter?.author ?? null, date: given.date ?? letter?.date ?? null };
  // A date on its own line under the title ("February 2021") is the deck's date, not a topic; so is one under a line or
  // two of a tagline over the text ("Want to start a startup? Get funded by …", then "October 2006").
  let date: string | null = null;
  for (let i = 0; title !== null && i < Math.min(3, paragraphs.length - 1); i += 1) {
    const text = paragraphs[i]?.text.trim() ?? '';
    if (dateLine.test(text)) {
      date = text;
      paragraphs.splice(i, 1);
      break;
    }
    if (text.includes('\n') || wordCount(text) > 20) break;
  }
  // A speaker's name over the title and the date, as transcripts of speeches open ("Franklin D. Roosevelt" over "Annual
  // Message to Congress on the State of the Union" over "January 6, 1941"): the name is the author's, the line under it
  // the title.
  let speaker: string | null = null;
  const essayHeader: Paragraph[] = [];
  const named = paragraphs[0];
  if (
    title !== null &&
    date !== null &&
    subtitle === null &&
    peopleLine.test(title) &&
    !/^by\s/iu.test(title) &&
    named &&
    paragraphs.length > 2 &&
    !named.text.includes('\n') &&
    wordCount(named.text) <= 14 &&
    !/[.!?:;,]$/u.test(named.text.trim())
  ) {
    speaker = title;
    title = named.text.trim();
    paragraphs.shift();
    // A student's essay opens with its writer, the teacher, the course and the date, a line each ("Henry Buchanan" over
    // "Professor Smith" over "ENG 110" over "13 April 2026", as MLA asks): the teacher and the course name no text.
    // They go to the title slide's notes; the title is the line under them where it is one, else none.
    if (/^(?:Prof(?:essor)?\.?|Dr\.|Mr\.|Mrs\.|Ms\.|Mx\.|Instructor|Teacher)\s+\p{Lu}/u.test(title) && wordCount(title) <= 5) {
      essayHeader.push({ text: title, line: named.line });
      title = null;
      const course = paragraphs[0];
      if (course && !course.text.includes('\n') && wordCount(course.text) <= 6 && !/[.!?:;,]$/u.test(course.text.trim()) && /\d/u.test(course.text))
        essayHeader.push(...paragraphs.splice(0, 1));
      const titled = paragraphs[0];
      if (
        titled &&
        !titled.text.includes('\n') &&
        wordCount(titled.text) <= 14 &&
        /^\p{Lu}/u.test(titled.text.trim()) &&
        !/[.!?:;,]$/u.test(titled.text.trim())
      )
        title = (paragraphs.shift() as Paragraph).text.trim();
    }
  }
  // An e-text's header: "The Project Gutenberg EBook of A Modest Proposal, by Jonathan Swift", then
  // "Title:", "Author:", "Release Date:" lines, a "by Jonathan Swift" line and the year under the title.
  // An e-text's publisher's text (its header's licence line, the START marker; the END marker and the licence after it): notes only.
  const publisher = publisherText(paragraphs, title);
  publisher.opening.unshift(...smallPrint.opening);
  publisher.closing.push(...smallPrint.closing);
  const header = readHeader(paragraphs, publisher.opensTitle ? title : (title ?? publisher.opening[0]?.text ?? null));
  publisher.opening.push(...header.titlePage);
  // The opening line taken for the title is the publisher's too.
  if (publisher.opensTitle && title !== null) publisher.opening.unshift({ text: title, line: 1 });
  publisher.opening.unshift(...provenance, ...specHeader, ...essayHeader);
  // A copyright notice over the text or under its title ("Copyright (C) 1985 …", the permission to copy it): the title
  // slide's notes.
  const notice = copyrightNotice(paragraphs);
  publisher.opening.push(...notice);
  // A line in parentheses alone under the title ("(all of your questions answered and then some)"): its subtitle.
  const aside = paragraphs[0];
  if (
    title !== null &&
    subtitle === null &&
    aside &&
    !aside.text.includes('\n') &&
    /^\([^()\n]{3,120}\)$/u.test(aside.text.trim()) &&
    wordCount(aside.text) <= 14
  ) {
    subtitle = aside.text.trim();
    paragraphs.shift();
  }
  // A line of names set in under the title as it is ("Mike Perry, George Kadianakis"): the deck's authors.
  let names: string | null = null;
  // (Or one name and its address alone under it, "Greg Kroah-Hartman <greg@kroah.com>": the author; the line, address
  // and all, the title slide's notes.)
  const mailed = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*<[^\s<>@]+@[^\s<>@]+>$/u.exec(paragraphs[0]?.text.trim() ?? '');
  if (title !== null && mailed?.[1] && !(paragraphs[0]?.text.includes('\n') ?? true)) {
    names = mailed[1];
    publisher.opening.push(...paragraphs.splice(0, 1));
  }
  const under = paragraphs[0];
  if (title !== null && names === null && under && (under.indent ?? 0) >= 8 && !under.text.includes('\n') && peopleLine.test(under.text.trim())) {
    names = under.text.trim().replace(/^by\s+/iu, '');
    publisher.opening.push(...paragraphs.splice(0, 1));
  }
  // A newspaper's byline under the title, a line of the article's deck over it maybe ("Creativity and intrinsic interest
  // diminish if task is done for gain" over "By Alfie Kohn", "Special to the Boston Globe"): the deck's subtitle, and its
  // author; the byline's other lines (the paper, a reprint's permission) the title slide's notes.
  if (title !== null && names === null && subtitle === null) {
    // (One name after "by" is a name too, as a classic's title page has it: "by Plato".)
    const byAt = [0, 1].find((k) => {
      const first = (paragraphs[k]?.text ?? '').split('\n')[0]?.trim() ?? '';
      return /^by\s/iu.test(first) && (peopleLine.test(first) || /^by\s+\p{Lu}[\p{L}'’.-]+$/u.test(first));
    });
    const deck = byAt === 1 ? paragraphs[0] : undefined;
    const deckLine = deck !== undefined && !deck.text.includes('\n') && wordCount(deck.text) <= 16 && !/[.!?:;,]$/u.test(deck.text.trim());
    if (byAt === 0 || (byAt === 1 && deckLine)) {
      if (deckLine && deck) subtitle = deck.text.trim();
      const byline = paragraphs[byAt] as Paragraph;
      names = (byline.text.split('\n')[0] ?? '').trim().replace(/^by\s+/iu, '');
      // (With the lines right under it, and a notice that lets the text be copied.)
      let last = byAt;
      const nextTo = (k: number): boolean => {
        const p = paragraphs[k];
        const before = paragraphs[k - 1];
        return p !== undefined && before !== undefined && p.line === before.line + before.text.split('\n').length;
      };
      while (nextTo(last + 1)) last += 1;
      // (And the credits of the title page after it: "Translated by Benjamin Jowett", "Edited with notes by …".)
      while (
        /^(?:translated|edited|illustrated|introduced|compiled|adapted|retold|abridged)\b[^.\n]{0,40}\bby\s+\S[^\n]{0,60}$/iu.test(
          paragraphs[last + 1]?.text.trim() ?? '',
        )
      )
        last += 1;
      const notice = paragraphs[last + 1];
      if (notice && wordCount(notice.text) <= 40 && /\b(?:permitted|permission|reprinted|copying|all rights reserved|licen[cs]ed?)\b/iu.test(notice.text))
        last += 1;
      publisher.opening.push(...paragraphs.splice(0, last + 1).slice(byAt));
    }
  }
  const author = header.author ?? spec.author ?? names ?? centredAuthor ?? speaker ?? compiledBy;
  if (header.title !== null && header.title !== title) {
    title = header.title;
    subtitle = null;
  }
  subtitle = header.subtitle ?? subtitle;
  date = date ?? header.date ?? spec.date;
  const intro: Block[] = [];
  const sections: Section[] = [];
  // The paragraph each heading was read from (and how many of its section's blocks it also gave).
  const origin = new Map<Section, { paragraph: Paragraph; blocks: number }>();
  // A book's chapters are its headings, whatever they end with ("CHAPTER XI. Who Stole the Tarts?").
  const chapterLine = (p: Paragraph): boolean => !p.text.includes('\n') && wordCount(p.text) <= 12 && chapterHeading.test(p.text.trim());
  const book = paragraphs.filter(chapterLine).length >= 3;
  // The text's own indentation (a specification's body is indented 3 columns): a paragraph indented well past it is nested
  // in the one before (a table of codes, "0 - 15: Represent code lengths"), no heading, and a heading holds a letter.
  const indents = paragraphs.map((p) => p.indent ?? 0).sort((a, b) => a - b);
  const bodyIndent = indents[Math.floor(indents.length / 2)] ?? 0;
  // Teaching notes that label each list with a short line in lower case ("how to learn" over "- start with tutorial"),
  // three times or more: those lines are its headings, as the author's capitalised ones would be.
  const labelOverList = (p: Paragraph, i: number): boolean => {
    const next = paragraphs[i + 1];
    const line = p.text.trim();
    return (
      p.raw === undefined &&
      !p.text.includes('\n') &&
      /^\p{Ll}/u.test(line) &&
      wordCount(line) <= 8 &&
      !/[.!,;:]$/u.test(line) &&
      !listMarker.test(line) &&
      next !== undefined &&
      next.line === p.line + 1 &&
      bulletItem.test(next.text) &&
      (i === 0 || (paragraphs[i - 1]?.line ?? 0) + (paragraphs[i - 1]?.text.split('\n').length ?? 0) < p.line)
    );
  };
  const lowerLabels = new Set(paragraphs.flatMap((p, i) => (labelOverList(p, i) ? [i] : [])));
  if (lowerLabels.size < 3) lowerLabels.clear();
  fieldDefinitions(paragraphs, bodyIndent);
  // So is one indented past a paragraph that ends with a colon ("…compressed, as follows:" over "00 - no compression").
  const nested = (p: Paragraph, before: Paragraph | undefined): boolean =>
    (p.indent ?? 0) >= bodyIndent + 6 || (before !== undefined && /:\s*$/u.test(before.text) && (p.indent ?? 0) >= (before.indent ?? 0) + 2);
  // The lines a colon introduces, indented under it, each a paragraph of its own (an RFC's "…from highest at the top, to
  // lowest at the bottom:" over "Comment", "Value range", "Repetition"…): all nested, none a heading.
  const nestedAt: boolean[] = [];
  // A short line centred on the page under a rule ("~~~~" over "\t\t     Lección 2.1.1: DOMINAR LOS OBJETOS DE TEXTO"): a
  // heading set in the middle, not a paragraph indented under the one before.
  const pageWidth = Math.max(0, ...sourceLines.map((l) => expandTabs(l).trimEnd().length));
  const centredUnderRule = (p: Paragraph): boolean => {
    if (p.raw !== undefined || p.text.includes('\n') || (p.indent ?? 0) < 8 || wordCount(p.text) > 12) return false;
    let k = p.line - 2;
    while (k >= 0 && (sourceLines[k] ?? '').trim() === '') k -= 1;
    const middle = (p.indent ?? 0) + p.text.trim().length / 2;
    return k >= 0 && separatorLine.test(sourceLines[k] ?? '') && Math.abs(middle - pageWidth / 2) <= 8;
  };
  const inset = insetHeadings(paragraphs, bodyIndent);
  // Headings underlined in two styles ("Best practices" over "====", its sections over "----"): parts and their
  // sections, the style the text uses first the upper level (as reStructuredText reads them). The title's underline is
  // the title's, not a level's.
  const styles = [...new Set(paragraphs.flatMap((p) => (p.underlined && p.underline ? [p.underline] : [])))];
  const underlinedLevel = (p: Paragraph): number | undefined => (styles.length >= 2 && p.underline ? Math.min(3, 2 + styles.indexOf(p.underline)) : p.level);
  paragraphs.forEach((p, i) => {
    const before = paragraphs[i - 1];
    if (centredUnderRule(p) || inset.has(i)) {
      nestedAt.push(false);
      return;
    }
    // The run goes on at the same indentation, on the next line or one blank line after the last (a rule or more between
    // is a new part): the items a colon introduces ("Some basic rules:" over "1. …", "2. …" on the lines under it).
    const gap = before === undefined ? -1 : p.line - (before.line + before.text.split('\n').length);
    const adjacent = gap === 0 || gap === 1;
    nestedAt.push(nested(p, before) || (before !== undefined && adjacent && nestedAt[i - 1] === true && (p.indent ?? 0) === (before.indent ?? 0)));
  });
  // The first of numbered headings whose second is one ("1. #define LIBRARYNAME_IMPLEMENTATION" over its text, and
  // "2. AVOID DEPENDENCIES" further on): a heading whatever it opens with (a code word, a lower-case name).
  const opensRun = (i: number): { heading: string; depth: number } | null => {
    const p = paragraphs[i];
    const m = p === undefined ? null : /^1[.)]?\s+(\S[^\n]{0,70})$/u.exec(p.text.trim());
    if (!p || !m?.[1] || wordCount(m[1]) > 9 || /[.:;,!?]$/u.test(m[1])) return null;
    const second = paragraphs
      .slice(i + 1)
      .find((q) => q.raw === undefined && (q.indent ?? 0) === (p.indent ?? 0) && !q.text.includes('\n') && /^\d{1,3}[.)]?\s/u.test(q.text.trim()));
    return second !== undefined && /^2[.)]?\s/u.test(second.text.trim()) && matchNumberedHeading(second.text)?.depth === 1
      ? { heading: p.text.trim().replace(/\s+/gu, ' '), depth: 1 }
      : null;
  };
  // The last numbered heading: the one a numbered line that opens with a lower-case name may follow.
  let lastNumbered: Section | undefined;
  // The level of numbered headings begun afresh under a lettered one ("B.1." over "1.", "2."…), while they go on.
  let numberedUnder: number | null = null;
  const marginQuestions = faqQuestions(paragraphs);
  const setInAsked = marginQuestions.size > 0 ? new Map<number, { heading: string; depth: number }>() : setInQuestions(paragraphs);
  const questions: Map<number, { heading: string; rest: string | null; quoted: boolean; depth?: number }> =
    setInAsked.size > 0 ? new Map([...setInAsked].map(([i, q]) => [i, { heading: q.heading, rest: null, quoted: false, depth: q.depth }])) : marginQuestions;
  const questionSections = new Set<Section>();
  let scanned = 0;
  let authorsLast: Section | undefined;
  // The indentation of the set-in question whose answer is being read (setInQuestions): a line in an answer heads nothing
  // ("Windows Vista", "Mac OS X" over the folders a FAQ's answer lists under them).
  let answerIndent: number | null = null;
  // "Term: text" paragraphs in a run that repeat their term ("DO: Be kind…", "DO: Listen…", "DON'T: Insult…"): labelled
  // items of one list, not a section each.
  // Each paragraph's "Heading: body" reading, worked out once (the loop below takes it where the paragraph may head).
  // A document whose own headings stand at the margin over text set in (a specification's "A. Scope.", "C.1. Zone file
  // format" at column 0 over paragraphs indented by two or more): a line set in with the text is the text's ("We implement
  // most RRs currently assigned by IANA", "ANSWER:" over an example), no heading; nor is a "Term: text" paragraph there.
  const textSetIn = (() => {
    // (A FAQ's questions at the margin, over answers set in, are such headings too.)
    const atMargin = paragraphs.filter(
      (p, i) =>
        (p.indent ?? 0) === 0 &&
        p.raw === undefined &&
        (questions.has(i) || p.underlined === true || (!p.text.includes('\n') && matchNumberedHeading(p.text) !== null)),
    );
    const prose = paragraphs.filter((p) => p.raw === undefined && p.text.includes('\n'));
    return atMargin.length >= 3 && prose.length >= 5 && prose.filter((p) => (p.indent ?? 0) >= 2).length >= prose.length * 0.6;
  })();
  // (Not a heading set in on purpose: one of insetHeadings', or centred under a rule.)
  const setIn = (p: Paragraph, i: number): boolean => textSetIn && (p.indent ?? 0) >= 2 && !inset.has(i) && !centredUnderRule(p);
  const headingBodies = paragraphs.map((p, i) => (p.raw === undefined && !setIn(p, i) ? matchHeadingBody(p.text) : null));
  // A name alone on its line at the margin, with a colon, over text set in under it ("player/*.c:" over "    Essentially
  // makes up the player…", "ta.h & ta.c:", "demux/:"), three times or more: design notes that file their text under
  // the names of files or parts. Each heads its text, whatever case it opens with (a path, an identifier).
  const namedOverText = paragraphs.map((p, i) => {
    if (p.raw !== undefined || (p.indent ?? 0) !== 0 || headingBodies[i] !== null) return null;
    const term = /^(\S[^:\n]{0,59}?):[ \t]*$/u.exec(sourceLines[p.line - 1] ?? '')?.[1];
    const under = sourceLines[p.line];
    if (term === undefined || under === undefined || indent(under) < 2 || wordCount(term) > 6 || isClause(term) || !/\p{L}/u.test(term)) return null;
    const body = p.text.slice(p.text.indexOf(':') + 1).trim();
    return body === '' || remarkLabel.test(term.trim()) || connectiveLabel.test(term.trim()) ? null : { heading: term.trim(), body };
  });
  if (namedOverText.filter((n) => n !== null).length >= 3) namedOverText.forEach((n, i) => n !== null && (headingBodies[i] = n));
  const terms = headingBodies.map((hb) => hb?.heading ?? null);
  const repeatedTerms = new Set(terms.flatMap((term, i) => (term !== null && (terms[i - 1] === term || terms[i + 1] === term) ? [i] : [])));
  // How many paragraphs open with each term.
  const termUses = new Map<string, number>();
  for (const term of terms) if (term !== null) termUses.set(term, (termUses.get(term) ?? 0) + 1);
  // So are three or more that number one term ("Lab 1: distributed big-data framework", "Lab 2: client/server…"), short
  // and a line after another: a list of them, not a section of one line each.
  const numberedTerm = (i: number): string | null => {
    const term = terms[i];
    const p = paragraphs[i];
    return term && p && /\d/u.test(term) && wordCount(p.text) <= 40 ? numberShape(term).toLowerCase() : null;
  };
  for (const [from, to] of lineRuns(paragraphs, numberedTerm)) if (to - from >= 3) for (let k = from; k < to; k += 1) repeatedTerms.add(k);
  paragraphs.forEach((p, i) => p.definition === true && repeatedTerms.add(i));
  for (const i of dialogueTurns(terms, paragraphs)) {
    repeatedTerms.add(i);
    (paragraphs[i] as Paragraph).turn = true;
  }
  // A bulleted "Term: text" among bulleted items without a term, a line after another ("* XUtils: use strchr…" in a
  // changelog's list of changes): an item of that list, not a heading; where every item has its term, they head.
  for (const [from, to] of lineRuns(paragraphs, (i) => (bulletItem.test(paragraphs[i]?.text ?? '') ? 'item' : null))) {
    const termed = terms.slice(from, to).filter((t) => t !== null).length;
    if (to - from >= 2 && termed < to - from) for (let k = from; k < to; k += 1) if (terms[k] !== null) repeatedTerms.add(k);
  }
  // A numbered step set in whose words run to a colon ("  2. Tapez :  :q! <Entrée>" after "  1. Appuyez…") is a step of
  // its list, not a heading.
  terms.forEach((term, i) => {
    const p = paragraphs[i];
    if (term !== null && p !== undefined && (p.indent ?? 0) >= 2 && neighbourSteps(paragraphs, i, 1).length > 0) repeatedTerms.add(i);
  });
  // So are three or more under a sentence of a section that announces them ("…auront la signification suivante:" over
  // "Contrat: désigne…", "Logiciel: désigne…"), a sentence or two each: the definitions it announces. (Before the first
  // heading, such a sentence announces the text's sections: "Here are some reasons why…:" over "Mutual Distrust: …".)
  const announcedTerms = (i: number): void => {
    const p = paragraphs[i];
    if (!p || terms[i] !== null || !/[:：]$/u.test(p.text.trim()) || p.raw !== undefined || wordCount(p.text) < 4) return;
    let end = i + 1;
    while (end < paragraphs.length && terms[end] !== null) end += 1;
    const short = paragraphs.slice(i + 1, end).every((q) => wordCount(q.text) <= 40);
    if (end - i - 1 >= 3 && short) for (let k = i + 1; k < end; k += 1) repeatedTerms.add(k);
  };
  paragraphs.forEach((p, i) => {
    if (sections.length > 0) announcedTerms(i);
    const question = questions.get(i);
    if (answerIndent !== null && (p.indent ?? 0) <= answerIndent && question === undefined) answerIndent = null;
    if (question !== undefined) {
      if (question.depth === 1) answerIndent = p.indent ?? 0;
      // Under a heading of the author's ("WHERE TO GET INFORMATION" over its quoted questions), a question is a level in.
      // (The author's last heading, found by reading on from where the last question looked: linear in the sections.)
      for (; scanned < sections.length; scanned += 1) if (!questionSections.has(sections[scanned] as Section)) authorsLast = sections[scanned];
      const under = authorsLast;
      // (A question set in under the author's heading, a level or two in: setInQuestions'.)
      const level = question.depth !== undefined ? Math.min(6, (under?.level ?? 1) + question.depth) : question.quoted && under ? under.level + 1 : 2;
      sections.push({ heading: question.heading, level, line: p.line, blocks: question.rest ? [toBlock({ text: question.rest, line: p.line + 1 })] : [] });
      questionSections.add(sections[sections.length - 1] as Section);
      origin.set(sections[sections.length - 1] as Section, { paragraph: p, blocks: question.rest ? 1 : 0 });
      return;
    }
    // A block laid out in columns (a diagram, a worked example) holds no "Heading: body" ("Input data:  0x14fb9c03d97e").
    const chapter = book && chapterLine(p);
    // Lines kept as written (code, an example, a diagram) are never a heading.
    const inAnswer = answerIndent !== null && (p.indent ?? 0) > answerIndent;
    const canHead = p.raw === undefined && !nestedAt[i] && !inAnswer && p.field !== true && p.unmarked !== true && /\p{L}/u.test(p.text.split('\n')[0] ?? '');
    // (An outline's topic heads whole: "Motivation: many applications in datacenter cluster need to coordinate".)
    // (A line the contents list names heads, whatever it reads like.)
    // (Its first line, over a line of its own tag, "[Section:MISSING_DESCRIPTORS]", which stays with it, or over its text.)
    const [firstLine = '', ...restLines] = p.text.split('\n');
    const tagged = restLines.length === 1 && /^\s*\[[^\]\n]{1,60}\]\s*$/u.test(restLines[0] ?? '');
    const inContents =
      canHead && listedInContents.size > 0 && listedInContents.has(sameWords(firstLine))
        ? listedHeading(tagged ? `${firstLine.trim()} ${(restLines[0] ?? '').trim()}` : firstLine)
        : null;
    const contentsBody = inContents !== null && !tagged && restLines.length > 0 ? restLines.join('\n') : null;
    // (Not a line the paragraph over it runs on into, that paragraph's sentence stopping on a word in lower case with no
    // mark after it: "Pro zájemce uvádím odkaz na" over "A History of Haskell: Being Lazy With Class", the work it names.)
    // (One blank line apart only: a heading set apart by more, "Section 6: {m} {G}" three lines under "…to advance the
    // file", heads what follows; nor after an item, which may end so.)
    const over = paragraphs[i - 1];
    const lastLine = over?.text.trim().split('\n').at(-1) ?? '';
    const runsInto =
      over !== undefined &&
      over.raw === undefined &&
      over.underlined !== true &&
      wordCount(over.text) >= 6 &&
      !listMarker.test(lastLine) &&
      /(?:^|\s)\p{Ll}+$/u.test(lastLine) &&
      p.line - (over.line + over.text.split('\n').length) <= 1;
    const hb =
      isPreformatted(p.text) || chapter || !canHead || p.underlined || p.topic === true || repeatedTerms.has(i) || inContents !== null || runsInto
        ? null
        : (headingBodies[i] ?? null);
    const next = paragraphs[i + 1];
    // An item among items ("* PAP, Password Authentication Protocol" under "Supported auth protocols:"), or the one item
    // a line with a colon introduces, is a list's, not a heading; an item alone over text may be one.
    // (So is an item alone right under an underlined heading, "KEEP_ALIVE (0x83)" over "-----" over "• No payload": the
    // section's first point, not a heading that leaves the one above it empty.)
    const amongItems =
      bulletItem.test(p.text) &&
      ([paragraphs[i - 1], next].some((q) => q !== undefined && q.raw === undefined && bulletItem.test(q.text)) ||
        /[:：]\s*$/u.test(paragraphs[i - 1]?.text ?? '') ||
        paragraphs[i - 1]?.underlined === true);
    // Not the next item of a list whose item before it was text ("1. The GNU General Public License, as published…" over
    // its lines, then "or", then "2. The Less License, in the file LICENSE."): an item too.
    const number = itemNumber(p.text);
    // Nor one on the line right under the item before it ("2. Galileo was a martyr…" over "3. The scientific revolution
    // liberated science from religion"): a list written line by line, whose short items are no headings.
    const before = paragraphs[i - 1];
    const listed =
      (number >= 2 &&
        !(lastNumbered?.heading.startsWith(`${number - 1}.`) ?? false) &&
        paragraphs.slice(Math.max(0, i - 3), i).some((q) => itemNumber(q.text) === number - 1 && q.text.includes('\n'))) ||
      (number >= 2 && before !== undefined && itemNumber(before.text) === number - 1 && p.line === before.line + before.text.split('\n').length) ||
      (number === 1 && next !== undefined && itemNumber(next.text) === 2 && next.line === p.line + p.text.split('\n').length) ||
      // (Steps set in, a blank line between them, "  3. Placez le curseur…" over "  4. Tapez dw pour…": the next step of
      // the same list, the one right before or after it, or a sentence of a step a remark or two away from the other;
      // headings set in have text between them and end on no full stop.)
      ((p.indent ?? 0) >= 2 &&
        neighbourSteps(paragraphs, i, 3).some((q) => q === before || q === next || (/\.$/u.test(p.text.trim()) && wordCount(p.text) >= 6)));
    // Nor the title of a poem an essay quotes, set in from the text over its lines set in as far ("  THE OLD MARLBOROUGH
    // ROAD" over "   Where they once dug for money," / "   But never found any;"): the rest of the essay had gone on under it
    // as that section, thirty-four slides of "(cont.)".
    const verseLines = next?.text.split('\n') ?? [];
    const verseTitle =
      !p.text.includes('\n') &&
      (p.indent ?? 0) > bodyIndent &&
      (next?.indent ?? 0) >= (p.indent ?? 0) &&
      verseLines.length >= 3 &&
      verseLines.every((l) => l.trim().length <= 60) &&
      verseLines.filter((l) => /^\s*["“‘']?\p{Lu}/u.test(l)).length >= verseLines.length * 0.7 &&
      verseLines.filter((l) => !/[.!?]["”’']?\s*$/u.test(l)).length >= verseLines.length * 0.5;
    const bare =
      chapter || (p.underlined && !copyrightLine.test(p.text))
        ? p.text.trim().replace(/\s+/gu, ' ')
        : hb === null && next !== undefined && canHead && !amongItems && !listed && !repeatedTerms.has(i) && !setIn(p, i) && !verseTitle
          ? // (A line set apart as the text's other headings are heads whatever case it opens with: insetHeadings'; so does
            // an outline's topic, a question or a label over its points: "Why are we reading this paper?", "Design challenges:".)
            (matchBareHeading(p.text) ??
            (inset.has(i) && !/^\d/u.test(p.text.trim()) ? p.text.trim() : p.topic === true ? p.text.trim().replace(/\s*[:：]$/u, '') : null))
          : null;
    // (A clause of a lettered scheme, "B.2. Explicit NON-Requirements", heads the numbered items under it too.)
    const headingLike =
      hb === null &&
      canHead &&
      next !== undefined &&
      (!listMarker.test(next.text) || (letteredClause.test(p.text.trim()) && /^[A-Z][. ]\d/u.test(p.text.trim()))) &&
      (!p.text.includes('\n') || wrappedClause(p.text) !== null);
    // (A numbered line set in that ends with a colon over an example set in further, "  1. Private names should be written
    // like:" over "      lower_case_with_under_scores", is a rule of a list and its example, not a section.)
    const rule = (p.indent ?? 0) >= 2 && /[:：]\s*$/u.test(p.text) && (next?.indent ?? 0) > (p.indent ?? 0);
    // (Nor a numbered line set in among text set in under headings at the margin: "200 Leafnode NNTP Daemon, version xx
    // running at yy", a server's answer a FAQ shows, had headed eleven of its questions.)
    const numbered =
      inContents ??
      (headingLike && !listed && !rule && !setIn(p, i)
        ? (wrappedClause(p.text) ?? matchNumberedHeading(p.text) ?? nextInSequence(p.text, lastNumbered) ?? opensRun(i))
        : null);
    if (numbered !== null) {
      // "3. Protecting Users' Legal Rights." over paragraphs: a clause, under the unnumbered heading before it when that
      // heading has nothing of its own ("TERMS AND CONDITIONS"); after one with text ("Abstract", a specification's
      // front matter), numbered sections are its siblings.
      const parent = [...sections].reverse().find((s) => s.level === 2 && !s.numbered && s.blocks.length === 0);
      // Numbers begun afresh under a heading of the letters' scheme ("B.1. General Requirements" over "1. Conformity…",
      // "2. Code diversity…"): that heading's items, a level under it, until the letters go on ("B.2. …").
      const lettered = letteredClause.test(numbered.heading);
      if (lettered) numberedUnder = null;
      else if (numbered.depth === 1 && itemNumber(p.text) === 1 && lastNumbered && letteredClause.test(lastNumbered.heading))
        numberedUnder = Math.min(6, lastNumbered.level + 1);
      const level = !lettered && numbered.depth === 1 && numberedUnder !== null ? numberedUnder : Math.min(6, numbered.depth + (parent ? 2 : 1));
      lastNumbered = {
        heading: numbered.heading,
        level,
        line: p.line,
        blocks: contentsBody !== null ? [toBlock({ text: contentsBody, line: p.line + 1 })] : [],
        numbered: true,
      };
      sections.push(lastNumbered);
    } else if (hb) {
      // The term heads what follows it; a FAQ's "Q:  There are many LZMA related projects. How does XZ Utils relate to
      // them?" is headed by its question, and a term that heads several sections ("Topic: fault tolerance", "Topic:
      // consistency") by its whole line (or each would be titled "Topic"): then the line is all heading.
      const question = /^(?:q|question|frage|pregunta|domanda|вопрос)$/iu.test(hb.heading) && asking.test(hb.body.trim()) && wordCount(hb.body) <= 30;
      const whole = !question && (termUses.get(hb.heading) ?? 0) >= 2 && !hb.body.includes('\n') && wordCount(hb.body) <= 6;
      const heading = question ? hb.body.replace(/\s+/gu, ' ').trim() : whole ? p.text.trim().replace(/^[-*+•–]\s+/u, '') : hb.heading;
      const blocks = question || whole ? [] : [toBlock({ text: hb.body, line: p.line })];
      sections.push({ heading, level: 2, line: p.line, blocks });
      origin.set(sections[sections.length - 1] as Section, { paragraph: p, blocks: blocks.length });
    } else if (bare !== null || lowerLabels.has(i)) {
      // (A label in lower case, or an outline's topic, under a numbered heading heads a part of that section: a
      // specification's parameter, "      cbtdisabled" over its default and range under "2.4.6. Consensus parameters",
      // had been a part of its own in the agenda, beside the numbered sections.)
      const under =
        (bare === null || p.topic === true) && p.level === undefined && lastNumbered !== undefined ? Math.min(6, lastNumbered.level + 1) : undefined;
      sections.push({
        heading: bare ?? p.text.trim(),
        level: under ?? underlinedLevel(p) ?? 2,
        line: p.line,
        blocks: [],
        ...(p.indexed ? { numbered: true } : {}),
      });
      origin.set(sections[sections.length - 1] as Section, { paragraph: p, blocks: 0 });
    } else {
      const target = sections[sections.length - 1];
      (target ? target.blocks : intro).push(toBlock(p));
    }
  });
  // The one "Term: text" paragraph of an essay, after paragraphs of its prose ("Unjust laws exist:  shall we be content to
  // obey them…", two thirds into Thoreau's): a sentence with a colon, not the heading of all the text after it.
  const lone = sections.length === 1 ? sections[0] : undefined;
  const loneFrom = lone ? origin.get(lone) : undefined;
  if (lone && loneFrom && loneFrom.blocks === 1 && intro.filter((b) => b.kind === 'paragraph' && wordCount(b.text) >= 20).length >= 3) {
    intro.push(toBlock(loneFrom.paragraph), ...lone.blocks.slice(1));
    sections.length = 0;
  }
  endnotes(sections, intro);
  inlineFootnotes(sections, intro);
  contentsSections(sections);
  foldIntoChapters(sections, origin);
  emptyLines(sections, origin, intro);
  nestUnderNumbered(sections);
  for (const section of sections) section.blocks = illustrationMarks(mergeLists(section.blocks));
  memoBoilerplate(sections, publisher);
  const summary = sections.length > 0 ? takeSummary(sections, intro) : [];
  // Under a copyright notice, the text's first heading names it (the GNU Manifesto's "The GNU Manifesto" under its notice).
  if (title === null && notice.length > 0 && intro.length === 0) title = sections[0]?.heading ?? null;
  return {
    // (A title framed by the same marks on either side, "* 文節境界の検出モジュール(splitter)について *", "== Notes ==": its words.)
    title: title === null ? null : (/^([*=~#+-]{1,3})\s+(\S.*?)\s+\1$/u.exec(title.trim())?.[2] ?? title),
    // "Contents" under the title is the label of the contents, not a subtitle.
    subtitle: subtitle !== null && contentsLabel.test(subtitle) ? null : subtitle,
    author,
    date,
    lang: null,
    intro: illustrationMarks(mergeLists(intro)),
    sections,
    summary,
    summaryTitle: null,
    ...(publisher.opening.length + publisher.closing.length > 0
      ? { publisher: { opening: publisher.opening.map(toBlock), closing: publisher.closing.map(toBlock) } }
      : {}),
  };
}

/** The standard sections of an RFC or Internet-Draft that are the series' own, not the memo's subject. */
const memoFront = /^(?:status\s+of\s+this\s+memo|copyright\s+notice)$/iu;
const memoBack =
  /^(?:full\s+copyright\s+statement|copyright\s+statement|authors?['’]?s?\s+address(?:es)?|intellectual\s+property(?:\s+rights)?|acknowledge?ments?\s+of\s+funding)$/iu;

/**
 * An RFC's or Internet-Draft's boilerplate (known by its "Status of this Memo"): the sections before its first numbered
 * one that say what the memo is and who holds its copyright go to the title slide's notes; its full copyright statement,
 * the authors' postal addresses and the IETF's property notice at the end, to the closing notes. A talk on the memo
 * presents none of them. In place.
 */
function memoBoilerplate(sections: Section[], publisher: { opening: Paragraph[]; closing: Paragraph[] }): void {
  if (!sections.some((s) => /^status\s+of\s+this\s+memo$/iu.test(s.heading.trim()))) return;
  // (Only where numbered sections follow: the memo's own text is theirs.)
  const asParagraphs = (section: Section): Paragraph[] => [
    { text: section.heading, line: section.line },
    ...section.blocks.map((b) => ({ text: b.text, line: b.line ?? section.line })),
  ];
  const numbered = sections.findIndex((s) => /^\d/u.test(s.heading.trim()));
  const kept: Section[] = [];
  // (An address's lines may read as headings of their own, "Larry Masinter" under "Author's Address": up to the next
  // numbered section, they go with it.)
  let back = false;
  sections.forEach((section, k) => {
    const heading = section.heading.trim().replace(/^\d+(?:\.\d+)*\.?\s+/u, '');
    if (/^\d/u.test(section.heading.trim())) back = false;
    if (memoFront.test(heading) && k < numbered) publisher.opening.push(...asParagraphs(section));
    else if (memoBack.test(heading) || back) {
      publisher.closing.push(...asParagraphs(section));
      back = true;
    } else kept.push(section);
  });
  sections.splice(0, sections.length, ...kept);
}

/**
 * An e-text's marks where a printed edition had a picture ("[Illustration: YE FIRST TASTE.]", "[Illustration]"): no
 * picture to show and no point of the text, the speaker's notes only.
 */
const illustrationMark = /^\[(?:Illustrations?|Pictures?|Frontispiece|Plate)(?:[:.][^\]]*)?\]$/iu;
const illustrationMarks = (blocks: Block[]): Block[] =>
  blocks.map((b) => (b.kind === 'paragraph' && illustrationMark.test(b.text.trim()) ? { ...b, folded: true } : b));

/** The label of a table of contents, in the languages lectern labels. */
const contentsLabel =
  /^\s*(?:(?:tables?\s+of\s+)?contents|inhalt|inhaltsverzeichnis|sommaire|table\s+des\s+mati[èe]res|[íi]ndice|contenidos?|indice|sumário)\s*:?\s*$/iu;

/**
 * A book's or a collection's contents set as headings (each title, perhaps over a line that describes it: "ETHER AND
 * THE THEORY OF RELATIVITY" over "An Address delivered on May 5th, 1920"), before the text whose headings they are:
 * two or more sections at the start, each of a short paragraph or two at most, whose headings come again later in the
 * same order over the same lines. The deck's agenda says them; they are taken out of `sections`.
 */
function contentsSections(sections: Section[]): void {
  let run = 0;
  while (run < sections.length) {
    const section = sections[run] as Section;
    const words = section.blocks.reduce((n, b) => n + wordCount(b.text), 0);
    if (section.blocks.length > 2 || words > 60 || section.blocks.some((b) => b.kind !== 'paragraph')) break;
    run += 1;
  }
  for (let n = run; n >= 2; n -= 1) {
    let at = n;
    const headings = new Set(sections.slice(0, n).map((s) => sameWords(s.heading)));
    // Each again later, in order, with what it says under it there too: nothing of the text is lost with them.
    const found =
      headings.size === n &&
      sections.slice(0, n).every((s) => {
        while (at < sections.length && sameWords((sections[at] as Section).heading) !== sameWords(s.heading)) at += 1;
        const again = sections[at];
        at += 1;
        return again !== undefined && s.blocks.every((b) => again.blocks.some((c) => sameWords(c.text) === sameWords(b.text)));
      });
    if (found) {
      sections.splice(0, n);
      return;
    }
  }
}

/**
 * Headings set in from the text: numbered ones ("\t\t0. Contents of this directory", "\t\t1. Short intro", as Linux
 * 0.01's release notes write them), three or more lines alone, numbered on one after another at one indentation well
 * past the text's, with text less indented between them; or two or more short lines of words alone so set. Headings,
 * not lines nested in the paragraph before. Their indexes.
 */
function insetHeadings(paragraphs: Paragraph[], bodyIndent: number): Set<number> {
  const found = new Set<number>();
  let run: { i: number; n: number; indent: number }[] = [];
  const close = (): void => {
    if (run.length >= 3) for (const r of run) found.add(r.i);
    run = [];
  };
  paragraphs.forEach((p, i) => {
    const indent = p.indent ?? 0;
    const n = p.raw === undefined && !p.text.includes('\n') && indent >= bodyIndent + 6 ? /^(\d{1,2})[.)]\s+\p{Lu}/u.exec(p.text.trim())?.[1] : undefined;
    if (n === undefined) return;
    const last = run[run.length - 1];
    // Text between this one and the last, set less deep than they are.
    const between = last !== undefined && paragraphs.slice(last.i + 1, i).some((q) => (q.indent ?? 0) < indent);
    if (!(last !== undefined && Number(n) === last.n + 1 && indent === last.indent && between)) close();
    run.push({ i, n: Number(n), indent });
  });
  close();
  // Unnumbered, two or more: short lines of words alone, set in well past the text before and after them (busybox's
  // "\t\tDrawbacks", "\t\tKeeping code small" between paragraphs at the margin).
  // Where they are, a line so set at one of their indentations heads too, whatever case it opens with and with a name's
  // underscores ("\t\tgcc's data alignment problem", "\t\tbb_common_bufsiz1" beside "\t\tDrawbacks").
  const setApart = (i: number, words: RegExp, indents?: Set<number>): boolean => {
    const p = paragraphs[i];
    const indent = p?.indent ?? 0;
    const line = p?.text.trim() ?? '';
    const around = [paragraphs[i - 1], paragraphs[i + 1]].every((q) => q === undefined || (q.indent ?? 0) < indent - 4);
    return (
      p !== undefined &&
      p.raw === undefined &&
      !p.text.includes('\n') &&
      indent >= bodyIndent + 6 &&
      (indents === undefined || indents.has(indent)) &&
      around &&
      words.test(line) &&
      wordCount(line) <= 8
    );
  };
  const set = paragraphs.flatMap((_, i) => (setApart(i, /^\p{Lu}[\p{L}\p{N}'’ -]*$/u) ? [i] : []));
  if (set.length >= 2) {
    const indents = new Set(set.map((i) => paragraphs[i]?.indent ?? 0));
    paragraphs.forEach((_, i) => (set.includes(i) || setApart(i, /^[\p{L}\p{N}_'’ -]*\p{L}[\p{L}\p{N}_'’ -]*$/u, indents)) && found.add(i));
  }
  // A specification's numbered sub-sections set in less deep than their text ("   1.1. Purpose" over text at six, under
  // "1. Introduction" at the margin), three or more: headings, however far in the text is set.
  const subsections = paragraphs.flatMap((p, i) => {
    const indent = p.indent ?? 0;
    const line = p.text.trim();
    const next = paragraphs[i + 1];
    return p.raw === undefined &&
      !p.text.includes('\n') &&
      indent >= 1 &&
      next !== undefined &&
      (next.indent ?? 0) > indent &&
      /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\p{Lu}/u.test(line) &&
      !/\.{3,}|(?:\.\s){3,}|\s{2,}\d{1,4}$/u.test(line) &&
      wordCount(line) <= 12
      ? [i]
      : [];
  });
  if (subsections.length >= 3) for (const i of subsections) found.add(i);
  return found;
}

/**
 * A specification's fields: a name in the body over what it means, indented under it ("Type" over "3", "Code" over
 * "0 = net unreachable;", "1 = host unreachable;"), three or more in a run at one indentation. Each becomes one
 * paragraph, "Type: 3", the name its lead-in: never a heading of its own, nor its values points apart. In place.
 */
function fieldDefinitions(paragraphs: Paragraph[], bodyIndent: number): void {
  const isName = (p: Paragraph | undefined): boolean =>
    p !== undefined &&
    p.raw === undefined &&
    !p.text.includes('\n') &&
    wordCount(p.text) <= 6 &&
    !/[.,;!?]$/u.test(p.text.trim()) &&
    // A field that already gives its value ("Optional parameters: charset, header") is a "Term: text" of its own.
    !/[:：]\s+\S/u.test(p.text) &&
    // In the body (about its indentation), not a heading at the margin of an indented text.
    (p.indent ?? 0) >= Math.max(bodyIndent > 0 ? 1 : 0, bodyIndent - 2) &&
    !listMarker.test(p.text) &&
    matchNumberedHeading(p.text) === null;
  // Each name's meaning: the paragraphs after it indented two columns or more past it.
  const meaningOf = (i: number): number => {
    const indent = paragraphs[i]?.indent ?? 0;
    let end = i + 1;
    // A value of one line ("4", "ICMP = 1") reads as written, as data: it is a meaning too.
    // (Not a command at a shell's prompt, "$ pkgtool search      (apt-cache --names-only)" under "To do this, use:": a
    // line of a session, shown as typed, its spaces and all.)
    const oneLine = (m: Paragraph | undefined): boolean =>
      m !== undefined && (m.raw === undefined || !m.raw.trim().includes('\n')) && !/^[$#%]\s/u.test((m.raw ?? m.text).trim());
    // (Items with their marks under a label, "  Preprocessing:" over "    * Color space conversion", are a list, not a value.)
    while (
      end < paragraphs.length &&
      oneLine(paragraphs[end]) &&
      !listMarker.test(paragraphs[end]?.text ?? '') &&
      (paragraphs[end]?.indent ?? paragraphs[end]?.margin ?? 0) >= indent + 2
    )
      end += 1;
    return end;
  };
  for (let i = 0; i < paragraphs.length; i += 1) {
    // A run: names at one indentation, each over its meaning, one right after another's.
    // A label over some of them ("IP Fields:", "ICMP Fields:") goes on with the run, as it is.
    const run: { at: number; end: number; label?: boolean }[] = [];
    for (let k = i; isName(paragraphs[k]) && (paragraphs[k]?.indent ?? 0) === (paragraphs[i]?.indent ?? 0);) {
      const end = meaningOf(k);
      const label = end === k + 1 && /[:：]$/u.test(paragraphs[k]?.text.trim() ?? '');
      if (end === k + 1 && !label) break;
      run.push({ at: k, end, ...(label ? { label } : {}) });
      k = end;
    }
    while (run.at(-1)?.label === true) run.pop();
    if (run.filter((r) => r.label !== true).length < 3) continue;
    const merged = run.map(({ at, end, label }) => {
      const name = paragraphs[at] as Paragraph;
      if (label) return name;
      const meaning = paragraphs
        .slice(at + 1, end)
        .map((m) => (m.raw ?? m.text).trim().replace(/\s+/gu, ' '))
        .join(' ');
      return { text: `${name.text.trim().replace(/[:：]$/u, '')}: ${meaning}`, line: name.line, indent: name.indent, field: true };
    });
    const last = run[run.length - 1] as { end: number };
    paragraphs.splice(i, last.end - i, ...merged);
    i += merged.length - 1;
  }
}

/** Words that end as a question does ("…NEdit users?", "…works?\"" with its closing quote). */
const asking = /\?["'”’)]*$/u;

/** A FAQ's question marked with stars ("*** What does CRM114 stand for?"): its answers, like a numbered one's, may open with a dash. */
const starMark = /^\*{2,3}$/u;

/** The dash that opens a FAQ's answer under its numbered question. */
const answerMark = /^[-–]\s+(?=\S)/u;

/** A FAQ's question: an item of a line or two at the margin ("* How do I use UTF-8?", "3a) I have SMAUG, now what?", "*** Why?"). */
const questionItem =
  /^([*+•-]|\*{2,3}|\d{1,3}[a-z]?[.)])\s+(\S[^\n]*?\?(?=[ \t]{2,}\S)|\S[^\n]*?(?:[^\n?!.]\n[ \t]*\S[^\n]*){0,3}?)(?:$|(?<=[?!.:])\n([\s\S]+)$|(?<=\?)[ \t]{2,}(\S[\s\S]*)$)/u;

/**
 * A paragraph whose every line is quoted, as a mailing list's FAQ quotes the asker ("> How do I …", "> … in NEdit?"):
 * its question (the words up to a quoted blank line, or their first sentence: thirty words at most) and what it
 * quotes after that (an error message), its lines as written; null for any other paragraph.
 */
function quotedQuestion(text: string): { heading: string; rest: string | null } | null {
  const lines = text.trimEnd().split('\n');
  if (!/^>[ \t]?\S/u.test(lines[0] ?? '') || !lines.every((l) => /^>/u.test(l))) return null;
  const body = lines.map((l) => l.replace(/^>[ \t]?/u, ''));
  const blank = body.findIndex((l) => l.trim() === '');
  const head = (blank < 0 ? body : body.slice(0, blank)).join(' ').replace(/\s+/gu, ' ').trim();
  const quotedRest = blank < 0 ? [] : body.slice(blank + 1);
  if (wordCount(head) <= 30) return { heading: head, rest: quotedRest.length > 0 ? quotedRest.join('\n') : null };
  // A long one: its first sentence, the rest of it with what follows.
  const first = /^[\s\S]*?[?.!](?=\s|$)/u.exec(head)?.[0] ?? '';
  if (first === '' || wordCount(first) > 30) return null;
  const more = [head.slice(first.length).trim(), ...quotedRest].filter((l) => l !== '');
  return { heading: first, rest: more.length > 0 ? more.join('\n') : null };
}

/**
 * A plain-text FAQ's questions ("* How is tmux different from GNU screen?" over answers written at the margin), by the
 * index of their paragraph, as headings: three or more items of one marker, each over a paragraph at the margin that is
 * no item, most of them asking. A list whose items stand apart is no FAQ: nothing but items follows its items. Numbered
 * questions ("1) What is SMAUG?", "3a) …", "3b) …" over answers indented or not) keep their numbers; their numbers go
 * up, and a third of them or more ask (the others say what goes wrong: "4a) I'm getting two warnings in interp.c").
 */
function faqQuestions(paragraphs: Paragraph[]): Map<number, { heading: string; rest: string | null; quoted: boolean }> {
  const found = new Map<number, { marker: string; number: number | null; text: string; rest: string | null }>();
  paragraphs.forEach((p, i) => {
    // A question written as a quoted line or two ("> Are there any mailing lists for NEdit users?"), as a mailing list's FAQ asks.
    // (One over several lines was read as quoted text laid out as written: a question all the same where it asks.)
    const asks = (q: { heading: string } | null): boolean => q !== null && asking.test(q.heading);
    const quoted = (p.indent ?? 0) !== 0 ? null : p.raw === undefined ? quotedQuestion(p.text) : asks(quotedQuestion(p.raw)) ? quotedQuestion(p.raw) : null;
    if (quoted !== null) {
      if (paragraphs[i + 1] !== undefined && quotedQuestion(paragraphs[i + 1]?.text ?? '') === null)
        found.set(i, { marker: '>', number: null, text: quoted.heading, rest: quoted.rest });
      return;
    }
    // (A numbered question may be set in a column or two, " 1. What is ZLIB1.DLL?", its answers further in.)
    const m = p.raw === undefined && (p.indent ?? 0) <= 2 ? questionItem.exec(p.text.trimEnd()) : null;
    const next = paragraphs[i + 1];
    const numbered = m?.[1] !== undefined && /^\d/u.test(m[1]);
    if (!numbered && (p.indent ?? 0) !== 0) return;
    // An answer may open with a dash, set in under its question ("  - ZLIB1.DLL is the common build of zlib as a DLL."):
    // the answer's mark, no list (answerMark below).
    // (So may one at the margin under a question marked with stars, "*** What does CRM114 stand for?" over "- CRM stands…".)
    const stars = m?.[1] !== undefined && starMark.test(m[1]);
    const dashAnswer = (numbered || stars) && next !== undefined && ((next.indent ?? 0) > (p.indent ?? 0) || stars) && answerMark.test(next.text);
    if (
      !m?.[1] ||
      !m[2] ||
      !next ||
      (!numbered && (next.indent ?? 0) !== 0) ||
      (!dashAnswer && (listMarker.test(next.text) || questionItem.test(next.text.trimEnd())))
    )
      return;
    const text = m[2].replace(/\s+/gu, ' ').trim();
    // (A question over three or four lines, "My mailtool sometimes reports that it is confused about the state of" over
    // two more, asks at some length: forty-five words at most.)
    if (wordCount(text) > 45) return;
    // A numbered question that ends its line, over a line of its answer ("3) Adding colour to the whole game!" over "Open
    // the header file…"), or the words after it on its line ("19. How can I …?  E-mail for several people…"), or what
    // it quotes under a colon ("…get back an error saying:" over the error): the answer starts there.
    const after = m[3] ?? m[4];
    const following = numbered || stars ? (after?.trim() ?? null) : null;
    if (after !== undefined && following === null) return;
    // A second question on the line under the first ("2. Why did you change the name of the DLL?" over "What happened to
    // the old ZLIB.DLL?") asks with it: the heading holds both.
    const asksOn = following !== null && !following.includes('\n') && /\?$/u.test(following) && wordCount(following) <= 15;
    const rest = asksOn ? null : following;
    found.set(
      i,
      numbered
        ? { marker: `n${m[1].slice(-1)}`, number: parseInt(m[1], 10), text: `${m[1]} ${asksOn ? `${text} ${following}` : text}`, rest }
        : { marker: m[1], number: null, text, rest },
    );
  });
  const markers = new Map<string, number>();
  for (const q of found.values()) markers.set(q.marker, (markers.get(q.marker) ?? 0) + 1);
  const [marker, count] = [...markers].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const chosen = [...found].filter(([, q]) => q.marker === marker);
  const asked = chosen.filter(([, q]) => asking.test(q.text)).length;
  const numbers = chosen.map(([, q]) => q.number ?? 0);
  const rising = numbers.every((n, k) => k === 0 || n >= (numbers[k - 1] ?? 0));
  // Questions quoted from their askers may say what goes wrong ("> My X resource settings don't work."): a third of them
  // asking is enough, as for numbered ones.
  if (count < 3 || (marker.startsWith('n') ? asked * 3 < count || !rising : marker === '>' ? asked * 3 < count : asked * 2 < count)) return new Map();
  // Answers that each open with a dash under their numbered question: the dash marks the answer, and goes.
  const answers = chosen.map(([i]) => paragraphs[i + 1]).filter((a): a is Paragraph => a !== undefined && answerMark.test(a.text));
  if ((marker.startsWith('n') || starMark.test(marker)) && answers.length >= chosen.length * 0.8)
    for (const a of answers) a.text = a.text.replace(answerMark, '');
  return new Map(chosen.map(([i, q]) => [i, { heading: q.text, rest: q.rest, quoted: marker === '>' }]));
}

/** A date in figures alone ("07.11.2017", "2021-02-01", "2026/04/27"). */
const figuresDate = new RegExp(`^(?:${numericDate.source}|\\d{4}/\\d{1,2}/\\d{1,2})$`, 'u');

/**
 * The rows a first paragraph opens with that are a letterhead, not text: two columns apart ("2026/04/27" far left of
 * "Willy Tarreau") or a line set at the right edge ("HAProxy Technologies"); with the date and the author they give (a
 * name of two or three words in the first row's right column). Null where it opens with none, or is nothing else.
 */
function letterhead(p: Paragraph | undefined, lines: string[]): { rows: number; date: string | null; author: string | null } | null {
  if (p === undefined || p.raw !== undefined) return null;
  const rows = lines.slice(p.line - 1, p.line - 1 + p.text.split('\n').length).map(expandTabs);
  const edge = Math.max(...rows.map((r) => r.trimEnd().length));
  const twoColumns = (r: string): boolean => /\S {8,}\S/u.test(r.trim());
  const atRight = (r: string): boolean => indent(r) >= 30 && r.trimEnd().length >= edge - 2;
  let k = 0;
  while (k < rows.length - 1 && (twoColumns(rows[k] ?? '') || atRight(rows[k] ?? ''))) k += 1;
  if (k === 0) return null;
  const cells = rows.slice(0, k).flatMap((r) => r.trim().split(/ {3,}/u));
  const date = cells.find((c) => dateLine.test(c) || figuresDate.test(c)) ?? null;
  const right = twoColumns(rows[0] ?? '') ? (rows[0] ?? '').trim().split(/ {3,}/u).at(-1) : undefined;
  const author = right !== undefined && /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?[\p{Ll}'’-]*){1,2}$/u.test(right) ? right : null;
  return { rows: k, date, author };
}

/**
 * A title block centred over the text, as a formatter lays out a manual's first page ("Tux Paint" over "version 0.9.22"
 * over "Frequently Asked Questions", each line about the middle of the page): its first line the title, the others the
 * subtitle; the short centred lines under it before the text (a copyright, an address, the dates) the title page's. The
 * paragraphs are taken out; null where the text opens otherwise.
 */
function centredTitle(paragraphs: Paragraph[], lines: string[]): { title: string; subtitle: string | null; author?: string; page: Paragraph[] } | null {
  const middles = (p: Paragraph | undefined): number[] | null => {
    if (p === undefined || p.raw !== undefined) return null;
    const rows = lines.slice(p.line - 1, p.line - 1 + p.text.split('\n').length).map(expandTabs);
    if (rows.some((r) => indent(r) < 8 || wordCount(r) > 12 || /[.!?;,]["'”’)]*$/u.test(r.trim()))) return null;
    return rows.map((r) => indent(r) + r.trim().length / 2);
  };
  const head = middles(paragraphs[0]);
  const rows = (paragraphs[0]?.text ?? '').split('\n');
  if (head === null || rows.length > 4 || paragraphs.length < 4) return null;
  const middle = head[0] ?? 0;
  const centredOn = (m: number[] | null): boolean => m !== null && m.every((x) => Math.abs(x - middle) <= 3);
  if (!centredOn(head) || !/\p{L}/u.test(rows[0] ?? '')) return null;
  // A title of one line over its authors centred under it, a blank line between ("Tor Guard Specification" over four
  // names, one of them set apart): the deck's title and authors; any other line under it stays where it is.
  const names = (p: Paragraph | undefined): boolean => centredOn(middles(p)) && (p?.text.split('\n') ?? []).every((l) => peopleLine.test(l.trim()));
  if (rows.length === 1) {
    let end = 1;
    while (end < Math.min(paragraphs.length - 1, 6) && names(paragraphs[end])) end += 1;
    if (end === 1) return null;
    const taken = paragraphs.splice(0, end);
    const people = taken.slice(1).flatMap((p) => p.text.split('\n').map((l) => l.trim().replace(/^by\s+/iu, '')));
    return { title: (rows[0] ?? '').trim(), subtitle: null, author: people.join(', '), page: taken.slice(1) };
  }
  let end = 1;
  while (end < Math.min(paragraphs.length - 1, 6) && centredOn(middles(paragraphs[end]))) end += 1;
  const taken = paragraphs.splice(0, end);
  return {
    title: (rows[0] ?? '').trim(),
    subtitle: rows
      .slice(1)
      .map((r) => r.trim())
      .join(' · '),
    page: taken.slice(1),
  };
}

/**
 * A FAQ laid out as a list set in from its headings (a lynx dump's "     * There's no sound!" under "Audio Problems" at
 * the margin), each question an item of a line or two over its answer set in deeper, the answer's paragraphs and items
 * alike: three or more items of one mark at one indentation, two thirds of that list's items or more over prose of their
 * own. Questions that state a problem ("The sound effects sound strange") head as those that ask do: the layout says
 * what they are. An item set in under a question, of the same kind, two or more in one answer, heads a level further in
 * ("          * Is sound disabled in Tux Paint?" over its paragraphs). By the index of their paragraph: the question
 * and its depth (1, or 2 under a question).
 */
function setInQuestions(paragraphs: Paragraph[]): Map<number, { heading: string; depth: number }> {
  const at = (k: number): number => paragraphs[k]?.indent ?? 0;
  // The paragraphs set in deeper than item `i`, right after it: its answer.
  const answerEnd = (i: number): number => {
    let k = i + 1;
    while (k < paragraphs.length && at(k) > at(i)) k += 1;
    return k;
  };
  const prose = (q: Paragraph | undefined): boolean => q !== undefined && q.raw === undefined && !listMarker.test(q.text) && wordCount(q.text) >= 8;
  const mark = (p: Paragraph): string | null => (p.raw === undefined ? (/^([*+•-])\s+\S/u.exec(p.text)?.[1] ?? null) : null);
  const asks = (i: number): boolean => {
    const p = paragraphs[i] as Paragraph;
    const end = answerEnd(i);
    return mark(p) !== null && p.text.split('\n').length <= 2 && wordCount(p.text) <= 25 && end > i + 1 && paragraphs.slice(i + 1, end).some(prose);
  };
  // The items of one mark and indentation within paragraphs [from, to), and those of them over an answer.
  const kinds = (from: number, to: number, deeperThan: number): Map<string, { items: number[]; asking: number[] }> => {
    const found = new Map<string, { items: number[]; asking: number[] }>();
    for (let i = from; i < to; i += 1) {
      const p = paragraphs[i] as Paragraph;
      const m = mark(p);
      if (m === null || at(i) <= deeperThan) continue;
      const key = `${m}@${at(i)}`;
      const kind = found.get(key) ?? { items: [], asking: [] };
      kind.items.push(i);
      if (asks(i)) kind.asking.push(i);
      found.set(key, kind);
    }
    return found;
  };
  const best = [...kinds(0, paragraphs.length, 0).values()].sort((a, b) => b.asking.length - a.asking.length)[0];
  if (best === undefined || best.asking.length < 3 || best.asking.length * 3 < best.items.length * 2) return new Map();
  const found = new Map<number, { heading: string; depth: number }>();
  const headingOf = (i: number): string =>
    (paragraphs[i]?.text ?? '')
      .replace(/^[*+•-]\s+/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
  for (const i of best.asking) {
    found.set(i, { heading: headingOf(i), depth: 1 });
    // Questions within its answer.
    const inner = [...kinds(i + 1, answerEnd(i), at(i)).values()].sort((a, b) => b.asking.length - a.asking.length)[0];
    if (inner !== undefined && inner.asking.length >= 2 && inner.asking.length * 2 >= inner.items.length)
      for (const k of inner.asking) found.set(k, { heading: headingOf(k), depth: 2 });
  }
  return found;
}

/**
 * "8. sendmail V8's new features" after "7. Delivering mail locally": a numbered line that opens with a
 * lower-case word (a program's name) is the next heading when its number follows the last numbered heading's,
 * at the top level, and it reads as a heading (a few words, no sentence's end). Null otherwise.
 */
function nextInSequence(text: string, last: Section | undefined): { heading: string; depth: number } | null {
  if (last === undefined) return null;
  const m = /^(\d{1,3})[.)]?\s+(\p{Ll}[^!?\n]{1,70}?)$/u.exec(text.trim());
  const before = /^(\d{1,3})[.)]?\s/u.exec(last.heading)?.[1];
  if (!m?.[1] || !m[2] || before === undefined || Number(m[1]) !== Number(before) + 1 || wordCount(m[2]) > 9 || /[.:;,]$/u.test(m[2])) return null;
  return { heading: text.trim().replace(/\s+/gu, ' '), depth: 1 };
}

/** Back matter a numbered text leaves unnumbered at its top level. */
const backMatter =
  /^(?:references|bibliography|acknowledge?ments?|appendix|appendices|author'?s'? address(?:es)?|authors|index|glossary|notes|colophon|licen[cs]e|copyright)\b/iu;

/**
 * In a text of numbered sections ("1. Security", "2. Injecting mail locally", three or more), an unnumbered
 * heading after the first of them ("ESMTP support" under "7. Delivering mail locally") is a topic of the
 * numbered section it follows, not one of the text's own: the agenda lists the author's numbered sections.
 */
function nestUnderNumbered(sections: Section[]): void {
  const first = sections.findIndex((s) => s.numbered && s.level === 2);
  if (first < 0 || sections.filter((s) => s.numbered && s.level === 2).length < 3) return;
  for (const section of sections.slice(first + 1))
    if (!section.numbered && section.level === 2 && !(backMatter.test(section.heading) && wordCount(section.heading) <= 4)) section.level = 3;
}

/**
 * A line read as a heading that heads nothing, the next heading at its level or above right after it ("Can there be a
 * general theory that describes science change" over "If Yes: Generalism" over "If no: Particularism" and its points, a
 * lecture's question and its two answers): text, where it stood, not a section. A section with nothing under it has no
 * slide, so the line had been lost from the deck and its notes. (Not a numbered or underlined heading, nor one in
 * capitals, "PART ONE" over its chapters: the author's own marks of a part.)
 */
function emptyLines(sections: Section[], origin: Map<Section, { paragraph: Paragraph; blocks: number }>, intro: Block[]): void {
  for (let i = 0; i < sections.length; i += 1) {
    const section = sections[i] as Section;
    const from = origin.get(section);
    const next = sections[i + 1];
    if (!from || section.blocks.length > 0 || section.numbered || from.paragraph.underlined || from.paragraph.level !== undefined) continue;
    if (next !== undefined && next.level > section.level) continue;
    if (section.heading === section.heading.toUpperCase() || wordCount(section.heading) < 2) continue;
    const before = sections[i - 1];
    (before ? before.blocks : intro).push(toBlock(from.paragraph));
    sections.splice(i, 1);
    i -= 1;
  }
}

/** A book's chapter heading: "CHAPTER I. Down the Rabbit-Hole", "Part Two", "Kapitel 3". */
const chapterHeading = /^(?:chapter|part|book|section|act|kapitel|teil|chapitre|partie|livre|cap[ií]tulo|parte|libro)\s+(?:[IVXLCDM]+\b|\d+|[A-Za-z]+\b)/iu;

/**
 * In a book of chapters (three headings or more that say "CHAPTER …"), a
 * line between chapters that merely looks like a heading (a verse's first
 * line, "Alice folded her hands, and began:--") is text of its chapter:
 * it goes back where it was, as the paragraph it was read from.
 */
function foldIntoChapters(sections: Section[], origin: Map<Section, { paragraph: Paragraph; blocks: number }>): void {
  if (sections.filter((s) => chapterHeading.test(s.heading)).length < 3) return;
  const first = sections.findIndex((s) => chapterHeading.test(s.heading));
  for (let i = first + 1; i < sections.length; i += 1) {
    const section = sections[i];
    const from = section ? origin.get(section) : undefined;
    const chapter = sections[i - 1];
    if (!section || !from || !chapter || chapterHeading.test(section.heading)) continue;
    chapter.blocks.push(toBlock(from.paragraph), ...section.blocks.slice(from.blocks));
    sections.splice(i, 1);
    i -= 1;
  }
}

const credit =
  /^(?:e-?text |html version )?(?:typed|produced|transcribed|prepared|scanned|proofread|digiti[sz]ed|converted)\b[^.\n]{0,120}\bby\b[^\n]{0,200}$/iu;
// (Its asterisks may be gone: a line framed by them, "*** START OF … ***", is read as the text inside.)
const startMarker = /^(?:\*{3}\s*)?START OF (?:THIS|THE) PROJECT GUTENBERG/iu;
const endMarker = /^(?:(?:\*{3}\s*)?END OF (?:THIS|THE) PROJECT GUTENBERG|End of (?:the )?Project Gutenberg['’]?s?\b)/iu;

const smallPrintStart = /^\**\s*START\**\s*THE SMALL PRINT!/imu;
const smallPrintEnd = /^\**\s*END\**\s*THE SMALL PRINT!/imu;

/** The first of the next six paragraphs that speaks of the e-text or Project Gutenberg, or -1. */
const nextAboutEtext = (paragraphs: Paragraph[]): number => paragraphs.slice(0, 6).findIndex((p) => /Project Gutenberg|\bE-?texts?\b/iu.test(p.text));

/**
 * An early Project Gutenberg e-text's publisher's text, taken out of `paragraphs`: over the text, everything up to the
 * end of its licence ("*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*") and the paragraphs about the
 * e-text just after it ("This is a retranscription of one of the first Project Gutenberg Etexts…", "The Project
 * Gutenberg Etext of Kennedy's Inaugural Address"); at its end, the licence to the last line. The title its "Etext of
 * …" line gives, or null.
 */
function oldSmallPrint(paragraphs: Paragraph[]): { opening: Paragraph[]; closing: Paragraph[]; title: string | null } {
  const start = paragraphs.findIndex((p) => smallPrintStart.test(p.text));
  const end = paragraphs.findIndex((p) => smallPrintEnd.test(p.text));
  const opening: Paragraph[] = [];
  const closing: Paragraph[] = [];
  // (A licence that opens in the text's first third is the opening's, however long: an early e-text's small print is
  // longer than a short speech after it.)
  if (
    end >= 0 &&
    end < paragraphs.length - 1 &&
    (start < 0 || start < end) &&
    (end < paragraphs.length * 0.7 || (start >= 0 && start < paragraphs.length * 0.3))
  ) {
    opening.push(...paragraphs.splice(0, end + 1));
    // The publisher's paragraphs just after it, and what lies between them, among the next few.
    for (let k = nextAboutEtext(paragraphs); k >= 0; k = nextAboutEtext(paragraphs)) opening.push(...paragraphs.splice(0, k + 1));
  } else if (start >= 0 && start > paragraphs.length * 0.3) closing.push(...paragraphs.splice(start));
  const named = opening
    .flatMap((p) => p.text.split('\n'))
    .map((line) => /Project Gutenberg E-?text of (.+?)[*\s]*$/iu.exec(line.trim())?.[1])
    .find((t) => t !== undefined && t.length <= 90);
  return { opening, closing, title: named?.replace(/^\*+|\*+$/gu, '').trim() ?? null };
}

/**
 * An e-text's publisher's text, taken out of `paragraphs`: the opening line
 * ("The Project Gutenberg EBook of …", whatever its length), paragraphs of
 * the header that speak of the e-book or Project Gutenberg, the START marker,
 * and from the END marker on, the licence. `opensTitle`: the title found so
 * far was that opening line. Nothing for a document that is no e-text.
 */
function publisherText(paragraphs: Paragraph[], title: string | null): { opening: Paragraph[]; closing: Paragraph[]; opensTitle: boolean } {
  const start = paragraphs.findIndex((p) => startMarker.test(p.text.trim()));
  const firstLine = (paragraphs[0]?.text ?? '').replace(/\s+/gu, ' ').trim();
  const opensTitle = title !== null && etextOpening.test(title);
  if (start < 0 && !etextOpening.test(firstLine) && !opensTitle) return { opening: [], closing: [], opensTitle: false };
  const opening: Paragraph[] = [];
  if (!opensTitle && etextOpening.test(firstLine)) {
    const first = paragraphs.shift();
    if (first) opening.push({ ...first, text: firstLine });
  }
  // The header, up to the START marker (or its first few paragraphs when there is none).
  const until = paragraphs.findIndex((p) => startMarker.test(p.text.trim()));
  const limit = until >= 0 ? until + 1 : Math.min(paragraphs.length, 6);
  for (let i = 0, seen = 0; seen < limit && i < paragraphs.length; seen += 1) {
    const p = paragraphs[i];
    if (!p) break;
    const marker = startMarker.test(p.text.trim());
    if (marker || (/Project Gutenberg|\be-?Book\b/iu.test(p.text) && !headerField.test(p.text.split('\n')[0] ?? ''))) opening.push(...paragraphs.splice(i, 1));
    else i += 1;
    // The transcriber's credit under the START marker ("Typed by Sameer Parekh.", "Produced by …").
    if (marker) {
      // (Or the rest of one a line break cut off: "Proofreading Team at http://www.pgdp.net (This file was produced from images…)".)
      const credited = (p: Paragraph | undefined): boolean =>
        credit.test(p?.text.replace(/\s+/gu, ' ').trim() ?? '') || /\bpgdp\.net\b|Distributed Proofread|This file was produced from/iu.test(p?.text ?? '');
      while (credited(paragraphs[i]) && (paragraphs[i]?.text.length ?? 0) < 600) opening.push(...paragraphs.splice(i, 1));
      break;
    }
  }
  const end = paragraphs.findIndex((p) => endMarker.test(p.text.trim()));
  const closing = end >= 0 ? paragraphs.splice(end) : [];
  return { opening, closing, opensTitle };
}

/** A block laid out in columns (a specification's header). */
const columns = (p: Paragraph | undefined): boolean => p !== undefined && isPreformatted(p.text) && /\S\s{3,}\S/u.test(p.text);

/**
 * A piece of a header in columns that the text read apart: a few short lines set far to the right (its right column
 * alone: authors, their affiliations, a date), or a line in two columns over such lines ("Category: Informational
 * H. Alvestrand" over "Maxware, Pirsenteret", the second line's indent lost).
 */
const rightColumn = (p: Paragraph | undefined): boolean => {
  if (p === undefined) return false;
  const [head = '', ...rest] = p.text.split('\n');
  const short = (l: string): boolean => wordCount(l) <= 6;
  if (rest.length > 11 || !rest.every(short)) return false;
  return ((p.indent ?? 0) >= 30 && short(head)) || (rest.length > 0 && rest.length <= 3 && /\S {3,}\S/u.test(head.trim()));
};

/** A line of links only, as a web copy of a specification opens ("[Docs] [txt|pdf] [Tracker] [Errata]"), or a field of its header. */
const navigation = (p: Paragraph | undefined): boolean => p !== undefined && (/^(?:\[[^\]\n]{1,40}\]\s*){2,}$/u.test(p.text.trim()) || specField(p));

/**
 * A field of a specification's header on a line of its own, as a copy that lost the header's columns has it
 * ("Updates:  IENs 109, 128", "Request for Comments: 792"): the header's, not a title.
 */
const specField = (p: Paragraph): boolean =>
  !p.text.includes('\n') &&
  /^(?:Updates|Obsoletes|Updated by|Obsoleted by|Category|ISSN|Request for Comments|Network Working Group|Internet[- ]Draft|Intended status|Expires|Errata Exist|BCP|STD|FYI)\s*:/iu.test(
    p.text.trim(),
  );

/** A paragraph's lines as set: as written where the text kept them, else each at the paragraph's indent (a right column's). */
const asSet = (p: Paragraph): string =>
  p.raw ??
  ((p.indent ?? 0) > 0
    ? p.text
        .split('\n')
        .map((l) => `${' '.repeat(p.indent ?? 0)}${l}`)
        .join('\n')
    : p.text);

/**
 * A specification's header block in columns: the right column's people
 * ("G. Klyne", "C. Newman, Ed.") are its authors, and its last date ("July
 * 2002") is its date; organisations and the left column's labels are not.
 */
function specHeaderFields(raw: string): { author: string | null; date: string | null } {
  const right = raw
    .split('\n')
    .map((l) => (/\S\s{3,}(\S.*)$/u.exec(l)?.[1] ?? (/^\s{10,}\S/u.test(l) ? l : '')).trim())
    .filter((cell) => cell !== '');
  const people = right.filter((cell) => /^(?:\p{Lu}\.[ -]?){1,3}\s?\p{Lu}[\p{L}'’-]+(?:,? (?:Ed\.|Editor))?$/u.test(cell));
  const date = [...right].reverse().find((cell) => dateLine.test(cell)) ?? null;
  return { author: people.length > 0 ? people.join(', ') : null, date };
}

/** "The Project Gutenberg EBook of <title>, by <author>": how e-texts open. */
const etextOpening = /^(?:The )?Project Gutenberg(?:['’]s| e-?Book,? of)\s+(.+?)(?:,? by (.+))?$/iu;
const headerField =
  /^(title|author|release date|posting date|date|date last updated|first posted|last updated|most recently updated|updated|language|translator|editor|illustrator|produced by|credits|character set encoding)\s*:\s*(.*)$/iu;

/** A field of an e-text's header, in brackets too ("[Date last updated: May 3, 2011]"). */
const headerFieldOf = (line: string): RegExpExecArray | null =>
  headerField.exec(
    line
      .replace(/^\[([^\]]*)\]$/u, '$1')
      // (Or said as a sentence: "[This file was first posted on August 10, 1997]".)
      .replace(/^This (?:file|e-?text|e-?book) was (first posted|last updated|updated) on (.+?)\.?$/iu, '$1: $2'),
  );

/**
 * The metadata of a plain-text e-text's opening (and a byline or year on a line of its own near the top):
 * taken out of the paragraphs, as front matter is out of Markdown. The title line already read (`title`)
 * is replaced by the e-text's own title when it has one. Lines that repeat the title are dropped.
 */
function readHeader(
  paragraphs: Paragraph[],
  title: string | null,
): { title: string | null; author: string | null; date: string | null; subtitle: string | null; titlePage: Paragraph[] } {
  const etext = title !== null ? etextOpening.exec(title) : null;
  const found: { title: string | null; author: string | null; date: string | null; subtitle: string | null; titlePage: Paragraph[] } = {
    title: etext?.[1]?.trim() ?? null,
    author: etext?.[2]?.trim() ?? null,
    date: null,
    subtitle: null,
    titlePage: [],
  };
  // Whether the title page was seen (the title again, or the author's line): a short line right after it is the subtitle.
  let titlePage = false;
  if (!etext && !paragraphs.slice(0, 6).some((p) => headerFieldOf(p.text.split('\n')[0] ?? '') !== null)) return found;
  // Only the opening: up to the first paragraph of running prose (a sentence over a few lines).
  for (let i = 0; i < Math.min(paragraphs.length, 12); i += 1) {
    const p = paragraphs[i];
    if (!p) break;
    const lines = p.text.split('\n').map((l) => l.trim());
    const onTitlePage = titlePage;
    // The transcriber's credit ("Transcribed from the 1909 … edition by David Price, email …"): the title slide's notes.
    if (
      (etext !== null || found.title !== null) &&
      /^(?:transcribed|produced|prepared|digiti[sz]ed|scanned|proofread)\b.*\bby\b/iu.test(lines[0] ?? '') &&
      wordCount(p.text) <= 40
    ) {
      found.titlePage.push(p);
      paragraphs.splice(i, 1);
      i -= 1;
      continue;
    }
    // The title set over lines, as a title page centres it ("THE" over "SOUL OF MAN", in a paragraph or one a line): the
    // title again, dropped.
    const overLines = found.title !== null ? titleOverLines(paragraphs, i, found.title) : 0;
    if (overLines > 0 && (overLines > 1 || lines.length > 1)) {
      titlePage = true;
      paragraphs.splice(i, overLines);
      i -= 1;
      continue;
    }
    const kept: string[] = [];
    // A line over a year alone on the next lines (a title page's imprint: its publisher's town, name and year).
    const imprintNext = lines.length === 1 && (paragraphs[i + 1]?.text.split('\n') ?? []).slice(0, 3).some((l) => /^\s*\d{4}\.?\s*$/u.test(l));
    // The line that goes on with the Title field ("Title: Father Damien" over "an Open Letter to the Reverend Dr. Hyde"): the subtitle.
    let titled = false;
    for (const line of lines) {
      const field = headerFieldOf(line);
      const name = field?.[1]?.toLowerCase() ?? '';
      const value = field?.[2]?.trim() ?? '';
      const after = titled;
      titled = false;
      if (after && !field && found.subtitle === null && wordCount(line) <= 15 && line.toLowerCase() !== found.title?.toLowerCase()) found.subtitle = line;
      else if (field && name === 'title' && value !== '') {
        found.title = value;
        titled = true;
      } else if (field && name === 'author' && value !== '') found.author = value;
      else if (field && /date|posted/u.test(name) && value !== '') found.date ??= value.replace(/\s*\[[^\]]*\]\s*$/u, '');
      else if (field) continue;
      else if (found.title !== null && line.toLowerCase() === found.title.toLowerCase()) titlePage = true;
      else if (/^by\s+\S/iu.test(line) && wordCount(line) <= 8 && lines.length === 1) {
        found.author ??= line.replace(/^by\s+/iu, '');
        titlePage = true;
      } else if (found.author !== null && line.toLowerCase() === found.author.toLowerCase() && lines.length === 1) titlePage = true;
      else if (/^\d{4}$/u.test(line) && lines.length === 1) found.date ??= line;
      // "1849, original title: Resistance to Civil Government", "THE MILLENNIUM FULCRUM EDITION 3.0": a short line on the title page.
      // (Not the imprint's first line, the publisher's town over its name and year: "LONDON" over "ARTHUR L. HUMPHREYS" / "1900".)
      else if (
        titlePage &&
        found.subtitle === null &&
        lines.length === 1 &&
        wordCount(line) <= 10 &&
        !/[.!?]["'”’)]*$/u.test(line) &&
        !imprintNext &&
        !printingLine.test(line)
      )
        found.subtitle = line;
      else kept.push(line);
    }
    // The title page's other lines (the title in capitals over "FROM", the publisher, "All rights reserved"): short
    // lines, no sentence among them, in a paragraph after the page was seen. The title slide's notes.
    // Two lines or more, or one of the edition or the rights reserved; not a chapter's heading ("CHAPTER I" over "The Lamp").
    const pageLines =
      (kept.length >= 2 ||
        imprintNext ||
        (kept.length === 1 &&
          (copyrightLine.test(kept[0] ?? '') || printingLine.test(kept[0] ?? '') || /(?<!\p{L})(?:edition|published)(?!\p{L})/iu.test(kept[0] ?? '')))) &&
      kept.every((l) => wordCount(l) <= 12 && !/[.!?;,]["'”’)]*$/u.test(l)) &&
      !/^(?:chapter|part|book|section|letter|preface|introduction|prologue|contents)\b/iu.test(kept[0] ?? '');
    if (onTitlePage && pageLines) {
      found.titlePage.push({ ...p, text: kept.join('\n') });
      paragraphs.splice(i, 1);
      i -= 1;
      continue;
    }
    if (kept.length === lines.length) {
      // Running prose ends the opening (an e-text's licence aside).
      if (wordCount(p.text) > 40 && !(etext && /Project Gutenberg|e-?Book/iu.test(p.text))) break;
      continue;
    }
    if (kept.length === 0) {
      paragraphs.splice(i, 1);
      i -= 1;
    } else p.text = kept.join('\n');
  }
  if (titlePage) titlePageRun(paragraphs, found.titlePage);
  return found;
}

/**
 * How many paragraphs from `i` (up to four) are the title set over lines ("THE LAMP" over "AND THE MOTH"), their lines
 * read as one: 0 where they are not.
 */
function titleOverLines(paragraphs: Paragraph[], i: number, title: string): number {
  const wanted = title.replace(/\s+/gu, ' ').trim().toLowerCase();
  let said = '';
  for (let n = 0; n < 4 && i + n < paragraphs.length; n += 1) {
    said = `${said} ${paragraphs[i + n]?.text ?? ''}`.replace(/\s+/gu, ' ').trim().toLowerCase();
    if (said === wanted) return n + 1;
    if (!wanted.startsWith(`${said} `)) return 0;
  }
  return 0;
}

/** A title page's line of the printing, not of the work ("_Second Impression_", "Reprinted 1911"): no subtitle, its emphasis aside. */
const printingLine = /(?<!\p{L})(?:impression|printing|reprint(?:ed)?)(?!\p{L})/iu;

/** A line of a title page's imprint: in capitals ("D. LOTHROP COMPANY.", "COPYRIGHT, 1888"), or an illustration's mark. */
const imprintLine = (line: string): boolean => illustrationMark.test(line) || (wordCount(line) <= 8 && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line));

/**
 * What is left of an e-text's title page at the text's start, once its title was seen: paragraphs of imprint lines
 * only (the publisher's town and name, "COPYRIGHT, 1888", "BY", the printer, "[Illustration: YE DELIGHTFUL PIG.]"), up
 * to the running text; the last of them a line alone over that text is its first heading ("UPON ROAST PIG") and stays.
 * Taken into `titlePage` (the title slide's notes).
 */
function titlePageRun(paragraphs: Paragraph[], titlePage: Paragraph[]): void {
  const imprint = (p: Paragraph | undefined): boolean => p !== undefined && p.text.split('\n').every((l) => imprintLine(l.trim()));
  // It starts among the first paragraphs left (a transcriber's note may come first).
  const start = paragraphs.slice(0, 3).findIndex(imprint);
  if (start < 0) return;
  let end = start;
  while (end < paragraphs.length && end < start + 12 && imprint(paragraphs[end])) end += 1;
  const last = paragraphs[end - 1];
  const heading = last !== undefined && !last.text.includes('\n') && !illustrationMark.test(last.text.trim());
  const taken = (heading ? end - 1 : end) - start;
  // Two paragraphs at least, or one of several lines: a heading alone over the text is no title page.
  if (taken >= 2 || (taken === 1 && (paragraphs[start]?.text.includes('\n') ?? false))) titlePage.push(...paragraphs.splice(start, taken));
}
