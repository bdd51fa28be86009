import type { AppendixTable } from '@/data/domain';
import type { Lang } from '@/lib/format';
import { localLabel } from '@/lib/i18n';
import { surveyMethodLabel, tableLabel, unitLabel } from './labels';
import { citation } from './rows';

export interface AppendixExportRow {
  [key: string]: string | number | null;
  table: string;
  seq: string;
  indicator: string;
  /** The number as printed; null where the report prints "-" (not reported, never 0). */
  value: number | null;
  printed: string;
  unit: string;
  surveyCount: number | null;
  surveyMethod: string;
}

/** Every appendix row as a flat record for CSV/XLSX, citable by table and 序号. */
export function appendixExportRows(tables: readonly AppendixTable[], lang: Lang): AppendixExportRow[] {
  return tables.flatMap((table) =>
    table.rows.map((row) => {
      const cite = citation(table, row);
      return {
        table: tableLabel(table.id, lang),
        seq: cite.seq ? `${cite.seq}${cite.subRow ? (lang === 'zh' ? '（其中）' : ' (of which)') : ''}` : '',
        indicator: localLabel(lang, row),
        value: row.value,
        printed: row.valueText,
        unit: unitLabel(row.unit, lang),
        surveyCount: row.surveyCount ?? null,
        surveyMethod: row.surveyMethod ? surveyMethodLabel(row.surveyMethod, lang) : '',
      };
    }),
  );
}
