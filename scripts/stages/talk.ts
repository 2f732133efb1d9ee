// Talks: a YAML file that composes a new deck from slides of other decks, by
// stable ids. Parsing keeps each reference's line, so a bad one is reported
// where the user wrote it, with the closest id that exists.
import type { Node } from 'yaml';
import { yaml, yamlText } from './yaml.ts';
import { inputError } from '../errors.ts';
import type { Deck, DeckMeta, DeckSlide } from '../types.ts';
import { mapImageSources } from './markdown.ts';
import { continuedPattern } from './labels.ts';
import { claimId } from './slug.ts';
import { nearest } from './suggest.ts';
import { escapeMarkdown } from './units.ts';

export type TalkReference =
  | { kind: 'slide'; deck: string; id: string; line: number; text: string }
  | { kind: 'deck'; deck: string; line: number; text: string }
  | { kind: 'section'; deck: string; section: string; line: number; text: string };

export interface Talk {
  file: string;
  title: string;
  subtitle: string | null;
  author: string | null;
  date: string | null;
  theme: 'light' | 'dark' | null;
  /** Add a title slide made from the talk's title (default true). */
  titleSlide: boolean;
  /** Show where each slide came from in a small footer. */
  showSources: boolean;
  references: TalkReference[];
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function parseReference(value: unknown, line: number, file: string): TalkReference {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (typeof o.deck === 'string' && typeof o.section === 'string')
      return { kind: 'section', deck: o.deck, section: o.section, line, text: `${o.deck} section "${o.section}"` };
    if (typeof o.deck === 'string' && typeof o.slide === 'string') return { kind: 'slide', deck: o.deck, id: o.slide, line, text: `${o.deck}/${o.slide}` };
    if (typeof o.deck === 'string') return { kind: 'deck', deck: o.deck, line, text: `${o.deck}/*` };
  }
  if (typeof value !== 'string')
    throw inputError(
      `${file}:${line}: a slide reference must be "deck/slide-id", "deck/*" or "deck/section:Heading"`,
      'Write each entry of slides: as one of those',
    );
  const m = /^([^/\s]+)\/(.+)$/u.exec(value.trim());
  if (!m || m[1] === undefined || m[2] === undefined)
    throw inputError(`${file}:${line}: "${value}" is not a slide reference`, 'Write deck/slide-id, deck/* or deck/section:Heading (see lectern list)');
  const [, deck, rest] = m;
  if (rest === '*') return { kind: 'deck', deck, line, text: value };
  const section = /^section:\s*(.+)$/u.exec(rest);
  if (section?.[1]) return { kind: 'section', deck, section: section[1].trim(), line, text: value };
  return { kind: 'slide', deck, id: rest, line, text: value };
}

/** Reads a talk file; throws with the file and line when it is not one. */
export function parseTalk(text: string, file: string): Talk {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw inputError(`${file}:${e?.linePos?.[0]?.line ?? 1}: not valid YAML (${e?.message.split('\n')[0]})`, 'Fix the YAML syntax of the talk file');
  }
  const root = doc.contents;
  if (!isMap(root)) throw inputError(`${file}: a talk file must have title: and slides:`, 'See "Remix: talks from slides of other decks" in the README');
  const data = doc.toJS() as Record<string, unknown>;
  const slidesNode = root.get('slides', true) as Node | undefined;
  if (!isSeq(slidesNode) || slidesNode.items.length === 0)
    throw inputError(`${file}: slides: must list slide references`, 'Add slides: with entries like deck/slide-id, deck/* or deck/section:Heading');
  const references = slidesNode.items.map((item) => {
    const offset = (item as Node).range?.[0] ?? 0;
    const value: unknown = isScalar(item) ? item.value : (item as Node & { toJSON(): unknown }).toJSON();
    return parseReference(value, lineOf(text, offset), file);
  });
  const str = (key: string): string | null => yamlText(data[key]);
  const theme = str('theme');
  if (theme !== null && theme !== 'light' && theme !== 'dark')
    throw inputError(`${file}: theme must be light or dark, not "${theme}"`, 'Set theme: light or theme: dark');
  return {
    file,
    title: str('title') ?? file.replace(/^.*[\\/]/u, '').replace(/\.ya?ml$/u, ''),
    subtitle: str('subtitle'),
    author: str('author'),
    date: str('date'),
    theme,
    titleSlide: data['title-slide'] !== false && data.titleSlide !== false,
    showSources: data['show-sources'] === true || data.showSources === true,
    references,
  };
}

/** The candidate nearest to `wanted` (edit distance), for "closest:" beside a reference that names nothing. */
const closest = (wanted: string, candidates: string[]): string | null => nearest(wanted, candidates)?.name ?? null;

/** A slide's title without its continuation mark: "Quicksort (2/3)" -> "Quicksort". */
function baseTitle(slide: DeckSlide): string {
  const heading = /^#[ \t]+(.+?)[ \t#]*$/mu.exec(slide.body)?.[1] ?? '';
  return heading.replace(continuation, '').replace(/\\(.)/gu, '$1');
}

/** A continuation mark at a title's end: "(2/3)", "(continued)", or any language's label ("(cont.)", "(suite)", "(続き)"). */
const continuation = new RegExp(`\\s*(?:\\(\\d+\\/\\d+\\)|${continuedPattern})$`, 'iu');

/** Image paths of a slide from another deck, made relative to the slides/ folder. */
function rebaseImages(markdown: string, deck: string): string {
  return mapImageSources(markdown, (src) => (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/iu.test(src) ? null : `${deck}/${src}`));
}

/** Composes the talk's deck from the source decks; throws naming the file, line and closest id for a bad reference. */
export function resolveTalk(talk: Talk, decks: Map<string, Deck>, name: string, knownDecks: string[] = [...decks.keys()]): Deck {
  const slides: DeckSlide[] = [];
  const taken = new Set<string>();
  const add = (deck: Deck, slide: DeckSlide): void => {
    // Ids stay as they were; one that two source decks share gets its deck's
    // name in front, and a slide used again a number after (claimId).
    const id = claimId(taken.has(slide.id) ? `${deck.name}--${slide.id}` : slide.id, taken);
    slides.push({
      ...slide,
      id,
      file: `${deck.name}/${slide.file}`,
      source: `${deck.name}/${slide.id}`,
      body: rebaseImages(slide.body, deck.name),
      notes: rebaseImages(slide.notes, deck.name),
    });
  };
  if (talk.titleSlide) {
    const byline = [talk.author, talk.date].filter(Boolean).join(' · ');
    const body = [talk.subtitle, byline]
      .filter((v): v is string => Boolean(v))
      .map(escapeMarkdown)
      .join('\n\n');
    slides.push({
      id: 'title',
      file: 'title.md',
      layout: 'title',
      fragments: false,
      source: null,
      section: null,
      body: `# ${escapeMarkdown(talk.title)}\n\n${body}`.trim(),
      notes: '',
    });
    taken.add('title');
  }
  // Every bad reference is reported at once, not one build at a time.
  const bad: string[] = [];
  let remedy = '';
  for (const ref of talk.references) {
    const deck = decks.get(ref.deck);
    if (!deck) {
      const near = closest(ref.deck, knownDecks);
      bad.push(`${talk.file}:${ref.line}: "${ref.text}" names no deck "${ref.deck}"${near ? ` (closest: ${near})` : ''}`);
      remedy ||= 'Use a deck from lectern list, or build it first';
      continue;
    }
    if (ref.kind === 'deck') {
      for (const slide of deck.slides) add(deck, slide);
    } else if (ref.kind === 'section') {
      // A section is a part of the document (front matter section:) or a heading whose slides continue "(1/2)".
      const wanted = ref.section.toLowerCase();
      const heads = new Set(deck.slides.filter((s) => s.section?.toLowerCase() === wanted || baseTitle(s).toLowerCase() === wanted).map((s) => s.id));
      // A heading's continuations carry its id and a number ("quicksort-2"), whatever they are titled.
      for (const s of deck.slides) {
        const base = /^(.+)-\d+$/u.exec(s.id)?.[1];
        if (base !== undefined && heads.has(base)) heads.add(s.id);
      }
      const matching = deck.slides.filter((s) => heads.has(s.id));
      if (matching.length === 0) {
        const sections = [...new Set([...deck.slides.map((s) => s.section), ...deck.slides.map(baseTitle)].filter((s): s is string => Boolean(s)))];
        const near = closest(ref.section, sections);
        bad.push(
          `${talk.file}:${ref.line}: "${ref.text}": deck "${ref.deck}" has no section "${ref.section}"${near ? ` (closest: ${ref.deck}/section:${near})` : ''}`,
        );
        remedy ||= 'Use a section name from lectern list';
        continue;
      }
      for (const slide of matching) add(deck, slide);
    } else {
      const slide = deck.slides.find((s) => s.id === ref.id);
      if (!slide) {
        const near = closest(
          ref.id,
          deck.slides.map((s) => s.id),
        );
        bad.push(`${talk.file}:${ref.line}: "${ref.text}": deck "${ref.deck}" has no slide "${ref.id}"${near ? ` (closest: ${ref.deck}/${near})` : ''}`);
        remedy ||= 'Use an id from lectern list, or check the slide was not renamed';
        continue;
      }
      add(deck, slide);
    }
  }
  if (bad.length > 0) throw inputError(bad.length === 1 ? (bad[0] ?? '') : `${bad.length} references name nothing: ${bad.join('; ')}`, remedy);
  const first = decks.get(talk.references[0]?.deck ?? '');
  const meta: DeckMeta = {
    title: talk.title,
    subtitle: talk.subtitle,
    author: talk.author,
    date: talk.date,
    theme: talk.theme ?? first?.meta.theme ?? 'light',
    lang: first?.meta.lang ?? 'en',
    source: null,
    showSources: talk.showSources,
  };
  // The TeX macros of the decks it draws on, each definition once (a later deck's may redefine a name).
  const macros = [...new Set([...decks.values()].flatMap((d) => d.meta.macros ?? []))];
  if (macros.length > 0) meta.macros = macros;
  return { name, meta, slides };
}
