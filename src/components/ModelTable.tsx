import type { TableModel } from '@/lib/export/model';

/**
 * A view's table, every row and column: the accessible alternative of its chart and what its data
 * exports hold. It scrolls inside its own box, the first column staying in view.
 */
export function ModelTable({ caption, table }: { caption: string; table: TableModel }) {
  return (
    // Focusable, so that a keyboard can scroll a long table.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              {table.columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {row.cells[c.key]?.text}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {row.cells[c.key]?.text}
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
