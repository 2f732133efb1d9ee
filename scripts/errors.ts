// One error type for everything the user can act on. Only the CLI turns it
// into an exit code; stages and edges just throw it.

export type ErrorKind = 'build' | 'usage' | 'input' | 'environment';

const exitCodes: Record<ErrorKind, number> = {
  build: 1,
  usage: 2,
  input: 2,
  environment: 3,
};

export class LecternError extends Error {
  readonly kind: ErrorKind;
  /** What the user should do about it, appended to the message. */
  readonly remedy: string;

  constructor(kind: ErrorKind, message: string, remedy: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LecternError';
    this.kind = kind;
    this.remedy = remedy;
  }

  get exitCode(): number {
    return exitCodes[this.kind];
  }

  /** The one line printed to stderr. */
  toLine(): string {
    return this.remedy ? `${this.message}. ${this.remedy}` : this.message;
  }
}

export const usageError = (message: string, remedy: string): LecternError => new LecternError('usage', message, remedy);
export const inputError = (message: string, remedy: string): LecternError => new LecternError('input', message, remedy);
export const buildError = (message: string, remedy: string, cause?: unknown): LecternError => new LecternError('build', message, remedy, { cause });
export const environmentError = (message: string, remedy: string): LecternError => new LecternError('environment', message, remedy);

/** The first line of what a thrown value says (library errors carry call logs after it). */
export const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * A failed read or write of the file system as a one-line error that names
 * the path and the fix (a read-only or full disk, no permission, a file where
 * a folder should be); null for anything else. The path is shown relative to
 * `workspace` when it is inside it.
 */
export function fileSystemError(error: unknown, workspace = ''): LecternError | null {
  const e = error as { code?: unknown; path?: unknown; dest?: unknown } | null;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string') return null;
  const raw = typeof e.dest === 'string' ? e.dest : typeof e.path === 'string' ? e.path : '';
  const shown = workspace !== '' && raw.startsWith(`${workspace}/`) ? raw.slice(workspace.length + 1) : raw || 'the output folder';
  // lectern's own working names (.deck.lock, .deck.tmp-…) mean nothing to the user: their folder does.
  const cut = shown.lastIndexOf('/');
  const path = shown.slice(cut + 1).startsWith('.') && cut > 0 ? shown.slice(0, cut) : shown;
  const unchanged = 'the previous output is unchanged';
  switch (e.code) {
    case 'EROFS':
      return environmentError(`${path}: the file system is read-only`, `Build in a writable folder (copy the workspace there); ${unchanged}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return environmentError(`${path}: no space left on the disk`, `Free some space and build again; ${unchanged}`);
    case 'EACCES':
    case 'EPERM':
      return environmentError(
        `${path}: not allowed to write here`,
        `Make the folder writable for you (chmod u+w), or build in a folder of your own; ${unchanged}`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return environmentError(`${path}: a file is where lectern needs a folder`, `Move or rename that file, then build again; ${unchanged}`);
    case 'ENOENT':
      return environmentError(`${path}: disappeared while lectern was writing`, `Check that the workspace folder still exists, then build again; ${unchanged}`);
    case 'EMFILE':
    case 'ENFILE':
      return environmentError(`${path}: too many open files`, 'Raise the limit (ulimit -n) or build fewer decks at once');
    default:
      return null;
  }
}
