// The preview server: serves a dist folder on 127.0.0.1, adds a live-reload
// script to HTML pages, and pushes "reload" and "failure" events to open pages
// over server-sent events. node:http rather than esbuild's server: lectern's
// build is not an esbuild build, and the pages need events of lectern's own.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { usageError } from '../errors.ts';
import { mediaTypeOf } from './files.ts';

/** The Content-Type to serve a file with: text in UTF-8. */
const contentType = (path: string): string => {
  const type = mediaTypeOf(path) ?? 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
};

// Runs in the page. On "reload" it fetches the rebuilt page and swaps the
// slides in place (reveal.js keeps its state, the slide stays by its id): much
// faster than reloading the page, which it still does for a theme change
// ("reload-full") or when the swap is not possible. A reload may carry a
// notice (edited slides kept while the document changed), shown for a while
// at the foot of the page; a reload that carries none (the slide files the
// new plan wrote, a moment later) leaves it there. On "failure" it shows the build error over the deck. Connected
// again after a dropped connection, it takes the slides as they are now (an event sent meanwhile is lost), and the
// server says the last build's error again to a page that connects while it stands: it stays over the deck.
const liveScript = `(() => {
  const events = new EventSource('/__lectern/events');
  let box = null;
  let note = null;
  const full = () => location.reload();
  const notice = (text) => {
    if (text === 'changed') return;
    if (note) note.remove();
    note = document.body.appendChild(document.createElement('div'));
    note.className = 'lectern-notice';
    note.setAttribute('style', 'position:fixed;left:0;right:0;bottom:0;z-index:98;padding:12px 20px;background:#78350f;color:#fff;font:15px/1.4 sans-serif;cursor:pointer');
    note.textContent = 'lectern: ' + text;
    const shown = note;
    shown.addEventListener('click', () => shown.remove());
    setTimeout(() => shown.remove(), 15000);
  };
  events.addEventListener('reload-full', full);
  let failures = 0;
  const take = async (data) => {
    const seen = failures;
    try {
      const response = await fetch(location.pathname, { cache: 'no-store' });
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      const incoming = next.querySelector('.reveal .slides');
      const current = document.querySelector('.reveal .slides');
      if (!incoming || !current || !window.lectern || !window.lectern.refresh) return full();
      // A page that now needs a script this one has not loaded (Mermaid, for a first diagram) loads whole.
      for (const script of next.querySelectorAll('head script[src]'))
        if (!document.querySelector('script[src="' + script.getAttribute('src') + '"]')) return full();
      const id = (document.querySelector('.reveal .slides > section.present') || {}).id;
      current.innerHTML = incoming.innerHTML;
      document.title = next.title;
      for (const link of document.querySelectorAll('link[rel=stylesheet]')) {
        const href = link.getAttribute('href').split('?')[0];
        if (!href.endsWith('deck.css')) link.setAttribute('href', href + '?v=' + Date.now());
      }
      for (const link of next.querySelectorAll('link[rel=stylesheet]')) {
        const href = link.getAttribute('href');
        if (!document.querySelector('link[href^="' + href + '"]')) document.head.appendChild(link.cloneNode());
      }
      if (box && failures === seen) { box.remove(); box = null; }
      window.lectern.refresh(id);
      notice(data);
    } catch (error) {
      full();
    }
  };
  events.addEventListener('reload', (event) => take(event.data));
  // The browser connects again after a dropped connection (a busy machine, a server that paused): what was sent
  // meanwhile is lost, so the page takes the deck as it is now.
  let opened = false;
  events.addEventListener('open', () => {
    if (opened) take('changed');
    opened = true;
  });
  events.addEventListener('failure', (event) => {
    failures += 1;
    box = box || document.body.appendChild(document.createElement('pre'));
    box.setAttribute('style', 'position:fixed;left:0;right:0;bottom:0;z-index:99;margin:0;padding:16px 20px;background:#7f1d1d;color:#fff;font:16px/1.4 monospace;white-space:pre-wrap');
    box.textContent = 'lectern: ' + event.data;
  });
})();
`;

export interface PreviewServer {
  url: string;
  /** Tells every open page to take the new slides (`full`: to reload, after a theme change), with a notice to show if any. */
  reload(full?: boolean, notice?: string): void;
  /** Shows a build error in every open page. */
  fail(message: string): void;
  close(): Promise<void>;
}

/** The most headers a request to the preview server may carry (a browser's carry about twenty). */
const maxHeaders = 100;

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** A server-sent event as the stream carries it: its name, each line of its data, a blank line. */
const eventText = (event: string, data: string): string =>
  `event: ${event}\n${data
    .split('\n')
    .map((l) => `data: ${l}`)
    .join('\n')}\n\n`;

export async function startServer(root: () => string, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  // The last build's error while it stands: a page that connects meanwhile (again, after a dropped connection) is told.
  let failing: string | null = null;
  let actual = port;
  const server: Server = createServer((req, res) => {
    // Every request answers, whatever it holds: a malformed one gets 400, a failure 500, never a crash.
    res.on('error', () => undefined);
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    // Too many headers are refused: Node's parser takes 2,000 of them (22 KB, past its own 16 KB) and answers, keeping
    // some and dropping the rest. A browser sends a score of headers; no page of this server needs a hundred.
    if (req.rawHeaders.length > 2 * maxHeaders) return send(res, 431, 'Request header fields too large');
    // Only pages of this server, by its own name: another site's page cannot read the deck through a name it controls.
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${actual}` && host !== `localhost:${actual}`) return send(res, 403, 'Forbidden');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(res, 400, 'Bad request');
    }
    if (path.includes('\0')) return send(res, 400, 'Bad request');
    if (path === '/__lectern/live.js') return send(res, 200, liveScript, contentType('live.js'));
    if (path === '/__lectern/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      if (failing !== null) res.write(eventText('failure', failing));
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return undefined;
    }
    const base = root();
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep) && file !== base) return send(res, 403, 'Forbidden');
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'Not found');
      const body = await readFile(file);
      const type = contentType(file);
      if (type.startsWith('text/html')) {
        // The live script needs to connect back to this server for its events.
        const html = body
          .toString('utf8')
          .replace("connect-src 'none'", "connect-src 'self'")
          .replace('</body>', '<script src="/__lectern/live.js"></script>\n</body>');
        return send(res, 200, html, type);
      }
      return send(res, 200, body, type);
    } catch {
      return send(res, 404, 'Not found');
    }
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? usageError(`Port ${port} on 127.0.0.1 is already in use`, 'Pass --port N with another number, or stop the program that uses it')
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  actual = typeof address === 'object' && address ? address.port : port;
  const broadcast = (event: string, data: string): void => {
    for (const client of clients) client.write(eventText(event, data));
  };
  return {
    url: `http://127.0.0.1:${actual}/`,
    reload: (full = false, notice?: string) => {
      failing = null;
      broadcast(full ? 'reload-full' : 'reload', notice ?? 'changed');
    },
    fail: (message) => {
      failing = message;
      broadcast('failure', message);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
        // Stopping ends every connection now: one a client left open (a request half sent, a page kept alive) would hold
        // server.close() until Node's own timeouts, minutes later, and Ctrl+C would seem not to work.
        server.closeAllConnections();
      }),
  };
}
