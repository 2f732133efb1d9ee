// scripts/stages/labels.ts: the words lectern adds, in the deck's language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labels } from '../../scripts/stages/labels.ts';
import { continuationTitles } from '../../scripts/stages/measure-deck.ts';
import type { Deck } from '../../scripts/types.ts';

describe('labels', () => {
  it("speaks the deck's language, by its primary subtag and whatever its case", () => {
    assert.equal(labels('fr-CA').agenda, 'Plan');
    assert.equal(labels('DE').summary, 'Zusammenfassung');
    assert.equal(labels('nl').continued, '(vervolg)');
    assert.equal(labels('ru').introduction, 'Введение');
    assert.equal(labels('ja').continued, '(続き)');
    assert.equal(labels('zh-Hans').agenda, '目录');
  });
  it('falls back to English for a language it has no words for', () => {
    assert.deepEqual(labels('sw'), labels('en'));
    assert.deepEqual(labels(''), { agenda: 'Agenda', summary: 'Summary', introduction: 'Introduction', continued: '(cont.)' });
  });
});

describe("check's continuation titles", () => {
  it('are known in every language lectern labels', () => {
    const slide = (id: string, title: string) => ({ id, layout: 'section', section: 'Сортировка', body: `# ${title}\n\n- x`, notes: '' });
    const deck = {
      name: 'd',
      meta: {},
      slides: [
        slide('a', 'Сортировка'),
        slide('a-2', 'Сортировка (продолжение)'),
        slide('b', 'ソート'),
        slide('b-2', 'ソート (続き)'),
        slide('c-2', 'Other (suite)'),
      ],
    } as unknown as Deck;
    assert.deepEqual(continuationTitles(deck).continued, ['a-2', 'b-2']);
  });

  it("count a long heading's opening words as its continuation ('V čem spočívá hlavní rozdíl mezi… (pokr.)')", () => {
    const slide = (id: string, title: string) => ({
      id,
      layout: 'section',
      section: 'V čem spočívá hlavní rozdíl mezi registrovanou a latentní kriminalitou?',
      body: `# ${title}\n\n- x`,
      notes: '',
    });
    const deck = {
      name: 'd',
      meta: {},
      slides: [
        slide('q', 'V čem spočívá hlavní rozdíl mezi registrovanou a latentní kriminalitou?'),
        slide('q-2', 'V čem spočívá hlavní rozdíl mezi… (pokr.)'),
        slide('q-3', 'Jiná otázka… (pokr.)'),
      ],
    } as unknown as Deck;
    assert.deepEqual(continuationTitles(deck).continued, ['q-2']);
  });

  it('counts a "(n/m)" title that lectern made, not one that is the author\'s own heading', () => {
    const slide = (id: string, title: string) => ({ id, layout: 'section', section: 'Proofs', body: `# ${title}\n\n- x`, notes: '' });
    const deck = { name: 'd', meta: {}, slides: [slide('p', 'Proving it (1/2)'), slide('s', 'Shell Scripting (3/32)')] } as unknown as Deck;
    const source = '# Proofs\n\n## Proving it (1/2) {.smaller}\n\nText.\n\n## Shell Scripting\n\nMore.\n';
    assert.deepEqual(continuationTitles(deck, source).numbered, ['s']);
    assert.deepEqual(continuationTitles(deck).numbered, ['p', 's']);
  });
});
