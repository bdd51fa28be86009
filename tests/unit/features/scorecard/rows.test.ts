import { describe, expect, it } from 'vitest';
import { citation, printedValue, rowNoteKey, withThousandsSeparators } from '@/features/scorecard/rows';
import { appendixTables, row } from './fixtures';

describe('withThousandsSeparators', () => {
  it('groups the whole part and keeps the decimals as printed', () => {
    expect(withThousandsSeparators('2988936')).toBe('2,988,936');
    expect(withThousandsSeparators('6609.00')).toBe('6,609.00');
    expect(withThousandsSeparators('170683.7')).toBe('170,683.7');
    expect(withThousandsSeparators('0.48')).toBe('0.48');
    expect(withThousandsSeparators('147')).toBe('147');
  });

  it('leaves what is not a plain number as printed', () => {
    expect(withThousandsSeparators('17.6:1')).toBe('17.6:1');
    expect(withThousandsSeparators('-')).toBe('-');
  });
});

describe('printedValue', () => {
  it('is null where the report prints "-", never "0"', () => {
    expect(printedValue(row('x', null))).toBeNull();
    expect(printedValue(row('x', 0))).toBe('0');
    expect(printedValue(row('x', 4000.5, { valueText: '4000.50' }))).toBe('4,000.50');
  });
});

describe('citation', () => {
  const tableOf = (id: string) => appendixTables.find((t) => t.id === id) ?? appendixTables[0]!;
  const cite = (tableId: string, rowId: string) => {
    const table = tableOf(tableId);
    return citation(table, table.rows.find((r) => r.id === rowId) ?? row('missing', null));
  };

  it('cites a numbered row by its own 序号', () => {
    expect(cite('附表1', 'destination-secured')).toEqual({ tableId: '附表1', seq: '2', subRow: false });
  });

  it('cites a 其中 row, however deep, by the numbered row it belongs to', () => {
    expect(cite('附表1', 'further-study')).toEqual({ tableId: '附表1', seq: '2', subRow: true });
    expect(cite('附表1', 'to-undergraduate')).toEqual({ tableId: '附表1', seq: '2', subRow: true });
  });

  it('cites an indicator printed without a 序号 by the nearest numbered row above it, as the report prints it', () => {
    // 附表5 prints 资源数量 in the merged 序号 cell of its item 2.
    expect(cite('附表5', 'resources-adopted-abroad')).toEqual({ tableId: '附表5', seq: '2', subRow: false });
    // 附表6: 教职工总数 has no 序号, nor do its 其中 parts: both are item 2's.
    expect(cite('附表6', 'total-staff')).toEqual({ tableId: '附表6', seq: '2', subRow: false });
    expect(cite('附表6', 'counsellors')).toEqual({ tableId: '附表6', seq: '2', subRow: true });
  });

  it('cites the table alone for a row printed before any number', () => {
    const table = { ...tableOf('附表5'), rows: [row('a', 1), row('b', 2, { seq: '1' })] };
    expect(citation(table, row('a', 1)).seq).toBeNull();
    expect(citation(table, row('b', 2, { seq: '1' })).seq).toBe('1');
  });
});

describe('rows', () => {
  it('spells note keys as data-notes.json does', () => {
    expect(rowNoteKey('附表1', 'employed-three-sectors')).toBe('appendix:附表1/employed-three-sectors');
  });
});
