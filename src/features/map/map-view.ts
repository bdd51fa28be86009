import type { Boundaries, School, SchoolFigures } from '@/data/domain';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { fill } from '@/lib/i18n';
import { colorFor, NO_SCHOOL_FILL, NOT_REPORTED_FILL } from './classify';
import type { MapData, MapRow } from './map-metrics';
import { markerRadiusKm, placeMarkers } from './marker-placement';
import { mapMessages } from './messages';
import type { PrefectureView } from './PrefectureLayer';
import type { SchoolMarkerView } from './SchoolLayer';

const msg = (lang: Lang, key: keyof typeof mapMessages, params?: Record<string, string | number>) =>
  fill(mapMessages[key][lang], params);

export function formatValue(row: Pick<MapRow, 'value'>, unit: string, lang: Lang): string {
  return row.value === null ? msg(lang, 'notReported') : `${formatNumber(row.value, lang)} ${unit}`;
}

/** Fill, accessible label and tooltip text of every prefecture for the current metric. */
export function prefectureViews(
  data: MapData,
  lang: Lang,
  schoolName: (id: string) => string,
  filtered: boolean,
): Map<string, PrefectureView> {
  const unit = lang === 'zh' ? data.metric.unit : data.metric.unitEn;
  const ranked = data.rows.filter((r) => r.rank !== null).length;
  return new Map(
    data.rows.map((row) => {
      const name = lang === 'zh' ? row.prefecture.shortZh : row.prefecture.shortEn;
      const noSchool = row.noSchool && data.metric.kind !== 'list';
      const status = noSchool ? msg(lang, filtered ? 'noSchoolFiltered' : 'noSchool') : formatValue(row, unit, lang);
      const rank = row.rank !== null && !noSchool ? msg(lang, 'rank', { rank: row.rank, of: ranked }) : '';
      const lines = [name, status];
      if (rank) lines.push(rank);
      if (row.share !== null && !noSchool)
        lines.push(
          msg(lang, 'share', {
            share: formatPercent(row.share, lang, 1),
            total: `${formatNumber(data.total, lang)} ${unit}`,
          }),
        );
      if (row.schoolIds.length > 0)
        lines.push(msg(lang, 'schoolsHere', { list: row.schoolIds.map(schoolName).join(lang === 'zh' ? '、' : ', ') }));
      return [
        row.prefecture.id,
        {
          fill: noSchool ? NO_SCHOOL_FILL : row.value === null ? NOT_REPORTED_FILL : colorFor(row.value, data.breaks),
          dashed: noSchool,
          label: msg(lang, 'prefectureLabel', { name, value: status, rank }).replace(/[，,]\s*$/, ''),
          tooltipLines: lines,
        },
      ];
    }),
  );
}

/** Markers for the schools in view, laid out inside their prefectures. */
export function schoolMarkers(
  boundaries: Boundaries,
  inView: readonly School[],
  figures: SchoolFigures,
  lang: Lang,
): SchoolMarkerView[] {
  const students = figures.byId.get('students')?.values ?? {};
  const largest = Math.max(0, ...Object.values(students).map((v) => v ?? 0));
  const byPrefecture = new Map<string, School[]>();
  for (const s of inView) byPrefecture.set(s.prefectureId, [...(byPrefecture.get(s.prefectureId) ?? []), s]);
  const markers: SchoolMarkerView[] = [];
  for (const [prefectureId, schools] of byPrefecture) {
    const shape = boundaries.byId.get(prefectureId);
    if (!shape) continue;
    const placed = placeMarkers(
      shape.geometry,
      shape.labelPoint,
      schools.map((s) => ({ id: s.id, radiusKm: markerRadiusKm(students[s.id] ?? null, largest) })),
    );
    placed.forEach((p, i) => {
      const school = schools[i] as School;
      const name = lang === 'zh' ? school.nameZh : school.nameEn;
      const count = students[school.id];
      const studentsText = count === null || count === undefined ? msg(lang, 'notReported') : formatNumber(count, lang);
      markers.push({
        ...p,
        undergraduate: school.tier === 'undergraduate',
        label: msg(lang, 'schoolMarker', { name, students: studentsText }),
        tooltip: `${name}：${studentsText}`,
      });
    });
  }
  return markers;
}
