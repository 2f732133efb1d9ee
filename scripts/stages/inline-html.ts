// One self-contained HTML file from a built deck: its scripts, styles, fonts
// and images inlined, so it works offline from file:// with no file beside it.
// Pure: the caller reads the files the page refers to.
import { createHash } from 'node:crypto';
import { isDataUrl, mapCssUrls, urlPath } from './css-urls.ts';

export interface Asset {
  mime: string;
  bytes: Uint8Array;
}

/** Files of the dist folder by relative path ("assets/deck.css"). */
export type AssetLookup = (path: string) => Asset | undefined;

const dataUri = (asset: Asset): string => `data:${asset.mime};base64,${Buffer.from(asset.bytes).toString('base64')}`;

function resolvePath(from: string, ref: string): string {
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (base + ref).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** A stylesheet with its url(...) references (fonts, images) turned into data: URIs. */
function inlineCss(path: string, css: string, lookup: AssetLookup): string {
  return mapCssUrls(css, (ref, whole) => {
    if (ref === '' || isDataUrl(ref) || ref.startsWith('#')) return whole;
    const asset = lookup(resolvePath(path, urlPath(ref)));
    return asset ? `url("${dataUri(asset)}")` : whole;
  });
}

const text = (asset: Asset): string => Buffer.from(asset.bytes).toString('utf8');

/** Inlines a built deck page; scripts inlined are allowed by their hash in the page's CSP. */
export function inlineHtml(html: string, lookup: AssetLookup): string {
  const hashes: string[] = [];
  let out = html.replace(/<link rel="stylesheet" href="([^"]+)">/gu, (whole, href: string) => {
    const asset = lookup(href);
    return asset ? `<style>\n${inlineCss(href, text(asset), lookup).replace(/<\/style/giu, '<\\/style')}\n</style>` : whole;
  });
  out = out.replace(/<script src="([^"]+)"><\/script>/gu, (whole, src: string) => {
    const asset = lookup(src);
    if (!asset) return whole;
    // A script element ends at the first "</script": the bundle must not contain one.
    const code = text(asset).replace(/<\/script/giu, '<\\/script');
    hashes.push(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    return `<script>${code}</script>`;
  });
  out = out.replace(/<img src="([^"]+)"/gu, (whole, src: string) => {
    const asset = lookup(src);
    return asset ? `<img src="${dataUri(asset)}"` : whole;
  });
  return out.replace(/script-src 'self'/u, `script-src ${hashes.join(' ')}`);
}
