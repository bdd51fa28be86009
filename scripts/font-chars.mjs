// The characters the shipped font subset must hold: every non-ASCII character of the app's code
// and of its datasets (the map's boundaries hold none), and printable ASCII, so digits and Latin
// share the face's metrics with the Chinese around them. build-font.mjs cuts the font to these;
// a unit test checks the shipped font still holds them all.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/**
 * Characters no font of ours needs to draw: joiners and variation selectors (no glyph of their own).
 */
export function ignored(ch) {
  const code = ch.codePointAt(0);
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f);
}

/** Characters in the order first met, with one file that uses each (for a failure's message). */
export function fontChars(root) {
  const texts = [
    ...files(join(root, 'src'), /\.(ts|tsx|css)$/),
    ...files(join(root, 'public/data'), /\.json$/).filter((f) => !f.includes('.topo.')),
  ];
  const chars = new Map();
  for (let c = 0x20; c < 0x7f; c++) chars.set(String.fromCharCode(c), 'ASCII');
  for (const file of texts) {
    for (const ch of readFileSync(file, 'utf8')) {
      if (ch.codePointAt(0) > 0x7f && !chars.has(ch)) chars.set(ch, file.slice(root.length));
    }
  }
  return chars;
}
