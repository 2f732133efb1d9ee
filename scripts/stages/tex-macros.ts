// A document's TeX macros: course notes often open with a block of
// definitions (`$$\newcommand{\sV}{\mathcal{V}} ...$$`, hidden on the page
// by MathJax) that every later formula uses. The block shows nothing; its
// definitions go to the deck's manifest (`macros:`), and each formula is
// typeset with them (markdown.ts).

/** The commands that define a macro. */
const defining = /\\(?:(?:re|provide)?newcommand\*?|def|gdef|let|DeclareMathOperator\*?)(?![A-Za-z])/gu;

/** The index just past the group of braces that opens at `start` (text[start] === '{'), or -1 when it never closes. */
function groupEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\') i += 1;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Where the definition that starts at `start` (its command) ends, or -1 when it cannot be read. */
function definitionEnd(text: string, start: number): number {
  const command = /^\\[A-Za-z]+\*?/u.exec(text.slice(start))?.[0] ?? '';
  let at = start + command.length;
  const skip = (): void => {
    while (/\s/u.test(text[at] ?? '')) at += 1;
  };
  skip();
  if (command === '\\let') {
    const m = /^(\\[A-Za-z@]+)\s*=?\s*(\\[A-Za-z@]+|\S)/u.exec(text.slice(at));
    return m ? at + m[0].length : -1;
  }
  // The name: {\name} or \name.
  if (text[at] === '{') at = groupEnd(text, at);
  else at += /^\\[A-Za-z@]+/u.exec(text.slice(at))?.[0].length ?? 0;
  if (at < 0) return -1;
  skip();
  // \def's parameters (#1#2), \newcommand's count and default ([2][x]).
  if (command === '\\def' || command === '\\gdef') at += /^(?:#\d)*/u.exec(text.slice(at))?.[0].length ?? 0;
  else
    while (text[at] === '[') {
      const close = text.indexOf(']', at);
      if (close < 0) return -1;
      at = close + 1;
      skip();
    }
  skip();
  return text[at] === '{' ? groupEnd(text, at) : -1;
}

/**
 * The macro definitions in a piece of TeX, and what is left of it without
 * them. A formula that is only definitions leaves nothing but space.
 */
export function macroDefinitions(tex: string): { definitions: string[]; rest: string } {
  if (!tex.includes('\\')) return { definitions: [], rest: tex };
  const definitions: string[] = [];
  let rest = '';
  let at = 0;
  for (const m of tex.matchAll(defining)) {
    if (m.index < at) continue;
    const end = definitionEnd(tex, m.index);
    if (end < 0) continue;
    rest += tex.slice(at, m.index);
    definitions.push(tex.slice(m.index, end).replace(/\s+/gu, ' ').trim());
    at = end;
  }
  return { definitions, rest: rest + tex.slice(at) };
}

/**
 * A block of display math, or a paragraph of formulas, that only defines
 * macros (`$$ \newcommand{\R}{\mathbb{R}} $$`): its definitions, or null.
 */
export function definitionsBlock(text: string): string[] | null {
  const inner = text
    .trim()
    .replace(/^(?:\$\$|\\\[|\$)/u, '')
    .replace(/(?:\$\$|\\\]|\$)$/u, '');
  if (inner === text.trim() && !/^\\(?:(?:re|provide)?newcommand|def|DeclareMathOperator)/u.test(inner)) return null;
  const { definitions, rest } = macroDefinitions(inner);
  return definitions.length > 0 && rest.replace(/\$/gu, '').trim() === '' ? definitions : null;
}

/**
 * KaTeX's macros for definitions as written: "\newcommand{\sV}{\mathcal{V}}" ->
 * {"\sV": "\mathcal{V}"}, "\DeclareMathOperator*{\argmax}{arg\,max}" ->
 * {"\argmax": "\operatorname*{arg\,max}"}; a definition it cannot read is left out.
 */
export function katexMacros(definitions: readonly string[]): Record<string, string> {
  const macros: Record<string, string> = {};
  for (const definition of definitions) {
    const command = /^\\([A-Za-z]+\*?)/u.exec(definition)?.[1] ?? '';
    const afterCommand = definition.slice(command.length + 1).trim();
    const name = /^\{?\s*(\\[A-Za-z@]+)\s*\}?/u.exec(afterCommand);
    if (!name?.[1]) continue;
    // The body is the last group of braces.
    let depth = 0;
    let open = -1;
    for (let i = definition.length - 1; i >= 0; i -= 1) {
      const ch = definition[i];
      if (definition[i - 1] === '\\') continue;
      if (ch === '}') depth += 1;
      else if (ch === '{') {
        depth -= 1;
        if (depth === 0) {
          open = i;
          break;
        }
      }
    }
    if (command === 'let') {
      const target = /^\\[A-Za-z@]+\s*=?\s*(\\[A-Za-z@]+|\S)/u.exec(afterCommand)?.[1];
      if (target) macros[name[1]] = target;
      continue;
    }
    if (open < 0) continue;
    const body = definition.slice(open + 1, -1);
    macros[name[1]] = command.startsWith('DeclareMathOperator') ? `\\operatorname${command.endsWith('*') ? '*' : ''}{${body}}` : body;
  }
  return macros;
}
