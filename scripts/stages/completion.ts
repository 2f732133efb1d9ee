// Shell completion scripts for bash, zsh and fish, from the command line's own
// table of commands and flags (so they cannot drift from it). Positional
// arguments complete to files and to the deck names under slides/.

export interface CommandSpec {
  /** Flags, without the leading dashes. */
  flags: string[];
  /** Flags that take a value from a fixed list. */
  values?: Record<string, readonly string[]>;
  /** What the positional arguments are: documents and decks, files, or nothing. */
  positional: 'inputs' | 'files' | 'none';
}

export type Shell = 'bash' | 'zsh' | 'fish';
export const shells: readonly Shell[] = ['bash', 'zsh', 'fish'];

const decksGlob = 'slides/*/deck.yaml';

function bash(commands: Record<string, CommandSpec>): string {
  const cases = Object.entries(commands)
    .map(([name, spec]) => {
      const values = Object.entries(spec.values ?? {})
        .map(([flag, list]) => `        --${flag}) COMPREPLY=($(compgen -W "${list.join(' ')}" -- "$cur")); return ;;`)
        .join('\n');
      const positional =
        spec.positional === 'none'
          ? ''
          : spec.positional === 'inputs'
            ? 'COMPREPLY+=($(compgen -f -- "$cur") $(compgen -W "$(__lectern_decks)" -- "$cur"))'
            : 'COMPREPLY+=($(compgen -f -- "$cur"))';
      return `    ${name})
      case "$prev" in
${values}
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${spec.flags.map((f) => `--${f}`).join(' ')}" -- "$cur")); else ${positional || 'COMPREPLY=()'}; fi
      ;;`;
    })
    .join('\n');
  return `# lectern completion for bash. Load it with: source <(lectern completion bash)
__lectern_decks() {
  local f
  for f in ${decksGlob}; do [[ -e "$f" ]] && f="\${f#slides/}" && printf '%s\\n' "\${f%/deck.yaml}"; done
}
_lectern() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="\${COMP_WORDS[1]}"
  COMPREPLY=()
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${Object.keys(commands).join(' ')} help --help --version" -- "$cur"))
    return
  fi
  case "$command" in
${cases}
  esac
}
complete -o filenames -F _lectern lectern
`;
}

function zsh(commands: Record<string, CommandSpec>): string {
  const quote = (text: string): string => text.replace(/'/gu, "'\\''");
  const cases = Object.entries(commands)
    .map(([name, spec]) => {
      const flags = spec.flags.map((f) => {
        const list = spec.values?.[f];
        return list ? `'--${f}[${f}]:${f}:(${list.join(' ')})'` : `'--${f}[${quote(f)}]'`;
      });
      const positional =
        spec.positional === 'none' ? '' : spec.positional === 'inputs' ? " '*:input:{_files; _values deck $(__lectern_decks)}'" : " '*:file:_files'";
      return `    ${name}) _arguments ${flags.join(' ')}${positional} ;;`;
    })
    .join('\n');
  return `#compdef lectern
# lectern completion for zsh. Load it with: source <(lectern completion zsh)
__lectern_decks() {
  local f
  for f in ${decksGlob}(N); do f=\${f#slides/}; print -r -- \${f%/deck.yaml}; done
}
_lectern() {
  if (( CURRENT == 2 )); then
    _values command ${Object.keys(commands).join(' ')} help
    return
  fi
  case $words[2] in
${cases}
  esac
}
compdef _lectern lectern
`;
}

function fish(commands: Record<string, CommandSpec>): string {
  const lines = [
    '# lectern completion for fish. Load it with: lectern completion fish | source',
    'function __lectern_decks; for f in slides/*/deck.yaml; string replace -r "^slides/(.*)/deck.yaml$" "$1" $f; end; end',
    'complete -c lectern -f',
    `complete -c lectern -n __fish_use_subcommand -a "${Object.keys(commands).join(' ')} help"`,
  ];
  for (const [name, spec] of Object.entries(commands)) {
    const when = `-n "__fish_seen_subcommand_from ${name}"`;
    for (const flag of spec.flags) {
      const list = spec.values?.[flag];
      lines.push(`complete -c lectern ${when} -l ${flag}${list ? ` -x -a "${list.join(' ')}"` : ''}`);
    }
    if (spec.positional === 'inputs') lines.push(`complete -c lectern ${when} -F -a "(__lectern_decks)"`);
    if (spec.positional === 'files') lines.push(`complete -c lectern ${when} -F`);
  }
  return `${lines.join('\n')}\n`;
}

/** The completion script for `shell`. */
export function completionScript(shell: Shell, commands: Record<string, CommandSpec>): string {
  return shell === 'bash' ? bash(commands) : shell === 'zsh' ? zsh(commands) : fish(commands);
}
