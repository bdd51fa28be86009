/**
 * Text widths without a browser: exports are laid out by pure functions, so they come out the same
 * in a test, on screen and in every file. The widths are those of Noto Sans CJK SC (the app font),
 * rounded up a little so that a label never overruns the space measured for it.
 */
const NARROW = /[iljtfrI.,:;'|!()[\]{}·]/;
const WIDE_LATIN = /[mwMW@%&]/;

/** Width of one character in em. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // CJK ideographs, kana, full-width forms and CJK punctuation are square.
  if (code >= 0x2e80 || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return 1;
  if (ch === ' ') return 0.26;
  if (/[0-9]/.test(ch)) return 0.56;
  if (NARROW.test(ch)) return 0.3;
  if (WIDE_LATIN.test(ch)) return 0.86;
  if (/[A-Z]/.test(ch)) return 0.66;
  return 0.54;
}

/** Width of a text in pixels at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** Where a line may break: after a space, after CJK punctuation, or between two CJK characters. */
function breakable(previous: string, next: string): boolean {
  if (previous === ' ') return true;
  const cjk = (ch: string) => (ch.codePointAt(0) ?? 0) >= 0x2e80;
  if ('，、；：。）」』”'.includes(previous)) return true;
  // Never start a line with closing punctuation.
  if ('，、；：。）」』”'.includes(next)) return false;
  return cjk(previous) && cjk(next);
}

/**
 * Wraps a text into lines no wider than `width`, breaking at spaces in English and between
 * characters in Chinese. A word longer than the line is cut at the width. At most `maxLines`
 * lines; the last one ends with … when text was left out.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let line = '';
  let lastBreak = -1; // index in `line` (in characters) after which it may break
  let lineChars: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (lineChars.length > 0 && breakable(lineChars[lineChars.length - 1] as string, ch)) lastBreak = lineChars.length;
    lineChars.push(ch);
    line = lineChars.join('');
    if (textWidth(line, fontSize) <= width || lineChars.length === 1) continue;
    const cut = lastBreak > 0 ? lastBreak : lineChars.length - 1;
    lines.push(lineChars.slice(0, cut).join('').trimEnd());
    lineChars = lineChars.slice(cut);
    while (lineChars[0] === ' ') lineChars.shift();
    lastBreak = -1;
    line = lineChars.join('');
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (textWidth(last, fontSize) > width && last.length > 1) last = `${[...last].slice(0, -2).join('')}…`;
  kept[maxLines - 1] = last;
  return kept;
}
