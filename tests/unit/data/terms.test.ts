import { describe, expect, it } from 'vitest';
import { splitByTerms } from '@/data/derive/terms';
import type { GlossaryTerm } from '@/data/domain';

const term = (id: string, termZh: string, termEn: string, wordings?: string[]): GlossaryTerm => ({
  id,
  termZh,
  termEn,
  definitionZh: '…',
  definitionEn: '…',
  sections: ['§1.1'],
  ...(wordings ? { wordings } : {}),
});
const terms = [
  term('double-qualified-teacher', '双师型教师', '“Double-qualified” teacher', ['双师型']),
  term('placement-rate', '落实率', 'Placement rate'),
];

describe('splitByTerms', () => {
  it('links the terms a Chinese label uses, through the report’s other wordings too', () => {
    expect(splitByTerms('认定“双师型”教师', terms, 'zh')).toEqual([
      { text: '认定“' },
      { text: '双师型', termId: 'double-qualified-teacher' },
      { text: '”教师' },
    ]);
    expect(splitByTerms('毕业生去向落实率', terms, 'zh')).toEqual([
      { text: '毕业生去向' },
      { text: '落实率', termId: 'placement-rate' },
    ]);
  });

  it('matches English terms whatever their case, once each', () => {
    const pieces = splitByTerms('Placement rate and placement rate', terms, 'en');
    expect(pieces.filter((p) => p.termId)).toEqual([{ text: 'Placement rate', termId: 'placement-rate' }]);
    expect(pieces.map((p) => p.text).join('')).toBe('Placement rate and placement rate');
  });

  it('matches English whatever its quotes or kind of dash', () => {
    const withDash = [...terms, term('student-teacher-ratio', '生师比', 'Student–teacher ratio')];
    expect(splitByTerms('Certified double-qualified teachers', withDash, 'en').find((p) => p.termId)).toEqual({
      text: 'double-qualified teacher',
      termId: 'double-qualified-teacher',
    });
    expect(splitByTerms('Student-teacher ratio (2023)', withDash, 'en').find((p) => p.termId)?.termId).toBe(
      'student-teacher-ratio',
    );
  });

  it('leaves a label without terms whole', () => {
    expect(splitByTerms('在校生人数', terms, 'zh')).toEqual([{ text: '在校生人数' }]);
  });
});
