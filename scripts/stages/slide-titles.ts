// Titles for a section's slides: the heading, then for each continuation
// what it covers in the author's words (a lead-in term, a caption, a
// subject, a command), "(cont.)" only where nothing names it.
import { adverbInLy, emptyTerm, endsOnFunctionWord, formulasOnly, linksAsText, subjectOf } from './condense.ts';
import { leadingArticle } from './subject-words.ts';
import { isStopword, nameCounts } from './key-phrase.ts';
import { countWords, endsWithAbbreviation } from './sentences.ts';
import { titleLines, unescapeMarkdown, visibleText } from './text-size.ts';
import { continuedPattern } from './labels.ts';
import { cellsOf, columnsOf, escapeMarkdown, placeholderAlt, printedOutput, shortQuestion, type Unit } from './units.ts';
import { captionedPicture, isCode, opensAsTitle } from './pack-units.ts';
import { fileNamed } from './markdown.ts';
import { tableRule } from './diagram.ts';

/**
 * What joins a heading and what a slide of it shows: a colon, a dash after a heading with a colon or one that ends as
 * a question, an exclamation or a sentence does ("How does pivoting work? — `names_to`", not "I found a bug! What do I
 * do? TERM" or "... and we're back.: Go").
 */
export const joiner = (title: string): string => {
  const shown = visibleText(title).trim();
  // (A heading that ends on its colon, "Section 2 - Style guide for new additions:", is followed by the name alone; it
  // had read "additions: — 4–6".)
  if (/[:：]$/u.test(shown)) return '';
  return /[?!？！.。…]$/u.test(shown) || title.includes(':') ? ' —' : ':';
};

/**
 * A tutorial's slide is named by the command or identifier it shows first:
 * "Replacements: `--replace`", the heading and the author's code (`titled`),
 * or the code alone where the two do not fit the heading's lines, in a
 * slide whose opening names nothing else (`bare`: not a span from inside a sentence).
 */
function codeName(group: Unit[], title: string): { titled: string; code: string; alone: boolean; bare: boolean } | null {
  for (const unit of group.slice(0, 3)) {
    // The first code span of no more than 32 characters, spans read in order (the text between two spans is none).
    // (An item set under the slide's first one names the slide from its own line only: "A subclass `extant` form parent
    // class" under it, two levels below the slide's first item, is no name of the slide.)
    const deeper = columnsOf(unit.markdown) > columnsOf(group[0]?.markdown ?? '');
    // (Nor the items set in under an item: its own text only, "`np.random.choice()`" deep in the sub-item of "simulate
    // random draws" named no slide.)
    const own = deeper ? (unit.markdown.split('\n')[0] ?? '') : (unit.markdown.split(/\n[ \t]+(?:[-*+]|\d{1,3}[.)])[ \t]/u)[0] ?? '');
    const span = unit.kind === 'point' ? [...own.matchAll(/(?<!\\)`([^`\n]+)(?<!\\)`/gu)].find((m) => (m[1] ?? '').length <= 32)?.[0] : undefined;
    // (Not what a program printed: "ZeroDivisionError   Traceback (most recent call last)" defines no `Traceback`.)
    const first = printedOutput(unit.markdown) ? '' : firstCodeLine(codeLinesOf(unit) ?? []);
    // A shell or REPL command, or the name a definition opens with ("def merge_sort(items):" -> merge_sort).
    // (A definition typed at Python's prompt, "... def eight_schools(J, sigma):" under ">>> # Eight Schools", is one too.)
    const definition = definedName(first.replace(replPrompt, ''));
    const prompt = /^\s*(?:\$|>>>|ghci>|λ>|>|In \[\d*\]:)\s+(?=\S)/u.exec(first);
    // (A Python prompt's trailing comment, "# doctest: +SKIP", is none of its command.)
    const typed = prompt ? first.slice(prompt[0].length).trim() : '';
    // (A value alone typed at a REPL's prompt, "> Saturday" or ">>> 42", shows what it is: it names nothing. An attribute,
    // ">>> r.text", names what it prints.)
    const value = prompt !== null && !prompt[0].includes('$') && /^[\w'"-]+$/u.test(typed);
    // (Nor the head of a loop or a condition typed there, ">>> for i in range(Z.ndim):": a statement's first line, no name.)
    const control = prompt !== null && !prompt[0].includes('$') && /^(?:for|while|if|elif|else|try|except|finally|with|return)\b/u.test(typed);
    // (Nor words after a quotation's or a here-document's ">", "> They were MITM'd,": a line of text, no command.)
    const words = prompt !== null && prompt[0].trim() === '>' && /^\p{Lu}[\p{Ll}'’]*(?:\s+[\p{L}'’,.;:!?-]+){2,}$/u.test(typed);
    const given =
      definition ??
      (value || control || words ? undefined : prompt ? (/>>>|In \[/u.test(prompt[0]) ? typed.replace(/\s+#.*$/u, '') : typed) : shellCommand(unit.markdown));
    // (A statement the prompt's line opens and the next lines go on with, ">>> enterprise_role_map = {", is named by what it
    // assigns, `enterprise_role_map`, not by its first line's open bracket; a definition is named above, definedName.)
    const command = typeof given === 'string' && /[[{(,\\]\s*$/u.test(given) ? /^([A-Za-z_][\w.]*)\s*(?::[^=]*)?=(?!=)/u.exec(given)?.[1] : given;
    // Not a number (`17`, a value in the text), nor knitr's inline code ("`r sum(x)`", a number once rendered), nor a span that holds a site generator's template
    // call ("`{{% param cliToolName %}} get`", whose value the site fills in): no name for a slide.
    // Nor a keyword that is a word of the language too, said in passing ("perhaps from an `if` statement"): one the slide
    // speaks of opens its point ("while `or` is true if…") or comes again ("using `and` and `or`. `and` is only true if…").
    // (The words of its point before it, its marker aside.)
    const before = span !== undefined ? unit.markdown.slice(0, unit.markdown.indexOf(span)).replace(/^\s*(?:[-*+]|\d+[.)])?\s*/u, '') : '';
    const passing =
      span !== undefined &&
      isStopword(span.slice(1, -1).toLowerCase()) &&
      countWords(visibleText(before)) > 2 &&
      group
        .map((u) => u.markdown)
        .join('\n')
        .split(span).length < 3;
    // Nor a compiler's or a test's message quoted as code ("`wallet_test.go:15: got 0 want 10`", "`./main.go:7:12: undefined: x`"):
    // what the program said, no name.
    const message = span !== undefined && /^`\S*[\w)]:\d+(?::\d+)?:\s/u.test(span);
    // Nor a span said in an aside, inside parentheses ("(note, … usually through a shebang such as `#!/bin/sh`)").
    const aside = span !== undefined && (before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length;
    // Nor one far into a sub-item ("- randomly pick values … using `np.random.choice()`" under the slide's points): a
    // detail of a detail, not what the slide shows first.
    const buried = span !== undefined && deeper && countWords(visibleText(before)) > 2;
    // Nor the first of a series of spans after other words ("four columns in the table: \`driver_id\`, \`driver_name\`, …",
    // "two types, \`float\` and \`double\`"):
    // one of the things listed, not what the slide is about.
    const listedSpan =
      span !== undefined &&
      countWords(visibleText(before)) > 2 &&
      /^\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)`/u.test(own.slice(own.indexOf(span) + span.length));
    // Nor one given as an example ("low level binary devices like `usb` drivers", "System Calls like `write` or `read`").
    const example =
      span !== undefined &&
      /(?:^|\s)(?:like|such as|e\.\s?g\.,?|for (?:example|instance),?|including|z\.\s?B\.|wie|comme|como|come|ad esempio|par exemple|por ejemplo|zum Beispiel)\s+$/iu.test(
        before,
      );
    const named =
      span !== undefined &&
      /[\p{L}\p{N}]{2}/u.test(span) &&
      /\p{L}/u.test(span) &&
      !/^`r\s/u.test(span) &&
      !/\{\{|\{%/u.test(span) &&
      !passing &&
      !message &&
      !aside &&
      !buried &&
      !listedSpan &&
      !example
        ? span
        : undefined;
    // A listing headed by a label of words (a manual's "For UIs with audio support:" over its options) is named by it; so
    // is one of a book's variants, one per framework, by its tab ("%%tab pytorch" over d2l's code for PyTorch).
    const tab = /^\s*%%tab\s+([\w.+-]{2,24})\s*$/u.exec(codeLinesOf(unit)?.find((l) => l.trim() !== '') ?? '')?.[1];
    if (tab !== undefined && !visibleText(title).toLowerCase().includes(tab.toLowerCase()))
      return { titled: `${title}${joiner(title)} ${tab}`, code: tab, alone: true, bare: false };
    const label = /^\s*(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+[\p{L}\p{N}'’/-]+){1,5}):\s*$/u.exec(first)?.[1];
    // (Not a label in capitals, a speaker's name in a sample of output, "DUKE VINCENTIO:", which names no slide.)
    if (label && label !== label.toUpperCase() && !span && !prompt && definition === undefined && !visibleText(title).includes(label))
      return { titled: `${title}${joiner(title)} ${label}`, code: label, alone: true, bare: true };
    // A listing the author titled with its file ("```python title=\"tests/conftest.py\"", as MkDocs and Docusaurus show it
    // over the code) is named by that file where what it defines or runs does not name it.
    const file = codeLinesOf(unit) ? /\btitle\s*=\s*"([\w./@-]{3,40}\.\w{1,6})"/u.exec(unit.markdown.split('\n')[0] ?? '')?.[1] : undefined;
    const code =
      named ??
      (command && command.length <= 36 && !command.includes('`') && /\w/u.test(command) ? `\`${command}\`` : file !== undefined ? `\`${file}\`` : undefined);
    // Whether the code is a name (a code span of the text, a definition, a command at a prompt), not a line that only reads like a command.
    // A word of code alone names the slide only where its point opens with it ("`List` is an interface", "Use `scope` to…"):
    // one further into a sentence ("Just like we can provide the `List` interface…") is named under the heading or not at
    // all. An identifier, a statement or a call (`_fzf_complete_post`, `int (*entry_ptr)(void);`) names what it is wherever
    // the sentence has it.
    // (Nor a string's value alone, `"Load cargo"`: a value the text gives, not a name.)
    const opensPoint = named !== undefined && !/^`["'][^`]*["']`$/u.test(named) && (!/^`\p{L}+`$/u.test(named) || countWords(visibleText(before)) <= 2);
    if (code && !visibleText(title).includes(visibleText(code)))
      return {
        titled: `${title}${joiner(title)} ${code}`,
        code,
        alone: named !== undefined || definition !== undefined || prompt !== null,
        bare: opensPoint || definition !== undefined || prompt !== null || named === undefined,
      };
    // Else a listing that opens with a comment saying what it does ("# Predict y from x" over pseudocode, "// Return
    // predicted y for a single x value"): named by it, under the heading.
    const lines = codeLinesOf(unit);
    const opening = lines ? lines.findIndex((l) => l.trim() !== '') : -1;
    const remark = lines && opening >= 0 ? openingComment(lines[opening] ?? '', lines[opening + 1] ?? '') : null;
    if (remark !== null && countWords(remark) >= 2 && !visibleText(title).toLowerCase().includes(remark.toLowerCase()))
      return { titled: `${title}${joiner(title)} ${remark}`, code: remark, alone: false, bare: false };
  }
  return null;
}

/**
 * The name a line of code defines: "def merge_sort(items):", "fn main()", "class Stack",
 * "const hello = (who) => {" (a function bound to a name), "bin2int :: [Bit] -> Int" (a
 * type signature), "let rec take n s =", "sim <- function(n) {" -> merge_sort, main, Stack, hello, bin2int, take, sim.
 */
function definedName(line: string): string | undefined {
  // A C function's definition ("static void MD5Transform (state, block)": no ';' after it) or a macro's ("#define S11 7").
  const c = /^\s*(?:(?:static|extern|inline|const|unsigned|signed|struct|enum)\s+)*[A-Za-z_]\w*[\s*]+\**([A-Za-z_]\w*)\s*\([^;]*$/u.exec(line)?.[1];
  if (c && !/^(?:if|for|while|switch|return|sizeof|else|do|case)$/u.test(c) && !/^\s*(?:return|else|case|goto)\b/u.test(line)) return c;
  const macro = /^\s*#\s*define\s+([A-Za-z_]\w*)/u.exec(line)?.[1];
  if (macro) return macro;
  return (
    /^\s*(?:(?:pub\s+|export\s+|async\s+|static\s+|public\s+|private\s+|protected\s+|internal\s+|abstract\s+|final\s+|override\s+|open\s+|sealed\s+|case\s+|data\s+)*(?:def|fn|func|function|class|struct|enum|trait|interface|type|module|proc|sub|defn?|object|protocol|record|namespace)\s+)([A-Za-z_][\w$!?]*)/u.exec(
      line,
    )?.[1] ??
    // (A Haskell type, "data Tree a = Leaf | Node …", "newtype Parser a = …"; a Rust implementation, "impl<T> Stack<T> {"
    // or "impl Display for Point {", by the type it is for.)
    /^(?:data|newtype)\s+(\p{Lu}[\w']*)/u.exec(line)?.[1] ??
    /^\s*impl(?:<[^>]*>)?\s+(?:[\w:]+(?:<[^>]*>)?\s+for\s+)?([A-Za-z_]\w*)/u.exec(line)?.[1] ??
    /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function\b|\([^()]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)/u.exec(line)?.[1] ??
    /^([a-z_][\w']*)\s*::\s/u.exec(line)?.[1] ??
    // (A shell function, "_fzf_complete_doge() {", as a shell script defines one without the word `function`.)
    /^([A-Za-z_][\w.-]*)\s*\(\s*\)\s*\{\s*$/u.exec(line)?.[1] ??
    // (An R function bound to its name, "make.kernel <- function(pi, Q) {", as R and knitr notes define them.)
    /^([A-Za-z][\w.]*)\s*(?:<-|=)\s*function\s*\(/u.exec(line)?.[1] ??
    // (An ML function, with its parameters: "let arr = [1, 2];" is a variable of JavaScript, which names no slide.)
    /^let\s+(?:rec\s+)?([a-z_][\w']*)\s+[a-z_(][^=]*=/u.exec(line)?.[1] ??
    // (An OCaml inline test, "let%test \"Bellman-Ford-1\" =", by its name.)
    /^let%test\s+"([^"\n]{1,40})"/u.exec(line)?.[1]
  );
}

/** The first line of code that is not a comment or blank ("/* MD5 initialization. *\/" over "void MD5Init (context)"). */
function firstCodeLine(lines: string[]): string {
  let comment = false;
  let ml = false;
  for (const line of lines) {
    // (Read past Python's prompts: ">>> import numpyro" brings a name in, ">>> # Eight Schools" is a comment.)
    const t = line.replace(replPrompt, '').trim();
    if (comment) {
      if (t.includes('*/')) comment = false;
      continue;
    }
    if (t.startsWith('/*')) {
      comment = !t.includes('*/');
      continue;
    }
    // (An ML or Pascal comment, "(* 1. Path is connected *)", over several lines too.)
    if (t.startsWith('(*')) {
      ml = !t.includes('*)');
      continue;
    }
    if (ml) {
      if (t.includes('*)')) ml = false;
      continue;
    }
    if (t === '' || /^(?:\/\/|--|;|#(?!\s*(?:define|include)\b)(?!!))/u.test(t)) continue;
    // What a file opens with before its code says (imports, "<?php", a namespace) names nothing: the definition after it does.
    if (importLine.test(t)) continue;
    // Nor a decorator or an annotation ("@contextmanager", "@Override"): the definition under it names the code.
    if (/^@[\w.]+(?:\(.*\))?$/u.test(t)) continue;
    return line;
  }
  return '';
}

/**
 * Python's prompt and its continuation at a line's start (">>> ", "... "), as a doctest or a session shows them, and
 * IPython's ("In [11]: ", "   ...: ").
 */
const replPrompt = /^\s*(?:>>>|\.\.\.:?|In \[\d*\]:)(?:\s|$)/u;

/** A line that brings names in or places the file ("use Closure;", "import os", "#include <stdio.h>", "<?php", "package main"). */
export const importLine =
  /^(?:<\?php\b|(?:use|import|using|require|package|namespace|extern\s+crate|open)\s+[\w\\.:{}*,\s"'<>/@-]+;?\s*$|from\s+\S+\s+import\b|#\s*include\b)/u;

/** A code unit's lines (a diff's without the column of its marks, "+  uint32_t num_pages;" -> " uint32_t num_pages;", its hunk headers as the line they name), or null. */
const codeLinesOf = (unit: Unit | undefined): string[] | null => {
  if (!unit || !isCode(unit)) return null;
  const lines = unit.markdown.split('\n');
  const diff = /^(?:```|~~~)\s*\{?\.?(?:diff|patch)\b/u.test(lines[0] ?? '') && lines.slice(1, -1).every((l) => l === '' || /^[ +\-@\\]/u.test(l));
  // A hunk's header names the definition it is in ("@@ -184,6 +269,12 @@ Pager* pager_open(const char* filename) {").
  return lines.slice(1, -1).map((l) => (!diff ? l : /^[ +-]/u.test(l) ? l.slice(1) : (/^@@[^@]*@@\s?(.*)$/u.exec(l)?.[1] ?? l)));
};

/**
 * The definition a part of a long code block goes on inside: walking out from its first line through the
 * lines less indented than it ("    <div>", "  return ("), the nearest that defines a name ("const App =
 * () => {"; "static void MD5Transform (state, block)" past a K&R C function's parameter lines and its
 * "{"). Undefined when a line at the top level that defines nothing comes first (the part is at the top
 * level, or the definition closed before it).
 */
function enclosingName(before: string[], first: string): string | undefined {
  let level = columnsOf(first);
  if (level === 0) return undefined;
  // The column of a "{" on its own line: a K&R C function's parameters ("UINT4 state[4];") stand between it and the name.
  let brace = -1;
  for (let k = before.length - 1; k >= Math.max(0, before.length - 400); k -= 1) {
    const line = before[k] ?? '';
    const column = columnsOf(line);
    if (line.trim() === '' || column >= level) continue;
    const name = definedName(line);
    if (name) return name;
    const t = line.trim();
    // A comment, at the margin as authors set some inside a definition, closes nothing.
    if (/^(?:\/\/|\/\*|\*|--|#(?!\s*(?:define|include|if|else|endif)\b))/u.test(t)) continue;
    if (/^[{(]$/u.test(t)) {
      brace = column;
      level = column + 1;
    } else if (!(brace === column && /;$/u.test(t))) {
      if (column === 0) return undefined;
      level = column;
    }
  }
  return undefined;
}

/** The words of a comment line a part of code opens with ("/* Round 1 *\/", "# Load the data"): a name for it, or null. */
/** A comment that only draws a rule ("## ~~~~~~~~~", "// ---------", "#######"). */
const commentRule = /^\s*(?:\/\/+|--|#+|;+|\/\*)\s*([~=*#+_-])\1{3,}\s*(?:\*\/)?\s*$|^\s*#{4,}\s*$/u;

function openingComment(first: string, next = ''): string | null {
  const t = first.trim();
  const commentText = (line: string): string | undefined =>
    (/^\/\*+\s*(.*?)\s*\*+\/$/u.exec(line) ??
      /^(?:\/\/+|--|##+(?=\s)|#(?![!#]|\s*(?:include|define|if|ifn?def|else|elif|endif|pragma|undef)\b)|;+)\s*(.*)$/u.exec(line))?.[1];
  const text = commentText(t);
  if (!text) return null;
  // Not a sentence the comment's next line goes on with ("# print the line immediately before a regexp, but not the
  // line" over "# containing the regexp"): its first line is no whole name.
  if (!/[.:!?)]$/u.test(text.trim()) && /^\p{Ll}/u.test(commentText(next.trim())?.trim() ?? '')) return null;
  // (Without an aside that closes it, "(emulates "tail -2")": the name is what the part does.)
  const full = text.replace(/[.:]$/u, '');
  // A question's or an exercise's number the comment opens with ("## Q6: x = z*sigma + mu", "# Exercise 2.1"): that label.
  const label =
    /^((?:Q|Ex|Exercise|Exercice|Task|Problem|Question|Step|Part|Aufgabe|Ejercicio|Esercizio)\.?\s?\d+(?:\.\d+)*(?:\.?[a-z](?=\)))?)(?:[.:)]|\s*$)/iu.exec(
      full,
    );
  if (label?.[1]) return label[1];
  const bare = full.replace(/\s*\([^()]*\)$/u, '');
  const words = countWords(bare) >= 2 ? bare : full;
  // Words, a few of them: not a tool's directive (highlight-start, eslint-disable, noqa, fmt: off) nor a number.
  if (countWords(words) < 1 || countWords(words) > 12 || !/\p{L}{2}/u.test(words) || /[`*_[\]<>|$\\]/u.test(words)) return null;
  // Nor a line of a program's output set as a comment ("# 1: 0x95CACC9: alloc (alloc.rs:72)", a profiler's frame).
  if (/\b0x[0-9A-Fa-f]{4,}\b|^\d+:\s/u.test(words)) return null;
  // Nor a comment that goes on from the one before ("# and see what's in it:"), nor one of two sentences ("# Now, type
  // "Ctrl-d" to quit. Then..."): a remark along the way, which names no part of the code.
  if (/^(?:and|or|but|then|so|also)\b/u.test(words) || /[.!?]\s+\S/u.test(words) || /\.\.$/u.test(words)) return null;
  if (
    /^(?:highlight|eslint|prettier|noqa|fmt|pylint|type:|ts-|@ts|istanbul|c8|jshint|global|region|endregion|todo|fixme|xxx|nolint|clang|NOLINT)/iu.test(words)
  )
    return null;
  return words;
}

/**
 * A part of a long code block that goes on from the slide before: named by the author's comment it
 * opens with and the definition it is inside ("A.3 md5c.c: `MD5Transform` — Round 1", "Complex
 * state: `App` (cont.)"), as much of that as the heading's lines hold; null when neither names it,
 * or its first line defines a name of its own (codeName's title).
 */
function codePartName(group: Unit[], earlier: Unit[][], title: string, continued: string, room = titleRoom(title)): { title: string; inside: boolean } | null {
  const lines = codeLinesOf(group[0]);
  if (!lines || codeLinesOf(earlier.at(-1)?.at(-1)) === null) return null;
  // The code just before this part, as far back as enclosingName looks: the run of code units that ends the slides before.
  const before: string[] = [];
  for (let g = earlier.length - 1, stop = false; g >= 0 && !stop && before.length < 400; g -= 1) {
    for (const unit of [...(earlier[g] ?? [])].reverse()) {
      const code = codeLinesOf(unit);
      if (code === null) {
        stop = true;
        break;
      }
      before.unshift(...code, '');
    }
  }
  // (Past a rule drawn in comments, "## ~~~~~~~~~~~~" over "## Q5.": the comment under it names the part.)
  const start = lines.findIndex((l) => l.trim() !== '' && !commentRule.test(l));
  const first = lines[start] ?? '';
  // A part of a configuration file (TOML, INI, YAML, a .conf) is named by the first setting it shows, or its [section].
  const setting = configLanguage.test(/^(?:```|~~~)\s*\{?\.?([\w-]+)/u.exec(group[0]?.markdown ?? '')?.[1] ?? '') ? firstSetting(lines) : null;
  if (setting) {
    const named = [`${title}${joiner(title)} \`${setting}\``, `\`${setting}\``].find((t) => titleLines(t) <= room);
    return named === undefined ? null : { title: named, inside: false };
  }
  const firstCode = firstCodeLine(lines);
  if (definedName(firstCode)) return null;
  // The rest of a command's output in a terminal session ("$ pip3 install flask" over its download lines): named by that command.
  const command =
    prompted(first) === null
      ? before
          .map(prompted)
          .filter((c): c is string => c !== null)
          .at(-1)
      : undefined;
  if (command) {
    const named = [`${title}${joiner(title)} \`${command}\` ${continued}`, `\`${command}\` ${continued}`].find((t) => titleLines(t) <= room);
    return named === undefined ? null : { title: named, inside: true };
  }
  // A part that opens with a comment the author set at the margin inside a definition goes on inside it as its code does.
  const name = enclosingName(before, first) ?? (/^\s*(?:\/\/|#|--|\/\*)/u.test(first) ? enclosingName(before, firstCode) : undefined);
  const comment = openingComment(first, lines[start + 1] ?? '');
  const code = name ? `\`${name}\`` : null;
  // (Whether the title names the definition the part is inside, which the next part goes on in; a comment names its
  // part only: the next part, "# center all text" after "# delete leading whitespace", is not that part's "(cont.)".)
  const candidates = [
    code && comment ? { title: `${title}${joiner(title)} ${code} — ${comment}`, inside: true } : null,
    comment ? { title: `${title}${joiner(title)} ${comment}`, inside: false } : null,
    code ? { title: `${title}${joiner(title)} ${code} ${continued}`, inside: true } : null,
    code && comment ? { title: `${code} — ${comment}`, inside: true } : null,
    // The comment alone, where the heading and it take more lines than the heading ("Keep your fork's main development
    // branch updated with upstream's"): what the part does, in the author's words, says more than "(cont.)".
    comment ? { title: comment, inside: false } : null,
  ];
  return candidates.find((t) => t !== null && titleLines(t.title) <= room) ?? null;
}

/**
 * The command of a line of a terminal session ("$ pip3 install flask", "PS C:\\> dir"), as typed; a long one by its
 * program and the words before its first option ("docker image build" of "docker image build -t python-hello-world ."),
 * which a title shows on one line. Null for any other line.
 */
function prompted(line: string): string | null {
  // A call at Python's prompt whose output a part shows ("mcmc.print_summary()" over its table): named by what it calls.
  const python = /^\s*>>>\s+(\S.*?)\s*(?:#.*)?$/u.exec(line)?.[1];
  if (python !== undefined) {
    // (As written: the call when it is short, else what it calls, never a call the author did not write.)
    if (python.length <= 24 && /^[A-Za-z_][\w.]*\(.*\)$/u.test(python)) return python;
    const callee = /^([A-Za-z_][\w.]*)\(.*\)$/u.exec(python)?.[1];
    return callee !== undefined && callee.length <= 22 ? callee : null;
  }
  const command = /^\s*(?:\$|PS [^>\n]*>)\s+(\S.*)$/u.exec(line)?.[1]?.trim();
  if (!command || command.includes('`')) return null;
  if (command.length <= 24) return command;
  const words = command.split(/\s+/u);
  const options = words.findIndex((w, k) => k > 0 && /^-/u.test(w));
  const named = words.slice(0, Math.min(3, options > 0 ? options : 3)).join(' ');
  return named.length <= 24 ? named : null;
}

/** Languages of configuration files, whose settings name the parts of a long one. */
const configLanguage = /^(?:toml|ini|cfg|conf|config|properties|dosini|env|dotenv|ya?ml)$/iu;

/** The first setting of a part of a configuration file ("color_theme = …", "port: 80"), or its section ("[server]"); null if it has none. */
function firstSetting(lines: string[]): string | null {
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || /^[#;]/u.test(t)) continue;
    return /^(\[{1,2}[\w.\s"'-]+\]{1,2})\s*$/u.exec(t)?.[1] ?? /^([A-Za-z_][\w.-]*)\s*[=:]/u.exec(t)?.[1] ?? null;
  }
  return null;
}

/** Shell languages, whose block's first command names what it shows. */
const shell = /^(?:bash|sh|shell|zsh|fish|console|shell-session|sh-session|powershell|pwsh|ps1?|cmd|bat)$/iu;

/** The first command of a fenced shell block (its prompt dropped), or null: "bash middle.sh octane.pdb". */
function shellCommand(markdown: string): string | null {
  const lines = markdown.split('\n');
  if (!shell.test(/^(?:```|~~~)\s*\{?\.?([\w-]+)/u.exec(lines[0] ?? '')?.[1] ?? '')) return null;
  const line = lines.slice(1, -1).find((l) => l.trim() !== '' && !/^\s*(?:#|REM\b|::)/iu.test(l));
  // Not what a command printed, set in a shell's block: a field and its value in columns ("Name:         rs-quarkus-demo",
  // `kubectl describe`'s), a table's header row ("NAME   READY   STATUS").
  if (line !== undefined && /^\s*[\w.-]+(?:\s[\w.-]+)?:\s{2,}\S|^\s*\p{Lu}[\p{Lu}\d_-]*(?:\s{2,}\p{Lu}[\p{Lu}\d_-]*){2,}\s*$/u.test(line)) return null;
  // Without its prompt, nor the backslash that continues it on the next line.
  return line
    ? line
        .replace(/^\s*(?:[$%>]|PS>)\s+/u, '')
        .replace(/\s+\\$/u, '')
        .trim()
    : null;
}

/**
 * A label of a word or two after a conjunction, joining what follows to what came before ("Or simply:", "Ou
 * simplesmente:", "Und dann:" over a formula): it names no slide. (A claim that opens so, "But it does not scale",
 * does.)
 */
const opensOnConjunction =
  /^(?:and|or|but|nor|ou|mas|oder|und|aber|pero|mais|et|oraz|lub|albo|ale|veya|ama|atau|tetapi|hoặc|nhưng|или|но|і|або)(?:\s+\S+){1,2}$/iu;

/**
 * A label that goes on from the sentence before it, opening with a conjunction in lower case ("và biểu đồ tương ứng là:"
 * under a formula, "and the result is:"), or that ends on a comma ("I, instead," over a list): no name of a slide.
 */
const goesOnFromBefore = /^(?:and|or|but|và|hoặc|nhưng|und|oder|aber|et|ou|mais|y|o|pero|e|ma|mas|и|или|но|ve|veya|dan|atau)\s|,$/u;

const names = (lead: string | null, skip: string, most = 8): lead is string => {
  if (lead === null || lead === skip || countWords(lead) > most) return false;
  const shown = visibleText(lead)
    .trim()
    .replace(/[.:!]$/u, '');
  // Nor a clause that leads into what follows it ("It follows that", "Among these are"): it names nothing. Nor a code
  // of a character or two alone (an item "`M` - Prompt for a string" of a table of codes, a key): it names its item.
  // Nor marks alone (the dash of a quotation's attribution, "-- Reuters"): a name has a letter or a digit.
  // Nor a label of one Latin letter (a dialogue's "Q:" and "A:", a choice's "B:"): it names its line.
  // Nor a formula alone, a legend's term ("$PR_a$: der private Schlüssel von a"): symbols name no slide (a relation's
  // name set as text, "$\text{Customer}$" over its table, does).
  // Nor words cut from inside an HTML element ("<sub>Author" of "<sub>Author: …</sub>"): a title would show its tag's
  // look, or its markup.
  return (
    !/<\/?[A-Za-z][^>\n]*>/u.test(lead) &&
    !emptyTerm.test(shown) &&
    !opensOnConjunction.test(shown) &&
    !goesOnFromBefore.test(shown) &&
    !endsOnFunctionWord(shown) &&
    !/^`[^`\s]{1,2}`$/u.test(lead.trim()) &&
    /[\p{L}\p{N}]/u.test(shown) &&
    !formulasOnly(shown) &&
    !/^[A-Za-z]$/u.test(shown)
  );
};

/**
 * The words an author's term of `unit` may have to name a slide: eight, or twelve for a paragraph that is one bold
 * phrase, which the author set as a sub-heading ("**Step 2: calculates ratio of each sample to the reference**").
 */
const termWords = (unit: Unit): number => (unit.lead !== null && boldParagraph.test(unit.markdown.trim()) ? 12 : 8);

/** A paragraph that is one bold phrase: a sub-heading the author set in bold. */
const boldParagraph = /^(\*\*|__)(?!\s)[^\n]+\1$/u;

/** The numbered label a term opens with ("Step 2", "Exercise 3.1", "Part B" of "Step 2: calculates the ratio"), or null. */
function numberedLabel(term: string | null): string | null {
  const m = term === null ? null : /^((?:\p{L}+\s+){1,2}(?:\d+(?:\.\d+)*|\p{Lu}))\s*[:：.\-–—]\s+\S+\s+\S/u.exec(term);
  return m?.[1] ?? null;
}

/** What names a group of units: the author's lead-in term, else the subject of its first point ("Strings in bash"). */

function nameOf(
  group: Unit[],
  skip: string,
  plain: (markdown: string) => string = (m) => m,
  firstOnly = false,
  aboutAll: (name: string) => boolean = () => false,
  lang = 'en',
): string | null {
  for (const unit of group) {
    if (unit.markdown === '' || unit.spoken === true) continue;
    // A folded box's summary names its slide only where the slide shows nothing else: else it would name what follows,
    // or, one of a list of such boxes ("Bash", "Cmd", "Fish", each folding its shell's setup), the others after it.
    if (unit.folds === true && group.some((u) => u !== unit && u.markdown !== '')) continue;
    if (names(unit.lead, skip, termWords(unit))) return unit.lead;
    // (A caption under the picture that opens the slide, with its figure's label: "Figure 3: Stochastic Gradient Descent
    // trajectory", as the picture's alt text would.)
    const caption = unit === group[1] && captionedPicture(group[0]) ? visibleText(plain(unit.markdown.replace(/^[-*+]\s+/u, ''))).trim() : '';
    if (figureLabel.test(caption) && names(caption, skip, 20)) return caption;
    // A picture is named by its caption (the author's alt text), on a line of its own, under the sentence that leads into
    // it too ("Los detalles de la solicitud son los siguientes:" over "![Vista detallada del segundo evento](…)"); a
    // row of pictures (a wall of avatars) is not by its first.
    const alt = pictureName(unit);
    if (alt && names(alt, skip, figureLabel.test(alt) ? 20 : 8)) return alt;
    // (The subject of the point's own line: an item's items under it are no part of its sentence, "`_ZO_ECHO`" over "`z` will print…".)
    const subject = unit.kind === 'point' ? subjectOf(plain(unit.markdown.split(/\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/u)[0] ?? ''), lang) : null;
    // (Not the name the whole text is about: "Tux Paint" would title half the slides of its FAQ.)
    // (Nor the heading again with its article, "A specification is…" under "Specification".)
    if (subject && headingKey(subject) !== headingKey(skip) && !aboutAll(subject)) return subject;
    // (A picture over its caption is named by the caption, as a lead-in would name it.)
    if ((unit !== group[0] && !(unit === group[1] && captionedPicture(group[0]))) || firstOnly) break;
  }
  // Else the picture the slide shows, further down (a screenshot under a point and the sentence that leads into it).
  const picture = firstOnly ? undefined : group.map(pictureName).find((alt) => alt !== undefined && names(alt, skip));
  return picture ?? null;
}

/**
 * The alt text of a unit's one picture on a line of its own (a row of pictures, a wall of avatars, has none); not a
 * file's or an identifier's name the author left there ("devcontainer_python_rebuild", "fig-3.png").
 */
const pictureName = (unit: Unit): string | undefined => {
  const alt = (unit.markdown.match(/!\[/gu) ?? []).length === 1 ? /^!\[([^\]]{3,120})\]\(/mu.exec(unit.markdown)?.[1] : undefined;
  // (A caption with its figure's label may be longer: "Figure 1: Computation Graph representation for a Parametrised
  // Model" names its slide by what it shows where that fits, else by its label, "Figure 1".)
  return alt === undefined ||
    (alt.length > 60 && !figureLabel.test(alt)) ||
    placeholderAlt(alt) ||
    (/^[\w.-]+$/u.test(alt.trim()) && /[_.]|\d/u.test(alt)) ||
    // (Nor a note of what the file is, in lower case: "london zoomed image", "smartphone": the author's label of the
    // file, not a caption; "Privacy: london zoomed image" had titled a slide of a privacy lecture.)
    (!/\p{Lu}/u.test(alt) &&
      /\p{Ll}/u.test(alt) &&
      (countWords(alt) <= 2 || /\b(?:image|img|picture|pic|photo|screenshot|icon|logo|graphic)$/u.test(alt.trim()))) ||
    fileNamed(alt, /^!\[[^\]]*\]\(<?([^)>\s]+)/mu.exec(unit.markdown)?.[1] ?? '')
    ? undefined
    : // (A caption of one sentence names its slide without its full stop, as a heading would: "Ausschnitt eines Dreiecksignals".)
      /^[^.]+\.$/u.test(alt) && !endsWithAbbreviation(alt.slice(0, -1))
      ? alt.slice(0, -1)
      : alt;
};

/** A figure's label and number at the start of its caption ("Figure 1: ", "Fig. 2.3 ", "Abbildung 4 – ", "图 4.1 "). */
// (With an aside on where it is from before its separator: "Fig. 2 (Ch. 2): Colored Scope Bubbles".)
const figureLabel =
  /^(?:Figure|Fig\.|Abbildung|Abb\.|Figura|Рисунок|Рис\.|图|圖|図|그림)\s*\d+(?:[.-]\d+)*(?:\s*\([^()\n]{1,24}\)\s*[.:：–—-]|\s*[.:：–—-]?)\s+(?=\S)/iu;

/**
 * The terms a slide of definitions defines, in the author's quotes and order:
 * '"Legal Entity" shall mean…', 'To "modify" a work means…', '"You" (or "Your")
 * shall mean…', and the keys a list item each describes ('- "uptime" is the number of seconds since…', a protocol's
 * statistics). Empty for other slides.
 */
function definedTerms(group: Unit[]): string[] {
  const terms: string[] = [];
  for (const unit of group) {
    if (unit.kind !== 'point') continue;
    const m =
      /^(?:[-*+]\s+|\d+[.)]\s+)?(?:\\?\(?[a-z\d]{1,3}\)\s+)?(?:(?:to|the|a|an)\s+)?(["“][^"”\n]{1,40}["”])(?:\s+\([^)\n]{0,40}\))?(?:\s+[\p{L}-]+){0,3}?\s+(?:shall\s+mean|means?|refers?\s+to|is\s+defined\s+as)\b|^(?:[-*+]\s+|\d+[.)]\s+)(["“][^"”\n]{1,40}["”])\s+is\s+(?:the|an?)\s/iu.exec(
        unit.markdown,
      );
    const term = m?.[1] ?? m?.[2];
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * "Heading: "term", "term"" (the heading as shown, the terms escaped): as many
 * of the slide's defined terms as `fits` lets the title hold, at least one.
 */
function definitionsName(group: Unit[], title: string, esc: (text: string) => string, fits: (shown: string) => boolean): string | null {
  const terms = definedTerms(group).map(esc);
  for (let n = terms.length; n >= 1; n -= 1) {
    const named = `${title}${joiner(title)} ${terms.slice(0, n).join(', ')}`;
    if (fits(named)) return named;
  }
  return null;
}

/** A title that ends as a continuation's does, the author's own ("Prenatal (cont)", "Results (continued)"). */
const endsContinued = new RegExp(`(?:${continuedPattern})\\s*$`, 'iu');

/** A heading as the title of a slide that goes on with it: with the label, unless the author's heading already says so (no "Prenatal (cont) (cont.)"). */
const continuation = (heading: string, continued: string): string =>
  endsContinued.test(heading) ? heading : `${shortHeading(heading, continued)} ${continued}`;

/**
 * The lines a continuation's title may take: as many as its heading's, two at most (the slides after the first are
 * packed for the room under such a title; plan-deck.ts).
 */
const titleRoom = (title: string): number => Math.min(titleLines(title), 2);

/**
 * A heading as a continuation's title: whole where it and the label take two lines at most; else its opening words
 * that do ("Why is Poetry telling me that the current project's supported Python range…"), ending on a word that needs
 * nothing after it, never inside code, a link or emphasis. A title of five lines left a slide no room.
 */
export function shortHeading(heading: string, continued: string): string {
  if (titleLines(`${heading} ${continued}`) <= 2) return heading;
  const words = headingWords(heading);
  // Emphasis left open would show its marks: a cut falls where every * and _ that marks it is closed.
  const closed = (head: string): boolean =>
    [/\*/gu, /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu].every((mark) => (head.replace(/(`+)[\s\S]*?\1/gu, '').match(mark) ?? []).length % 2 === 0);
  for (let n = words.length - 1; n >= 2; n -= 1) {
    const head = words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,;:(\-–—]+$/u, '');
    if (n < 3 && !/`/u.test(head)) break;
    // Measured with room to spare: the title's semibold serif sets long runs of words a little wider than the estimate
    // counts, and a cut heading on three lines would take the room the slide was packed for.
    if (closed(head) && !endsOnFunctionWord(head) && titleLines(`${head}… ${continued}`, 0.88) <= 2) return `${head}…`;
  }
  return heading;
}

/** A heading's words, parted only at spaces outside its code spans, links, formulas and tags (a cut never falls inside one). */
function headingWords(heading: string): string[] {
  const words: string[] = [];
  let word = '';
  let ticks = 0;
  let depth = 0;
  let math = false;
  let tag = false;
  for (let i = 0; i < heading.length; i += 1) {
    const c = heading[i] ?? '';
    if (c === '`') {
      let run = 1;
      while (heading[i + run] === '`') run += 1;
      word += heading.slice(i, i + run);
      i += run - 1;
      ticks = ticks === 0 ? run : ticks === run ? 0 : ticks;
      continue;
    }
    if (ticks === 0) {
      if (c === '$') math = !math;
      else if (!math && (c === '[' || c === '(')) depth += 1;
      else if (!math && (c === ']' || c === ')') && depth > 0) depth -= 1;
      else if (c === '<') tag = true;
      else if (c === '>') tag = false;
    }
    if (/\s/u.test(c) && ticks === 0 && depth === 0 && !math && !tag) {
      if (word !== '') words.push(word);
      word = '';
    } else word += c;
  }
  if (word !== '') words.push(word);
  return words;
}

/** A heading over numbered exercises, steps, tasks or questions (or a procedure's: setting up, installing, assembling), in the languages lectern labels. */
const exerciseHeading =
  /exercis|exercic|ejercicio|esercizi|übung|aufgabe|task|step|question|problem|quiz|assignment|activit|challenge|practice|tarea|pregunta|étape|schritt|paso|练习|習題|问题|問題|演習|課題|课题|упражнени|задач|setting up|set-?up\b|install|assembl|configur|walkthrough|procedure|instructions|anleitung|einrichtung|instalaci|installazion|instala[cç]/iu;

/** "3–5" (or "3"): the numbers of a slide's items when all it shows are items of an ordered list, as the author numbered them; else null. */
function itemNumbers(group: Unit[]): string | null {
  const numbers: number[] = [];
  for (const unit of group) {
    if (unit.markdown === '') continue;
    const n = /^(\d{1,4})[.)]\s/u.exec(unit.markdown)?.[1];
    // Lines indented under an item (its sub-items, its code) belong to it, and so do the pictures and the code shown
    // after it (its photos, an exercise's program: units.ts sets them apart) where an item came before them on the slide.
    if (n !== undefined) numbers.push(Number(n));
    else if (!/^\s/u.test(unit.markdown) && !(numbers.length > 0 && unit.kind === 'visual' && /^(?:!\[|```|~~~)/u.test(unit.markdown))) return null;
  }
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined || numbers.some((n, k) => k > 0 && n <= (numbers[k - 1] ?? 0))) return null;
  return first === last ? `${first}` : `${first}–${last}`;
}

/** A table's separator row ("| --- | :-: |"). */
const separatorRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;

/**
 * A part of a table drawn in ASCII in a code block (a specification's "| pid | 32u | Process id |" rows), named by the
 * first cells of its first and last rows ("pid – rusage_system"); a header row (over a rule) and a row that goes on
 * from the one before (its first cell empty) name nothing. Null for any other block, or where a row's first cell is not
 * a short name of its own.
 */
function drawnRowsName(markdown: string): string | null {
  const lines = markdown.split('\n');
  if (!/^(?:```|~~~)/u.test(lines[0] ?? '')) return null;
  const inner = lines.slice(1, -1).filter((l) => l.trim() !== '');
  if (inner.length < 3 || !inner.every((l) => /^\s*[|+]/u.test(l))) return null;
  const keys: string[] = [];
  inner.forEach((line, k) => {
    if (tableRule.test(line) || tableRule.test(inner[k + 1] ?? '')) return;
    const cell = /^\s*\|\s*([^|]*?)\s*\|/u.exec(line)?.[1] ?? '';
    if (cell !== '') keys.push(cell);
  });
  // Names, in rows of two cells or more: not the marks of a picture drawn between bars (an SSH key's randomart).
  const name = /^[\p{L}_][\p{L}\p{N}_.:/()-]*(?:\s+[\p{L}\p{N}_.:/()-]+){0,2}$/u;
  if (!inner.some((l) => (l.match(/\|/gu) ?? []).length >= 3)) return null;
  if (keys.length < 2 || keys.some((k) => !name.test(k) || k.length > 30) || new Set(keys).size !== keys.length) return null;
  const shown = (key: string): string => (/^[\w.:-]+$/u.test(key) && /[_:.]/u.test(key) ? `\`${key}\`` : escapeMarkdown(key));
  return `${shown(keys[0] as string)} – ${shown(keys[keys.length - 1] as string)}`;
}

/**
 * A slide that goes on with a table split over slides, named by the first
 * cells of the rows it shows, as the author wrote them: "Manner: stop/plosive",
 * "Manner: affricate, nasal", "Sounds: [ɣ] – [ɲ]" (the first and the last of
 * more than three). Null unless each row opens with a short cell of its own
 * (words or a symbol, no two alike) and the title fits the heading's lines.
 */
const superscripts: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
};
const subscripts: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

/** `<sup>` and `<sub>` of digits and signs as the characters that show them ("2<sup>-1</sup>" -> "2⁻¹"); others as written. */
function scriptsAsCharacters(text: string): string {
  if (!text.includes('<su')) return text;
  const map = (inner: string, table: Record<string, string>): string | null =>
    [...inner].every((c) => table[c] !== undefined) ? [...inner].map((c) => table[c]).join('') : null;
  return text
    .replace(/<sup>([^<]{1,8})<\/sup>/giu, (whole, inner: string) => map(inner.trim(), superscripts) ?? whole)
    .replace(/<sub>([^<]{1,8})<\/sub>/giu, (whole, inner: string) => map(inner.trim(), subscripts) ?? whole);
}

function rowsName(group: Unit[], title: string, fits: (shown: string) => boolean): string | null {
  const table = group[0];
  if (table?.kind !== 'visual') return null;
  const drawn = drawnRowsName(table.markdown);
  if (drawn !== null) return [`${title}${joiner(title)} ${drawn}`, drawn].find(fits) ?? null;
  const lines = table.markdown.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 3 || !separatorRow.test(lines[1] ?? '') || !(lines[0] ?? '').includes('|')) return null;
  // (Rows of a table too wide for a slide, each shown on its side: named by the rows they are, not by the columns' headings.)
  const records = [...new Set(group.flatMap((u) => (u.kind === 'visual' && u.record !== undefined ? [u.record] : [])))];
  const keys: (string | null)[] = [];
  let empty = 0;
  for (const written of table.record !== undefined ? records : lines.slice(2)) {
    // (Exponents and indices as the page shows them: "2<sup>4</sup>" names its row "2⁴", not "24".)
    const row = scriptsAsCharacters(written);
    // Without the bullet of a list written in HTML in the cell ("• **liquids**").
    const raw = (
      row
        .trim()
        .replace(/^\|/u, '')
        .split(/(?<!\\)\|/u)[0]
        ?.trim() ?? ''
    ).replace(/^•\s*/u, '');
    // (Without the colon a label of a row ends on: "**Inhalte:**", "Autoren:".)
    const shown = (cellsOf(row)[0] ?? [])
      .join(' ')
      .trim()
      .replace(/^•\s*/u, '')
      .replace(/\s*[:：]$/u, '');
    // Its text, or the cell as written where it shows code (`--force`) or a formula (`$q$`) and no link, picture or tag.
    // (A pipe escaped for the table, "`ls \| less`", is a pipe in a title's code.)
    const key = /[`$]/u.test(raw) && !/\]\(|<|!\[/u.test(raw.replace(/`[^`]*`|\$[^$]*\$/gu, '')) ? raw.replace(/\\\|/gu, '|') : escapeMarkdown(shown);
    // (Nor a row of a tree drawn in the cells, "├── `08_anova.ipynb`": a file of a folder's listing, not what the rows are.)
    // (A cell of code alone, "`ls -la`", is read by its code.)
    const said = shown === '' && /^`[^`]+`$/u.test(raw) ? raw.slice(1, -1) : shown;
    // A row whose first cell is empty goes on from the row before it (another way to do the same), on this slide or the
    // one before: it names nothing, and the part is named by the rows round it.
    if (raw === '') {
      empty += 1;
      continue;
    }
    if (!/[\p{L}\p{N}\p{S}]/u.test(said) || separatorRow.test(raw) || /^[│├└┌┬┼─|`+\\-]{2}/u.test(shown)) return null;
    // A row whose first cell is too long for a title (a pipeline of commands) names nothing: the part is named by the
    // first and the last rows that can name it.
    if (countWords(said) > 5 || said.length > 40) {
      keys.push(null);
      continue;
    }
    // A measurement ("-49.85", "3.0e8", "12,5") is a value, not a row's name.
    if (/^[-+−]?\d*[.,]?\d+(?:[eE][-+]?\d+)?$/u.test(shown) && /[-+−.,eE]/u.test(shown)) return null;
    // Rows that open alike one after another (a cell that spanned them) are named once; apart, a name is no key.
    if (key === keys[keys.length - 1]) continue;
    if (keys.includes(key)) return null;
    keys.push(key);
  }
  // (Not a table whose rows open with nothing as often as not: its first column names no rows.)
  if (empty * 4 > empty + keys.length) return null;
  // (Named by the first and the last rows that can name it: a pipeline too long for a title at either end is passed over.)
  const nameable = keys.filter((k): k is string => k !== null);
  const first = nameable[0];
  const last = nameable[nameable.length - 1];
  if (first === undefined || last === undefined) return null;
  const named = [keys.length <= 3 && !keys.includes(null) ? keys.join(', ') : null, nameable.length > 1 ? `${first} – ${last}` : null].filter(
    (k): k is string => k !== null,
  );
  // Under the heading where that fits its lines, else the rows' names alone ("affricate, nasal" under a long heading);
  // numbers alone ("7 – 12", a table of sums' rows) are no name without the heading.
  const alone = named.filter((k) => /\p{L}/u.test(k));
  return [...named.map((k) => `${title}${joiner(title)} ${k}`), ...alone].find(fits) ?? null;
}

/** Three names or more in a series, "A, B, and C" ("Windows, Mac OS X, Linux, and FreeBSD"). */
const seriesName = String.raw`\p{Lu}[\p{L}\p{N}'’.+#-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.+#-]*)*`;
const nameSeries = new RegExp(String.raw`${seriesName}(?:,\s+${seriesName})+,?\s+(?:and|or|&)\s+${seriesName}`, 'gu');

/**
 * Whether `name` is said in the bold label one item opens with, and by no other point, among items two or more of which
 * open with labels ("**Wheels and Hypercubes** — …", "**Hamiltonian Graphs** — …", "**The Traveling Salesman Problem** —
 * …", an agenda's topics): it names one topic of several, not the slide ("Today's Agenda: Traveling Salesman Problem"
 * over all three).
 */
function oneItemsLabel(points: Unit[], name: string): boolean {
  const labels = points.map((u) => /^\s*(?:[-*+]|\d+[.)])?\s*(?:\*\*|__)([^*_\n]+)(?:\*\*|__)/u.exec(u.markdown)?.[1]?.toLowerCase() ?? null);
  const said = name.toLowerCase();
  return (
    labels.filter((l) => l !== null).length >= 2 &&
    labels.some((l) => l?.includes(said)) &&
    points.filter((u) => u.kind === 'point' && u.markdown.toLowerCase().includes(said)).length === 1
  );
}

/**
 * The name a slide is about: a capitalised name ("Viaweb", "Rich Draves") of its first point,
 * else of its others, the one its points use most; not one its titles already give, nor one in
 * code, a link's address or a formula. Null when its points name no one.
 */
function nameIn(group: Unit[], given: string[], isName: (name: string) => boolean): string | null {
  // (Not a caption under a picture: "Source: @nakkiran_deep_2019. The X-axis represents…, and the Y-axis shows…" had
  // titled its slide "Y-axis".)
  const points = group.filter((u, k) => u.kind === 'point' && u.markdown !== '' && !(k > 0 && captionedPicture(group[k - 1])));
  const plain = (markdown: string): string =>
    // Markdown's escapes part no words: "Alt\\_L" is the identifier Alt_L, not "Alt" and "L".
    unescapeMarkdown(markdown)
      // A link's words name what it leads to (an article's title, "What Every Programmer Absolutely, Positively Needs…"),
      // not what the slide is about.
      .replace(/(?<!!)\[[^\]\n]*\]\([^)\n]*\)/gu, '.\n')
      // Nor one from an aside in parentheses, a citation's keys above all ("(tag:Pratt2016_dr; tag:Leibig2016_dr)").
      .replace(/\([^()\n]*\)/gu, '.\n')
      .replace(notText, ' ')
      .replace(/https?:\/\/\S+/gu, ' ')
      // Bold ends a name where it ends: "**Think Like an Engineer** Agree on…" names no "Engineer Agree".
      .replace(/\*\*|__/gu, '.\n')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gmu, '')
      // Nor the title of a work the text sends the reader to ("—see *Get Started*, Chapter 1"): it is elsewhere.
      .replace(/(?<=^|[\s(—–-])(?:see(?:\s+also)?|cf\.?|read)\s+(?:\*[^*\n]+\*|_[^_\n]+_)/giu, '.\n')
      // Italics' marks are no words: a sentence in italics ("*Choose any small distance…*") opens as a sentence does.
      .replace(/(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)/gu, '')
      // What an item says after its code ("`i` - Skip an argument", the code taken out) opens as a sentence does.
      .replace(/^\s*[-–—:]\s+/gmu, '')
      // Each line (an item, a sub-item) ends where a name can: "Lasso Regression" over "Allows for sparsity" is no "Lasso Regression Allows".
      .replace(/[ \t]*\n\s*/gu, '.\n')
      // A name among others in a series ("the kernels of Windows, Mac OS X, Linux, and FreeBSD") is an example, not
      // what the slide is about.
      .replace(nameSeries, '.\n');
  // The first point's opening words, where what it is about is named: a name met once, far into a long sentence ("…the
  // number of hours until failure for students from TU Delft is…"), is a detail of it, not its subject.
  const first = /^\s*(?:\S+\s+){0,15}\S*/u.exec(plain(points[0]?.markdown ?? ''))?.[0] ?? '';
  // Each point a sentence of its own: a name does not run on into the next point.
  const counts = nameCounts(points.map((u) => plain(u.markdown)).join('.\n'));
  const shown = given.map((t) => visibleText(t).toLowerCase());
  // The most used, a name of the first point before others.
  let best: { name: string; score: number } | null = null;
  for (const [name, count] of counts) {
    const score = count + (first.includes(name) ? 100 : 0);
    if (score < 2 || oneItemsLabel(points, name)) continue;
    if (isName(name) && !shown.some((t) => t.includes(name.toLowerCase())) && (best === null || score > best.score)) best = { name, score };
  }
  // A name that opens a title in italics ("_Deuxième traité du gouvernement civil_", a passage's source, where
  // "Deuxième" alone is capitalised) names the work: the title whole.
  const whole =
    best === null
      ? undefined
      : points
          .flatMap((u) => [...u.markdown.matchAll(italicPhrase)].map((m) => (m[1] ?? m[2] ?? '').trim()))
          .find((t) => t.startsWith(`${best?.name} `) && countWords(t) <= 6 && t.length <= 40 && !/[`$*_[\]]/u.test(t));
  return whole ?? best?.name ?? null;
}

/**
 * What a point holds that is not its words: code spans, formulas (a displayed one whole, "$$ Pr(Y = 1) $$" over
 * lines, before the inline ones: its "Pr" names no one), tags and a link's address.
 */
const notText = /`+[^`]*`+|\$\$[\s\S]*?\$\$|\$[^$]*\$|<[^>]*>|\]\([^)]*\)/gu;

/** Bold phrases ("**reserve ratio**", "__assets__"), then italic ones ("*initial condition*"). */
const boldPhrase = /\*\*(?!\s)([^*\n]+?)\*\*|(?<!\w)__(?!\s)([^_\n]+?)__(?!\w)/gu;
const italicPhrase = /(?<![*\w])\*(?![\s*])([^*\n]+?)\*(?![*\w])|(?<![_\w])_(?![\s_])([^_\n]+?)_(?![_\w])/gu;

/** Words stressed for how much or how surely, which name nothing ("too **few** tokens", "you **must**"). */
const stressWord =
  /^(?:many|much|few|fewer|more|most|less|least|all|none|no|not|never|always|only|very|must|should|each|every|both|any|some|too|enough|same|different|nothing|everything|before|after)$/iu;

/**
 * The term a slide's points stress, in the author's words and spelling: the
 * first bold phrase of its points, else the first italic one of two words or
 * more (a word alone in italics is mostly stress, "*not*"); of five words at
 * most, not in code or a formula, not a word that names nothing ("**Note**"),
 * nor one its titles already give, nor a point's opening label. Null when its
 * points stress none.
 */
function stressedTerm(group: Unit[], given: string[]): string | null {
  const shown = given.map((t) => visibleText(t).toLowerCase());
  // Words set in bold one by one ("**the start of** **computer** **memory.**") are one stressed phrase.
  const texts = group
    .filter((u) => u.kind === 'point' && u.markdown !== '')
    .map((u) => u.markdown.replace(notText, ' ').replace(/(?<=\S)\*\*[ \t]+\*\*(?=\S)/gu, ' '));
  for (const [pattern, fewest] of [
    [boldPhrase, 1],
    [italicPhrase, 2],
  ] as const) {
    for (const text of texts) {
      for (const match of text.matchAll(pattern)) {
        // A phrase that opens its point is its lead-in label ("**Architecture Invariant:** …"), which nameOf weighs.
        if (/^\s*(?:[-*+]|\d+[.)])?\s*$/u.test(text.slice(0, match.index))) continue;
        const term = (match[1] ?? match[2] ?? '').trim().replace(/[.:,;]$/u, '');
        // (Nor a phrase that held a formula or code, taken out of the text read here: "*overall regression $F$-statistic*"
        // had titled a slide "overall regression  -statistic".)
        if (/\S\s{2,}\S/u.test(term)) continue;
        const words = countWords(term);
        // (A word in italics the sentence defines, "$b$ is called a *bias*", is a term however short.)
        const defining = /\b(?:called|known\s+as|termed|dubbed|referred\s+to\s+as)\s+(?:an?\s+|the\s+)?$/iu.test(text.slice(0, match.index));
        if (!/\p{L}/u.test(term) || /[[\]*_\\]/u.test(term) || (words < fewest && !defining) || words > 5 || term.length > 40) continue;
        // Stress on words that name nothing ("**any**", "**not at all**") is emphasis, not a term; nor is a phrase cut off
        // before its noun ("**the start of** **computer** **memory.**", bold word by word).
        if (term.split(/\s+/u).every(isStopword) || endsOnFunctionWord(term)) continue;
        // (In Japanese, a phrase that ends on a particle, "**現時点での**" ("at the present"): it goes on to its noun.)
        if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][のにでをはがとへもや]$/u.test(term) && !/(?:こと|もの)$/u.test(term)) continue;
        // Nor a quantity before its noun ("*one particular* benchmark", "**all** of them"): stress on which or how many.
        if (/^(?:one|some|any|each|every|all|no|many|much|more|most|several|few)\s/iu.test(term)) continue;
        // Nor a phrase a preposition opens in lower case ("seen as knowledgeable *by default*", "*at all*", "*in practice*"):
        // stress on how or when, no thing's name.
        if (/^(?:by|at|in|on|for|from|with|without|to|of|under|over|after|before)\s+\p{Ll}/u.test(term)) continue;
        // Nor a clause a conjunction opens, or a command ("**but do not share answers!**", "**and please do not submit
        // AI-generated solutions**"): stress on what to do or not, a sentence's part, no name; nor a negation.
        if (/^(?:but|and|or|nor|so|yet|please|do|don['’]t|never|not|always)\s/iu.test(term) || /[!?]$/u.test(term)) continue;
        // Nor a work the text points the reader to ("see *Get Started*, Chapter 1", "cf. *The Mythical Man-Month*"): a
        // title of elsewhere, not what this slide is about.
        if (/(?:^|[\s(—–-])(?:see(?:\s+also)?|cf\.?|read)\s+$/iu.test(text.slice(0, match.index))) continue;
        // Nor an example of a kind ("content providers such as **Google**", "languages like *Standard ML*"): one of many.
        if (/\s(?:like|such\s+as|e\.\s?g\.,?|including)\s+$/iu.test(text.slice(0, match.index))) continue;
        // Nor is a word of quantity or insistence alone ("too **many** tokens", "too **few**", "**must**"): stress on how much.
        if (words === 1 && stressWord.test(term)) continue;
        // Nor is an adverb alone ("choose **independently**"): it stresses how, and names nothing.
        if (words === 1 && /^\p{Ll}/u.test(term) && adverbInLy.test(term)) continue;
        if (emptyTerm.test(term) || shown.some((t) => t.includes(term.toLowerCase()))) continue;
        // Nor a date or a number set in italics ("(*2020-09-11 Fri*)"): when, not what.
        if (/\d/u.test(term) && (term.match(/\p{L}/gu)?.length ?? 0) <= term.replace(/\s/gu, '').length / 2) continue;
        return term;
      }
    }
  }
  return null;
}

/** Whether a title says a term already: each of its words, in the singular or the plural ("Chunk label" says "chunk labels"). */
function saidIn(title: string, term: string): boolean {
  const words = new Set(
    visibleText(title)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .map((w) => w.replace(/s$/u, '')),
  );
  return term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => words.has(w.replace(/s$/u, '')));
}

/** The prose of a slide's points, as a reader sees it: no code, formula or picture. */
function pointsOf(group: Unit[], plain: (text: string) => string): string {
  return group
    .filter((u) => u.kind === 'point' && u.markdown !== '' && u.spoken !== true)
    .map((u) => plain(u.markdown).replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/gmu, ''))
    .join('\n');
}

/** A heading or a term as the two are compared: its words in small letters, an article before them aside. */
export const headingKey = (text: string): string =>
  visibleText(text)
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    // (The articles of the other languages of the deck's labels too: "Ein Deep Copy" is said under "Deep Copy".)
    .replace(leadingArticle, '');

/**
 * The question a slide's first point or paragraph is, whole (one sentence of up to fourteen words, its quotation marks
 * and emphasis aside, no code or formula): null for anything else.
 */
function openingQuestion(group: Unit[], plain: (text: string) => string): string | null {
  const first = group[0];
  if (!first || first.kind !== 'point' || first.markdown.includes('\n') || first.spoken === true) return null;
  const said = plain(first.markdown)
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/u, '')
    .trim()
    .replace(/^["“«]([^"“”«»]+)["”»]$/u, '$1');
  const text = shortQuestion(said, 14) ?? '';
  return countWords(text) >= 3 && !/[`$<>[\]]/u.test(text) && !/[.!?]\s/u.test(text) ? text : null;
}

/**
 * Titles for a section's slides: the heading, then for each continuation
 * what it covers in the author's words; a slide that only goes on with
 * the topic before it (the rest of a code block) says so: "Topic (cont.)".
 * A `resumed` section (the text after a box) names its first slide so too.
 * `format`: a plain text's points and titles are Markdown with its characters escaped.
 * `isName`: which capitalised words of the document are names (key-phrase.ts, documentNames).
 * `aboutAll`: the names the whole document is about (its title's, one most sections use): they name no slide.
 */
export function slideTitles(
  groups: Unit[][],
  title: string,
  format: 'text' | 'markdown',
  continued: string,
  resumed = false,
  isName: (name: string) => boolean = () => true,
  isLabel: (term: string) => boolean = () => false,
  headsElsewhere: (term: string) => boolean = () => false,
  aboutAll: (name: string) => boolean = () => false,
  termOf: (points: string) => string | null = () => null,
  lang = 'en',
  roomOf: (group: Unit[]) => number = () => 0,
): string[] {
  // A section that goes on after a box is named from its first slide on, as a continuation is.
  const opening = resumed ? -1 : 0;
  // The topic the next slide may go on with, what named it and in which block: the heading; an author's term, which
  // names what follows it; a sentence's subject, or a picture or code (the title of its slide), which name only their block.
  // A list item's term names that item only (`item`: its notes' key): a slide that goes on with the list after it is not its.
  // A label over a list names that list (`over`: its block), not what comes after the list ("Learning Outcomes" over a box's
  // items does not name the paragraphs after the box).
  let topic: { name: string; by: 'heading' | 'term' | 'subject' | 'visual'; block: number; item?: string; over?: number } = {
    name: title,
    by: 'heading',
    block: -1,
  };
  // The last of the author's labels over text ("**Ideal Gas**" over its paragraphs): what a slide goes on with when the
  // sentence subject or picture named since covers only its own block.
  let labelName: string | null = null;
  let previous = '';
  // The titles given so far: a name guessed from a slide's points (a name it is about, a term it stresses) is not given
  // twice in a section ("Introduction: JavaScript" on two slides a slide apart).
  const given = new Set<string>();
  const guessed = new Set<string>();
  // A name read from a plain text's point is unescaped, and escaped again (once) as a title.
  const same = (text: string): string => text;
  const esc = format === 'text' ? escapeMarkdown : same;
  const plain = format === 'text' ? unescapeMarkdown : same;
  // Whether a name is the term of one of a slide's items and another section's heading ("**The Membership Operator** —
  // Asking…", an item of the lecture's own plan): that section has the title. (A sentence's subject that names another
  // section's topic, "Postman also allows users to save requests", still names its slide.)
  const planned = (group: Unit[], name: string): boolean =>
    headsElsewhere(plain(name)) && group.some((u) => u.lead !== null && headingKey(plain(u.lead)) === headingKey(plain(name)));
  // A name of a word or two ("Usage", "Wrong", "OK") says what it is under its heading: "Vim: Usage", where that fits
  // the heading's lines (and the heading does not already say it); a longer one reads alone ("Strings in bash"), unless
  // it opens in lower case, as an outline's terms do ("Cognition: sets goals and maintains focus").
  const placed = (term: string): string => {
    // (A term that is a link, "[Tokenization](#tokenization): how a string is split", names the slide by its text: a title
    // is no link.)
    const shown = esc(linksAsText(term));
    const under = `${title}${joiner(title)} ${shown}`;
    return (countWords(visibleText(term)) <= 2 || /^\p{Ll}/u.test(visibleText(term).trim())) &&
      !visibleText(title).toLowerCase().includes(visibleText(term).toLowerCase()) &&
      titleLines(under) <= titleRoom(title)
      ? under
      : shown;
  };
  return groups.map((group, i) => {
    // A continuation title may not take more lines than the heading: the slide was planned for that room.
    // A title of defined terms must fit with a little room to spare (kerning of quoted capitals): a line more than the
    // heading takes leaves the body less room.
    // (As many lines as the heading's, or as this slide's own points leave room for: `roomOf`.)
    const room = Math.max(titleRoom(title), Math.min(roomOf(group), 2));
    const fitsShown = (shown: string): boolean => titleLines(shown, 0.95) <= room;
    const fits = (candidate: string | null): string | null => (candidate !== null && titleLines(esc(candidate)) <= room ? candidate : null);
    // Titles as shown: the heading with the terms a slide defines or the code it opens with (built on the shown heading), else the author's name for it, escaped.
    const defined = i === opening ? null : definitionsName(group, title, esc, fitsShown);
    // A slide that goes on with the block the last one ended in (a code block, a list, a table).
    const goesOn = group[0]?.block === groups[i - 1]?.[groups[i - 1]!.length - 1]?.block;
    // Such a slide (a listing's second part) is not named by what comes after that rest (the label of the next tab,
    // "Linux", under PowerShell's commands).
    // (A numbered label the term opens with, where the whole term takes more lines than the heading: "Step 2" of "**Step 2:
    // calculates ratio of each sample to the reference**".)
    const term = i === opening || defined ? null : nameOf(group, title, plain, goesOn, aboutAll, lang);
    // (A figure's caption without its label first: "Figure 1: The computation graph" names its slide by what it shows.)
    // (Only a picture's caption: a label in bold, "**Figure 4. MyPet Project**", titles its slide as written.)
    const captioned = term !== null && (group.some((u) => pictureName(u) === term) || (captionedPicture(group[0]) && figureLabel.test(term)));
    const termed = (captioned ? fits(term.replace(figureLabel, '')) : null) ?? fits(term) ?? fits(numberedLabel(term));
    // A label the author puts over many paragraphs ("Architecture Invariant") names a slide under its heading only.
    // Nor does a term that is another section's heading, alone ("**The Membership Operator** — Asking…", an item of the
    // lecture's own plan): that section has the title, and this slide is no part of it.
    // (But a later slide that opens with a short label in bold over what follows was packed for the room that label leaves
    // as its title, pack-units' opensAsTitle: it is titled by it, as it alone would be, or its label over fourteen lines of SQL
    // had overflowed by 24 px under a title of the code's file name.)
    const labelled = i > 0 && termed !== null && opensAsTitle(group[0]) && headingKey(plain(group[0]?.lead ?? '')) === headingKey(plain(termed));
    const lead = termed !== null && !labelled && ((isLabel(plain(termed)) && placed(termed) === esc(termed)) || planned(group, termed)) ? null : termed;
    // The rest of a long code block: named by its opening comment and the definition it is in, before a later unit's code.
    const partName = i === opening || defined || lead ? null : codePartName(group, groups.slice(0, i), title, continued, room);
    const part = partName?.title ?? null;
    // Code the slide opens with names it, with the heading, or alone where the two take more lines than the heading;
    // the middle of a listing the last slide began only by a name (a definition, a command at a prompt, a code span of
    // the text): the line it happens to open with ("old_ifs=$IFS", "done < file", "`sub_string2*)`") names nothing.
    // A slide that goes on with the last one's block goes on with its name.
    // A part of a table split over slides (this one opens with it, and the last one ends or the next one opens with the
    // same table): named by the rows it shows.
    const split = goesOn || group[0]?.block === groups[i + 1]?.[0]?.block;
    const rows = i === opening || defined || lead || part || !split ? null : rowsName(group, title, fitsShown);
    const opens = i === opening || defined || lead || part || rows ? null : codeName(group, title);
    const coded = goesOn && group[0]?.kind === 'visual' && opens?.alone !== true ? null : opens;
    const codeTitle = coded ? [coded.titled, ...(coded.bare ? [coded.code] : [])].find((t) => titleLines(t) <= room) : undefined;
    const name = defined ?? (lead ? placed(lead) : (part ?? rows ?? codeTitle ?? null));
    const opener = group[0]?.noteKey ?? '';
    // A heading or an author's term names what follows it; a subject, a picture or code only their own block.
    const namesOn = topic.by === 'heading' || (topic.by === 'term' && (topic.over === undefined || group[0]?.block === topic.over));
    const continues =
      goesOn && (topic.item !== undefined ? opener === topic.item || opener.startsWith(`${topic.item}:`) : group[0]?.block === topic.block || namesOn);
    const named = continues || (!goesOn && namesOn);
    // (A slide that opens with another of the author's labels, one that names no slide alone ("Kotlin" after "Java", each
    // over its listing), goes on with the heading, not with the label before.)
    const relabelled = termed !== null && lead === null && !goesOn;
    const fallback = !relabelled && labelName !== null && titleLines(`${labelName} ${continued}`) <= titleRoom(title) ? labelName : title;
    const base = named && !relabelled && titleLines(`${topic.name} ${continued}`) <= titleRoom(title) ? topic.name : fallback;
    // A slide of numbered items only (exercises, steps) is named by the author's numbers of the items it shows.
    // (One number alone names only exercises, steps or questions, "Exercises: 4"; elsewhere "Introduction: 2" says nothing.)
    const numbers = name === null && i !== opening ? itemNumbers(group) : null;
    const numbered = numbers !== null && (numbers.includes('–') || exerciseHeading.test(title)) ? numbers : null;
    const counted = numbered && titleLines(`${title}${joiner(title)} ${numbered}`) <= room ? `${title}${joiner(title)} ${numbered}` : null;
    // Else the name its first point is about, in the author's spelling ("Yahoo: Viaweb").
    const aboutName = name === null && counted === null && i !== opening ? nameIn(group, [title, topic.name], (n) => isName(n) && !aboutAll(n)) : null;
    const about = aboutName !== null && planned(group, aboutName) ? null : aboutName;
    // (Alone, only a name the slide opens with: one its later points use twice, "IP" of "perhaps distinct IP addresses?" and
    // "IP addresses are not secure", is a detail of them, no title for a slide about counting votes.)
    const opensWith = about !== null && visibleText(group.find((u) => u.kind === 'point')?.markdown ?? '').includes(about);
    const aboutTitle =
      about && !guessed.has(about)
        ? [`${title}${joiner(title)} ${esc(about)}`, ...(opensWith ? [esc(about)] : [])].find((t) => titleLines(t) <= room && !given.has(t))
        : undefined;
    // Else the term its points stress ("A simple model: reserve ratio"), under the heading; alone where it is a name.
    const stressedName = name === null && counted === null && aboutTitle === undefined && i !== opening ? stressedTerm(group, [title, topic.name]) : null;
    const stressed = stressedName !== null && planned(group, stressedName) ? null : stressedName;
    const stressedTitle =
      stressed && !guessed.has(stressed)
        ? [`${title}${joiner(title)} ${stressed}`, ...(/^\p{Lu}/u.test(stressed) ? [stressed] : [])].find((t) => titleLines(t) <= room && !given.has(t))
        : undefined;
    // Else the question it opens with, where the slide begins with it and it fits the title's lines: an essay's objections
    // ('"Shouldn't a programmer be able to ask for a reward for his creativity?"' over its answer), a FAQ's questions.
    const asked = name === null && counted === null && i !== opening && !goesOn ? openingQuestion(group, plain) : null;
    const askedTitle = asked !== null && !given.has(esc(asked)) && titleLines(esc(asked)) <= room ? esc(asked) : undefined;
    // Else, where the slide would go on under the heading alone, a term of its points that the document uses again
    // ("The BCS Wavefunction: thermodynamic limit"), under the heading.
    const unnamed =
      name === null &&
      counted === null &&
      aboutTitle === undefined &&
      stressedTitle === undefined &&
      askedTitle === undefined &&
      i !== opening &&
      base === title;
    const recurred = unnamed ? termOf(pointsOf(group, plain)) : null;
    const recurring = recurred !== null && oneItemsLabel(group, recurred) ? null : recurred;
    const termTitle =
      recurring !== null && !guessed.has(recurring) && !saidIn(title, recurring)
        ? [`${title}${joiner(title)} ${esc(recurring)}`].find((t) => titleLines(t) <= room && !given.has(t))
        : undefined;
    // (A term read from a slide's points that named a slide before, further back, names no other: "About HTTP request
    // types: POST" on two slides. Code names each slide that shows it: each example may define `Cat` again.)
    const once = lead !== null && !labelled && name === placed(lead) && given.has(name) && previous !== name ? null : name;
    // A slide that goes on with the block an author's term is over (the list under "**Fragen an die Veranstaltung**") goes
    // on with that term: a name guessed from its first point ("Einleitung: Schaltfunktion") would say it begins a topic.
    const termGoesOn = continues && topic.by === 'term' && base === topic.name && base !== title;
    // A subject the last slide's point opened with, that no title has shown, names this slide as it is: "(cont.)" after
    // it would say a slide of that title came before ("THE Constitution proposed by the convention (cont.)" under a slide
    // titled by the essay's heading).
    const goOn = (name: string, label: string): string =>
      name === topic.name && topic.by === 'subject' && name !== title && ![...given].some((t) => t === name || t.startsWith(`${name} `))
        ? name
        : continuation(name, label);
    let shown =
      i === opening
        ? title
        : (once ?? counted ?? (termGoesOn ? continuation(base, continued) : (askedTitle ?? aboutTitle ?? stressedTitle ?? termTitle ?? goOn(base, continued))));
    // (Not by a subject or a picture the last slide showed: this one does not show it.)
    if ((shown === previous || shown === `${previous} ${continued}`) && !relabelled && (name !== null || continues || namesOn))
      shown = (name ?? topic.name).endsWith(` ${continued}`) ? (name ?? topic.name) : continuation(name ?? topic.name, continued);
    previous = shown;
    given.add(shown);
    if (shown === aboutTitle && about) guessed.add(about);
    if (shown === stressedTitle && stressed) guessed.add(stressed);
    if (shown === termTitle && recurring) guessed.add(recurring);
    // The topic the next slide may go on with: the last one this slide names (a picture or code goes on with the slide's own).
    // Without the continuation's label, not the author's own parenthesis ("一次元拡散方程式 (シリアル版)").
    const own = shown.endsWith(` ${continued}`) ? shown.slice(0, -continued.length - 1) : shown;
    // Rows of a table name only their slide: the next part of it goes on with the heading.
    if (rows) topic = { name: title, by: 'heading', block: -1 };
    const units = rows ? group.slice(1) : group;
    units.forEach((unit, k) => {
      const term = unit.spoken === true ? null : (unit.lead ?? (unit.kind === 'point' && unit.markdown !== '' ? subjectOf(plain(unit.markdown), lang) : null));
      // A term names what follows it where it is a label over it ("**Example Usage:**" over code); one with its own text after
      // it ("**Topics covered**: `ML` `UML`"), or a list item's, names that text, and a slide that goes on with its block.
      const label = unit.lead !== null && unit.item !== true && unit.keepWithNext;
      const after = units[k + 1];
      const over = label && after?.item === true && after.block !== unit.block ? { over: after.block } : {};
      // (A sub-heading of the author's: a paragraph all in bold, no colon at its end, over text; not a lead-in to the
      // code, formula or list under it. Another label of the author's ends its reach.)
      const subHeading =
        label &&
        boldParagraph.test(unit.markdown.trim()) &&
        !/[:：]\s*(?:\*\*|__)$/u.test(unit.markdown.trim()) &&
        after?.kind !== 'visual' &&
        over.over === undefined &&
        !isLabel(plain(unit.lead ?? ''));
      if (label) labelName = null;
      // (A sub-item's term names that item alone: the next slide, which opens with its list's parent again, goes on with
      // what came before it, not "Added — Scale" over items that are not about scale.)
      const subItem = /^[ \t]+(?:[-*+]|\d{1,9}[.)])[ \t]/u.test(unit.markdown);
      if (subItem) return;
      if (names(term, title, termWords(unit))) {
        topic = { name: placed(term), by: label ? 'term' : 'subject', block: unit.block, ...(unit.item === true ? { item: unit.noteKey } : {}), ...over };
        if (subHeading) labelName = topic.name;
      } else if (unit.kind === 'visual') topic = { name: own, by: 'visual', block: unit.block };
    });
    // A part of a listing named by its comment only: the listing's next part goes on under the heading.
    if (partName && !partName.inside && shown === part && topic.by === 'visual') topic = { name: title, by: 'heading', block: -1 };
    return shown;
  });
}
