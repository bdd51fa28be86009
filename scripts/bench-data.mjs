// Data for the benchmark: the static floor page and the scaled (10×, 100×) datasets.
import fs from 'node:fs';

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The same per-school numbers as the dashboard's first view, as one static table with no script. */
export function floorPage(schoolsFile, figuresFile) {
  const metrics = figuresFile.metrics.filter((m) => ['students', 'admissions', 'graduates'].includes(m.id));
  const rows = schoolsFile.schools
    .map(
      (s) =>
        `<tr><th>${escape(s.nameZh)}</th>${metrics.map((m) => `<td>${m.values[s.id] ?? '未报告'}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>floor</title><table><tr><th>学校</th>${metrics.map((m) => `<th>${escape(m.labelZh)}</th>`).join('')}</tr>${rows}</table></html>`;
}

/** 1 → 'b', 26 → 'ba': ids may hold only lower-case letters and hyphens. */
const letters = (k) =>
  k < 26 ? String.fromCharCode(97 + k) : letters(Math.floor(k / 26) - 1) + String.fromCharCode(97 + (k % 26));

/** The real schools repeated `factor` times under new ids, as later reports may bring. */
export function scaledDatasets(factor, dist = process.env.DIST_DIR ?? 'dist') {
  const schoolsFile = JSON.parse(fs.readFileSync(`${dist}/data/schools.json`, 'utf8'));
  const figuresFile = JSON.parse(fs.readFileSync(`${dist}/data/school-figures.json`, 'utf8'));
  const schools = [];
  for (let k = 0; k < factor; k++)
    for (const s of schoolsFile.schools)
      schools.push({
        ...s,
        id: k === 0 ? s.id : `${s.id}-copy-${letters(k)}`,
        seq: schools.length + 1,
        nameZh: k === 0 ? s.nameZh : `${s.nameZh}（${k}）`,
        nameEn: k === 0 ? s.nameEn : `${s.nameEn} (${k})`,
        otherNames: k === 0 ? s.otherNames : [],
      });
  const metrics = figuresFile.metrics.map((m) => {
    const values = {};
    for (let k = 0; k < factor; k++)
      for (const s of schoolsFile.schools) values[k === 0 ? s.id : `${s.id}-copy-${letters(k)}`] = m.values[s.id];
    // The report's stated totals no longer apply to the scaled data.
    const rest = { ...m };
    delete rest.statedTotal;
    return { ...rest, values };
  });
  return { schools: JSON.stringify({ ...schoolsFile, schools }), figures: JSON.stringify({ ...figuresFile, metrics }) };
}
