import { loadDataset } from '@/data/load';
import * as d from '@/data/datasets';
import { fakeFetch } from '../data-files';

/** Every dataset loaded from public/data through the app's own loader and schemas. */
export async function loadAll() {
  const f = fakeFetch();
  const [schools, prefectures, figures, province, appendix, lists, cases, notes] = await Promise.all([
    loadDataset(d.schoolsDataset, f),
    loadDataset(d.prefecturesDataset, f),
    loadDataset(d.schoolFiguresDataset, f),
    loadDataset(d.provinceDataset, f),
    loadDataset(d.appendixDataset, f),
    loadDataset(d.listsDataset, f),
    loadDataset(d.casesDataset, f),
    loadDataset(d.dataNotesDataset, f),
  ]);
  return { schools, prefectures, figures, province, appendix, lists, cases, notes };
}
