import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontChars, ignored } from '../../../scripts/font-chars.mjs';

const root = new URL('../../../', import.meta.url).pathname;

/** The code points a TrueType font maps to glyphs: its cmap's format 4 and 12 subtables. */
function mappedCodePoints(font: Buffer): Set<number> {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) === 'cmap') cmap = font.readUInt32BE(at + 8);
  }
  if (cmap < 0) throw new Error('the font has no cmap table');
  const codes = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const sub = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = font.readUInt16BE(sub);
    if (format === 4) {
      const segments = font.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const offsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = font.readUInt16BE(ends + s * 2);
        const start = font.readUInt16BE(starts + s * 2);
        const delta = font.readInt16BE(deltas + s * 2);
        const offset = font.readUInt16BE(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            offset === 0 ? (c + delta) & 0xffff : font.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2);
          if (glyph !== 0) codes.add(c);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(sub + 12);
      for (let g = 0; g < groups; g++) {
        const at = sub + 16 + g * 12;
        for (let c = font.readUInt32BE(at); c <= font.readUInt32BE(at + 4); c++) codes.add(c);
      }
    }
  }
  return codes;
}

describe('the shipped font subset', () => {
  const font = readFileSync(`${root}public/fonts/gansu-sans-subset.ttf`);
  const mapped = mappedCodePoints(font);

  it('is read as a font: it maps Latin, digits and a common character', () => {
    for (const ch of 'A9的') expect(mapped.has(ch.codePointAt(0)!)).toBe(true);
    // A character the app never uses is not shipped.
    expect(mapped.has('龘'.codePointAt(0)!)).toBe(false);
  });

  it('holds every character the code and the datasets use (else run node scripts/build-font.mjs)', () => {
    const missing = [...fontChars(root)]
      .filter(([ch]) => !ignored(ch) && !mapped.has(ch.codePointAt(0)!))
      .map(([ch, file]) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase()} (${file})`);
    expect(missing).toEqual([]);
  });
});
