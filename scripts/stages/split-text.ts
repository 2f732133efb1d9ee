// Plain text -> DocumentModel. Finds `Heading: body` sections (bare, numbered,
// bulleted or bold), stand-alone heading lines, an intro and a closing summary.
// Prose with no headings becomes one section per paragraph (see plan-prose).
import type { Block, DocumentModel, Section } from '../types.ts';

interface Paragraph {
  text: string;
  line: number;
}

const separatorLine = /^\s*(?:[-–—_=*~•·#+]\s*){1,}$/u;
const listMarker = /^\s*(?:[•*\-–·▪◦‣]|\d{1,3}[.)]|[a-zA-Z][.)])\s+/u;
const headingBody =
  /^\s*(?:(?:\d{1,3}|[ivxIVX]{1,5}|[a-zA-Z])[.)]\s+|[•*\-–·▪◦‣]\s+)?(?:\*\*|__)?([^\s:：.!?*_][^:：.!?\n*_]{0,79}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s+(\S[\s\S]*)$/u;
const summaryOpening =
  /^(?:in summary|in conclusion|to sum up|to summari[sz]e|to conclude|in short|overall|all in all|in closing|summing up|in sum|to recap|taken together)\b/iu;

export function isSummaryOpening(text: string): boolean {
  return summaryOpening.test(text.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** `Heading: body` with a short heading that starts like a title. */
function matchHeadingBody(text: string): { heading: string; body: string } | null {
  const m = headingBody.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const heading = m[1].trim();
  if (heading === '' || wordCount(heading) > 8) return null;
  // "However, note: ..." is a sentence, not a heading; headings start upper-case or non-Latin.
  if (/^\p{Ll}/u.test(heading) || /[,;]/u.test(heading)) return null;
  return { heading, body: m[2].trim() };
}

/** A short line without closing punctuation, like "Results" or "2. Method". */
function matchBareHeading(text: string): string | null {
  if (text.includes('\n') || wordCount(text) > 10 || text.length > 90) return null;
  if (/[.!?,;:。！？]["'”’)]*$/u.test(text.trim())) return null;
  const heading = text
    .replace(/^\s*(?:\d{1,3}[.)]|[•*\-–·▪◦‣])\s+/u, '')
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, '$1')
    .trim();
  if (heading === '' || /^\p{Ll}/u.test(heading)) return null;
  return heading;
}

/** Splits lines into paragraphs: blank and separator lines end one; so does a line that starts a new item. */
function toParagraphs(text: string): Paragraph[] {
  const lines = text.split('\n');
  const content = lines.filter((l) => l.trim() !== '' && !separatorLine.test(l));
  const lengths = content.map((l) => l.trim().length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  // Unwrapped text (a paragraph per line) vs. hard-wrapped text (a paragraph per block).
  const linePerParagraph = median > 100;
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  const flush = (): void => {
    if (current && current.text.trim() !== '') paragraphs.push({ text: current.text.trim(), line: current.line });
    current = null;
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || (separatorLine.test(line) && line.length <= 80)) {
      flush();
      return;
    }
    const previous = lines[index - 1]?.trim() ?? '';
    const closesSentence = /[.!?。！？]["'”’)]*$/u.test(previous);
    const startsItem = listMarker.test(line) || matchHeadingBody(line) !== null || (closesSentence && isSummaryOpening(line));
    const next = lines[index + 1]?.trim() ?? '';
    // A short line after a blank one, with text right under it, is a heading of its own.
    const afterBlank = previous === '' || separatorLine.test(previous);
    if (current === null && afterBlank && !linePerParagraph && next !== '' && !separatorLine.test(next) && !startsItem && matchBareHeading(line) !== null && line.length < 70) {
      paragraphs.push({ text: line, line: index + 1 });
      return;
    }
    if (current === null || linePerParagraph || startsItem) {
      flush();
      current = { text: line, line: index + 1 };
    } else {
      current.text += `\n${line}`;
    }
  });
  flush();
  return paragraphs;
}

const joinLines = (text: string): string => text.replace(/\s*\n\s*/gu, ' ');

function toBlock(p: Paragraph): Block {
  if (listMarker.test(p.text)) return { kind: 'list', text: p.text, line: p.line };
  return { kind: 'paragraph', text: joinLines(p.text), line: p.line };
}

/** Merges consecutive list paragraphs into one list block. */
function mergeLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (last && last.kind === 'list' && block.kind === 'list') {
      out[out.length - 1] = { ...last, text: `${last.text}\n${block.text}` };
    } else {
      out.push(block);
    }
  }
  return out;
}

/** Moves closing paragraphs ("In summary, ...") off the last section into the summary. */
function takeSummary(sections: Section[], intro: Block[]): Block[] {
  const last = sections[sections.length - 1];
  const blocks = last ? last.blocks : intro;
  const index = blocks.findIndex((b, i) => i > 0 || last === undefined ? isSummaryOpening(b.text) : false);
  if (index < 0) return [];
  return blocks.splice(index);
}

/** Finds the title, intro, sections and summary of a plain-text document. */
export function splitText(text: string): DocumentModel {
  const paragraphs = toParagraphs(text);
  let title: string | null = null;
  let subtitle: string | null = null;
  const first = paragraphs[0];
  if (first && paragraphs.length > 1 && !first.text.includes('\n') && wordCount(first.text) <= 14 && !/[.!?。！？:：]["'”’)]*$/u.test(first.text)) {
    // A short first line is the title; "Title: subtitle" gives both.
    const [head, ...rest] = first.text.split(/\s*[:：]\s+/u);
    title = (head ?? first.text).replace(/^(?:\*\*|__|#+\s*)|(?:\*\*|__)$/gu, '').trim();
    subtitle = rest.length > 0 ? rest.join(': ').trim() : null;
    paragraphs.shift();
  }
  const intro: Block[] = [];
  const sections: Section[] = [];
  paragraphs.forEach((p, i) => {
    const hb = matchHeadingBody(p.text);
    const next = paragraphs[i + 1];
    const bare = hb === null && next !== undefined ? matchBareHeading(p.text) : null;
    if (hb) {
      sections.push({ heading: hb.heading, level: 2, line: p.line, blocks: [toBlock({ text: hb.body, line: p.line })] });
    } else if (bare !== null) {
      sections.push({ heading: bare, level: 2, line: p.line, blocks: [] });
    } else {
      const target = sections[sections.length - 1];
      (target ? target.blocks : intro).push(toBlock(p));
    }
  });
  for (const section of sections) section.blocks = mergeLists(section.blocks);
  const summary = sections.length > 0 ? takeSummary(sections, intro) : [];
  return { title, subtitle, author: null, date: null, lang: null, intro: mergeLists(intro), sections, summary, summaryTitle: null };
}
