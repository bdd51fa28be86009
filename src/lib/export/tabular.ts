import type { TabularExport } from './csv';
import type { ExportModel } from './model';

/** A model's table for CSV and XLSX: raw numbers where a cell has one, its text otherwise. */
export function tabularFromModel(model: ExportModel): TabularExport {
  return {
    title: model.title,
    scope: [model.subtitle, model.unit].filter(Boolean).join(' · '),
    source: [model.source, ...model.notes].join(' '),
    columns: model.table.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: model.table.rows.map((row) =>
      Object.fromEntries(
        model.table.columns.map((c) => {
          const cell = row.cells[c.key];
          return [c.key, cell === undefined ? null : cell.value !== undefined ? cell.value : cell.text];
        }),
      ),
    ),
  };
}
