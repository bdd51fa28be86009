import { describe, expect, it } from 'vitest';
import { localText, noteInHash } from '@/features/notes/text';

describe('localText', () => {
  it('shows the Chinese in Chinese, and in English the translation with the original to hover', () => {
    expect(localText('zh', '2482.49 万元', '¥24,824,900')).toEqual({ text: '2482.49 万元' });
    expect(localText('en', '2482.49 万元', '¥24,824,900')).toEqual({ text: '¥24,824,900', original: '2482.49 万元' });
  });

  it('shows text that needs no translation as printed, with nothing to hover', () => {
    expect(localText('en', '94358', undefined)).toEqual({ text: '94358' });
    expect(localText('en', '表2', '表2')).toEqual({ text: '表2' });
  });

  it('gives English punctuation to a text the data leaves untranslated for having no Chinese word', () => {
    expect(localText('en', '1、2、4', undefined)).toEqual({ text: '1, 2, 4', original: '1、2、4' });
    expect(localText('en', '12（13）', undefined)).toEqual({ text: '12 (13)', original: '12（13）' });
    expect(localText('zh', '1、2、4', undefined)).toEqual({ text: '1、2、4' });
  });
});

describe('noteInHash', () => {
  it('reads the note a mark links to, and nothing else', () => {
    expect(noteInHash('#data-note-ranking-enrolment')).toBe('ranking-enrolment');
    expect(noteInHash('#data-note-')).toBeNull();
    expect(noteInHash('#glossary-median')).toBeNull();
    expect(noteInHash('')).toBeNull();
  });
});
