// Provenance: how public/data/school-figures.json's numbers were taken from the report's
// tab-separated tables 表2, 表6 and 表16. Run by hand (`node scripts/extract-school-tables.mjs`);
// it prints the rows it read so they can be compared with the committed file.
import { readFileSync } from 'node:fs';

const reportPath = new URL('../docs/report/gansu-hve-quality-report-2023.txt', import.meta.url);
const lines = readFileSync(reportPath, 'utf8').split('\n');

/** Rows of a table: tab-separated lines whose first cell is a row number, after its title line. */
export function tableRows(titlePattern, width) {
  const start = lines.findIndex((l) => titlePattern.test(l) && !/\t\d+$/.test(l));
  if (start < 0) throw new Error(`table not found: ${titlePattern}`);
  const rows = [];
  for (let i = start + 1; i < lines.length; i++) {
    const cells = lines[i].split('\t').map((c) => c.trim());
    if (/^\d+$/.test(cells[0]) && cells.length >= width) rows.push(cells);
    else if (/^(案例|表|\d+\.\d)/.test(lines[i])) break;
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    JSON.stringify(
      {
        表2: tableRows(/^表\s*2\s*甘肃省高等职业学校学生人数统计表/, 5),
        表6: tableRows(/^表\s*6\s*甘肃省职业院校在线资源建设统计表/, 8),
        表16: tableRows(/^表\s*16\s*甘肃省高等职业学校/, 3),
      },
      null,
      1,
    ),
  );
}
