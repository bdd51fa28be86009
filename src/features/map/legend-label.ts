import { formatNumber, type Lang } from '@/lib/format';
import type { ClassBreak } from './classify';

/** A class's bounds as the legend prints them: "681 – 6,643", or one value alone. */
export function legendLabel(b: ClassBreak, lang: Lang): string {
  return b.min === b.max ? formatNumber(b.min, lang) : `${formatNumber(b.min, lang)} – ${formatNumber(b.max, lang)}`;
}
