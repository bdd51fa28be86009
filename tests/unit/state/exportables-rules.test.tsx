// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { ExportModel } from '@/lib/export/model';

const model = (id: string, title: string) => ({ id, title }) as unknown as ExportModel;

/** The module loaded afresh inside the test, so that its store and actions are built then. */
async function freshRegistry() {
  vi.resetModules();
  const registry = await import('@/state/exportables');
  const { renderHook, act } = await import('@testing-library/react');
  const { result } = renderHook(() => registry.useExportableModels());
  const settled = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return { registry, result, settled };
}

describe('the registry of exportable views, from its first change', () => {
  it('starts empty, applies the first changes and forgets a view that is gone', async () => {
    const { registry, result, settled } = await freshRegistry();
    expect(result.current).toEqual({});
    const map = model('map', '在校生人数');
    registry.exportableActions.viewExportable(map);
    registry.exportableActions.viewExportable(model('per-school', '各校在校生人数'));
    await settled();
    expect(Object.keys(result.current).sort()).toEqual(['map', 'per-school']);
    expect(result.current.map).toBe(map);
    registry.exportableActions.viewGone('per-school');
    await settled();
    expect(Object.keys(result.current)).toEqual(['map']);
  });
});
