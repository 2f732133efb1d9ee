// The author when neither a flag, the document nor the manifest names one:
// the name the user already gave git, else their login name.
import { spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';

export function defaultAuthor(): string | null {
  const git = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8', timeout: 2000 });
  const name = git.status === 0 ? git.stdout.trim() : '';
  if (name !== '') return name;
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
