// The author when neither a flag, the document nor the manifest names one:
// the name the user already gave git, else their login name. Git's config
// files are read directly (the repository's, then the user's): starting git
// would cost more than an HTML build.
import { readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

function userNameIn(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let inUser = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const section = /^\[([^\]\s"]+)[^\]]*\]$/u.exec(line);
    if (section) {
      inUser = section[1]?.toLowerCase() === 'user';
      continue;
    }
    const m = /^name\s*=\s*(.*)$/iu.exec(line);
    if (inUser && m?.[1]) return m[1].replace(/^"(.*)"$/u, '$1').trim() || null;
  }
  return null;
}

export function defaultAuthor(workspace = process.cwd()): string | null {
  const home = homedir();
  const files = [join(workspace, '.git', 'config'), join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'git', 'config'), join(home, '.gitconfig')];
  for (const file of files) {
    const name = userNameIn(file);
    if (name) return name;
  }
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
