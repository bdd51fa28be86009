import { describe, expect, it } from 'vitest';
import { indexAppendix } from '@/data/domain';
import { sectorShares } from '@/features/scorecard/sectors';
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
