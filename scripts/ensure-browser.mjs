// The browser tests and the benchmark need Debian's Chromium and a CJK font (without one every
// Chinese character renders as a box); the export tests open exported files with rsvg-convert
// (SVG → PDF), pdftotext, LibreOffice (PPTX) and serve the build from nginx. Installs what is
// missing when running as root on Debian; otherwise prints exactly what to install and fails.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const onPath = (binary) => spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' }).status === 0;
const hasCjkFont = () =>
  spawnSync('sh', ['-c', 'fc-list :lang=zh family'], { encoding: 'utf8' }).stdout?.trim().length > 0;

/** Each Debian package with the check that says it is there. */
const requirements = [
  { pkg: 'chromium', what: `Chromium at ${chromium}`, present: () => existsSync(chromium) },
  { pkg: 'fonts-noto-cjk', what: 'a CJK font', present: hasCjkFont },
  { pkg: 'librsvg2-bin', what: 'rsvg-convert', present: () => onPath('rsvg-convert') },
  { pkg: 'poppler-utils', what: 'pdftotext', present: () => onPath('pdftotext') },
  { pkg: 'libreoffice-impress', what: 'soffice', present: () => onPath('soffice') },
  { pkg: 'nginx', what: 'nginx', present: () => onPath('nginx') || existsSync('/usr/sbin/nginx') },
];

const missing = () => requirements.filter((r) => !r.present());
const absent = missing();
if (absent.length === 0) process.exit(0);

const packages = absent.map((r) => r.pkg).join(' ');
const needs = absent.map((r) => r.what).join(', ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Browser tests need ${needs}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${packages}\n(or set CHROMIUM_PATH to another Chromium).`,
  );
  process.exit(1);
}
console.log(`Installing ${packages} with apt-get (LibreOffice takes a minute or two)…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
  stdio: 'inherit',
});
const still = missing();
if (still.length > 0) {
  console.error(`apt-get finished but these are still missing: ${still.map((r) => r.what).join(', ')}.`);
  process.exit(1);
}
