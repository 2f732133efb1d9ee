// The numbers a Word document's ordered lists start at. mammoth writes every
// ordered list as <ol> from 1; Word numbers a list from its level's start
// (w:start), a restart (w:startOverride), or on from where the same list
// stopped before a paragraph that interrupted it. Here Word's counters are
// replayed over the document's numbered paragraphs, and the lists are grouped
// as mammoth groups them (consecutive numbered paragraphs; a deeper level
// nests), giving the first number of each <ol> in the order mammoth writes
// them. Pure: the XML comes in parsed (xmldom's DOM), the HTML as a string.

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** An XML element as xmldom gives it (the parts used here). */
export interface XmlNode {
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<XmlNode>;
  getAttributeNS(namespace: string, name: string): string | null;
  parentNode: XmlNode | null;
  localName?: string | null;
}

interface Level {
  ordered: boolean;
  start: number;
}

interface Numbering {
  /** numId -> its abstract numbering and the levels it restarts. */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
  /** abstractNumId -> its levels. */
  abstracts: Map<string, Map<number, Level>>;
}

const first = (node: XmlNode, name: string): XmlNode | null => node.getElementsByTagNameNS(w, name)[0] ?? null;
const value = (node: XmlNode | null): string | null => (node ? node.getAttributeNS(w, 'val') || null : null);
const integer = (text: string | null, fallback: number): number => (text !== null && /^-?\d+$/u.test(text) ? Number(text) : fallback);

function readNumbering(numbering: XmlNode | null): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  if (!numbering) return { nums, abstracts };
  for (const abstract of Array.from(numbering.getElementsByTagNameNS(w, 'abstractNum'))) {
    const levels = new Map<number, Level>();
    for (const lvl of Array.from(abstract.getElementsByTagNameNS(w, 'lvl'))) {
      // A level with no w:start starts at 0, as the standard says.
      levels.set(integer(lvl.getAttributeNS(w, 'ilvl'), 0), {
        ordered: value(first(lvl, 'numFmt')) !== 'bullet',
        start: integer(value(first(lvl, 'start')), 0),
      });
    }
    abstracts.set(abstract.getAttributeNS(w, 'abstractNumId') ?? '', levels);
  }
  for (const num of Array.from(numbering.getElementsByTagNameNS(w, 'num'))) {
    const overrides = new Map<number, number>();
    for (const override of Array.from(num.getElementsByTagNameNS(w, 'lvlOverride'))) {
      const start = value(first(override, 'startOverride'));
      if (start !== null) overrides.set(integer(override.getAttributeNS(w, 'ilvl'), 0), integer(start, 1));
    }
    nums.set(num.getAttributeNS(w, 'numId') ?? '', { abstract: value(first(num, 'abstractNumId')) ?? '', overrides });
  }
  return { nums, abstracts };
}

/** A paragraph's numbering (numId and level) from its own properties, or null. */
function numberingOf(paragraph: XmlNode): { numId: string; level: number } | null {
  const numPr = first(paragraph, 'numPr');
  // Only the paragraph's own properties count (a numPr inside a nested paragraph of a text box is that paragraph's).
  if (!numPr || numPr.parentNode?.parentNode !== paragraph) return null;
  const numId = value(first(numPr, 'numId'));
  if (numId === null || numId === '0') return null;
  return { numId, level: integer(value(first(numPr, 'ilvl')), 0) };
}

/**
 * The first number of each ordered list mammoth writes for the document, in
 * the order of its <ol> elements (1 where Word starts at 1). Null when a
 * paragraph's list cannot be told (numbering defined through a paragraph
 * style, or missing): then nothing is changed.
 */
export function orderedListStarts(document: XmlNode, numbering: XmlNode | null): number[] | null {
  const { nums, abstracts } = readNumbering(numbering);
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();
  const starts: number[] = [];
  let open: { level: number; ordered: boolean }[] = [];
  for (const paragraph of Array.from(document.getElementsByTagNameNS(w, 'p'))) {
    const numbered = numberingOf(paragraph);
    const styled = value(first(paragraph, 'pStyle'));
    if (!numbered) {
      // A list style may number the paragraph through its style: that list cannot be told here.
      if (styled && /list/iu.test(styled) && /number|bullet/iu.test(styled)) return null;
      open = [];
      continue;
    }
    const num = nums.get(numbered.numId);
    const level = num ? abstracts.get(num.abstract)?.get(numbered.level) : undefined;
    if (!num || !level) return null;
    // Word's counters: per abstract list and level; a restart the first time a num that overrides it is used; deeper levels reset.
    const counter = counters.get(num.abstract) ?? [];
    const restart = !used.has(numbered.numId) ? num.overrides.get(numbered.level) : undefined;
    used.add(numbered.numId);
    const current = counter[numbered.level];
    counter[numbered.level] = restart ?? (current === undefined ? level.start : current + 1);
    counter.length = numbered.level + 1;
    counters.set(num.abstract, counter);
    // mammoth's lists: consecutive numbered paragraphs; a deeper level nests, a change of kind at a level starts a new list.
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) > numbered.level) open.pop();
    const top = open[open.length - 1];
    if (top && top.level === numbered.level && top.ordered === level.ordered) continue;
    if (top && top.level === numbered.level) open.pop();
    open.push({ level: numbered.level, ordered: level.ordered });
    if (level.ordered) starts.push(counter[numbered.level] ?? 1);
  }
  return starts;
}

/** Gives the HTML's <ol> elements, in order, the start numbers (only when there are as many as starts, and only where a list does not start at 1). */
export function withListStarts(html: string, starts: number[] | null): string {
  if (!starts) return html;
  const lists = html.match(/<ol(?=[\s>])/gu) ?? [];
  if (lists.length !== starts.length) return html;
  let index = 0;
  return html.replace(/<ol(?=[\s>])/gu, (tag) => {
    const start = starts[index++] ?? 1;
    return start === 1 ? tag : `<ol start="${start}"`;
  });
}
