// Markdown -> DocumentModel. Front matter gives the title slide; headings give
// sections; every block keeps the author's exact Markdown source.
import MarkdownIt from 'markdown-it';
import { splitFrontMatter, yamlText, type FrontMatter } from './yaml.ts';
import type { Block, DocumentModel, Section } from '../types.ts';
import { isSummaryOpening } from './split-text.ts';

const parser = new MarkdownIt({ html: true });
const summaryHeading = /^(?:summary|conclusions?|in summary|in conclusion|wrap[- ]?up|takeaways?|key takeaways|recap)$/iu;

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ') || null;
  return yamlText(value);
}

type Token = ReturnType<typeof parser.parse>[number];

function blockKind(tokens: Token[], index: number): Block['kind'] | 'heading' | 'break' {
  const token = tokens[index];
  switch (token?.type) {
    case 'heading_open':
      return 'heading';
    case 'hr':
      return 'break';
    case 'bullet_list_open':
    case 'ordered_list_open':
      return 'list';
    case 'fence':
    case 'code_block':
      return 'code';
    case 'table_open':
      return 'table';
    case 'blockquote_open':
      return 'quote';
    case 'html_block':
      return 'html';
    case 'paragraph_open': {
      const inline = tokens[index + 1];
      const children = (inline?.children ?? []).filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
      if (children.length > 0 && children.every((c) => c.type === 'image')) return 'image';
      if (/^\$\$[\s\S]*\$\$$/u.test(inline?.content.trim() ?? '')) return 'math';
      return 'paragraph';
    }
    default:
      return 'paragraph';
  }
}

function modelFields(front: FrontMatter, title: string | null): Pick<DocumentModel, 'title' | 'subtitle' | 'author' | 'date' | 'lang' | 'subject' | 'keywords'> {
  const keywords = front.data.keywords ?? front.data.tags;
  return {
    subject: stringField(front.data, 'subject') ?? stringField(front.data, 'description'),
    keywords: Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(/\s*,\s*/u).filter(Boolean) : [],
    title,
    subtitle: stringField(front.data, 'subtitle'),
    author: stringField(front.data, 'author') ?? stringField(front.data, 'authors'),
    date: stringField(front.data, 'date'),
    lang: stringField(front.data, 'lang') ?? stringField(front.data, 'language'),
  };
}

/**
 * A document cut into slides with `---`: every piece between breaks is one
 * slide as written, titled by its first heading. Headings were already
 * collected as sections, so the pieces are rebuilt from blocks by line.
 */
function explicitSlides(front: FrontMatter, titleFromH1: string | null, intro: Block[], sections: Section[], breaks: number[]): DocumentModel {
  const pieces: Section[] = [];
  const all: { heading: string | null; block: Block | null; line: number }[] = [
    ...intro.map((b) => ({ heading: null, block: b, line: b.line })),
    ...sections.flatMap((s) => [{ heading: s.heading, block: null, line: s.line }, ...s.blocks.map((b) => ({ heading: null, block: b, line: b.line }))]),
  ].sort((a, b) => a.line - b.line);
  const pieceOf = (line: number): number => breaks.filter((b) => b < line).length;
  for (const item of all) {
    const index = pieceOf(item.line);
    const current = (pieces[index] ??= { heading: '', level: 2, line: item.line, blocks: [], explicit: true });
    if (item.heading !== null && current.heading === '') current.heading = item.heading;
    else if (item.heading !== null) current.blocks.push({ kind: 'paragraph', text: `### ${item.heading}`, line: item.line });
    if (item.block) current.blocks.push(item.block);
  }
  const slides = pieces.filter((p): p is Section => p !== undefined && (p.heading !== '' || p.blocks.length > 0));
  let title = stringField(front.data, 'title') ?? titleFromH1;
  let subtitle = stringField(front.data, 'subtitle');
  // A first slide with only a heading (and perhaps a line under it) is the title slide.
  const first = slides[0];
  if (first && first.blocks.length <= 1 && (first.heading === '' ? title !== null : title === null || title === first.heading)) {
    title ??= first.heading;
    subtitle ??= first.blocks[0]?.text ?? null;
    slides.shift();
  }
  for (const s of slides) if (s.heading === '') s.heading = firstWords(s.blocks[0]?.text ?? 'Slide');
  return { ...modelFields(front, title), subtitle, intro: [], sections: slides, summary: [], summaryTitle: null };
}

function firstWords(text: string): string {
  const plain = text.replace(/[#*_`>\[\]()!-]/gu, ' ').replace(/\s+/gu, ' ').trim();
  const words = plain.split(' ').slice(0, 6).join(' ');
  return words === '' ? 'Slide' : words;
}

/** Finds title, intro, sections and summary in a Markdown document. */
export function splitMarkdown(text: string): DocumentModel {
  const front = splitFrontMatter(text);
  const lines = front.body.split('\n');
  const tokens = parser.parse(front.body, {});
  const headingLevels = tokens.filter((t) => t.type === 'heading_open' && t.level === 0).map((t) => Number(t.tag.slice(1)));
  const h1Count = headingLevels.filter((l) => l === 1).length;
  let title = stringField(front.data, 'title');
  // A single leading H1 is the document's title; several H1s are its sections.
  const titleFromH1 = h1Count === 1 && tokens.findIndex((t) => t.type === 'heading_open') === tokens.findIndex((t) => t.tag === 'h1');
  const sectionLevels = headingLevels.filter((l) => !(titleFromH1 && l === 1));
  const topLevel = sectionLevels.length > 0 ? Math.min(...sectionLevels) : 2;

  const intro: Block[] = [];
  const sections: Section[] = [];
  // Lines of `---` breaks: where the author already cut the document into slides.
  const breaks: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.level !== 0 || !token.map || token.nesting === -1) continue;
    const [startLine, endLine] = token.map;
    const line = startLine + 1 + front.offset;
    const kind = blockKind(tokens, i);
    if (kind === 'heading') {
      const heading = (tokens[i + 1]?.content ?? '').trim();
      const level = Number(token.tag.slice(1));
      if (titleFromH1 && level === 1) {
        title = title ?? heading;
        continue;
      }
      sections.push({ heading, level: Math.max(2, level - topLevel + 2), line, blocks: [] });
      continue;
    }
    if (kind === 'break') {
      breaks.push(line);
      continue;
    }
    const source = lines.slice(startLine, endLine).join('\n').trim();
    if (source === '') continue;
    const block: Block = { kind, text: source, line };
    const target = sections[sections.length - 1];
    (target ? target.blocks : intro).push(block);
  }

  if (breaks.length >= 2) return explicitSlides(front, title, intro, sections, breaks);
  let summary: Block[] = [];
  let summaryTitle: string | null = null;
  const last = sections[sections.length - 1];
  if (last && summaryHeading.test(last.heading)) {
    summary = last.blocks;
    summaryTitle = last.heading;
    sections.pop();
  } else if (last) {
    const index = last.blocks.findIndex((b, k) => k > 0 && b.kind === 'paragraph' && isSummaryOpening(b.text));
    if (index > 0) summary = last.blocks.splice(index);
  }
  return { ...modelFields(front, title), intro, sections, summary, summaryTitle };
}
