import type { DataNote, Province } from '@/data/domain';
import { numberCell, textCell, type BarsFigure, type ExportModel } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { provinceText } from './province-text';
import { noteLines, reportSourceLine } from '@/lib/source-lines';

const YEARS = [2021, 2022, 2023] as const;

/** The data-note keys of 表3's rows. */
export function conditionNoteKeys(province: Province): string[] {
  return province.basicConditions.rows.map((r) => `basic:${r.id}`);
}

/**
 * 表3 as small multiples: each indicator's provincial median in 2021, 2022 and 2023 on its own
 * scale, against its 合格 threshold drawn as a reference line. The table has every median and
 * threshold as printed, with the indicator's unit.
 */
export function conditionsModel(province: Province, notes: readonly DataNote[], lang: Lang): ExportModel {
  const rows = province.basicConditions.rows;
  const unitOf = (r: (typeof rows)[number]) => (lang === 'zh' ? r.unit : r.unitEn);
  return {
    id: 'basic-conditions',
    lang,
    title: provinceText(lang, 'conditions'),
    subtitle: provinceText(lang, 'provinceWide'),
    source: reportSourceLine(lang, province.basicConditions.source),
    notes: [provinceText(lang, 'conditionsNote'), ...noteLines(notes, lang)],
    file: { topic: provinceText(lang, 'conditionsFile'), scope: '' },
    figure: {
      kind: 'panels',
      panels: rows.map((r) => {
        const figure: BarsFigure = {
          kind: 'bars',
          bars: YEARS.map((year) => {
            const value = r[`median${year}`];
            return {
              key: String(year),
              label: provinceText(lang, 'yearBar', { year }),
              value,
              valueText: formatNumber(value, lang),
            };
          }),
          reference: {
            value: r.threshold,
            label: provinceText(lang, 'threshold', { value: formatNumber(r.threshold, lang) }),
          },
        };
        return {
          key: r.id,
          title: provinceText(lang, 'panelTitle', { label: pick(lang, r, 'label'), unit: unitOf(r) }),
          figure,
        };
      }),
    },
    table: {
      columns: [
        { key: 'indicator', label: provinceText(lang, 'colIndicator') },
        { key: 'unit', label: provinceText(lang, 'colUnit') },
        ...YEARS.map((year) => ({ key: `y${year}`, label: provinceText(lang, 'colMedian', { year }), numeric: true })),
        { key: 'threshold', label: provinceText(lang, 'colThreshold'), numeric: true },
      ],
      rows: rows.map((r) => ({
        key: r.id,
        cells: {
          indicator: textCell(pick(lang, r, 'label')),
          unit: textCell(unitOf(r)),
          ...Object.fromEntries(
            YEARS.map((year) => {
              const value = r[`median${year}`];
              return [`y${year}`, numberCell(value, formatNumber(value, lang))];
            }),
          ),
          threshold: numberCell(r.threshold, formatNumber(r.threshold, lang)),
        },
      })),
    },
  };
}
