import { useCallback, useEffect, useMemo, useState } from 'react';
import { ModelTable } from '@/components/ModelTable';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import { ViewFrame } from '@/components/ViewFrame';
import type { Boundaries, Prefectures, SchoolFigures, Schools } from '@/data/domain';
import { useLists } from '@/data/queries';
import { pick } from '@/lib/i18n';
import { usePrinting } from '@/state/printing';
import { actions, useLang, useMetric, usePrefecture, useShownAsTable } from '@/state/store';
import { Legend } from './Legend';
import { legendEntries, mapExportModel, prefectureLabels } from './map-export';
import { deriveMapData, mapMetrics } from './map-metrics';
import { unitOf } from './map-text';
import { prefectureViews, schoolMarkers } from './map-view';
import { mapMessages } from './messages';
import { LiveMap } from './LiveMap';
import { PictureSlot } from './PictureSlot';
import { dropPrerenderedPicture, prerenderedPicture } from './prerendered-picture';
import { MetricPicker } from './MetricPicker';
import { useStaticMap } from './use-static-map';

/** The view's id: the export registry, the table toggle in the URL (table=map), test selectors. */
const VIEW_ID = 'map';

/** Esc clears the selected prefecture from anywhere on the page, except inside a form control or dialog. */
function useEscapeClearsPrefecture(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || target?.closest('input, select, textarea, [role="dialog"], [role="combobox"]'))
        return;
      actions.prefectureCleared();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

interface Props {
  boundaries: Boundaries;
  prefectures: Prefectures;
  schools: Schools;
  figures: SchoolFigures;
}

/** The prefecture map: derives everything with the pure functions of this folder, then renders. */
export function MapView({ boundaries, prefectures, schools, figures }: Props) {
  const t = useT(mapMessages);
  const lang = useLang();
  const scope = useScope();
  const printing = usePrinting();
  const paper = useStaticMap(printing);
  useEscapeClearsPrefecture();
  const lists = useLists().data;
  const metricId = useMetric();
  const selected = usePrefecture();
  // The prerendered page's map picture stays until Leaflet has drawn the same map (its layers
  // are added in effects, which may run after the app's first paint), then goes for good.
  const [picture] = useState(prerenderedPicture);
  const [drawn, setDrawn] = useState(false);
  const markDrawn = useCallback(() => {
    setDrawn(true);
    dropPrerenderedPicture();
  }, []);
  const waiting = picture !== null && !drawn;
  const asTable = useShownAsTable(VIEW_ID);
  const metrics = useMemo(() => mapMetrics(figures), [figures]);
  const metric = metrics.find((x) => x.id === metricId) ?? metrics[1]!;
  const inView = scope.inView ?? schools.list;
  const data = useMemo(
    () => deriveMapData(metric, prefectures.list, { inView, province: schools.list }, figures, lists),
    [metric, prefectures, inView, schools, figures, lists],
  );
  const schoolName = useCallback(
    (id: string) => {
      const s = schools.byId.get(id);
      return s ? pick(lang, s, 'name') : id;
    },
    [schools, lang],
  );
  const views = useMemo(() => prefectureViews(data, lang, schoolName), [data, lang, schoolName]);
  // Laid out once for every school, so filtering shows a subset at stable places and costs nothing.
  const markers = useMemo(
    () => schoolMarkers(boundaries, schools.list, figures, lang),
    [boundaries, schools, figures, lang],
  );
  const visible = useMemo(() => new Set(inView.map((s) => s.id)), [inView]);
  const labels = useMemo(() => prefectureLabels(boundaries, prefectures, lang), [boundaries, prefectures, lang]);
  const { subtitle, label: scopeLabel } = scope;
  const model = useMemo(
    () =>
      mapExportModel({
        data,
        boundaries,
        views,
        labels,
        markers,
        visible,
        selected,
        lang,
        scope: { subtitle, label: scopeLabel },
      }),
    [data, boundaries, views, labels, markers, visible, selected, lang, subtitle, scopeLabel],
  );
  const metricLabel = pick(lang, metric, 'label');
  const legend = <Legend entries={legendEntries(data, lang)} unit={unitOf(metric, lang)} />;
  const figure = model.figure.kind === 'map' ? model.figure : null;

  return (
    <>
      <ViewFrame
        model={model}
        actions={<MetricPicker metrics={metrics} chosen={metric} />}
        view={asTable ? 'table' : 'chart'}
        onViewChange={(shown) => actions.viewShownAs(VIEW_ID, shown)}
      >
        {printing && figure && paper ? (
          <div className="map-print">
            <paper.StaticMap figure={figure} label={t('staticMapLabel', { metric: metricLabel })} />
            {legend}
          </div>
        ) : (
          <div className="map-frame">
            {waiting && <PictureSlot picture={picture} />}
            <LiveMap
              boundaries={boundaries}
              views={views}
              labels={labels}
              markers={markers}
              visible={visible}
              selected={selected}
              label={t('mapLabel', { metric: metricLabel })}
              pending={waiting}
              onDrawn={markDrawn}
            />
            {legend}
          </div>
        )}
        {model.notes.map((note) => (
          <p key={note} className="map-note">
            {note}
          </p>
        ))}
        {!printing && <p className="map-note">{t('selectHint')}</p>}
        {printing && !paper && <span className="loading" hidden />}
      </ViewFrame>
      {/* On paper the table follows the map, whatever the screen showed: a map alone cannot be read off. */}
      {printing && !asTable && (
        <div className="map-print-table">
          <ModelTable caption={model.title} table={model.table} />
        </div>
      )}
    </>
  );
}
