// Executable code chunks of R Markdown, Quarto and Jupyter Book (```{r},
// ```{python echo=FALSE}, ```{code-cell} ipython3): the rendered document
// shows their code as code in its language, without the chunk's options
// (`#| echo: false` lines, `:tags:` lines), and shows none of a chunk whose
// code is hidden (echo false, include false, remove-input). A hidden chunk
// that only places a picture (knitr::include_graphics("path")) is that
// picture, captioned as the chunk's options say. Lectern runs no code, so
// what a chunk prints is not shown. Pure: text in, text out; a chunk keeps
// its number of lines, so line numbers still point into the author's file.
import { quartoLabels } from './crossrefs.ts';
import { closingLine, fenceClose, fenceOpen } from './fence.ts';
import { frontMatterAt } from './slide-file.ts';

/** A chunk's opening fence indented further, as a list item's content is (`    ```{r}`). */
const chunkInItem = /^([ \t]{4,})(`{3,}|~{3,})([ \t]*\{.*)$/u;

/** MyST directives that hold code in a language the rest of the line names. */
// (A site's own runnable cells, ```{exec} python with ":linenos:" or ":editor: …" over the code, and Sphinx's doctest
// blocks, likewise.)
const codeDirectives = /^(?:code-cell|code-block|code|sourcecode|exec|jupyter-execute|testcode|doctest)$/u;
/** Jupyter Book's tags for a cell whose code the book hides or folds. */
const hiddenTags = /\b(?:remove-cell|remove-input|hide-input|hide-cell)\b/u;
/** MyST directives the book renders as navigation, an index entry or nothing: no slide shows them. */
const navigation = /^(?:toctree|tableofcontents|contents|bibliography|index)$/u;
/** The engines knitr and Quarto run (and the languages Jupyter Book's cells name), as a chunk's `{engine}` gives them. */
const engines =
  /^(?:r|python|py|julia|ojs|bash|sh|zsh|sql|mermaid|dot|js|javascript|node|typescript|ts|stan|rcpp|cpp|c|fortran|octave|matlab|sas|stata|perl|ruby|scala|go|rust|java|haskell|lua|powershell|css|html|tikz|ipython3?)$/u;

interface Options {
  /** The chunk's label (`#| label: fig-x`, or ```{r fig-x}). */
  label?: string;
  /** The code is not shown (echo false, remove-input). */
  echo: boolean;
  /** Neither the code nor what it prints is shown (include false, remove-cell). */
  include: boolean;
  caption: string;
}

/** A chunk's settings from its info string (knitr: `echo=FALSE, fig.cap="..."`). */
function infoOptions(rest: string, options: Options): void {
  const echo = /\becho\s*=\s*(FALSE|F|TRUE|T)\b/u.exec(rest)?.[1];
  if (echo) options.echo = echo.startsWith('T');
  const include = /\binclude\s*=\s*(FALSE|F|TRUE|T)\b/u.exec(rest)?.[1];
  if (include) options.include = include.startsWith('T');
  const label = /^([\w-]+)\s*(?:,|$)/u.exec(rest.trim())?.[1];
  if (label) options.label = label;
  const caption = /\bfig\.(?:cap|alt)\s*=\s*(["'])(.*?)\1/u.exec(rest)?.[2];
  if (caption && !options.caption) options.caption = caption;
}

/**
 * A chunk's option lines (Quarto's `#| key: value`, also `//|` and `%%|`;
 * MyST's `:key: value` or a `---` block): how many lines they take from the
 * top of the body, and what they set.
 */
function bodyOptions(body: string[], options: Options): number {
  const settings = new Map<string, string>();
  let taken = 0;
  let key = '';
  // "#| echo: false", or "# | echo: false" as a Python formatter (black) rewrites it.
  const quarto = /^\s*(?:#|\/\/|%%) ?\|\s?(.*)$/u;
  if (/^\s*---\s*$/u.test(body[0] ?? '')) {
    const end = body.findIndex((l, k) => k > 0 && /^\s*---\s*$/u.test(l));
    if (end > 0) {
      for (const line of body.slice(1, end)) {
        const m = /^\s*([\w.-]+):\s*(.*)$/u.exec(line);
        if (m?.[1]) settings.set(m[1], m[2] ?? '');
      }
      taken = end + 1;
    }
  }
  for (; taken < body.length; taken += 1) {
    const line = body[taken] ?? '';
    const option = quarto.exec(line)?.[1] ?? /^\s*:([\w.-]+:.*)$/u.exec(line)?.[1];
    if (option === undefined) break;
    const m = /^([\w.-]+):\s*(.*)$/u.exec(option);
    if (m?.[1]) {
      key = m[1];
      settings.set(key, (m[2] ?? '').replace(/^[|>]-?\s*$/u, ''));
    } else if (key) settings.set(key, `${settings.get(key) ?? ''} ${option.trim()}`.trim());
  }
  const off = (name: string): boolean => /^(?:false|no)$/iu.test(settings.get(name)?.trim() ?? '');
  const on = (name: string): boolean => /^(?:true|yes)$/iu.test(settings.get(name)?.trim() ?? '');
  if (off('echo') || on('echo')) options.echo = on('echo');
  if (off('include') || on('include')) options.include = on('include');
  const tags = settings.get('tags') ?? '';
  if (/\bremove-cell\b/u.test(tags)) options.include = false;
  else if (hiddenTags.test(tags)) options.echo = false;
  if (settings.get('label')) options.label = settings.get('label')?.trim();
  const caption = settings.get('fig-cap') ?? settings.get('fig-alt') ?? settings.get('caption') ?? '';
  if (caption && !options.caption) options.caption = caption.replace(/^["']|["']$/gu, '').trim();
  return taken;
}

/**
 * The address a figure that a chunk's hidden code draws is given (`lectern-output:r/fertilizer-plot`: its engine, and
 * its label where it has one, else `#` and its line): lectern runs no code, so the slide shows a placeholder that says
 * what stands there.
 */
export const chunkOutputScheme = 'lectern-output:';

/** The names of the languages a chunk may draw with, as a placeholder says them. */
const languageNames: Record<string, string> = { r: 'R', python: 'Python', py: 'Python', julia: 'Julia', ojs: 'Observable' };

/** The address of a figure chunk `line`'s hidden code draws in `language` (labelled `label`, if it is). */
const chunkOutputAddress = (language: string, label: string, line: number): string => `${chunkOutputScheme}${language}${label ? `/${label}` : `#${line}`}`;

/** What a figure's address says of the chunk that draws it ("R", "volcano"), or null for any other address. */
export function chunkOutput(src: string): { language: string; label: string } | null {
  if (!src.startsWith(chunkOutputScheme)) return null;
  const [language = '', label = ''] = src.slice(chunkOutputScheme.length).replace(/#.*$/u, '').split('/');
  return { language: languageNames[language] ?? language, label };
}

/** Code that draws a figure: a plotting call of R's, Python's or Julia's usual libraries, or a data frame's or axes' (`df.plot(`, `ax.hist(`). */
const drawing =
  /\.(?:plot|hist|scatter|imshow|boxplot)\s*\(|(?:^|[^\w.$])(?:ggplot|qplot|plot|hist|barplot|boxplot|pairs|curve|persp|contour|filled\.contour|heatmap|matplot|mosaicplot|pie|dotchart|stripchart|plot_ly|surface3d|persp3d|plot3d|ggpairs|grid\.arrange|plot_grid|corrplot|ggMarginal|visNetwork|grViz|leaflet|image\.plot|plt\.\w+|sns\.\w+|px\.\w+|scatter|autoplot|Plots\.\w+)\s*\(/mu;

/** Options of a chunk that makes a figure (its size, caption, device or alignment, knitr's or Quarto's). */
const figureOption = /\b(?:fig[.-](?:width|height|cap|align|asp|alt|dim|retina|show|pos)|out[.-](?:width|height)|dev)\s*[=:]/u;

/** The pictures a chunk only places (knitr::include_graphics("a.png") or c("a.png", "b.png")), or none. */
function placedPictures(code: string): string[] {
  const call = /^\s*(?:knitr::)?include_graphics\(\s*(?:c\(([^()]*)\)|(["'][^"']+["']))\s*(?:,[^()]*)?\)\s*$/u.exec(code.trim());
  if (!call) return [];
  const list = call[1] ?? call[2] ?? '';
  const paths = [...list.matchAll(/(["'])([^"']+)\1/gu)].map((m) => m[2] ?? '');
  return paths.every((p) => p !== '') ? paths : [];
}

/** The language a chunk's engine names, as a fence's info string gives it. */
const languageOf = (engine: string, rest: string): string =>
  codeDirectives.test(engine) ? (/^\s*([\w+#.-]+)/u.exec(rest)?.[1] ?? '').replace(/^ipython\d*$/u, 'python') : engine;

/**
 * What a document's chunks do unless they say otherwise: Quarto's front matter (`execute:` or `knitr: opts_chunk:` with
 * `echo: false`, `include: false` under it).
 */
function documentDefaults(text: string): Pick<Options, 'echo' | 'include'> {
  const front = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u.exec(text)?.[1] ?? '';
  const block = /^(?:execute|knitr):[ \t]*\n((?:[ \t]+\S.*(?:\n|$))+)/mu.exec(front)?.[1] ?? '';
  return { echo: !/^[ \t]+echo:[ \t]*(?:false|no)\b/mu.test(block), include: !/^[ \t]+include:[ \t]*(?:false|no)\b/mu.test(block) };
}

/** R Markdown's setting of every later chunk's options (`knitr::opts_chunk$set(echo = FALSE)`) in a chunk's code. */
function setDefaults(code: string, defaults: Pick<Options, 'echo' | 'include'>): void {
  const call = /opts_chunk\$set\(([^()]*(?:\([^()]*\)[^()]*)*)\)/u.exec(code)?.[1];
  if (call === undefined) return;
  const echo = /\becho\s*=\s*(FALSE|F|TRUE|T)\b/u.exec(call)?.[1];
  if (echo) defaults.echo = echo.startsWith('T');
  const include = /\binclude\s*=\s*(FALSE|F|TRUE|T)\b/u.exec(call)?.[1];
  if (include) defaults.include = include.startsWith('T');
}

/** Executable chunks become the code or the picture the rendered document shows; the count is of chunks and option blocks kept out. */
/** A filter's option line over a listing, Quarto's way (`#| html-line-number: true`, `//|`, `%%|`); in a text, any line. */
const filterOption = /^[ \t]*(?:#|\/\/|%%)\|[ \t]*[\w.-]+:/u;
const filterOptions = new RegExp(filterOption.source, 'mu');

export function executableChunks(text: string): { text: string; count: number } {
  if (!/^[ \t]*(?:`{3,}|~{3,})\s*\{/mu.test(text) && !filterOptions.test(text)) return { text, count: 0 };
  const defaults = documentDefaults(text);
  const lines = text.split('\n');
  let count = 0;
  // A labelled figure is captioned with its number, as Quarto shows it.
  const numbers = text.includes('fig-') ? quartoLabels(text) : new Map<string, string>();
  // (Not in the front matter: a fence there is a value's text, "include-before: |" over "```{=html}" and a <style>.)
  const front = frontMatterAt(text, 'dashes-or-dots');
  for (let i = front ? text.slice(0, front.length).split('\n').length - 1 : 0; i < lines.length; i += 1) {
    // A chunk may sit in a list item, indented as its text; other code fences at most three spaces in.
    const open = fenceOpen.exec(lines[i] ?? '') ?? chunkInItem.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[2] ?? '```';
    const end = closingLine(lines, i + 1, fenceClose(fence, (open[1]?.length ?? 0) > 3));
    if (end >= lines.length) break;
    const chunk = /^\s*\{([A-Za-z][\w-]*)[\s,]*(.*?)\}\s*(.*)$/u.exec(open[3] ?? '');
    const engine = chunk?.[1]?.toLowerCase() ?? '';
    // Raw markup for one output (MyST's ```{raw} latex, Pandoc's and Quarto's ```{=html}): a web page's shows as HTML
    // (through the allow-list, as any HTML of the document), another output's (a notebook's, LaTeX's) nowhere.
    const raw = engine === 'raw' ? (chunk?.[3] ?? chunk?.[2] ?? '').trim().toLowerCase() : /^\s*\{=([\w-]+)\}\s*$/u.exec(open[3] ?? '')?.[1]?.toLowerCase();
    if (raw !== undefined) {
      count += 1;
      const body = raw === 'html' ? lines.slice(i + 1, end) : [];
      for (let k = i; k <= end; k += 1) lines[k] = '';
      // The HTML as blocks of their own, at the margin (indented four spaces, a line would be code).
      const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/u.exec(l)?.[0].length ?? 0));
      body.forEach((line, k) => (lines[i + 1 + k] = line.slice(Math.min(indent, /^[ \t]*/u.exec(line)?.[0].length ?? 0))));
      i = end;
      continue;
    }
    if (!chunk) {
      // A listing of a language Quarto hands to a filter (```pseudocode) with the filter's option lines over it
      // ("#| html-line-number: true"): the options are the filter's, not the listing's. The fence opens under them
      // (the lines hold, blank above the listing).
      const options = lines.slice(i + 1, end).findIndex((l) => !filterOption.test(l));
      const taken = options < 0 ? end - i - 1 : options;
      if (taken > 0) {
        count += 1;
        let first = i + 1 + taken;
        while (first < end && (lines[first] ?? '').trim() === '') first += 1;
        const opening = lines[i] ?? '';
        for (let k = i; k < first; k += 1) lines[k] = '';
        lines[first - 1] = opening;
      }
      i = end;
      continue;
    }
    if (!(engines.test(engine) || codeDirectives.test(engine) || navigation.test(engine) || engine === 'math')) {
      i = end;
      continue;
    }
    const body = lines.slice(i + 1, end);
    const blank = (): void => {
      for (let k = i; k <= end; k += 1) lines[k] = '';
    };
    if (navigation.test(engine)) {
      count += 1;
      blank();
      i = end;
      continue;
    }
    const options: Options = { ...defaults, caption: '' };
    infoOptions(chunk[2] ?? '', options);
    const taken = bodyOptions(body, options);
    const code = body.slice(taken);
    if (engine === 'r') setDefaults(code.join('\n'), defaults);
    if (engine === 'math') {
      // MyST's math directive is display math: the same as $$ ... $$.
      count += 1;
      // A blank line would end the formula (in Markdown as in TeX): the formula's lines go together.
      const rows = code.filter((l) => l.trim() !== '');
      // Rows aligned at "&" outside any environment ("\\ell &= \\sqrt{…},& q &= …"): Sphinx sets the directive's formula
      // in an alignment, as KaTeX sets it only inside one (it had been red); its number's tag goes after it.
      const aligned = rows.some((l) => /(?<!\\)&/u.test(l)) && !rows.some((l) => l.includes('\\begin{'));
      const tag = aligned ? /\s*(\\tag\{[^}\n]*\})\s*$/u.exec(rows[rows.length - 1] ?? '') : null;
      if (tag) rows[rows.length - 1] = (rows[rows.length - 1] ?? '').slice(0, tag.index);
      const kept = aligned ? ['$$\\begin{aligned}', ...rows, `\\end{aligned}${tag ? ` ${tag[1] ?? ''}` : ''}$$`] : ['$$', ...rows, '$$'];
      for (let k = i; k <= end; k += 1) lines[k] = kept[k - i] ?? '';
      i = end;
      continue;
    }
    const pictures = placedPictures(code.join('\n'));
    // learnr's chunks that go with an exercise: its checking code and setup the page never shows; its solution and hints
    // only on request (the notes).
    const learnr = /-(?:check|code-check|error-check|tests?|setup)$/u.test(options.label ?? '')
      ? 'hidden'
      : /-(?:solution|hint(?:-\d+)?)$/u.test(options.label ?? '')
        ? 'folded'
        : null;
    if (learnr === 'folded' && options.include && code.some((l) => l.trim() !== '')) {
      count += 1;
      const language = languageOf(engine, `${chunk[2] ?? ''} ${chunk[3] ?? ''}`);
      const kind = /-solution$/u.test(options.label ?? '') ? 'Solution' : 'Hint';
      blank();
      lines[i] = `${open[1] ?? ''}<details><summary>${kind}</summary>\n\n${open[1] ?? ''}${fence}${language}`;
      code.forEach((line, k) => (lines[i + 1 + k] = line));
      lines[i + 1 + code.length] = `${open[1] ?? ''}${fence}\n\n${open[1] ?? ''}</details>`;
      i = end;
      continue;
    }
    // A chunk that includes another document (knitr's `child=`) shows that document, never its own lines; an empty
    // chunk shows nothing (its output aside, which lectern does not make).
    const empty = code.every((l) => l.trim() === '') || /\bchild\s*=/u.test(chunk[2] ?? '');
    if (learnr === 'hidden' || !options.include || empty || (!options.echo && pictures.length === 0)) {
      count += 1;
      blank();
      // What hidden code draws, the page shows: a figure lectern cannot make stands as a placeholder of the figure,
      // captioned as the chunk says ("Here's an example of a 3D drawing of a volcano:" had led into nothing).
      const rest = `${chunk[2] ?? ''}\n${body.slice(0, taken).join('\n')}`;
      if (learnr === null && options.include && !empty && (drawing.test(code.join('\n')) || figureOption.test(rest))) {
        const number = options.label ? numbers.get(options.label) : undefined;
        const alt = [number, options.caption.replace(/[[\]]/gu, '')].filter(Boolean).join(': ');
        const label = (options.label ?? '').replace(/[^\w.-]/gu, '');
        // (Each its own address, the chunk's line where it has no label: a picture repeated all through a document is
        // read as its ornament, a divider.)
        const language = languageOf(engine, `${chunk[2] ?? ''} ${chunk[3] ?? ''}`) || engine;
        lines[i + 1] = `${open[1] ?? ''}![${alt}](${chunkOutputAddress(language, label, i + 1)})`;
      }
    } else if (!options.echo) {
      count += 1;
      blank();
      const number = options.label ? numbers.get(options.label) : undefined;
      const alt = [number, options.caption.replace(/[[\]]/gu, '')].filter(Boolean).join(': ');
      // Each picture a paragraph of its own (a lone picture is a figure), apart from the text before and after the chunk.
      pictures.forEach((path, k) => {
        const at = Math.min(i + 1 + 2 * k, end - 1);
        lines[at] = `${lines[at] ? `${lines[at]} ` : (open[1] ?? '')}![${alt}](<${path}>)`;
      });
    } else {
      if (taken > 0) count += 1;
      const language = languageOf(engine, `${chunk[2] ?? ''} ${chunk[3] ?? ''}`);
      lines[i] = `${open[1] ?? ''}${fence}${language}`;
      // The option lines go; the code moves up, and the lines it leaves are blank after the closing fence. Blank lines
      // at the chunk's start and end are not shown (knitr's strip.white, on by default).
      let from = 0;
      let to = code.length;
      while (from < to && (code[from] ?? '').trim() === '') from += 1;
      while (to > from && (code[to - 1] ?? '').trim() === '') to -= 1;
      const kept = [...code.slice(from, to), lines[end] ?? fence];
      for (let k = 0; k < end - i; k += 1) lines[i + 1 + k] = kept[k] ?? '';
    }
    i = end;
  }
  // knitr's way to show a chunk's fence as written (`r ''` before it, in a verbatim block): the empty string it evaluates to.
  const shown = lines.join('\n');
  return { text: /^```\{r\b/mu.test(text) ? shown.replace(/`r (?:''|"")`/gu, '') : shown, count };
}
