import type { AppendixRow } from '@/data/domain';
import { formatNumber, formatQuantity, type Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { printedValue } from './rows';

/** A row's value as a reader sees it: the text, the number behind it in the unit shown, that unit. */
export interface ShownValue {
  /** Null where the report prints "-" (not reported, never 0). */
  text: string | null;
  value: number | null;
  unit: string;
  /** The value as the report prints it, where the text converts it (English yuan for 万元). */
  original?: string;
}

type ValueRow = Pick<AppendixRow, 'value' | 'valueText' | 'unit' | 'unitEn'>;

/** The unit beside a value: the data's English where it has one; the ratio marker ":" (17.6:1) prints none. */
export function rowUnit(row: Pick<AppendixRow, 'unit' | 'unitEn'>, lang: Lang): string {
  if (row.unit === ':') return '';
  return lang === 'zh' ? row.unit : (row.unitEn ?? row.unit);
}

/**
 * The value as printed, with separators. In English 万元 ("10,000 yuan") reads wrong, so it becomes
 * yuan, exact (4693.31 万元 → ¥46,933,100) since officials quote these; the printed form stays one
 * hover away with its short form (¥1.71 billion).
 */
export function shownValue(row: ValueRow, lang: Lang): ShownValue {
  const text = printedValue(row);
  if (lang === 'zh' || row.unit !== '万元') return { text, value: row.value, unit: rowUnit(row, lang) };
  if (row.value === null) return { text, value: null, unit: 'yuan' };
  const yuan = Math.round(row.value * 1_000_000) / 100;
  const short = formatQuantity(row.value, { zh: '万元', en: 'yuan' }, 'en');
  return {
    text: `¥${formatNumber(yuan, 'en')}`,
    value: yuan,
    unit: 'yuan',
    original: `${row.valueText} 万元 (${short})`,
  };
}

/** A value with its unit, in one string (cards, tooltips): "3,980.34 yuan", "91.38%", "17.6:1". */
export function valueWithUnit(row: ValueRow, lang: Lang): string | null {
  const shown = shownValue(row, lang);
  if (shown.text === null) return null;
  if (shown.original || !shown.unit) return shown.text;
  if (shown.unit === '%') return `${shown.text}%`;
  return `${shown.text} ${shown.unit}`;
}

/** How a survey was run (附表2 prints 网上调查), from the data's English; '' for a row without one. */
export function surveyMethod(row: Pick<AppendixRow, 'surveyMethod' | 'surveyMethodEn'>, lang: Lang): string {
  if (!row.surveyMethod) return '';
  return pick(lang, { methodZh: row.surveyMethod, methodEn: row.surveyMethodEn ?? row.surveyMethod }, 'method');
}
