import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '@/lib/export/measure';

describe('wrapText', () => {
  it('breaks Chinese between characters and keeps every line within the width', () => {
    const lines = wrapText('兰州资源环境职业技术大学与兰州石化职业技术大学', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('兰州资源环境职业技术大学与兰州石化职业技术大学');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
  });

  it('breaks English at spaces, never inside a word', () => {
    const lines = wrapText('Lanzhou Petrochemical University of Vocational Technology', 150, 12);
    expect(lines.join(' ')).toBe('Lanzhou Petrochemical University of Vocational Technology');
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
    expect(
      lines.every((l) =>
        'Lanzhou Petrochemical University of Vocational Technology'.split(' ').some((w) => l.startsWith(w)),
      ),
    ).toBe(true);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('甲乙丙丁戊己庚辛，壬癸', textWidth('甲乙丙丁戊己庚辛', 10), 10);
    expect(lines.every((l) => !l.startsWith('，'))).toBe(true);
  });

  it('ends the last allowed line with an ellipsis when text is left out', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 50, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(textWidth(lines[1] ?? '', 10)).toBeLessThanOrEqual(50);
  });

  it('measures a Chinese character as wide as two digits or so', () => {
    expect(textWidth('甘', 10)).toBe(10);
    expect(textWidth('12', 10)).toBeGreaterThan(10);
    expect(textWidth('12', 10)).toBeLessThan(12);
  });
});
