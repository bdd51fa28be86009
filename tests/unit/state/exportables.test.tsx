import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportModel } from '@/lib/export/model';
import { exportableActions, useExportableModels } from '@/state/exportables';
import { registrySettled } from '../render-panel';

const model = (id: string, title: string) => ({ id, title }) as unknown as ExportModel;

describe('the registry of views that can be exported now', () => {
  afterEach(async () => {
    exportableActions.viewGone('map');
    exportableActions.viewGone('per-school');
    await registrySettled();
  });

  it('holds each view once, with its latest model, and forgets a view that is gone', async () => {
    const { result } = renderHook(() => useExportableModels());
    expect(result.current).toEqual({});
    const first = model('map', '在校生人数');
    exportableActions.viewExportable(first);
    exportableActions.viewExportable(model('per-school', '各校在校生人数'));
    // Gathered, then applied at once.
    expect(result.current).toEqual({});
    await registrySettled();
    expect(Object.keys(result.current).sort()).toEqual(['map', 'per-school']);
    // The map's metric changed: its entry is the new model, not the old title.
    const second = model('map', '毕业生数');
    exportableActions.viewExportable(second);
    await registrySettled();
    expect(result.current.map).toBe(second);
    // Registered and gone before the registry applied it: never listed.
    exportableActions.viewGone('map');
    exportableActions.viewExportable(model('scorecard', '附表'));
    exportableActions.viewGone('scorecard');
    await registrySettled();
    expect(Object.keys(result.current)).toEqual(['per-school']);
  });

  it('re-renders its readers once for many changes, and not at all when nothing changed', async () => {
    let renders = 0;
    const same = model('map', '在校生人数');
    exportableActions.viewExportable(same);
    await registrySettled();
    renderHook(() => {
      renders++;
      return useExportableModels();
    });
    const before = renders;
    exportableActions.viewExportable(same);
    exportableActions.viewGone('not-registered');
    await registrySettled();
    expect(renders).toBe(before);
    // A filter change: every view's model at once is one update for the readers.
    for (const id of ['map', 'per-school', 'by-tier', 'by-prefecture']) exportableActions.viewExportable(model(id, id));
    await registrySettled();
    expect(renders).toBe(before + 1);
  });
});
