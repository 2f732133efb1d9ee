// The slide file's format, in one place: YAML front matter between `---`
// rules, the slide's Markdown, then its speaker notes after a line `Note:`
// (or `Notes:`). What reads a slide file, what writes one, what exports one
// for reveal.js and what plans a slide the author cut with `---` in a
// document all take the markers from here.
import { fencedChunks } from './fence.ts';

/**
 * Front matter at the start of a text: `---`, YAML, then `---` (or YAML's `...`, where `ends` allows it). A space after
 * the opening dashes is no matter ("--- " opened a course's notes, whose fields had shown as a slide of text).
 */
export function frontMatterAt(text: string, ends: 'dashes' | 'dashes-or-dots' = 'dashes'): { yaml: string; length: number } | null {
  const m = (ends === 'dashes' ? /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u : /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*\n/u).exec(text);
  return m && m[1] !== undefined ? { yaml: m[1], length: m[0].length } : null;
}

/** The notes marker of a slide file: a line `Note:` or `Notes:` of its own. */
const markerLine = /^Notes?:[ \t]*$/mu;

/**
 * Where a slide file's notes start: the first marker line that is not inside
 * a fenced code block, so code that prints "Note:" stays code.
 */
export function noteMarker(text: string): { index: number; length: number } | null {
  let offset = 0;
  for (const chunk of fencedChunks(text)) {
    const marker = chunk.code ? null : markerLine.exec(chunk.text);
    if (marker) return { index: offset + marker.index, length: marker[0].length };
    offset += chunk.text.length + 1;
  }
  return null;
}

/** A slide file's parts: its front matter's YAML (null when it has none), its Markdown and its notes. */
export function splitSlideFile(source: string): { yaml: string | null; body: string; notes: string } {
  const normalised = source.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const front = frontMatterAt(normalised);
  const rest = front ? normalised.slice(front.length) : normalised;
  const noteAt = noteMarker(rest);
  return {
    yaml: front ? front.yaml : null,
    body: (noteAt ? rest.slice(0, noteAt.index) : rest).trim(),
    notes: noteAt ? rest.slice(noteAt.index + noteAt.length).trim() : '',
  };
}

/** Notes as they follow the marker: a line of them that reads "Note:" itself is escaped, so it cannot start the notes again. */
export const escapeNoteMarkers = (notes: string): string => notes.trim().replace(/^(\s*)(notes?:)/gimu, '$1\\$2');

/**
 * A slide's Markdown with each line that would start the notes ("Notes:" alone on its line, outside code: a label over
 * a README's list) written with its colon escaped, which Markdown shows as a colon: the slide keeps what follows it.
 */
function escapeBodyMarkers(body: string): string {
  if (!/^Notes?:/mu.test(body)) return body;
  return fencedChunks(body)
    .map((chunk) => (chunk.code ? chunk.text : chunk.text.replace(/^(Notes?):([ \t]*)$/gmu, '$1\\:$2')))
    .join('\n');
}

/** A slide file from its front matter's YAML (without the rules), its Markdown and its notes. */
export function formatSlideFile(yaml: string, body: string, notes: string): string {
  const parts = [`---\n${yaml.trimEnd()}\n---`, escapeBodyMarkers(body.trim())];
  if (notes.trim() !== '') parts.push(`Note:\n${notes.trim()}`);
  return `${parts.join('\n\n')}\n`;
}

/** In a document, a paragraph that starts a slide's notes: reveal.js's `Note:` or `Notes:` (either case), remark.js's `???` line. */
export const startsNotes = (paragraph: string): boolean => /^(?:Notes?:|notes?:|\?\?\?[ \t]*(?:\n|$))/u.test(paragraph);

/** The notes' text without the label that started them. */
export const withoutNoteLabel = (text: string): string => text.replace(/^(?:[Nn]otes?:|\?\?\?)\s*/u, '');

/** A slide's paragraphs (any with `text`) as what it shows and the notes from its first notes paragraph on ('' when none). */
export function splitAtNotes<T extends { text: string }>(blocks: T[]): { shown: T[]; notes: string } {
  const at = blocks.findIndex((b) => startsNotes(b.text));
  if (at < 0) return { shown: blocks, notes: '' };
  return {
    shown: blocks.slice(0, at),
    notes: withoutNoteLabel(
      blocks
        .slice(at)
        .map((b) => b.text)
        .join('\n\n'),
    ),
  };
}
