import type { SchoolFigures } from '@/data/domain';

/** A per-school figure: a metric of school-figures.json as printed, or a ratio of two of them. */
export interface Measure {
  id: string;
  labelZh: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  source: string;
  /** A ratio in percent: it has no share of the province (percentages do not add up). */
  percent: boolean;
  /** How a ratio is computed, said beside it. */
  howZh?: string;
  howEn?: string;
  /** The metrics a value is made of: a data note on either touches the ratio too. */
  parts: string[];
  /** By school id; null = not reported (the table has no row), never 0. */
  values: Record<string, number | null>;
}

interface RatioSpec {
  id: string;
  numerator: string;
  denominator: string;
  labelZh: string;
  labelEn: string;
  howZh: string;
  howEn: string;
}

/** The ratios 表2 allows: how large this year's intake and this year's graduates are against enrolment. */
const RATIOS: readonly RatioSpec[] = [
  {
    id: 'admission-ratio',
    numerator: 'admissions',
    denominator: 'students',
    labelZh: '招生数与在校生之比',
    labelEn: 'Admissions per enrolled student',
    howZh: '招生数（2022级）÷ 在校生人数',
    howEn: '2022 admissions ÷ enrolled students',
  },
  {
    id: 'graduate-ratio',
    numerator: 'graduates',
    denominator: 'students',
    labelZh: '毕业生数与在校生之比',
    labelEn: 'Graduates per enrolled student',
    howZh: '毕业生数（2023届）÷ 在校生人数',
    howEn: '2023 graduates ÷ enrolled students',
  },
];

function ratio(spec: RatioSpec, figures: SchoolFigures): Measure[] {
  const top = figures.byId.get(spec.numerator);
  const bottom = figures.byId.get(spec.denominator);
  if (!top || !bottom) return [];
  const values: Record<string, number | null> = {};
  for (const id of Object.keys(bottom.values)) {
    const a = top.values[id] ?? null;
    const b = bottom.values[id] ?? null;
    values[id] = a === null || b === null || b === 0 ? null : Math.round((a / b) * 1000) / 10;
  }
  return [
    {
      id: spec.id,
      labelZh: spec.labelZh,
      labelEn: spec.labelEn,
      unit: '%',
      unitEn: '%',
      source: bottom.source,
      percent: true,
      howZh: spec.howZh,
      howEn: spec.howEn,
      parts: [spec.numerator, spec.denominator],
      values,
    },
  ];
}

/**
 * Every metric of school-figures.json, then the ratios of 表2. A ratio is not reported where either
 * side is, or where the denominator is 0; it is rounded to one decimal, as shown, so that schools
 * shown with the same ratio share a rank.
 */
export function schoolMeasures(figures: SchoolFigures): Measure[] {
  const printed = figures.metrics.map((m): Measure => ({
    id: m.id,
    labelZh: m.labelZh,
    labelEn: m.labelEn,
    unit: m.unit,
    unitEn: m.unitEn,
    source: m.source,
    percent: false,
    parts: [m.id],
    values: m.values,
  }));
  return [...printed, ...RATIOS.flatMap((spec) => ratio(spec, figures))];
}
