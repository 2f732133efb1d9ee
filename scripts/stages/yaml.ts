// YAML for lectern's own files. The manifests and front matter lectern writes
// are flat `key: value` lines and one list; they are written and read here
// directly, and the yaml package (which takes longer to load than a small
// build takes to run) is loaded only for anything else a person wrote.
import { frontMatterAt } from './slide-file.ts';
import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
const load = createRequire(import.meta.url);
let yamlModule: YamlModule | null = null;

/** The yaml package, loaded on first use. */
export const yaml = (): YamlModule => (yamlModule ??= load('yaml') as YamlModule);

const reserved = /^(?:true|false|null|~|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/iu;

/** A value read from YAML as a person would write it back: text as is, anything else as JSON. */
export function shownValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** A scalar as YAML: plain when that reads back as the same string, else double-quoted (JSON's quoting is valid YAML). */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = shownValue(value);
  const plain = text !== '' && text === text.trim() && !reserved.test(text) && /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u.test(text) && !/[\n\r\t]|: |\s#|:$/u.test(text);
  return plain ? text : JSON.stringify(text);
}

/** Writes flat key: value pairs, and lists of scalars, as YAML. */
export function emitYaml(data: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) {
      lines.push(value.length === 0 ? `${key}: []` : `${key}:`);
      for (const item of value) lines.push(`  - ${scalar(item)}`);
    } else {
      lines.push(`${key}: ${scalar(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Reads what emitYaml writes (comments, flat scalars, lists of scalars);
 * returns null for anything else, which then goes to the yaml package.
 */
export function readSimpleYaml(text: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  const value = (raw: string): unknown => {
    if (raw.startsWith('"')) {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return undefined;
      }
    }
    if (raw === 'null' || raw === '~' || raw === '') return null;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    if (raw === '[]') return [];
    if (reserved.test(raw) || /^['[{&*!|>%@`]/u.test(raw) || /: |\s#/u.test(raw)) return undefined;
    return raw;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '' || /^\s*#/u.test(line)) continue;
    const item = /^ {2}- (.*)$/u.exec(line);
    if (item && list) {
      const v = value((item[1] ?? '').trim());
      if (v === undefined) return null;
      list.push(v);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/u.exec(line);
    if (!pair || pair[1] === undefined) return null;
    if (pair[2] === undefined || pair[2] === '') {
      list = [];
      out[pair[1]] = list;
      continue;
    }
    const v = value(pair[2]);
    if (v === undefined) return null;
    out[pair[1]] = v;
    list = null;
  }
  return out;
}

/** A YAML value as text: a non-blank string (trimmed), a number, a date as YYYY-MM-DD; else null. */
export function yamlText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

export interface FrontMatter {
  /** Its keys (empty when there is none). */
  data: Record<string, unknown>;
  /** The text after it. */
  body: string;
  /** How many lines it took. */
  offset: number;
}

/**
 * TOML front matter between `+++` lines (Hugo, Zola, Franklin), read by
 * smol-toml; its dates become YAML's date strings. Null when the text has none
 * or what the lines hold is not TOML (then it is the document's own text).
 */
function tomlFrontMatter(text: string): FrontMatter | null {
  // (After blank lines too, as Hugo reads it: a line of "+++" means nothing else in Markdown.)
  const m = /^(?:[ \t]*\n)*\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/u.exec(text);
  if (!m) return null;
  let data: Record<string, unknown>;
  try {
    data = (load('smol-toml') as { parse: (toml: string) => Record<string, unknown> }).parse(m[1] ?? '');
  } catch {
    return null;
  }
  const plain = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value instanceof Date ? value.toISOString().slice(0, 10) : value]));
  return { data: plain, body: text.slice(m[0].length), offset: m[0].split('\n').length - 1 };
}

/**
 * Hugo's JSON front matter: an object that opens the document's first line and closes at the end of a line
 * (`{"title":"…","date":"…"}`), a blank line or the text after it. Null when the opening is no such object.
 */
function jsonFrontMatter(text: string): FrontMatter | null {
  if (!text.startsWith('{')) return null;
  const lines = text.split('\n');
  // The first line that closes an object that parses: at most 200 lines in.
  for (let end = 0; end < Math.min(lines.length, 200); end += 1) {
    if (!/\}\s*$/u.test(lines[end] ?? '')) continue;
    let data: unknown;
    try {
      data = JSON.parse(lines.slice(0, end + 1).join('\n'));
    } catch {
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
    return { data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), offset: end + 1 };
  }
  return null;
}

/**
 * A document's YAML front matter (between --- and --- or ...), leniently: text
 * that is not a YAML map between the rules is no front matter, and the
 * document starts at its first line.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const none = { data: {}, body: text, offset: 0 };
  const toml = tomlFrontMatter(text) ?? jsonFrontMatter(text);
  if (toml) return toml;
  const m = frontMatterAt(text, 'dashes-or-dots');
  if (!m) return none;
  let data: unknown = readSimpleYaml(m.yaml);
  if (data === null) {
    try {
      data = yaml().parse(m.yaml);
    } catch {
      return none;
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return none;
  return { data: data as Record<string, unknown>, body: text.slice(m.length), offset: text.slice(0, m.length).split('\n').length - 1 };
}
