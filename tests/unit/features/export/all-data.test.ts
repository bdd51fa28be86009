import { describe, expect, it } from 'vitest';
import { allSchoolData } from '@/features/export/all-data';
import { loadAll } from '../../data/load-all';

describe('every school with every figure, for the data download', () => {
  it('has a row per school and a column per figure, each naming its table', async () => {
    const { schools, prefectures, figures } = await loadAll();
    const data = allSchoolData(schools, prefectures, figures, 'zh');
    expect(data.title).toBe('甘肃省高等职业院校分校数据');
    expect(data.rows).toHaveLength(29);
    expect(data.columns.slice(0, 3).map((c) => c.label)).toEqual(['学校', '市（州）', '在校生人数（表2 · 第6页）']);
    expect(data.columns).toHaveLength(2 + figures.metrics.length);
    const jiuquan = data.rows.find((r) => r.school === '酒泉职业技术学院');
    expect(jiuquan).toMatchObject({ prefecture: '酒泉市', students: 12997, admissions: 4442, graduates: 4635 });
  });

  it('leaves a figure a school did not report empty, never 0', async () => {
    const { schools, prefectures, figures } = await loadAll();
    const data = allSchoolData(schools, prefectures, figures, 'zh');
    const metric = figures.metrics.find((m) => Object.values(m.values).some((v) => v === null));
    expect(metric).toBeDefined();
    const id = Object.entries(metric!.values).find(([, v]) => v === null)![0];
    const row = data.rows[schools.list.findIndex((s) => s.id === id)]!;
    expect(row[metric!.id]).toBeNull();
  });

  it('is in English when the reader reads English, sources included', async () => {
    const { schools, prefectures, figures } = await loadAll();
    const data = allSchoolData(schools, prefectures, figures, 'en');
    expect(data.columns[0]!.label).toBe('School');
    expect(data.columns[2]!.label).toBe('Enrolled students (Table 2, p. 6)');
    expect(data.rows.find((r) => r.students === 12997)).toMatchObject({ prefecture: 'Jiuquan' });
  });
});
