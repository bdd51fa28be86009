import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/data/load';
import { boundariesDataset } from '@/data/datasets';
import { circleInGeometry, distanceKm, pointInGeometry } from '@/features/map/geo';
import { schoolMarkers } from '@/features/map/map-view';
import { fakeFetch } from '../../data-files';
import { loadAll } from '../../data/load-all';

describe('markers of the 29 schools on the real prefectures', () => {
  it('lie wholly inside their own prefecture and never overlap', async () => {
    const data = await loadAll();
    const boundaries = await loadDataset(boundariesDataset, fakeFetch());
    const markers = schoolMarkers(boundaries, data.schools.list, data.figures, 'zh');
    expect(markers).toHaveLength(29);
    for (const m of markers) {
      const school = data.schools.byId.get(m.id);
      const shape = boundaries.byId.get(school?.prefectureId ?? '');
      expect(shape && circleInGeometry(m.position, m.radiusKm, shape.geometry), m.id).toBe(true);
    }
    for (let i = 0; i < markers.length; i++)
      for (let j = i + 1; j < markers.length; j++)
        expect(distanceKm(markers[i]!.position, markers[j]!.position)).toBeGreaterThanOrEqual(
          markers[i]!.radiusKm + markers[j]!.radiusKm,
        );
  });

  it('has every label point inside its prefecture', async () => {
    const boundaries = await loadDataset(boundariesDataset, fakeFetch());
    expect(boundaries.shapes).toHaveLength(14);
    for (const s of boundaries.shapes) expect(pointInGeometry(s.labelPoint, s.geometry), s.id).toBe(true);
  });
});
