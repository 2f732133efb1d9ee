// Mermaid diagrams: a slide's ```mermaid block is its source in a
// <pre class="lectern-mermaid"> (stages/markdown.ts), which Mermaid draws
// here as an SVG before the slides are fitted. Mermaid is a script of its own
// (assets/mermaid.min.js), on pages that have a diagram only. It runs at its
// strict security level: labels are text, no click binds a script, and a
// diagram's own settings cannot loosen that. A diagram Mermaid cannot read
// keeps its source on the slide, as written.

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

/**
 * Draws the page's diagrams (none when the page has none, or no Mermaid), in the colours the page shows now: those
 * not drawn yet, and those drawn in the other variant (the print page sets a dark deck's handout light). Resolves
 * when they are drawn.
 */
export async function drawDiagrams(): Promise<void> {
  const variant = document.body.classList.contains('theme-dark') ? 'dark' : 'light';
  const nodes = [...document.querySelectorAll<HTMLElement>('pre.lectern-mermaid')].filter((n) => n.dataset.variant !== variant);
  const mermaid = (window as unknown as { mermaid?: MermaidApi }).mermaid;
  if (nodes.length === 0 || !mermaid) return;
  // In the slides' colours and typeface (the page's body has none of its own): Mermaid's base theme, given the theme's.
  const slide = getComputedStyle(document.querySelector('section.lectern-slide') ?? document.body);
  const colour = (name: string, otherwise: string): string => slide.getPropertyValue(name).trim() || otherwise;
  const [bg, surface, fg, muted, code] = [
    colour('--lectern-bg', '#ffffff'),
    colour('--lectern-surface', '#f2f2f2'),
    colour('--lectern-fg', '#1d232d'),
    colour('--lectern-muted', '#545b68'),
    colour('--lectern-code-bg', '#efefef'),
  ];
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    fontFamily: slide.fontFamily,
    themeVariables: {
      darkMode: variant === 'dark',
      background: bg,
      fontFamily: slide.fontFamily,
      primaryColor: surface,
      primaryTextColor: fg,
      primaryBorderColor: muted,
      secondaryColor: code,
      tertiaryColor: bg,
      lineColor: muted,
      textColor: fg,
      edgeLabelBackground: bg,
      clusterBkg: code,
      noteBkgColor: code,
      noteTextColor: fg,
    },
    // A diagram it cannot read is left as its source, not replaced by a picture of the error.
    suppressErrorRendering: true,
  });
  // Each is drawn apart from its slide, in Mermaid's own element at the page's foot, then put in place: drawn in the
  // slide, its labels were measured at the scale the slide is shown at (a handout's half size, a small window's), and
  // clipped at any other. In turn: Mermaid draws one diagram at a time.
  for (const [i, node] of nodes.entries()) {
    // Its source, kept for a drawing in the other colours: once drawn, the element holds the picture.
    node.dataset.source ??= node.textContent ?? '';
    node.dataset.variant = variant;
    let drawn: string;
    try {
      drawn = (await mermaid.render(`lectern-diagram-${i}`, node.dataset.source)).svg;
    } catch {
      // A diagram Mermaid cannot read keeps its source.
      continue;
    }
    node.innerHTML = drawn;
    const svg = node.querySelector('svg');
    if (!svg) continue;
    // Set as large as the slide's room lets it be, up to twice the size Mermaid drew it at (its labels then about the
    // size of the slide's text, not larger).
    const box = svg.viewBox.baseVal;
    svg.removeAttribute('height');
    svg.setAttribute('width', '100%');
    svg.style.maxWidth = box.width > 0 ? `${2 * box.width}px` : '';
    svg.style.maxHeight = box.height > 0 ? `${2 * box.height}px` : '';
    node.classList.add('lectern-drawn');
  }
}
