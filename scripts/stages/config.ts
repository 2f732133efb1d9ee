// A workspace's lectern.config: its schema, its validation (one line that
// names the file, the key and what is allowed), and the settings one deck
// gets from it. Pure: scripts/config.ts finds and loads the file.
// zod/mini: the same checks as zod with a fraction of its code to load (bundled, about 40 KB against 750).
import * as z from 'zod/mini';
import { inputError } from '../errors.ts';
import { closest } from './suggest.ts';

const handoutLayout = z.enum(['notes', 'notes-pages', '3up', '6up']);
const variant = z.enum(['light', 'dark']);

/** What a config may set for every deck, or for one deck under `decks`. */
const settingsShape = {
  /** Colour variant of decks built from documents (a deck's manifest keeps its own). */
  theme: variant,
  /** Author when the document names none (a deck's manifest keeps its own). */
  author: z.string().check(z.minLength(1)),
  /** Language of documents that do not say (BCP 47, e.g. fr, de-CH). */
  lang: z.string().check(z.regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/u)),
  /** Outputs built besides the HTML. */
  pdf: z.boolean(),
  png: z.boolean(),
  singleFile: z.boolean(),
  pptx: z.boolean(),
  fragments: z.boolean(),
  handouts: z.array(handoutLayout),
  handoutTheme: variant,
  paper: z.enum(['a4', 'letter']),
  /** Chrome/Chromium to print with. */
  browser: z.string().check(z.minLength(1)),
  /** Longest wait on the browser for one step, in seconds. */
  timeout: z.number().check(z.positive()),
  encoding: z.string().check(z.minLength(1)),
  /** Largest document read, in MB. */
  maxSize: z.number().check(z.positive()),
  /** The talk's length: minutes, or a text such as "50m" or "1h30m". */
  duration: z.union([z.number().check(z.positive()), z.string().check(z.minLength(1))]),
  /** Speaking pace, words a minute. */
  wpm: z.number().check(z.gte(20), z.lte(400)),
};

const settings = z.partial(z.strictObject(settingsShape));
const configSchema = z.strictObject({ ...settings.shape, decks: z.optional(z.record(z.string(), settings)) });

export type DeckSettings = z.infer<typeof settings>;
export type LecternConfig = z.infer<typeof configSchema>;

/** The keys a config may have at its top level. */
export const configKeys = [...Object.keys(settingsShape), 'decks'];

function allowed(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type') {
    const names: Record<string, string> = {
      array: 'a list, e.g. ["notes", "3up"]',
      boolean: 'true or false',
      number: 'a number',
      string: 'a text',
      object: 'an object of settings',
    };
    return names[issue.expected] ?? `a ${issue.expected}`;
  }
  if (issue.code === 'too_small')
    return issue.origin === 'string'
      ? 'a text that is not empty'
      : issue.origin === 'array'
        ? 'a list'
        : `a number of at least ${String(issue.minimum)}${issue.inclusive ? '' : ' (not equal)'}`;
  if (issue.code === 'too_big') return `a number of at most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_format') return 'a language tag such as en, fr or de-CH';
  if (issue.code === 'invalid_union') return 'a number of minutes or a text such as "50m" or "1h30m"';
  return issue.message;
}

const keyPath = (path: PropertyKey[]): string => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');

/** A loaded config checked against the schema; a wrong key or value is one input error naming `file`. */
export function validateConfig(data: unknown, file: string): LecternConfig {
  if (data === undefined || data === null) return {};
  const result = configSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const inDeck = issue.path.length > 0;
    const known = inDeck ? Object.keys(settingsShape) : configKeys;
    const meant = closest(key, known);
    const where = keyPath([...issue.path, key]);
    throw inputError(
      `${file}: unknown key "${where}"`,
      meant ? `Did you mean "${meant}"? The keys are ${known.join(', ')}` : `The keys are ${known.join(', ')}`,
    );
  }
  if (issue.path.length === 0)
    throw inputError(`${file}: the config must be an object of settings`, 'Export an object, e.g. export default defineConfig({ theme: "dark" })');
  const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);
  throw inputError(
    `${file}: ${keyPath(issue.path)} must be ${allowed(issue)}, not ${JSON.stringify(value) ?? String(value)}`,
    `Fix the value in ${file}, or remove the key to use the default`,
  );
}
