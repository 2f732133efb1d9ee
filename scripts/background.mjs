// lectern's background process: after an HTML-only `lectern build`, the
// command leaves a process behind that keeps lectern loaded and its code
// compiled and warm, for a few minutes. The next such build in any folder
// hands its command line to it over a Unix socket in lectern's private cache
// folder and prints what it answers: a 200-slide deck builds in about half the
// time of a fresh process, which spends most of its time loading and warming up
// code (npm run bench measures both); the process warms up on the document that
// started it before it answers. Nothing else changes: the
// same code builds the same files, in the caller's folder and environment,
// and an interrupted build stops the process, as it would stop the command.
// A process of newer code (lectern updated, a source edited) asks the older
// ones in its folder to leave. LECTERN_DAEMON=0 turns it off. Plain
// JavaScript: it runs before lectern loads.
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// Sockets and child processes are loaded when used: a build that runs in its own process (no background process
// answers, or LECTERN_DAEMON=0) never needs them, and loading node:net and node:child_process takes some 8 ms.
const connect = (path) => process.getBuiltinModule('node:net').connect(path);
const createServer = (listener) => process.getBuiltinModule('node:net').createServer(listener);

/** Minutes a background process waits for work before it exits (LECTERN_DAEMON_IDLE, in seconds, overrides). */
const idleMinutes = 10;

/** Flags whose work needs a browser or stays running: such commands always run in their own process. */
const ownProcess = /^--(?:pdf|png|pptx|handout|watch|debug|help)(?:=|$)|^-h$/u;

/** Whether this command line can be handed to a background process: an HTML-only build. */
export function backgroundWork(argv, env = process.env) {
  if (env.LECTERN_DAEMON === '0' || env.LECTERN_NO_BUNDLE === '1' || process.platform === 'win32') return false;
  return argv[0] === 'build' && argv.length > 1 && !argv.slice(1).some((a) => ownProcess.test(a));
}

/** Seconds of idleness before the background process exits. */
export function idleSeconds(env = process.env) {
  const given = Number(env.LECTERN_DAEMON_IDLE);
  return Number.isFinite(given) && given > 0 ? given : idleMinutes * 60;
}

/**
 * 16 hex digits of `text` (FNV-1a and a second 32-bit multiplicative hash): a name, not a secret. A build handed to the background process
 * never loads node:crypto (some 7 ms of a command that takes a fifth of a second).
 */
export function shortHash(text) {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The socket of the background process that runs this very code: named after
 * Node's version, the command's bundle (its path names its sources' time) and
 * `stamp` (the theme's time, in a repository), so a process of other code is
 * never asked. Null when the path is too long for a socket.
 */
export function socketPath(folder, bundle, stamp, env = process.env) {
  // The locale too: Intl takes it from the environment once, when the process starts.
  const key = shortHash(`${process.version}\0${process.arch}\0${bundle}\0${stamp}\0${idleSeconds(env)}\0${env.LC_ALL ?? ''}\0${env.LANG ?? ''}`);
  const path = join(folder, `bg-${key}.sock`);
  return path.length <= 100 ? path : null;
}

/**
 * Runs the command in the background process at `socket`, printing what it
 * prints. Resolves with its exit code, or null when no process answers (then
 * the command runs here) or one stopped before it said anything.
 */
export function runInBackground(socket, argv) {
  // No socket: no process to ask (nor a module of sockets to load).
  if (!existsSync(socket)) return Promise.resolve(null);
  return new Promise((resolve) => {
    let said = false;
    let done = false;
    const conn = connect(socket);
    const finish = (code) => {
      if (done) return;
      done = true;
      for (const signal of signals) process.removeListener(signal, interrupted);
      resolve(code);
    };
    // Ctrl+C: the background process stops the build (it removes its staging folders and locks) and exits.
    const interrupted = (signal) => {
      conn.destroy();
      process.stderr.write(`lectern: interrupted (${signal}); the previous output is unchanged\n`);
      process.exit(130);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    conn.on('connect', () => {
      for (const signal of signals) process.once(signal, interrupted);
      const request = {
        argv,
        cwd: process.cwd(),
        env: process.env,
        tty: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
        columns: process.stderr.columns ?? process.stdout.columns ?? 0,
        umask: process.umask(),
      };
      conn.write(`${JSON.stringify(request)}\n`);
    });
    let buffered = '';
    conn.setEncoding('utf8');
    conn.on('data', (chunk) => {
      buffered += chunk;
      let end;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
        said = true;
        if (typeof message.o === 'string') process.stdout.write(message.o);
        else if (typeof message.e === 'string') process.stderr.write(message.e);
        else if (typeof message.exit === 'number') {
          conn.end();
          finish(message.exit);
        }
      }
    });
    conn.on('error', () => undefined);
    conn.on('close', () => {
      if (done) return;
      if (!said) return finish(null);
      process.stderr.write('lectern: the background process stopped during the build: run the command again (LECTERN_DAEMON=0 runs it without one)\n');
      finish(1);
    });
  });
}

/** Makes the process's environment `env`, in place (os.homedir() and child processes read the real one). */
function setEnvironment(env) {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (typeof value === 'string' && process.env[key] !== value) process.env[key] = value;
}

/**
 * Starts a background process for `socket`, detached from this command (it outlives it); it warms up on `document`
 * (the one this command built) before it answers.
 */
export function startBackground(launcher, socket, cwd, document = null) {
  try {
    const child = process
      .getBuiltinModule('node:child_process')
      .spawn(process.execPath, [launcher, '--lectern-background', socket, ...(document ? ['--warm-up', document] : [])], {
        cwd,
        detached: true,
        stdio: 'ignore',
        env: process.env,
      });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // the next build runs in its own process again
  }
}

/** The largest document the background process warms up on (a larger one plans on a worker thread, edges/planner.ts). */
const warmUpBytes = 512 * 1024;

/**
 * Builds `document` (HTML only) into a temporary folder, removed after, up to three times and for about a second and a
 * half at most, printing nothing: the code a build runs is compiled and optimised before the process answers. Without
 * it, the first builds it answered ran cold: 200 slides took 0.41, 0.32 and 0.22 s, then 0.20 s.
 */
export async function warmUp(cli, document) {
  let size;
  try {
    size = statSync(document).size;
  } catch {
    return;
  }
  if (size > warmUpBytes) return;
  const own = { stdout: process.stdout.write, stderr: process.stderr.write, cwd: process.cwd() };
  const dir = mkdtempSync(join(tmpdir(), 'lectern-warm-up-'));
  // Stopped meanwhile (leave() exits): the folder goes too.
  const removeFolder = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeFolder);
  process.stdout.write = () => true;
  process.stderr.write = () => true;
  try {
    process.chdir(dir);
    const start = Date.now();
    for (let run = 0; run < 3 && Date.now() - start < 1500; run += 1) {
      if ((await cli.main(['build', document, '--deck', 'warm-up'], { background: true })) !== 0) break;
    }
  } catch {
    // a document that does not build: the process answers cold
  } finally {
    process.stdout.write = own.stdout;
    process.stderr.write = own.stderr;
    process.chdir(own.cwd);
    process.removeListener('exit', removeFolder);
    removeFolder();
  }
}

/**
 * The background process: answers commands at `socket`, one at a time, with
 * the command's `main` (and `interrupt`, which removes what a build holds),
 * until it has been idle for `idleSeconds`.
 */
export async function serveInBackground(cli, socket, env = process.env, document = null) {
  const idleMs = idleSeconds(env) * 1000;
  const own = { env: { ...process.env }, stdout: process.stdout.write, stderr: process.stderr.write, cwd: process.cwd(), umask: process.umask() };
  let queue = Promise.resolve();
  let busy = 0;
  let timer = null;
  let stopping = false;
  const leave = () => {
    try {
      unlinkSync(socket);
    } catch {
      // gone already
    }
    process.exit(0);
  };
  const idle = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (busy === 0) leave();
    }, idleMs);
  };

  async function answer(conn, request) {
    if (conn.destroyed) return;
    const send = (message) => {
      if (!conn.destroyed) conn.write(`${JSON.stringify(message)}\n`);
    };
    let running = true;
    // The caller went away (Ctrl+C) mid-build: stop as the command itself would, leaving the previous output.
    conn.on('close', () => {
      if (!running) return;
      cli.interrupt();
      leave();
    });
    const writer = (key) => (chunk, encoding, callback) => {
      send({ [key]: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8') });
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') done();
      return true;
    };
    let code = 1;
    try {
      process.chdir(request.cwd);
      setEnvironment(request.env);
      if (Number.isInteger(request.umask)) process.umask(request.umask);
      process.stdout.write = writer('o');
      process.stderr.write = writer('e');
      Object.defineProperty(process.stdout, 'isTTY', { value: request.tty?.stdout === true, configurable: true, writable: true });
      Object.defineProperty(process.stderr, 'isTTY', { value: request.tty?.stderr === true, configurable: true, writable: true });
      Object.defineProperty(process.stderr, 'columns', { value: request.columns || undefined, configurable: true, writable: true });
      if (request.argv.includes('--verbose'))
        send({ e: `lectern: built by lectern's background process (pid ${process.pid}); LECTERN_DAEMON=0 builds in a process of its own\n` });
      code = await cli.main(request.argv, { background: true });
    } catch (error) {
      send({ e: `lectern: unexpected failure in the background process: ${error?.message ?? error}. Run again with LECTERN_DAEMON=0\n` });
    } finally {
      running = false;
      process.stdout.write = own.stdout;
      process.stderr.write = own.stderr;
      setEnvironment(own.env);
      process.umask(own.umask);
      try {
        process.chdir(own.cwd);
      } catch {
        // the launcher's folder went away: the next request sets its own
      }
    }
    send({ exit: code });
    conn.end();
  }

  const server = createServer((conn) => {
    let buffered = '';
    conn.setEncoding('utf8');
    conn.on('error', () => undefined);
    const onData = (chunk) => {
      buffered += chunk;
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      conn.removeListener('data', onData);
      let request;
      try {
        request = JSON.parse(buffered.slice(0, end));
      } catch {
        conn.destroy();
        return;
      }
      // A process of newer code took over this folder: this one leaves once its work is done.
      if (request.stop === true) {
        conn.end();
        stopping = true;
        if (busy === 0) leave();
        return;
      }
      busy += 1;
      queue = queue
        .then(() => answer(conn, request))
        .catch(() => undefined)
        .finally(() => {
          busy -= 1;
          if (stopping && busy === 0) leave();
          else idle();
        });
    };
    conn.on('data', onData);
  });
  server.on('error', (error) => {
    if (error.code !== 'EADDRINUSE') process.exit(1);
    // A socket is there: another process answers (this one is not needed), or one that stopped left it.
    const probe = connect(socket);
    probe.on('connect', () => process.exit(0));
    probe.on('error', () => {
      try {
        unlinkSync(socket);
      } catch {
        process.exit(1);
      }
      server.listen(socket);
    });
  });
  // Stopped (kill, a shutdown): a build under way is stopped as the command's own would be.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'])
    process.once(signal, () => {
      if (busy > 0) cli.interrupt();
      leave();
    });
  server.on('listening', () => {
    try {
      chmodSync(socket, 0o600);
    } catch {
      // the folder is private already
    }
    idle();
    // The processes of older code in this folder (a lectern updated, a source edited) are asked to leave: only this one
    // answers from now on, and they would otherwise wait out their idle time.
    for (const name of readdirSync(dirname(socket))) {
      const other = join(dirname(socket), name);
      if (!/^bg-[0-9a-f]{16}\.sock$/u.test(name) || other === socket) continue;
      const conn = connect(other);
      conn.on('connect', () => conn.end(`${JSON.stringify({ stop: true })}\n`));
      // A socket no process listens at any more (one that was killed) is removed.
      conn.on('error', (error) => {
        if (error.code === 'ECONNREFUSED') {
          try {
            unlinkSync(other);
          } catch {
            // gone already
          }
        }
      });
    }
  });
  // Warm first, then listen: a build that comes meanwhile finds no process and runs in its own.
  if (document) {
    busy += 1;
    await warmUp(cli, document);
    busy -= 1;
  }
  server.listen(socket);
}
