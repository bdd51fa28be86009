import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useEffect, useMemo } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { DataTable } from '@/components/DataTable';
import { ExportMenu } from '@/components/export/ExportMenu';
import { useRegisterExportable } from '@/components/export/use-exportable';
import { numberCell, textCell } from '@/lib/export/model';
import { useScope } from '@/components/use-scope';
import { useMessages, useT } from '@/components/use-t';
import { useBoundaries, useLists, usePrefectures, useSchoolFigures, useSchools } from '@/data/queries';
import type { Boundaries, Prefectures, SchoolFigures, Schools } from '@/data/domain';
import { formatPercent } from '@/lib/format';
import { localSource } from '@/lib/i18n';
import { isOneOf, METRIC_IDS } from '@/state/vocabulary';
import { actions, useCompared, useHovered, useLang, useMetric, usePrefecture } from '@/state/store';
import { Legend } from './Legend';
import { LabelLayer } from './LabelLayer';
import { PrefectureLayer } from './PrefectureLayer';
import { SchoolLayer } from './SchoolLayer';
import { deriveMapData, mapMetrics } from './map-metrics';
import { formatValue, prefectureViews, schoolMarkers } from './map-view';
import { mapMessages } from './messages';
import { mapExportModel } from './map-export';

/** A basemap is off by default (offline intranet); an administrator may set one at build time. */
const BASEMAP_URL = import.meta.env.VITE_BASEMAP_URL as string | undefined;

/** Esc clears the selected prefecture from anywhere on the page, except inside a form control. */
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

function MapView({
  boundaries,
  prefectures,
  schools,
  figures,
}: {
  boundaries: Boundaries;
  prefectures: Prefectures;
  schools: Schools;
  figures: SchoolFigures;
}) {
  const m = useMessages(mapMessages);
  const lang = useLang();
  const scope = useScope();
  useEscapeClearsPrefecture();
  const lists = useLists().data;
  const metricId = useMetric();
  const selected = usePrefecture();
  const compared = useCompared();
  const hovered = useHovered();
  const metrics = useMemo(() => mapMetrics(figures), [figures]);
  const metric = metrics.find((x) => x.id === metricId) ?? metrics[1]!;
  const inView = scope.inView ?? schools.list;
  const data = useMemo(
    () => deriveMapData(metric, prefectures.list, inView, figures, lists),
    [metric, prefectures, inView, figures, lists],
  );
  const schoolName = useCallback(
    (id: string) => {
      const s = schools.byId.get(id);
      return s ? (lang === 'zh' ? s.nameZh : s.shortEn) : id;
    },
    [schools, lang],
  );
  const views = useMemo(
    () => prefectureViews(data, lang, schoolName, scope.active),
    [data, lang, schoolName, scope.active],
  );
  // Laid out once for every school, so filtering shows a subset at stable places and costs nothing.
  const allMarkers = useMemo(
    () => schoolMarkers(boundaries, schools.list, figures, lang),
    [boundaries, schools, figures, lang],
  );
  const visible = useMemo(() => new Set(inView.map((s) => s.id)), [inView]);
  const labels = useMemo(
    () =>
      boundaries.shapes.map((s) => {
        const p = prefectures.byId.get(s.id);
        return { id: s.id, text: p ? (lang === 'zh' ? p.shortZh : p.shortEn) : s.id, at: s.labelPoint };
      }),
    [boundaries, prefectures, lang],
  );
  const unit = lang === 'zh' ? metric.unit : metric.unitEn;
  const metricLabel = lang === 'zh' ? metric.labelZh : metric.labelEn;
  const t = useT();
  const title = `${m('title')}：${metricLabel}`;
  const subtitle = metric.kind === 'list' ? m('listScope', { source: metric.source }) : scope.subtitle;
  const source = t('reportSource', { source: localSource(lang, metric.source) });
  const tableRows = data.rows.map((r) => ({
    key: r.prefecture.id,
    name: lang === 'zh' ? r.prefecture.shortZh : r.prefecture.shortEn,
    value: r.noSchool && metric.kind !== 'list' ? m('noSchool') : formatValue(r, '', lang).trim(),
    share: r.share === null ? '—' : formatPercent(r.share, lang, 1),
    rank: r.rank === null ? '—' : String(r.rank),
    schools: String(r.schoolIds.length),
  }));
  const columns = [
    { key: 'name', label: m('tablePrefecture') },
    { key: 'value', label: `${m('tableValue')}（${unit}）`, numeric: true },
    { key: 'share', label: m('tableShare'), numeric: true },
    { key: 'rank', label: m('tableRank'), numeric: true },
    { key: 'schools', label: m('tableSchools'), numeric: true },
  ];
  const model = useMemo(
    () =>
      mapExportModel({
        data,
        boundaries,
        views,
        labels,
        markers: allMarkers,
        visible,
        selected,
        lang,
        filtered: scope.active,
        text: {
          title,
          subtitle,
          unit,
          source,
          topic: `${metricLabel}-${m('mapWord')}`,
          scope: metric.kind === 'list' ? '' : scope.label,
        },
        table: {
          columns,
          rows: data.rows.map((r) => ({
            key: r.prefecture.id,
            cells: {
              name: textCell(lang === 'zh' ? r.prefecture.shortZh : r.prefecture.shortEn),
              value:
                r.noSchool && metric.kind !== 'list'
                  ? textCell(m('noSchool'))
                  : numberCell(r.value, formatValue(r, '', lang).trim()),
              share: numberCell(
                r.share === null ? null : Math.round(r.share * 10) / 10,
                r.share === null ? '—' : formatPercent(r.share, lang, 1),
              ),
              rank: numberCell(r.rank, r.rank === null ? '—' : String(r.rank)),
              schools: numberCell(r.schoolIds.length, String(r.schoolIds.length)),
            },
          })),
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- columns and texts follow from metric, lang and scope
    [data, boundaries, views, labels, allMarkers, visible, selected, lang, scope, metric],
  );
  useRegisterExportable(model);

  return (
    <div className="map-layout">
      <div className="map-controls">
        <label>
          {m('colourBy')}{' '}
          <select
            value={metric.id}
            onChange={(e) => {
              if (isOneOf(METRIC_IDS, e.target.value)) actions.metricChosen(e.target.value);
            }}
          >
            {metrics.map((x) => (
              <option key={x.id} value={x.id}>
                {lang === 'zh' ? x.labelZh : x.labelEn}（{x.source}）
              </option>
            ))}
          </select>
        </label>
        <span className="map-hint">{m('selectHint')}</span>
        <ExportMenu model={model} />
      </div>
      {metric.kind === 'list' && <p className="map-scope">{m('listScope', { source: metric.source })}</p>}
      <div className="map-frame" role="region" aria-label={m('mapLabel', { metric: metricLabel })}>
        <MapContainer
          className="map-canvas"
          center={[37.8, 100.5]}
          zoom={5.5}
          zoomSnap={0.25}
          attributionControl={false}
          scrollWheelZoom={false}
        >
          {BASEMAP_URL && <TileLayer url={BASEMAP_URL} />}
          <PrefectureLayer
            shapes={boundaries.shapes}
            views={views}
            selected={selected}
            onActivate={actions.prefectureClicked}
          />
          <LabelLayer labels={labels} />
          <SchoolLayer
            markers={allMarkers}
            visible={visible}
            compared={compared}
            hovered={hovered}
            onHover={actions.schoolHovered}
            onActivate={actions.schoolCompared}
          />
        </MapContainer>
        <Legend
          breaks={data.breaks}
          unit={unit}
          lang={lang}
          showNoSchool={metric.kind !== 'list'}
          filtered={scope.active}
        />
      </div>
      <p className="map-note">{m('markersLegend')}</p>
      <p className="map-note">{m('schematic', { source: boundaries.source, licence: boundaries.licence })}</p>
      <details className="map-table">
        <summary>
          {m('title')}：{metricLabel}
        </summary>
        <DataTable caption={`${metricLabel}（${metric.source}）`} columns={columns} rows={tableRows} />
      </details>
    </div>
  );
}

export function MapPanel() {
  const m = useMessages(mapMessages);
  const boundaries = useBoundaries();
  const prefectures = usePrefectures();
  const schools = useSchools();
  const figures = useSchoolFigures();
  return (
    <Panel id="map" title={m('title')}>
      <QueryState queries={[boundaries, prefectures, schools, figures]} what={m('title')}>
        {(b, p, s, f) => <MapView boundaries={b} prefectures={p} schools={s} figures={f} />}
      </QueryState>
    </Panel>
  );
}
