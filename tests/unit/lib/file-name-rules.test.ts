import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/lib/export/file-name';
import { tabularFromModel } from '@/lib/export/tabular';
import { barsModel } from '../components/export/fixture-models';

describe('Chinese file names', () => {
  it('turn unsafe characters and runs of white space into one space, trimmed', () => {
    expect(exportFileName({ topic: ' 在校生/毕业生 ', scope: '酒泉市', year: 2022, ext: 'png' })).toBe(
      '甘肃高职-在校生 毕业生-酒泉市-2022.png',
    );
    expect(exportFileName({ topic: '各校  在校生', ext: 'csv' })).toBe('甘肃高职-各校 在校生-全省-2023.csv');
  });

  it('leave out a part that is empty once cleaned', () => {
    expect(exportFileName({ topic: '/', ext: 'png' })).toBe('甘肃高职-全省-2023.png');
  });
});

describe('English file names', () => {
  it('separate words around non-ASCII characters', () => {
    expect(exportFileName({ topic: 'Lanzhou兰州City', ext: 'png', lang: 'en' })).toBe(
      'Gansu-HVE-lanzhou-city-province-2023.png',
    );
  });

  it('drop leading and trailing hyphens', () => {
    expect(exportFileName({ topic: '(Students)', scope: '-Jiuquan-', ext: 'svg', lang: 'en' })).toBe(
      'Gansu-HVE-students-Jiuquan-2023.svg',
    );
  });

  it('leave out a part with no ASCII letters', () => {
    expect(exportFileName({ topic: '甘肃', year: 2022, ext: 'pdf', lang: 'en' })).toBe('Gansu-HVE-province-2022.pdf');
  });
});

describe('tabular data from a model: title lines and columns', () => {
  it('joins subtitle and unit with a dot, source and notes with a space', () => {
    const table = tabularFromModel({ ...barsModel(), notes: ['注1', '注2'] });
    expect(table.title).toBe('各校在校生人数');
    expect(table.scope).toBe('全省 29 所学校 · 单位：人');
    expect(table.source).toBe('来源：《甘肃省高等职业教育质量年度报告（2023）》表2 · 第6页 注1 注2');
    expect(table.columns).toEqual([
      { key: 'name', label: '学校' },
      { key: 'value', label: '在校生（人）' },
    ]);
  });

  it('leaves out a missing unit', () => {
    const table = tabularFromModel({ ...barsModel('en'), unit: undefined });
    expect(table.scope).toBe('All 29 schools in the province');
  });
});
