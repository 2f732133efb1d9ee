// scripts/stages/image-kind.ts: an image is an image by its first bytes, whatever its name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageKind } from '../../scripts/stages/image-kind.ts';
import { bytes } from './helpers.ts';

const header = (...values: number[]): Uint8Array => Uint8Array.from([...values, ...new Array<number>(32).fill(0)]);

describe('imageKind', () => {
  it('knows each kind of image by its signature', () => {
    assert.equal(imageKind(header(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), 'png');
    assert.equal(imageKind(header(0xff, 0xd8, 0xff, 0xe0)), 'jpeg');
    assert.equal(imageKind(bytes('GIF89a\u0001\u0000')), 'gif');
    assert.equal(imageKind(bytes('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')), 'webp');
    assert.equal(imageKind(bytes('\u0000\u0000\u0000\u001cftypavif')), 'avif');
    assert.equal(imageKind(header(0x42, 0x4d)), 'bmp');
    assert.equal(imageKind(header(0, 0, 1, 0)), 'ico');
  });

  it('knows SVG by its first element, after a byte-order mark, a declaration, comments or a doctype', () => {
    assert.equal(
      imageKind(bytes('\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')),
      'svg',
    );
    assert.equal(imageKind(bytes('<svg/>')), 'svg');
    assert.equal(imageKind(bytes('<html><svg></svg></html>')), null);
    assert.equal(imageKind(bytes('<svgfoo>')), null);
  });

  it('is null for a script or text, whatever the file is called, and for a signature too short to be an image', () => {
    assert.equal(imageKind(bytes('window.planted = true;')), null);
    assert.equal(imageKind(bytes('BM')), null);
    assert.equal(imageKind(new Uint8Array()), null);
  });
});
