import type { Appendix, AppendixRow, AppendixTable, Province } from '../../data/domain';
import { percentOf } from '../../data/derive/rank';

export interface KeyFigure {
  id: string;
  labelZh: string;
  labelEn: string;
  value: number;
  unit: string;
  source: string;
  /** How the value is derived or what it is of, when it is not printed as is. */
  derivationZh?: string;
  derivationEn?: string;
  noteKey: string;
}

const row = (appendix: Appendix, table: string, id: string): AppendixRow | undefined => appendix.row(table, id);

/** The figures that get quoted, first; placement rate derived from the two printed counts. */
export function keyFigures(appendix: Appendix): KeyFigure[] {
  const out: KeyFigure[] = [];
  const graduates = row(appendix, '附表1', 'graduates')?.value;
  const placed = row(appendix, '附表1', 'destination-secured')?.value;
  if (graduates && placed !== null && placed !== undefined) {
    const rate = Math.round((placed / graduates) * 10000) / 100;
    out.push({
      id: 'placement-rate',
      labelZh: '毕业去向落实率',
      labelEn: 'Graduate placement rate',
      value: rate,
      unit: '%',
      source: '附表1',
      derivationZh: `毕业去向落实人数 ${placed} ÷ 毕业生人数 ${graduates} = ${rate}%`,
      derivationEn: `${placed} placed ÷ ${graduates} graduates = ${rate}%`,
      noteKey: 'appendix:附表1/destination-secured',
    });
  }
  const pick = (table: string, id: string, extra?: Partial<KeyFigure>) => {
    const r = row(appendix, table, id);
    if (!r || r.value === null) return;
    out.push({
      id,
      labelZh: r.labelZh,
      labelEn: r.labelEn,
      value: r.value,
      unit: r.unit === ':' ? '' : r.unit,
      source: table,
      ...(r.surveyCount ? { derivationZh: `${r.surveyMethod ?? ''} ${r.surveyCount} 人次`, derivationEn: `${r.surveyCount} responses (${r.surveyMethod ?? ''})` } : {}),
      noteKey: `appendix:${table}/${id}`,
      ...extra,
    });
  };
  pick('附表1', 'monthly-income');
  pick('附表1', 'in-province-destination-rate');
  pick('附表2', 'current-students');
  pick('附表2', 'employers');
  pick('附表3', 'student-teacher-ratio', { derivationZh: '印作 17.6:1', derivationEn: 'printed as 17.6:1' });
  pick('附表3', 'double-qualified-ratio');
  pick('附表6', 'per-student-appropriation');
  return out;
}

export interface SectorShare {
  id: string;
  labelZh: string;
  value: number;
  /** Share of the printed total (63,125) and of the parts' own sum (63,873): both, since they differ. */
  shareOfPrinted: number | null;
  shareOfSum: number | null;
}

export function sectorShares(appendix: Appendix): { printedTotal: number | null; sum: number; rows: SectorShare[] } {
  const printedTotal = row(appendix, '附表1', 'employed-three-sectors')?.value ?? null;
  const parts = ['primary-sector', 'secondary-sector', 'tertiary-sector'].map((id) => row(appendix, '附表1', id)).filter((r): r is AppendixRow => !!r && r.value !== null);
  const sum = parts.reduce((s, r) => s + (r.value as number), 0);
  return {
    printedTotal,
    sum,
    rows: parts.map((r) => ({
      id: r.id,
      labelZh: r.labelZh,
      value: r.value as number,
      shareOfPrinted: printedTotal ? percentOf(r.value as number, printedTotal) : null,
      shareOfSum: percentOf(r.value as number, sum),
    })),
  };
}

/** 附表2's satisfaction rows with their survey counts. */
export function satisfactionRows(appendix: Appendix): AppendixRow[] {
  return appendix.byId.get('附表2')?.rows.filter((r) => r.value !== null) ?? [];
}

/** 表3's 2023 medians against the 合格 thresholds. */
export function conditionChecks(province: Province) {
  return province.basicConditions.rows.map((r) => ({ ...r, meets: r.median2023 >= r.threshold, margin: r.median2023 - r.threshold }));
}

/** Every printed row, counted per table, for the panel and its test. */
export function rowCount(tables: readonly AppendixTable[]): number {
  return tables.reduce((s, t) => s + t.rows.length, 0);
}
