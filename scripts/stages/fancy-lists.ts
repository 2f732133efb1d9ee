// Pandoc's "fancy" lists in a Markdown document: items numbered by letters
// ("a.", "(b)", "C)"), by roman numerals ("i.", "(iv)"), by numbers in
// parentheses ("(1)") or by "#." (numbered for the author). CommonMark knows
// only "1." and "1)": it read such items as one paragraph run together
// ("a. Open the file. b. Close it."), a "#." item as text. Pure: text in,
// text out, line for line.

import { mapProse } from './fence.ts';

type Kind = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

interface Marker {
  indent: number;
  /** "(" for a label in parentheses, else "". */
  open: string;
  label: string;
  /** "." or ")". */
  delim: string;
  /** The marker and the spaces after it, as written. */
  width: number;
  rest: string;
}

interface List {
  indent: number;
  open: string;
  delim: string;
  kind: Kind;
  /** The number of the last item (its letter's or numeral's place). */
  last: number;
  /** Converted into a list of labelled items, or CommonMark's own numbered list (followed for its "#." items). */
  own: boolean;
  /** The bullet its items are written with: lists one after the other alternate "-" and "*", which CommonMark keeps apart. */
  bullet: string;
}

/** A list item's label: a letter, a roman numeral or a number (Pandoc's, and markdown.ts' labelled items). */
export const itemLabel = String.raw`[a-zA-Z]|[ivxlcdm]{1,7}|[IVXLCDM]{1,7}|\d{1,9}`;

const markerLine = new RegExp(String.raw`^( *)(\(?)(${itemLabel}|#)([.)])([ \t]+)(?=\S)(.*)$`, 'u');

function markerOf(line: string): Marker | null {
  const m = markerLine.exec(line);
  if (!m) return null;
  const [, indent = '', open = '', label = '', delim = '', space = '', rest = ''] = m;
  // "(a)" closes what it opens; "(a." is no marker.
  if (open === '(' && delim !== ')') return null;
  // A capital letter and a period need two spaces after them (or a tab), as Pandoc asks: "B. Russell" is a name.
  if (/^[A-Z]$/u.test(label) && delim === '.' && space === ' ') return null;
  return { indent: indent.length, open, label, delim, width: open.length + label.length + delim.length + space.length, rest };
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** A roman numeral's value, or 0 where the letters are not one written the usual way. */
function romanValue(numeral: string): number {
  const digits = [...numeral.toLowerCase()].map((c) => romanValues[c] ?? 0);
  const value = digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0);
  return romanNumeral(value) === numeral.toLowerCase() ? value : 0;
}

function romanNumeral(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let left = value;
  for (const [n, s] of table)
    while (left >= n) {
      out += s;
      left -= n;
    }
  return out;
}

/** A letter label for a place: a..z, then aa, bb... as Pandoc writes them. */
function letters(place: number): string {
  const letter = String.fromCharCode(97 + ((place - 1) % 26));
  return letter.repeat(Math.floor((place - 1) / 26) + 1);
}

/** The label for an item's place in a list of its kind. */
function labelFor(kind: Kind, place: number): string {
  if (kind === 'decimal') return String(place);
  if (kind === 'lower-alpha') return letters(place);
  if (kind === 'upper-alpha') return letters(place).toUpperCase();
  if (kind === 'lower-roman') return romanNumeral(place);
  return romanNumeral(place).toUpperCase();
}

/** The kind and place a label opens a list with ("i" is a numeral, as Pandoc reads it; "c" a letter). */
function opening(label: string): { kind: Kind; place: number } | null {
  if (label === '#') return { kind: 'decimal', place: 1 };
  if (/^\d+$/u.test(label)) return { kind: 'decimal', place: Number(label) };
  if (/^[a-z]$/u.test(label) && label !== 'i') return { kind: 'lower-alpha', place: label.charCodeAt(0) - 96 };
  if (/^[A-Z]$/u.test(label) && label !== 'I') return { kind: 'upper-alpha', place: label.charCodeAt(0) - 64 };
  const value = romanValue(label);
  if (value === 0) return null;
  return { kind: label === label.toLowerCase() ? 'lower-roman' : 'upper-roman', place: value };
}

/** Whether a label is the next item of a list ("#" always is). */
function follows(list: List, marker: Marker): boolean {
  if (marker.open !== list.open || marker.delim !== list.delim) return false;
  if (marker.label === '#') return true;
  return marker.label === labelFor(list.kind, list.last + 1);
}

/** A list CommonMark reads on its own: "1." and "1)" at the margin of a line. */
const plainNumbered = (marker: Marker): boolean => marker.open === '' && /^\d+$/u.test(marker.label);

/**
 * The items of Pandoc's fancy lists as lists CommonMark reads: a list of
 * letters, numerals or numbers in parentheses is a list whose items keep their
 * labels as written ("- (a) Quais seriam…"; the theme shows no bullet where
 * every item has a label); a "#." item takes the label of its place ("A.",
 * "#.", "#." are "A.", "B.", "C."; "#." alone numbers as "1.", "2."). A list
 * is two or more items in order (a, b, c; i, ii, iii), at a paragraph's start
 * (after a blank line or a line ending in a colon) or under an item; lines
 * between its items are the items' own. Code is left alone.
 */
export function pandocFancyLists(text: string): string {
  if (!/^ *(?:\(?(?:[a-zA-Z]|[ivxlcdmIVXLCDM]{1,7})[.)]|\(\d{1,9}\)|\(?#[.)])[ \t]/mu.test(text)) return text;
  return mapProse(text, (prose) => {
    const lines = prose.split('\n');
    const stack: List[] = [];
    let blankBefore = true;
    let made = 0;
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] ?? '';
      if (line.trim() === '') {
        blankBefore = true;
        continue;
      }
      const marker = markerOf(line);
      const indent = line.length - line.trimStart().length;
      // A line after a blank one at or left of a list's marker ends that list (and those under it).
      if (blankBefore)
        while (stack.length > 0 && indent <= (stack[stack.length - 1]?.indent ?? 0) && !(marker && marker.indent === stack[stack.length - 1]?.indent))
          stack.pop();
      const previous = i > 0 ? (lines[i - 1] ?? '').trim() : '';
      blankBefore = false;
      if (!marker) continue;
      // Lists under this item's column are over.
      while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) > marker.indent) stack.pop();
      const top = stack[stack.length - 1];
      if (top && top.indent === marker.indent) {
        if (follows(top, marker)) {
          top.last += 1;
          if (top.own || marker.label === '#') lines[i] = relabelled(line, marker, top);
          continue;
        }
        stack.pop();
      }
      if (plainNumbered(marker)) {
        // CommonMark's own list: followed, so that a "#." item after "1." is numbered "2.".
        stack.push({ indent: marker.indent, open: '', delim: marker.delim, kind: 'decimal', last: Number(marker.label), own: false, bullet: '' });
        continue;
      }
      const starts = opening(marker.label);
      if (!starts) continue;
      const nested = stack.length > 0;
      const atStart = nested || i === 0 || previous === '' || /[:：]$/u.test(previous);
      if (!atStart || (!nested && marker.indent > 3)) continue;
      const list: List = {
        indent: marker.indent,
        open: marker.open,
        delim: marker.delim,
        kind: starts.kind,
        last: starts.place,
        own: true,
        bullet: made % 2 === 0 ? '-' : '*',
      };
      if (!secondItem(lines, i, list)) continue;
      made += 1;
      stack.push(list);
      lines[i] = relabelled(line, marker, list);
    }
    return lines.join('\n');
  });
}

/** Whether the list an item at line `at` opens has a second item in order before it ends. */
function secondItem(lines: string[], at: number, list: List): boolean {
  let blank = false;
  for (let j = at + 1; j < lines.length; j += 1) {
    const line = lines[j] ?? '';
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const marker = markerOf(line);
    if (marker && marker.indent === list.indent) return follows(list, marker);
    // Text after a blank line at the list's margin ends it; text under the item, or right after its line, is the item's.
    if (blank && indent <= list.indent) return false;
    blank = false;
  }
  return false;
}

/** An item's line with CommonMark's marker: "N." for a numbered list's "#.", else a bullet before the label as written. */
function relabelled(line: string, marker: Marker, list: List): string {
  const label = marker.label === '#' ? labelFor(list.kind, list.last) : marker.label;
  const pad = ' '.repeat(marker.indent);
  if (list.kind === 'decimal' && list.open === '') return `${pad}${label}${list.delim} ${marker.rest}`;
  return `${pad}${list.bullet} ${list.open}${label}${list.delim} ${marker.rest}`;
}
