// One slide's Markdown -> HTML. Raw HTML in the Markdown is shown as text,
// never run: markdown-it's html option stays off, and its link validator
// drops javascript:, vbscript: and file: URLs.
import MarkdownIt from 'markdown-it';
import type { DeckSlide } from '../types.ts';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

// External links open outside the deck (and stay clickable in the PDF).
md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token && /^https?:/iu.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return self.renderToken(tokens, index, options);
};

export const escapeHtml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');

export interface RenderedSlide {
  id: string;
  layout: string;
  /** The slide's title as plain text (for outlines and tests). */
  title: string;
  titleHtml: string;
  bodyHtml: string;
  notesHtml: string;
  section: string | null;
}

/** Renders Markdown to HTML with the deck's settings. */
export const renderMarkdown = (source: string): string => md.render(source);

/** Renders a slide's title (its first `#` heading) and body separately. */
export function renderSlide(slide: DeckSlide): RenderedSlide {
  const tokens = md.parse(slide.body, {});
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
