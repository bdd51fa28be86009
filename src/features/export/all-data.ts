import type { Prefectures, SchoolFigures, Schools } from '@/data/domain';
import type { TabularExport } from '@/lib/export/csv';
import type { Lang } from '@/lib/format';
import { fill } from '@/lib/i18n';
import { exportMessages } from './messages';

/** Every school with every per-school figure; not-reported cells stay empty, never 0. */
export function allSchoolData(
  schools: Schools,
  prefectures: Prefectures,
  figures: SchoolFigures,
  lang: Lang,
): TabularExport {
  const m = (key: keyof typeof exportMessages) => fill(exportMessages[key][lang]);
  return {
    title: m('allDataTitle'),
    scope: m('allData'),
    source: m('allDataSource'),
    columns: [
      { key: 'school', label: m('school') },
      { key: 'prefecture', label: m('prefecture') },
      ...figures.metrics.map((x) => ({ key: x.id, label: `${lang === 'zh' ? x.labelZh : x.labelEn}（${x.source}）` })),
    ],
    rows: schools.list.map((s) => {
      const p = prefectures.byId.get(s.prefectureId);
      return {
        school: lang === 'zh' ? s.nameZh : s.nameEn,
        prefecture: p ? (lang === 'zh' ? p.shortZh : p.shortEn) : s.prefectureId,
        ...Object.fromEntries(figures.metrics.map((x) => [x.id, x.values[s.id] ?? null])),
      };
    }),
  };
}
