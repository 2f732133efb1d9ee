// Decks written for other tools -> lectern's slide files. reveal.js Markdown:
// `---` between slides, `--` between vertical slides, `Note:` before the notes,
// `<!-- .slide: -->` and `<!-- .element: -->` attributes. Marp: `---` between
// slides, HTML comments as notes, `<!-- key: value -->` directives.
import { splitFrontMatter, yamlText } from './yaml.ts';
import { inputError } from '../errors.ts';
import type { Deck, DeckMeta, DeckSlide } from '../types.ts';
import { claimId, slugify } from './slug.ts';

export type ImportFormat = 'reveal' | 'marp';

const marpDirectives = /^\s*_?(?:theme|paginate|header|footer|class|backgroundColor|backgroundImage|backgroundPosition|backgroundRepeat|backgroundSize|color|size|math|style|headingDivider|lang|title|author|description|image|keywords|url|marp)\s*:/u;

/** Which tool a deck was written for. */
export function detectFormat(text: string): ImportFormat {
  const front = splitFrontMatter(text);
  if (front.data.marp === true) return 'marp';
  if (/<!--\s*_?(?:class|paginate|backgroundColor|header|footer)\s*:/u.test(text)) return 'marp';
  return 'reveal';
}

/** Splits outside fenced code blocks only, at lines that match `separator`. */
function splitOutsideCode(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const f = /^\s*(```+|~~~+)/u.exec(line)?.[1];
    if (f && (fence === null || f.startsWith(fence))) fence = fence === null ? f : null;
    if (fence === null && separator.test(line)) {
      parts.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  parts.push(current.join('\n'));
  return parts;
}

interface RawSlide {
  body: string;
  notes: string;
  fragments: boolean;
  lead: boolean;
}

function revealSlides(body: string): RawSlide[] {
  return splitOutsideCode(body, /^---\s*$/u)
    .flatMap((horizontal) => splitOutsideCode(horizontal, /^--\s*$/u))
    .map((chunk) => {
      const note = /^notes?:/imu.exec(chunk);
      const shown = note ? chunk.slice(0, note.index) : chunk;
      const notes = note ? chunk.slice(note.index + note[0].length) : '';
      const fragments = /<!--\s*\.element:[^>]*\bfragment\b/u.test(shown);
      return { body: shown.replace(/<!--\s*\.(?:slide|element):[\s\S]*?-->/gu, ''), notes, fragments, lead: false };
    });
}

function marpSlides(body: string): RawSlide[] {
  return splitOutsideCode(body, /^(?:---|\*\*\*|___)\s*$/u).map((chunk) => {
    const notes: string[] = [];
    let lead = false;
    const shown = chunk.replace(/<!--([\s\S]*?)-->/gu, (_, comment: string) => {
      const lines = comment.trim().split('\n');
      if (lines.every((l) => marpDirectives.test(l) || l.trim() === '')) {
        if (/\b_?class\s*:\s*.*\blead\b/u.test(comment)) lead = true;
        return '';
      }
      notes.push(comment.trim());
      return '';
    });
    // Marp's image keywords (bg, w:200, contain...) are layout, not a description.
    const images = shown.replace(/!\[([^\]]*)\]/gu, (_, alt: string) => `![${alt.replace(/\b(?:bg|left|right|fit|contain|cover|auto|[wh]:\s*\S+|width:\s*\S+|height:\s*\S+|sepia|grayscale|blur|vertical)\b(?::\S*)?/gu, '').trim()}]`);
    return { body: images, notes: notes.join('\n\n'), fragments: /^\s*\*\s/mu.test(shown), lead };
  });
}

const headingOf = (body: string): { level: number; text: string; line: string } | null => {
  const m = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/mu.exec(body);
  return m && m[1] && m[2] ? { level: m[1].length, text: m[2], line: m[0] } : null;
};

/** An existing deck's text (as readDocument gives it: no BOM, \n line ends) -> a lectern deck (its title slide, its slides in order, their notes). */
export function importDeck(text: string, file: string, name: string, format: ImportFormat = detectFormat(text)): Deck {
  const front = splitFrontMatter(text);
  const raw = (format === 'marp' ? marpSlides(front.body) : revealSlides(front.body)).filter((s) => s.body.trim() !== '' || s.notes.trim() !== '');
  if (raw.length === 0) throw inputError(`${file}: no slides found`, 'Separate the slides with lines of ---, as reveal.js and Marp decks do');
  const taken = new Set<string>();
  const slides: DeckSlide[] = raw.map((s, i) => {
    const heading = headingOf(s.body);
    const title = heading?.text ?? '';
    // lectern's slide title is its first `#` heading.
    const body = heading ? s.body.replace(heading.line, `# ${heading.text}`) : s.body;
    const isTitle = i === 0 && (s.lead || (heading?.level === 1 && body.trim().split('\n').filter((l) => l.trim() !== '').length <= 3));
    const id = claimId(isTitle ? 'title' : slugify(title) || `slide-${i + 1}`, taken);
    return {
      id,
      file: `${id}.md`,
      layout: isTitle ? 'title' : s.lead ? 'divider' : 'default',
      fragments: s.fragments,
      source: null,
      section: null,
      body: body.trim(),
      notes: s.notes.trim(),
    };
  });
  const str = (key: string): string | null => yamlText(front.data[key]);
  const firstTitle = headingOf(raw[0]?.body ?? '')?.text ?? null;
  const meta: DeckMeta = {
    title: str('title') ?? firstTitle ?? name,
    subtitle: str('description') ?? null,
    author: str('author'),
    date: str('date'),
    theme: str('theme') === 'dark' ? 'dark' : 'light',
    lang: str('lang') ?? 'en',
    source: null,
  };
  return { name, meta, slides };
}
