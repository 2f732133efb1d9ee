// One slide's Markdown -> HTML: its title and body apart, fragments marked.
import type { DeckSlide } from '../types.ts';
import { escapeHtml, markdownFor, schemeOf, webImageSources, withoutLinks, type RenderEnv, type Token } from './markdown.ts';
import { flattenDeepNesting } from './nesting.ts';
import { countWords } from './sentences.ts';

export { escapeHtml, imageSources, outsideImageSources } from './markdown.ts';

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
  /** Words of prose the speaker says on this slide (its notes', else its body's): the speaker view's timing. */
  spokenWords?: number;
}

/** Markdown's block and inline tokens, with the deck's settings (math included). */
export const parseMarkdown = (source: string): Token[] => markdownFor(source).parse(source, {});

/** Words of prose among a slide's tokens: text outside tables and the slide's `#` title (code, math and markup not counted). */
export function proseWordsOf(tokens: Token[]): number {
  let words = 0;
  let inTable = 0;
  let inHeading = 0;
  for (const token of tokens) {
    if (token.type === 'table_open') inTable += 1;
    if (token.type === 'table_close') inTable -= 1;
    if (token.type === 'heading_open' && token.tag === 'h1') inHeading += 1;
    if (token.type === 'heading_close' && token.tag === 'h1') inHeading -= 1;
    if (token.type !== 'inline' || inTable > 0 || inHeading > 0) continue;
    for (const child of token.children ?? []) if (child.type === 'text') words += countWords(child.content);
  }
  return words;
}

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
  return slide.fragments ? markFragments(markdownFor(slide.body).parse(slide.body, {}), undefined) : 0;
}

/** Where the slide's title (its first top-level `#` heading) opens among its tokens, or -1. */
function titleAt(tokens: Token[]): number {
  const open = tokens.findIndex((t) => t.type === 'heading_open' && t.level === 0);
  return open >= 0 && tokens[open]?.tag === 'h1' ? open : -1;
}

const titleText = (tokens: Token[], open: number): string =>
  open < 0
    ? ''
    : (tokens[open + 1]?.children ?? [])
        .filter((c) => c.type === 'text' || c.type === 'code_inline')
        .map((c) => c.content)
        .join('');

/** Renders a slide's title (its first `#` heading) and body separately; `env` says which of its images are missing. */
export function renderSlide(slide: DeckSlide, step?: number, env: RenderEnv = {}): RenderedSlide {
  const md = markdownFor(slide.body);
  const captions: string[] = [];
  const tokens = md.parse(flattenDeepNesting(slide.body).text, { ...env, captions });
  const notes = renderNotes(slide, env, captions);
  if (slide.fragments) markFragments(tokens, step);
  const open = titleAt(tokens);
  let titleHtml = '';
  let bodyTokens = tokens;
  if (open >= 0) {
    // A title's link to another file of the author's site ("[MEMORY LAYOUT DIAGRAM](src/diagram.md)") leads nowhere from
    // the deck: its text only. A link to the web stays.
    const inline = tokens[open + 1];
    if (inline?.children?.some((t) => t.type === 'link_open'))
      inline.children = withoutLinks(inline.children, (href) => schemeOf(href) === undefined && !/^(?:#|\/\/)/u.test(href));
    titleHtml = md.renderer.render(tokens.slice(open, open + 3), md.options, { ...env });
    bodyTokens = [...tokens.slice(0, open), ...tokens.slice(open + 3)];
  }
  return {
    id: slide.id,
    layout: slide.layout,
    title: titleText(tokens, open),
    titleHtml,
    bodyHtml: md.renderer.render(bodyTokens, md.options, { ...env }),
    notesHtml: notes.html,
    section: slide.section,
    spokenWords: notes.words ?? proseWordsOf(tokens),
  };
}

/**
 * The speaker notes, and the address of each image from the web that the
 * slide shows only as a placeholder (unless the notes already give it); with
 * their words of prose (null without notes: the body's words are spoken).
 */
function renderNotes(slide: DeckSlide, env: RenderEnv, captions: string[] = []): { html: string; words: number | null } {
  const notesEnv: RenderEnv = { ...env, notes: true };
  let notes = '';
  let words: number | null = null;
  if (slide.notes !== '') {
    const md = markdownFor(slide.notes);
    const tokens = md.parse(flattenDeepNesting(slide.notes).text, notesEnv);
    notes = md.renderer.render(tokens, md.options, notesEnv);
    if (slide.notes.trim() !== '') words = proseWordsOf(tokens);
  }
  // A figure's description that its caption shortens is read here in full (unless the notes already have it).
  const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
  const described = captions
    .filter((text) => !flat(slide.notes).includes(flat(text)))
    .map((text) => `<p class="lectern-figure-text">${escapeHtml(flat(text))}</p>`)
    .join('');
  notes += described;
  const addresses = [...new Set(webImageSources(slide.body))].filter((src) => !webImageSources(slide.notes).includes(src));
  if (addresses.length === 0) return { html: notes, words };
  const links = addresses.map((src) => `<a href="${escapeHtml(src)}" target="_blank" rel="noopener noreferrer">${escapeHtml(src)}</a>`);
  return { html: `${notes}<p class="lectern-image-sources">Image${addresses.length > 1 ? 's' : ''} from the web, not shown: ${links.join(', ')}</p>`, words };
}

/** The slide's markup inside its frame, shared by the deck and the print pages. */
export function slideInner(slide: RenderedSlide): string {
  const header = slide.titleHtml === '' ? '' : `<header class="slide-title">${slide.titleHtml}</header>`;
  return `${header}<div class="slide-body">${slide.bodyHtml}</div>`;
}

/** A slide's title as plain text (its first `#` heading). */
export function slideTitle(slide: DeckSlide): string {
  // Parsed only: rendering would run highlight.js and KaTeX over the whole slide and its notes.
  const tokens = markdownFor(slide.body).parse(slide.body, {});
  return titleText(tokens, titleAt(tokens));
}
