import type { SchoolFigures, Schools } from '../../data/domain';

export interface HeadlineFigure {
  id: string;
  labelZh: string;
  labelEn: string;
  value: number;
  unit: string;
  unitEn: string;
  source: string;
  /** For shares: what the percentage is of. */
  baseZh?: string;
  baseEn?: string;
}

/** Sum of a per-school metric over the schools that report it. */
export function sumReported(values: Record<string, number | null>): number {
  return Object.values(values).reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

/** The province headline: school count (表1) and the 表2 totals. */
export function deriveSchoolHeadlines(schools: Schools, figures: SchoolFigures): HeadlineFigure[] {
  const headlines: HeadlineFigure[] = [
    {
      id: 'schools',
      labelZh: '高等职业院校',
      labelEn: 'Higher vocational schools',
      value: schools.list.length,
      unit: '所',
      unitEn: 'schools',
      source: '表1',
    },
  ];
  for (const id of ['students', 'admissions', 'graduates']) {
    const metric = figures.byId.get(id);
    if (!metric) continue;
    headlines.push({
      id,
      labelZh: metric.labelZh,
      labelEn: metric.labelEn,
      value: sumReported(metric.values),
      unit: metric.unit,
      unitEn: metric.unitEn,
      source: metric.statedTotal ? `${metric.source}、${metric.statedTotal.source}` : metric.source,
    });
  }
  return headlines;
}
