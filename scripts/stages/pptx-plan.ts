// A deck -> what each PowerPoint slide holds and where: its title (for the
// title placeholder), text as paragraphs of runs (bold, italic, code, links,
// list levels and numbering), code blocks, tables and images, stacked down
// the body and scaled together so that nothing overflows the frame (the
// theme's shape: 16:9, or what a custom stylesheet declares).
// Pure: scripts/edges/pptx.ts writes the file with pptxgenjs.
import type { Deck, DeckSlide } from '../types.ts';
import { defaultFrame, type Frame } from './frame.ts';
import { parseMarkdown } from './render-slide.ts';
import { highlightRuns, type CodeKind, type Token } from './markdown.ts';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

export interface Paragraph {
  runs: Run[];
  /** List level (0 = top) and kind, for list items. */
  list?: { level: number; ordered: boolean; start?: number };
  /** A heading inside the body (##, ###): bold. */
  heading?: boolean;
  quote?: boolean;
}

export type Block =
  | { kind: 'text'; paragraphs: Paragraph[] }
  | { kind: 'code'; lines: string[]; language: string; colours: { text: string; kind: CodeKind }[][] }
  | { kind: 'table'; rows: Run[][][] }
  | { kind: 'image'; src: string; alt: string }
  /** A display formula (TeX), shown as a picture. */
  | { kind: 'math'; tex: string };

/** A block with its place on the slide (inches) and type size (points). */
export type Placed = Block & { x: number; y: number; w: number; h: number; size: number };

export interface PptxSlide {
  id: string;
  layout: DeckSlide['layout'];
  title: string;
  blocks: Placed[];
  notes: string;
}

/** PowerPoint's wide frame (13.333 x 7.5 in), with the HTML deck's margins and sizes (1280 px = 13.333 in; 1 px = 0.75 pt). */
const wide = {
  width: 13.333,
  height: 7.5,
  x: 0.6,
  titleY: 0.45,
  titleH: 1.05,
  bodyY: 1.6,
  bodyBottom: 6.95,
  bodySize: 27,
  titleSize: 40,
  codeSize: 19.5,
  minScale: 0.55,
};

export type PptxFrame = typeof wide;

/** The .pptx frame for the deck's frame: as wide as PowerPoint's wide layout, as tall as the deck's shape makes it (4:3: 10 in), the body ending as far above the foot. */
export function pptxFrame(frame: Frame = defaultFrame): PptxFrame {
  const height = Math.round(((wide.width * frame.height) / frame.width) * 1000) / 1000;
  return { ...wide, height, bodyBottom: height - (wide.height - wide.bodyBottom) };
}

/** The frame of a 16:9 deck (the theme's own). */
export const frame = pptxFrame();

function inlineRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let link: string | undefined;
  const push = (text: string, extra: Partial<Run> = {}): void => {
    if (text === '') return;
    runs.push({ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(link ? { link } : {}), ...extra });
  };
  for (const t of tokens) {
    if (t.type === 'text') push(t.content);
    else if (t.type === 'code_inline') push(t.content, { code: true });
    else if (t.type === 'strong_open') bold = true;
    else if (t.type === 'strong_close') bold = false;
    else if (t.type === 'em_open') italic = true;
    else if (t.type === 'em_close') italic = false;
    else if (t.type === 'link_open') link = String(t.attrGet('href') ?? '') || undefined;
    else if (t.type === 'link_close') link = undefined;
    else if (t.type === 'softbreak') push(' ');
    else if (t.type === 'hardbreak') push('\n');
    else if (t.type === 'math_inline') push(`$${t.content}$`, { code: true });
    else if (t.type === 'html_inline') continue;
    else if (t.content && t.type !== 'image') push(t.content);
  }
  return runs;
}

const plain = (runs: Run[]): string => runs.map((r) => r.text).join('');

/** A slide's Markdown -> its title and blocks, in order. */
export function slideBlocks(body: string): { title: string; blocks: Block[] } {
  const tokens = parseMarkdown(body);
  let title = '';
  const blocks: Block[] = [];
  const images: { src: string; alt: string }[] = [];
  const lists: { ordered: boolean; start?: number }[] = [];
  let quote = 0;
  const text = (): Paragraph[] => {
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'text') return last.paragraphs;
    const paragraphs: Paragraph[] = [];
    blocks.push({ kind: 'text', paragraphs });
    return paragraphs;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.type === 'heading_open') {
      const runs = inlineRuns(tokens[i + 1]?.children ?? []);
      if (t.tag === 'h1' && title === '') title = plain(runs);
      else text().push({ runs, heading: true });
      i += 2;
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const start = Number(t.attrGet('start') ?? '1');
      lists.push({ ordered: t.type === 'ordered_list_open', ...(start !== 1 ? { start } : {}) });
    } else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') lists.pop();
    else if (t.type === 'blockquote_open') quote += 1;
    else if (t.type === 'blockquote_close') quote -= 1;
    else if (t.type === 'paragraph_open') {
      const inline = tokens[i + 1]?.children ?? [];
      for (const c of inline) if (c.type === 'image') images.push({ src: String(c.attrGet('src') ?? ''), alt: c.content });
      const runs = inlineRuns(inline);
      i += 2;
      if (runs.length === 0 || plain(runs).trim() === '') continue;
      const list = lists[lists.length - 1];
      // Only a list item's first paragraph carries the bullet.
      const first = tokens[i - 3]?.type === 'list_item_open';
      text().push({
        runs,
        ...(list && first
          ? { list: { level: lists.length - 1, ordered: list.ordered, ...(list.start && list.start !== 1 ? { start: list.start } : {}) } }
          : {}),
        ...(quote > 0 ? { quote: true } : {}),
      });
    } else if (t.type === 'fence' || t.type === 'code_block') {
      const code = t.content.replace(/\n$/u, '');
      const language = t.info.trim().split(/\s+/u)[0] ?? '';
      blocks.push({ kind: 'code', lines: code.split('\n'), language, colours: highlightRuns(code, language) });
    } else if (t.type === 'math_block') {
      blocks.push({ kind: 'math', tex: t.content.trim() });
    } else if (t.type === 'table_open') {
      const rows: Run[][][] = [];
      for (i += 1; i < tokens.length && tokens[i]?.type !== 'table_close'; i += 1) {
        const c = tokens[i] as Token;
        if (c.type === 'tr_open') rows.push([]);
        else if (c.type === 'inline') rows[rows.length - 1]?.push(inlineRuns(c.children ?? []));
      }
      blocks.push({ kind: 'table', rows });
    }
  }
  for (const image of images) blocks.push({ kind: 'image', ...image });
  return { title, blocks };
}

/** Lines a block takes at scale 1, the way the HTML lays them out (about 64 characters a line of body text at 27 pt across the body). */
function linesOf(block: Block, width: number, frame: PptxFrame): number {
  const perLine = (size: number): number => Math.max(10, Math.floor((width * 72) / (size * 0.5)));
  if (block.kind === 'text')
    return block.paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil(plain(p.runs).length / (perLine(frame.bodySize) - (p.list?.level ?? 0) * 4))) + 0.35, 0);
  if (block.kind === 'code')
    return (block.lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine(frame.codeSize))), 0) * frame.codeSize) / frame.bodySize + 0.8;
  if (block.kind === 'table') return block.rows.length * 1.25;
  // A display formula: about as tall as the HTML shows it (a line and a half; a fraction, a sum or an integral about one more; each further row of an aligned block a line and a half).
  if (block.kind === 'math')
    return 1.6 + (/\\(?:frac|dfrac|sum|prod|int|oint|begin|sqrt\{[^}]*\\frac)/u.test(block.tex) ? 0.9 : 0) + 1.5 * (block.tex.match(/\\\\/gu) ?? []).length;
  return 6;
}

/** Places a slide's blocks down the body, all at one scale that fits the frame. */
export function placeBlocks(blocks: Block[], frame: PptxFrame = pptxFrame(), top = frame.bodyY): Placed[] {
  const width = frame.width - 2 * frame.x;
  const lineHeight = (frame.bodySize * 1.25) / 72;
  const gap = 0.18;
  // A little more room than the estimate for each block: the reader lays the text out itself, with its own fonts.
  const room = 1.12;
  const needed = blocks.reduce((h, b) => h + linesOf(b, width, frame) * lineHeight * room, 0) + gap * Math.max(0, blocks.length - 1);
  const available = frame.bodyBottom - top;
  const scale = Math.max(frame.minScale, Math.min(1, available / Math.max(needed, 0.01)));
  let y = top;
  const placed = blocks.map((block) => {
    const h = Math.min(available, linesOf(block, width, frame) * lineHeight * scale * room);
    const size = (block.kind === 'code' ? frame.codeSize : frame.bodySize) * scale;
    const one = { ...block, x: frame.x, y, w: width, h, size: Math.round(size * 2) / 2 };
    y += h + gap * scale;
    return one;
  });
  // The last text block reaches down to the bottom of the body: room to spare, never a box cut short.
  const last = placed[placed.length - 1];
  if (last && last.kind === 'text') last.h = Math.max(last.h, frame.bodyBottom - last.y);
  return placed;
}

/** Markdown marks taken off notes, for PowerPoint's plain notes pane. */
export const plainNotes = (notes: string): string =>
  notes
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/gu, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/<details><summary><\/summary>|<\/details>|<\/?p>/gu, '')
    .trim();

/** Every slide of the deck, planned for PowerPoint. */
export function planPptx(deck: Deck, frame: PptxFrame = pptxFrame()): PptxSlide[] {
  return deck.slides.map((slide) => {
    const { title, blocks } = slideBlocks(slide.body);
    return { id: slide.id, layout: slide.layout, title, blocks: placeBlocks(blocks, frame), notes: plainNotes(slide.notes) };
  });
}
