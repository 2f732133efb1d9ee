// The data that flows between pipeline stages. Everything here is plain and
// serialisable, so that each stage boundary can be stored as a golden file.

/** A position in a source file, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/** Something a stage wants the user to know, pointing into their file. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  file?: string;
  place?: Place;
}

/** A document as read from disk: decoded, BOM stripped, line endings normalised. */
export interface SourceDocument {
  path: string;
  text: string;
  format: 'text' | 'markdown';
  /** What reading it had to guess (an encoding), to tell the user. */
  warnings?: string[];
}

/** A unit of body text inside a section. */
export interface Block {
  kind: 'paragraph' | 'list' | 'code' | 'table' | 'quote' | 'html' | 'math' | 'image';
  /** The block's source text, exactly as the author wrote it (trimmed). */
  text: string;
  line: number;
  /** Folded away by the author (the body of a `<details>`): speaker notes only. */
  folded?: boolean;
  /** A footnote's text, folded in after the block that cites it (notes only): no part of what the text around it says. */
  footnote?: boolean;
  /** The first block after a rule the author drew within a section (`---`, a line of ornaments: "〰〰〰", "* * *"): a slide breaks here rather than elsewhere. */
  afterRule?: boolean;
  /** A turn of a dialogue ("CRITO:  Yes, certainly."): its speaker's name is no term that names a slide. */
  spoken?: boolean;
}

export interface Section {
  heading: string;
  /** 1: a part (several `#` in a document whose sections are `##`), 2: a section, 3 and deeper: sub-sections. */
  level: number;
  line: number;
  blocks: Block[];
  /** A numbered clause heading of a plain-text document ("3. Protecting Users' Legal Rights"). */
  numbered?: boolean;
  /** Read from prose without headings: its heading is the name, subject or key phrase lectern found, not the author's. */
  found?: boolean;
  /** The author already wrote this as one slide (Markdown between `---` breaks): keep it as written. */
  explicit?: boolean;
  /**
   * The text after a box (a fenced div with a heading of its own), going on
   * with the section the box interrupted: that section's heading (empty for
   * the introduction). Not a topic of its own: the agenda leaves it out.
   */
  resumes?: boolean;
}

/** The structure found in a document: what the planner works from. */
export interface DocumentModel {
  title: string | null;
  subtitle: string | null;
  author: string | null;
  date: string | null;
  /** BCP 47 tag from front matter (`lang:`), when the author gave one. */
  lang: string | null;
  /** Front matter `subject` (or `description`) and `keywords` (or `tags`), for PDF metadata. */
  subject?: string | null;
  keywords?: string[];
  /**
   * The front matter renders the page as slides (R Markdown's ioslides, slidy, beamer or xaringan output; Quarto's
   * revealjs, beamer or pptx format): its headings title the author's slides.
   */
  slideFormat?: boolean;
  intro: Block[];
  sections: Section[];
  /** The closing paragraph(s) ("In summary, ..."), when the document has them. */
  summary: Block[];
  /** The summary's heading when the author gave one ("Conclusion"). */
  summaryTitle: string | null;
  /** What the author hid (comments, template tags) and was kept out of the deck. */
  hidden?: { count: number; removed: string[] };
  /** Lines nested deeper than lectern shows (lists, quotes), shown at the deepest level instead. */
  flattened?: number;
  /** TeX macro definitions of a block that only defines them (the block itself shows nothing). */
  macros?: string[];
  /**
   * Text that is the publisher's, not the author's (an e-text's header and
   * licence): said in the notes only, the opening on the title slide's, the
   * closing on the last slide's.
   */
  publisher?: { opening: Block[]; closing: Block[] };
}

export type SlideLayout = 'title' | 'agenda' | 'section' | 'divider' | 'summary';

/** One slide as planned: what it shows and what the speaker says. */
export interface SlidePlan {
  id: string;
  layout: SlideLayout;
  title: string;
  /** Markdown body shown under the title. */
  body: string;
  /** Speaker notes, Markdown: the full source text the slide summarises. */
  notes: string;
  /** The heading of the document section the slide comes from. */
  section: string | null;
  /** Which section of the document (heading@line) it was planned from; not written to the slide file. */
  origin?: string;
}

export interface DeckMeta {
  title: string;
  subtitle: string | null;
  author: string | null;
  date: string | null;
  theme: 'light' | 'dark';
  /** PDF Subject and Keywords, from the manifest (or front matter). */
  subject?: string | null;
  keywords?: string[];
  /** BCP 47 language tag; right-to-left languages get dir="rtl". */
  lang: string;
  source: string | null;
  /** A CSS file (relative to the deck folder) that overrides the theme's custom properties. */
  css?: string | null;
  /** Show each remixed slide's origin (deck/id) in a small footer. */
  showSources?: boolean;
  /** The talk's length in minutes (the speaker view paces against it). */
  duration?: number | null;
  /** Speaking pace in words a minute, for each slide's share of the time. */
  wpm?: number | null;
  /** TeX macro definitions every formula is typeset with (`\newcommand{\R}{\mathbb{R}}`), from the document's preamble. */
  macros?: string[];
}

export interface DeckPlan {
  meta: DeckMeta;
  slides: SlidePlan[];
}

/** A slide as read back from `slides/<deck>/<id>.md`. */
export interface DeckSlide {
  id: string;
  file: string;
  layout: SlideLayout | 'default';
  /** Front matter `fragments: true`: the slide's list items appear one at a time. */
  fragments: boolean;
  /** Where a remixed slide came from, as `deck/slide-id` (front matter `source:`). */
  source?: string | null;
  section: string | null;
  /** The Markdown of the slide, front matter and notes removed. */
  body: string;
  notes: string;
}

/** A deck as read back from `slides/<deck>/`. */
export interface Deck {
  name: string;
  meta: DeckMeta;
  slides: DeckSlide[];
}

/** A stage's result: a value and what it noticed on the way. */
export interface Staged<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** A PDF bookmark: a slide, or a section of slides, by the id of the slide it opens at. */
export interface OutlineEntry {
  title: string;
  slide: string;
  children: OutlineEntry[];
}
