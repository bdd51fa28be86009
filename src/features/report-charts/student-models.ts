import type { DataNote, Province } from '@/data/domain';
import type { ExportModel } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';

import { provinceText } from './province-text';
import { chartModel } from './chart-model';
import { admissionSourceBars, destinationBars, graduatesOf2023, type Bar } from './series';
import { noteLines } from '@/lib/source-lines';
import { shareText } from './text';

/** An English base reads inside a sentence: "41.43% of students enrolled …", not "… of Students …". */
const inSentence = (text: string, lang: Lang) => (lang === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** §1.2.2: the shares of the 2023 students by where they came from, each saying what it is a share of. */
export function admissionSourcesModel(province: Province, notes: readonly DataNote[], lang: Lang): ExportModel {
  const base = (bar: Bar): string[] => {
    const figure = province.figureById.get(bar.key);
    if (!figure || bar.value === null || !figure.base || !figure.baseEn) return [];
    const baseText = inSentence(lang === 'zh' ? figure.base : figure.baseEn, lang);
    return [provinceText(lang, 'shareOf', { base: baseText, share: shareText(bar.value, lang) })];
  };
  return chartModel({
    id: 'admission-sources',
    lang,
    title: provinceText(lang, 'admissionSources'),
    subtitle: provinceText(lang, 'provinceWide'),
    unit: { zh: '%', en: '%' },
    source: '§1.2.2',
    notes: noteLines(notes, lang),
    file: { topic: provinceText(lang, 'admissionSourcesFile'), scope: '' },
    bars: admissionSourceBars(province),
    extraDetail: base,
    name: provinceText(lang, 'colCategory'),
  });
}

/** 图3: every graduate of 2023 in one bar, each share of the graduates as the data has them. */
export function destinationsModel(province: Province, notes: readonly DataNote[], lang: Lang): ExportModel {
  const graduates = graduatesOf2023(province);
  const base = provinceText(lang, 'destinationsBase', { count: formatNumber(graduates ?? 0, lang) });
  return chartModel({
    id: 'destinations',
    lang,
    title: provinceText(lang, 'destinations'),
    subtitle: provinceText(lang, 'provinceWide'),
    unit: { zh: provinceText('zh', 'unitGraduates'), en: provinceText('en', 'unitGraduates') },
    source: '§1.2.3、图3',
    notes: [provinceText(lang, 'destinationsNote'), ...noteLines(notes, lang)],
    file: { topic: provinceText(lang, 'destinationsFile'), scope: '' },
    bars: destinationBars(province),
    ...(graduates === null
      ? {}
      : {
          shareOf: {
            line: (share: string) => provinceText(lang, 'shareOf', { base, share }),
            column: provinceText(lang, 'colShare'),
          },
        }),
    name: provinceText(lang, 'colCategory'),
  });
}

/** The data-note keys of a set of bars. */
export function noteKeysOf(bars: readonly Bar[]): string[] {
  return bars.flatMap((b) => (b.noteKey ? [b.noteKey] : []));
}
