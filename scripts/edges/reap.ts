// Browsers this process started that are still running when it stops after a
// failure or a signal: a browser that hangs at start (Playwright gives up on
// it after --timeout but leaves it running), or one whose thread was stopped
// with the process. Each is killed with its process group, and its profile
// folder removed. Linux only (it reads /proc); synchronous, for signal
// handlers and the last moments of the process.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, resolve } from 'node:path';

interface Child {
  pid: number;
  args: string[];
}

function childrenOf(parent: number): Child[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children: Child[] = [];
  for (const entry of entries) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: the command name may hold spaces and parentheses, so read after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== parent) continue;
      children.push({ pid: Number(entry), args: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean) });
    } catch {
      // the process ended meanwhile
    }
  }
  return children;
}

/** Kills the browsers this process launched that are still running, and removes their temporary profiles. */
export function reapBrowsers(): number {
  let reaped = 0;
  for (const child of childrenOf(process.pid)) {
    // Playwright starts every browser with a pipe for its protocol and a profile of its own.
    if (!child.args.includes('--remote-debugging-pipe')) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    reaped += 1;
    const profile = child.args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    // Only a temporary profile Playwright made is removed, never a folder the user named.
    if (profile && dirname(resolve(profile)) === resolve(tmpdir()) && basename(profile).startsWith('playwright_chromiumdev_profile-')) {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return reaped;
}
