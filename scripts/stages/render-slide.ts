// One slide's Markdown -> HTML. Raw HTML in the Markdown is shown as text,
// never run: markdown-it's html option stays off, and its link validator
// drops javascript:, vbscript: and file: URLs.
import MarkdownIt from 'markdown-it';
import markdownItKatex from '@vscode/markdown-it-katex';
import hljs from 'highlight.js/lib/common';
import type { DeckSlide } from '../types.ts';

export const escapeHtml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');

// Code is highlighted here, at build time, so the PDF shows the colours with
// no script; a language highlight.js does not know stays plain.
function highlight(code: string, language: string): string {
  const lang = language.trim().split(/\s+/u)[0] ?? '';
  if (lang !== '' && hljs.getLanguage(lang)) {
    return hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
  }
  return escapeHtml(code);
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, highlight });
// Links go to the web, to mail, or within the deck; never to script, data or
// local files (markdown-it alone would let data:image links through).
md.validateLink = (url: string): boolean => {
  const href = url.trim().toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/u.exec(href)?.[1];
  return scheme === undefined ? !href.startsWith('//') : ['http', 'https', 'mailto', 'tel'].includes(scheme);
};
// Math is typeset by KaTeX at build time (offline, no script in the deck);
// a formula KaTeX cannot read is shown in red as written, not dropped.
type Plugin = (md: InstanceType<typeof MarkdownIt>, options: Record<string, unknown>) => void;
// The package is CommonJS: its function is the module's default export.
const katexPlugin = ((markdownItKatex as unknown as { default?: unknown }).default ?? markdownItKatex) as Plugin;
md.use(katexPlugin, { throwOnError: false, enableFencedBlocks: true, output: 'html', trust: false, maxSize: 20, maxExpand: 200 });

// An ordered list that continues on the next slide starts at its own number;
// the theme numbers items with a CSS counter, which needs the start as well.
md.renderer.rules.ordered_list_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  const start = Number(token?.attrGet('start') ?? 1);
  if (token && Number.isInteger(start) && start > 1) token.attrSet('style', `counter-reset: item ${start - 1}`);
  return self.renderToken(tokens, index, options);
};

// External links open outside the deck (and stay clickable in the PDF).
md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token && /^https?:/iu.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return self.renderToken(tokens, index, options);
};

type Token = ReturnType<typeof md.parse>[number];

/** A relative path inside the deck (no scheme, not absolute, no `..`): the only images a deck shows. */
export function isLocalImage(src: string): boolean {
  if (src === '' || /^[a-z][a-z0-9+.-]*:/iu.test(src) || src.startsWith('/') || src.startsWith('\\')) return false;
  return !decodeURIComponentSafe(src).split(/[\\/]/u).includes('..');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Images: a lone image becomes a figure captioned by its alt text; an image
// from outside the deck (a URL, data:, an absolute path) is shown as its alt text.
md.core.ruler.push('lectern_images', (state) => {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const inline = tokens[i];
    if (inline?.type !== 'inline' || !inline.children) continue;
    inline.children = inline.children.map((child) => {
      if (child.type !== 'image' || isLocalImage(String(child.attrGet('src') ?? ''))) return child;
      const text = new state.Token('text', '', 0);
      text.content = `[image: ${child.content || 'no description'}]`;
      return text;
    });
    const visible = inline.children.filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
    const open = tokens[i - 1];
    const close = tokens[i + 1];
    const image = visible[0];
    if (visible.length === 1 && image?.type === 'image' && open?.type === 'paragraph_open' && close?.type === 'paragraph_close') {
      open.tag = 'figure';
      open.attrSet('class', 'lectern-figure');
      close.tag = 'figure';
      if (image.content.trim() !== '') {
        const caption = new state.Token('html_inline', '', 0);
        caption.content = `<figcaption>${escapeHtml(image.content)}</figcaption>`;
        inline.children.push(caption);
      }
    }
  }
});

/** The image paths a slide's Markdown refers to (local ones only). */
export function imageSources(markdown: string): string[] {
  // Every Markdown image starts with "![": most slides have none, and need no parse.
  if (!markdown.includes('![')) return [];
  const found: string[] = [];
  const walk = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'image') {
        const src = String(t.attrGet('src') ?? '');
        if (isLocalImage(src)) found.push(src);
      }
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return found;
}

export interface RenderedSlide {
  id: string;
  layout: string;
  /** The slide's title as plain text (for outlines and tests). */
  title: string;
  titleHtml: string;
  bodyHtml: string;
  notesHtml: string;
  section: string | null;
  /** Shown in a footer: where a remixed slide came from (deck/id). */
  source?: string | null;
}

/** Markdown's block and inline tokens, with the deck's settings (math included). */
export const parseMarkdown = (source: string): Token[] => md.parse(source, {});

/** Renders Markdown to HTML with the deck's settings. */
export const renderMarkdown = (source: string): string => md.render(source);

/**
 * Marks a fragment slide's top-level list items as reveal.js fragments. With
 * `step`, items from that index on are hidden (class `future`): the slide as
 * it looks `step` clicks in, for a PDF page per fragment step.
 */
function markFragments(tokens: Token[], step: number | undefined): number {
  let index = 0;
  for (const token of tokens) {
    if (token.type !== 'list_item_open' || token.level !== 1) continue;
    token.attrJoin('class', step !== undefined && index >= step ? 'fragment future' : 'fragment');
    index += 1;
  }
  return index;
}

/** How many fragment steps a slide has (0 when it shows all at once). */
export function fragmentCount(slide: DeckSlide): number {
  return slide.fragments ? markFragments(md.parse(slide.body, {}), undefined) : 0;
}

/** Renders a slide's title (its first `#` heading) and body separately. */
export function renderSlide(slide: DeckSlide, step?: number): RenderedSlide {
  const tokens = md.parse(slide.body, {});
  if (slide.fragments) markFragments(tokens, step);
  const open = tokens.findIndex((t) => t.type === 'heading_open' && t.level === 0);
  let titleHtml = '';
  let title = '';
  let bodyTokens = tokens;
  if (open >= 0 && tokens[open]?.tag === 'h1') {
    const heading = tokens.slice(open, open + 3);
    titleHtml = md.renderer.render(heading, md.options, {});
    title = (heading[1]?.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('');
    bodyTokens = [...tokens.slice(0, open), ...tokens.slice(open + 3)];
  }
  return {
    id: slide.id,
    layout: slide.layout,
    title,
    titleHtml,
    bodyHtml: md.renderer.render(bodyTokens, md.options, {}),
    notesHtml: slide.notes === '' ? '' : md.render(slide.notes),
    section: slide.section,
  };
}

/** The slide's markup inside its frame, shared by the deck and the print pages. */
export function slideInner(slide: RenderedSlide): string {
  const header = slide.titleHtml === '' ? '' : `<header class="slide-title">${slide.titleHtml}</header>`;
  return `${header}<div class="slide-body">${slide.bodyHtml}</div>`;
}

/** A slide's title as plain text (its first `#` heading). */
export const slideTitle = (slide: DeckSlide): string => renderSlide(slide).title;
