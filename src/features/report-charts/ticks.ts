import type { Figure } from '@/lib/export/model';
import { formatCompact, formatNumber, type Lang } from '@/lib/format';

const cache = new Map<string, (v: number) => string>();

/** The largest value a figure draws, so that its axis numbers take one form. */
function largest(figure: Figure): number {
  if (figure.kind === 'bars') return Math.max(0, ...figure.bars.map((b) => b.value ?? 0));
  if (figure.kind === 'grouped') return Math.max(0, ...figure.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  return 0;
}

/**
 * An axis's numbers: percentages with their sign; on an axis that reaches ten thousand, every
 * tick in short (5000, 1万, 1.5万 / 5K, 10K, 15K), so that a phone's narrow axis keeps them apart
 * and no axis mixes 5,000 with 1万. One function per form, so layouts are recomputed only when it changes.
 */
export function axisTick(lang: Lang, figure?: Figure): (v: number) => string {
  const percent = figure?.kind === 'bars' || figure?.kind === 'grouped' ? figure.percent === true : false;
  const compact = !percent && figure !== undefined && largest(figure) >= 10_000;
  const key = `${lang}:${percent}:${compact}`;
  let format = cache.get(key);
  if (!format) {
    format = percent
      ? (v) => `${formatNumber(v, lang)}%`
      : compact
        ? (v) => formatCompact(v, lang)
        : (v) => formatNumber(v, lang);
    cache.set(key, format);
  }
  return format;
}
