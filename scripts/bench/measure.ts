// Runs a command and measures it as a whole, with every process it starts:
// wall time, CPU time and peak resident memory of the process tree. A process
// is followed from the moment it is seen as a descendant until it exits, even
// after it is orphaned (Chromium's renderers outlive their parent at close),
// by sampling /proc every 10 ms. That sampling takes CPU of its own (a
// read of every process's stat a hundred times a second), which a command
// using both of a small machine's cores feels: an HTML-only build of 200
// slides took 447 ms sampled against 377 ms alone (median of 9). So wall
// time is measured by timed(), with nothing else running, and CPU time and
// memory by measure().
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measure {
  wallMs: number;
  cpuMs: number;
  /** Peak of the resident memory of every process, summed (pages shared between processes count once per process). */
  peakMB: number;
  /** Peak of the proportional set size, summed: shared pages split between the processes sharing them, so counted once overall. */
  peakPssMB: number;
  code: number;
  stderr: string;
}

const ticksPerSecond = 100;
const pageKB = 4;

function readStat(pid: number): { ppid: number; cpuTicks: number; rssKB: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the name: state(0) ppid(1) ... utime(11) stime(12) ... rss(21) in pages.
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssKB: Number(fields[21]) * pageKB };
  } catch {
    return null;
  }
}

function readPssKB(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/mu.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The command started, the time it started at, and what it has written to stderr so far. */
function start(command: string, args: string[], cwd: string, env: Record<string, string>): { child: ChildProcess; started: bigint; stderr: () => string } {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let written = '';
  child.stderr?.on('data', (c: Buffer) => {
    written += c.toString();
  });
  return { child, started, stderr: () => written };
}

/**
 * Measures a command as above; `also` are processes that work for it without
 * being its children (lectern's background process): their CPU time while the
 * command runs and their memory count as the command's.
 */
export function measure(command: string, args: string[], cwd: string, env: Record<string, string> = {}, also: number[] = []): Promise<Measure> {
  return new Promise((resolve) => {
    const baseline = new Map(also.map((pid) => [pid, readStat(pid)?.cpuTicks ?? 0]));
    const { child, started, stderr } = start(command, args, cwd, env);
    const tracked = new Map<number, number>();
    tracked.set(child.pid ?? -1, 0);
    for (const pid of also) tracked.set(pid, baseline.get(pid) ?? 0);
    let peakKB = 0;
    let peakPssKB = 0;
    let samples = 0;
    const sample = (): void => {
      samples += 1;
      const parents = new Map<number, number>();
      const stats = new Map<number, { cpuTicks: number; rssKB: number }>();
      for (const name of readdirSync('/proc')) {
        if (!/^\d+$/u.test(name)) continue;
        const pid = Number(name);
        const stat = readStat(pid);
        if (!stat) continue;
        parents.set(pid, stat.ppid);
        stats.set(pid, stat);
      }
      // Newly seen descendants of anything tracked.
      let grew = true;
      while (grew) {
        grew = false;
        for (const [pid, ppid] of parents) {
          if (!tracked.has(pid) && tracked.has(ppid)) {
            tracked.set(pid, 0);
            grew = true;
          }
        }
      }
      let rss = 0;
      for (const pid of tracked.keys()) {
        const stat = stats.get(pid);
        if (!stat) continue;
        tracked.set(pid, stat.cpuTicks);
        rss += stat.rssKB;
      }
      peakKB = Math.max(peakKB, rss);
      // PSS costs the kernel a walk of each process's pages: every 5th sample (50 ms).
      if (samples % 5 === 1) {
        let pss = 0;
        for (const pid of tracked.keys()) if (stats.has(pid)) pss += readPssKB(pid);
        peakPssKB = Math.max(peakPssKB, pss);
      }
    };
    const timer = setInterval(sample, 10);
    sample();
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      // Orphans may still be exiting: follow them a little longer.
      const finish = (): void => {
        sample();
        const alive = [...tracked.keys()].some((pid) => !baseline.has(pid) && readStat(pid) !== null);
        if (alive && Number(process.hrtime.bigint() - started) / 1e6 < wallMs + 2000) {
          setTimeout(finish, 10);
          return;
        }
        clearInterval(timer);
        const ticks = [...tracked].reduce((sum, [pid, t]) => sum + t - (baseline.get(pid) ?? 0), 0);
        const cpuMs = (ticks * 1000) / ticksPerSecond;
        resolve({ wallMs, cpuMs, peakMB: peakKB / 1024, peakPssMB: peakPssKB / 1024, code: code ?? -1, stderr: stderr() });
      };
      finish();
    });
  });
}

/** Runs a command with nothing watching it, for its wall time alone (CPU and memory: measure()). */
export function timed(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Measure> {
  return new Promise((resolve) => {
    const { child, started, stderr } = start(command, args, cwd, env);
    child.on('exit', (code) => {
      resolve({ wallMs: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: 0, peakMB: 0, peakPssMB: 0, code: code ?? -1, stderr: stderr() });
    });
  });
}

export { median } from '../stages/numbers.ts';

/**
 * lectern's background processes (scripts/background.mjs) whose environment
 * holds every one of `environment` (`NAME=value`), with the socket each
 * listens at. Linux: it reads /proc.
 */
export function backgroundProcesses(environment: string[]): { pid: number; socket: string }[] {
  const found: { pid: number; socket: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      const at = command.indexOf('--lectern-background');
      if (at < 0) continue;
      const own = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0');
      if (environment.every((entry) => own.includes(entry))) found.push({ pid: Number(name), socket: command[at + 1] ?? '' });
    } catch {
      // a process that exited meanwhile
    }
  }
  return found;
}
