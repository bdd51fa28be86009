import type { Lang } from '@/lib/format';
import type { ComparedMeasure } from './compare';

/** Each school's value as a percentage of the province median, per measure: gaps at a glance. */
export function gapRows(rows: readonly ComparedMeasure[], lang: Lang) {
  return rows
    .filter((r) => r.median !== null && r.median > 0)
    .map((r) => ({
      key: r.measure.id,
      label: lang === 'zh' ? r.measure.labelZh : r.measure.labelEn,
      ...Object.fromEntries(
        r.values.map((v) => [
          v.schoolId,
          v.value === null ? null : Math.round((v.value / (r.median as number)) * 1000) / 10,
        ]),
      ),
    }));
}
