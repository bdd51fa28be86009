/**
 * English for the units the appendix prints. appendix.json carries only the Chinese unit, so the
 * translation lives here; a unit not listed is shown as printed.
 */
const UNITS_EN: Record<string, string> = {
  人: 'persons',
  '%': '%',
  元: 'yuan',
  万元: '10,000 yuan',
  个: 'count',
  门: 'courses',
  学时: 'class hours',
  课时: 'class hours',
  本: 'volumes',
  所: 'schools',
  项: 'items',
  人日: 'person-days',
  Mbps: 'Mbps',
  '个/生': 'per student',
  '元/生': 'yuan per student',
};

/** The unit to print beside a value; the ratio marker ":" (生师比 17.6:1) prints no unit. */
export function unitLabel(unit: string, lang: 'zh' | 'en'): string {
  if (unit === ':') return '';
  return lang === 'zh' ? unit : (UNITS_EN[unit] ?? unit);
}

const METHODS_EN: Record<string, string> = { 网上调查: 'online survey' };

/** How a survey was run (附表2 prints 网上调查), in the active language. */
export function surveyMethodLabel(method: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? method : (METHODS_EN[method] ?? method);
}

/** The titles of the data notes touching a figure, as one line. */
export function noteTitles(notes: readonly { titleZh: string; titleEn: string }[], lang: 'zh' | 'en'): string {
  return notes.map((n) => (lang === 'zh' ? n.titleZh : n.titleEn)).join(lang === 'zh' ? '；' : '; ');
}

/** A report table's name: "附表2" stays in Chinese, reads "Appendix 2" in English ("表3" → "Table 3"). */
export function tableLabel(id: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return id;
  const appendix = /^附表(\d+)$/.exec(id);
  if (appendix) return `Appendix ${appendix[1]}`;
  const table = /^表(\d+)$/.exec(id);
  return table ? `Table ${table[1]}` : id;
}

/**
 * Splits a label without spaces (Chinese) into lines of at most `perLine` characters, the last line
 * ending in "…" if it still does not fit; chart labels use it where word wrapping finds no break.
 */
export function splitUnspaced(label: string, perLine: number, maxLines = 2): string[] {
  const chars = [...label];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine)
    lines.push(chars.slice(i, i + perLine).join(''));
  if (chars.length > perLine * maxLines)
    lines[maxLines - 1] = `${[...(lines[maxLines - 1] ?? '')].slice(0, perLine - 1).join('')}…`;
  return lines;
}
