// A document's own table of contents ("Table of Contents", "Contents",
// "Inhaltsverzeichnis", "Table des matières", "Índice"...): a list of links to
// its sections, or of titles with page numbers. A deck has its agenda for
// that, and the links and page numbers lead nowhere on a slide, so the
// planner gives it no slides and keeps its text in the agenda's notes.
import type { Block, Section } from '../types.ts';
import { visibleText } from './text-size.ts';

const heading =
  /^(?:table of contents|contents|toc|inhaltsverzeichnis|inhalt|table des matières|sommaire|índice|contenido|contenidos|tabla de contenidos|indice|sommario|inhoud|inhoudsopgave|sumário|conteúdo|spis treści|содержание|оглавление|зміст|目录|目錄|目次|목차|المحتويات|جدول المحتويات|الفهرس|فهرس|فهرست|فهرست مطالب|תוכן העניינים|תוכן|içindekiler|mục lục|daftar isi|obsah|innehåll|innehållsförteckning|indhold|innhold|sisällys|sisällysluettelo|tartalom|tartalomjegyzék|cuprins|índex|περιεχόμενα|विषय सूची)$/iu;

/** Whether a heading names a table of contents ("Contents", "Table des matières"), its closing colon aside. */
export const namesContents = (text: string): boolean =>
  heading.test(
    visibleText(text)
      .trim()
      .replace(/[:：]$/u, '')
      // A pictogram the author set before it ("👉 Tabla de contenidos") is no word of it.
      .replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+|[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/gu, '')
      // A specification numbers it as a section ("1.   Table of contents").
      .replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s+/u, ''),
  );

/** A heading or an entry as words to compare: its section number, markers and case aside. */
const bare = (text: string): string =>
  visibleText(text)
    // (A pictogram before a heading, "🎯 المفهوم الأساسي", is no word of it.)
    .replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u, '')
    .replace(/^\s*(?:[-*+]\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\.(?:\d{1,3}\.?)*)?\s*/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

/** A list item's marker at a line's start ("- ", "* ", "3. ", "2) "). */
const itemMarker = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/u;

/**
 * A line of a table of contents: a link item ("- [Install](#install)", "1.1. [File Operations](#11-file-operations)" under
 * its part) or a title with its page ("4.1. Local Time ....... 4", an RFC's "3.10. Operator Precedence . . . . 10").
 */
const entry = /^\s*(?:(?:[-*+]|\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+\[[^\]\n]+\]\([^)\n]*\)\s*$|\S.*?(?:\.{3,}|(?:\.\s){3,}|\s{2,})\s*\d{1,4}\s*$)/u;

/** The lines of a block as written (a fenced block without its fences). */
function linesOf(block: Block): string[] {
  const lines = block.text.split('\n');
  const inner = block.kind === 'code' && /^(?:```|~~~)/u.test(lines[0] ?? '') ? lines.slice(1, -1) : lines;
  return inner.filter((l) => l.trim() !== '');
}

/**
 * Whether a section is the document's table of contents: so titled, with
 * entries for its text (seven lines in ten at least, three or more). Sections
 * after it stay what they are, deeper or not (a plain-text document numbers
 * its sections one level under a bare "Table of Contents").
 */
export function isTableOfContents(section: Section, headings: readonly string[] = []): boolean {
  if (!namesContents(section.heading)) return false;
  if (section.blocks.some((b) => b.kind !== 'list' && b.kind !== 'code' && b.kind !== 'paragraph')) return false;
  const lines = section.blocks.flatMap(linesOf);
  // An entry is a link or a title with its page, or the name of one of the document's headings ("   3.1.   ID3v2 header").
  const named = new Set(headings.map(bare).filter((h) => h !== ''));
  return lines.length >= 3 && lines.filter((l) => entry.test(l) || named.has(bare(l))).length >= lines.length * 0.7;
}

/**
 * A table of contents at the top of a document, before its first heading: a
 * paragraph naming it ("Table of Contents:") and the list of entries after
 * it. Returns the intro without it and the table as a section of its own (for
 * the agenda's notes), or the intro as it is.
 */
export function contentsInIntro(intro: Block[], headings: string[] = []): { intro: Block[]; contents: Section | null } {
  const at = intro.findIndex((b, i) => b.kind === 'paragraph' && namesContents(b.text) && intro[i + 1]?.kind === 'list');
  const label = intro[at];
  if (!label) return unlabelled(intro, headings);
  let end = at + 1;
  while (intro[end]?.kind === 'list') end += 1;
  const contents: Section = { heading: visibleText(label.text).trim(), level: 2, line: label.line, blocks: intro.slice(at + 1, end) };
  return isTableOfContents(contents) ? { intro: [...intro.slice(0, at), ...intro.slice(end)], contents } : { intro, contents: null };
}

/** A line of a list that links to a section of the same document ("- [Sizing teams](#sizing-teams)"). */
const anchorEntry = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[^\]\n]+\]\(#[^)\s]*\)\s*$/u;

/** A list whose lines all link to the document's own sections (nine in ten at least, four or more): a table of contents. */
export const linksToSections = (b: Block): boolean => {
  if (b.kind !== 'list') return false;
  const lines = linesOf(b);
  return lines.length >= 4 && lines.filter((l) => anchorEntry.test(l)).length >= lines.length * 0.9;
};

/**
 * A table of contents with no label, as README generators write one: a list at the top whose lines all
 * link to the document's own sections (nine in ten at least, four or more).
 */
function unlabelled(intro: Block[], headings: string[]): { intro: Block[]; contents: Section | null } {
  const at = intro.findIndex(linksToSections);
  const list = intro[at];
  if (!list) return listOfHeadings(intro, headings);
  return { intro: [...intro.slice(0, at), ...intro.slice(at + 1)], contents: { heading: 'Contents', level: 2, line: list.line, blocks: [list] } };
}

/** A heading or an item as compared: its visible words, lower-case, without a list marker or closing punctuation. */
const comparable = (text: string): string =>
  visibleText(text)
    .replace(itemMarker, '')
    .replace(/[\s.:;,!?。：]+$/u, '')
    .trim()
    .toLowerCase();

/**
 * The topics the introduction lists, as the document's headings name them ("In this article: Bubble sort,
 * Insertion sort, …"): the agenda says that. A list of three items or more, eight in ten of them a heading
 * of the document, with the sentence that leads into it (one that ends with a colon).
 */
function listOfHeadings(intro: Block[], headings: string[]): { intro: Block[]; contents: Section | null } {
  const known = new Set(headings.map(comparable));
  const at = intro.findIndex((b) => {
    if (b.kind !== 'list' || known.size < 3) return false;
    const items = linesOf(b).filter((l) => itemMarker.test(l));
    return items.length >= 3 && items.filter((l) => known.has(comparable(l))).length >= items.length * 0.8;
  });
  const list = intro[at];
  if (!list) return { intro, contents: null };
  const lead = at > 0 && intro[at - 1]?.kind === 'paragraph' && /[:：]\s*$/u.test(intro[at - 1]?.text ?? '') ? at - 1 : at;
  return {
    intro: [...intro.slice(0, lead), ...intro.slice(at + 1)],
    contents: { heading: 'Contents', level: 2, line: intro[lead]?.line ?? list.line, blocks: intro.slice(lead, at + 1) },
  };
}

/** An entry as compared with the lines of the text: without its indentation, bullet or number marker, and runs of spaces. */
const entryText = (line: string): string =>
  line
    .trim()
    .replace(/^(?:[-*+•o]\s+)/u, '')
    .replace(/\s+/gu, ' ');

/**
 * A table of contents with no label that lists what the text goes on to say, line by line (a plain-text
 * FAQ's "* 1 Getting started" / "+ 1.1 What is Midnight Commander?" over the same lines as its headings and
 * questions further down): five entries or more, eight in ten of them the start of a later line of
 * `text()`. An entry is a line that opens with a bullet or a number; a wrapped entry's second line is not one.
 */
export function listsLaterLines(section: Section, text: () => string): boolean {
  if (section.blocks.some((b) => b.kind !== 'list' && b.kind !== 'code' && b.kind !== 'paragraph')) return false;
  // Code in a language (```diff, ```c) holds no contents, whatever its lines open with ("+  uint32_t num_pages;"):
  // only a plain text's laid-out block (its fence names none) may be its list of questions.
  const entries = section.blocks
    .filter((b) => b.kind !== 'code' || /^(?:```|~~~)\s*$/u.test(b.text.split('\n')[0] ?? ''))
    .flatMap(linesOf)
    .filter((l) => /^\s*(?:[-*+•o]\s+)?\d{1,3}(?:\.\d{1,3})*\.?\s+\S/u.test(l) || /^\s*[-*+•]\s+\S/u.test(l))
    .map(entryText)
    .filter((e) => e.length >= 6);
  if (entries.length < 5 || entries.length > 400) return false;
  // The text is joined only for a section that could be a table of contents.
  const lines = text()
    .split('\n')
    .slice(0, 50_000)
    .map(entryText)
    .filter((l) => l.length >= 6);
  // Each entry is a line of the table itself once; a later line that starts with it is the one it names.
  const named = entries.filter((e) => {
    let seen = 0;
    for (const line of lines) if (line.startsWith(e) && ++seen >= 2) return true;
    return false;
  });
  return named.length >= entries.length * 0.8;
}
