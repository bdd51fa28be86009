export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

export type TableRow = Record<string, string> & { key: string };

/** A plain table of the numbers a chart shows: the chart's accessible alternative. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: Column[]; rows: TableRow[] }) {
  return (
    // Focusable, so that a keyboard can scroll a long table.
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {row[c.key]}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {row[c.key]}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
