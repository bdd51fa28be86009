import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/lib/export/file-name';
import { tabularFromModel } from '@/lib/export/tabular';
import { barsModel } from '../components/export/fixture-models';

describe('export file names', () => {
  it('say what the file holds, in Chinese by default', () => {
    expect(exportFileName({ topic: '各校在校生人数', scope: '酒泉市', ext: 'png' })).toBe(
      '甘肃高职-各校在校生人数-酒泉市-2023.png',
    );
    expect(exportFileName({ topic: '各校在校生人数', ext: 'svg' })).toBe('甘肃高职-各校在校生人数-全省-2023.svg');
  });

  it('are ASCII words in English', () => {
    const name = exportFileName({ topic: 'Enrolled students by school', scope: 'Jiuquan', ext: 'png', lang: 'en' });
    expect(name).toBe('Gansu-HVE-enrolled-students-by-school-Jiuquan-2023.png');
    expect(exportFileName({ topic: 'Enrolled students（表2）', ext: 'pdf', lang: 'en' })).toMatch(/^[\x20-\x7e]+$/);
    expect(exportFileName({ topic: 'Schools', ext: 'csv', lang: 'en' })).toBe('Gansu-HVE-schools-province-2023.csv');
  });

  it('never hold characters a file system refuses', () => {
    expect(exportFileName({ topic: 'a/b:c*d?', scope: '<x>', ext: 'png' })).not.toMatch(/[\\/:*?"<>|]/);
  });
});

describe('tabular data from a model', () => {
  it('writes the raw numbers, not the formatted text, and keeps not reported empty', () => {
    const table = tabularFromModel(barsModel());
    expect(table.rows[0]).toEqual({ name: '兰州石化职业技术大学', value: 25688 });
    expect(table.rows[3]).toEqual({ name: '定西职业技术学院', value: null });
    expect(table.source).toContain('表2');
  });
});
