// Fenced code blocks lectern writes (a <pre> diagram, a Jekyll highlight, a
// part of a long block): a fence longer than any backtick run in the code,
// so the code shows exactly as written.

/** The backtick fence for `code`: three, or one more than its longest run of backticks. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/gu)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `code` as a fenced block, with an optional info string (its language). */
export function fenced(code: string, info = ''): string {
  const fence = fenceFor(code);
  return `${fence}${info}\n${code}\n${fence}`;
}
