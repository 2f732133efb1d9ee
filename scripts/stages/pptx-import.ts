// A PowerPoint deck's content (read by scripts/edges/pptx-in.ts) -> lectern
// slides: the title as the slide's heading, each text shape as paragraphs or
// a list (its levels, bullets and numbers kept), tables as Markdown tables,
// pictures as images of the deck folder, the notes as notes; and a report of
// what could not be carried (hidden slides, charts), by slide number.
import type { Deck, DeckMeta, DeckSlide } from '../types.ts';
import type { ImportReport } from './import-deck.ts';
import { claimId, slugify } from './slug.ts';

export interface PptxRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

export interface PptxParagraph {
  level: number;
  bullet: boolean;
  numbered: boolean;
  start?: number;
  runs: PptxRun[];
}

export type PptxShape =
  | { kind: 'text'; paragraphs: PptxParagraph[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'picture'; name: string; data: Uint8Array; alt: string }
  | { kind: 'other'; what: string };

export interface PptxSlideContent {
  title: string;
  subtitle: string;
  shapes: PptxShape[];
  notes: string;
  hidden: boolean;
}

export interface PptxDeck {
  title: string | null;
  author: string | null;
  subject: string | null;
  slides: PptxSlideContent[];
}

/** Markdown's own characters in text, escaped so the text shows as typed. */
const escape = (text: string): string => text.replace(/([\\`*_[\]<>#|])/gu, '\\$1');

function runMarkdown(run: PptxRun): string {
  if (run.text === '\n') return '  \n';
  if (run.code) return `\`${run.text.replace(/`/gu, "'")}\``;
  let text = escape(run.text);
  const lead = /^\s*/u.exec(text)?.[0] ?? '';
  const trail = /\s*$/u.exec(text)?.[0] ?? '';
  const core = text.trim();
  if (core !== '') {
    let marked = core;
    if (run.italic) marked = `*${marked}*`;
    if (run.bold) marked = `**${marked}**`;
    if (run.link && /^(?:https?|mailto):/iu.test(run.link)) marked = `[${marked}](${run.link.replace(/[()\s]/gu, encodeURIComponent)})`;
    text = `${lead}${marked}${trail}`;
  }
  return text;
}

/** A text shape's paragraphs as Markdown: lists where PowerPoint shows bullets or numbers, paragraphs elsewhere. */
function textMarkdown(paragraphs: PptxParagraph[]): string {
  const lines: string[] = [];
  const counters: number[] = [];
  let inList = false;
  for (const p of paragraphs) {
    const text = p.runs.map(runMarkdown).join('').replace(/\s+$/u, '');
    if (p.bullet) {
      // A list after a paragraph starts on a line of its own: "3. first" run on under "Steps:" would be the paragraph's text.
      if (!inList && lines.length > 0) lines.push('');
      inList = true;
      counters.length = p.level + 1;
      counters[p.level] = (counters[p.level] ?? (p.start ?? 1) - 1) + 1;
      const marker = p.numbered ? `${counters[p.level]}.` : '-';
      lines.push(`${'   '.repeat(p.level)}${marker} ${text}`);
    } else {
      if (lines.length > 0) lines.push('');
      lines.push(text);
      counters.length = 0;
      inList = false;
    }
  }
  return lines.join('\n');
}

const tableMarkdown = (rows: string[][]): string => {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => escape(cells[i] ?? '').replace(/\n/gu, ' ')).join(' | ')} |`;
  return [line(rows[0] ?? []), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
};

/** The deck, the pictures to put in its folder (images/<name>), and the report. */
export function pptxToDeck(source: PptxDeck, name: string): { deck: Deck; images: Map<string, Uint8Array>; report: ImportReport } {
  const notCarried = new Map<string, number[]>();
  const note = (what: string, slide: number): void => {
    const list = notCarried.get(what) ?? [];
    if (!list.includes(slide)) list.push(slide);
    notCarried.set(what, list);
  };
  const images = new Map<string, Uint8Array>();
  const taken = new Set<string>();
  const slides: DeckSlide[] = [];
  source.slides.forEach((s, index) => {
    const number = index + 1;
    if (s.hidden) {
      note('hidden slide left out', number);
      return;
    }
    const parts: string[] = [];
    for (const shape of s.shapes) {
      if (shape.kind === 'text') parts.push(textMarkdown(shape.paragraphs));
      else if (shape.kind === 'table' && shape.rows.length > 0) parts.push(tableMarkdown(shape.rows));
      else if (shape.kind === 'picture') {
        const path = `images/${shape.name}`;
        images.set(path, shape.data);
        parts.push(`![${escape(shape.alt)}](${path})`);
      } else if (shape.kind === 'other') note(`${shape.what} left out`, number);
    }
    const first = slides.length === 0;
    // The first slide is the title slide when it is one: a subtitle, or a few words and nothing else.
    const words = s.shapes.reduce(
      (n, sh) =>
        n +
        (sh.kind === 'text'
          ? sh.paragraphs.reduce(
              (m, p) =>
                m +
                p.runs
                  .map((r) => r.text)
                  .join('')
                  .split(/\s+/u)
                  .filter(Boolean).length,
              0,
            )
          : 100),
      0,
    );
    const isTitle = first && (s.subtitle !== '' || words <= 25);
    const id = claimId(isTitle ? 'title' : slugify(s.title) || `slide-${number}`, taken);
    const heading = s.title ? `# ${escape(s.title)}` : '';
    slides.push({
      id,
      file: `${id}.md`,
      layout: isTitle ? 'title' : s.shapes.length === 0 && s.title ? 'divider' : 'default',
      fragments: false,
      source: null,
      section: null,
      body: [heading, ...parts].filter((p) => p.trim() !== '').join('\n\n'),
      notes: s.notes,
    });
  });
  // Title and subtitle from the first slide shown (a hidden one is left out of the deck, its subtitle too).
  const shown = source.slides.find((s) => !s.hidden);
  const meta: DeckMeta = {
    title: source.title ?? shown?.title ?? name,
    subtitle: shown?.subtitle.split('\n')[0] || null,
    author: source.author,
    date: null,
    theme: 'light',
    lang: 'en',
    subject: source.subject,
    source: null,
  };
  const report: ImportReport = {
    format: 'pptx',
    slides: slides.length,
    notes: slides.filter((s) => s.notes.trim() !== '').length,
    fragments: 0,
    hiddenComments: 0,
    notCarried: [...notCarried].map(([what, list]) => ({ what, slides: list })),
  };
  return { deck: { name, meta, slides }, images, report };
}
