import { describe, expect, it } from 'vitest';
import { indexAppendix } from '@/data/domain';
import { sectorShares } from '@/features/scorecard/sectors';
import { sectorsGapText, sectorsModel } from '@/features/scorecard/sectors-model';
import { appendix, appendixTables, row } from './fixtures';

function withRows(replace: Record<string, ReturnType<typeof row> | undefined>) {
  const [first, ...rest] = appendixTables;
  if (!first) throw new Error('fixture');
  const rows = first.rows.flatMap((r) =>
    r.id in replace ? (replace[r.id] ? [replace[r.id] as ReturnType<typeof row>] : []) : [r],
  );
  return indexAppendix([{ ...first, rows }, ...rest]);
}

describe('sectorShares', () => {
  it('gives each sector’s share of the printed total and of the parts, and the gap between them', () => {
    const shares = sectorShares(appendix);
    expect(shares.printedTotal).toBe(100);
    expect(shares.partsSum).toBe(110);
    expect(shares.gap).toBe(10);
    expect(shares.rows.map((r) => [r.id, r.shareOfPrinted, r.shareOfParts])).toEqual([
      ['primary-sector', 20, 18.2],
      ['secondary-sector', 30, 27.3],
      ['tertiary-sector', 60, 54.5],
    ]);
  });

  it('has no gap when the total is the sum', () => {
    expect(sectorShares(withRows({ 'employed-three-sectors': row('employed-three-sectors', 110) })).gap).toBe(0);
  });

  it('leaves out a not-reported sector instead of counting it as 0', () => {
    const shares = sectorShares(withRows({ 'primary-sector': row('primary-sector', null) }));
    expect(shares.rows.map((r) => r.id)).toEqual(['secondary-sector', 'tertiary-sector']);
    expect(shares.partsSum).toBe(90);
  });

  it('has no share of a total the report does not print', () => {
    const shares = sectorShares(withRows({ 'employed-three-sectors': undefined }));
    expect(shares.gap).toBeNull();
    expect(shares.rows[0]?.shareOfPrinted).toBeNull();
    expect(shares.rows[0]?.shareOfParts).toBe(18.2);
  });
});

describe('sectorsModel', () => {
  const model = sectorsModel(sectorShares(appendix), [], 'zh');

  it('draws both shares per sector as grouped bars, legend labels naming their base', () => {
    if (model.figure.kind !== 'grouped') throw new Error(model.figure.kind);
    expect(model.figure.categories.map((c) => c.key)).toEqual([
      'primary-sector',
      'secondary-sector',
      'tertiary-sector',
    ]);
    expect(model.figure.series.map((s) => [s.label, s.values])).toEqual([
      ['占印出合计（÷ 100）', [20, 30, 60]],
      ['占三项之和（÷ 110）', [18.2, 27.3, 54.5]],
    ]);
    expect(model.figure.series[1]?.valueTexts).toEqual(['18.2%', '27.3%', '54.5%']);
  });

  it('says why there are two shares, and tables the people behind them', () => {
    expect(model.notes[0]).toBe('附表1 印出的合计为 100 人，但三项之和为 110 人（多 10 人），因此两种占比都列出。');
    expect(model.table.rows[2]?.cells).toMatchObject({
      persons: { text: '60', value: 60 },
      printed: { text: '60%', value: 60 },
      parts: { text: '54.5%', value: 54.5 },
    });
  });

  it('has one series and no gap note when no total is printed', () => {
    const alone = sectorsModel(sectorShares(withRows({ 'employed-three-sectors': undefined })), [], 'en');
    if (alone.figure.kind !== 'grouped') throw new Error(alone.figure.kind);
    expect(alone.figure.series.map((s) => s.key)).toEqual(['parts']);
    expect(alone.notes).toEqual([]);
    expect(
      sectorsGapText(sectorShares(withRows({ 'employed-three-sectors': row('employed-three-sectors', 110) })), 'en'),
    ).toBeNull();
  });
});
