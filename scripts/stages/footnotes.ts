// Markdown footnotes (`text[^1]` and a paragraph `[^1]: the note`, as GitHub,
// Pandoc and kramdown render them): a slide shows the reference as a
// superscript number, and the note goes to the speaker notes of the slide
// that cites it, folded in right after the citing block, as Word's footnotes
// are (docx-markdown.ts). A definition no block cites goes to the notes where it stands.
import type { Block, DocumentModel } from '../types.ts';

/** A paragraph of definitions: its lines `[^label]: text`, each running on over the lines after it. */
const definitionLine = /^\[\^([^\]\s]+)\]:[ \t]*(.*)$/u;

/** A code span (taken whole, and kept), a reference to a labelled note, or Pandoc's inline note (`samples^[Not observations] do we`, over lines too). */
const citations = /(`+)[\s\S]*?\1|\[\^([^\]\s]+)\]|\^\[((?:[^[\]]|\[[^[\]]*\])+)\]/gu;

/** The definitions a paragraph holds, by label (none unless the paragraph starts with one). */
function definitionsOf(block: Block): Map<string, { text: string; line: number }> {
  const out = new Map<string, { text: string; line: number }>();
  if (block.kind !== 'paragraph' || block.folded || !definitionLine.test(block.text.split('\n')[0] ?? '')) return out;
  let current: { text: string; line: number } | null = null;
  block.text.split('\n').forEach((line, k) => {
    const m = definitionLine.exec(line);
    if (m?.[1]) {
      current = { text: m[2] ?? '', line: block.line + k };
      if (!out.has(m[1])) out.set(m[1], current);
    } else if (current) current.text += `\n${line}`;
  });
  return out;
}

/** A note written as plain text writes it: "[1] Fans of Qt will disagree…" at the margin, cited as "elusive beasts [1],". */
const bracketDefinition = /^\[(\d{1,2})\][ \t]+\S/u;
/** A citation of one ("beasts [1],"), not a reference link's label ("[text][1]") nor a link's definition ("[1]: …"); code spans taken whole. */
const bracketCitation = /(`+)[\s\S]*?\1|(?<![\]\w\\])\[(\d{1,2})\](?![([:])/gu;

/**
 * Notes numbered in brackets, as an essay written for the terminal keeps them: a paragraph that opens with "[1] " is the
 * note, and "[1]" in the text before it cites it. Written as Markdown's (`[^1]: …`, `[^1]`) where a block before the
 * note cites it; a "[1]" nothing cites (a reference list, a citation of a numbered source) stays as written.
 */
function bracketNotes(model: DocumentModel): DocumentModel {
  const all = [model.intro, ...model.sections.map((s) => s.blocks), model.summary];
  const defined = new Set<string>();
  for (const blocks of all)
    for (const b of blocks) if (b.kind === 'paragraph' && !b.folded) for (const l of b.text.split('\n')) defined.add(bracketDefinition.exec(l)?.[1] ?? '');
  defined.delete('');
  if (defined.size === 0) return model;
  const prose = (b: Block): boolean => b.kind !== 'code' && b.kind !== 'math' && !bracketDefinition.test(b.text);
  const cited = new Set<string>();
  for (const blocks of all)
    for (const b of blocks) if (prose(b)) for (const m of b.text.matchAll(bracketCitation)) if (m[2] !== undefined && defined.has(m[2])) cited.add(m[2]);
  if (cited.size === 0) return model;
  const rewrite = (blocks: Block[]): Block[] =>
    blocks.map((b) => {
      if (b.kind === 'paragraph' && bracketDefinition.test(b.text))
        return { ...b, text: b.text.replace(/^\[(\d{1,2})\][ \t]+/gmu, (whole, n: string) => (cited.has(n) ? `[^${n}]: ` : whole)) };
      if (!prose(b)) return b;
      return {
        ...b,
        text: b.text.replace(bracketCitation, (whole, ticks: string | undefined, n: string | undefined) =>
          ticks === undefined && n !== undefined && cited.has(n) ? `[^${n}]` : whole,
        ),
      };
    });
  return { ...model, intro: rewrite(model.intro), sections: model.sections.map((s) => ({ ...s, blocks: rewrite(s.blocks) })), summary: rewrite(model.summary) };
}

/** The model with each cited footnote beside the first block that cites it (speaker notes only), and its references numbered. */
export function foldFootnotes(given: DocumentModel): DocumentModel {
  const model = bracketNotes(given);
  const notes = new Map<string, { text: string; line: number }>();
  for (const blocks of [model.intro, ...model.sections.map((s) => s.blocks), model.summary])
    for (const block of blocks) for (const [label, note] of definitionsOf(block)) if (!notes.has(label)) notes.set(label, note);
  const inline = [model.intro, ...model.sections.map((s) => s.blocks), model.summary].some((blocks) => blocks.some((b) => b.text.includes('^[')));
  if (notes.size === 0 && !inline) return model;
  const numbers = new Map<string, number>();
  const cite = (blocks: Block[]): Block[] =>
    blocks.flatMap((block) => {
      if (definitionsOf(block).size > 0) return [block];
      const cited: string[] = [];
      const number = (label: string): string => {
        if (!numbers.has(label)) {
          numbers.set(label, numbers.size + 1);
          cited.push(label);
        }
        return `<sup>${numbers.get(label) ?? ''}</sup>`;
      };
      // References and inline notes numbered in the order they stand (code spans taken whole and kept).
      const text =
        block.kind === 'code' || block.kind === 'math'
          ? block.text
          : block.text.replace(citations, (whole, ticks: string | undefined, label: string | undefined, note: string | undefined) => {
              if (ticks !== undefined) return whole;
              if (label !== undefined) return notes.has(label) ? number(label) : whole;
              if (note === undefined) return whole;
              const own = `\u0000${numbers.size + 1}`;
              notes.set(own, { text: note, line: block.line });
              return number(own);
            });
      const folded = cited.map((label): Block => {
        const note = notes.get(label) ?? { text: '', line: block.line };
        return { kind: 'paragraph', text: `${numbers.get(label) ?? ''}. ${note.text.trim()}`, line: note.line, folded: true, footnote: true };
      });
      return [{ ...block, text }, ...folded];
    });
  // A definition no block cites is no text of the page (GitHub and Pandoc show none): its note goes to the speaker
  // notes where it stands, without its "[^label]:" mark.
  const uncited = (blocks: Block[]): Block[] =>
    blocks.flatMap((b) => {
      const defined = definitionsOf(b);
      if (defined.size === 0) return [b];
      return [...defined]
        .filter(([label]) => !numbers.has(label))
        .map(([, note]): Block => ({ kind: 'paragraph', text: note.text.trim(), line: note.line, folded: true, footnote: true }))
        .filter((note) => note.text !== '');
    });
  // Every citation first (in document order), then the definitions they took.
  const intro = cite(model.intro);
  const sections = model.sections.map((s) => ({ ...s, blocks: cite(s.blocks) }));
  const summary = cite(model.summary);
  return {
    ...model,
    intro: uncited(intro),
    sections: sections.map((s) => ({ ...s, blocks: uncited(s.blocks) })),
    summary: uncited(summary),
  };
}
