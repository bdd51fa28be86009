import { describe, expect, it } from 'vitest';
import { axisTick } from '@/features/report-charts/ticks';
import type { Figure } from '@/lib/export/model';

const bars = (values: (number | null)[], percent = false): Figure =>
  ({ kind: 'bars', percent, bars: values.map((value, i) => ({ id: `b${i}`, label: `b${i}`, value })) }) as never;
const grouped = (values: (number | null)[]): Figure =>
  ({ kind: 'grouped', series: [{ id: 's', label: 's', values }], categories: [] }) as never;

describe('axis numbers', () => {
  it('write percentages with their sign', () => {
    const tick = axisTick('zh', bars([12.5, 80], true));
    expect(tick(40)).toBe('40%');
    expect(tick(12.5)).toBe('12.5%');
  });

  it('stay in full below ten thousand, with thousands separators', () => {
    expect(axisTick('zh', bars([9_999]))(5000)).toBe('5,000');
    expect(axisTick('en', grouped([120, 9_999]))(5000)).toBe('5,000');
    expect(axisTick('zh')(2500)).toBe('2,500');
  });

  it('go short on an axis that reaches ten thousand, every tick alike', () => {
    const zh = axisTick('zh', bars([3_000, 10_000]));
    expect(zh(15_000)).toBe('1.5万');
    expect(zh(10_000)).toBe('1万');
    expect(zh(5_000)).toBe('5000');
    const en = axisTick('en', grouped([null, 25_688]));
    expect(en(10_000)).toBe('10K');
    expect(en(15_000)).toBe('15K');
    expect(en(5_000)).toBe('5K');
  });

  it('is one function per form, so a layout keyed on it is not redone', () => {
    expect(axisTick('zh', bars([1, 2]))).toBe(axisTick('zh', bars([3])));
    expect(axisTick('zh', bars([1]))).not.toBe(axisTick('en', bars([1])));
    expect(axisTick('zh', bars([1], true))).not.toBe(axisTick('zh', bars([1])));
    expect(axisTick('zh', bars([20_000]))).not.toBe(axisTick('zh', bars([1])));
  });
});
