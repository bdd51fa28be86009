// The browser tests and the benchmark need Debian's Chromium and a CJK font (without one every
// Chinese character renders as a box). Installs them when running as root on Debian; otherwise
// says exactly what to install and fails.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = () => existsSync(chromium);
const hasCjkFont = () =>
  spawnSync('sh', ['-c', 'fc-list :lang=zh family'], { encoding: 'utf8' }).stdout?.trim().length > 0;

if (hasChromium() && hasCjkFont()) process.exit(0);

const packages = 'chromium fonts-noto-cjk';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Browser tests need Chromium at ${chromium} and a CJK font. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${packages}\n(or set CHROMIUM_PATH to another Chromium).`,
  );
  process.exit(1);
}
console.log(`Installing ${packages} with apt-get (about a minute)…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
  stdio: 'inherit',
});
if (!hasChromium() || !hasCjkFont()) {
  console.error('apt-get finished but Chromium or the CJK font is still missing.');
  process.exit(1);
}
