// scripts/stages/render-deck.ts: the deck's page and its Content-Security-Policy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, usesMath } from '../../scripts/stages/render-deck.ts';
import type { RenderedSlide } from '../../scripts/stages/render-slide.ts';

describe('contentSecurityPolicy', () => {
  it('lets nothing in by default, scripts only from the deck and the hashes given, and no connection out', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    const rules = new Map(policy.split('; ').map((r) => [r.split(' ')[0], r.split(' ').slice(1).join(' ')]));
    assert.equal(rules.get('default-src'), "'none'");
    assert.equal(rules.get('script-src'), "'self' 'sha256-abc='");
    assert.equal(rules.get('connect-src'), "'none'");
    assert.equal(rules.get('object-src'), "'none'");
    assert.equal(rules.get('base-uri'), "'none'");
    assert.equal(rules.get('form-action'), "'none'");
    assert.ok(!policy.includes("'unsafe-eval'"));
    assert.ok(!/script-src[^;]*'unsafe-inline'/u.test(policy));
    assert.equal(contentSecurityPolicy([]).split('; ')[1], "script-src 'self'");
  });
});

describe('usesMath', () => {
  const slide = (bodyHtml: string, notesHtml = ''): RenderedSlide => ({
    id: 's',
    layout: 'section',
    title: 'S',
    titleHtml: 'S',
    bodyHtml,
    notesHtml,
    section: null,
  });
  it("is true when a slide's title, body or notes hold KaTeX's output", () => {
    assert.equal(usesMath([slide('<p>plain</p>'), slide('<span class="katex">x</span>')]), true);
    assert.equal(usesMath([slide('', '<span class="katex-display">y</span>')]), true);
    assert.equal(usesMath([slide('<p>the word katex in text</p>')]), false);
  });
});
