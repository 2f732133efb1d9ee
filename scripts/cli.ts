// argv -> options -> pipeline. The only place that prints results and sets
// the exit code: 0 ok, 1 build failed, 2 bad usage or input, 3 no browser.
import { inspect, parseArgs, type ParseArgsConfig } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { adoptPrinterWorker } from './edges/printer.ts';
import { fileSystemError, firstLine, LecternError, usageError } from './errors.ts';
import { defaultMaxBytes, releaseAll } from './edges/files.ts';
import { reapBrowsers } from './edges/reap.ts';
import { createProgress } from './edges/progress.ts';
import { closest } from './stages/suggest.ts';
import { build, buildAll, deckNameOf, generator, handoutLayouts, type BuildOptions, type BuildResult, type HandoutLayout } from './pipeline.ts';
import { resolveBuildOptions, type BuildOptionsInput } from './index.ts';
import { loadConfig } from './edges/config-file.ts';
import { settingsFor } from './stages/settings.ts';
import { wordLimits } from './stages/pack-units.ts';
import { formatImportReport, importFormats } from './stages/import-deck.ts';
import { exportFormats, type ExportFormat } from './stages/export-deck.ts';
import { completionScript, shells, type CommandSpec, type Shell } from './stages/completion.ts';
import type { Diagnostic } from './types.ts';

// The other commands load when they run: a build starts without them.
const commands = {
  check: () => import('./check.ts'),
  serve: () => import('./serve.ts'),
  remix: () => import('./remix.ts'),
  library: () => import('./library.ts'),
  init: () => import('./init.ts'),
};

const mainHelp = `lectern: turn a written document into a slide deck, PDFs and handouts.

Usage: lectern <command> [options]

Commands:
  build <input>...        Build a document, a deck (slides/<deck>) or a talk file into dist/<deck>/
  check [deck...]         Measure decks: coverage of the source, overflow, words per slide
  serve <document|deck>   Preview on 127.0.0.1, rebuilding and reloading on every change
  list [deck]             List the workspace's decks and slides (by stable id)
  remix <talk.yaml>       Copy a talk's slides into a deck of its own (--deck NAME)
  import <file>           Bring a reveal.js, reveal-md, Marp or Slidev deck into slides/
  export <deck>           Write a deck as one Markdown file for Marp or reveal.js
  library                 Build dist/library/index.html: every slide, searchable
  init                    Write a starter lectern.config.ts and an example notes.md here
  completion <shell>      Print shell completion for bash, zsh or fish

Options:
  -h, --help              Show help (also: lectern <command> --help)
  -v, --version           Show the version
      --debug             Print stack traces of errors

Example:
  lectern build notes.md --pdf --handout notes`;

const buildHelp = `Usage: lectern build <document|deck|talk.yaml>... [options]

A document (.txt, .md, .docx, .adoc, .org, .rst) runs the whole pipeline: it writes slides/<deck>/ (deck.yaml
and one Markdown file per slide), then dist/<deck>/index.html, and PDFs on request.
A deck name (a folder under slides/) renders its slides as they are, keeping edits.
Settings come from the flags, then the deck's manifest or the document, then the
workspace's lectern.config.* (see lectern init), then the defaults.
A talk file (.yaml) composes a deck from slides of other decks, by deck/slide-id,
into dist/<talk file's name>/. Several inputs build in one command, sharing one
browser and printing decks side by side.

An HTML-only build leaves a background process that keeps lectern loaded for 10
idle minutes; the next one is answered by it, with the same files and output
(--verbose says so). LECTERN_DAEMON=0 turns it off; LECTERN_DAEMON_IDLE=SECONDS
sets its idle time.

Options:
  --deck NAME          Deck name (default: the document's file name)
  --title TEXT         Deck title (default: from the document)
  --author TEXT        Author, shown on the title slide and in PDF metadata
  --theme light|dark   Colour variant (default: the manifest's, or light)
  --pdf                Also write dist/<deck>/<deck>.pdf, one 16:9 page per slide
  --fragments          In the slides PDF, a page per fragment step (default: final state)
  --png                Also write dist/<deck>/png/<nn>-<id>.png (the slide size, 1280x720 by default) and png/thumbs/ (320 wide)
  --single-file        Also write dist/<deck>/<deck>.html: the deck in one self-contained file
  --pptx               Also write dist/<deck>/<deck>.pptx: editable PowerPoint slides, with notes
  --no-pdf, --no-fragments, --no-png, --no-single-file, --no-pptx
                       Turn off an output the config turns on
  --handout LAYOUTS    Also write handouts, comma-separated: notes (<deck>-handout.pdf: each
                       slide with its notes, flowing down the page), notes-pages
                       (<deck>-handout-notes-pages.pdf: a page per slide), 3up
                       (<deck>-handout-3up.pdf: three slides a page with lines for notes),
                       6up (<deck>-handout-6up.pdf: six slides a page); none: no handouts
  --duration TIME      The talk's length (50m, 1h30m): warns when the notes take longer to speak
  --wpm N              Speaking pace for --duration, words a minute (default: 130)
  --handout-theme light|dark
                       Theme variant of the handouts (default: light, whatever the deck's)
  --paper a4|letter    Handout paper size (default: from the locale, else a4)
  --browser PATH       Chrome/Chromium to print with (or set LECTERN_BROWSER)
  --timeout SECONDS    Longest wait on the browser for one step (default: 60)
  --encoding NAME      Text encoding of the document (default: utf-8)
  --max-size MB        Largest document read (default: 32)
  --force              Regenerate slides even if their files were edited
  --verbose            Show progress even when stderr is not a terminal (and whether the
                       background process answered)
  --watch              Build again whenever the document, a slide file, the manifest, the
                       config or a theme file changes (one browser stays open); Ctrl+C stops

Examples:
  lectern build slides/nazi-soviet-pact.txt --pdf --handout notes
  lectern build nazi-soviet-pact --pdf --handout notes,3up,6up --paper letter`;

const checkHelp = `Usage: lectern check [deck...] [options]

Measures each deck (all decks under slides/ when none is named):
  coverage   share of the source document's sentences present in slides or notes
  overflow   slides whose content does not fit the slide's frame (in Chromium)
  words      words of prose shown per slide (median and maximum)
  sections   slides per document section
  time       how long the notes take to speak, per slide and in all (at --wpm)
Exit code 1 when a deck fails (coverage under 100%, an overflowing slide, a slide
over --max-words or a median over --max-median, code altered, hidden text shown…),
3 when no browser could measure overflow.

Options:
  --json             Print the report as JSON
  --max-words N      Most words of prose a slide may show (default: ${wordLimits.slide})
  --max-median N     Most words of prose the median slide may show (default: ${wordLimits.median})
  --wpm N            Speaking pace for the speaking time, words a minute (default: 130)
  --browser PATH     Chrome/Chromium to measure with (or set LECTERN_BROWSER)
  --timeout SECONDS  Longest wait on the browser for one step (default: 60)
  --encoding NAME    Text encoding of the source documents (default: utf-8)
  --max-size MB      Largest source document read (default: 32)

Example:
  lectern check nazi-soviet-pact --json`;

const serveHelp = `Usage: lectern serve <document|deck> [options]

Builds the deck, serves dist/<deck>/ on http://127.0.0.1:PORT/ and rebuilds when the
document, a slide file, the manifest, the config or the theme changes (files created later
included); open pages reload on the slide they were showing. When the document
changes while slide files were edited, the edits are kept and the page says so.
A build error shows in the page and here; the server keeps running. Stop it with
Ctrl+C.

Options:
  --port N             Port on 127.0.0.1 (default: 4700; 0 picks a free one)
  --open               Open the deck in the system's web browser
  --deck NAME          Deck name (default: the document's file name)
  --theme light|dark   Colour variant
  --encoding NAME      Text encoding of the document (default: utf-8)
  --max-size MB        Largest document read (default: 32)
  --force              Regenerate slides from the document even where their files were edited

Example:
  lectern serve notes.md --port 8080`;

const serveOptions = {
  port: { type: 'string' },
  open: { type: 'boolean' },
  force: { type: 'boolean' },
  deck: { type: 'string' },
  theme: { type: 'string' },
  encoding: { type: 'string' },
  'max-size': { type: 'string' },
} satisfies ParseArgsConfig['options'];

const listHelp = `Usage: lectern list [deck] [--json]

Lists the decks under slides/ and their slides, by stable id: the references a
talk file uses (deck/slide-id). With --json, an array with one object per slide:
{ "deck", "id", "title", "file", "section"?, "source"? } (source: where a remixed
slide came from).

Example:
  lectern list nazi-soviet-pact --json`;

const remixHelp = `Usage: lectern remix <talk.yaml> --deck NAME [--force]

Makes an independent copy of a talk under slides/NAME: its own deck.yaml and slide
files (each recording its source as deck/slide-id), for a talk that will diverge
from the decks it came from. Refuses to replace an existing deck unless --force.

Example:
  lectern remix talks/week-1.yaml --deck week-1`;

const libraryHelp = `Usage: lectern library [--browser PATH] [--timeout SECONDS]

Builds dist/library/index.html: a gallery of every slide of every deck under
slides/, with thumbnails, deck, id and title, a search box, and a button that
copies a slide's reference (deck/slide-id) for a talk file. Without a browser the
page is written without thumbnails (exit 3).

Example:
  lectern library`;

const libraryOptions = {
  browser: { type: 'string' },
  timeout: { type: 'string' },
} satisfies ParseArgsConfig['options'];

const importHelp = `Usage: lectern import <file> [--deck NAME] [--format reveal|reveal-md|marp|slidev]
                      [--separator RE] [--vertical-separator RE] [--notes-separator RE]
                      [--json] [--encoding NAME] [--max-size MB] [--force]

Brings an existing deck into slides/<deck>/ as lectern slide files, keeping its
slides, their order, their notes and fragments, so they can be built and remixed,
and says what it could not carry, slide by slide:
  reveal.js   a Markdown file (--- between slides, -- between vertical slides) or an
              HTML page's <section data-markdown> (its data-separator attributes);
              "Note:" before the notes; <!-- .slide: --> and <!-- .element: -->
  reveal-md   --- between slides, ---- between vertical slides, its front matter
  Marp        --- (and headingDivider), HTML comments as notes, directives (global,
              and _scoped), class lead, ![bg] images, fit headings, :emoji:
  Slidev      head matter, each slide's front matter (layout:, src: includes),
              <v-click>/<v-clicks> as fragments, the last comment as notes
  PowerPoint  a .pptx: titles, text and lists with their levels, tables, pictures,
              speaker notes; hidden slides and charts are listed, not carried
The format is detected from the content; --format overrides it. The separators are
regular expressions as reveal.js takes them (its data-separator, -vertical, -notes).
Vertical slides become consecutive slides, grouped under their stack's first title.
Comments that are not notes never reach a slide.

Options:
  --json        Print the report as JSON: format, slides, notes, fragments,
                hiddenComments, notCarried: [{ what, slides: [n...] }]

Example:
  lectern import old-talk.md --deck old-talk`;

const importOptions = {
  deck: { type: 'string' },
  format: { type: 'string' },
  separator: { type: 'string' },
  'vertical-separator': { type: 'string' },
  'notes-separator': { type: 'string' },
  json: { type: 'boolean' },
  encoding: { type: 'string' },
  'max-size': { type: 'string' },
  force: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

const initHelp = `Usage: lectern init

Writes a commented starter config (lectern.config.ts: the workspace's default
theme, author, outputs and per-deck settings) and an example document (notes.md)
into the current folder. It never overwrites a file.

Example:
  lectern init && lectern build notes.md`;

const listOptions = {
  json: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

const remixOptions = {
  deck: { type: 'string' },
  force: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

const checkOptions = {
  json: { type: 'boolean' },
  'max-words': { type: 'string' },
  'max-median': { type: 'string' },
  wpm: { type: 'string' },
  browser: { type: 'string' },
  timeout: { type: 'string' },
  encoding: { type: 'string' },
  'max-size': { type: 'string' },
} satisfies ParseArgsConfig['options'];

const buildOptions = {
  deck: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  theme: { type: 'string' },
  pdf: { type: 'boolean' },
  'no-pdf': { type: 'boolean' },
  fragments: { type: 'boolean' },
  'no-fragments': { type: 'boolean' },
  png: { type: 'boolean' },
  'no-png': { type: 'boolean' },
  'single-file': { type: 'boolean' },
  'no-single-file': { type: 'boolean' },
  pptx: { type: 'boolean' },
  'no-pptx': { type: 'boolean' },
  handout: { type: 'string' },
  'handout-theme': { type: 'string' },
  duration: { type: 'string' },
  wpm: { type: 'string' },
  paper: { type: 'string' },
  browser: { type: 'string' },
  timeout: { type: 'string' },
  encoding: { type: 'string' },
  'max-size': { type: 'string' },
  force: { type: 'boolean' },
  verbose: { type: 'boolean' },
  watch: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

/** Options every command takes. */
const common = {
  config: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const commonHelp = `Options of every command:
  --config FILE      The workspace's settings (default: the nearest lectern.config.ts,
                     .mts, .js, .mjs, .json or .yaml at or above this folder)
  --debug            Print stack traces of errors
  -h, --help         Show this help`;

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T & typeof common; allowPositionals: true; strict: true }>>;

/** Parses a command's arguments; prints its help and returns null for --help. */
/** How many arguments (besides options) a command takes, and what to say when it gets another number. */
interface Arity {
  min: number;
  max: number;
  problem: string;
  remedy: string;
}

function parse<T extends Options>(args: string[], options: T, command: string, help: string, arity?: Arity): Parsed<T> | null {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs<{ args: string[]; options: T & typeof common; allowPositionals: true; strict: true }>({
      args,
      options: { ...options, ...common },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const reason = firstLine(error) || 'Bad arguments';
    // A mistyped option: the one it most likely was.
    const typed = /option '(--?[^'\s]+)'/u.exec(reason)?.[1];
    const known = Object.keys({ ...options, ...common }).map((name) => `--${name}`);
    const meant = typed ? closest(typed.replace(/=.*$/u, ''), known) : null;
    throw usageError(
      reason.split('. ')[0]?.replace(/\.$/u, '') ?? reason,
      `${meant ? `Did you mean ${meant}? ` : ''}Run lectern ${command} --help for the options`,
    );
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${help}\n\n${commonHelp}\n`);
    return null;
  }
  const count = parsed.positionals.length;
  if (arity && (count < arity.min || count > arity.max)) throw usageError(arity.problem, arity.remedy);
  return parsed;
}

function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.place ? `:${d.place.line}:${d.place.column}` : ''} ` : '';
  return `${where}${d.severity} ${d.message}`;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const meant = closest(value, allowed);
  throw usageError(
    `${flag} must be one of ${allowed.join(', ')}, not "${value}"`,
    meant ? `Did you mean ${flag} ${meant}?` : `For example: ${flag} ${allowed[0]}`,
  );
}

/** A boolean output: --x (true), --no-x (false), or neither (undefined: the config decides). */
function switched(on: boolean | undefined, off: boolean | undefined): boolean | undefined {
  if (on && off) throw usageError('A flag and its --no- form were both given', 'Pass one of them');
  return on ? true : off ? false : undefined;
}

/** --wpm: speaking pace in words a minute. */
function pace(value: string | undefined): number {
  const wpm = value === undefined ? 130 : Number(value);
  if (!Number.isFinite(wpm) || wpm < 20 || wpm > 400)
    throw usageError(`--wpm must be a speaking pace in words a minute (20–400), not "${value}"`, 'For example: --wpm 150');
  return wpm;
}

/** --max-size in MB, as bytes. */
function maxBytes(value: string | undefined): number {
  const mb = value === undefined ? defaultMaxBytes / 1024 / 1024 : Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw usageError(`--max-size must be a number of megabytes, not "${value}"`, 'For example: --max-size 100');
  return Math.floor(mb * 1024 * 1024);
}

function seconds(value: string | undefined): number {
  const timeout = value === undefined ? 60 : Number(value);
  if (!Number.isFinite(timeout) || timeout <= 0) throw usageError(`--timeout must be a number of seconds, not "${value}"`, 'For example: --timeout 120');
  return timeout * 1000;
}

async function runCheck(args: string[]): Promise<number> {
  const parsed = parse(args, checkOptions, 'check', checkHelp);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const maxWords = values['max-words'] === undefined ? wordLimits.slide : Number(values['max-words']);
  if (!Number.isInteger(maxWords) || maxWords <= 0)
    throw usageError(`--max-words must be a whole number, not "${values['max-words']}"`, 'For example: --max-words 60');
  const maxMedian = values['max-median'] === undefined ? wordLimits.median : Number(values['max-median']);
  if (!Number.isInteger(maxMedian) || maxMedian <= 0)
    throw usageError(`--max-median must be a whole number, not "${values['max-median']}"`, 'For example: --max-median 35');
  const { checkDecks, formatReport } = await commands.check();
  const s = settingsFor((await loadConfig(process.cwd(), values.config)).config, null);
  const result = await checkDecks({
    workspace: process.cwd(),
    decks: positionals,
    browser: values.browser ?? s.browser,
    timeoutMs: values.timeout !== undefined ? seconds(values.timeout) : (s.timeout ?? 60) * 1000,
    maxWords,
    maxMedian,
    encoding: values.encoding ?? s.encoding ?? 'utf-8',
    maxBytes: values['max-size'] !== undefined ? maxBytes(values['max-size']) : Math.floor((s.maxSize ?? defaultMaxBytes / 1024 / 1024) * 1024 * 1024),
    wpm: values.wpm !== undefined ? pace(values.wpm) : (s.wpm ?? 130),
  });
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatReport(result)}\n`);
  if (result.browserMissing) {
    process.stderr.write(`lectern: overflow not measured: ${result.browserMissing}\n`);
    return 3;
  }
  return result.ok ? 0 : 1;
}

async function runLibrary(args: string[]): Promise<number> {
  const parsed = parse(args, libraryOptions, 'library', libraryHelp, {
    min: 0,
    max: 0,
    problem: 'library takes no arguments',
    remedy: 'Run lectern library in the workspace',
  });
  if (!parsed) return 0;
  const { values } = parsed;
  const { buildLibrary } = await commands.library();
  const s = settingsFor((await loadConfig(process.cwd(), values.config)).config, null);
  const result = await buildLibrary(
    process.cwd(),
    values.browser ?? s.browser,
    values.timeout !== undefined ? seconds(values.timeout) : (s.timeout ?? 60) * 1000,
  );
  process.stdout.write(`Slide library: ${result.slides} slides from ${result.decks} decks in dist/library/index.html\n`);
  if (result.browserMissing) {
    process.stderr.write(`lectern: thumbnails not drawn: ${result.browserMissing.toLine()}\n`);
    return 3;
  }
  return 0;
}

async function runImport(args: string[]): Promise<number> {
  const parsed = parse(args, importOptions, 'import', importHelp, {
    min: 1,
    max: 1,
    problem: 'import needs one deck file',
    remedy: 'For example: lectern import old-talk.md',
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const file = positionals[0] as string;
  const format = oneOf(values.format, importFormats, '--format');
  const { importFile } = await commands.remix();
  const result = await importFile(process.cwd(), file, {
    deck: values.deck,
    format,
    separator: values.separator,
    verticalSeparator: values['vertical-separator'],
    notesSeparator: values['notes-separator'],
    force: values.force ?? false,
    encoding: values.encoding ?? 'utf-8',
    maxBytes: maxBytes(values['max-size']),
  });
  process.stdout.write(
    values.json ? `${JSON.stringify({ deck: result.deck, ...result.report }, null, 2)}\n` : `${formatImportReport(result.report, result.deck)}\n`,
  );
  return 0;
}

const completionHelp = `Usage: lectern completion bash|zsh|fish

Prints a completion script for the shell: commands, flags, the values of flags
such as --theme and --handout, documents, and the deck names under slides/.

Examples:
  source <(lectern completion bash)        # in ~/.bashrc
  source <(lectern completion zsh)         # in ~/.zshrc
  lectern completion fish > ~/.config/fish/completions/lectern.fish`;

/** Every command's flags, for completion: the tables the commands parse with. */
function completionSpec(): Record<string, CommandSpec> {
  const flags = (options: Options): string[] => [...Object.keys(options), ...Object.keys(common)];
  const variant = ['light', 'dark'];
  return {
    build: {
      flags: flags(buildOptions),
      positional: 'inputs',
      values: { theme: variant, 'handout-theme': variant, paper: ['a4', 'letter'], handout: [...handoutLayouts, 'none'] },
    },
    check: { flags: flags(checkOptions), positional: 'inputs' },
    serve: { flags: flags(serveOptions), positional: 'inputs', values: { theme: variant } },
    list: { flags: flags(listOptions), positional: 'inputs' },
    remix: { flags: flags(remixOptions), positional: 'files' },
    import: { flags: flags(importOptions), positional: 'files', values: { format: importFormats } },
    export: { flags: flags(exportOptions), positional: 'inputs', values: { format: exportFormats } },
    library: { flags: flags(libraryOptions), positional: 'none' },
    init: { flags: flags({}), positional: 'none' },
    completion: { flags: flags({}), positional: 'none' },
  };
}

function runCompletion(args: string[]): number {
  const parsed = parse(args, {}, 'completion', completionHelp, {
    min: 1,
    max: 1,
    problem: 'completion needs a shell: bash, zsh or fish',
    remedy: 'For example: source <(lectern completion bash)',
  });
  if (!parsed) return 0;
  const shell = oneOf(parsed.positionals[0], shells, 'completion') as Shell;
  process.stdout.write(completionScript(shell, completionSpec()));
  return 0;
}

const exportHelp = `Usage: lectern export <deck> --format marp|reveal [--out FILE]

Writes a deck as one Markdown file for another tool, so it can go to a colleague
who uses Marp or reveal.js (reveal-md): its slides in order, titles, speaker notes
(Marp: HTML comments; reveal.js: after "Note:"), fragments (Marp: * lists; reveal.js:
<!-- .element: class="fragment" -->) and title or divider slides. The images the
slides show are copied beside the file. lectern import reads the file back to the
same slides.

Options:
  --format marp|reveal  The tool to write for
  --out FILE            Where to write (default: dist/<deck>/<deck>-<format>.md)

Example:
  lectern export week-3 --format marp`;

const exportOptions = {
  format: { type: 'string' },
  out: { type: 'string' },
} satisfies ParseArgsConfig['options'];

async function runExport(args: string[]): Promise<number> {
  const usage = { problem: 'export needs a deck name and --format marp or reveal', remedy: 'For example: lectern export week-3 --format marp' };
  const parsed = parse(args, exportOptions, 'export', exportHelp, { min: 1, max: 1, ...usage });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (!values.format) throw usageError(usage.problem, usage.remedy);
  const format = oneOf(values.format, exportFormats, '--format') as ExportFormat;
  const { exportDeckFile } = await commands.remix();
  const result = await exportDeckFile(process.cwd(), positionals[0] as string, format, values.out);
  process.stdout.write(
    `Exported ${result.slides} slides (${format}) to ${result.file}${result.images > 0 ? ` with ${result.images} image(s) beside it` : ''}\n`,
  );
  return 0;
}

async function runInit(args: string[]): Promise<number> {
  const parsed = parse(args, {}, 'init', initHelp, { min: 0, max: 0, problem: 'init takes no arguments', remedy: 'Run lectern init in the folder to set up' });
  if (!parsed) return 0;
  const { initWorkspace } = await commands.init();
  const result = await initWorkspace(process.cwd());
  process.stdout.write(`Wrote ${result.written.join(' and ')}. Next: lectern build notes.md\n`);
  return 0;
}

async function runList(args: string[]): Promise<number> {
  const parsed = parse(args, listOptions, 'list', listHelp, {
    min: 0,
    max: 1,
    problem: 'list takes at most one deck',
    remedy: 'For example: lectern list my-deck',
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const { formatList, listSlides } = await commands.remix();
  const slides = await listSlides(process.cwd(), positionals[0]);
  process.stdout.write(
    values.json ? `${JSON.stringify(slides, null, 2)}\n` : `${formatList(slides) || 'No decks under slides/ yet. Build one: lectern build <document>'}\n`,
  );
  return 0;
}

async function runRemix(args: string[]): Promise<number> {
  const usage = { problem: 'remix needs a talk file and --deck NAME', remedy: 'For example: lectern remix talks/week-1.yaml --deck week-1' };
  const parsed = parse(args, remixOptions, 'remix', remixHelp, { min: 1, max: 1, ...usage });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const talk = positionals[0] as string;
  if (!values.deck) throw usageError(usage.problem, usage.remedy);
  const { remix } = await commands.remix();
  const result = await remix(process.cwd(), talk, values.deck, values.force ?? false);
  process.stdout.write(`Remixed ${result.slides} slides into slides/${result.deck}/\n`);
  return 0;
}

async function runServe(args: string[]): Promise<number> {
  const parsed = parse(args, serveOptions, 'serve', serveHelp, {
    min: 1,
    max: 1,
    problem: 'serve needs one document or deck name',
    remedy: 'For example: lectern serve notes.md',
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const input = positionals[0] as string;
  const port = values.port === undefined ? 4700 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port must be a port number, not "${values.port}"`, 'For example: --port 8080');
  const { serve } = await commands.serve();
  const loaded = await loadConfig(process.cwd(), values.config);
  const s = settingsFor(loaded.config, values.deck ?? (await deckNameOf(process.cwd(), input)));
  const serving = await serve({
    configFile: loaded.path,
    workspace: process.cwd(),
    input,
    deck: values.deck,
    theme: oneOf(values.theme, ['light', 'dark'] as const, '--theme'),
    defaults: { theme: s.theme, author: s.author, lang: s.lang },
    port,
    force: values.force ?? false,
    encoding: values.encoding ?? s.encoding ?? 'utf-8',
    maxBytes: values['max-size'] !== undefined ? maxBytes(values['max-size']) : Math.floor((s.maxSize ?? defaultMaxBytes / 1024 / 1024) * 1024 * 1024),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  // Ctrl+C is heard before the address is printed: a script that reads the address and stops the server at once is heard too.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write(`Serving deck "${serving.deck}" at ${serving.url} (Ctrl+C to stop)\n`);
  if (values.open) {
    // The open package knows each system's way (open, start, xdg-open, WSL); a failure to open is not a failure to serve.
    const { default: openUrl } = await import('open');
    await openUrl(serving.url).then(
      (opener) => opener.on('error', () => process.stderr.write(`lectern: could not open a web browser: open ${serving.url} yourself\n`)),
      () => process.stderr.write(`lectern: could not open a web browser: open ${serving.url} yourself\n`),
    );
  }
  await stopped;
  // Ctrl+C stops the server at once: its closing (the watcher, a rebuild under way, open connections) gets a few
  // seconds, and a close that does not end in them (a rebuild stuck on a file) does not keep the process alive.
  const closed = await Promise.race([serving.close().then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000).unref())]);
  if (!closed) {
    process.stderr.write('lectern: stopped serving (the watcher or a rebuild did not finish closing in 5 s)\n');
    process.exit(0);
  }
  return 0;
}

async function runBuild(args: string[], launch: Launch): Promise<number> {
  const parsed = parse(args, buildOptions, 'build', buildHelp, {
    min: 1,
    max: Number.POSITIVE_INFINITY,
    problem: 'build needs a document or a deck name',
    remedy: 'For example: lectern build notes.md --pdf',
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1 && values.deck)
    throw usageError('--deck names one deck, but build got several inputs', 'Build them without --deck (each gets its file name), or one at a time');
  if (values.watch && positionals.length > 1)
    throw usageError('--watch follows one input, but build got several', 'Watch one document or deck per command (run several in separate terminals)');
  const workspace = process.cwd();
  const { config, path: configPath } = await loadConfig(workspace, values.config);
  const handouts =
    values.handout === undefined
      ? undefined
      : values.handout.trim() === 'none'
        ? []
        : values.handout
            .split(',')
            .map((h) => h.trim())
            .filter(Boolean)
            .map((h) => oneOf<HandoutLayout>(h, handoutLayouts, '--handout') as HandoutLayout);
  const progress = createProgress(Boolean(values.verbose) || process.stderr.isTTY === true);
  // The flags given; resolveBuildOptions puts them over the config's settings for each deck, over the defaults.
  const flags: Omit<BuildOptionsInput, 'input'> = {
    workspace,
    deck: values.deck,
    title: values.title,
    author: values.author,
    theme: oneOf(values.theme, ['light', 'dark'] as const, '--theme'),
    pdf: switched(values.pdf, values['no-pdf']),
    fragments: switched(values.fragments, values['no-fragments']),
    png: switched(values.png, values['no-png']),
    singleFile: switched(values['single-file'], values['no-single-file']),
    pptx: switched(values.pptx, values['no-pptx']),
    handouts,
    handoutTheme: oneOf(values['handout-theme'], ['light', 'dark'] as const, '--handout-theme'),
    duration: values.duration,
    wpm: values.wpm === undefined ? undefined : pace(values.wpm),
    paper: oneOf(values.paper, ['a4', 'letter'] as const, '--paper'),
    browser: values.browser,
    force: values.force,
    encoding: values.encoding,
    maxSize: values['max-size'] === undefined ? undefined : maxBytes(values['max-size']) / 1024 / 1024,
    timeout: values.timeout === undefined ? undefined : seconds(values.timeout) / 1000,
  };
  const optionsFor = (input: string): Promise<BuildOptions> => resolveBuildOptions({ ...flags, input }, config, progress);
  const report = (result: BuildResult): void => {
    for (const d of result.diagnostics) if (d.severity !== 'info' || values.verbose) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stdout.write(`Built deck "${result.deck}" (${result.slides} slides):\n${result.outputs.map((o) => `  ${o}`).join('\n')}\n`);
  };
  if (values.watch) {
    const input = positionals[0] ?? '';
    const { watchBuild } = await import('./watch.ts');
    const watching = await watchBuild({
      configFile: configPath,
      // After a change to the config, it is read again (a broken config fails that build; the watch goes on).
      options: async () => resolveBuildOptions({ ...flags, input }, (await loadConfig(workspace, values.config)).config, progress),
      report: (result, ms) => {
        report(result);
        process.stdout.write(`  (${ms} ms; watching for changes, Ctrl+C to stop)\n`);
      },
      fail: (error) => {
        const known = error instanceof LecternError ? error : fileSystemError(error, workspace);
        process.stderr.write(`lectern: ${known?.toLine() ?? firstLine(error)}\n`);
      },
    });
    await watching.ready;
    process.stderr.write(`Watching ${watching.paths.join(', ')}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await watching.close();
    return 0;
  }
  if (positionals.length === 1) {
    const result = await build(await optionsFor(positionals[0] ?? ''));
    report(result);
    if (result.document !== undefined) launch.built = result.document;
    return 0;
  }
  // Several inputs: one browser for all of them, decks printed side by side.
  const builds: BuildOptions[] = [];
  for (const input of positionals) builds.push(await optionsFor(input));
  const { results, failures } = await buildAll(builds);
  results.forEach(report);
  const known = (error: unknown): LecternError | null => (error instanceof LecternError ? error : fileSystemError(error, process.cwd()));
  for (const f of failures) process.stderr.write(`lectern: ${f.input}: ${known(f.error)?.toLine() ?? String(f.error)}\n`);
  const first = failures[0]?.error;
  return first === undefined ? 0 : (known(first)?.exitCode ?? 1);
}

// Interrupted (Ctrl+C, kill): remove this build's staging folders and locks, so the
// previous output stays as it was and nothing half-written is left; Chromium exits
// with the process. serve installs its own handlers and stops cleanly.
function releaseOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      interrupt();
      process.stderr.write(`lectern: interrupted (${signal}); the previous output is unchanged\n`);
      process.exit(130);
    });
  }
}

const commandNames = ['build', 'check', 'serve', 'list', 'remix', 'import', 'export', 'library', 'init', 'completion'];

/** What the launcher (scripts/lectern.mjs) started before this module loaded. */
export interface Launch {
  /** A printer worker already loading Playwright, for a build that prints. */
  printerWorker?: Worker;
  /** Run by lectern's background process (scripts/background.mjs) for a caller: the caller hears the signals, and `interrupt` is called. */
  background?: boolean;
  /** Set by a build of one document: that document's absolute path (the background process it starts warms up on it). */
  built?: string;
}

/** A build run for a caller that went away (Ctrl+C): what it holds is removed, as a signal removes it (releaseOnSignal). */
export function interrupt(): void {
  releaseAll();
  reapBrowsers();
}

/** Runs the command line; returns the exit code. A failed command leaves no browser running. */
export async function main(argv: string[], launch: Launch = {}): Promise<number> {
  adoptPrinterWorker(launch.printerWorker);
  const code = await run(argv, launch);
  if (code !== 0) reapBrowsers();
  return code;
}

async function run(argv: string[], launch: Launch): Promise<number> {
  if (argv[0] !== 'serve' && !argv.includes('--watch') && launch.background !== true) releaseOnSignal();
  const debug = argv.includes('--debug');
  // "lectern help build" is "lectern build --help".
  const [command, ...rest] = argv[0] === 'help' && argv[1] !== undefined && commandNames.includes(argv[1]) ? [argv[1], '--help'] : argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${mainHelp}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${generator.replace('lectern ', '')}\n`);
      return 0;
    }
    if (command === 'build') return await runBuild(rest, launch);
    if (command === 'check') return await runCheck(rest);
    if (command === 'serve') return await runServe(rest);
    if (command === 'list') return await runList(rest);
    if (command === 'remix') return await runRemix(rest);
    if (command === 'import') return await runImport(rest);
    if (command === 'export') return await runExport(rest);
    if (command === 'library') return await runLibrary(rest);
    if (command === 'init') return await runInit(rest);
    if (command === 'completion') return runCompletion(rest);
    const meant = closest(command, commandNames);
    throw usageError(`Unknown command "${command}"`, `${meant ? `Did you mean lectern ${meant}? ` : ''}Run lectern --help to see the commands`);
  } catch (error) {
    if (error instanceof LecternError) {
      process.stderr.write(`lectern: ${error.toLine()}\n`);
      if (debug && error.cause) process.stderr.write(`${error.cause instanceof Error ? (error.cause.stack ?? error.cause.message) : inspect(error.cause)}\n`);
      return error.exitCode;
    }
    const io = fileSystemError(error, process.cwd());
    if (io) {
      process.stderr.write(`lectern: ${io.toLine()}\n`);
      if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      return io.exitCode;
    }
    const message = firstLine(error);
    process.stderr.write(`lectern: unexpected failure: ${message}. Run again with --debug and report it\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
