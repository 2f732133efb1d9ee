// Types for package files lectern imports that ship none.
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  /** Emoji by shortcode: "+1" -> "👍". */
  const table: Record<string, string>;
  export default table;
}

declare module 'turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  /** GitHub-flavoured Markdown tables for turndown. */
  export const tables: TurndownService.Plugin;
}

declare module 'markdown-it-ins' {
  import type MarkdownIt from 'markdown-it';
  /** ++text++ as <ins>text</ins>. */
  const plugin: (md: MarkdownIt) => void;
  export default plugin;
}

declare module 'markdown-it-mark' {
  import type MarkdownIt from 'markdown-it';
  /** ==text== as <mark>text</mark>. */
  const plugin: (md: MarkdownIt) => void;
  export default plugin;
}
