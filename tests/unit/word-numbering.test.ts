// scripts/stages/word-numbering.ts: the numbers a Word document's ordered lists start at, as Word counts them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { orderedListStarts, withListStarts, type XmlNode } from '../../scripts/stages/word-numbering.ts';

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (text: string): XmlNode => new DOMParser().parseFromString(text, 'application/xml') as unknown as XmlNode;
const level = (ilvl: number, format: string, start?: number): string =>
  `<w:lvl w:ilvl="${ilvl}">${start === undefined ? '' : `<w:start w:val="${start}"/>`}<w:numFmt w:val="${format}"/></w:lvl>`;
const numbering = xml(
  `<w:numbering ${ns}>` +
    `<w:abstractNum w:abstractNumId="10">${level(0, 'decimal', 1)}${level(1, 'bullet', 1)}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="20">${level(0, 'decimal', 3)}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="30">${level(0, 'lowerLetter')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>' +
    '</w:numbering>',
);
/** A numbered paragraph ([numId, level]) or a plain one (a text). */
const body = (...paragraphs: ([string, number] | string)[]): XmlNode =>
  xml(
    `<w:document ${ns}><w:body>${paragraphs
      .map((p) =>
        typeof p === 'string'
          ? `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`
          : `<w:p><w:pPr><w:numPr><w:ilvl w:val="${p[1]}"/><w:numId w:val="${p[0]}"/></w:numPr></w:pPr><w:r><w:t>item</w:t></w:r></w:p>`,
      )
      .join('')}</w:body></w:document>`,
  );

describe('orderedListStarts', () => {
  it("numbers on after a paragraph that interrupts a list, from a level's own start, and from a restart", () => {
    const document = body(['1', 0], ['1', 0], ['1', 1], ['1', 0], 'an interruption', ['1', 0], 'text', ['2', 0], 'text', ['3', 0], 'text', ['4', 0]);
    // 1-3 (a bullet nested in it, which is no <ol>), on at 4, a list that starts at 3, a restart at 1, a level without w:start at 0.
    assert.deepEqual(orderedListStarts(document, numbering), [1, 4, 3, 1, 0]);
  });

  it('gives up (null) on a list it cannot tell: numbered through a paragraph style, or by a numbering that does not exist', () => {
    const styled = xml(`<w:document ${ns}><w:body><w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr></w:p></w:body></w:document>`);
    assert.equal(orderedListStarts(styled, numbering), null);
    assert.equal(orderedListStarts(body(['9', 0]), numbering), null);
    assert.equal(orderedListStarts(body(['1', 0]), null), null);
    assert.deepEqual(orderedListStarts(body('no lists here'), null), []);
  });
});

describe('withListStarts', () => {
  const html = '<ol><li>a</li></ol><p>x</p><ol><li>b</li></ol><ol class="c"><li>c</li></ol>';
  it('gives each <ol> its start, in order, and leaves those that start at 1 as they are', () => {
    assert.equal(withListStarts(html, [1, 4, 3]), '<ol><li>a</li></ol><p>x</p><ol start="4"><li>b</li></ol><ol start="3" class="c"><li>c</li></ol>');
  });
  it('changes nothing when the lists and the starts do not match, or the starts are unknown', () => {
    assert.equal(withListStarts(html, [2, 4]), html);
    assert.equal(withListStarts(html, null), html);
  });
});
