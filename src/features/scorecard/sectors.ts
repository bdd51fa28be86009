import type { Appendix } from '@/data/domain';
import { percentRounded } from './percent';

export interface SectorShare {
  id: string;
  labelZh: string;
  labelEn: string;
  value: number;
  /** Of the total 附表1 prints. */
  shareOfPrinted: number | null;
  /** Of the three parts added up: differs from the above because the printed total is not their sum. */
  shareOfParts: number | null;
}

export interface SectorShares {
  printedTotal: number | null;
  partsSum: number;
  /** partsSum − printedTotal; 0 when they agree, null when no total is printed. */
  gap: number | null;
  rows: SectorShare[];
}

export const SECTOR_ROW_IDS = ['primary-sector', 'secondary-sector', 'tertiary-sector'] as const;

/** 附表1's employment by sector as shares of both its printed total and its parts' sum. */
export function sectorShares(appendix: Appendix): SectorShares {
  const printedTotal = appendix.row('附表1', 'employed-three-sectors')?.value ?? null;
  const parts = SECTOR_ROW_IDS.flatMap((id) => {
    const row = appendix.row('附表1', id);
    return row && row.value !== null ? [{ ...row, value: row.value }] : [];
  });
  const partsSum = parts.reduce((sum, row) => sum + row.value, 0);
  return {
    printedTotal,
    partsSum,
    gap: printedTotal === null ? null : partsSum - printedTotal,
    rows: parts.map((row) => ({
      id: row.id,
      labelZh: row.labelZh,
      labelEn: row.labelEn,
      value: row.value,
      shareOfPrinted: printedTotal === null ? null : percentRounded(row.value, printedTotal, 1),
      shareOfParts: percentRounded(row.value, partsSum, 1),
    })),
  };
}
