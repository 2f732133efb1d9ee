// The url() references of a stylesheet, read in one place: custom-css.ts
// copies the files a workspace stylesheet names, single-file.ts finds the
// fonts and pictures a deck's stylesheets name, inline-html.ts turns them
// into data: URIs, and the library page drops them. Pure: text in, text out.

/** `url(x)`, `url("x")`, `url('x')`: the quote and the reference as written. */
const cssUrl = /url\(\s*(['"]?)([^'")]*)\1\s*\)/giu;

/** A reference without its query or fragment ("fonts/x.woff2?v=2#iefix" -> "fonts/x.woff2"). */
export const urlPath = (ref: string): string => ref.replace(/[?#].*$/u, '');

/** Whether a reference is a data: URL (kept as it is wherever a stylesheet goes). */
export const isDataUrl = (ref: string): boolean => /^\s*data:/iu.test(ref);

/** The references of a stylesheet's url()s, as written, in order. */
export function cssUrlRefs(css: string): string[] {
  return [...css.matchAll(cssUrl)].map((m) => m[2] ?? '');
}

/** The stylesheet with each url() replaced by what `change` returns for its reference (the whole url() to keep it). */
export function mapCssUrls(css: string, change: (ref: string, whole: string) => string): string {
  return css.replace(cssUrl, (whole, _quote: string, ref: string) => change(ref, whole));
}
