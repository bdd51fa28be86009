import { englishUnit, formatCompact, formatNumber, formatShort, groupDigitsInText, type Lang } from '@/lib/format';
import { translateIn } from '@/lib/i18n';
import type { HeadlineFigure } from './headline';
import { headlineMessages } from './messages';

export interface HeadlineDisplay {
  value: string;
  unit: string;
  /** A short or spelled-out form beside the number ("约 12.27亿元", "1,226,800,000 yuan"); empty if none helps. */
  aside: string;
  /** What a share is of, in the reader's language; empty if the figure is not a share. */
  base: string;
}

/**
 * How a headline figure reads in each language. Sums of money printed in 万元 read as yuan in
 * English (¥1.23 billion), with the full number beside; large counts get 万 or K beside them.
 */
export function headlineDisplay(figure: HeadlineFigure, lang: Lang): HeadlineDisplay {
  const m = (key: keyof typeof headlineMessages, params: Record<string, string>) =>
    translateIn(headlineMessages, lang, key, params);
  const base = groupDigitsInText((lang === 'zh' ? figure.baseZh : figure.baseEn) ?? '', lang);
  if (figure.unit === '%') return { value: `${formatNumber(figure.value, lang)}%`, unit: '', aside: '', base };
  if (figure.unit === '万元') {
    const yuan = figure.value * 10_000;
    return lang === 'zh'
      ? {
          value: formatNumber(figure.value, lang),
          unit: '万元',
          aside: m('roughlyYuan', { value: formatCompact(yuan, 'zh') }),
          base,
        }
      : {
          value: `¥${formatCompact(yuan, 'en')}`,
          unit: '',
          aside: m('fullYuan', { value: formatNumber(yuan, 'en') }),
          base,
        };
  }
  const short = formatShort(figure.value, lang);
  return {
    value: formatNumber(figure.value, lang),
    unit: lang === 'zh' ? figure.unit : englishUnit(figure.unitEn, figure.value),
    aside: short ? m('roughly', { value: short }) : '',
    base,
  };
}
