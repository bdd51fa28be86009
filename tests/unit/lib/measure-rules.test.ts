import { describe, expect, it } from 'vitest';
import { charWidth, textWidth, wrapText } from '@/lib/export/measure';

describe('character widths', () => {
  it('gives each class of character its own width', () => {
    expect(charWidth('甘')).toBe(1);
    expect(charWidth('\u2e80')).toBe(1);
    expect(charWidth('\u2e7f')).toBe(0.54);
    expect(charWidth('，')).toBe(1);
    expect(charWidth(' ')).toBe(0.26);
    expect(charWidth('5')).toBe(0.56);
    expect(charWidth('i')).toBe(0.3);
    expect(charWidth('I')).toBe(0.3);
    expect(charWidth('(')).toBe(0.3);
    expect(charWidth('m')).toBe(0.86);
    expect(charWidth('M')).toBe(0.86);
    expect(charWidth('%')).toBe(0.86);
    expect(charWidth('A')).toBe(0.66);
    expect(charWidth('a')).toBe(0.54);
    expect(charWidth('…')).toBe(0.54);
  });
});

describe('wrapping rules', () => {
  it('breaks between two CJK characters from U+2E80 on, not before a Latin letter', () => {
    expect(wrapText('甲\u2e80b', 25, 10)).toEqual(['甲', '\u2e80b']);
  });

  it('cuts a word longer than the line at the width, line after line', () => {
    expect(wrapText('abcdefghij', 17, 10)).toEqual(['abc', 'def', 'ghij']);
  });

  it('breaks after a space and drops the space from the end of the line', () => {
    expect(wrapText('aa bb', 20, 10)).toEqual(['aa', 'bb']);
  });

  it('never starts a line with the space where it was cut', () => {
    expect(wrapText('aaa bbb', 17, 10)).toEqual(['aaa', 'bbb']);
  });

  it('adds no empty line for trailing spaces', () => {
    expect(wrapText('aaa ', 17, 10)).toEqual(['aaa']);
    expect(wrapText('aaa  ', 17, 10)).toEqual(['aaa']);
    expect(wrapText('ab ', 100, 10)).toEqual(['ab']);
  });

  it('gives one empty line for an empty text', () => {
    expect(wrapText('', 100, 10)).toEqual(['']);
  });

  it('puts a character wider than the line on a line of its own', () => {
    expect(wrapText('甲乙', 5, 10)).toEqual(['甲', '乙']);
  });

  it('may break after a closing quotation mark', () => {
    expect(wrapText('ab”cd', 23, 10)).toEqual(['ab”', 'cd']);
  });
});

describe('lines left out', () => {
  it('shortens the last kept line until it and its ellipsis fit', () => {
    expect(wrapText('一二三四五六七八九十一二三四五六七八九十', 50, 10, 2)).toEqual(['一二三四五', '六七八九…']);
  });

  it('keeps the last line whole when it and its ellipsis fit exactly', () => {
    const width = textWidth('六七八九…', 10);
    expect(wrapText('一二三四五六七八九十一二三四五六七八九十', width, 10, 2)).toEqual(['一二三四', '五六七八…']);
  });

  it('ends with the ellipsis alone when nothing else fits', () => {
    expect(wrapText('甲乙丙', 3, 10, 1)).toEqual(['…']);
  });
});
