import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportModel } from '@/lib/export/model';
import { exportableActions, useExportableModels } from '@/state/exportables';

const model = (id: string, title: string) => ({ id, title }) as unknown as ExportModel;

describe('the registry of views that can be exported now', () => {
  afterEach(() => {
    act(() => {
      exportableActions.viewGone('map');
      exportableActions.viewGone('per-school');
    });
  });

  it('holds each view once, with its latest model, and forgets a view that is gone', () => {
    const { result } = renderHook(() => useExportableModels());
    expect(result.current).toEqual({});
    const first = model('map', '在校生人数');
    act(() => exportableActions.viewExportable(first));
    act(() => exportableActions.viewExportable(model('per-school', '各校在校生人数')));
    expect(Object.keys(result.current).sort()).toEqual(['map', 'per-school']);
    // The map's metric changed: its entry is the new model, not the old title.
    const second = model('map', '毕业生数');
    act(() => exportableActions.viewExportable(second));
    expect(result.current.map).toBe(second);
    act(() => exportableActions.viewGone('map'));
    expect(Object.keys(result.current)).toEqual(['per-school']);
  });

  it('does not re-render its readers when nothing changed', () => {
    let renders = 0;
    const same = model('map', '在校生人数');
    act(() => exportableActions.viewExportable(same));
    renderHook(() => {
      renders++;
      return useExportableModels();
    });
    const before = renders;
    act(() => {
      exportableActions.viewExportable(same);
      exportableActions.viewGone('not-registered');
    });
    expect(renders).toBe(before);
  });
});
