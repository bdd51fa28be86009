import type { School } from './schemas/schools';
import type { Prefecture } from './schemas/prefectures';
import type { SchoolMetric } from './schemas/school-figures';
import type { Figure, ProvinceFile } from './schemas/province';
import type { AppendixRow, AppendixTable } from './schemas/appendix';
import type { ListRow, ReportList } from './schemas/lists';
import type { ReportCase } from './schemas/cases';
import type { DataNote } from './schemas/data-notes';
import type { GlossaryTerm } from './schemas/glossary';
import type { PrefectureId } from '@/state/vocabulary';

export type {
  School,
  Prefecture,
  SchoolMetric,
  Figure,
  AppendixRow,
  AppendixTable,
  ReportList,
  ListRow,
  ReportCase,
  DataNote,
  GlossaryTerm,
};

export interface Schools {
  list: School[];
  byId: ReadonlyMap<string, School>;
  /** Every name the report uses for a school (表1 name, former and variant names). */
  byName: ReadonlyMap<string, School>;
}

export interface Prefectures {
  list: Prefecture[];
  byId: ReadonlyMap<string, Prefecture>;
}

export interface SchoolFigures {
  metrics: SchoolMetric[];
  byId: ReadonlyMap<string, SchoolMetric>;
}

export function indexSchools(list: School[]): Schools {
  const byName = new Map<string, School>();
  for (const school of list) {
    byName.set(school.nameZh, school);
    for (const other of school.otherNames) byName.set(other.name, school);
  }
  return { list, byId: new Map(list.map((s) => [s.id, s])), byName };
}

export function indexById<T extends { id: string }>(list: T[]): ReadonlyMap<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

export interface Province {
  figures: Figure[];
  figureById: ReadonlyMap<string, Figure>;
  basicConditions: ProvinceFile['basicConditions'];
  doubleQualifiedTeachers: ProvinceFile['doubleQualifiedTeachers'];
  training: ProvinceFile['training'];
}

export interface Appendix {
  tables: AppendixTable[];
  byId: ReadonlyMap<string, AppendixTable>;
  /** A row by table and row id, e.g. row('附表4', 'vertical-research-funding'). */
  row: (tableId: string, rowId: string) => AppendixRow | undefined;
}

export function indexAppendix(tables: AppendixTable[]): Appendix {
  const byId = indexById(tables);
  const rows = new Map(tables.map((t) => [t.id, indexById(t.rows)]));
  return { tables, byId, row: (tableId, rowId) => rows.get(tableId)?.get(rowId) };
}

export interface Lists {
  lists: ReportList[];
  byId: ReadonlyMap<string, ReportList>;
}

export interface Cases {
  cases: ReportCase[];
}

export interface DataNotes {
  notes: DataNote[];
  /** Notes by every key they touch, and by the figure-level key without a school (school-metric:<metric>). */
  byTouch: ReadonlyMap<string, DataNote[]>;
}

export function indexNotes(notes: DataNote[]): DataNotes {
  const byTouch = new Map<string, DataNote[]>();
  const add = (key: string, note: DataNote) => {
    const list = byTouch.get(key) ?? [];
    if (!list.includes(note)) list.push(note);
    byTouch.set(key, list);
  };
  for (const note of notes) {
    for (const key of note.touches) {
      add(key, note);
      const metricOnly = /^school-metric:([^/]+)\//.exec(key);
      if (metricOnly) add(`school-metric:${metricOnly[1]}`, note);
    }
  }
  return { notes, byTouch };
}

export interface Glossary {
  terms: GlossaryTerm[];
  byId: ReadonlyMap<string, GlossaryTerm>;
}

export type AreaGeometry =
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

export interface PrefectureShape {
  id: PrefectureId;
  geometry: AreaGeometry;
  /** A point well inside the prefecture, for its label and its schools' markers. */
  labelPoint: [number, number];
}

export interface Boundaries {
  shapes: PrefectureShape[];
  byId: ReadonlyMap<string, PrefectureShape>;
  source: string;
  licence: string;
  noteZh: string;
  noteEn: string;
}
