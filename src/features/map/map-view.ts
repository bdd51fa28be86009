import type { Boundaries, School, SchoolFigures } from '@/data/domain';
import { formatNumber, type Lang } from '@/lib/format';
import { formatList, pick } from '@/lib/i18n';
import { colorFor, NO_SCHOOL_FILL, NOT_REPORTED_FILL } from './classify';
import type { MapData } from './map-metrics';
import { mapText, noSchoolText, shareLine, shareOfViewLine, standingLine, valueText } from './map-text';
import { markerRadiusKm, placeMarkers, type PlacedMarker } from './marker-placement';

export interface PrefectureView {
  fill: string;
  /** Distinct outline for prefectures without a school, so they never read as low values. */
  dashed: boolean;
  /** The accessible name: name, value, standing and share of the province. */
  label: string;
  /** The tooltip: the name first, then one fact a line. */
  tooltipLines: string[];
}

/** Fill, accessible label and tooltip text of every prefecture for the current metric. */
export function prefectureViews(
  data: MapData,
  lang: Lang,
  schoolName: (id: string) => string,
): Map<string, PrefectureView> {
  return new Map(
    data.rows.map((row) => {
      const name = pick(lang, row.prefecture, 'short');
      const noSchool = row.noSchool && data.metric.kind !== 'list';
      const facts = noSchool
        ? [noSchoolText(data, lang)]
        : [
            valueText(row.value, data.metric, lang),
            standingLine(row.standing, data.filtered, lang),
            shareLine(row, data, lang),
            shareOfViewLine(row, data, lang),
          ].filter((line): line is string => line !== null);
      const schools =
        row.schoolIds.length > 0
          ? [mapText(lang, 'schoolsHere', { list: formatList(row.schoolIds.map(schoolName), lang) })]
          : [];
      const details = facts.reduce((first, rest) => mapText(lang, 'detailsJoin', { first, rest }));
      return [
        row.prefecture.id,
        {
          fill: noSchool ? NO_SCHOOL_FILL : row.value === null ? NOT_REPORTED_FILL : colorFor(row.value, data.breaks),
          dashed: noSchool,
          label: mapText(lang, 'prefectureLabel', { name, details }),
          tooltipLines: [name, ...facts, ...schools],
        },
      ];
    }),
  );
}

export interface SchoolMarkerView extends PlacedMarker {
  undergraduate: boolean;
  /** The school's name in the language on screen. */
  name: string;
  /** Its students as a phrase ("12,997 人" / "12,997 students"). */
  students: string;
  /** The accessible name of its marker, which says what Enter does. */
  label: string;
  tooltip: string;
}

/** Markers for the given schools, laid out inside their prefectures without overlapping. */
export function schoolMarkers(
  boundaries: Boundaries,
  schools: readonly School[],
  figures: SchoolFigures,
  lang: Lang,
): SchoolMarkerView[] {
  const students = figures.byId.get('students')?.values ?? {};
  const largest = Math.max(0, ...Object.values(students).map((v) => v ?? 0));
  const byPrefecture = new Map<string, School[]>();
  for (const s of schools) byPrefecture.set(s.prefectureId, [...(byPrefecture.get(s.prefectureId) ?? []), s]);
  const markers: SchoolMarkerView[] = [];
  for (const [prefectureId, own] of byPrefecture) {
    const shape = boundaries.byId.get(prefectureId);
    if (!shape) continue;
    const placed = placeMarkers(
      shape.geometry,
      shape.labelPoint,
      own.map((s) => ({ id: s.id, radiusKm: markerRadiusKm(students[s.id] ?? null, largest) })),
    );
    placed.forEach((p, i) => {
      const school = own[i] as School;
      const name = pick(lang, school, 'name');
      const count = students[school.id];
      const studentsText =
        count === null || count === undefined
          ? mapText(lang, 'notReported')
          : mapText(lang, 'studentsValue', { value: formatNumber(count, lang), count });
      markers.push({
        ...p,
        undergraduate: school.tier === 'undergraduate',
        name,
        students: studentsText,
        label: mapText(lang, 'schoolMarker', { name, students: studentsText }),
        tooltip: mapText(lang, 'schoolTooltip', { name, students: studentsText }),
      });
    });
  }
  return markers;
}

/**
 * A prefecture's outline, for Leaflet's map and its picture alike (MapSvg draws files by the same
 * rule): black and thick when selected, dashed grey where there is no school, white between the others.
 */
export function prefectureOutline(dashed: boolean, selected: boolean) {
  return {
    color: selected ? '#111' : dashed ? '#888' : '#fff',
    weight: selected ? 3 : 1,
    dashArray: dashed && !selected ? '4 3' : undefined,
  };
}

/** A school's dot: dark for an undergraduate-level school, light for a junior college; its outline. */
export const schoolFill = (undergraduate: boolean) => (undergraduate ? '#b35806' : '#fdb863');
export const SCHOOL_STROKE = '#5a3a00';
