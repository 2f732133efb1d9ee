// The files of `slides/<deck>/` -> Deck. Validates the manifest and every
// slide file, naming the file and the fix when something is wrong.
import { firstLine, inputError } from '../errors.ts';
import type { Deck, DeckMeta, DeckSlide, SlideLayout } from '../types.ts';
import { parseDuration } from './duration.ts';
import { splitSlideFile } from './slide-file.ts';
import { isSafeName } from './slug.ts';
import { manifestFile, type DeckFiles } from './write-slides.ts';
import { readSimpleYaml, shownValue, yaml, yamlText } from './yaml.ts';

const layouts = new Set<DeckSlide['layout']>(['title', 'agenda', 'section', 'divider', 'summary', 'default']);

function yamlObject(text: string, where: string): Record<string, unknown> {
  // What lectern wrote reads directly; what a person wrote goes to the YAML parser.
  const simple = readSimpleYaml(text);
  if (simple) return simple;
  let data: unknown;
  try {
    data = yaml().parse(text);
  } catch (error) {
    const reason = firstLine(error);
    throw inputError(`${where}: not valid YAML (${reason})`, 'Fix the YAML syntax');
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw inputError(`${where}: expected key: value pairs`, 'Write the front matter as YAML keys');
  return data as Record<string, unknown>;
}

/** Splits a slide file into front matter, body and notes (after a line `Note:` or `Notes:`). */
export function readSlide(file: string, source: string, where: string): DeckSlide {
  const { yaml: front, body, notes } = splitSlideFile(source);
  const data = front !== null ? yamlObject(front, where) : {};
  const id = yamlText(data.id) ?? file.replace(/\.md$/u, '');
  if (!isSafeName(id))
    throw inputError(`${where}: "${id}" is not a valid slide id`, 'Use letters, digits, dots, dashes and underscores (the id names files lectern writes)');
  const layoutValue = yamlText(data.layout) ?? 'default';
  if (!layouts.has(layoutValue as DeckSlide['layout'])) {
    throw inputError(`${where}: unknown layout "${layoutValue}"`, `Use one of: ${[...layouts].join(', ')}`);
  }
  return {
    id,
    file,
    layout: layoutValue as SlideLayout | 'default',
    fragments: data.fragments === true,
    source: yamlText(data.source),
    section: yamlText(data.section),
    body,
    notes,
  };
}

/** The manifest's `duration:` in minutes (a number, or a text such as 50m or 1h30m). */
function manifestDuration(value: unknown, where: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  try {
    return parseDuration(typeof value === 'number' ? value : shownValue(value));
  } catch {
    throw inputError(`${where}: duration must be a length of time, not "${shownValue(value)}"`, 'Write it as minutes (duration: 50) or as 50m, 1h30m');
  }
}

/** The manifest's `wpm:`, a speaking pace of 20 to 400 words a minute. */
function manifestWpm(value: unknown, where: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const wpm = Number(value);
  if (!Number.isFinite(wpm) || wpm < 20 || wpm > 400)
    throw inputError(`${where}: wpm must be a speaking pace of 20 to 400 words a minute, not "${shownValue(value)}"`, 'For example: wpm: 140');
  return wpm;
}

/** What a deck gets where its manifest says nothing (a workspace config's settings). */
export interface ManifestDefaults {
  theme?: 'light' | 'dark';
  author?: string;
  lang?: string;
}

/** A deck from its folder's files (already loaded): the one reader of the manifest and the slide files. */
export function deckFromFiles(name: string, files: DeckFiles, folder: string, defaults: ManifestDefaults = {}): Deck {
  const manifestText = files.get(manifestFile);
  if (manifestText === undefined) {
    throw inputError(
      `${folder}: no ${manifestFile} in this folder`,
      `Create ${folder}/${manifestFile} with a title and a slides: list, or build the deck from a document`,
    );
  }
  const data = yamlObject(manifestText, `${folder}/${manifestFile}`);
  const list = data.slides;
  if (!Array.isArray(list) || list.length === 0) {
    throw inputError(`${folder}/${manifestFile}: "slides" must list the slide ids in order`, 'Add a slides: list naming the slide files (without .md)');
  }
  const theme = yamlText(data.theme) ?? defaults.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark')
    throw inputError(`${folder}/${manifestFile}: theme must be light or dark, not "${theme}"`, 'Set theme: light or theme: dark');
  const meta: DeckMeta = {
    title: yamlText(data.title) ?? name,
    subtitle: yamlText(data.subtitle),
    author: yamlText(data.author) ?? defaults.author ?? null,
    date: yamlText(data.date),
    theme,
    lang: yamlText(data.lang) ?? defaults.lang ?? 'en',
    subject: yamlText(data.subject),
    keywords: Array.isArray(data.keywords)
      ? data.keywords.filter((k): k is string => typeof k === 'string')
      : typeof data.keywords === 'string'
        ? data.keywords.split(/\s*,\s*/u).filter(Boolean)
        : [],
    source: yamlText(data.source),
    css: yamlText(data.css),
    duration: manifestDuration(data.duration, `${folder}/${manifestFile}`),
    wpm: manifestWpm(data.wpm, `${folder}/${manifestFile}`),
    showSources: data['show-sources'] === true,
    macros: Array.isArray(data.macros) ? data.macros.filter((m): m is string => typeof m === 'string') : [],
  };
  const seen = new Set<string>();
  const slides = list.map((entry: unknown, index: number) => {
    const ref = yamlText(entry);
    if (ref === null) throw inputError(`${folder}/${manifestFile}: slide ${index + 1} of "slides" is not a name`, 'List each slide by its id');
    const file = ref.endsWith('.md') ? ref : `${ref}.md`;
    if (!isSafeName(file.replace(/\.md$/u, '')))
      throw inputError(
        `${folder}/${manifestFile}: "${ref}" is not a valid slide id`,
        'List each slide by its id: letters, digits, dots, dashes and underscores',
      );
    const source = files.get(file);
    if (source === undefined)
      throw inputError(`${folder}/${manifestFile}: slide "${ref}" has no file ${folder}/${file}`, 'Create the file or remove the id from slides:');
    const slide = readSlide(file, source, `${folder}/${file}`);
    if (seen.has(slide.id)) throw inputError(`${folder}/${file}: slide id "${slide.id}" is used twice`, 'Give each slide its own id');
    seen.add(slide.id);
    return slide;
  });
  return { name, meta, slides };
}
