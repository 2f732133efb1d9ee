// scripts/stages/outline.ts: the PDFs' bookmarks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planOutline } from '../../scripts/stages/outline.ts';
import type { OutlineEntry } from '../../scripts/types.ts';
import { deck, slide } from './helpers.ts';

const shape = (entries: OutlineEntry[]): unknown[] => entries.map((e) => (e.children.length > 0 ? [e.title, e.slide, shape(e.children)] : [e.title, e.slide]));

describe('planOutline', () => {
  it('lists the title, the agenda and each section; a section of several slides lists them under it', () => {
    const outline = planOutline(
      deck('d', [
        slide('title', { layout: 'title', body: '# The *Talk*' }),
        slide('agenda', { layout: 'agenda', section: 'Agenda', body: '# Agenda\n\n- Causes\n- Effects' }),
        slide('causes', { section: 'Causes', body: '# Causes' }),
        slide('causes-2', { section: 'Causes', body: '# Economic causes' }),
        slide('effects', { section: 'Effects', body: '# Effects' }),
        slide('picture', { section: null, body: '![only a picture](p.png)' }),
      ]),
    );
    assert.deepEqual(shape(outline), [
      ['The Talk', 'title'],
      ['Agenda', 'agenda'],
      [
        'Causes',
        'causes',
        [
          ['Causes', 'causes'],
          ['Economic causes', 'causes-2'],
        ],
      ],
      ['Effects', 'effects'],
      ['picture', 'picture'],
    ]);
  });
});
