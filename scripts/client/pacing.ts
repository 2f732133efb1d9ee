// A pacing bar in reveal.js's speaker view: the talk as a row of slides, each
// as wide as its share of the time (data-timing, from its notes and the
// talk's length), the slides done and the current one marked, and a line for
// where the talk should be by now. Beside it: ahead, on time or behind, by how
// much. The speaker view is a same-origin window the notes plugin opens; this
// script (the deck's own) finds it and draws into it, so no script runs there.

interface Deck {
  on(event: string, callback: () => void): void;
  getIndices(): { h: number };
  getSlides(): HTMLElement[];
}

const clock = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function element(doc: Document, tag: string, style: Partial<CSSStyleDeclaration>, className?: string): HTMLElement {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  Object.assign(el.style, style);
  return el;
}

/** Draws and keeps the bar up to date in the speaker window `win`. */
function attach(win: Window, deck: Deck): void {
  let tries = 0;
  const wait = window.setInterval(() => {
    tries += 1;
    if (win.closed || tries > 200) return window.clearInterval(wait);
    const controls = win.document.querySelector('#speaker-controls');
    if (!controls) return;
    window.clearInterval(wait);
    draw(win, controls, deck);
  }, 50);
}

function draw(win: Window, controls: Element, deck: Deck): void {
  const doc = win.document;
  const timings = deck.getSlides().map((s) => Math.max(1, Number(s.dataset.timing) || 0));
  const total = timings.reduce((a, b) => a + b, 0);
  const starts = timings.map((_, i) => timings.slice(0, i).reduce((a, b) => a + b, 0));
  let started = Date.now();

  const box = element(
    doc,
    'div',
    { padding: '10px 14px 12px', borderBottom: '1px solid rgba(200, 200, 200, 0.5)', fontFamily: 'Helvetica, Arial, sans-serif' },
    'lectern-pacing',
  );
  const label = element(doc, 'div', { fontSize: '12px', textTransform: 'uppercase', letterSpacing: '0.05em', color: '#555', marginBottom: '6px' });
  label.textContent = `Pacing · ${clock(total)} in all`;
  const track = element(doc, 'div', { position: 'relative', display: 'flex', gap: '2px', height: '18px' }, 'lectern-pacing-track');
  const segments = timings.map((t, i) => {
    const segment = element(doc, 'div', { flex: `${t} 1 0`, minWidth: '2px', borderRadius: '2px', background: '#ddd' }, 'lectern-pacing-slide');
    segment.title = `Slide ${i + 1}: ${clock(t)}`;
    track.appendChild(segment);
    return segment;
  });
  const now = element(
    doc,
    'div',
    { position: 'absolute', top: '-4px', bottom: '-4px', width: '3px', marginLeft: '-1px', background: '#111', borderRadius: '1px' },
    'lectern-pacing-now',
  );
  track.appendChild(now);
  const status = element(doc, 'div', { fontSize: '18px', marginTop: '8px', fontWeight: 'bold' }, 'lectern-pacing-status');
  box.append(label, track, status);
  controls.insertBefore(box, controls.firstChild);

  const update = (): void => {
    if (win.closed) return;
    const index = Math.min(deck.getIndices().h, timings.length - 1);
    const elapsed = (Date.now() - started) / 1000;
    segments.forEach((segment, i) => {
      segment.style.background = i < index ? '#8a9bb0' : i === index ? '#a63d26' : '#ddd';
    });
    now.style.left = `${Math.min(100, (elapsed / total) * 100)}%`;
    const from = starts[index] ?? 0;
    const to = from + (timings[index] ?? 0);
    // Ahead while the slide comes before its time, behind once its time has passed.
    const [text, colour] =
      elapsed < from
        ? [`${clock(from - elapsed)} ahead`, '#1f7a3a']
        : elapsed <= to
          ? ['On time', '#1f7a3a']
          : [`${clock(elapsed - to)} behind`, elapsed - to > 120 ? '#b42318' : '#b45309'];
    status.textContent = `${text} · slide ${index + 1} planned ${clock(from)}–${clock(to)}`;
    status.style.color = colour;
    box.dataset.state = elapsed < from ? 'ahead' : elapsed <= to ? 'on-time' : 'behind';
    box.dataset.slide = String(index);
  };
  // The speaker view's own reset button restarts its timer: the bar follows it.
  doc.querySelector('.speaker-controls-time .reset-button')?.addEventListener('click', () => {
    started = Date.now();
    update();
  });
  deck.on('slidechanged', update);
  update();
  const tick = window.setInterval(() => (win.closed ? window.clearInterval(tick) : update()), 1000);
}

/** Watches for the speaker view to open and adds the pacing bar to it. */
export function startPacing(deck: Deck): void {
  const open = window.open.bind(window);
  window.open = (url?: string | URL, target?: string, features?: string): Window | null => {
    const win = open(url, target, features);
    if (win && target === 'reveal.js - Notes') attach(win, deck);
    return win;
  };
}
