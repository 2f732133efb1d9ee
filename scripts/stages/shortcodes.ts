// Template calls of documentation site generators, which the site expands
// and a reader never sees as written: Hugo's shortcodes (`{{< name ... >}}`,
// `{{% name %}}`) and MDN's KumaScript macros (`{{jsxref("Array")}}`,
// `{{Compat}}`). A call that shows text where it stands (a tooltip's text, a
// cross-reference's name) becomes that text; a code shortcode becomes a code
// block; a figure, its picture; any other call is kept out and counted as
// hidden. Pure: text in, text out; line numbers are kept.
import { closingLine, fenced } from './fence.ts';
import { inBold } from './text-size.ts';

/** A shortcode's parameters, `name="value"` or `name=value`, and its positional values. */
function parameters(raw: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const m of raw.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/gu)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (m[1]) named.set(m[1].toLowerCase(), value);
    else positional.push(value);
  }
  return { named, positional };
}

// {{< name params >}} on a line of its own, up to {{< /name >}}: shortcodes that hold code, a diagram's source among
// them (`{{<mermaid align="center">}}` over "graph LR;", which the site draws: shown as its source, not read as text).
const codeOpen = /^[ \t]*\{\{([<%])\s*(code-toggle|highlight|code|codeblock|syntax|mermaid|graphviz|plantuml)\b([^\n]*?)\s*[>%]\}\}[ \t]*$/u;

/** A shortcode's call alone on its line (`{{< name params >}}`, `{{% name %}}`): its kind, name and parameters. */
export const callLine = /^[ \t]*\{\{([<%])\s*([\w-]+)([^\n]*?)\s*[>%]\}\}[ \t]*$/u;

/** The line that closes a call of `name` (`{{< /name >}}`, `{{% /name %}}`). */
export const closingCall = (name: string): RegExp => new RegExp(`^[ \\t]*\\{\\{[<%]\\s*\\/\\s*${name}\\s*[>%]\\}\\}[ \\t]*$`, 'u');

/**
 * A site's own shortcode for code: one that says its language (`{{<inlineJava path="Voiture.java" lang="java" >}}`), or
 * is named for a language (`{{< python >}}`, `{{< inlineJava >}}`); its opening line read as codeOpen reads Hugo's.
 */
function siteCodeOpen(line: string): RegExpExecArray | null {
  const open = callLine.exec(line);
  if (!open || /^\//u.test(open[2] ?? '')) return null;
  const { named } = parameters(open[3] ?? '');
  if (named.has('lang') || named.has('language')) return open;
  const language = languageNamed.exec(open[2] ?? '')?.[1];
  if (!language) return null;
  open[3] = `${open[3] ?? ''} lang="${language.toLowerCase()}"`;
  return open;
}
const languageNamed = /^(?:inline|code)?[-_]?(java|python|javascript|typescript|kotlin|scala|rust|go|cpp|csharp|ruby|php|haskell|sql|bash|shell)$/iu;

/** The language of a code shortcode: its `lang` or first positional value, else what its content looks like (Hugo's config is TOML, YAML or JSON). */
function codeLanguage(name: string, params: string, code: string): string {
  if (/^(?:mermaid|graphviz|plantuml)$/u.test(name)) return name === 'graphviz' ? 'dot' : name;
  const { named, positional } = parameters(params);
  const given = named.get('lang') ?? named.get('language') ?? (name === 'highlight' ? positional[0] : undefined);
  if (given && /^[\w+#.-]+$/u.test(given)) return given;
  if (/^\s*[{[]\s*"/u.test(code)) return 'json';
  if (/^\s*\[[\w.-]+\]\s*$|^\s*[\w.-]+\s*=\s*/mu.test(code)) return 'toml';
  if (/^\s*[\w.-]+:\s/mu.test(code)) return 'yaml';
  return '';
}

/**
 * A tab's label inside a set of tabs written as one shortcode, its tabs parted by label lines ("{{<tabs>}}" over
 * "===[[Exercise]]===", the exercise, "===[[Answer]]===", the answer): the label in bold ("**Exercise:**"), a lead-in to what
 * follows it (it had shown as "=Exercise=" marked). Line numbers hold.
 */
function tabLabels(lines: string[]): void {
  let inside = false;
  lines.forEach((line, i) => {
    if (/^[ \t]*\{\{[<%]\s*\/\s*[\w-]*tabs?\b[^\n]*[>%]\}\}/u.test(line)) inside = false;
    else if (/^[ \t]*\{\{[<%]\s*[\w-]*tabs?\b[^\n]*[>%]\}\}/u.test(line)) inside = true;
    else if (inside)
      lines[i] = line.replace(
        /^([ \t]*)={2,}\[\[([^\]\n]+)\]\]={2,}[ \t]*$/u,
        (_, lead: string, label: string) => `${lead}${inBold(/[.:?!]$/u.test(label.trim()) ? label : `${label.trim()}:`)}`,
      );
  });
}

/** Code shortcodes as fenced code blocks, before the text is cut into prose and code (each keeps its line count). */
export function shortcodeBlocks(text: string): { text: string; count: number } {
  if (!text.includes('{{')) return { text, count: 0 };
  const lines = text.split('\n');
  if (text.includes('[[')) tabLabels(lines);
  let count = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const hugo = codeOpen.exec(lines[i] ?? '');
    const open = hugo ?? siteCodeOpen(lines[i] ?? '');
    if (!open) continue;
    const name = open[2] ?? '';
    const end = closingLine(lines, i + 1, closingCall(name));
    // Unclosed: the rest is the site's problem, and left as it is (nothing after it is looked at); a call of the site's
    // own that is not closed holds nothing.
    if (end >= lines.length && !hugo) continue;
    if (end >= lines.length) break;
    const code = lines.slice(i + 1, end).join('\n');
    // The fences take the places of the opening and closing lines: as many lines as before.
    lines.splice(i, end - i + 1, ...fenced(code, codeLanguage(name, open[3] ?? '', code)).split('\n'));
    count += 2;
    i = end;
  }
  return { text: lines.join('\n'), count };
}

// Math shortcodes (the Hugo Book theme's `{{< katex display >}} … {{< /katex >}}`, and `math`, `mathjax`, `latex`):
// their content is TeX the site typesets, not Markdown.
const mathNames = 'katex|math|mathjax|latex|tex';
const mathOpen = new RegExp(`^([ \\t]*(?:>[ \\t]?)*)\\{\\{[<%]\\s*(${mathNames})\\b[^\\n{}]*?[>%]\\}\\}[ \\t]*$`, 'u');
const mathInline = new RegExp(`\\{\\{[<%]\\s*(${mathNames})\\b([^\\n{}]*?)[>%]\\}\\}([^\\n]*?)\\{\\{[<%]\\s*\\/\\s*\\1\\s*[>%]\\}\\}`, 'gu');

/** A formula in its own delimiters ($…$, $$…$$, \(…\), \[…\]): what it says, and whether it is displayed; else null. */
function delimited(tex: string): { tex: string; display: boolean } | null {
  const m = /^(?:\$\$([\s\S]+)\$\$|\\\[([\s\S]+)\\\]|\$([^$][\s\S]*)\$|\\\(([\s\S]+)\\\))$/u.exec(tex);
  if (!m) return null;
  const display = m[1] !== undefined || m[2] !== undefined;
  return { tex: (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim(), display };
}

/**
 * Math shortcodes as lectern's `$$ … $$` and `$ … $`: one whose opening and
 * closing calls stand on lines of their own is displayed, on the same lines
 * (an empty one leaves blank lines); one within a line is inline, unless its
 * call says `display`. One never closed stays as written (its calls go with
 * the other template calls). Pure; line numbers are kept.
 */
export function shortcodeMath(text: string): { text: string; count: number } {
  if (!text.includes('{{') || !new RegExp(`\\{\\{[<%]\\s*(?:${mathNames})\\b`, 'u').test(text)) return { text, count: 0 };
  const lines = text.split('\n');
  let count = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const open = mathOpen.exec(lines[i] ?? '');
    if (!open) continue;
    const end = closingLine(lines, i + 1, new RegExp(`^[ \\t]*(?:>[ \\t]?)*\\{\\{[<%]\\s*\\/\\s*${open[2] ?? ''}\\s*[>%]\\}\\}[ \\t]*$`, 'u'));
    if (end >= lines.length) break;
    // (A formula that brings its own delimiters, "$$ … $$" on its lines, keeps them: the shortcode's are not added.)
    const inner = lines
      .slice(i + 1, end)
      .join('\n')
      .trim();
    const empty = inner === '' || delimited(inner) !== null;
    // Inside a quote (`> {{< katex display >}}` over lines the site's Markdown never sees as its own), every line of the
    // formula takes the quote's marker, so the formula stays in it.
    const quote = (open[1] ?? '').trimEnd();
    const marked = quote.endsWith('>')
      ? (line: string): string => (line.trimStart().startsWith('>') ? line : `${open[1] ?? ''}${line}`)
      : (line: string): string => line;
    for (let k = i + 1; k < end; k += 1) lines[k] = marked(lines[k] ?? '');
    lines[i] = empty ? quote : `${open[1] ?? ''}$$`;
    lines[end] = empty ? quote : `${open[1] ?? ''}$$`;
    count += 2;
    i = end;
  }
  const inline = lines.join('\n').replace(mathInline, (_whole, _name: string, params: string, tex: string) => {
    count += 2;
    if (tex.trim() === '') return '';
    // A formula written with its own delimiters ("{{< math >}}$ \omega ${{< /math >}}", "$$ … \tag{1} $$"): as they say.
    const own = delimited(tex.trim());
    const display = own?.display ?? /\bdisplay\b/u.test(params);
    const body = own?.tex ?? tex.trim();
    return display ? `$$${body}$$` : `$${body}$`;
  });
  return { text: inline, count };
}

/** Hugo shortcodes, or KumaScript macros with arguments (as MDN writes them): a document that uses them. */
export const usesShortcodes = (text: string): boolean => /\{\{[<%]\s*\/?\s*[\w.-]+/u.test(text) || /\{\{\s*[A-Za-z][\w-]*\s*\(\s*["']/u.test(text);

/** Shortcodes whose one string names something not shown as words: an icon, a picture, a video, a page's setting. */
const nonText =
  /icon|^fa[bsr]?$|emoji|svg|img|image|figure|video|youtube|vimeo|tweet|twitter|gist|instagram|param|site|include|readfile|asciinema|audio|mermaid|math|katex|ref$/iu;

/**
 * The words a call shows where it stands (its `text`, a tooltip's term, a reference's target, a term's one string), or
 * null when it shows nothing of its own. `spanText` gives a code span set aside in the prose; `paired`: the text closes
 * this shortcode (a box).
 */
function shownText(name: string, params: string, inline: boolean, spanText: (n: number) => string | undefined, paired: boolean): string | null {
  const { named, positional } = parameters(params);
  // (An icon's `name` is which icon, '{{< icon name="clock" pack="fas" >}}': no word the page shows.)
  const text = named.get('text') ?? named.get('title') ?? (nonText.test(name) ? undefined : named.get('name'));
  if (text && inline) return text;
  // A site's own shortcode for a term inside a sentence, its one parameter a string ("un {{<unity_keyword `Animator
  // Controller` >}} est…", '{{< kbd "Ctrl" >}}'): the page shows that string, styled. Not an icon's or a media's name,
  // nor the title of a box the text closes ('{{< details "Answer" >}} … {{< /details >}}').
  const quoted = /^\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|\u0000(\d+)\u0000)\s*$/u.exec(params);
  if (inline && quoted && !nonText.test(name) && !paired) {
    const shown = quoted[3] === undefined ? (quoted[1] ?? quoted[2] ?? '') : /^(`+)\s?([\s\S]*?)\s?\1$/u.exec(spanText(Number(quoted[3])) ?? '')?.[2];
    if (shown && /\p{L}/u.test(shown)) return shown;
  }
  // {{< ref "page.md" >}} and {{< relref >}} stand for an address ([text]({{< ref "x" >}})).
  if (/^(?:rel)?ref$/iu.test(name)) return positional[0] ?? null;
  // A tooltip or an abbreviation of a glossary term shows the term.
  const term = named.get('term_id') ?? named.get('term');
  if (term && inline && /tooltip|abbr/iu.test(name)) return term.replace(/[-_]+/gu, ' ');
  return null;
}

/**
 * The calls in a stretch of prose (code spans already set aside): each
 * replaced with the text it shows, a picture, or nothing. `drop` counts what
 * is kept out (and may note its words).
 */
export function inlineShortcodes(text: string, drop: (whole: string) => string, spanText: (n: number) => string | undefined = () => undefined): string {
  const closed = new Set([...text.matchAll(/\{\{[<%]\s*\/\s*([\w.-]+)\s*[>%]\}\}/gu)].map((m) => (m[1] ?? '').toLowerCase()));
  let out = text.replace(
    // (A quoted parameter may hold braces: '{{< code-include "reduction-hand.c" "c {linenos=table}" >}}'.)
    /\{\{([<%])\s*(\/?)\s*([\w.-]+)((?:"(?:[^"\\\n]|\\.){0,500}"|[^{}"]){0,2000}?)\s*\/?[>%]\}\}/gu,
    (whole, _kind: string, closing: string, name: string, params: string, at: number, all: string) => {
      if (closing) return drop(whole);
      const alone = isAlone(all, at, whole.length);
      if (/^(?:figure|img|image)$/iu.test(name)) {
        const { named } = parameters(params);
        const src = named.get('src');
        if (src) return `![${named.get('alt') ?? named.get('caption') ?? named.get('title') ?? ''}](<${src}>)`;
      }
      const shown = shownText(name, params, !alone, spanText, closed.has(name.toLowerCase()));
      // An icon that opens a link's text ("[{{< fa table >}} `injury.csv`](…)") goes with the space after it.
      return shown ?? `${drop(whole)}${all[at - 1] === '[' ? '\u0001' : ''}`;
    },
  );
  if (out.includes('\u0001')) out = out.replace(/\u0001[ \t]*/gu, '');
  // KumaScript: {{jsxref("Statements/for...in", "for...in")}} shows its second argument, {{jsxref("Array")}} the end of its first.
  out = out.replace(
    /\{\{\s*([A-Za-z][\w-]*)\s*(?:\(((?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^)"'\n])*)\))?\s*\}\}/gu,
    (whole, _name: string, args: string | undefined, at: number, all: string) => {
      const strings = [...(args ?? '').matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/gu)].map((m) => m[1] ?? m[2] ?? '');
      if (strings.length === 0 || isAlone(all, at, whole.length)) return drop(whole);
      const shown = strings.length >= 2 ? strings[1] : strings[0]?.split('/').pop();
      return shown && shown !== '' ? shown : drop(whole);
    },
  );
  return out;
}

/** Whether a call stands alone on its line (a block of its own: a widget, a sidebar), not inside a sentence or a list item. */
function isAlone(text: string, at: number, length: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at + length);
  return text.slice(start, at).trim() === '' && text.slice(at + length, end < 0 ? undefined : end).trim() === '';
}
