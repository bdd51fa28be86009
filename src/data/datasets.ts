import type { DatasetSpec } from './load';
import { schoolsFileSchema, type SchoolsFile } from './schemas/schools';
import { prefecturesFileSchema } from './schemas/prefectures';
import { schoolFiguresFileSchema } from './schemas/school-figures';
import { indexById, indexSchools, type Prefectures, type SchoolFigures, type Schools } from './domain';
import type { z } from 'zod';

/** Every dataset in public/data, with its schema and its typed, indexed domain form. */
export const schoolsDataset: DatasetSpec<SchoolsFile, Schools> = {
  file: 'schools.json',
  schema: schoolsFileSchema,
  toDomain: (raw) => indexSchools(raw.schools),
};

export const prefecturesDataset: DatasetSpec<z.infer<typeof prefecturesFileSchema>, Prefectures> = {
  file: 'prefectures.json',
  schema: prefecturesFileSchema,
  toDomain: (raw) => ({ list: raw.prefectures, byId: indexById(raw.prefectures) }),
};

export const schoolFiguresDataset: DatasetSpec<z.infer<typeof schoolFiguresFileSchema>, SchoolFigures> = {
  file: 'school-figures.json',
  schema: schoolFiguresFileSchema,
  toDomain: (raw) => ({ metrics: raw.metrics, byId: indexById(raw.metrics) }),
};
