import type { DatasetSpec } from './load';
import { schoolsFileSchema, type SchoolsFile } from './schemas/schools';
import { prefecturesFileSchema } from './schemas/prefectures';
import { schoolFiguresFileSchema } from './schemas/school-figures';
import { provinceFileSchema } from './schemas/province';
import { appendixFileSchema } from './schemas/appendix';
import { listsFileSchema } from './schemas/lists';
import { casesFileSchema } from './schemas/cases';
import { dataNotesFileSchema } from './schemas/data-notes';
import { glossaryFileSchema } from './schemas/glossary';
import { boundariesFileSchema } from './schemas/boundaries';
import { decodeBoundaries } from './boundaries';
import {
  indexAppendix,
  indexById,
  indexNotes,
  indexSchools,
  type Appendix,
  type Boundaries,
  type Cases,
  type DataNotes,
  type Glossary,
  type Lists,
  type Prefectures,
  type Province,
  type SchoolFigures,
  type Schools,
} from './domain';
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

export const provinceDataset: DatasetSpec<z.infer<typeof provinceFileSchema>, Province> = {
  file: 'province.json',
  schema: provinceFileSchema,
  toDomain: (raw) => ({ ...raw, figureById: indexById(raw.figures) }),
};

export const appendixDataset: DatasetSpec<z.infer<typeof appendixFileSchema>, Appendix> = {
  file: 'appendix.json',
  schema: appendixFileSchema,
  toDomain: (raw) => indexAppendix(raw.tables),
};

export const listsDataset: DatasetSpec<z.infer<typeof listsFileSchema>, Lists> = {
  file: 'lists.json',
  schema: listsFileSchema,
  toDomain: (raw) => ({ lists: raw.lists, byId: indexById(raw.lists) }),
};

export const casesDataset: DatasetSpec<z.infer<typeof casesFileSchema>, Cases> = {
  file: 'cases.json',
  schema: casesFileSchema,
  toDomain: (raw) => raw,
};

export const dataNotesDataset: DatasetSpec<z.infer<typeof dataNotesFileSchema>, DataNotes> = {
  file: 'data-notes.json',
  schema: dataNotesFileSchema,
  toDomain: (raw) => indexNotes(raw.notes),
};

export const glossaryDataset: DatasetSpec<z.infer<typeof glossaryFileSchema>, Glossary> = {
  file: 'glossary.json',
  schema: glossaryFileSchema,
  toDomain: (raw) => ({ terms: raw.terms, byId: indexById(raw.terms) }),
};

export const boundariesDataset: DatasetSpec<z.infer<typeof boundariesFileSchema>, Boundaries> = {
  file: 'gansu-prefectures.topo.json',
  schema: boundariesFileSchema,
  toDomain: decodeBoundaries,
};

/** Every dataset, for checks that go over all of them. */
export const allDatasets = [
  schoolsDataset,
  prefecturesDataset,
  schoolFiguresDataset,
  provinceDataset,
  appendixDataset,
  listsDataset,
  casesDataset,
  dataNotesDataset,
  glossaryDataset,
  boundariesDataset,
] as const;
