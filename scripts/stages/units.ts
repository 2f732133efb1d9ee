// Section blocks -> units: the things a slide can show (a point, a code block,
// a table...), each with what it costs in slide space and the source text it
// stands for (which goes to the speaker notes).
import type { Block } from '../types.ts';
import { condenseSentence } from './condense.ts';
import { countWords, splitSentences } from './sentences.ts';

export interface Unit {
  kind: 'point' | 'visual';
  /** Markdown shown on the slide. */
  markdown: string;
  /** Slide space it takes, in body lines (a slide holds about nine). */
  cost: number;
  words: number;
  /** Source text it stands for: units with the same key share one note. */
  noteKey: string;
  noteText: string;
  /** Index of the block it came from, so notes keep paragraphs apart. */
  block: number;
}

const markdownSpecials = /([\\`*_[\]<>|~$])/gu;

/** Escapes plain text so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(markdownSpecials, '\\$1')
    .replace(/^(\s*)([#>+\-=]|\d+[.)])(?=\s|$)/gmu, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+\-=.)])/u, '\\$1')}`);
}

const maxPointWords = 30;

/** Keeps a point to a readable length; the whole sentence stays in the notes. */
function shorten(point: string): string {
  const chars = [...point];
  if (chars.length > 240 && countWords(point) <= 3) return `${chars.slice(0, 120).join('')}…`;
  const words = point.split(/\s+/u);
  if (words.length <= maxPointWords) return point;
  const head = words.slice(0, 24).join(' ');
  const comma = head.lastIndexOf(',');
  const cut = comma > 0 && countWords(head.slice(0, comma)) >= 8 ? head.slice(0, comma) : head;
  return `${cut.replace(/[,;:]$/u, '')} …`;
}

const pointCost = (words: number): number => Math.max(1, Math.ceil(words / 10)) + 0.3;

export function listItems(text: string): { marker: string; body: string }[] {
  const lines = text.split('\n');
  const first = /^(\s*)/u.exec(lines[0] ?? '')?.[1]?.length ?? 0;
  const items: { marker: string; body: string }[] = [];
  const itemStart = /^(\s*)([•*\-–·▪◦‣+]|\d{1,3}[.)]|[a-zA-Z][.)])\s+(.*)$/u;
  for (const line of lines) {
    const m = itemStart.exec(line);
    const current = items[items.length - 1];
    if (m && (m[1]?.length ?? 0) <= first) {
      items.push({ marker: m[2] ?? '-', body: m[3] ?? '' });
    } else if (current) {
      current.body += `\n${line}`;
    } else {
      items.push({ marker: '-', body: line });
    }
  }
  return items;
}

function visualCost(block: Block): number {
  const lines = block.text.split('\n').length;
  switch (block.kind) {
    case 'code':
      return 0.8 * (lines + 1);
    case 'table':
      return 1.1 * lines;
    case 'image':
      return 4.5;
    case 'math':
      return 1.5 + 0.6 * lines;
    case 'quote':
      return pointCost(countWords(block.text)) + 0.5;
    default:
      return pointCost(countWords(block.text));
  }
}

/** Turns one section's blocks into units, in order. */
export function blocksToUnits(blocks: Block[], format: 'text' | 'markdown'): Unit[] {
  const asMarkdown = (text: string): string => (format === 'text' ? escapeMarkdown(text) : text);
  const units: Unit[] = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'paragraph') {
      splitSentences(block.text).forEach((sentence, s) => {
        for (const point of condenseSentence(sentence)) {
          const shown = shorten(point);
          const words = countWords(shown);
          units.push({ kind: 'point', markdown: `- ${asMarkdown(shown)}`, cost: pointCost(words), words, noteKey: `${b}:${s}`, noteText: asMarkdown(sentence), block: b });
        }
      });
    } else if (block.kind === 'list') {
      listItems(block.text).forEach((item, i) => {
        const ordered = /\d/u.test(item.marker);
        const body = item.body.trim();
        const words = countWords(body);
        const marker = ordered ? `${i + 1}.` : '-';
        const shown = format === 'text' ? asMarkdown(shorten(body.replace(/\s*\n\s*/gu, ' '))) : body.replace(/\n/gu, '\n   ');
        // Notes keep the author's own marker ("3.", "b)"), so no character of the item is lost.
        const noteText = /\p{L}|\d/u.test(item.marker) ? asMarkdown(`${item.marker} ${body}`) : `- ${asMarkdown(body)}`;
        units.push({ kind: 'point', markdown: `${marker} ${shown}`, cost: pointCost(words), words, noteKey: `${b}:${i}`, noteText, block: b });
      });
    } else {
      const words = block.kind === 'quote' || block.kind === 'html' ? countWords(block.text) : 0;
      const markdown = block.kind === 'html' ? asMarkdown(block.text) : format === 'text' ? asMarkdown(block.text) : block.text;
      units.push({ kind: 'visual', markdown, cost: visualCost(block), words, noteKey: `${b}`, noteText: '', block: b });
    }
  });
  return units;
}
