import { useMemo } from 'react';
import type { DataNote, SchoolFigures, Schools } from '@/data/domain';
import { schoolMeasures } from '@/data/derive/measures';
import { useCases, useDataNotes, useLists } from '@/data/queries';
import { useBenchmarks, useCompared, useLang } from '@/state/store';
import { compareSchools, isComparison } from './compare';
import { gapExportModel } from './gap-model';
import { memberships } from './memberships';
import { membershipsModel, showMemberships } from './memberships-model';
import { notesFor, rowNoteKeys } from './notes';
import { showComparison } from './shown';
import { comparisonTableModel } from './table-model';

/**
 * Everything the comparison shows and exports, from the data and the intent, by pure functions:
 * the component only renders what this returns. lists.json and cases.json may still load or have
 * failed: the figures are compared all the same.
 */
export function useComparison(schools: Schools, figures: SchoolFigures) {
  const lang = useLang();
  const ids = useCompared();
  const asked = useBenchmarks();
  const lists = useLists();
  const cases = useCases();
  const dataNotes = useDataNotes().data;
  const measures = useMemo(() => schoolMeasures(figures), [figures]);
  const comparison = useMemo(() => compareSchools(ids, schools.list, measures, asked), [ids, schools, measures, asked]);
  const shown = useMemo(() => showComparison(comparison, lang), [comparison, lang]);
  const rowNotes = useMemo(() => {
    const present = comparison.schools.map((s) => s.id);
    const byRow = new Map<string, DataNote[]>();
    for (const row of comparison.rows)
      byRow.set(row.measure.id, notesFor(rowNoteKeys(row.measure, present), dataNotes));
    return byRow;
  }, [comparison, dataNotes]);
  const notes = useMemo(() => [...new Set([...rowNotes.values()].flat())], [rowNotes]);
  const table = useMemo(() => comparisonTableModel(comparison, shown, notes, lang), [comparison, shown, notes, lang]);
  const gaps = useMemo(() => gapExportModel(comparison, notes, lang), [comparison, notes, lang]);
  const items = useMemo(
    () => showMemberships(memberships(comparison.schools, lists.data, cases.data?.cases), lang),
    [comparison.schools, lists.data, cases.data, lang],
  );
  const itemsModel = useMemo(() => membershipsModel(comparison, items, lang), [comparison, items, lang]);
  return {
    comparison,
    shown,
    rowNotes,
    table,
    gaps,
    items,
    itemsModel,
    ready: isComparison(comparison),
    /** The datasets the lists and cases need, to name a failed one. */
    extras: [lists, cases] as const,
  };
}
