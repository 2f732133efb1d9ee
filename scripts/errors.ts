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

export const usageError = (message: string, remedy: string): LecternError =>
  new LecternError('usage', message, remedy);
export const inputError = (message: string, remedy: string): LecternError =>
  new LecternError('input', message, remedy);
export const buildError = (message: string, remedy: string, cause?: unknown): LecternError =>
  new LecternError('build', message, remedy, { cause });
export const environmentError = (message: string, remedy: string): LecternError =>
  new LecternError('environment', message, remedy);

/** The first line of what a thrown value says (library errors carry call logs after it). */
export const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
