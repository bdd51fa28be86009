// Builds public/fonts/gansu-sans-subset.woff2: Noto Sans CJK SC (SIL Open Font License 1.1, from
// Debian's fonts-noto-cjk) cut down to the characters the app and its data use, so Chinese looks
// the same on every machine and in exported images without shipping a 16 MB font.
// Needs Debian's fonts-noto-cjk, fonttools and python3-brotli (apt-get install -y fonts-noto-cjk
// fonttools python3-brotli). It also writes a TrueType copy for PDF export. Run it again whenever the data or the labels gain new characters.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fontChars, ignored } from './font-chars.mjs';

const root = new URL('..', import.meta.url).pathname;
const source = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const SC_FACE = 2; // 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

const chars = [...fontChars(root).keys()].filter((ch) => !ignored(ch));

const textFile = join(tmpdir(), 'gansu-font-chars.txt');
writeFileSync(textFile, chars.join(''));
mkdirSync(join(root, 'public/fonts'), { recursive: true });
const out = join(root, 'public/fonts/gansu-sans-subset.woff2');
execFileSync(
  'pyftsubset',
  [
    source,
    `--font-number=${SC_FACE}`,
    `--text-file=${textFile}`,
    '--flavor=woff2',
    '--layout-features=*',
    '--no-hinting',
    '--desubroutinize',
    `--output-file=${out}`,
  ],
  { stdio: 'inherit' },
);
console.log(`${chars.length} characters → ${out} (${statSync(out).size} bytes)`);
// jsPDF embeds only TrueType: the PDF export fetches this copy with quadratic (glyf) outlines.
const ttf = join(root, 'public/fonts/gansu-sans-subset.ttf');
execFileSync('/usr/bin/python3', [join(root, 'scripts/cff-to-ttf.py'), out, ttf], { stdio: 'inherit' });
console.log(`TrueType copy → ${ttf} (${statSync(ttf).size} bytes)`);
