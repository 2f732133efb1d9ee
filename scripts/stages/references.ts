// Reference-style links ("[two's complement][twos-complement]", "[LaTeX][]",
// "[Step 2]") name a definition written elsewhere in the document
// ("[twos-complement]: https://..."). A slide holds only part of the
// document, so each such link is written out inline, with the definition's
// address and title, where the document is split. Pure: text in, text out.
import { mapProse, spanMark } from './fence.ts';

/** A definition as markdown-it collects it (its `env.references`, keyed by the normalised label). */
export interface Reference {
  href: string;
  title: string;
}

/** A label as CommonMark matches it: trimmed, inner spaces collapsed, case folded. */
export const referenceKey = (label: string): string => label.trim().replace(/\s+/gu, ' ').toLowerCase().toUpperCase();

// [text][label], [text][] and [text]: not an inline link or a definition, and not inside a code span (masked first).
// (A colon after a full reference, "[working memory][WM]: ten each…", is the sentence's: only "[label]:" defines.)
// The text may go on over a line ("[my workplace mentoring\nprogram][aspire]"), as CommonMark reads it, not past a blank one.
// (A footnote's mark right after it, "[`seteuid`][man-seteuid][^or-demyst]", is no label of a longer link.)
const referenceLink = /(!?)\[((?:[^[\]\\\n]|\\.|\n(?![ \t]*\n)|\[[^[\]\n]*\])+)\](?:\[([^[\]\n]*)\](?!\(|\[(?!\^))|(?![(:]|\[(?!\^)))/gu;

/** markdown-it keeps a definition's address percent-encoded; a local path goes back to its own characters (the images stage looks for the file by them). */
function localPath(href: string): string {
  if (/^[a-z][\w+.-]*:|^\/\/|^#/iu.test(href)) return href;
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

function destination(href: string): string {
  const path = localPath(href);
  return /[\s()<>]/u.test(path) ? `<${path.replace(/[<>]/gu, (c) => encodeURIComponent(c))}>` : path;
}

/**
 * The text with each reference link whose definition is known written as an inline link, and a full reference to a
 * label never defined as its text; code is left alone.
 */
export function inlineReferences(text: string, references: Record<string, Reference> | undefined): string {
  const known = references !== undefined && Object.keys(references).length > 0;
  if (!text.includes('[') || (!known && !text.includes(']['))) return text;
  const defined = references ?? {};
  const written = (prose: string, restore: (masked: string) => string): string =>
    prose.replace(new RegExp(referenceLink.source, 'gu'), (whole, bang: string, inner: string, label: string | undefined) => {
      // "[^note]" is a footnote's mark (footnotes.ts), even where its text is only an address ("[^note]: <https://…>").
      if ((label === undefined || label === '' ? inner : label).startsWith('^')) return whole;
      // A label may be code ("[`text/template`][]"): it is matched as written, its code span put back.
      const found = defined[referenceKey(restore(label === undefined || label === '' ? inner : label))];
      // A full reference to a label the document never defines ("[tidyverse][tidyverse-github]", defined in a file the
      // site adds to every page): the link's text, as the site shows it, not the brackets CommonMark would.
      if (!found && !bang && label !== undefined && /[\p{L}\p{N}]/u.test(label) && /\p{L}/u.test(inner) && !inner.includes('][')) return inner;
      if (!found || inner.includes(spanMark) !== whole.includes(spanMark)) return whole;
      const title = found.title ? ` "${found.title.replace(/"/gu, '\\"')}"` : '';
      // A badge's image inside a link ("[![crates.io][badge]][crates.io]") is a reference of its own.
      const shown = !bang && inner.includes('][') ? written(inner, restore) : inner;
      return `${bang}[${shown}](${destination(found.href)}${title})`;
    });
  return mapProse(text, written);
}

/**
 * A heading's reference links ("## [2.0.0] - 2026-06-07" over "[2.0.0]: https://…", as changelogs write them) as their
 * text: a title is no link, and a slide holds no definitions, so the brackets would show.
 */
export function referencesAsText(text: string, references: Record<string, Reference> | undefined): string {
  if (references === undefined || !text.includes('[')) return text;
  return text.replace(new RegExp(referenceLink.source, 'gu'), (whole, bang: string, inner: string, label: string | undefined) => {
    const key = label === undefined || label === '' ? inner : label;
    return bang || key.startsWith('^') || references[referenceKey(key)] === undefined ? whole : inner;
  });
}
