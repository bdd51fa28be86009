import type { Prefectures, SchoolFigures, Schools } from '@/data/domain';
import type { TabularExport } from '@/lib/export/csv';
import type { Lang } from '@/lib/format';
import { fill, localSource, pick, translateIn } from '@/lib/i18n';
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
      ...figures.metrics.map((x) => ({
        key: x.id,
        label: translateIn(exportMessages, lang, 'columnWithSource', {
          label: pick(lang, x, 'label'),
          source: localSource(lang, x.source),
        }),
      })),
    ],
    rows: schools.list.map((s) => {
      const p = prefectures.byId.get(s.prefectureId);
      return {
        school: pick(lang, s, 'name'),
        prefecture: p ? pick(lang, p, 'short') : s.prefectureId,
        ...Object.fromEntries(figures.metrics.map((x) => [x.id, x.values[s.id] ?? null])),
      };
    }),
  };
}
