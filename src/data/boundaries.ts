import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PrefectureId } from '@/state/vocabulary';
import type { BoundariesFile } from './schemas/boundaries';
import { indexById, type AreaGeometry, type Boundaries, type PrefectureShape } from './domain';

/** TopoJSON (shared borders, so neighbours never gap or overlap) to plain polygons per prefecture. */
export function decodeBoundaries(raw: BoundariesFile): Boundaries {
  const topology = raw as unknown as Topology<{
    prefectures: GeometryCollection<{ id: PrefectureId; labelPoint: [number, number] }>;
  }>;
  const collection = feature(topology, topology.objects.prefectures);
  const shapes: PrefectureShape[] = collection.features.map((f) => ({
    id: f.properties.id,
    geometry: f.geometry as unknown as AreaGeometry,
    labelPoint: f.properties.labelPoint,
  }));
  return {
    shapes,
    byId: indexById(shapes),
    source: raw.metadata.source,
    licence: raw.metadata.licence,
    noteZh: raw.metadata.noteZh,
    noteEn: raw.metadata.noteEn,
  };
}
