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
  const [first] = appendixTables;
  if (!first) throw new Error('fixture');
  const byId = (id: string) => first.rows.find((r) => r.id === id) ?? row('missing', null);

  it('cites a numbered row by its own 序号', () => {
    expect(citation(first, byId('destination-secured'))).toEqual({ tableId: '附表1', seq: '2', subRow: false });
  });

  it('cites a 其中 row, however deep, by the numbered row it belongs to', () => {
    expect(citation(first, byId('further-study'))).toEqual({ tableId: '附表1', seq: '2', subRow: true });
    expect(citation(first, byId('to-undergraduate'))).toEqual({ tableId: '附表1', seq: '2', subRow: true });
  });

  it('stops on a parent cycle instead of looping', () => {
    const looped = {
      ...first,
      rows: [row('a', 1, { level: 1, parentId: 'b' }), row('b', 1, { level: 1, parentId: 'a' })],
    };
    expect(citation(looped, looped.rows[0] ?? row('x', 1)).subRow).toBe(true);
  });
});

describe('rows', () => {
  it('spells note keys as data-notes.json does', () => {
    expect(rowNoteKey('附表1', 'employed-three-sectors')).toBe('appendix:附表1/employed-three-sectors');
  });
});
