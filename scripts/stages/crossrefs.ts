// Cross-references as the rendered page shows them: Quarto's @fig-x and
// @sec-x, bookdown's \@ref(label) and \@ref(fig:label), to the document's own
// figures, tables, equations and sections. A reference to another chapter
// stays as written (its number is that book's). Pure: text in, text out;
// code is left alone and line numbers are kept.
import { mapProse } from './fence.ts';

/** The kinds of Quarto cross-reference a document numbers, and the word it shows before the number. */
const numbered: Record<string, string> = { fig: 'Figure', tbl: 'Table', eq: 'Equation', lst: 'Listing' };

/**
 * Quarto's theorem-like kinds: a fenced div with such an id (`::: {#thm-wald}`) is numbered per kind, as its references
 * show it, under the word referenceKinds gives ("Theorem").
 */
export const quartoBoxKinds: ReadonlySet<string> = new Set(['thm', 'lem', 'cor', 'prp', 'cnj', 'def', 'exm', 'exr', 'sol', 'rem', 'alg']);

/** The kinds a reference to this document's own targets names: numbered ones, sections, and the boxes above. */
const referenced = ['fig', 'tbl', 'eq', 'lst', 'sec', ...quartoBoxKinds].join('|');
const anyReference = new RegExp(`(?<![\\w@.])@(?:${referenced})-|\\\\@ref\\(|\\(\\\\#eq:|\\$\\$[ \\t]*\\{#eq-`, 'u');
/**
 * A display formula labelled after its closing dollars ("$$ … $$ {#eq-likelihood}", on one line or over several):
 * the formula's body and its label.
 */
const labelledFormula = /\$\$([^$]*)\$\$[ \t]*\{#(eq-[\w-]+)[^}\n]*\}[ \t]*$/gmu;
/**
 * Whether KaTeX can tag a formula with a number: it has none, nor an environment that numbers its own rows. (For
 * Quarto's labels here and MyST's in directives.ts.)
 */
export const taggable = (body: string): boolean =>
  body.trim() !== '' && !/\\(?:tag|label|nonumber|notag)\b|\\begin\{(?:align|equation|gather|multline|eqnarray|flalign|alignat)\*?\}/u.test(body);
/**
 * LaTeX's labels on displayed formulas ("$$ … \\label{pair_fermi} $$", which a site's MathJax numbers) and the text's
 * references to them (\\eqref{pair_fermi}, \\ref{…}): each formula of one label numbered in the document's order and
 * tagged with its number, and each reference showing that number, "(3)", not the label's name "(pair_fermi)". A formula
 * that numbers its own rows (align, equation…) or tags itself keeps its label. Code is left alone; line numbers hold.
 */
export function texEquationLabels(text: string): string {
  if (!text.includes('\\label{') || !/\\(?:eq)?ref\{/u.test(text)) return text;
  const label = /\\label\{([^{}\n]+)\}/gu;
  const numbers = new Map<string, number>();
  const tagged = mapProse(text, (prose) =>
    prose.replace(/\$\$([\s\S]*?)\$\$/gu, (whole, body: string) => {
      const labels = [...body.matchAll(label)];
      const name = labels[0]?.[1]?.trim();
      if (labels.length !== 1 || name === undefined || numbers.has(name) || !taggable(body.replace(label, ''))) return whole;
      numbers.set(name, numbers.size + 1);
      return `$$${body.replace(label, `\\tag{${numbers.size}}`)}$$`;
    }),
  );
  if (numbers.size === 0) return text;
  return mapProse(tagged, (prose) =>
    prose.replace(/\\(eq)?ref\{([^{}\n]+)\}/gu, (whole, eq: string | undefined, name: string) => {
      const n = numbers.get(name.trim());
      return n === undefined ? whole : eq ? `(${n})` : String(n);
    }),
  );
}

/** Where a document labels its targets, in its order (quartoLabels reads the groups). */
const targets = new RegExp(
  String.raw`^[ \t]*#\|\s*label:\s*((?:fig|tbl|lst)-[\w-]+)|^ {0,3}:{3,}[ \t]*\{(?:[^}\n]*\s)?#((?:${[...quartoBoxKinds].join('|')})-[\w:.-]+)[^}\n]*\}|^${'```'}+\s*\{\w+[\s,]+((?:fig|tbl)-[\w-]+)|\{#((?:fig|tbl|eq|lst)-[\w-]+)[^}]*\}|^#{1,6}\s+(.+?)\s*\{#([\w:.-]+)[^}]*\}\s*$|^${'```'}+\s*\{r[\s,]+([\w-]+)\s*,[^}]*\bfig\.cap\s*=|\(\\#eq:([\w-]+)\)|^${'```'}+\s*\{r[\s,]+([\w-]+)[^}\n]*\}[ \t]*\n(?:[ \t]*#\|[^\n]*\n)*?[ \t]*#\|\s*fig\.cap\s*[=:]`,
  'gmu',
);
const reference = new RegExp(`(\\[-)?(?<![\\w@.])@((?:${referenced})-[\\w-]*\\w)(\\])?`, 'gu');

/**
 * Quarto's cross-references to this document's own figures, tables,
 * equations, theorems and sections (`@fig-tidy`, `@thm-wald`, `@sec-intro`), as the rendered page
 * shows them: "Figure 2" (numbered per kind in the document's order), or the
 * section's heading. A reference to another chapter (whose number is that
 * book's) shows its kind and its label's words ("Section Monte Carlo"). Code is
 * left alone.
 */
export function quartoReferences(given: string): string {
  // pandoc-crossref's labels and references ("$$ … $$ {#eq:linear-setup}", "@eq:linear-setup", "[@fig:plot]") are
  // Quarto's with a colon, numbered alike: read as Quarto's (the label had shown as a point, "{#eq:linear-setup-1d}").
  // (Not a bookdown book's, whose "{#sec:missing}" its \@ref(sec:missing) names as written.)
  const text =
    /\{#(?:fig|tbl|eq|lst):|@(?:fig|tbl|eq|lst):/u.test(given) && !given.includes('\\@ref(')
      ? mapProse(given, (prose) => prose.replace(/(\{#|(?<![\w@.])@)(fig|tbl|eq|lst):(?=[\w-])/gu, '$1$2-'))
      : given;
  if (!anyReference.test(text)) return text;
  const labels = quartoLabels(text);
  return mapProse(text, (prose) =>
    prose
      // bookdown's \@ref(label) and \@ref(fig:label): the author writes "Section" or "Figure" before it.
      .replace(/\\@ref\((?:(fig|tab|eq):)?([\w:.-]+)\)/gu, (whole, kind: string | undefined, id: string) => {
        const shown = labels.get(kind ? `${kind === 'tab' ? 'tbl' : kind}-${id}` : id) ?? labels.get(`sec-${id}`);
        // A section, figure or equation of another chapter ("Section \@ref(sec:missing1)"), whose number is the book's:
        // its label's words, never the markup.
        if (shown === undefined) return id.replace(/^[a-z]+:/u, '').replace(/[-_.:]+/gu, ' ');
        // An equation's number is shown in parentheses, as beside the formula.
        return kind === 'eq' ? `(${shown.replace(/^\D+\s/u, '')})` : kind ? shown.replace(/^\D+\s/u, '') : `“${shown}”`;
      })
      // bookdown's label inside a formula is its number's tag there.
      .replace(/\(\\#eq:([\w-]+)\)/gu, (whole, id: string) => {
        const shown = labels.get(`eq-${id}`);
        return shown === undefined ? whole : `\\tag{${shown.replace(/^\D+\s/u, '')}}`;
      })
      .replace(reference, (whole, bare: string | undefined, id: string, close: string | undefined) => {
        if (Boolean(bare) !== Boolean(close)) return whole;
        // A reference to another chapter's (whose number is that book's): its kind and its label's words, "Section Monte Carlo".
        const shown = labels.get(id) ?? (bare ? undefined : elsewhere(id));
        if (shown === undefined) return whole;
        // [-@fig-x] asks for the number alone.
        return bare ? shown.replace(/^\D+\s/u, '') : shown;
      })
      // A formula labelled {#eq-x} shows its number beside it, as the page does, and never its label.
      .replace(labelledFormula, (whole, body: string, id: string) => {
        const number = labels.get(id)?.replace(/^\D+\s/u, '');
        if (number === undefined || !taggable(body)) return `$$${body}$$`;
        // (At the end of its last line: the document keeps its line count.)
        return body.endsWith('\n') ? `$$${body.slice(0, -1)} \\tag{${number}}\n$$` : `$$${body} \\tag{${number}} $$`;
      })
      // A picture labelled {#fig-x} is captioned with its number, as the page shows it.
      .replace(/!\[([^\]\n]*)\](\([^)\n]*\)\{#(fig-[\w-]+))/gu, (whole, alt: string, rest: string, id: string) => {
        const shown = labels.get(id);
        return shown ? `![${shown}${alt.trim() ? `: ${alt}` : ''}]${rest}` : whole;
      }),
  );
}

/**
 * The kinds a target's name may open with (Quarto's "sec-monte-carlo", MyST's "Fig:Series:GeometricSeries"), as a
 * reference names them: one table for both (directives.ts reads MyST's).
 */
export const referenceKinds: Record<string, string> = {
  fig: 'Figure',
  tab: 'Table',
  tbl: 'Table',
  sec: 'Section',
  ch: 'Chapter',
  chap: 'Chapter',
  eq: 'Equation',
  thm: 'Theorem',
  lem: 'Lemma',
  cor: 'Corollary',
  prop: 'Proposition',
  prp: 'Proposition',
  cnj: 'Conjecture',
  def: 'Definition',
  ex: 'Example',
  exm: 'Example',
  exc: 'Exercise',
  exr: 'Exercise',
  sol: 'Solution',
  rem: 'Remark',
  alg: 'Algorithm',
  lst: 'Listing',
};

/** A label of another document ("sec-monte-carlo") as a reference names it: its kind and its words ("Section Monte Carlo"). */
function elsewhere(id: string): string {
  const [kind = '', ...words] = id.split('-');
  const name = words
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return `${referenceKinds[kind] ?? kind} ${name}`;
}

/** The numbers ("Figure 2") of a Quarto document's labelled figures, tables and equations, and its sections' headings, by label. */
export function quartoLabels(text: string): Map<string, string> {
  const labels = new Map<string, string>();
  const counts = new Map<string, number>();
  const label = (id: string): void => {
    const kind = id.split('-')[0] ?? '';
    const word = numbered[kind] ?? (quartoBoxKinds.has(kind) ? referenceKinds[kind] : undefined);
    if (labels.has(id) || !word) return;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    labels.set(id, `${word} ${counts.get(kind)}`);
  };
  // In the document's order: chunk labels (#| label: fig-x, ```{r fig-x}), attributes ({#fig-x}), headings with an id.
  for (const m of text.matchAll(targets)) {
    const id = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (id) label(id);
    // bookdown: an equation labelled inside its formula ("(\#eq:binom)"), referred to as \@ref(eq:binom).
    else if (m[8]) label(`eq-${m[8]}`);
    else if (m[6] && m[5]) labels.set(m[6], m[5].trim());
    // bookdown: a chunk named and captioned (```{r label, fig.cap="..."}) is a figure, referred to as \@ref(fig:label).
    else if (m[7]) label(`fig-${m[7]}`);
    // (Or captioned in its option lines: "#| fig.cap = \"Observed versus predicted…\"".)
    else if (m[9]) label(`fig-${m[9]}`);
  }
  return labels;
}
