import type { Appendix, Figure } from '@/data/domain';
import { percentRounded } from './percent';
import { rowNoteKey } from './rows';

export interface Operand {
  labelZh: string;
  labelEn: string;
  value: number;
}

/** A percentage computed from two printed counts, with what the narrative prints for it. */
export interface Ratio {
  numerator: Operand;
  denominator: Operand;
  percent: number;
  printed?: { value: number; source: string; agrees: boolean };
}

/**
 * 毕业去向落实率 = 毕业去向落实人数 ÷ 毕业生人数 (附表1), checked against the rate §1.2.3 prints.
 * Null when either count is missing or not reported.
 */
export function placementRate(appendix: Appendix, figureById: ReadonlyMap<string, Figure>): Ratio | null {
  const graduates = appendix.row('附表1', 'graduates');
  const placed = appendix.row('附表1', 'destination-secured');
  if (!graduates || !placed || graduates.value === null || placed.value === null) return null;
  const percent = percentRounded(placed.value, graduates.value);
  if (percent === null) return null;
  const printed = figureById.get('graduates-destination-rate');
  return {
    numerator: { labelZh: placed.labelZh, labelEn: placed.labelEn, value: placed.value },
    denominator: { labelZh: graduates.labelZh, labelEn: graduates.labelEn, value: graduates.value },
    percent,
    ...(printed
      ? { printed: { value: printed.value, source: printed.source, agrees: Math.abs(printed.value - percent) < 0.005 } }
      : {}),
  };
}

export interface KeyFigure {
  id: string;
  labelZh: string;
  labelEn: string;
  /** As printed; value null where the report prints "-". */
  value: number | null;
  valueText: string;
  unit: string;
  unitEn?: string;
  /** The appendix table the figure is printed in, or computed from when `derived`. */
  source: string;
  derived: boolean;
  survey?: { count: number; methodZh?: string; methodEn?: string };
  ratio?: Ratio;
  noteKeys: string[];
}

/** The appendix rows officials quote most, in reading order after the placement rate. */
export const KEY_ROWS = [
  ['附表1', 'monthly-income'],
  ['附表2', 'current-students'],
  ['附表2', 'employers'],
  ['附表3', 'student-teacher-ratio'],
  ['附表3', 'double-qualified-ratio'],
  ['附表6', 'per-student-appropriation'],
  ['附表6', 'full-time-students'],
] as const;

/** The key figures: the derived placement rate first, then the printed rows of KEY_ROWS that exist. */
export function keyFigures(appendix: Appendix, figureById: ReadonlyMap<string, Figure>): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const rate = placementRate(appendix, figureById);
  if (rate) {
    figures.push({
      id: 'placement-rate',
      labelZh: '毕业去向落实率',
      labelEn: 'Graduate placement rate',
      value: rate.percent,
      valueText: String(rate.percent),
      unit: '%',
      source: '附表1',
      derived: true,
      ratio: rate,
      // The rate rests on the placed count, which a note questions in its narrative form.
      noteKeys: [
        rowNoteKey('附表1', 'destination-secured'),
        rowNoteKey('附表1', 'graduates'),
        'figure:graduates-destination-secured',
        'figure:graduates-destination-rate',
      ],
    });
  }
  for (const [tableId, rowId] of KEY_ROWS) {
    const row = appendix.row(tableId, rowId);
    if (!row) continue;
    figures.push({
      id: `${tableId}/${rowId}`,
      labelZh: row.labelZh,
      labelEn: row.labelEn,
      value: row.value,
      valueText: row.valueText,
      unit: row.unit,
      ...(row.unitEn ? { unitEn: row.unitEn } : {}),
      source: tableId,
      derived: false,
      ...(row.surveyCount
        ? {
            survey: {
              count: row.surveyCount,
              ...(row.surveyMethod
                ? { methodZh: row.surveyMethod, methodEn: row.surveyMethodEn ?? row.surveyMethod }
                : {}),
            },
          }
        : {}),
      noteKeys: [rowNoteKey(tableId, rowId)],
    });
  }
  return figures;
}
