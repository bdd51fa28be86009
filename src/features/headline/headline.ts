import type { Figure, School, SchoolFigures } from '@/data/domain';

export interface HeadlineFigure {
  id: string;
  labelZh: string;
  labelEn: string;
  value: number;
  unit: string;
  unitEn: string;
  source: string;
  /** The province value, shown beside a filtered one. */
  provinceValue?: number;
  /** For shares: what the percentage is of. */
  baseZh?: string;
  baseEn?: string;
}

/** Sum of a per-school metric over the given schools, skipping those not reported. */
export function sumOver(schools: readonly School[], values: Record<string, number | null>): number {
  return schools.reduce((sum, s) => sum + (values[s.id] ?? 0), 0);
}

/**
 * School count (表1) and the 表2 totals over the schools the filters leave; with a filter active,
 * each figure also carries the province value.
 */
export function deriveSchoolHeadlines(
  all: readonly School[],
  inView: readonly School[],
  figures: SchoolFigures,
): HeadlineFigure[] {
  const filtered = inView.length !== all.length;
  const headlines: HeadlineFigure[] = [
    {
      id: 'schools',
      labelZh: '高等职业院校',
      labelEn: 'Higher vocational schools',
      value: inView.length,
      unit: '所',
      unitEn: 'schools',
      source: '表1',
      ...(filtered ? { provinceValue: all.length } : {}),
    },
  ];
  for (const id of ['students', 'admissions', 'graduates']) {
    const metric = figures.byId.get(id);
    if (!metric) continue;
    headlines.push({
      id,
      labelZh: metric.labelZh,
      labelEn: metric.labelEn,
      value: sumOver(inView, metric.values),
      unit: metric.unit,
      unitEn: metric.unitEn,
      source: metric.statedTotal && !filtered ? `${metric.source}、${metric.statedTotal.source}` : metric.source,
      ...(filtered ? { provinceValue: sumOver(all, metric.values) } : {}),
    });
  }
  return headlines;
}

/** Province-wide narrative figures shown beside the school totals; they do not follow filters. */
export const PROVINCE_HEADLINE_IDS = [
  'graduates-destination-rate',
  'double-qualified-teachers',
  'x-certificate-pass-rate',
  'hve-subsidies',
] as const;

export function deriveProvinceHeadlines(figureById: ReadonlyMap<string, Figure>): HeadlineFigure[] {
  return PROVINCE_HEADLINE_IDS.flatMap((id) => {
    const f = figureById.get(id);
    if (!f) return [];
    return [
      {
        id: f.id,
        labelZh: f.labelZh,
        labelEn: f.labelEn,
        value: f.value,
        unit: f.unit,
        unitEn: f.unitEn,
        source: f.source,
        ...(f.base ? { baseZh: f.base } : {}),
        ...(f.baseEn ? { baseEn: f.baseEn } : {}),
      },
    ];
  });
}
