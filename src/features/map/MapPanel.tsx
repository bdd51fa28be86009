import 'leaflet/dist/leaflet.css';
import './map.css';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useT } from '@/components/use-t';
import { useBoundaries, usePrefectures, useSchoolFigures, useSchools } from '@/data/queries';
import { MapView } from './MapView';
import { mapMessages } from './messages';

/** The prefecture map panel: the map once its four datasets have loaded, or which one failed. */
export function MapPanel() {
  const t = useT(mapMessages);
  const boundaries = useBoundaries();
  const prefectures = usePrefectures();
  const schools = useSchools();
  const figures = useSchoolFigures();
  return (
    <Panel id="map" title={t('title')}>
      <QueryState queries={[boundaries, prefectures, schools, figures]} what={t('title')}>
        {(b, p, s, f) => <MapView boundaries={b} prefectures={p} schools={s} figures={f} />}
      </QueryState>
    </Panel>
  );
}
