import type { Lang } from '@/lib/format';
import { localSource, pick } from '@/lib/i18n';
import { numberCell, textCell, type Cell, type Column } from '@/lib/export/model';
import type { Profile, ProfileFigure } from './profile';
import { medianText, profileText, shareText, standingCell, valueText } from './texts';

const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** The columns of the figures table: on screen, on the fact sheet and in CSV alike. */
export function figureColumns(profile: Profile, lang: Lang): Column[] {
  const t = (key: Parameters<typeof profileText>[1]) => profileText(lang, key, { count: profile.provinceCount });
  return [
    { key: 'measure', label: t('colMeasure') },
    { key: 'value', label: t('colValue'), numeric: true },
    { key: 'province', label: t('colProvince') },
    { key: 'peers', label: t('colPeers') },
    { key: 'provinceMedian', label: t('colProvinceMedian'), numeric: true },
    { key: 'peerMedian', label: t('colPeerMedian'), numeric: true },
    { key: 'share', label: t('colShare'), numeric: true },
    { key: 'source', label: t('colSource') },
  ];
}

/** Every cell of a figure's row, as shown and (for numbers) raw. Not reported: no standing, no share. */
export function figureCells(figure: ProfileFigure, profile: Profile, lang: Lang): Record<string, Cell> {
  const m = figure.measure;
  const hasPeers = profile.peers.length > 1;
  const digits = m.percent ? 1 : 2;
  return {
    measure: textCell(pick(lang, m, 'label')),
    value: numberCell(figure.value, valueText(figure.value, m, lang)),
    province: textCell(standingCell(figure.province, 'province', figure, hasPeers, lang)),
    peers: textCell(standingCell(figure.peers, 'peers', figure, hasPeers, lang)),
    provinceMedian: numberCell(round(figure.provinceMedian, digits), medianText(figure.provinceMedian, m, lang)),
    peerMedian: numberCell(round(figure.peerMedian, digits), medianText(figure.peerMedian, m, lang)),
    share: numberCell(round(figure.share, 2), shareText(figure, lang)),
    source: textCell(localSource(lang, m.source)),
  };
}
