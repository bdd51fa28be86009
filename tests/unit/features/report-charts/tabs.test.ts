import { describe, expect, it, vi } from 'vitest';
import { CHART_TABS } from '@/state/vocabulary';
import { chartText } from '@/features/report-charts/text';
import { LAZY_TABS, preloadProvinceCharts, provinceCharts, TAB_LABEL } from '@/features/report-charts/tabs';

const CHUNK = '@/features/report-charts/ProvinceCharts';

/** How often the lazily loaded chunk is loaded while `run` goes on, a stand-in taking its place. */
async function chunkLoads(run: () => void): Promise<number> {
  const load = vi.fn();
  vi.doMock(CHUNK, () => {
    load();
    return { stand: 'province charts' };
  });
  try {
    run();
    await vi.dynamicImportSettled();
    return load.mock.calls.length;
  } finally {
    vi.doUnmock(CHUNK);
  }
}

describe('TAB_LABEL', () => {
  it('labels the tabs, in their order on screen, in each language', () => {
    expect(CHART_TABS.map((tab) => chartText('zh', TAB_LABEL[tab]))).toEqual([
      '分校规模',
      '构成与分布',
      '生源与去向',
      '办学条件',
      '师资与培训',
      '资源与专业',
      '大赛与终身学习',
    ]);
    expect(CHART_TABS.map((tab) => chartText('en', TAB_LABEL[tab]))).toEqual([
      'Schools',
      'Composition',
      'Intake & destinations',
      'Basic conditions',
      'Teachers & training',
      'Resources & majors',
      'Contests & lifelong learning',
    ]);
  });
});

describe('LAZY_TABS', () => {
  it('leaves out the tabs that draw per-school bars', () => {
    expect(CHART_TABS.filter((tab) => !LAZY_TABS.has(tab))).toEqual(['schools', 'resources']);
  });
});

describe('loading the province charts', () => {
  it('resolves to the module of the other tabs’ charts', async () => {
    await expect(provinceCharts()).resolves.toMatchObject({
      CompositionCharts: expect.any(Function),
      StudentCharts: expect.any(Function),
      ConditionCharts: expect.any(Function),
      TeacherCharts: expect.any(Function),
      ContestCharts: expect.any(Function),
    });
  });

  it('resolves to the same module each time', async () => {
    const first = await provinceCharts();
    expect(await provinceCharts()).toBe(first);
  });

  it('preloads the chunk, returning nothing', async () => {
    let returned: unknown = 'not called';
    const loads = await chunkLoads(() => {
      returned = preloadProvinceCharts();
    });
    expect(loads).toBe(1);
    expect(returned).toBeUndefined();
  });

  it('loads nothing until asked', async () => {
    expect(await chunkLoads(() => undefined)).toBe(0);
  });
});
